"""Issue 12.5: every shopper POST endpoint answers junk — random text, Unicode digits, huge
and negative numbers, missing fields — with a 4xx or a redirect, never a 5xx, and changes
nothing: no stock moves, no cart line, order or payment changes."""

import pytest
from django.forms.models import model_to_dict
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.models import StockRecord
from catalog.tests.factories import CategoryPageFactory, make_product
from commerce.cart.models import CartLine
from commerce.customers.forms import CustomerCardForm
from commerce.customers.models import Customer
from commerce.delivery.models import DeliveryMethod
from commerce.orders.models import Order
from commerce.payments.models import Payment
from commerce.phones import InvalidPhone, phone_normalize
from commerce.testing import place_test_order


def _never_valid(value: str | None) -> bool:
    """Junk only: a short run of ASCII digits could be a real quantity or id."""
    text = (value or "").strip()
    return not (text.isascii() and text.isdigit() and len(text) < 12 and int(text) > 0)


NON_ASCII_DIGITS = st.characters(categories=["Nd", "No"]).filter(lambda c: c not in "0123456789")
JUNK = st.one_of(
    st.none(),  # the field is missing
    st.text(max_size=40),
    st.text(alphabet=st.one_of(NON_ASCII_DIGITS, st.sampled_from("-+./ e")), max_size=8),
    st.integers(min_value=10**12, max_value=10**60).map(str),
    st.integers(min_value=-(10**20), max_value=0).map(str),
    st.sampled_from(["²", "--1", "²/30", "1²/29", "٣", "1e3", "0x10", "NaN", "∞", "9" * 5000]),
).filter(_never_valid)

# Each shopper POST endpoint and the fields its form reads.
ENDPOINTS = {
    "cart_add": ("product", "quantity", "store"),
    "cart_line_quantity": ("quantity",),
    "cart_line_store": ("store",),
    "checkout_who": ("phone", "first_name", "email"),
    "checkout_delivery": ("method", "city", "address"),
    "checkout_payment": ("payment_method",),
    "checkout_confirm": ("checkout_token", "expected_total", "comment"),
    "order_pay_card": ("number", "expiry", "cvv"),
    "order_pay_account": ("iban",),
}


def snapshot() -> tuple:
    return (
        tuple(StockRecord.objects.order_by("pk").values_list("pk", "quantity")),
        tuple(CartLine.objects.order_by("pk").values_list("pk", "cart_id", "store_id", "quantity")),
        tuple(Order.objects.order_by("pk").values_list("pk", "payment_status", "grand_total")),
        Payment.objects.count(),
    )


@pytest.fixture
def shop(catalog, kyiv, lviv, client):
    """A product in two stores, a cart line in this client's cart, a courier and an unpaid
    order the client may see through its private link."""
    plants = CategoryPageFactory(parent=catalog, title="Plants", slug="plants")
    rotala = make_product(plants, sku="PL-1", price="65.00", stock={kyiv: 5, lviv: 3})
    moss = make_product(plants, sku="PL-2", price="120.00", stock={kyiv: 10})
    DeliveryMethod.objects.create(name="Courier", code="courier", kind="courier")
    client.post(reverse("cart_add"), {"product": rotala.pk, "store": kyiv.pk, "quantity": 2})
    order = place_test_order(product=moss, store=kyiv, quantity=1)
    line = CartLine.objects.get(product=rotala)
    return {
        "cart_add": reverse("cart_add"),
        "cart_line_quantity": reverse("cart_line_quantity", args=[line.pk]),
        "cart_line_store": reverse("cart_line_store", args=[line.pk]),
        "checkout_who": reverse("checkout_who"),
        "checkout_delivery": reverse("checkout_delivery"),
        "checkout_payment": reverse("checkout_payment"),
        "checkout_confirm": reverse("checkout_confirm"),
        "order_pay_card": reverse("order_pay_card", args=[order.number])
        + f"?key={order.access_key}",
        "order_pay_account": reverse("order_pay_account", args=[order.number])
        + f"?key={order.access_key}",
    }


def fuzzed(max_examples: int):
    """Hypothesis settings for a test that posts through the Django test client."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


def junk_form(data, name: str, fields) -> dict:
    """A POST body of junk for ``fields`` (a field drawn as missing is left out)."""
    posted = {}
    for field in fields:
        value = data.draw(JUNK, label=f"{name}.{field}")
        if value is not None:
            posted[field] = value
    return posted


@pytest.mark.django_db
@fuzzed(max_examples=40)
@given(data=st.data())
def test_junk_to_any_shopper_post_is_refused_and_changes_nothing(client, shop, data):
    before = snapshot()
    for name, fields in ENDPOINTS.items():
        posted = junk_form(data, name, fields)
        response = client.post(shop[name], posted)
        assert response.status_code < 500, (name, posted)
        assert snapshot() == before, (name, posted)


def test_the_junk_is_never_a_valid_quantity_or_id():
    """The filter that keeps the fuzz honest: anything it lets through must be refusable."""
    assert not _never_valid("3") and not _never_valid(" 42 ") and not _never_valid("99999999999")
    assert _never_valid("0") and _never_valid("²") and _never_valid("123456789012")
    assert _never_valid(None) and _never_valid("-1") and _never_valid("٣")


def _not_a_phone(value: str | None) -> bool:
    try:
        phone_normalize(value or "")
    except InvalidPhone:
        return True
    return False


# Every field of the card form but the phone, which is drawn from junk that is never a phone.
ACCOUNT_FIELDS = [field for field in CustomerCardForm.Meta.fields if field != "phone"]


@pytest.mark.django_db
@fuzzed(max_examples=25)
@given(data=st.data())
def test_junk_to_the_account_card_is_refused_and_changes_nothing(client, django_user_model, data):
    """The customer card with a phone that is never valid: 400, and the card stays as it was."""
    user = django_user_model.objects.filter(email="fuzz@shop.test").first()
    user = user or django_user_model.objects.create_user(email="fuzz@shop.test", password="x-Pw-1")
    client.force_login(user)
    client.get(reverse("account_overview"))  # the customer card exists from here on
    card = Customer.objects.get(user=user)
    before = model_to_dict(card)
    phone = data.draw(JUNK.filter(_not_a_phone), label="phone")
    posted = junk_form(data, "account_card", ACCOUNT_FIELDS)
    if phone is not None:
        posted["phone"] = phone
    response = client.post(reverse("account_card"), posted)
    assert response.status_code == 400, posted
    card.refresh_from_db()
    assert model_to_dict(card) == before


ALLAUTH_FORMS = {
    "account_login": ("login", "password"),
    "account_signup": ("email", "password1", "password2"),
    "account_reset_password": ("email",),
}


@pytest.mark.django_db
@fuzzed(max_examples=25)
@given(data=st.data())
def test_junk_to_login_signup_and_reset_logs_in_creates_and_mails_nothing(client, data):
    from django.core import mail

    from accounts.models import User

    users, mails = User.objects.count(), len(mail.outbox)
    for name, fields in ALLAUTH_FORMS.items():
        posted = junk_form(data, name, fields)
        response = client.post(reverse(name), posted)
        assert response.status_code < 500, (name, posted)
        assert "_auth_user_id" not in client.session
    assert (User.objects.count(), len(mail.outbox)) == (users, mails)
