"""SPEC §3 edges of the cart services that the happy-path tests leave open: boundaries of the
per-line cap, of quantities and of the expiry time, which refusal message a shopper sees, and
that every refusal leaves stock, lines and reservations exactly as they were."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from catalog.models import ProductPage, StockRecord, Store
from catalog.tests.factories import make_product
from commerce.cart import services
from commerce.cart.errors import (
    CartGone,
    InvalidQuantity,
    LineNotFound,
    OutOfStock,
    StoreNotStocking,
)
from commerce.cart.models import Cart, CartLine
from commerce.testing import cart_snapshot, stock_of


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


def released(cart: Cart) -> Cart:
    """The cart after the expiry job gave its pieces back (its lines stay wanted)."""
    assert services.cart_release(cart=cart) is True
    cart.refresh_from_db()
    assert not cart.is_reserved
    return cart


@pytest.mark.django_db
class TestWakingAnExpiredCart:
    def test_a_store_with_exactly_one_piece_left_keeps_one(self, cart, rotala, kyiv):
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=4, store_id=kyiv.pk)
        released(cart)  # Kyiv holds 5 again
        rival = Cart.objects.create()
        services.cart_add(cart=rival, product_id=rotala.pk, quantity=4, store_id=kyiv.pk)
        # 5 − 4 taken by the rival = 1 piece left for our 4 wanted.
        notices = services.cart_wake(cart=cart)
        assert notices == ["Only 1 of 4 × Rotala could be kept in Kyiv warehouse."]
        assert list(cart.lines.values_list("quantity", flat=True)) == [1]
        assert stock_of(rotala, kyiv) == 0
        assert Cart.objects.get(pk=cart.pk).is_reserved

    def test_enough_stock_keeps_the_line_whole_and_says_nothing(self, cart, rotala, kyiv):
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=4, store_id=kyiv.pk)
        released(cart)
        assert services.cart_wake(cart=cart) == []
        assert list(cart.lines.values_list("quantity", flat=True)) == [4]
        assert stock_of(rotala, kyiv) == 1  # 5 − 4

    def test_a_deleted_stock_record_sends_the_line_away(self, cart, rotala, moss, kyiv):
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        services.cart_add(cart=cart, product_id=moss.pk, quantity=3)
        released(cart)
        StockRecord.objects.filter(product=rotala, store=kyiv).delete()  # Kyiv stops selling it
        notices = services.cart_wake(cart=cart)
        assert notices == ["Rotala is sold out in Kyiv warehouse and left your cart."]
        assert list(cart.lines.values_list("product_id", "quantity")) == [(moss.pk, 3)]
        assert not StockRecord.objects.filter(product=rotala, store=kyiv).exists()
        assert stock_of(moss, kyiv) == 7  # 10 − 3

    def test_a_product_taken_off_sale_leaves_without_touching_stock(self, cart, rotala, kyiv):
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        released(cart)
        ProductPage.objects.filter(pk=rotala.pk).update(live=False)
        notices = services.cart_wake(cart=cart)
        assert notices == ["Rotala is no longer on sale and left your cart."]
        assert not cart.lines.exists()
        assert stock_of(rotala, kyiv) == 5

    def test_adding_to_an_expired_cart_wakes_it_first_and_says_so(self, cart, rotala, moss, kyiv):
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=4, store_id=kyiv.pk)
        released(cart)
        rival = Cart.objects.create()
        services.cart_add(cart=rival, product_id=rotala.pk, quantity=3, store_id=kyiv.pk)
        change = services.cart_add(cart=cart, product_id=moss.pk, quantity=1)
        assert change.notices == ["Only 2 of 4 × Rotala could be kept in Kyiv warehouse."]
        assert change.line.quantity == 1
        assert stock_of(rotala, kyiv) == 0  # 5 − 3 rival − 2 kept

    def test_a_refused_add_on_an_expired_cart_leaves_it_expired(self, cart, rotala, lviv):
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=lviv.pk)
        released(cart)
        before = cart_snapshot()
        with pytest.raises(OutOfStock):
            services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=lviv.pk)
        # Waking would have taken 2 of Lviv's 3; the refusal rolls the wake back too.
        assert cart_snapshot() == before
        assert stock_of(rotala, lviv) == 3


@pytest.mark.django_db
class TestPerLineCap:
    def test_adding_up_to_exactly_the_cap_is_allowed(self, cap5, cart, moss, kyiv):
        services.cart_add(cart=cart, product_id=moss.pk, quantity=3)
        change = services.cart_add(cart=cart, product_id=moss.pk, quantity=2)  # 3 + 2 = 5
        assert change.line.quantity == 5
        assert stock_of(moss, kyiv) == 5  # 10 − 5

    def test_one_more_than_the_cap_is_refused_and_changes_nothing(self, cap5, cart, moss, kyiv):
        services.cart_add(cart=cart, product_id=moss.pk, quantity=5)
        before = cart_snapshot()
        with pytest.raises(InvalidQuantity) as refused:
            services.cart_add(cart=cart, product_id=moss.pk, quantity=1)
        assert refused.value.message == (
            "At most 5 pieces of one product per store; your cart already has 5."
        )
        assert cart_snapshot() == before
        assert stock_of(moss, kyiv) == 5

    def test_the_cap_message_counts_what_the_line_already_has(self, cap5, cart, moss):
        services.cart_add(cart=cart, product_id=moss.pk, quantity=4)
        with pytest.raises(InvalidQuantity) as refused:
            services.cart_add(cart=cart, product_id=moss.pk, quantity=2)  # 4 + 2 = 6 > 5
        assert refused.value.message == (
            "At most 5 pieces of one product per store; your cart already has 4."
        )

    def test_a_switch_merging_to_exactly_the_cap_is_allowed(self, cap5, cart, fern, kyiv, lviv):
        moving = services.cart_add(cart=cart, product_id=fern.pk, quantity=3, store_id=kyiv.pk)
        services.cart_add(cart=cart, product_id=fern.pk, quantity=2, store_id=lviv.pk)
        change = services.cart_line_switch_store(
            cart=cart, line_id=moving.line.pk, store_id=lviv.pk
        )
        assert list(cart.lines.values_list("store_id", "quantity")) == [(lviv.pk, 5)]  # 3 + 2
        assert change.line.quantity == 5
        # Kyiv 9 − 3 + 3 back = 9; Lviv 9 − 2 − 3 = 4.
        assert (stock_of(fern, kyiv), stock_of(fern, lviv)) == (9, 4)

    def test_a_switch_merging_above_the_cap_is_refused(self, cap5, cart, fern, kyiv, lviv):
        moving = services.cart_add(cart=cart, product_id=fern.pk, quantity=3, store_id=kyiv.pk)
        services.cart_add(cart=cart, product_id=fern.pk, quantity=3, store_id=lviv.pk)
        before = cart_snapshot()
        with pytest.raises(InvalidQuantity) as refused:
            services.cart_line_switch_store(cart=cart, line_id=moving.line.pk, store_id=lviv.pk)
        assert refused.value.message == "Together that would be 6 pieces; at most 5 per line."
        assert cart_snapshot() == before
        assert (stock_of(fern, kyiv), stock_of(fern, lviv)) == (6, 6)  # 9 − 3 each


@pytest.mark.django_db
class TestWhichOutOfStockMessage:
    """_add_to_best_store: the shopper is told the most precise reason."""

    def test_no_store_has_any(self, cart, plants, kyiv, lviv):
        bare = make_product(plants, sku="PL-5", title="Anubias", stock={kyiv: 0, lviv: 0})
        before = cart_snapshot()
        with pytest.raises(OutOfStock) as refused:
            services.cart_add(cart=cart, product_id=bare.pk)
        assert refused.value.message == "Anubias is out of stock."
        assert cart_snapshot() == before

    def test_stock_only_in_an_inactive_store_is_out_of_stock(self, cart, plants, kyiv, lviv):
        only_closed = make_product(plants, sku="PL-6", title="Bucephalandra", stock={lviv: 4})
        Store.objects.filter(pk=lviv.pk).update(is_active=False)
        with pytest.raises(OutOfStock) as refused:
            services.cart_add(cart=cart, product_id=only_closed.pk)
        assert refused.value.message == "Bucephalandra is out of stock."
        assert stock_of(only_closed, lviv) == 4

    def test_the_one_store_with_some_but_too_few_is_named(self, cart, plants, kyiv, lviv):
        # Kyiv has none (not a candidate), Lviv has 2 of the 3 wanted.
        scarce = make_product(plants, sku="PL-7", title="Cryptocoryne", stock={kyiv: 0, lviv: 2})
        before = cart_snapshot()
        with pytest.raises(OutOfStock) as refused:
            services.cart_add(cart=cart, product_id=scarce.pk, quantity=3)
        assert refused.value.message == (
            "Lviv shop does not have 3 more × Cryptocoryne right now; your cart was not changed."
        )
        assert cart_snapshot() == before

    def test_several_stores_each_too_few(self, cart, plants, kyiv, lviv):
        # 2 + 3 = 5 in all, but a line comes from one store and neither has 4.
        split = make_product(plants, sku="PL-8", title="Hygrophila", stock={kyiv: 2, lviv: 3})
        before = cart_snapshot()
        with pytest.raises(OutOfStock) as refused:
            services.cart_add(cart=cart, product_id=split.pk, quantity=4)
        assert refused.value.message == (
            "No store has 4 × Hygrophila right now; your cart was not changed."
        )
        assert cart_snapshot() == before

    def test_exactly_what_the_best_store_has_is_taken(self, cart, plants, kyiv, lviv):
        split = make_product(plants, sku="PL-8", title="Hygrophila", stock={kyiv: 2, lviv: 3})
        change = services.cart_add(cart=cart, product_id=split.pk, quantity=3)
        assert (change.line.store_id, change.line.quantity) == (lviv.pk, 3)
        assert (stock_of(split, kyiv), stock_of(split, lviv)) == (2, 0)

    def test_equal_stock_goes_to_the_first_store(self, cart, plants, kyiv, lviv):
        even = make_product(plants, sku="PL-10", title="Ludwigia", stock={lviv: 3, kyiv: 3})
        assert kyiv.pk < lviv.pk
        change = services.cart_add(cart=cart, product_id=even.pk)
        assert change.line.store_id == kyiv.pk  # a tie goes to the lower store id
        assert (stock_of(even, kyiv), stock_of(even, lviv)) == (2, 3)


@pytest.mark.django_db
class TestParseQuantity:
    @pytest.mark.parametrize(
        ("raw", "pieces"),
        [("1", 1), (" 3 ", 3), ("5", 5), (4, 4), ("0005", 5)],
    )
    def test_whole_numbers_from_1_to_the_cap(self, cap5, raw, pieces):
        assert services.parse_quantity(raw) == pieces

    @pytest.mark.parametrize(
        ("raw", "message"),
        [
            ("0", "The quantity must be at least 1; use Remove to drop a line."),
            ("-1", "The quantity must be at least 1; use Remove to drop a line."),
            ("6", "At most 5 pieces per line."),  # the cap + 1
            ("99999999999", "At most 5 pieces per line."),  # 11 digits
            ("1234567890123", "At most 5 pieces per line."),  # 13 digits, never parsed
            ("abc", "“abc” is not a quantity: enter a whole number of pieces."),
            ("2.5", "“2.5” is not a quantity: enter a whole number of pieces."),
            ("+3", "“+3” is not a quantity: enter a whole number of pieces."),
            (None, "“” is not a quantity: enter a whole number of pieces."),
            ("   ", "“” is not a quantity: enter a whole number of pieces."),
            # Only the first 20 characters are echoed back.
            ("x" * 30, f"“{'x' * 20}” is not a quantity: enter a whole number of pieces."),
        ],
    )
    def test_refusals_say_why(self, cap5, raw, message):
        with pytest.raises(InvalidQuantity) as refused:
            services.parse_quantity(raw)
        assert refused.value.message == message

    def test_the_cap_comes_from_the_setting(self, settings):
        settings.SHOP_CART_LINE_MAX_QUANTITY = 99
        assert services.parse_quantity("99") == 99
        with pytest.raises(InvalidQuantity, match="At most 99 pieces per line."):
            services.parse_quantity("100")

    @pytest.mark.parametrize("raw", ["--1", "²"])
    def test_digit_like_text_is_refused_not_crashed_on(self, cap5, raw):
        # str.isdigit() accepts these but int() does not: a shopper typing them must get
        # the "not a quantity" answer (400), not a server error.
        with pytest.raises(InvalidQuantity) as refused:
            services.parse_quantity(raw)
        assert refused.value.message == (
            f"“{raw}” is not a quantity: enter a whole number of pieces."
        )


@pytest.mark.django_db
class TestReleasedCarts:
    def test_removing_a_line_of_a_released_cart_returns_no_stock(self, cart, rotala, kyiv):
        line = services.cart_add(cart=cart, product_id=rotala.pk, quantity=3, store_id=kyiv.pk)
        released(cart)
        assert stock_of(rotala, kyiv) == 5
        services.cart_line_remove(cart=cart, line_id=line.line.pk)
        assert not CartLine.objects.exists()
        assert stock_of(rotala, kyiv) == 5  # not 8: those pieces were back already

    def test_releasing_an_unreserved_cart_moves_nothing(self, cart, rotala, kyiv):
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        released(cart)
        before = cart_snapshot()
        assert services.cart_release(cart=cart) is False
        assert cart_snapshot() == before
        assert stock_of(rotala, kyiv) == 5

    def test_releasing_gives_back_every_line_and_keeps_the_wish(self, cart, rotala, moss, kyiv):
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        services.cart_add(cart=cart, product_id=moss.pk, quantity=3)
        assert services.cart_release(cart=cart) is True
        assert (stock_of(rotala, kyiv), stock_of(moss, kyiv)) == (5, 10)
        assert sorted(cart.lines.values_list("quantity", flat=True)) == [2, 3]
        assert not Cart.objects.get(pk=cart.pk).is_reserved


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
