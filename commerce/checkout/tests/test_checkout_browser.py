"""Issue 6.9: in Debian's Chromium a guest buys a plant and pays with a sandbox test card;
issue 12.8: a shopper registers on the way and comes back to the checkout."""

import pytest
from playwright.sync_api import expect

from accounts.tests.signup import mailed_code
from catalog.tests.browser import ARTIFACTS, chromium_page
from catalog.tests.factories import CategoryPageFactory, StoreFactory, make_product
from commerce.cart.models import Cart
from commerce.delivery.models import DeliveryMethod, DeliveryRate
from commerce.orders.models import Order, PaymentStatus


@pytest.fixture
def shop(db):
    from decimal import Decimal

    from wagtail.models import Site

    from catalog.tests.factories import CatalogPageFactory

    home = Site.objects.get(is_default_site=True).root_page.specific
    catalog = CatalogPageFactory(parent=home, slug="catalog")
    plants = CategoryPageFactory(parent=catalog, title="Aquarium plants", slug="plants")
    store = StoreFactory(code="kyiv", name="Kyiv warehouse")
    make_product(
        plants, sku="PL-0001", title="Rotala rotundifolia", price="65.00", stock={store: 10}
    )
    courier = DeliveryMethod.objects.create(name="Courier", code="courier", kind="courier")
    DeliveryRate.objects.create(method=courier, goods_total_from=Decimal("0"), fee=Decimal("120"))
    return plants


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_guest_buys_a_plant_and_pays_by_card(live_server, shop):
    with chromium_page() as page:
        page.goto(live_server.url + "/catalog/plants/")
        page.locator(".tile button.bag").first.click()
        expect(page.locator("#cart-summary .cart-count")).to_have_text("1")
        page.locator("#cart-summary").click()
        page.get_by_role("link", name="Checkout").click()

        page.fill("input[name=phone]", "067 123 45 67")
        page.fill("input[name=first_name]", "Marta")
        page.get_by_role("button", name="Continue").click()

        page.get_by_label("Courier").check()
        page.fill("input[name=city]", "Lviv")
        page.fill("input[name=address]", "5 Horodotska St")
        page.get_by_role("button", name="Continue").click()

        page.get_by_label("Card").check()
        page.get_by_role("button", name="Continue").click()

        expect(page.locator("#confirm-total")).to_contain_text("185.00")
        page.screenshot(path=ARTIFACTS / "07-confirm.png", full_page=True)
        page.get_by_role("button", name="Confirm the order").click()

        expect(page.locator("h1")).to_contain_text("Order GW")
        expect(page.locator("#payment-status")).to_have_text("Not paid")
        page.fill("#card-number", "4111 1111 1111 1111")
        page.fill("#card-expiry", "12/30")
        page.fill("#card-cvv", "123")
        page.get_by_role("button", name="Pay by card").click()
        expect(page.locator("h1")).to_have_text("Thank you — payment received")
        page.screenshot(path=ARTIFACTS / "08-paid.png", full_page=True)
        page.get_by_role("link", name="See the order").click()
        expect(page.locator("#payment-status")).to_have_text("Paid")
    order = Order.objects.get()
    assert order.payment_status == PaymentStatus.PAID and order.grand_total == 185


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_register_on_the_way_comes_back_to_the_checkout_with_the_cart(live_server, shop):
    """Issue 12.8: the checkout's "register" link — sign up, type the mailed code in the same
    tab, and the checkout goes on for the new, logged-in customer with the same cart."""
    with chromium_page() as page:
        page.goto(live_server.url + "/catalog/plants/")
        page.locator(".tile button.bag").first.click()
        expect(page.locator("#cart-summary .cart-count")).to_have_text("1")
        page.goto(live_server.url + "/checkout/")
        page.locator(".checkout-who").get_by_role("link", name="register").click()
        page.fill("input[name=email]", "marta@example.com")
        page.fill("input[name=password1]", "Vallisneria-2026")
        page.fill("input[name=password2]", "Vallisneria-2026")
        page.get_by_role("button", name="Sign Up").click()
        page.fill("input[name=code]", mailed_code("marta@example.com"))
        page.get_by_role("button", name="Confirm").click()
        expect(page.locator("h1")).to_have_text("Checkout")
        expect(page.locator("main")).to_contain_text("please add your phone")
        expect(page.locator("#cart-summary .cart-count")).to_have_text("1")
    cart = Cart.objects.get()
    assert cart.user.email == "marta@example.com" and cart.is_reserved
