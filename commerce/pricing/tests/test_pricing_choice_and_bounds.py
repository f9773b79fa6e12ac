"""The pricing engine's choices and bounds (SPEC §4): the best discount of a level and its
tie-break, the order inside a level, per-store cart rules, store binding, time windows,
nothing below zero and the priced figures. Pure: no database."""

import datetime

import pytest

from commerce.pricing.benefits import cart_reduction, line_reduction, set_reduction
from commerce.pricing.engine import price_cart
from commerce.pricing.labels import applied_note, name_of
from commerce.pricing.tests.test_pricing_edges import (
    AMOUNT,
    GROUP,
    PERCENT,
    PRICE,
    PRODUCT,
    SET,
    applied_summary,
    cart,
    group,
    product,
    set_of,
)
from commerce.pricing.tests.test_pricing_engine import A, B, C, D, S, T, discount, line
from commerce.pricing.types import (
    CartCondition,
    DiscountKind,
    LineDiscount,
    PricedLine,
    Priority,
    Share,
)


class TestBestChoice:
    def test_equal_line_reductions_the_smaller_id_wins(self):
        later = product(7, AMOUNT, 10)
        earlier = group(3, AMOUNT, 10)
        priced = price_cart([line(A)], [later, earlier])
        assert [(a.discount_id, a.name) for a in priced.applied] == [(3, "discount 3")]
        assert priced.total == D("90.00")

    def test_equal_set_reductions_the_smaller_id_wins(self):
        # both sets need the only A: just one applies
        later = set_of(8, AMOUNT, 20, (A, C))
        earlier = set_of(4, AMOUNT, 20, (A, B))
        priced = price_cart([line(A), line(B), line(C)], [later, earlier])
        assert applied_summary(priced) == [(4, D("20.00"), {A: D("10.00"), B: D("10.00")})]

    def test_equal_cart_reductions_the_smaller_id_wins(self):
        later = cart(9, AMOUNT, 5)
        earlier = cart(2, PERCENT, 5)  # 5 % of 100.00 = 5.00
        priced = price_cart([line(A)], [later, earlier])
        assert [a.discount_id for a in priced.applied] == [2]

    def test_a_bigger_reduction_beats_a_smaller_id(self):
        priced = price_cart([line(A)], [product(1, AMOUNT, 10), group(2, AMOUNT, "10.01")])
        assert [a.discount_id for a in priced.applied] == [2]

    def test_a_zero_reduction_is_never_applied(self):
        rules = [
            product(1, PERCENT, 0),
            group(2, PRICE, 100),  # promo price equal to the price: 0 off
            cart(3, PERCENT, 0),
        ]
        priced = price_cart([line(A)], rules)
        assert (priced.total, priced.applied, priced.line((A, S)).discounts) == (
            D("100.00"),
            (),
            (),
        )

    def test_a_line_already_free_gets_no_share_of_a_cart_discount(self):
        free = product(1, AMOUNT, 100, priority=Priority.HIGH)
        rules = [free, cart(2, AMOUNT, 10, threshold=2, priority=Priority.LOW)]
        priced = price_cart([line(A), line(B)], rules)
        # A is at 0.00 before the cart discount: all 10.00 falls on B, and A lists only
        # the product discount (no "0.00" entry)
        assert priced.applied[1].shares == (Share((B, S), D("10.00")),)
        assert priced.line((A, S)).discounts == (LineDiscount("discount 1", D("100.00")),)
        assert priced.line((B, S)).discounts == (LineDiscount("discount 2", D("10.00")),)


# --- Order inside one priority level: line, then set, then cart ----------------------------


class TestOrderInsideALevel:
    def test_line_discounts_before_sets(self):
        rules = [product(1, PERCENT, 10), set_of(2, AMOUNT, 30)]
        priced = price_cart([line(A), line(B)], rules)
        # A 100.00 → 90.00; then the set's 30.00 shared 90 : 100 → 14.2105 (floor 14.21),
        # 15.7895 (floor 15.78), the cent to B. (Set first would give 161.50.)
        assert applied_summary(priced) == [
            (1, D("10.00"), {A: D("10.00")}),
            (2, D("30.00"), {A: D("14.21"), B: D("15.79")}),
        ]
        assert priced.total == D("160.00")

    def test_sets_before_cart_discounts(self):
        rules = [set_of(1, AMOUNT, 30), cart(2, PERCENT, 10, threshold=2)]
        priced = price_cart([line(A), line(B)], rules)
        # set: 85.00 + 85.00; cart 10 % of 170.00 = 17.00 → 153.00 (cart first: 150.00)
        assert priced.total == D("153.00")

    def test_line_discounts_before_cart_discounts(self):
        rules = [product(1, AMOUNT, 10), cart(2, PERCENT, 10, threshold=2)]
        priced = price_cart([line(A), line(B)], rules)
        # A 90.00; cart 10 % of 190.00 = 19.00 → 171.00 (cart first: 170.00)
        assert priced.total == D("171.00")


# --- Cart discounts: per store, conditions and notes ---------------------------------------


class TestCartDiscountsPerStore:
    def test_condition_counts_only_the_discounts_store(self):
        rule = cart(1, PERCENT, 10, threshold=3)
        # 2 pieces in S, 2 in T: S's cart has fewer than 3 pieces
        priced = price_cart([line(A, 2), line(B, 2, store=T)], [rule])
        assert (priced.total, priced.applied) == (D("400.00"), ())

    def test_each_store_gets_its_own_cart_discount_on_its_own_lines(self):
        in_s = cart(1, PERCENT, 10)
        in_t = cart(2, AMOUNT, 5, store=T)
        lines = [line(A, 1, "50.00"), line(C, 1, "150.00"), line(B, 1, "100.00", store=T)]
        priced = price_cart(lines, [in_t, in_s])
        # S: 10 % of 200.00 = 20.00 → A 5.00, C 15.00; T: 5.00 on B alone
        assert [(a.discount_id, a.amount, a.shares) for a in priced.applied] == [
            (1, D("20.00"), (Share((A, S), D("5.00")), Share((C, S), D("15.00")))),
            (2, D("5.00"), (Share((B, T), D("5.00")),)),
        ]
        assert priced.total == D("275.00")

    def test_a_cart_amount_larger_than_the_cart_takes_it_to_zero(self):
        priced = price_cart([line(A, 1, "30.00"), line(B, 1, "10.00")], [cart(1, AMOUNT, 100)])
        # capped at 40.00, shared 30 : 10
        assert applied_summary(priced) == [(1, D("40.00"), {A: D("30.00"), B: D("10.00")})]
        assert priced.total == D("0.00")

    def test_a_cart_discount_without_a_condition_never_applies(self):
        rule = cart(1, PERCENT, 10, condition=None, threshold=0)
        assert price_cart([line(A, 5)], [rule]).applied == ()

    def test_line_quantity_over_needs_one_line_above_the_threshold(self):
        rule = cart(1, AMOUNT, 10, condition=CartCondition.LINE_QUANTITY_OVER, threshold=3)
        # 2 + 1 pieces, but no single line has more than 3
        assert price_cart([line(A, 2), line(B, 1)], [rule]).applied == ()

    @pytest.mark.parametrize("kind", [PRODUCT, SET, GROUP])
    def test_only_cart_discounts_are_read_as_cart_discounts(self, kind):
        """The admin keeps a condition when a discount's kind is changed from cart; the
        discount must then act only as its own kind (here: on products not in the cart)."""
        rule = discount(
            1,
            kind,
            PERCENT,
            10,
            product_ids=frozenset({B, C}),
            category_path="0009",
            condition=CartCondition.MIN_ITEMS,
            threshold=D(1),
        )
        priced = price_cart([line(A)], [rule])
        assert (priced.total, priced.applied) == (D("100.00"), ())

    def test_min_items_counts_pieces_not_lines(self):
        rule = cart(1, AMOUNT, 10, threshold=3)  # 2 + 1 = 3 pieces on 2 lines
        assert price_cart([line(A, 2), line(B, 1)], [rule]).total == D("290.00")

    @pytest.mark.parametrize(
        ("condition", "threshold", "note"),
        [
            (CartCondition.MIN_ITEMS, "3", "at least 3 pieces"),
            (CartCondition.MIN_SUBTOTAL, "1500.00", "subtotal at least UAH\u00a01,500.00"),
            (CartCondition.LINE_QUANTITY_OVER, "3", "a line with more than 3 pieces"),
            # Pieces are whole: at least 2.5 means from 3, more than 2.5 means more than 2.
            (CartCondition.MIN_ITEMS, "2.5", "at least 3 pieces"),
            (CartCondition.LINE_QUANTITY_OVER, "2.5", "a line with more than 2 pieces"),
        ],
    )
    def test_the_result_names_the_condition(self, condition, threshold, note):
        rule = cart(1, PERCENT, 10, condition=condition, threshold=threshold)
        priced = price_cart([line(A, 4, "500.00")], [rule])  # 4 pieces, 2000.00
        [applied] = priced.applied
        assert (applied.kind, applied.condition, applied.threshold) == (
            DiscountKind.CART,
            condition,
            D(threshold),
        )
        # The cart and the simulator word it in the shopper's language.
        assert applied_note(applied) == note
        assert priced.total == D("1800.00")


class TestStoreBinding:
    def test_line_discounts_of_one_store_leave_the_other_stores_lines_alone(self):
        rules = [product(1, AMOUNT, 10), group(2, AMOUNT, 20)]  # both of store S
        priced = price_cart([line(A, store=T)], rules)
        assert (priced.total, priced.applied) == (D("100.00"), ())

    def test_a_set_needs_every_member_from_the_discounts_own_store(self):
        # the set is T's; B is only in S's stock
        rule = set_of(1, AMOUNT, 30, store=T)
        priced = price_cart([line(A, store=T), line(B, store=S)], [rule])
        assert (priced.total, priced.applied) == (D("200.00"), ())

    def test_cart_discounts_are_listed_store_by_store(self):
        """The simulator and the order card show applications in walk order: stores go by
        id, not in whatever order a set of store ids happens to iterate."""
        far = 8  # a store id that a set of {1, 8} would visit first
        rules = [cart(1, AMOUNT, 5, store=far), cart(2, AMOUNT, 7, store=S)]
        priced = price_cart([line(A, store=far), line(B, store=S)], rules)
        assert applied_summary(priced) == [
            (2, D("7.00"), {B: D("7.00")}),
            (1, D("5.00"), {A: D("5.00")}),
        ]


def test_a_group_discount_without_a_category_applies_to_nothing():
    """An empty category path is a prefix of every path: it must not mean "everything"."""
    rule = discount(1, GROUP, PERCENT, 10)  # no category_path
    assert price_cart([line(A)], [rule]).applied == ()


# --- Time windows ---------------------------------------------------------------------------

NOW = datetime.datetime(2026, 11, 22, 12, tzinfo=datetime.UTC)
TICK = datetime.timedelta(microseconds=1)


class TestTimeWindow:
    @pytest.mark.parametrize(
        ("window", "live"),
        [
            ({"starts_at": NOW}, True),  # starting now: live
            ({"starts_at": NOW + TICK}, False),
            ({"ends_at": NOW}, False),  # ending now: over
            ({"ends_at": NOW + TICK}, True),
            ({"ends_at": NOW - TICK}, False),  # ended before now
            ({"starts_at": NOW - TICK}, True),  # started before now, no end
            ({"starts_at": NOW - TICK, "ends_at": NOW + TICK}, True),
            ({"starts_at": NOW, "ends_at": NOW + TICK, "is_active": False}, False),
        ],
    )
    def test_window_boundaries(self, window, live):
        rule = product(1, PERCENT, 10, **window)
        assert rule.is_live(NOW) is live
        assert price_cart([line(A)], [rule], now=NOW).total == D("90.00" if live else "100.00")


# --- Nothing below 0 ------------------------------------------------------------------------


class TestNothingBelowZero:
    def test_percent_over_one_hundred_is_capped_at_the_line(self):
        assert line_reduction(product(1, PERCENT, 150), D("80.00"), 1) == D("80.00")
        assert price_cart([line(A)], [product(1, PERCENT, 150)]).total == D("0.00")

    def test_promo_price_above_the_current_amount_is_zero_not_an_increase(self):
        # 2 × 120.00 = 240.00 > 200.00: 0.00 off, never −40.00
        assert line_reduction(product(1, PRICE, 120), D("200.00"), 2) == D("0.00")

    def test_set_promo_price_above_the_set_is_zero(self):
        assert set_reduction(set_of(1, PRICE, 250), D("200.00"), 2) == D("0.00")

    def test_set_amount_is_capped_at_all_the_sets(self):
        # 100.00 per set × 2 = 200.00 > 2 × 30.00 = 60.00
        assert set_reduction(set_of(1, AMOUNT, 100), D("30.00"), 2) == D("60.00")

    def test_cart_percent_over_one_hundred_is_capped_at_the_total(self):
        assert cart_reduction(cart(1, PERCENT, 150), D("45.00")) == D("45.00")

    def test_reductions_are_rounded_half_up_to_the_cent(self):
        # 5 % of 0.10 = 0.005 → 0.01; 0.05 % of 30.00 = 0.015 → 0.02
        assert line_reduction(product(1, PERCENT, 5), D("0.10"), 1) == D("0.01")
        assert line_reduction(product(1, PERCENT, "0.05"), D("30.00"), 3) == D("0.02")
        # 1/3 % of a 100.00 set × 1 = 0.3333… → 0.33
        assert set_reduction(set_of(1, PERCENT, D(1) / 3), D("100.00"), 1) == D("0.33")


# --- What the result shows -----------------------------------------------------------------


class TestPricedFigures:
    def test_priced_line_figures(self):
        rule = product(1, AMOUNT, "0.50", store=T)  # 0.50 per unit × 2 = 1.00
        priced = price_cart([line(B, 1, "7.50"), line(A, 2, "10.00", store=T)], [rule])
        # lines come out in key order: (A, T) = (101, 2) before (B, S) = (102, 1)
        a_line, b_line = priced.lines
        assert (a_line.key, a_line.product_id, a_line.store_id, a_line.quantity) == (
            (A, T),
            A,
            T,
            2,
        )
        assert (a_line.unit_price, a_line.base_amount, a_line.final_amount) == (
            D("10.00"),
            D("20.00"),
            D("19.00"),
        )
        assert (b_line.key, b_line.base_amount, b_line.final_amount) == (
            (B, S),
            D("7.50"),
            D("7.50"),
        )

    def test_final_unit_price_and_discount_amount(self):
        rule = product(1, PERCENT, "0.05")  # 0.05 % of 20.00 = 0.01
        priced = price_cart([line(A, 2, "10.00")], [rule])
        a_line = priced.line((A, S))
        assert a_line.final_amount == D("19.99")
        assert a_line.discount_amount == D("0.01")
        assert a_line.final_unit_price == D("10.00")  # 19.99 / 2 = 9.995 → half-up 10.00

    def test_final_unit_price_of_a_line_with_no_pieces_is_zero(self):
        empty = PricedLine((A, S), A, S, 0, D("10.00"), D("0.00"), D("0.00"), ())
        assert empty.final_unit_price == D("0")

    def test_cart_subtotal_total_and_discount_total(self):
        rules = [product(1, AMOUNT, "12.34"), cart(2, PERCENT, 10, threshold=2)]
        priced = price_cart([line(A, 1, "100.00"), line(B, 1, "50.00")], rules)
        # A 87.66; cart 10 % of 137.66 = 13.766 → 13.77; 150.00 − 12.34 − 13.77 = 123.89
        assert (priced.subtotal, priced.total, priced.discount_total) == (
            D("150.00"),
            D("123.89"),
            D("26.11"),
        )

    def test_applied_discount_carries_its_kind_and_priority(self):
        rules = [
            set_of(1, AMOUNT, 10, priority=Priority.HIGH),
            group(2, AMOUNT, 1, priority=Priority.LOW),
        ]
        priced = price_cart([line(A), line(B)], rules)
        assert [(a.discount_id, a.name, a.kind, a.priority, a.sets) for a in priced.applied] == [
            (1, "discount 1", DiscountKind.SET, Priority.HIGH, 1),
            (2, "discount 2", DiscountKind.GROUP, Priority.LOW, 0),
            (2, "discount 2", DiscountKind.GROUP, Priority.LOW, 0),
        ]
        assert [applied_note(a) for a in priced.applied] == ["1 complete set", "", ""]

    def test_each_step_shows_every_line_after_it(self):
        rules = [product(1, AMOUNT, 10), cart(2, AMOUNT, 20, threshold=2)]
        priced = price_cart([line(B), line(A)], rules, loyalty_percent=D(10))
        # A 90.00; cart 20.00 shared 90 : 100 → 9.4737 (9.47), 10.5263 (10.52), cent to B
        # → A 80.53, B 89.47; loyalty 10 % of 170.00 = 17.00 → A 8.053 (8.05), B 8.947
        # (8.94), cent to B (0.007 > 0.003) → A 72.48, B 80.52
        assert [dict(step.amounts_after) for step in priced.steps] == [
            {(A, S): D("90.00"), (B, S): D("100.00")},
            {(A, S): D("80.53"), (B, S): D("89.47")},
            {(A, S): D("72.48"), (B, S): D("80.52")},
        ]
        # The price simulator names the discount of each step beside the amounts.
        assert [(name_of(step.applied), step.applied.amount) for step in priced.steps] == [
            ("discount 1", D("10.00")),
            ("discount 2", D("20.00")),
            ("Personal discount 10%", D("17.00")),
        ]
        assert priced.total == D("153.00")
