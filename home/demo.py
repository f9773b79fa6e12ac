"""The demo's content (issue 14.1): info pages, articles, the promotions and feedback pages,
banners for the demo's product discounts and the footer's navigation, written in the shop's
voice and language. Idempotent: what exists (matched by slug, or by discount for banners)
is left as the content managers made it."""

import datetime
import io
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from catalog.models import ProductPage
from commerce.pricing.models import Discount, DiscountKindChoice
from home.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticleRelatedProduct,
    Banner,
    FeedbackPage,
    FooterLink,
    HomePage,
    InfoPage,
    NavigationSettings,
    PromotionIndexPage,
    SocialLink,
)


def _text(html: str) -> dict:
    return {"type": "text", "value": html}


def _heading(text: str) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def _faq(title: str, pairs: list[tuple[str, str]]) -> dict:
    return {
        "type": "faq",
        "value": {
            "title": title,
            "questions": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in pairs],
        },
    }


DELIVERY_BODY = [
    _text(
        "<p>Ми надсилаємо замовлення по всій Україні. Вартість доставки залежить від суми "
        "товарів після знижок: що більше замовлення, то дешевша доставка, а великі "
        "замовлення ми веземо безкоштовно.</p>"
    ),
    {"type": "delivery_rates", "value": None},
    _heading("Нова пошта та Укрпошта"),
    _text(
        "<p>Посилки Новою поштою відправляємо щодня, крім неділі, з 1 до 2 днів після "
        "підтвердження замовлення. До відділення Укрпошти посилка йде 3–5 днів. Живі "
        "рослини пакуємо у вологі пакети з утеплювачем, узимку — з грілкою.</p>"
    ),
    _heading("Самовивіз із трьох магазинів"),
    _text(
        "<p>Забрати замовлення можна безкоштовно в Києві (вул. Кирилівська, 12), у Львові "
        "(вул. Городоцька, 5) та в Одесі (вул. Дерибасівська, 20). Якщо товари лежать в "
        "іншому магазині, ми перевеземо їх за кілька днів і повідомимо, коли можна "
        "приходити.</p>"
    ),
    _heading("Оплата"),
    _text(
        "<p>Платіть карткою Visa чи Mastercard на сайті або переказом на наш рахунок "
        "(IBAN). Замовлення, оплачене переказом, ми відправляємо, щойно гроші надійдуть.</p>"
    ),
    _faq(
        "Часті запитання",
        [
            (
                "Чи доживуть рослини до мене?",
                "Так: ми відправляємо рослини на початку тижня, щоб вони не лежали на "
                "складі у вихідні, і замінимо рослину, яка приїхала пошкодженою.",
            ),
            (
                "Чи можна змінити замовлення після оформлення?",
                "Так, поки ми його не зібрали: зателефонуйте нам або напишіть через форму "
                "«Відгуки та пропозиції».",
            ),
        ],
    ),
]

RETURNS_BODY = [
    _text(
        "<p>За Законом України «Про захист прав споживачів» ви можете повернути або обміняти "
        "непродовольчий товар належної якості протягом 14 днів від дня покупки, якщо він не "
        "був у вжитку, збережено його вигляд, споживчі властивості, пломби й ярлики, а також "
        "документ про покупку.</p>"
    ),
    _heading("Як повернути товар"),
    _text(
        "<ol><li>Напишіть нам через форму «Відгуки та пропозиції», указавши номер "
        "замовлення.</li><li>Надішліть товар Новою поштою або принесіть у будь-який наш "
        "магазин.</li><li>Гроші повернемо на картку чи рахунок протягом 7 днів після "
        "отримання товару.</li></ol>"
    ),
    _heading("Живі рослини"),
    _text(
        "<p>Живі рослини не підлягають поверненню як товар належної якості, але якщо рослина "
        "приїхала пошкодженою, надішліть фото в день отримання — ми замінимо її або "
        "повернемо гроші.</p>"
    ),
]

CONTACTS_BODY = [
    _text(
        "<p>Телефон: +380 44 123 45 67 (щодня з 9:00 до 21:00)<br>"
        "E-mail: hello@greenwave.example</p>"
    ),
    _heading("Магазини"),
    _text(
        "<ul><li>Київ, вул. Кирилівська, 12 — центральний склад і видача замовлень</li>"
        "<li>Львів, вул. Городоцька, 5</li><li>Одеса, вул. Дерибасівська, 20</li></ul>"
    ),
]

ABOUT_BODY = [
    _text(
        "<p>Greenwave — це невелика команда акваріумістів. Ми самі вирощуємо рослини у "
        "власній оранжереї під Києвом і продаємо лише ту електроніку, якою користуємося "
        "щодня.</p>"
    ),
]

ARTICLES = [
    (
        "pershyi-akvarium-z-roslynamy",
        "Перший акваріум із рослинами: з чого почати",
        "Світло, ґрунт і кілька невибагливих рослин — цього досить, щоб акваріум ожив.",
        [
            _text(
                "<p>Почніть із невибагливих рослин: ротали, мохів і папоротей. Їм вистачає "
                "0,3–0,5 Вт/л світла і не потрібна подача CO₂.</p>"
            ),
            _heading("Світло"),
            _text(
                "<p>Вісім годин світла на день — золота середина: менше — рослини "
                "тягнуться, більше — водорості.</p>"
            ),
        ],
        ["PL-0001", "PL-0002"],
        ["новачкам", "освітлення"],
    ),
    (
        "yak-obraty-smartfon-u-2026",
        "Як обрати смартфон у 2026 році",
        "Екран, камера і батарея: на що дивитися, щоб не переплатити.",
        [
            _text(
                "<p>Більшості людей вистачає 8 ГБ оперативної пам'яті та 256 ГБ вбудованої. "
                "Важливіше — скільки років виробник оновлює систему.</p>"
            )
        ],
        [],
        ["смартфони"],
    ),
]


def _home() -> HomePage:
    return Site.objects.get(is_default_site=True).root_page.specific


def _child(parent: Page, page: Page) -> Page:
    """Add ``page`` under ``parent`` and publish it, unless a page with its slug is there."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _banner_image(title: str, seed: int):
    """A wide decorative picture drawn locally (the banner's words are HTML over it)."""
    rng = random.Random(seed)
    hue = rng.choice([(31, 122, 77), (21, 92, 57), (40, 110, 140), (120, 80, 30)])
    image = Image.new("RGB", (1600, 500), hue)
    draw = ImageDraw.Draw(image)
    for _ in range(28):
        x, y, r = rng.randrange(1600), rng.randrange(500), rng.randrange(30, 160)
        tint = tuple(min(255, c + rng.randrange(20, 70)) for c in hue)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tint)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    picture = get_image_model()(title=title)
    picture.file = ImageFile(buffer, name=f"banner-{seed}.png")
    picture.save()
    return picture


def ensure_demo_content() -> int:
    """Create whatever of the demo's content is missing; returns how many things were made."""
    home = _home()
    made = 0
    pages = {}
    for slug, title, intro, body in [
        (
            "dostavka-i-oplata",
            "Доставка і оплата",
            "Як ми доставляємо і як можна оплатити.",
            DELIVERY_BODY,
        ),
        ("povernennia", "Повернення", "Повернення й обмін протягом 14 днів.", RETURNS_BODY),
        ("kontakty", "Контакти", "Як нас знайти і зв'язатися з нами.", CONTACTS_BODY),
        ("pro-nas", "Про нас", "Хто ми і що продаємо.", ABOUT_BODY),
    ]:
        before = InfoPage.objects.filter(slug=slug).exists()
        pages[slug] = _child(home, InfoPage(title=title, slug=slug, intro=intro, body=body))
        made += not before

    before = ArticleIndexPage.objects.exists()
    journal = _child(
        home,
        ArticleIndexPage(
            title="Статті", slug="statti", intro="Поради акваріумістам і покупцям техніки."
        ),
    )
    made += not before
    for slug, title, lead, body, skus, tags in ARTICLES:
        if ArticlePage.objects.filter(slug=slug).exists():
            continue
        article = ArticlePage(
            title=title,
            slug=slug,
            lead=lead,
            body=body,
            author="Команда Greenwave",
            date=datetime.date(2026, 11, 20),
        )
        article.tags.add(*tags)
        for sku in skus:
            product = ProductPage.objects.filter(sku=sku).first()
            if product is not None:
                article.related_products.add(ArticleRelatedProduct(product=product))
        _child(journal, article)
        made += 1

    before = PromotionIndexPage.objects.exists()
    _child(
        home,
        PromotionIndexPage(
            title="Акції", slug="aktsii", intro="Знижки, що діють просто зараз.", show_in_menus=True
        ),
    )
    made += not before
    before = FeedbackPage.objects.exists()
    feedback = _child(
        home,
        FeedbackPage(
            title="Відгуки та пропозиції",
            slug="vidguky",
            intro="<p>Напишіть нам: питання, побажання, скарги — відповімо протягом дня.</p>",
        ),
    )
    made += not before

    for seed, discount in enumerate(
        Discount.objects.filter(kind=DiscountKindChoice.PRODUCT, banner__isnull=True).order_by(
            "name", "store_id"
        ),
        start=1,
    ):
        if Banner.objects.filter(discount__name=discount.name).exists():
            continue  # one banner per rule, not one per store's copy
        Banner.objects.create(
            discount=discount, title=discount.name, image=_banner_image(discount.name, seed)
        )
        made += 1

    site = Site.objects.get(is_default_site=True)
    settings, created = NavigationSettings.objects.get_or_create(
        site=site,
        defaults={
            "phone": "+380 44 123 45 67",
            "email": "hello@greenwave.example",
            "address": "Київ, вул. Кирилівська, 12",
            "hours": "Щодня 9:00–21:00",
        },
    )
    if created:
        for order, page in enumerate([*pages.values(), feedback]):
            FooterLink.objects.create(settings=settings, page=page, sort_order=order)
        for order, (network, url) in enumerate(
            [
                ("instagram", "https://instagram.com/greenwave.example"),
                ("telegram", "https://t.me/greenwave_example"),
                ("youtube", "https://youtube.com/@greenwave.example"),
            ]
        ):
            SocialLink.objects.create(settings=settings, network=network, url=url, sort_order=order)
        made += 1
    return made
