"""Fixtures every commerce concern's tests share: two stores, products with stock in them,
delivery methods and placed orders. Helpers that tests import are in ``commerce.testing``."""

from decimal import Decimal

import pytest

from catalog.tests.factories import CategoryPageFactory, make_product
from commerce.customers.models import Customer
from commerce.delivery.models import DeliveryMethod, DeliveryRate
from commerce.orders.models import Order


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


@pytest.fixture
def order(db, kyiv):
    """A factory of placed orders (not paid) of ``total`` UAH."""

    def make(total="185.00", number="GW000001", payment_method="card"):
        customer = Customer.objects.create(phone="+380671234567", is_temporary=True)
        method = DeliveryMethod.objects.create(
            name="Pickup", code=f"p-{number}", kind="pickup", store=kyiv
        )
        return Order.objects.create(
            number=number,
            customer=customer,
            delivery_method=method,
            phone=customer.phone,
            payment_method=payment_method,
            subtotal=Decimal(total),
            discount_total=Decimal(0),
            goods_total=Decimal(total),
            delivery_cost=Decimal(0),
            grand_total=Decimal(total),
            checkout_token=f"tok-{number}",
        )

    return make
