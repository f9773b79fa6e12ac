"""SPEC §3 edges of the cart services that the happy-path tests leave open: boundaries of the
per-line cap, of quantities and of the expiry time, which refusal message a shopper sees, and
that every refusal leaves stock, lines and reservations exactly as they were."""

import pytest

from catalog.models import ProductPage, StockRecord, Store
from catalog.tests.factories import make_product
from commerce.cart import services
from commerce.cart.errors import (
    InvalidQuantity,
    OutOfStock,
    ProductUnavailable,
)
from commerce.cart.models import Cart, CartLine
from commerce.testing import cart_snapshot, stock_of


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

    def test_the_lines_after_one_taken_off_sale_are_still_held(self, cart, rotala, moss, kyiv):
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        services.cart_add(cart=cart, product_id=moss.pk, quantity=3)
        released(cart)
        ProductPage.objects.filter(pk=rotala.pk).update(live=False)
        services.cart_wake(cart=cart)
        # Rotala left; the moss line after it is held again: 10 − 3 = 7.
        assert list(cart.lines.values_list("product_id", "quantity")) == [(moss.pk, 3)]
        assert (stock_of(rotala, kyiv), stock_of(moss, kyiv)) == (5, 7)

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
            # Beyond Python's 4,300-digit limit int() would raise: still a refusal, not a 500.
            ("9" * 5000, "At most 5 pieces per line."),
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

    def test_a_product_not_on_sale_is_named_so(self, cart, rotala):
        ProductPage.objects.filter(pk=rotala.pk).update(live=False)
        with pytest.raises(ProductUnavailable) as refused:
            services.cart_add(cart=cart, product_id=rotala.pk)
        assert (refused.value.message, refused.value.status) == (
            "This product is not on sale.",
            404,
        )

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
