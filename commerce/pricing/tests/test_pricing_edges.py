"""Edges of the pricing engine (SPEC §4) that test_pricing_engine.py leaves open: one-cent and
one-hryvnia discounts of every kind, small loyalty tiers, percent and promo-price sets over
several sets, the sharing contract of ``allocate``, ties, notes, time windows, nothing below 0
and the priced cart's figures. Pure: no database. Every expected value is worked out by hand."""

import pytest

from commerce.pricing.allocation import allocate
from commerce.pricing.engine import price_cart
from commerce.pricing.labels import applied_note, name_of
from commerce.pricing.tests.test_pricing_engine import PHONES, A, B, C, D, S, discount, line
from commerce.pricing.types import (
    CartCondition,
    DiscountKind,
    DiscountType,
    Priority,
    Share,
)

E = 104  # a fourth product, for three sets sharing one line
PRODUCT, GROUP, SET = DiscountKind.PRODUCT, DiscountKind.GROUP, DiscountKind.SET
PERCENT, AMOUNT, PRICE = DiscountType.PERCENT, DiscountType.AMOUNT, DiscountType.PRICE


def product(id, type, value, ids=(A,), priority=Priority.MEDIUM, **extra):
    return discount(id, PRODUCT, type, value, priority, product_ids=frozenset(ids), **extra)


def group(id, type, value, priority=Priority.MEDIUM, **extra):
    return discount(id, GROUP, type, value, priority, category_path=PHONES, **extra)


def set_of(id, type, value, ids=(A, B), priority=Priority.MEDIUM, **extra):
    return discount(id, SET, type, value, priority, product_ids=frozenset(ids), **extra)


def cart(id, type, value, condition=CartCondition.MIN_ITEMS, threshold=1, **extra):
    extra.setdefault("priority", Priority.MEDIUM)
    return discount(
        id,
        DiscountKind.CART,
        type,
        value,
        condition=condition,
        threshold=D(str(threshold)),
        **extra,
    )


def applied_summary(priced):
    """(discount id, amount, {product: share}) of every application, in walk order."""
    return [
        (a.discount_id, a.amount, {s.key[0]: s.amount for s in a.shares}) for a in priced.applied
    ]


# --- Small discounts are applied, however small --------------------------------------------

SMALL_CASES = [
    # (case, rule, lines, expected total, expected shares of the one application)
    ("product amount 0.01", product(1, AMOUNT, "0.01"), [line(A)], "99.99", {A: "0.01"}),
    ("product amount 1.00", product(1, AMOUNT, "1.00"), [line(A)], "99.00", {A: "1.00"}),
    # 0.01 % of 100.00 = 0.01; 1 % of 100.00 = 1.00
    ("product percent 0.01%", product(1, PERCENT, "0.01"), [line(A)], "99.99", {A: "0.01"}),
    ("product percent 1%", product(1, PERCENT, "1"), [line(A)], "99.00", {A: "1.00"}),
    # promo unit price 99.99 on 100.00 → 0.01 off
    ("product price 99.99", product(1, PRICE, "99.99"), [line(A)], "99.99", {A: "0.01"}),
    ("product price 99.00", product(1, PRICE, "99.00"), [line(A)], "99.00", {A: "1.00"}),
    ("group amount 0.01", group(1, AMOUNT, "0.01"), [line(A)], "99.99", {A: "0.01"}),
    ("group amount 1.00", group(1, AMOUNT, "1.00"), [line(A)], "99.00", {A: "1.00"}),
    ("group percent 1%", group(1, PERCENT, "1"), [line(A)], "99.00", {A: "1.00"}),
    ("group price 99.99", group(1, PRICE, "99.99"), [line(A)], "99.99", {A: "0.01"}),
    # a set of A + B (200.00): 0.01 splits 0.005/0.005, the tie goes to the smaller key (A)
    (
        "set amount 0.01",
        set_of(1, AMOUNT, "0.01"),
        [line(A), line(B)],
        "199.99",
        {A: "0.01"},
    ),
    (
        "set amount 1.00",
        set_of(1, AMOUNT, "1.00"),
        [line(A), line(B)],
        "199.00",
        {A: "0.50", B: "0.50"},
    ),
    # 0.005 % of 200.00 = 0.01; 0.5 % of 200.00 = 1.00
    (
        "set percent 0.005%",
        set_of(1, PERCENT, "0.005"),
        [line(A), line(B)],
        "199.99",
        {A: "0.01"},
    ),
    (
        "set percent 0.5%",
        set_of(1, PERCENT, "0.5"),
        [line(A), line(B)],
        "199.00",
        {A: "0.50", B: "0.50"},
    ),
    # promo set price 199.99 for a 200.00 set → 0.01 off; 199.00 → 1.00 off
    (
        "set price 199.99",
        set_of(1, PRICE, "199.99"),
        [line(A), line(B)],
        "199.99",
        {A: "0.01"},
    ),
    (
        "set price 199.00",
        set_of(1, PRICE, "199.00"),
        [line(A), line(B)],
        "199.00",
        {A: "0.50", B: "0.50"},
    ),
    ("cart amount 0.01", cart(1, AMOUNT, "0.01"), [line(A)], "99.99", {A: "0.01"}),
    ("cart amount 1.00", cart(1, AMOUNT, "1.00"), [line(A)], "99.00", {A: "1.00"}),
    ("cart percent 0.01%", cart(1, PERCENT, "0.01"), [line(A)], "99.99", {A: "0.01"}),
    ("cart percent 1%", cart(1, PERCENT, "1"), [line(A)], "99.00", {A: "1.00"}),
]


@pytest.mark.parametrize(
    ("case", "rule", "lines", "total", "shares"), SMALL_CASES, ids=[c[0] for c in SMALL_CASES]
)
def test_a_discount_of_one_cent_or_one_hryvnia_is_applied(case, rule, lines, total, shares):
    """A 0.01 or 1.00 reduction is a real reduction: it must not be dropped as "nothing"."""
    priced = price_cart(lines, [rule])
    assert priced.total == D(total)
    expected_amount = sum((D(v) for v in shares.values()), D("0.00"))
    assert applied_summary(priced) == [
        (1, expected_amount, {key: D(value) for key, value in shares.items()})
    ]


@pytest.mark.parametrize(
    ("percent", "price", "total", "reduction"),
    [
        ("1", "1.00", "0.99", "0.01"),  # 1 % of 1.00 = 0.01
        ("1", "100.00", "99.00", "1.00"),  # 1 % of 100.00 = 1.00
        ("0.5", "2.00", "1.99", "0.01"),  # 0.5 % of 2.00 = 0.01
        ("0.5", "1.00", "0.99", "0.01"),  # 0.5 % of 1.00 = 0.005 → half-up 0.01
        ("0.5", "200.00", "199.00", "1.00"),  # 0.5 % of 200.00 = 1.00
    ],
)
def test_loyalty_of_one_cent_or_one_hryvnia_is_applied(percent, price, total, reduction):
    priced = price_cart([line(A, price=price)], [], loyalty_percent=D(percent))
    assert priced.total == D(total)
    assert [(a.kind, a.amount) for a in priced.applied] == [(DiscountKind.LOYALTY, D(reduction))]


class TestSmallLoyaltyTiers:
    def test_one_percent_tier_to_the_cent(self):
        """SPEC's first tier is 1 %: it must be applied, shared by largest remainder."""
        lines = [line(A, 1, "100.00"), line(B, 2, "49.99")]  # 100.00 + 99.98 = 199.98
        priced = price_cart(lines, [], loyalty_percent=D("1.00"))
        # 1 % of 199.98 = 1.9998 → 2.00. Exact shares: A 1.00010…, B 0.99989… → floors
        # 1.00 + 0.99; the leftover cent goes to B (remainder 0.0099 > 0.0001).
        assert priced.line((A, S)).final_amount == D("99.00")
        assert priced.line((B, S)).final_amount == D("98.98")
        assert priced.total == D("197.98")
        loyalty = priced.applied[0]
        assert (loyalty.discount_id, loyalty.priority, loyalty.loyalty_percent) == (
            None,
            None,
            D("1.00"),
        )
        assert name_of(loyalty) == "Personal discount 1%"  # 1.00 shown as "1"
        assert loyalty.shares == (Share((A, S), D("1.00")), Share((B, S), D("1.00")))

    def test_half_percent_tier_to_the_cent(self):
        # 0.5 % of 333.33 = 1.66665 → half-up 1.67
        priced = price_cart([line(A, 1, "333.33")], [], loyalty_percent=D("0.50"))
        assert priced.total == D("331.66")
        assert name_of(priced.applied[0]) == "Personal discount 0.5%"
        assert priced.applied[0].amount == D("1.67")

    def test_loyalty_over_one_hundred_percent_takes_the_total_to_zero_not_below(self):
        priced = price_cart([line(A, 2, "10.00")], [], loyalty_percent=D(150))
        # 150 % of 20.00 = 30.00, capped at the 20.00 that remains
        assert priced.total == D("0.00")
        assert priced.applied[0].amount == D("20.00")

    def test_no_loyalty_on_an_empty_cart(self):
        priced = price_cart([], [], loyalty_percent=D(5))
        assert (priced.total, priced.applied) == (D("0.00"), ())


# --- Percent and promo-price sets over several complete sets --------------------------------


class TestSetsOverSeveralSets:
    def test_percent_set_over_two_sets(self):
        """10 % of two sets: the reduction is computed on both sets, not one."""
        lines = [line(A, 3, "10.00"), line(B, 2, "20.00")]  # subtotal 30.00 + 40.00 = 70.00
        priced = price_cart(lines, [set_of(1, PERCENT, 10)])
        # 2 complete sets of A (10.00) + B (20.00) = 60.00; 10 % = 6.00; shared by the units
        # in the sets: A 20.00, B 40.00 → A 2.00, B 4.00. A's third unit keeps its price.
        assert applied_summary(priced) == [(1, D("6.00"), {A: D("2.00"), B: D("4.00")})]
        assert priced.applied[0].sets == 2
        assert applied_note(priced.applied[0]) == "2 complete sets"
        assert priced.total == D("64.00")

    def test_promo_price_set_over_two_sets(self):
        lines = [line(A, 2, "100.00"), line(B, 3, "50.00")]  # 200.00 + 150.00 = 350.00
        priced = price_cart(lines, [set_of(1, PRICE, 120)])
        # one set costs 150.00, promo 120.00: 30.00 off per set × 2 sets = 60.00,
        # shared A 200.00 : B 100.00 → A 40.00, B 20.00
        assert applied_summary(priced) == [(1, D("60.00"), {A: D("40.00"), B: D("20.00")})]
        assert priced.total == D("290.00")

    def test_promo_price_set_over_two_sets_with_uneven_shares(self):
        lines = [line(A, 2, "10.00"), line(B, 2, "20.01")]  # 20.00 + 40.02 = 60.02
        priced = price_cart(lines, [set_of(1, PRICE, 25)])
        # (30.01 − 25.00) × 2 = 10.02. Exact shares: A 10.02×20/60.02 = 3.3389 (floor 3.33),
        # B 10.02×40.02/60.02 = 6.6811 (floor 6.68); the cent left goes to A (0.0089 > 0.0011)
        assert applied_summary(priced) == [(1, D("10.02"), {A: D("3.34"), B: D("6.68")})]
        assert priced.line((A, S)).final_amount == D("16.66")
        assert priced.line((B, S)).final_amount == D("33.34")

    def test_percent_set_over_one_hundred_takes_the_sets_to_zero(self):
        lines = [line(A, 3, "10.00"), line(B, 2, "20.00")]
        priced = price_cart(lines, [set_of(1, PERCENT, 150)])
        # 150 % of the two sets (60.00) is capped at 60.00; A's unit outside the sets stays
        assert priced.applied[0].amount == D("60.00")
        assert priced.line((A, S)).final_amount == D("10.00")
        assert priced.line((B, S)).final_amount == D("0.00")

    def test_a_unit_used_by_two_sets_of_one_discount_is_not_reused(self):
        lines = [line(A, 3), line(B, 2), line(C, 2)]  # 300 + 200 + 200 = 700.00
        with_b = set_of(1, AMOUNT, 30, (A, B))  # 2 sets → 60.00
        with_c = set_of(2, AMOUNT, 20, (A, C))  # 2 sets → 40.00 before A+B took 2 A's
        priced = price_cart(lines, [with_b, with_c])
        # A+B first (60.00 > 40.00), 30.00 each. One A is left: A+C gets 1 set, 20.00, shared
        # by a unit of A (270.00/3 = 90.00) and one of C (100.00): 9.4737 → 9.47, 10.5263 →
        # 10.52, and the leftover cent to C (0.0063 > 0.0037).
        assert applied_summary(priced) == [
            (1, D("60.00"), {A: D("30.00"), B: D("30.00")}),
            (2, D("20.00"), {A: D("9.47"), C: D("10.53")}),
        ]
        assert [a.sets for a in priced.applied] == [2, 1]
        assert [applied_note(a) for a in priced.applied] == ["2 complete sets", "1 complete set"]
        assert priced.total == D("620.00")

    def test_three_sets_sharing_a_line_count_every_unit_once(self):
        lines = [line(A, 2), line(B), line(C), line(E)]  # 500.00
        rules = [
            set_of(1, AMOUNT, 50, (A, B)),
            set_of(2, AMOUNT, 40, (A, C)),
            set_of(3, AMOUNT, 30, (A, E)),
        ]
        priced = price_cart(lines, rules)
        # A+B takes one A, A+C the other; A+E finds no A left.
        assert [a.discount_id for a in priced.applied] == [1, 2]
        assert priced.total == D("410.00")

    def test_a_set_discount_with_no_products_does_nothing(self):
        priced = price_cart([line(A)], [set_of(1, AMOUNT, 10, ids=())])
        assert (priced.total, priced.applied) == (D("100.00"), ())

    def test_set_amount_larger_than_the_set_takes_it_to_zero_rounded_half_up(self):
        """A set unit may be worth a fraction of a cent (19.99 over 2 pieces = 9.995);
        the cap is the set's worth rounded half-up, 9.995 + 10.00 = 19.995 → 20.00."""
        lines = [line(A, 2, "10.00"), line(B, 1, "10.00")]
        high = product(1, PERCENT, "0.05", priority=Priority.HIGH)  # 0.05 % of 20.00 = 0.01
        whole_set = set_of(2, AMOUNT, 1000)
        priced = price_cart(lines, [high, whole_set])
        # 20.00 shared 9.995 : 10.00 → 9.9975 (floor 9.99) and 10.0025 (floor 10.00);
        # the cent goes to A (0.0075 > 0.0025): A 10.00, B 10.00
        assert applied_summary(priced)[1] == (2, D("20.00"), {A: D("10.00"), B: D("10.00")})
        assert priced.line((A, S)).final_amount == D("9.99")  # 19.99 − 10.00
        assert priced.line((B, S)).final_amount == D("0.00")


# --- allocate: the sharing contract --------------------------------------------------------

K1, K2, K3 = (1, 1), (2, 1), (3, 1)


class TestAllocate:
    def test_one_hryvnia_over_three_equal_lines(self):
        # 0.3333… each → floors 0.33 × 3 = 0.99; the leftover cent to the smallest key
        assert allocate(D("1.00"), {K3: D(1), K2: D(1), K1: D(1)}) == {
            K1: D("0.34"),
            K2: D("0.33"),
            K3: D("0.33"),
        }

    def test_one_cent_over_three_equal_lines_goes_to_the_smallest_key(self):
        assert allocate(D("0.01"), {K2: D(5), K3: D(5), K1: D(5)}) == {
            K1: D("0.01"),
            K2: D("0.00"),
            K3: D("0.00"),
        }

    def test_two_cents_over_three_equal_lines_go_to_the_two_smallest_keys(self):
        # 0.00666… each → floors 0.00; two leftover cents, remainders tie → K1, K2
        assert allocate(D("0.02"), {K3: D(1), K1: D(1), K2: D(1)}) == {
            K1: D("0.01"),
            K2: D("0.01"),
            K3: D("0.00"),
        }

    def test_three_cents_over_three_equal_lines_one_each(self):
        assert allocate(D("0.03"), {K1: D(1), K2: D(1), K3: D(1)}) == {
            K1: D("0.01"),
            K2: D("0.01"),
            K3: D("0.01"),
        }

    def test_the_leftover_cent_goes_to_the_largest_remainder_not_the_smallest_key(self):
        # 0.10 over 1 : 2 → 0.0333… and 0.0666… → floors 0.03 + 0.06; remainders 0.0033 <
        # 0.0066, so K2 gets the cent
        assert allocate(D("0.10"), {K1: D(1), K2: D(2)}) == {K1: D("0.03"), K2: D("0.07")}

    def test_result_does_not_depend_on_input_order(self):
        weights = [(K1, D("3.00")), (K2, D("7.00")), (K3, D("3.00"))]
        forward = allocate(D("0.05"), dict(weights))
        backward = allocate(D("0.05"), dict(reversed(weights)))
        # 0.05 × 3/13 = 0.01153… (floor 0.01), × 7/13 = 0.02692… (floor 0.02): floors sum
        # 0.04; the cent to K2 (remainder 0.0069 > 0.0015)
        assert forward == backward == {K1: D("0.01"), K2: D("0.03"), K3: D("0.01")}

    def test_zero_weight_gets_nothing_but_is_in_the_result(self):
        shares = allocate(D("0.01"), {K1: D(0), K2: D(1), K3: D(1)})
        # K1's weight is 0; 0.005 / 0.005 between K2 and K3, tie → K2
        assert shares == {K1: D("0.00"), K2: D("0.01"), K3: D("0.00")}
        assert str(shares[K1]) == "0.00"

    def test_total_zero_gives_zeros(self):
        assert allocate(D("0.00"), {K1: D(5), K2: D(0)}) == {K1: D("0.00"), K2: D("0.00")}

    def test_total_zero_with_all_weights_zero_gives_zeros(self):
        shares = allocate(D("0.00"), {K1: D(0), K2: D(0)})
        assert shares == {K1: D("0.00"), K2: D("0.00")}
        assert [str(v) for v in shares.values()] == ["0.00", "0.00"]

    @pytest.mark.parametrize("weights", [{K1: D(0), K2: D(0)}, {}])
    def test_positive_total_with_nothing_to_share_over_is_an_error(self, weights):
        with pytest.raises(ValueError, match=r"^Nothing to share a reduction over\.$"):
            allocate(D("0.01"), weights)


# --- Choosing between discounts ------------------------------------------------------------
