"""Fixtures of the cart service edge tests."""

import pytest

from catalog.tests.factories import make_product
from commerce.cart.models import Cart


@pytest.fixture
def cart(db):
    return Cart.objects.create()


@pytest.fixture
def cap5(settings):
    """A per-line cap of 5 pieces, small enough to reach with the fixtures' stock."""
    settings.SHOP_CART_LINE_MAX_QUANTITY = 5


@pytest.fixture
def fern(plants, kyiv, lviv):
    """Plenty in both stores, so the cap, not stock, is what stops the shopper."""
    return make_product(plants, sku="PL-9", title="Fern", price="40.00", stock={kyiv: 9, lviv: 9})
