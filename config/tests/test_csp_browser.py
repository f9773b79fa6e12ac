"""Issue 12.9 in Debian's Chromium: the storefront and the Wagtail admin run under their real
Content-Security-Policy without a single violation, and the violation check itself can fail."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from playwright.sync_api import expect

from catalog.demo.photos import draw_product_photo
from catalog.tests.browser import chromium_page
from catalog.tests.factories import CategoryPageFactory, make_product
from commerce.customers.models import Customer
from commerce.testing import place_test_order
from config.csp import BRAINTREE_FOCUS_INTERCEPT_STYLE

PASSWORD = "pw-Secret-123"


def _inject(body: str, *, headers: dict | None = None):
    """A route handler that serves the real answer (its real headers) with ``body`` added
    before ``</body>``: what a stored XSS in a template would do."""

    def handle(route):
        response = route.fetch()
        html = response.text().replace("</body>", body + "</body>")
        route.fulfill(response=response, body=html, headers={**response.headers, **(headers or {})})

    return handle


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_injected_inline_script_is_blocked_and_fails_the_browser_test(live_server):
    with pytest.raises(AssertionError, match=r"script-src-elem blocked inline") as failed:
        with chromium_page() as page:
            page.route(live_server.url + "/", _inject("<script>window.injected = 1;</script>"))
            page.goto(live_server.url + "/")
            expect(page.locator("header.site-header")).to_be_visible()
            assert page.evaluate("window.injected") is None  # the policy stopped it
    assert "Content Security Policy" in str(failed.value)  # Chromium's console line, too


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_inline_handler_and_a_broken_permissions_policy_are_reported(live_server):
    with pytest.raises(AssertionError) as failed:
        with chromium_page() as page:
            page.route(
                live_server.url + "/",
                _inject(
                    '<img id="bad" src="/static/img/logo.svg" onload="window.injected = 1">',
                    headers={"permissions-policy": "camera=(), no-such-feature=()"},
                ),
            )
            page.goto(live_server.url + "/")
            expect(page.locator("#bad")).to_be_visible()
            assert page.evaluate("window.injected") is None
    assert "script-src-attr blocked inline" in str(failed.value)
    assert "no-such-feature" in str(failed.value)


_SET_STYLE = """(style) => {
    const input = document.createElement("input");
    input.setAttribute("style", style);
    document.body.append(input);
    return getComputedStyle(input).position;
}"""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_live_braintree_allows_its_one_style_attribute_and_no_other(live_server):
    """What Hosted Fields do on phones and in Firefox, done by hand in Chromium under the live
    policy: the SDK's exact style attribute applies, any other is blocked and reported."""
    with override_settings(
        BRAINTREE_MERCHANT_ID="merchant", BRAINTREE_PUBLIC_KEY="public", BRAINTREE_PRIVATE_KEY="k"
    ):
        with chromium_page() as page:
            page.goto(live_server.url + "/")
            assert page.evaluate(_SET_STYLE, BRAINTREE_FOCUS_INTERCEPT_STYLE) == "absolute"
            page.policy_violations.settle(page)
            assert page.policy_violations == []
            assert page.evaluate(_SET_STYLE, "position:absolute") == "static"  # blocked
            page.policy_violations.settle(page)
            assert any("style-src-attr blocked inline" in v for v in page.policy_violations)
            page.policy_violations.clear()


# Admin screens with the inline scripts and styles Wagtail 8 still renders (date widgets,
# InlinePanel, filters) and our own (order card, line editing, price simulator).
ADMIN_PAGES = [
    "/admin/",
    "/admin/pages/",
    "/admin/pages/add/catalog/categorypage/{category}/",
    "/admin/images/",
    "/admin/snippets/catalog/parameterdefinition/add/",
    "/admin/catalog/prices/",
    "/admin/commerce/discounts/new/",
    "/admin/commerce/delivery/new/",
    "/admin/commerce/price-simulator/",
    "/admin/commerce/orders/",
    "/admin/commerce/orders/inspect/{order}/",
    "/admin/commerce/orders/{order}/lines/",
    "/admin/commerce/customers/",
    "/admin/users/",
    "/admin/reports/site-history/",
]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_wagtail_admin_works_under_the_policy(live_server, catalog, kyiv, tmp_path):
    plants = CategoryPageFactory(parent=catalog, title="Plants", slug="plants")
    rotala = make_product(plants, sku="PL-1", title="Rotala", price="65.00", stock={kyiv: 5})
    order = place_test_order(
        product=rotala,
        store=kyiv,
        quantity=1,
        payment_method="card",
        token="csp",
        customer=Customer.objects.create(phone="+380671234567", first_name="Olena"),
    )
    get_user_model().objects.create_superuser(email="boss@example.com", password=PASSWORD)
    photo = draw_product_photo(
        target=Path(tmp_path) / "upload.png",
        name="Upload",
        sku="UP-1",
        category="Plants",
        index=1,
        total=1,
    )
    with chromium_page() as page:
        page.goto(live_server.url + "/accounts/login/")
        page.fill("input[name=login]", "boss@example.com")
        page.fill("input[name=password]", PASSWORD)
        page.get_by_role("button", name="Sign In").click()
        expect(page.locator(".account-link")).to_be_visible()
        for url in ADMIN_PAGES:
            page.goto(live_server.url + url.format(category=plants.pk, order=order.pk))
            expect(page.locator("main")).to_be_visible()

        # The page editor: live preview in its iframe, then new InlinePanel forms.
        page.goto(live_server.url + f"/admin/pages/{rotala.pk}/edit/")
        page.get_by_role("button", name="Toggle preview").click()
        preview = page.frame_locator("iframe").first
        expect(preview.locator("h1")).to_have_text("Rotala")
        page.get_by_role("button", name="Add Photo").click()
        page.get_by_role("button", name="Add Parameter").click()
        expect(page.get_by_role("button", name="Choose an image")).to_be_visible()

        # Uploading shows a blob: thumbnail.
        page.goto(live_server.url + "/admin/images/multiple/add/")
        page.set_input_files("input[type=file]", str(photo))
        expect(page.locator(".status-msg.success")).to_be_visible()

        # The storefront with the editors' user bar on it.
        page.goto(live_server.url + rotala.url)
        expect(page.locator("h1")).to_have_text("Rotala")
