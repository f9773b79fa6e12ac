"""Cart fixtures: two stores and products with stock in them."""

from decimal import Decimal

import pytest

from catalog.models import StockRecord
from catalog.tests.factories import CategoryPageFactory, StoreFactory, make_product
from commerce.cart import services
from commerce.checkout import CheckoutData, place_order
from commerce.models import Cart, CartLine, Customer, DeliveryMethod, DeliveryRate, Order


@pytest.fixture
def kyiv(db):
    return StoreFactory(code="kyiv", name="Kyiv warehouse")


@pytest.fixture
def lviv(db):
    return StoreFactory(code="lviv", name="Lviv shop")


@pytest.fixture
def plants(catalog):
    return CategoryPageFactory(parent=catalog, title="Plants", slug="plants")


@pytest.fixture
def rotala(plants, kyiv, lviv):
    """65.00 UAH; 5 pieces in Kyiv, 3 in Lviv."""
    return make_product(plants, sku="PL-1", title="Rotala", price="65.00", stock={kyiv: 5, lviv: 3})


@pytest.fixture
def moss(plants, kyiv):
    """120.00 UAH; 10 pieces in Kyiv only."""
    return make_product(plants, sku="PL-2", title="Java moss", price="120.00", stock={kyiv: 10})


@pytest.fixture
def courier(db):
    """Courier delivery: 120.00 below 1000 UAH of goods, 60.00 from 1000, free from 3000."""
    method = DeliveryMethod.objects.create(name="Courier", code="courier", kind="courier")
    for start, fee in (("0", "120"), ("1000", "60"), ("3000", "0")):
        DeliveryRate.objects.create(
            method=method, goods_total_from=Decimal(start), fee=Decimal(fee)
        )
    return method


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


@pytest.fixture
def order(db, kyiv):
    """A factory of placed orders (not paid) of ``total`` UAH."""

    def make(total="185.00", number="GW000001"):
        customer = Customer.objects.create(phone="+380671234567", is_temporary=True)
        method = DeliveryMethod.objects.create(
            name="Pickup", code=f"p-{number}", kind="pickup", store=kyiv
        )
        return Order.objects.create(
            number=number,
            customer=customer,
            delivery_method=method,
            phone=customer.phone,
            payment_method="card",
            subtotal=Decimal(total),
            discount_total=Decimal(0),
            goods_total=Decimal(total),
            delivery_cost=Decimal(0),
            grand_total=Decimal(total),
            checkout_token=f"tok-{number}",
        )

    return make


def make_worked_example(*, phones, cases, store, set_name):
    """SPEC §4's worked example in the database: phones A (10000.00) and B (8000.00) in
    ``phones``, case C (500.00) in ``cases``, 5 pieces each in ``store``; the set {A, C} −500
    (high), −150 per phone (medium) and −5% from 3 items (low). Returns (a, b, c)."""
    from commerce.models import Discount, DiscountProduct

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
