"""Issue 13.1–13.2: the shop speaks Ukrainian by default and English at /en/; the header
switches between them; e-mails go out in the shop's language; the admin shows the shop's own
screens in Ukrainian; money is written the way each language writes it.

The rest of the suite reads the English copy (settings/test.py sets LANGUAGE_CODE "en"); these
tests put the shop back on its real default, Ukrainian."""

from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from commerce.money import format_money
from commerce.testing import place_test_order
from config.tests.i18n import uk

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _ukrainian(ukrainian):
    """Every test here runs on the real default language."""


@pytest.fixture
def rotala(catalog, kyiv):
    from catalog.tests.factories import CategoryPageFactory, make_product

    plants = CategoryPageFactory(parent=catalog, title="Plants", slug="plants")
    return make_product(plants, sku="PL-1", title="Rotala", price="65.00", stock={kyiv: 5})


def test_the_default_language_is_ukrainian_in_every_real_setting():
    from config.settings import base

    assert base.LANGUAGE_CODE == "uk"
    assert [code for code, _ in base.LANGUAGES] == ["uk", "en"]


def test_unprefixed_pages_are_ukrainian_and_en_pages_english(client, rotala):
    home = client.get("/")
    assert home.status_code == 200 and '<html lang="uk">' in home.text
    assert uk("Log in") in home.text and ">Log in<" not in home.text
    english = client.get("/en/")
    assert '<html lang="en">' in english.text and ">Log in<" in english.text
    assert client.get("/en/cart/").status_code == 200
    assert client.get("/cart/").headers["Content-Language"] == "uk"


def language_nav(html: str) -> str:
    start = html.index('<nav class="language-nav"')
    return html[start : html.index("</nav>", start)]


def test_the_header_links_to_the_same_page_in_the_other_language(client, rotala):
    ukrainian = language_nav(client.get("/cart/?sort=price").text)
    assert 'href="/en/cart/?sort=price" hreflang="en"' in ukrainian, ukrainian
    english = language_nav(client.get("/en/cart/?sort=price").text)
    assert 'href="/cart/?sort=price" hreflang="uk"' in english, english


def test_the_bot_api_and_the_admin_keep_one_address(client):
    assert client.get("/api/bot/orders/GW1/status").status_code == 401  # no token: but found
    assert client.get("/en/api/bot/orders/GW1/status", follow=True).status_code == 404
    assert client.get("/admin/").status_code == 302


def test_a_cart_message_is_ukrainian(client, rotala, kyiv):
    from django.utils.html import escape

    from commerce.cart.errors import InvalidQuantity
    from commerce.cart.services import parse_quantity

    with translation.override("uk"), pytest.raises(InvalidQuantity) as refused:
        parse_quantity("0")
    response = client.post(
        reverse("cart_add"), {"product": rotala.pk, "quantity": "0"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 400
    assert escape(refused.value.message) in response.text
    assert "at least 1" not in response.text


def test_money_in_each_language():
    amount = Decimal("1234.5")
    assert format_money(amount, language="uk") == "1\u202f234,50\u00a0грн"
    assert format_money(amount, language="en") == "UAH\u00a01,234.50"
    with translation.override("uk"):
        assert format_money(Decimal("90394")) == "90\u202f394,00\u00a0грн"


def test_prices_on_pages_follow_the_language(client, rotala):
    """Rotala costs 65.00: "65,00 грн" on the Ukrainian page, "UAH 65.00" on the English one."""
    assert format_money(Decimal("65.00"), language="uk") in client.get(rotala.url).text
    english = client.get("/en" + rotala.url).text
    assert format_money(Decimal("65.00"), language="en") in english


def test_order_e_mails_are_in_the_shops_language(kyiv, rotala, django_capture_on_commit_callbacks):
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        order = place_test_order(product=rotala, store=kyiv, email="olena@example.com")
    [confirmation] = [m for m in mail.outbox if "olena@example.com" in m.to]
    assert format_money(order.grand_total, language="uk") in confirmation.body
    assert "UAH" not in confirmation.body and "Grand total" not in confirmation.body


def test_the_admin_order_card_is_ukrainian(client, role_user, kyiv, rotala):
    order = place_test_order(product=rotala, store=kyiv)
    operator = role_user("Sales operator")
    client.force_login(operator)
    card = client.get(reverse("commerce_orders:inspect", args=[order.pk])).text
    assert uk("Customer") in card and uk("Calls welcome") in card
    assert ">Calls welcome<" not in card and ">Customer<" not in card
    assert uk("Processing", "order status") in card
    assert format_money(order.grand_total, language="uk") in card


def test_the_shops_admin_lists_and_forms_name_their_fields_in_ukrainian(
    client, role_user, kyiv, rotala
):
    from django.utils.text import capfirst

    place_test_order(product=rotala, store=kyiv)
    client.force_login(role_user("Sales operator"))
    orders = client.get(reverse("commerce_orders:index")).text
    for label in ("order number", "grand total", "fulfilment status", "payment status"):
        assert capfirst(uk(label)) in orders
    assert "Grand total" not in orders and "Fulfilment status" not in orders

    client.force_login(role_user("Manager"))
    discount_form = client.get(reverse("commerce_discounts:add")).text
    for label in ("value type", "priority", "starts at", "threshold"):
        assert capfirst(uk(label)) in discount_form
    assert ">Value type" not in discount_form and ">Threshold" not in discount_form
    stock = client.get(reverse("catalog_stock:index")).text
    assert capfirst(uk("stock records")) in stock and "Stock records" not in stock
    tiers = client.get(reverse("commerce_loyalty_tiers:index")).text
    assert capfirst(uk("loyalty tiers")) in tiers and "Loyalty tiers" not in tiers


def test_the_role_screens_name_the_roles_in_ukrainian(client, role_admin, role_user):
    operator = role_user("Sales operator")
    client.force_login(role_admin)
    listing = client.get(reverse("shop_roles:index")).text
    assert uk("Sales operator", "shop role") in listing and "Sales operator" not in listing
    form = client.get(reverse("shop_roles:edit", args=[operator.pk])).text
    assert uk("Warehouse worker", "shop role") in form and "Warehouse worker —" not in form
    response = client.post(
        reverse("shop_roles:edit", args=[operator.pk]), {"roles": ["Accountant"]}, follow=True
    )
    assert uk("Accountant", "shop role") in response.text


def test_the_loyalty_discount_on_an_order_reads_in_each_visitors_language(client, kyiv, rotala):
    from commerce.customers.models import Customer

    loyal = Customer.objects.create(
        phone="+380671234567", first_name="Olena", is_temporary=True, loyalty_percent=2
    )
    order = place_test_order(product=rotala, store=kyiv, customer=loyal)
    key = {"key": order.access_key}
    ukrainian = client.get(reverse("order_detail", args=[order.number]), key).text
    assert "Персональна знижка 2%" in ukrainian and "Personal discount" not in ukrainian
    with translation.override("en"):
        english_url = reverse("order_detail", args=[order.number])
    assert english_url.startswith("/en/")
    english = client.get(english_url, key).text
    assert "Personal discount 2%" in english and "Персональна" not in english
