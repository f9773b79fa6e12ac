"""Helpers that tests import (test-only: production code never imports this module).
Fixtures live in ``commerce/conftest.py``."""

import threading
from decimal import Decimal

from django.db import connection

from catalog.models import StockRecord
from catalog.tests.factories import make_product
from commerce.cart import services
from commerce.cart.errors import OutOfStock
from commerce.cart.models import Cart, CartLine
from commerce.checkout.services import CheckoutData, place_order
from commerce.customers.models import Customer
from commerce.delivery.models import DeliveryMethod
from commerce.orders.models import Order, PaymentStatus
from commerce.pricing.models import Discount, DiscountProduct

# A valid Ukrainian IBAN (python-stdnum's checksum holds).
GOOD_IBAN = "UA213223130000026007233566001"


def place_test_order(
    *,
    product,
    store,
    quantity=3,
    payment_method="account",
    email="",
    token="t1",
    comment="",
    customer=None,
) -> Order:
    """An order placed through the real checkout from a cart of ``quantity`` pieces of
    ``product`` in ``store`` (pickup there; a temporary customer "Olena" unless given)."""
    cart = Cart.objects.create()
    services.cart_add(cart=cart, product_id=product.pk, quantity=quantity, store_id=store.pk)
    customer = customer or Customer.objects.create(
        phone="+380671234567", email=email, is_temporary=True, first_name="Olena"
    )
    method, _ = DeliveryMethod.objects.get_or_create(
        code="pickup", defaults={"name": "Pickup", "kind": "pickup", "store": store}
    )
    data = CheckoutData(
        delivery_method=method, city="", address="", payment_method=payment_method, comment=comment
    )
    return place_order(cart=cart, customer=customer, data=data, checkout_token=token)


def stock_of(product, store) -> int:
    return StockRecord.objects.get(product=product, store=store).quantity


def cart_snapshot() -> tuple:
    """Everything a cart operation may change: every stock record's quantity, every cart line
    (which cart, product, store, how many) and whether each cart holds its pieces. A refused
    operation must leave it equal."""
    stock = tuple(
        StockRecord.objects.order_by("pk").values_list("pk", "product_id", "store_id", "quantity")
    )
    lines = tuple(
        CartLine.objects.order_by("pk").values_list(
            "pk", "cart_id", "product_id", "store_id", "quantity"
        )
    )
    carts = tuple(Cart.objects.order_by("pk").values_list("pk", "user_id", "is_reserved"))
    return stock, lines, carts


def make_worked_example(*, phones, cases, store, set_name):
    """SPEC §4's worked example in the database: phones A (10000.00) and B (8000.00) in
    ``phones``, case C (500.00) in ``cases``, 5 pieces each in ``store``; the set {A, C} −500
    (high), −150 per phone (medium) and −5% from 3 items (low). Returns (a, b, c)."""
    a = make_product(phones, sku="A", title="Phone A", price="10000.00", stock={store: 5})
    b = make_product(phones, sku="B", title="Phone B", price="8000.00", stock={store: 5})
    c = make_product(cases, sku="C", title="Case C", price="500.00", stock={store: 5})
    pair = Discount.objects.create(
        name=set_name,
        store=store,
        kind="product",
        is_set=True,
        type="amount",
        value=Decimal(500),
        priority=3,
    )
    DiscountProduct.objects.create(discount=pair, product=a)
    DiscountProduct.objects.create(discount=pair, product=c)
    Discount.objects.create(
        name="Phones −150",
        store=store,
        kind="group",
        type="amount",
        value=Decimal(150),
        priority=2,
        category=phones,
    )
    Discount.objects.create(
        name="3 items −5%",
        store=store,
        kind="cart",
        type="percent",
        value=Decimal(5),
        priority=1,
        condition="min_items",
        threshold=Decimal(3),
    )
    return a, b, c


def run_together(jobs) -> list[str]:
    """Run callables in threads released at once; returns "ok", "out" or the error of each."""
    barrier = threading.Barrier(len(jobs))
    outcomes: list[str] = []
    lock = threading.Lock()

    def worker(job):
        try:
            barrier.wait(timeout=30)
            job()
            outcome = "ok"
        except OutOfStock:
            outcome = "out"
        except Exception as exc:  # any other error fails the test below
            outcome = f"{type(exc).__name__}: {exc}"
        finally:
            connection.close()
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=worker, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a thread hung (deadlock?)"
    return outcomes


def force_status(order: Order, *, status: str, paid: bool = False) -> Order:
    """Put ``order`` straight into ``status`` (and paid or not), skipping the machine."""
    Order.objects.filter(pk=order.pk).update(
        fulfilment_status=status,
        payment_status=PaymentStatus.PAID if paid else PaymentStatus.NOT_PAID,
    )
    order.refresh_from_db()
    return order


# The five shop roles (accounts.roles), in the order the back-office tests walk them.
ROLES = ["Sales operator", "Warehouse worker", "Accountant", "Manager", "Content manager"]
