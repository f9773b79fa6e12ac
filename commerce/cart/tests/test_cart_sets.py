"""Issue 13.6: a set discount belongs to one store and counts only the lines from it, so the
bag icon prefers the store that completes a set already in the cart."""

from decimal import Decimal

import pytest

from catalog.tests.factories import make_product
from commerce.cart import services
from commerce.cart.models import Cart, CartLine
from commerce.cart.selectors import cart_view
from commerce.pricing.models import Discount, DiscountKindChoice, DiscountProduct
from commerce.pricing.types import DiscountType, Priority

D = Decimal


@pytest.fixture
def cart(db):
    return Cart.objects.create()


@pytest.fixture
def phone(plants, kyiv, lviv):
    return make_product(plants, sku="PH-1", title="Phone", price="900.00", stock={kyiv: 5, lviv: 2})


@pytest.fixture
def case(plants, kyiv, lviv):
    """Most of the cases are in Kyiv: the bag alone would take from there."""
    return make_product(plants, sku="PH-2", title="Case", price="100.00", stock={kyiv: 9, lviv: 1})


def set_discount(store, products, *, is_active=True):
    discount = Discount.objects.create(
        name="Phone + case",
        store=store,
        kind=DiscountKindChoice.PRODUCT,
        is_set=True,
        type=DiscountType.PERCENT,
        value=D("10"),
        priority=Priority.MEDIUM,
        is_active=is_active,
    )
    for product in products:
        DiscountProduct.objects.create(discount=discount, product=product)
    return discount


def discount_names(cart):
    return [name for name, _note, _amount in cart_view(cart).discounts]


@pytest.mark.django_db
class TestSetsAndStores:
    def test_a_set_split_across_stores_gets_no_set_price(self, cart, phone, case, kyiv, lviv):
        """Evidence that stores matter: the same two products, one from each store."""
        set_discount(lviv, [phone, case])
        services.cart_add(cart=cart, product_id=phone.pk, store_id=lviv.pk)
        services.cart_add(cart=cart, product_id=case.pk, store_id=kyiv.pk)
        assert discount_names(cart) == []
        line = CartLine.objects.get(cart=cart, product=case)
        services.cart_line_switch_store(cart=cart, line_id=line.pk, store_id=lviv.pk)
        assert discount_names(cart) == ["Phone + case"]
        assert cart_view(cart).total == D("900.00")  # 1000 − 10 %

    def test_the_bag_prefers_the_store_that_completes_a_set(self, cart, phone, case, kyiv, lviv):
        set_discount(lviv, [phone, case])
        services.cart_add(cart=cart, product_id=phone.pk, store_id=lviv.pk)
        services.cart_add(cart=cart, product_id=case.pk)  # the bag icon: no store chosen
        assert CartLine.objects.get(cart=cart, product=case).store == lviv
        assert discount_names(cart) == ["Phone + case"]

    def test_without_a_set_to_complete_the_most_stock_wins(self, cart, phone, case, kyiv, lviv):
        set_discount(lviv, [phone, case], is_active=False)
        services.cart_add(cart=cart, product_id=phone.pk, store_id=lviv.pk)
        services.cart_add(cart=cart, product_id=case.pk)
        assert CartLine.objects.get(cart=cart, product=case).store == kyiv

    def test_a_set_whose_other_products_are_elsewhere_is_not_preferred(
        self, cart, phone, case, kyiv, lviv
    ):
        set_discount(lviv, [phone, case])
        services.cart_add(cart=cart, product_id=phone.pk, store_id=kyiv.pk)
        services.cart_add(cart=cart, product_id=case.pk)
        assert CartLine.objects.get(cart=cart, product=case).store == kyiv

    def test_an_empty_completing_store_falls_back_to_the_next(self, cart, phone, case, kyiv, lviv):
        set_discount(lviv, [phone, case])
        services.cart_add(cart=cart, product_id=phone.pk, store_id=lviv.pk)
        other = Cart.objects.create()
        services.cart_add(cart=other, product_id=case.pk, store_id=lviv.pk)  # Lviv's last case
        services.cart_add(cart=cart, product_id=case.pk)
        assert CartLine.objects.get(cart=cart, product=case).store == kyiv
