"""Issue 14 (Show): the content walked in Debian's Chromium — the home page's banners rotate
(and stop under the pointer, and for the pause button), a promotion, an article, the
delivery page with its live rates, the feedback form sent, and a sales operator answering
it in the admin. Every page fits every width and passes axe-core (the responsive test's
Survey); screenshots in ``test-artifacts/responsive/``."""

from decimal import Decimal

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.test import Client
from playwright.sync_api import expect
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from catalog.tests.browser import chromium_page
from catalog.tests.factories import CategoryPageFactory, StoreFactory, make_product
from commerce.delivery.models import DeliveryMethod, DeliveryRate
from commerce.pricing.models import Discount, DiscountProduct
from config.tests.test_responsive_browser import DESKTOP, HEIGHT, Survey
from home.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticleRelatedProduct,
    Banner,
    FeedbackPage,
    InfoPage,
    PromotionIndexPage,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def content(home, catalog, role_user):
    cache.clear()
    kyiv = StoreFactory(code="kyiv", name="Kyiv warehouse")
    plants = CategoryPageFactory(parent=catalog, title="Aquarium plants", slug="plants")
    products = [
        make_product(plants, sku=f"PL-{n}", title=f"Rotala {n}", stock={kyiv: 10}) for n in range(4)
    ]
    discounts = []
    for n, product in enumerate(products[:3]):
        discount = Discount.objects.create(
            name=f"Rotala {n} −10%",
            store=kyiv,
            kind="product",
            type="percent",
            value=10,
            priority=2,
        )
        DiscountProduct.objects.create(discount=discount, product=product)
        image = get_image_model().objects.create(title=f"b{n}", file=get_test_image_file())
        Banner.objects.create(discount=discount, title=f"Rotala week {n}", image=image)
        discounts.append(discount)
    courier = DeliveryMethod.objects.create(name="Courier", code="courier", kind="courier")
    DeliveryRate.objects.create(method=courier, goods_total_from=0, fee=Decimal("120"))
    DeliveryRate.objects.create(method=courier, goods_total_from=1000, fee=Decimal("0"))
    delivery = publish(
        home,
        InfoPage(
            title="Delivery and payment",
            slug="delivery",
            intro="How we ship.",
            body=[
                {"type": "text", "value": "<p>Nova Poshta and Ukrposhta, or pickup.</p>"},
                {"type": "delivery_rates", "value": None},
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions",
                        "questions": [{"question": "Do plants survive?", "answer": "<p>Yes.</p>"}],
                    },
                },
            ],
        ),
    )
    journal = publish(home, ArticleIndexPage(title="Articles", slug="articles"))
    article = ArticlePage(title="Stem plants in spring", slug="spring", lead="Trim often.")
    article.related_products.add(ArticleRelatedProduct(product=products[3]))
    article.tags.add("plants")
    publish(journal, article)
    promotions = publish(home, PromotionIndexPage(title="Promotions", slug="promotions"))
    feedback = publish(home, FeedbackPage(title="Reviews and suggestions", slug="feedback"))
    operator = role_user("Sales operator", "operator@example.com")
    client = Client()  # the operator's session, made here (the ORM does not run in Playwright)
    client.force_login(operator)
    return {
        "delivery": delivery.url,
        "article": article.url,
        "promotions": promotions.url,
        "promotion": f"{promotions.url}{discounts[0].pk}/",
        "articles": journal.url,
        "feedback": feedback.url,
        "operator": client.cookies[settings.SESSION_COOKIE_NAME].value,
    }


def test_a_shopper_walks_the_content_and_an_operator_answers(live_server, content):
    url = live_server.url
    with chromium_page(width=DESKTOP, height=HEIGHT) as page:
        survey = Survey(page)
        page.goto(url + "/")
        carousel = page.locator("[data-carousel]")
        expect(page.locator(".banner-slide")).to_have_count(3)
        expect(page.locator(".banner-slide:visible")).to_have_count(1)
        first = page.locator(".banner-slide:visible .banner-title").text_content()
        expect(carousel).to_have_attribute("data-rotating", "true")
        # It turns by itself (every 6 s): wait for the next slide, pointer away.
        page.mouse.move(0, HEIGHT - 1)
        expect(page.locator(".banner-slide:visible .banner-title")).not_to_have_text(
            first, timeout=9000
        )
        # Under the pointer it stops; the buttons still turn it, from the keyboard too.
        carousel.hover()
        expect(carousel).to_have_attribute("data-rotating", "false")
        shown = page.locator(".banner-slide:visible .banner-title").text_content()
        page.locator("[data-carousel-next]").focus()
        page.keyboard.press("Enter")
        expect(page.locator(".banner-slide:visible .banner-title")).not_to_have_text(shown)
        page.mouse.move(0, HEIGHT - 1)
        page.locator("[data-carousel-pause]").click()
        expect(page.locator("[data-carousel-pause]")).to_have_attribute("aria-pressed", "true")
        expect(carousel).to_have_attribute("data-rotating", "false")
        survey("content-home")

        page.goto(url + content["promotions"])
        expect(page.locator(".promotion")).to_have_count(3)
        survey("content-promotions")

        page.goto(url + content["promotion"])
        expect(page.locator("#promotion-products .tile del.price-base")).to_have_count(1)
        survey("content-promotion")

        page.goto(url + content["articles"])
        expect(page.locator(".article-card")).to_have_count(1)
        survey("content-articles")

        page.goto(url + content["article"])
        expect(page.locator(".tile")).to_have_count(1)
        survey("content-article")

        page.goto(url + content["delivery"])
        expect(page.locator("#delivery-rates tbody tr")).to_have_count(2)
        page.locator(".block-faq summary").click()
        expect(page.locator(".block-faq .answer")).to_be_visible()
        survey("content-delivery")

        page.goto(url + content["feedback"])
        page.fill("#id_name", "Olena")
        page.fill("#id_email", "olena@example.com")
        page.fill("#id_phone", "067 123 45 67")
        page.fill("#id_message", "Do you ship moss in winter?")
        page.get_by_role("button", name="Send").click()
        expect(page.locator(".messages")).to_be_visible()

        # A sales operator answers it in the admin.
        page.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": content["operator"], "url": url}]
        )
        page.goto(url + "/admin/support/inquiries/")
        page.locator("tbody tr").first.locator("a").first.click()
        page.fill("textarea[name=text]", "Yes, with a heat pack.")
        page.get_by_role("button", name="Send answer").click()
        expect(page.locator(".messages")).to_be_visible()
    assert not survey.problems, "\n".join(survey.problems)
    answer = [m for m in mail.outbox if m.to == ["olena@example.com"]]
    assert answer and "Yes, with a heat pack." in answer[-1].body
