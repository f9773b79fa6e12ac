"""Issue 13.3 / 13.4 in Debian's Chromium: every shopper page fits screens from 360 to 1920 px
without horizontal scroll, works by touch on a phone, and axe-core finds nothing serious on it.

One shop, one browser, one page resized through the widths (``set_viewport_size``); every
problem of every page is collected and reported together. What is checked, and the rules:

- **Overflow**, at 360, 390, 768, 1024 (where tables stop being cards), 1366 and 1920 px:
  ``documentElement.scrollWidth <= innerWidth``, and no ``.container`` holds content wider
  than itself (what the cart table did at 1366 px: its last column ran past the layout
  without making the page scroll). A full-page screenshot of each page at each width goes
  to ``test-artifacts/responsive/<page>-<width>.png``.
- **Tap targets**, at 390 px: every rendered ``a[href]``, ``button``, ``input``, ``select``,
  ``textarea`` and ``summary`` is at least 44×44 CSS px (WCAG 2.5.5), measured where a finger
  lands: a radio button or checkbox by its ``label`` (tapping the label ticks it). Exempt, as
  WCAG exempts them: a link inside a sentence (an inline ``<a>`` with words of its own beside
  it — text nodes of its parent), and what is not rendered or visually hidden (under 2 px).
- **Header** at 390 px: one row with the menu button and the cart link visible and the
  catalog links folded away; the button opens and closes them (``aria-expanded``); without
  JavaScript the links stay visible.
- **Grid**: 2 columns on phones (360, 390), 3 at 768, 4 from 1024.
- **Cards**: at 390 px the cart's and the confirmation's cells show their column's name
  (``data-label`` through CSS ``::before``, which the CSP allows: it is in the stylesheet).
- **Flash**: the "Added to cart" message, after a tap far down a listing, is inside the
  viewport and on top (``elementFromPoint``), not under the sticky header.
- **axe-core** (the ``axe.min.js`` that axe-playwright-python bundles; no network) at 390 and
  1366 px: no violation of impact serious or critical; forms' errors are announced.
"""

from decimal import Decimal

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from catalog.models import ParameterKind, ProductParameter
from catalog.tests.browser import ARTIFACTS, chromium_page
from catalog.tests.factories import (
    CatalogPageFactory,
    CategoryPageFactory,
    ParameterDefinitionFactory,
    StoreFactory,
    drawn_photo,
    make_product,
)
from commerce.customers.models import Customer
from commerce.delivery.models import DeliveryMethod, DeliveryRate
from commerce.pricing.models import Discount
from commerce.testing import place_test_order

WIDTHS = (360, 390, 768, 1024, 1366, 1920)  # 1024: the narrowest desktop layout
PHONE = 390
DESKTOP = 1366
AXE_WIDTHS = (PHONE, DESKTOP)
HEIGHT = 800
COLUMNS = {360: 2, 390: 2, 768: 3, 1024: 4, 1366: 4, 1920: 4}
SHOTS = ARTIFACTS / "responsive"
PASSWORD = "Vallisneria-2026"

# How far the page is wider than the screen (or a container's content wider than the container,
# which may be clipped rather than scroll), and the elements that stick out furthest.
OVERFLOW = """() => {
    const containers = [...document.querySelectorAll(".container")];
    const over = Math.max(document.documentElement.scrollWidth - window.innerWidth,
        ...containers.map((el) => el.scrollWidth - el.clientWidth));
    if (over <= 0) return [over, []];
    const culprits = [...document.body.querySelectorAll("*")]
        .map((el) => [el, el.getBoundingClientRect().right])
        .filter(([el, right]) => right > Math.min(window.innerWidth,
            el.closest(".container")?.getBoundingClientRect().right ?? Infinity) + 0.5)
        .sort((a, b) => b[1] - a[1]).slice(0, 4)
        .map(([el, right]) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}`
            + `${el.classList.length ? "." + [...el.classList].join(".") : ""}`
            + ` to ${Math.round(right)}px`);
    return [over, culprits];
}"""

# The rule of the module docstring: rendered interactive elements under 44×44 px.
SMALL_TARGETS = """() => {
    const name = (el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}`
        + `${el.classList.length ? "." + [...el.classList].join(".") : ""}`
        + ` "${(el.innerText || el.value || el.getAttribute("aria-label") || "").slice(0, 30)}"`;
    // A link in a sentence: an inline <a> (or its inline wrapper) beside words of its own.
    const inSentence = (el) => {
        if (el.tagName !== "A" || getComputedStyle(el).display !== "inline") return false;
        let node = el;
        while (getComputedStyle(node.parentElement).display.startsWith("inline")) {
            node = node.parentElement;
        }
        return [...node.parentElement.childNodes].some(
            (child) => child.nodeType === Node.TEXT_NODE && child.textContent.trim());
    };
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary";
    const small = [];
    for (const el of document.querySelectorAll(selector)) {
        if (el.closest("#wagtail-userbar, [hidden]")) continue;
        if (!el.checkVisibility({visibilityProperty: true})) continue;
        let target = el;
        if (["radio", "checkbox"].includes(el.type) && el.labels.length) target = el.labels[0];
        const box = target.getBoundingClientRect();
        if (box.width < 2 || box.height < 2 || inSentence(el)) continue;
        if (box.width < 43.5 || box.height < 43.5) {
            small.push(`${name(el)} ${Math.round(box.width)}×${Math.round(box.height)}`);
        }
    }
    return small;
}"""

# Whether an element is inside the viewport and the topmost thing at its centre.
ON_TOP = """(el) => {
    const box = el.getBoundingClientRect();
    const inside = box.top >= 0 && box.left >= 0
        && box.bottom <= innerHeight && box.right <= innerWidth;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {inside, onTop: !!hit && el.contains(hit), top: Math.round(box.top),
            bottom: Math.round(box.bottom), hit: hit ? `${hit.tagName}.${hit.className}` : null};
}"""

# Whether a form error is announced (in an alert or live region) and tied to its field: the field
# is aria-invalid and every id its aria-describedby names exists, one of them holding the error.
ANNOUNCED = """(error, field) => {
    const input = document.querySelector(field);
    const described = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean)
        .map((id) => document.getElementById(id));
    return !!error.closest("[role=alert], [aria-live]")
        && input.getAttribute("aria-invalid") === "true"
        && described.length > 0 && described.every(Boolean)
        && described.some((el) => el.contains(error));
}"""

# What the ::before of each labelled cell shows (its data-label) and whether it is rendered.
FRAMING = """() => {
    const main = document.querySelector("main"), style = getComputedStyle(main);
    const footer = document.querySelector(".site-footer").getBoundingClientRect();
    return {
        footerBottom: Math.round(footer.bottom + window.scrollY),
        screen: window.innerHeight,
        page: document.documentElement.scrollHeight,
        top: style.paddingTop,
        bottom: style.paddingBottom,
    };
}"""
CELL_LABELS = """(table) => [...table.querySelectorAll("tbody td[data-label]")].map((td) => {
    const before = getComputedStyle(td, "::before");
    const shown = before.display !== "none"
        && before.content.replace(/^"|"$/g, "") === td.dataset.label;
    return [td.dataset.label, shown];
})"""


@pytest.fixture
def shop(tmp_path):
    """Catalog → Aquarium plants → Stem plants; 12 products (6 on each level, the first with
    two photos, two stores and parameters); −10% on stem plants and −5% from 3 items; courier
    and pickup; a registered customer with one order."""
    from wagtail.models import Site

    home = Site.objects.get(is_default_site=True).root_page.specific
    catalog = CatalogPageFactory(parent=home, slug="catalog", title="Catalog")
    plants = CategoryPageFactory(parent=catalog, title="Aquarium plants", slug="plants")
    stem = CategoryPageFactory(parent=plants, title="Stem plants", slug="stem")
    CategoryPageFactory(parent=catalog, title="Lighting and CO₂ equipment", slug="lighting")
    kyiv = StoreFactory(code="kyiv", name="Kyiv warehouse")
    lviv = StoreFactory(code="lviv", name="Lviv shop on Horodotska street")
    temperature = ParameterDefinitionFactory(
        name="Temperature", unit="°C", kind=ParameterKind.RANGE
    )
    products = []
    for n in range(12):
        name = f"Hygrophila polysperma 'Rosanervig' {n:02d}" if n % 3 == 0 else f"Rotala {n:02d}"
        sku = f"PL-{n:04d}"
        count = 2 if n == 0 else 1
        photos = [
            drawn_photo(
                tmp_path, name=name, sku=sku, category="Aquarium plants", index=i, total=count
            )
            for i in range(1, count + 1)
        ]
        product = make_product(
            stem if n % 2 else plants,
            sku=sku,
            title=name,
            price=f"{1060 + n * 15}.50",
            stock={kyiv: 20, lviv: 5} if n == 0 else {kyiv: 20},
            photos=photos,
        )
        products.append(product)
    ProductParameter.objects.create(
        product=products[0], definition=temperature, range_min=22, range_max=26
    )
    Discount.objects.create(
        name="Stem plants −10%",
        store=kyiv,
        kind="group",
        type="percent",
        value=Decimal(10),
        priority=2,
        category=stem,
    )
    Discount.objects.create(
        name="3 items −5%",
        store=kyiv,
        kind="cart",
        type="percent",
        value=Decimal(5),
        priority=1,
        condition="min_items",
        threshold=Decimal(3),
    )
    courier = DeliveryMethod.objects.create(name="Courier", code="courier", kind="courier")
    DeliveryRate.objects.create(method=courier, goods_total_from=Decimal(0), fee=Decimal(120))
    DeliveryMethod.objects.create(name="Pickup", code="pickup", kind="pickup", store=kyiv)
    user = get_user_model().objects.create_user(email="marta@example.com", password=PASSWORD)
    marta = Customer.objects.create(
        user=user, email=user.email, first_name="Marta", phone="+380671234567"
    )
    place_test_order(product=products[2], store=kyiv, quantity=2, customer=marta, token="m1")
    client = Client()  # her session, made here: the ORM refuses to run beside Playwright's loop
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    return {"products": products, "kyiv": kyiv.pk, "session": session}


class Survey:
    """Walks one page through the widths and collects what is wrong with it."""

    def __init__(self, page):
        self.page = page
        self.axe = Axe()
        self.problems: list[str] = []
        SHOTS.mkdir(parents=True, exist_ok=True)

    def width(self, width: int) -> None:
        self.page.set_viewport_size({"width": width, "height": HEIGHT})

    def check(self, condition: bool, problem: str) -> None:
        if not condition:
            self.problems.append(problem)

    def __call__(self, name: str) -> None:
        for width in WIDTHS:
            self.width(width)
            over, culprits = self.page.evaluate(OVERFLOW)
            self.check(
                over <= 0,
                f"{name} @ {width}: {over}px wider than the screen ({'; '.join(culprits)})",
            )
            self.page.screenshot(path=SHOTS / f"{name}-{width}.png", full_page=True)
            if width == PHONE:
                for target in self.page.evaluate(SMALL_TARGETS):
                    self.problems.append(f"{name} @ {width}: tap target under 44×44: {target}")
                self.check(
                    self.page.locator(".menu-toggle").is_visible()
                    and self.page.locator("#cart-summary").is_visible(),
                    f"{name} @ {width}: the menu button or the cart link is not visible",
                )
            if width in AXE_WIDTHS:
                self.accessible(f"{name} @ {width}")
        self.width(DESKTOP)

    def accessible(self, where: str) -> None:
        results = self.axe.run(self.page)
        for violation in results.response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                nodes = "; ".join(
                    " ".join(node["target"]) + " — " + node["failureSummary"].replace("\n", " ")
                    for node in violation["nodes"][:4]
                )
                self.problems.append(
                    f"{where}: axe {violation['id']} ({violation['impact']}): "
                    f"{violation['help']} — {nodes}"
                )

    def columns(self, name: str) -> None:
        tiles = self.page.locator("#products .tile")
        for width, expected in COLUMNS.items():
            self.width(width)
            xs = {round(tiles.nth(i).bounding_box()["x"]) for i in range(4)}
            self.check(len(xs) == expected, f"{name} @ {width}: {len(xs)} columns, not {expected}")
        self.width(DESKTOP)

    def labelled_cells(self, name: str, table: str, labels: set[str]) -> None:
        self.width(PHONE)
        cells = self.page.locator(table).evaluate(CELL_LABELS)
        shown = {label for label, visible in cells if visible}
        self.check(
            labels <= shown,
            f"{name} @ {PHONE}: cells without a visible label: {sorted(labels - shown)} "
            f"(labelled cells: {cells})",
        )
        self.check(
            not self.page.locator(f"{table} thead").evaluate(
                "(el) => el.getBoundingClientRect().height > 2"
            ),
            f"{name} @ {PHONE}: the table's header row still shows above the cards",
        )
        self.width(DESKTOP)

    def framed(self, name: str) -> None:
        """A short page: the footer sits on the screen's bottom edge, and <main> keeps its
        space under the header and above the footer (.container must not cancel it)."""
        self.page.set_viewport_size({"width": DESKTOP, "height": 1400})
        seen = self.page.evaluate(FRAMING)
        self.check(
            seen["footerBottom"] == seen["screen"] == seen["page"],
            f"{name}: the footer is not anchored at the bottom of a short page ({seen})",
        )
        self.check(
            (seen["top"], seen["bottom"]) == ("16px", "48px"),
            f"{name}: main's padding is {seen['top']} / {seen['bottom']}, not 16px / 48px",
        )
        self.width(DESKTOP)

    def flash_visible(self, where: str) -> None:
        flash = self.page.locator("#cart-flash")
        expect(flash).to_contain_text("Added")
        seen = flash.evaluate(ON_TOP)
        self.check(
            seen["inside"] and seen["onTop"],
            f"{where}: the 'Added to cart' message is hidden ({seen})",
        )

    def header(self) -> None:
        """The phone header: one row of logo, menu button and cart, links folded until asked
        for, and the search box on its own row under it (a phone shopper searches first)."""
        page = self.page
        self.width(PHONE)
        toggle = page.locator(".menu-toggle")
        links = page.locator(".catalog-nav a").first
        row = page.locator("header.site-header .header-row").bounding_box()["height"]
        self.check(row <= 80, f"header @ {PHONE}: {row}px tall (more than one row)")
        search = page.locator("header.site-header .site-search")
        self.check(search.is_visible(), f"header @ {PHONE}: the search box is hidden")
        height = page.locator("header.site-header").bounding_box()["height"]
        self.check(height <= 130, f"header @ {PHONE}: {height}px tall with the search row")
        self.check(not links.is_visible(), f"header @ {PHONE}: catalog links not folded away")
        if toggle.is_visible():
            self.check(
                toggle.get_attribute("aria-expanded") == "false", "menu: aria-expanded not false"
            )
            toggle.click()
            expect(links).to_be_visible()
            self.check(
                toggle.get_attribute("aria-expanded") == "true", "menu: aria-expanded not true"
            )
            over, culprits = page.evaluate(OVERFLOW)
            self.check(over <= 0, f"open menu @ {PHONE}: {over}px too wide ({culprits})")
            page.screenshot(path=SHOTS / f"menu-open-{PHONE}.png")
            self.accessible(f"open menu @ {PHONE}")
            toggle.click()
            expect(links).to_be_hidden()
        self.width(DESKTOP)
        self.check(
            links.is_visible() and not toggle.is_visible(),
            f"header @ {DESKTOP}: the catalog links are folded on a desktop",
        )


def _without_javascript(page, url: str) -> bool:
    """Whether a phone without JavaScript still sees the catalog links."""
    context = page.context.browser.new_context(
        java_script_enabled=False, viewport={"width": PHONE, "height": HEIGHT}
    )
    try:
        bare = context.new_page()
        bare.goto(url)
        return bare.locator(".catalog-nav a").first.is_visible()
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_shopper_pages_fit_every_screen_and_pass_axe(live_server, shop):
    url = live_server.url
    with chromium_page(width=DESKTOP, height=HEIGHT) as page:
        survey = Survey(page)
        page.goto(url + "/")
        survey.header()
        survey.check(
            _without_javascript(page, url + "/"), "without JavaScript the catalog links are hidden"
        )
        survey("home")
        page.goto(url + "/catalog/")
        survey("catalog")
        page.goto(url + "/catalog/plants/")
        survey("category")
        survey.columns("category")
        page.goto(url + "/catalog/plants/stem/")
        survey("subcategory")

        # A tap on a bag at the bottom of the listing: the message shows under the sticky header.
        for count, width in enumerate((PHONE, DESKTOP), start=1):
            survey.width(width)
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            page.locator("#products .tile button.bag").last.click()
            expect(page.locator("#cart-summary .cart-count")).to_have_text(str(count))
            assert page.evaluate("window.scrollY") > 0  # the header is sticking
            survey.flash_visible(f"flash @ {width}")
            page.screenshot(path=SHOTS / f"flash-{width}.png")
        survey.width(DESKTOP)

        product = shop["products"][0]
        page.goto(url + product.url)
        page.locator("#add-store").select_option(str(shop["kyiv"]))
        page.fill("#add-quantity", "2")
        page.get_by_role("button", name="Add to cart").click()
        expect(page.locator("#cart-flash")).to_contain_text("Added")
        survey("product")

        page.goto(url + reverse("cart"))
        expect(page.locator(".cart-line")).to_have_count(2)
        survey("cart")
        survey.labelled_cells("cart", ".cart-table", {"Quantity", "Unit price", "Total"})

        page.goto(url + reverse("checkout_who"))
        page.locator(".checkout-who form button[type=submit]").click()  # nothing filled in
        error = page.locator("#id_phone-error")
        expect(error).to_be_visible()
        survey.check(
            error.evaluate(ANNOUNCED, "#id_phone"),
            "checkout: the phone's error is not announced, or not tied to its field",
        )
        survey("checkout-who")
        page.fill("input[name=phone]", "067 123 45 67")
        page.fill("input[name=first_name]", "Olena")
        page.locator(".checkout-who form button[type=submit]").click()

        expect(page.locator("input[name=method]").first).to_be_attached()
        survey("checkout-delivery")
        page.get_by_label("Courier").check()
        page.fill("input[name=city]", "Lviv")
        page.fill("input[name=address]", "5 Horodotska St, apartment 12")
        page.get_by_role("button", name="Continue").click()

        expect(page.locator("input[name=payment_method]").first).to_be_attached()
        survey("checkout-payment")
        page.get_by_label("Card").check()
        page.get_by_role("button", name="Continue").click()

        expect(page.locator("#confirm-total")).to_be_visible()
        survey("checkout-confirm")
        survey.labelled_cells("checkout-confirm", "#confirm-lines", {"Quantity", "Price", "Total"})
        page.get_by_role("button", name="Confirm the order").click()

        expect(page.locator("#payment-status")).to_be_visible()
        survey("order")

        page.goto(url + reverse("account_login"))
        survey("login")
        survey.framed("login")
        page.goto(url + reverse("account_signup"))
        survey("signup")

        page.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": shop["session"], "url": url}]
        )
        for name in ("account_overview", "account_card", "account_orders"):
            page.goto(url + reverse(name))
            expect(page.locator(".account-link")).to_be_visible()
            survey(name.replace("_", "-"))
        page.goto(url + reverse("account_change_password"))
        survey("account-password")

    assert not survey.problems, f"{len(survey.problems)} problems:\n" + "\n".join(survey.problems)
