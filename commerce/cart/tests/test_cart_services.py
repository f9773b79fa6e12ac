"""Issue 4.3–4.6: reservations, quantity changes, store switch, merge, expiry (services)."""

import datetime

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from commerce.cart import services
from commerce.cart.errors import InvalidQuantity, LineNotFound, OutOfStock, StoreNotStocking
from commerce.cart.models import Cart, CartLine
from commerce.testing import stock_of


@pytest.fixture
def cart(db):
    return Cart.objects.create()


@pytest.mark.django_db
class TestAdd:
    def test_bag_takes_from_the_store_with_most_stock_and_grows_the_line(
        self, cart, rotala, kyiv, lviv
    ):
        services.cart_add(cart=cart, product_id=rotala.pk)
        services.cart_add(cart=cart, product_id=rotala.pk)
        line = CartLine.objects.get(cart=cart)
        assert (line.store, line.quantity) == (kyiv, 2)
        assert (stock_of(rotala, kyiv), stock_of(rotala, lviv)) == (3, 3)

    def test_chosen_store_and_quantity(self, cart, rotala, kyiv, lviv):
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=lviv.pk)
        assert CartLine.objects.get(cart=cart, store=lviv).quantity == 2
        assert stock_of(rotala, lviv) == 1

    def test_more_than_the_store_has_changes_nothing(self, cart, rotala, lviv):
        with pytest.raises(OutOfStock, match="Lviv shop does not have 4 more × Rotala"):
            services.cart_add(cart=cart, product_id=rotala.pk, quantity=4, store_id=lviv.pk)
        assert not CartLine.objects.exists()
        assert stock_of(rotala, lviv) == 3

    def test_store_that_does_not_sell_the_product(self, cart, moss, lviv):
        with pytest.raises(StoreNotStocking, match="Lviv shop does not sell Java moss"):
            services.cart_add(cart=cart, product_id=moss.pk, store_id=lviv.pk)

    def test_per_line_cap(self, cart, rotala, kyiv):
        with override_settings(SHOP_CART_LINE_MAX_QUANTITY=4):
            services.cart_add(cart=cart, product_id=rotala.pk, quantity=4)
            with pytest.raises(InvalidQuantity, match="At most 4 pieces"):
                services.cart_add(cart=cart, product_id=rotala.pk)
        assert CartLine.objects.get(cart=cart).quantity == 4
        assert stock_of(rotala, kyiv) == 1

    def test_stock_never_goes_negative(self, cart, rotala, kyiv):
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=5, store_id=kyiv.pk)
        with pytest.raises(OutOfStock):
            services.cart_add(cart=cart, product_id=rotala.pk, store_id=kyiv.pk)
        assert stock_of(rotala, kyiv) == 0


@pytest.mark.django_db
class TestQuantityAndRemove:
    def test_increase_and_decrease_move_the_difference(self, cart, rotala, kyiv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, store_id=kyiv.pk).line
        services.cart_line_set_quantity(cart=cart, line_id=line.pk, quantity=4)
        assert stock_of(rotala, kyiv) == 1
        services.cart_line_set_quantity(cart=cart, line_id=line.pk, quantity=2)
        assert stock_of(rotala, kyiv) == 3
        assert CartLine.objects.get(pk=line.pk).quantity == 2

    def test_increase_beyond_stock_keeps_the_old_quantity(self, cart, rotala, kyiv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk).line
        with pytest.raises(OutOfStock, match="the quantity stays 2"):
            services.cart_line_set_quantity(cart=cart, line_id=line.pk, quantity=9)
        assert CartLine.objects.get(pk=line.pk).quantity == 2
        assert stock_of(rotala, kyiv) == 3

    def test_remove_returns_the_units(self, cart, rotala, kyiv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, quantity=3, store_id=kyiv.pk).line
        services.cart_line_remove(cart=cart, line_id=line.pk)
        assert not CartLine.objects.exists()
        assert stock_of(rotala, kyiv) == 5

    def test_another_carts_line_is_not_found(self, cart, rotala):
        other = Cart.objects.create()
        line = services.cart_add(cart=other, product_id=rotala.pk).line
        with pytest.raises(LineNotFound):
            services.cart_line_remove(cart=cart, line_id=line.pk)
        with pytest.raises(LineNotFound):
            services.cart_line_set_quantity(cart=cart, line_id=line.pk, quantity=1)
        assert CartLine.objects.filter(pk=line.pk).exists()


@pytest.mark.django_db
class TestStoreSwitch:
    def test_units_move_from_the_old_store_to_the_new(self, cart, rotala, kyiv, lviv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk).line
        services.cart_line_switch_store(cart=cart, line_id=line.pk, store_id=lviv.pk)
        assert CartLine.objects.get(pk=line.pk).store == lviv
        assert (stock_of(rotala, kyiv), stock_of(rotala, lviv)) == (5, 1)

    def test_new_store_without_enough_changes_nothing(self, cart, rotala, kyiv, lviv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, quantity=4, store_id=kyiv.pk).line
        with pytest.raises(OutOfStock, match="the line stays in Kyiv warehouse"):
            services.cart_line_switch_store(cart=cart, line_id=line.pk, store_id=lviv.pk)
        assert CartLine.objects.get(pk=line.pk).store == kyiv
        assert (stock_of(rotala, kyiv), stock_of(rotala, lviv)) == (1, 3)

    def test_lines_of_the_same_store_merge(self, cart, rotala, kyiv, lviv):
        first = services.cart_add(
            cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk
        ).line
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=1, store_id=lviv.pk)
        services.cart_line_switch_store(cart=cart, line_id=first.pk, store_id=lviv.pk)
        lines = list(CartLine.objects.filter(cart=cart))
        assert [(line.store, line.quantity) for line in lines] == [(lviv, 3)]
        assert (stock_of(rotala, kyiv), stock_of(rotala, lviv)) == (5, 0)

    def test_store_that_does_not_sell_it(self, cart, moss, kyiv, lviv):
        line = services.cart_add(cart=cart, product_id=moss.pk).line
        with pytest.raises(StoreNotStocking):
            services.cart_line_switch_store(cart=cart, line_id=line.pk, store_id=lviv.pk)
        assert stock_of(moss, kyiv) == 9


@pytest.mark.django_db
class TestMerge:
    def test_anonymous_lines_add_up_and_no_stock_moves(self, rotala, moss, kyiv, lviv):
        anonymous, mine = Cart.objects.create(), Cart.objects.create()
        services.cart_add(cart=mine, product_id=rotala.pk, quantity=1, store_id=kyiv.pk)
        services.cart_add(cart=anonymous, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        services.cart_add(cart=anonymous, product_id=moss.pk, quantity=1)
        before = (stock_of(rotala, kyiv), stock_of(moss, kyiv))
        services.cart_merge(source=anonymous, target=mine)
        assert not Cart.objects.filter(pk=anonymous.pk).exists()
        lines = {(line.product_id, line.store_id): line.quantity for line in mine.lines.all()}
        assert lines == {(rotala.pk, kyiv.pk): 3, (moss.pk, kyiv.pk): 1}
        assert (stock_of(rotala, kyiv), stock_of(moss, kyiv)) == before


@pytest.mark.django_db
class TestExpiry:
    def later(self, hours: float) -> datetime.datetime:
        return timezone.now() + datetime.timedelta(hours=hours)

    def test_idle_anonymous_cart_gives_stock_back_after_its_ttl(self, cart, rotala, kyiv):
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=4, store_id=kyiv.pk)
        assert services.release_expired_carts(now=self.later(0.4)) == 0  # 24 of 30 minutes
        assert services.release_expired_carts(now=self.later(0.6)) == 1  # 36 of 30 minutes
        cart.refresh_from_db()
        assert not cart.is_reserved
        assert stock_of(rotala, kyiv) == 5
        assert CartLine.objects.get(cart=cart).quantity == 4  # still wanted
        assert services.release_expired_carts(now=self.later(5)) == 0  # never twice

    def test_customers_carts_live_longer(self, rotala, kyiv, django_user_model):
        user = django_user_model.objects.create_user(email="a@example.com", password="x")
        cart = Cart.objects.create(user=user)
        services.cart_add(cart=cart, product_id=rotala.pk, store_id=kyiv.pk)
        assert services.release_expired_carts(now=self.later(3)) == 0
        assert services.release_expired_carts(now=self.later(25)) == 1
        assert stock_of(rotala, kyiv) == 5

    def test_wake_takes_back_what_it_can_and_says_what_it_could_not(self, cart, rotala, moss, kyiv):
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=4, store_id=kyiv.pk)
        services.cart_add(cart=cart, product_id=moss.pk, quantity=2)
        services.release_expired_carts(now=self.later(3))
        other = Cart.objects.create()
        services.cart_add(cart=other, product_id=rotala.pk, quantity=3, store_id=kyiv.pk)
        services.cart_add(cart=other, product_id=moss.pk, quantity=10)
        cart.refresh_from_db()
        notices = services.cart_wake(cart=cart)
        assert notices == [
            "Only 2 of 4 × Rotala could be kept in Kyiv warehouse.",
            "Java moss is sold out in Kyiv warehouse and left your cart.",
        ]
        assert [(line.product_id, line.quantity) for line in cart.lines.all()] == [(rotala.pk, 2)]
        assert stock_of(rotala, kyiv) == 0 and stock_of(moss, kyiv) == 0

    def test_command_and_task_release_expired_carts(self, cart, rotala, kyiv):
        from commerce.cart.tasks import release_expired_carts_task

        services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        Cart.objects.filter(pk=cart.pk).update(touched_at=self.later(-3))
        call_command("release_expired_carts")
        assert stock_of(rotala, kyiv) == 5
        services.cart_wake(cart=cart)
        Cart.objects.filter(pk=cart.pk).update(touched_at=self.later(-3))
        result = release_expired_carts_task.enqueue()
        assert result.return_value == 1
        assert stock_of(rotala, kyiv) == 5
