"""SPEC §3 boundaries of the cart services: expiry to the second, store switches, quantities,
adds and merges at their edges, and input that only looks like a number."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from catalog.models import Store
from catalog.tests.factories import make_product
from commerce.cart import services
from commerce.cart.errors import (
    CartGone,
    LineNotFound,
    OutOfStock,
    StoreNotStocking,
)
from commerce.cart.models import Cart
from commerce.cart.tests.test_cart_service_edges import released
from commerce.testing import cart_snapshot, stock_of


@pytest.mark.django_db
class TestExpiryBoundary:
    """A cart idle exactly its time-to-live is still held; one second more and it is not."""

    @pytest.fixture(autouse=True)
    def ttls(self, settings):
        settings.SHOP_CART_TTL_ANONYMOUS = datetime.timedelta(hours=2)
        settings.SHOP_CART_TTL_CUSTOMER = datetime.timedelta(hours=24)

    def idle(self, cart, rotala, kyiv, now, **ago):
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        Cart.objects.filter(pk=cart.pk).update(touched_at=now - datetime.timedelta(**ago))

    def test_anonymous_cart_at_exactly_two_hours_is_kept(self, cart, rotala, kyiv):
        now = timezone.now()
        self.idle(cart, rotala, kyiv, now, hours=2)
        assert services.release_expired_carts(now=now) == 0
        assert stock_of(rotala, kyiv) == 3

    def test_anonymous_cart_one_second_later_is_released(self, cart, rotala, kyiv):
        now = timezone.now()
        self.idle(cart, rotala, kyiv, now, hours=2, seconds=1)
        assert services.release_expired_carts(now=now) == 1
        assert stock_of(rotala, kyiv) == 5

    def test_customer_cart_at_two_hours_and_a_second_is_kept(self, rotala, kyiv, django_user_model):
        user = django_user_model.objects.create_user(email="c@example.com", password="x")
        cart = Cart.objects.create(user=user)
        now = timezone.now()
        self.idle(cart, rotala, kyiv, now, hours=2, seconds=1)
        assert services.release_expired_carts(now=now) == 0
        assert stock_of(rotala, kyiv) == 3

    def test_customer_cart_at_exactly_a_day_is_kept(self, rotala, kyiv, django_user_model):
        user = django_user_model.objects.create_user(email="c@example.com", password="x")
        cart = Cart.objects.create(user=user)
        now = timezone.now()
        self.idle(cart, rotala, kyiv, now, hours=24)
        assert services.release_expired_carts(now=now) == 0
        assert stock_of(rotala, kyiv) == 3

    def test_customer_cart_a_day_and_a_second_is_released(self, rotala, kyiv, django_user_model):
        user = django_user_model.objects.create_user(email="c@example.com", password="x")
        cart = Cart.objects.create(user=user)
        now = timezone.now()
        self.idle(cart, rotala, kyiv, now, hours=24, seconds=1)
        assert services.release_expired_carts(now=now) == 1
        assert stock_of(rotala, kyiv) == 5

    def test_an_old_unreserved_cart_is_not_counted(self, cart, rotala, kyiv):
        now = timezone.now()
        self.idle(cart, rotala, kyiv, now, hours=3)
        released(cart)
        Cart.objects.filter(pk=cart.pk).update(touched_at=now - datetime.timedelta(hours=3))
        assert services.release_expired_carts(now=now) == 0
        assert stock_of(rotala, kyiv) == 5


@pytest.mark.django_db
class TestStoreSwitchEdges:
    def test_switching_to_the_same_store_changes_nothing(self, cart, rotala, kyiv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        before = cart_snapshot()
        change = services.cart_line_switch_store(cart=cart, line_id=line.line.pk, store_id=kyiv.pk)
        assert (change.line.pk, change.line.quantity) == (line.line.pk, 2)
        assert cart_snapshot() == before

    def test_switching_to_an_inactive_store_is_refused(self, cart, rotala, kyiv, lviv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        Store.objects.filter(pk=lviv.pk).update(is_active=False)
        before = cart_snapshot()
        with pytest.raises(StoreNotStocking) as refused:
            services.cart_line_switch_store(cart=cart, line_id=line.line.pk, store_id=lviv.pk)
        assert refused.value.message == "Choose one of the stores listed for this product."
        assert cart_snapshot() == before

    @pytest.mark.parametrize("store_id", ["abc", "", None, "999999"])
    def test_no_such_store(self, cart, rotala, kyiv, store_id):
        line = services.cart_add(cart=cart, product_id=rotala.pk, store_id=kyiv.pk)
        before = cart_snapshot()
        with pytest.raises(StoreNotStocking, match="Choose one of the stores listed"):
            services.cart_line_switch_store(cart=cart, line_id=line.line.pk, store_id=store_id)
        assert cart_snapshot() == before

    def test_a_store_that_does_not_sell_it_is_named(self, cart, moss, kyiv, lviv):
        line = services.cart_add(cart=cart, product_id=moss.pk, store_id=kyiv.pk)
        before = cart_snapshot()
        with pytest.raises(StoreNotStocking) as refused:
            services.cart_line_switch_store(cart=cart, line_id=line.line.pk, store_id=lviv.pk)
        assert refused.value.message == "Lviv shop does not sell Java moss."
        assert cart_snapshot() == before

    def test_a_new_store_with_exactly_the_pieces_takes_them_all(self, cart, rotala, kyiv, lviv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, quantity=3, store_id=kyiv.pk)
        services.cart_line_switch_store(cart=cart, line_id=line.line.pk, store_id=lviv.pk)
        assert (stock_of(rotala, kyiv), stock_of(rotala, lviv)) == (5, 0)  # Lviv had 3

    def test_a_new_store_one_piece_short_names_both_stores(self, cart, rotala, kyiv, lviv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, quantity=4, store_id=kyiv.pk)
        before = cart_snapshot()
        with pytest.raises(OutOfStock) as refused:
            services.cart_line_switch_store(cart=cart, line_id=line.line.pk, store_id=lviv.pk)
        assert refused.value.message == (
            "Lviv shop does not have 4 × Rotala; the line stays in Kyiv warehouse."
        )
        assert cart_snapshot() == before

    def test_switching_on_an_expired_cart_wakes_it_first(self, cart, rotala, kyiv, lviv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        released(cart)
        services.cart_line_switch_store(cart=cart, line_id=line.line.pk, store_id=lviv.pk)
        # Woken: Kyiv 5 − 2; then moved: Kyiv + 2 back, Lviv 3 − 2.
        assert (stock_of(rotala, kyiv), stock_of(rotala, lviv)) == (5, 1)
        assert Cart.objects.get(pk=cart.pk).is_reserved


@pytest.mark.django_db
class TestQuantityEdges:
    def test_raising_to_exactly_what_the_store_has_left(self, cart, rotala, kyiv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        services.cart_line_set_quantity(cart=cart, line_id=line.line.pk, quantity=5)  # +3 of 3
        assert stock_of(rotala, kyiv) == 0

    def test_one_more_than_the_store_has_keeps_the_old_quantity(self, cart, rotala, kyiv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        before = cart_snapshot()
        with pytest.raises(OutOfStock) as refused:
            services.cart_line_set_quantity(cart=cart, line_id=line.line.pk, quantity=6)
        assert refused.value.message == (
            "Kyiv warehouse does not have 4 more × Rotala; the quantity stays 2."
        )
        assert cart_snapshot() == before

    def test_the_same_quantity_moves_nothing(self, cart, rotala, kyiv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        before = cart_snapshot()
        services.cart_line_set_quantity(cart=cart, line_id=line.line.pk, quantity="2")
        assert cart_snapshot() == before

    def test_setting_a_quantity_on_an_expired_cart_wakes_it_first(self, cart, rotala, kyiv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        released(cart)
        change = services.cart_line_set_quantity(cart=cart, line_id=line.line.pk, quantity=3)
        assert change.notices == []
        assert stock_of(rotala, kyiv) == 2  # 5 − 2 woken − 1 more

    @pytest.mark.parametrize("line_id", ["abc", None, 999_999])
    def test_unknown_line_ids(self, cart, rotala, line_id):
        services.cart_add(cart=cart, product_id=rotala.pk)
        before = cart_snapshot()
        with pytest.raises(LineNotFound) as refused:
            services.cart_line_set_quantity(cart=cart, line_id=line_id, quantity=1)
        assert refused.value.message == "That line is not in your cart (it may have been removed)."
        assert cart_snapshot() == before


@pytest.mark.django_db
class TestAddEdges:
    @pytest.mark.parametrize("store_id", ["x", "999999"])
    def test_an_unknown_store_asks_to_choose_a_listed_one(self, cart, rotala, store_id):
        before = cart_snapshot()
        with pytest.raises(StoreNotStocking) as refused:
            services.cart_add(cart=cart, product_id=rotala.pk, store_id=store_id)
        assert refused.value.message == "Choose one of the stores listed for this product."
        assert cart_snapshot() == before

    def test_an_empty_store_choice_means_the_best_store(self, cart, rotala, kyiv):
        change = services.cart_add(cart=cart, product_id=rotala.pk, store_id="")
        assert change.line.store_id == kyiv.pk  # 5 in Kyiv > 3 in Lviv

    def test_an_inactive_store_cannot_be_chosen(self, cart, rotala, lviv):
        Store.objects.filter(pk=lviv.pk).update(is_active=False)
        before = cart_snapshot()
        with pytest.raises(StoreNotStocking):
            services.cart_add(cart=cart, product_id=rotala.pk, store_id=lviv.pk)
        assert cart_snapshot() == before

    def test_without_a_store_the_existing_line_grows_even_in_the_smaller_store(
        self, cart, rotala, kyiv, lviv
    ):
        services.cart_add(cart=cart, product_id=rotala.pk, store_id=lviv.pk)
        change = services.cart_add(cart=cart, product_id=rotala.pk, quantity=2)
        assert (change.line.store_id, change.line.quantity) == (lviv.pk, 3)
        assert (stock_of(rotala, kyiv), stock_of(rotala, lviv)) == (5, 0)

    def test_a_vanished_cart_is_told_apart(self, rotala, kyiv, lviv):
        gone = Cart.objects.create()
        Cart.objects.filter(pk=gone.pk).delete()
        with pytest.raises(CartGone) as refused:
            services.cart_add(cart=gone, product_id=rotala.pk)
        assert refused.value.message == (
            "Your cart is no longer there; please add the product again."
        )
        assert (stock_of(rotala, kyiv), stock_of(rotala, lviv)) == (5, 3)


@pytest.mark.django_db
class TestMergeEdges:
    def test_merging_a_cart_into_itself_changes_nothing(self, cart, rotala):
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=2)
        before = cart_snapshot()
        assert services.cart_merge(source=cart, target=cart).notices == []
        assert cart_snapshot() == before

    def test_an_expired_anonymous_cart_is_woken_before_it_merges(self, rotala, moss, kyiv):
        anonymous, mine = Cart.objects.create(), Cart.objects.create()
        services.cart_add(cart=mine, product_id=rotala.pk, quantity=1, store_id=kyiv.pk)
        services.cart_add(cart=anonymous, product_id=rotala.pk, quantity=4, store_id=kyiv.pk)
        services.cart_add(cart=anonymous, product_id=moss.pk, quantity=2)
        released(anonymous)  # Kyiv rotala back to 4, moss to 10
        rival = Cart.objects.create()
        services.cart_add(cart=rival, product_id=rotala.pk, quantity=3, store_id=kyiv.pk)
        change = services.cart_merge(source=anonymous, target=mine)
        # Only 1 of Kyiv's last piece could be kept for the anonymous line: 1 + 1 = 2.
        assert change.notices == ["Only 1 of 4 × Rotala could be kept in Kyiv warehouse."]
        lines = {(line.product_id, line.quantity) for line in mine.lines.all()}
        assert lines == {(rotala.pk, 2), (moss.pk, 2)}
        assert (stock_of(rotala, kyiv), stock_of(moss, kyiv)) == (0, 8)


@pytest.mark.django_db
class TestDigitLikeInput:
    """str.isdigit() is true for "²" and (after lstrip("-")) for "--1", but int() refuses
    them: today these crash with a server error (500) instead of a 400 refusal."""

    def test_a_superscript_store_id_is_refused_not_crashed_on(self, cart, rotala):
        before = cart_snapshot()
        with pytest.raises(StoreNotStocking) as refused:
            services.cart_add(cart=cart, product_id=rotala.pk, store_id="²")
        assert refused.value.message == "Choose one of the stores listed for this product."
        assert cart_snapshot() == before

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            ({"quantity": "--1"}, "is not a quantity"),
            ({"quantity": "²"}, "is not a quantity"),
            ({"store": "²"}, "Choose one of the stores listed for this product."),
        ],
    )
    def test_over_http_the_shopper_gets_a_400(self, client, rotala, data, message):
        before = cart_snapshot()
        response = client.post(reverse("cart_add"), {"product": rotala.pk, **data})
        assert response.status_code == 400
        assert message in response.text
        stock_and_lines = slice(0, 2)  # an empty cart row may appear; nothing is held
        assert cart_snapshot()[stock_and_lines] == before[stock_and_lines]


@pytest.mark.django_db
class TestSwitchPicksTheRightLines:
    def test_a_store_stocking_other_products_only_does_not_sell_this_one(
        self, cart, rotala, moss, kyiv, lviv
    ):
        # Lviv holds Rotala but never had Java moss: the shopper is told so, not "out of stock".
        line = services.cart_add(cart=cart, product_id=moss.pk).line
        with pytest.raises(StoreNotStocking) as refused:
            services.cart_line_switch_store(cart=cart, line_id=line.pk, store_id=lviv.pk)
        assert refused.value.message == "Lviv shop does not sell Java moss."
        assert (stock_of(moss, kyiv), stock_of(rotala, lviv)) == (9, 3)

    def test_another_shoppers_line_in_the_new_store_is_left_alone(self, cart, rotala, kyiv, lviv):
        other = Cart.objects.create()
        theirs = services.cart_add(cart=other, product_id=rotala.pk, store_id=lviv.pk).line
        mine = services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        moved = services.cart_line_switch_store(cart=cart, line_id=mine.line.pk, store_id=lviv.pk)
        theirs.refresh_from_db()
        assert (theirs.cart_id, theirs.quantity) == (other.pk, 1)
        assert (moved.line.cart_id, moved.line.store_id, moved.line.quantity) == (
            cart.pk,
            lviv.pk,
            2,
        )
        # Lviv 3 − 1 (theirs) − 2 (mine) = 0; Kyiv 5 − 2 + 2 = 5.
        assert (stock_of(rotala, lviv), stock_of(rotala, kyiv)) == (0, 5)

    def test_a_line_of_another_product_in_the_new_store_is_not_merged(
        self, cart, rotala, fern, kyiv, lviv
    ):
        services.cart_add(cart=cart, product_id=fern.pk, quantity=4, store_id=lviv.pk)
        rotala_line = services.cart_add(cart=cart, product_id=rotala.pk, store_id=kyiv.pk).line
        services.cart_line_switch_store(cart=cart, line_id=rotala_line.pk, store_id=lviv.pk)
        lines = sorted(cart.lines.values_list("product__sku", "store_id", "quantity"))
        assert lines == [("PL-1", lviv.pk, 1), ("PL-9", lviv.pk, 4)]

    def test_a_full_line_moves_to_a_store_without_a_twin(self, cap5, cart, fern, kyiv, lviv):
        # 5 pieces = the cap, and nothing of Fern in Lviv yet: 5 + 0 is allowed.
        line = services.cart_add(cart=cart, product_id=fern.pk, quantity=5, store_id=kyiv.pk)
        moved = services.cart_line_switch_store(cart=cart, line_id=line.line.pk, store_id=lviv.pk)
        assert (moved.line.store_id, moved.line.quantity) == (lviv.pk, 5)
        assert (stock_of(fern, kyiv), stock_of(fern, lviv)) == (9, 4)


@pytest.mark.django_db
class TestWhatAWriteReturns:
    """The views show the changed line and the notices a write returns (what a woken cart
    could not keep)."""

    def test_a_new_quantity_returns_the_line(self, cart, rotala, kyiv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, store_id=kyiv.pk).line
        change = services.cart_line_set_quantity(cart=cart, line_id=line.pk, quantity=3)
        assert (change.line.pk, change.line.quantity) == (line.pk, 3)

    def test_a_new_quantity_on_a_woken_cart_returns_what_it_could_not_keep(
        self, cart, rotala, moss, kyiv
    ):
        services.cart_add(cart=cart, product_id=moss.pk, quantity=2)
        line = services.cart_add(cart=cart, product_id=rotala.pk, quantity=4, store_id=kyiv.pk)
        released(cart)
        rival = Cart.objects.create()
        services.cart_add(cart=rival, product_id=moss.pk, quantity=9)  # 1 of 10 moss left
        change = services.cart_line_set_quantity(cart=cart, line_id=line.line.pk, quantity=2)
        assert change.notices == ["Only 1 of 2 × Java moss could be kept in Kyiv warehouse."]

    def test_a_switch_to_the_same_store_still_reports_what_waking_lost(
        self, cart, rotala, moss, kyiv
    ):
        services.cart_add(cart=cart, product_id=moss.pk, quantity=2)
        line = services.cart_add(cart=cart, product_id=rotala.pk, store_id=kyiv.pk).line
        released(cart)
        services.cart_add(cart=Cart.objects.create(), product_id=moss.pk, quantity=10)
        change = services.cart_line_switch_store(cart=cart, line_id=line.pk, store_id=kyiv.pk)
        assert change.notices == ["Java moss is sold out in Kyiv warehouse and left your cart."]

    def test_a_switch_on_a_woken_cart_reports_what_waking_lost(
        self, cart, rotala, moss, kyiv, lviv
    ):
        services.cart_add(cart=cart, product_id=moss.pk, quantity=2)
        line = services.cart_add(cart=cart, product_id=rotala.pk, store_id=kyiv.pk).line
        released(cart)
        services.cart_add(cart=Cart.objects.create(), product_id=moss.pk, quantity=10)
        change = services.cart_line_switch_store(cart=cart, line_id=line.pk, store_id=lviv.pk)
        assert change.notices == ["Java moss is sold out in Kyiv warehouse and left your cart."]
        assert (change.line.store_id, stock_of(rotala, lviv)) == (lviv.pk, 2)


@pytest.mark.django_db
def test_the_bag_takes_the_last_piece_of_the_only_store_that_has_one(cart, plants, kyiv, lviv):
    last = make_product(plants, sku="PL-7", title="Bucephalandra", stock={kyiv: 0, lviv: 1})
    change = services.cart_add(cart=cart, product_id=last.pk)
    assert (change.line.store_id, change.line.quantity) == (lviv.pk, 1)
    assert (stock_of(last, kyiv), stock_of(last, lviv)) == (0, 0)


@pytest.mark.django_db
class TestExpiryJob:
    def test_it_counts_every_cart_it_released(self, rotala, moss, kyiv):
        now = timezone.now()
        for product in (rotala, moss):
            idle = Cart.objects.create()
            services.cart_add(cart=idle, product_id=product.pk, store_id=kyiv.pk)
        Cart.objects.update(touched_at=now - datetime.timedelta(days=3))
        assert services.release_expired_carts(now=now) == 2
        assert (stock_of(rotala, kyiv), stock_of(moss, kyiv)) == (5, 10)

    def test_each_kind_of_cart_keeps_its_own_time_to_live(self, settings, rotala, kyiv):
        # A shop may give customers the shorter hold: an anonymous cart idle 90 minutes is
        # past the customers' hour but within its own two hours, so it keeps its pieces.
        settings.SHOP_CART_TTL_ANONYMOUS = datetime.timedelta(hours=2)
        settings.SHOP_CART_TTL_CUSTOMER = datetime.timedelta(hours=1)
        now = timezone.now()
        anonymous = Cart.objects.create()
        services.cart_add(cart=anonymous, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        Cart.objects.filter(pk=anonymous.pk).update(touched_at=now - datetime.timedelta(minutes=90))
        assert services.release_expired_carts(now=now) == 0
        assert stock_of(rotala, kyiv) == 3
