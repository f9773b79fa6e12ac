"""Issue 12.3 on PostgreSQL with real threads: a client hammering cart adds from one address
is refused past the caps and the rate limit, while another shopper, at the same moment,
still buys the last units."""

import pytest
from django.test import Client
from django.urls import reverse

from catalog.models import StockRecord
from catalog.tests.factories import CategoryPageFactory, StoreFactory, make_product
from commerce.cart.models import Cart, CartLine
from commerce.checkout.services import CheckoutData, place_order
from commerce.customers.models import Customer
from commerce.delivery.models import DeliveryMethod
from commerce.orders.models import Order
from commerce.testing import run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

HOARDER, SHOPPER = "203.0.113.7", "198.51.100.20"


def test_a_hammering_client_is_stopped_and_a_shopper_still_buys(settings, catalog):
    settings.SHOP_CART_MAX_PIECES = 6
    settings.ACCOUNT_RATE_LIMITS = {
        **settings.ACCOUNT_RATE_LIMITS,
        "cart_write": "4/m/key,12/m/ip",
    }
    store = StoreFactory(code="kyiv")
    category = CategoryPageFactory(parent=catalog, title="Hoard")
    product = make_product(category, sku="HOARD-1", price="50.00", stock={store: 30})
    pickup = DeliveryMethod.objects.create(name="Pickup", code="pickup", kind="pickup", store=store)
    answers: list[int] = []
    bought: list[Order] = []

    def hammer():
        client = Client(REMOTE_ADDR=HOARDER)  # one session per thread, one address for all
        for _ in range(10):
            response = client.post(reverse("cart_add"), {"product": product.pk, "quantity": 3})
            answers.append(response.status_code)

    def buy():
        client = Client(REMOTE_ADDR=SHOPPER)
        response = client.post(reverse("cart_add"), {"product": product.pk, "quantity": 6})
        assert response.status_code == 302, response.text
        cart = Cart.objects.get(pk=client.session["cart_id"])
        customer = Customer.objects.create(phone="+380671234567", is_temporary=True)
        data = CheckoutData(delivery_method=pickup, city="", address="", payment_method="card")
        bought.append(place_order(cart=cart, customer=customer, data=data, checkout_token="t"))

    outcomes = run_together([hammer, hammer, hammer, hammer, buy])
    assert outcomes == ["ok"] * 5

    # 4 sessions × at most 2 adds of 3 (the 6-piece cap), and 12 writes for the address.
    assert set(answers) <= {302, 409, 429} and 409 in answers and 429 in answers
    assert answers.count(302) <= 8 and len([a for a in answers if a != 429]) <= 12
    hoarded = sum(CartLine.objects.filter(product=product).values_list("quantity", flat=True))
    assert hoarded <= 24
    [order] = bought
    assert [(line.sku, line.quantity) for line in order.lines.all()] == [("HOARD-1", 6)]
    stock = StockRecord.objects.get(product=product).quantity
    assert stock >= 0 and stock + hoarded + 6 == 30
