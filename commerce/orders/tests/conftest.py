"""Fixtures of the order back-office tests: one account per role, an operator, a customer and
real orders placed through checkout."""

import itertools

import pytest

from commerce.cart import services
from commerce.cart.models import Cart
from commerce.checkout.services import CheckoutData, place_order
from commerce.customers.models import Customer
from commerce.testing import ROLES


@pytest.fixture
def staff(role_user):
    """One account per shop role, by role name."""
    return {name: role_user(name) for name in ROLES}


_tokens = itertools.count()


@pytest.fixture
def operator(role_user):
    return role_user("Sales operator")


@pytest.fixture
def customer(db):
    return Customer.objects.create(phone="+380671234567", first_name="Marta")


@pytest.fixture
def place(customer, courier):
    """Places a real order from a cart of ``(product, store, pieces)`` (courier delivery)."""

    def make(*items, who=None):
        cart = Cart.objects.create()
        for product, store, quantity in items:
            services.cart_add(
                cart=cart, product_id=product.pk, quantity=quantity, store_id=store.pk
            )
        data = CheckoutData(
            delivery_method=courier, city="Lviv", address="5 Horodotska St", payment_method="card"
        )
        return place_order(
            cart=cart,
            customer=who or customer,
            data=data,
            checkout_token=f"edit-{next(_tokens)}",
        )

    return make
