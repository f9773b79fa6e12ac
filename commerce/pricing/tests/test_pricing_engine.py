"""Issue 5.2–5.3: the engine of SPEC §4, checked to the cent. Pure: no database."""

import datetime
from decimal import Decimal

import pytest

from commerce.pricing.allocation import allocate
from commerce.pricing.engine import price_cart
from commerce.pricing.types import (
    CartCondition,
    DiscountInput,
    DiscountKind,
    DiscountType,
    LineDiscount,
    LineInput,
    Priority,
)

D = Decimal
S, T = 1, 2  # stores
A, B, C = 101, 102, 103  # phone A, phone B, case C
PHONES = "000100010001"  # the category's tree path; products below it start with it


def line(product, quantity=1, price="100.00", store=S, path=""):
    return LineInput(
        product_id=product,
        store_id=store,
        quantity=quantity,
        unit_price=D(price),
        path=path or f"{PHONES}9999{product:04d}",
    )


def discount(id, kind, type, value, priority=Priority.MEDIUM, store=S, **extra):
    return DiscountInput(
        id=id,
        name=f"discount {id}",
        kind=kind,
        store_id=store,
        type=type,
        value=D(str(value)),
        priority=priority,
        **extra,
    )


def worked_example_lines():
    return [
        line(A, price="10000.00"),
        line(C, price="500.00", path="0001000100029999"),  # cases: not a phone
        line(B, price="8000.00"),
    ]


def worked_example_discounts():
    return [
        discount(
            1,
            DiscountKind.SET,
            DiscountType.AMOUNT,
            500,
            Priority.HIGH,
            product_ids=frozenset({A, C}),
        ),
        discount(
            2, DiscountKind.GROUP, DiscountType.AMOUNT, 150, Priority.MEDIUM, category_path=PHONES
        ),
        discount(
            3,
            DiscountKind.CART,
            DiscountType.PERCENT,
            5,
            Priority.LOW,
            condition=CartCondition.MIN_ITEMS,
            threshold=D(3),
        ),
    ]


class TestWorkedExample:
    def test_spec_example_to_the_cent(self):
        priced = price_cart(worked_example_lines(), worked_example_discounts())
        assert priced.subtotal == D("18500.00")
        assert priced.total == D("16815.00")
        shares = {
            (a.name, share.key[0]): share.amount for a in priced.applied for share in a.shares
        }
        assert shares == {
            ("discount 1", A): D("476.19"),
            ("discount 1", C): D("23.81"),
            ("discount 2", A): D("150.00"),
            ("discount 2", B): D("150.00"),
            ("discount 3", A): D("468.69"),
            ("discount 3", C): D("23.81"),
            ("discount 3", B): D("392.50"),
        }
        assert [a.amount for a in priced.applied] == [
            D("500.00"),
            D("150.00"),
            D("150.00"),
            D("885.00"),
        ]

    def test_with_a_two_percent_tier(self):
        priced = price_cart(
            worked_example_lines(), worked_example_discounts(), loyalty_percent=D(2)
        )
        assert priced.total == D("16478.70")
        finals = {line.product_id: line.final_amount for line in priced.lines}
        assert finals == {A: D("8727.02"), C: D("443.33"), B: D("7308.35")}
        loyalty = priced.applied[-1]
        assert (loyalty.kind, loyalty.amount, loyalty.name, loyalty.loyalty_percent) == (
            DiscountKind.LOYALTY,
            D("336.30"),
            "",
            D(2),
        )

    def test_each_line_lists_its_discounts_in_walk_order(self):
        priced = price_cart(worked_example_lines(), worked_example_discounts())
        assert priced.line((A, S)).discounts == (
            LineDiscount("discount 1", D("476.19")),
            LineDiscount("discount 2", D("150.00")),
            LineDiscount("discount 3", D("468.69")),
        )
        assert priced.line((C, S)).discount_amount == D("47.62")

    def test_steps_show_every_amount_after_each_application(self):
        priced = price_cart(worked_example_lines(), worked_example_discounts())
        assert len(priced.steps) == 4
        after_set = dict(priced.steps[0].amounts_after)
        assert after_set[(A, S)] == D("9523.81") and after_set[(C, S)] == D("476.19")


KIND_TYPE_CASES = [
    # (discount, lines, expected total) — one line of 2 × 100.00 unless stated
    (
        "product percent",
        discount(1, DiscountKind.PRODUCT, DiscountType.PERCENT, 10, product_ids=frozenset({A})),
        [line(A, 2)],
        "180.00",
    ),
    (
        "product amount per unit",
        discount(1, DiscountKind.PRODUCT, DiscountType.AMOUNT, 15, product_ids=frozenset({A})),
        [line(A, 2)],
        "170.00",
    ),
    (
        "product promo price",
        discount(1, DiscountKind.PRODUCT, DiscountType.PRICE, "79.99", product_ids=frozenset({A})),
        [line(A, 2)],
        "159.98",
    ),
    (
        "group percent",
        discount(1, DiscountKind.GROUP, DiscountType.PERCENT, 3, category_path=PHONES),
        [line(A, 2)],
        "194.00",
    ),
    (
        "group amount",
        discount(1, DiscountKind.GROUP, DiscountType.AMOUNT, 20, category_path=PHONES),
        [line(A, 2)],
        "160.00",
    ),
    (
        "group promo price",
        discount(1, DiscountKind.GROUP, DiscountType.PRICE, 90, category_path=PHONES),
        [line(A, 2)],
        "180.00",
    ),
    (
        "set percent",
        discount(1, DiscountKind.SET, DiscountType.PERCENT, 10, product_ids=frozenset({A, B})),
        [line(A), line(B)],
        "180.00",
    ),
    (
        "set amount",
        discount(1, DiscountKind.SET, DiscountType.AMOUNT, 30, product_ids=frozenset({A, B})),
        [line(A), line(B)],
        "170.00",
    ),
    (
        "set promo price",
        discount(1, DiscountKind.SET, DiscountType.PRICE, 150, product_ids=frozenset({A, B})),
        [line(A), line(B)],
        "150.00",
    ),
    (
        "cart percent",
        discount(
            1,
            DiscountKind.CART,
            DiscountType.PERCENT,
            5,
            condition=CartCondition.MIN_ITEMS,
            threshold=D(2),
        ),
        [line(A, 2)],
        "190.00",
    ),
    (
        "cart amount",
        discount(
            1,
            DiscountKind.CART,
            DiscountType.AMOUNT,
            25,
            condition=CartCondition.MIN_SUBTOTAL,
            threshold=D(200),
        ),
        [line(A, 2)],
        "175.00",
    ),
    (
        "amount larger than the line: nothing below 0",
        discount(1, DiscountKind.PRODUCT, DiscountType.AMOUNT, 500, product_ids=frozenset({A})),
        [line(A, 2)],
        "0.00",
    ),
    (
        "promo price above the current price: no effect",
        discount(1, DiscountKind.PRODUCT, DiscountType.PRICE, 120, product_ids=frozenset({A})),
        [line(A, 2)],
        "200.00",
    ),
]


@pytest.mark.parametrize(
    ("case", "rule", "lines", "expected"),
    KIND_TYPE_CASES,
    ids=[case[0] for case in KIND_TYPE_CASES],
)
def test_each_kind_and_type(case, rule, lines, expected):
    assert price_cart(lines, [rule]).total == D(expected)


class TestSets:
    def set_discount(self, id=1, members=(A, B), value=30, priority=Priority.HIGH):
        return discount(
            id,
            DiscountKind.SET,
            DiscountType.AMOUNT,
            value,
            priority,
            product_ids=frozenset(members),
        )

    def test_partial_set_gets_nothing(self):
        assert price_cart([line(A)], [self.set_discount()]).total == D("100.00")

    def test_complete_sets_are_the_smallest_quantity(self):
        priced = price_cart([line(A, 3), line(B, 1)], [self.set_discount()])
        assert priced.total == D("370.00")  # one set of 1 A + 1 B
        assert priced.applied[0].sets == 1
        # shared by the amounts of the units in the set, not the whole lines
        assert [s.amount for s in priced.applied[0].shares] == [D("15.00"), D("15.00")]

    def test_two_complete_sets(self):
        priced = price_cart([line(A, 2), line(B, 3)], [self.set_discount()])
        assert priced.total == D("440.00")
        assert priced.applied[0].sets == 2

    def test_a_unit_counts_in_one_set_only(self):
        with_b = self.set_discount(1, (A, B), 30)
        with_c = self.set_discount(2, (A, C), 50)
        priced = price_cart([line(A), line(B), line(C)], [with_b, with_c])
        # A joins the better set (50 off with C); the A+B set has no A left.
        assert [a.discount_id for a in priced.applied] == [2]
        assert priced.total == D("250.00")

    def test_set_members_must_come_from_the_discounts_store(self):
        priced = price_cart([line(A), line(B, store=T)], [self.set_discount()])
        assert priced.total == D("200.00")


class TestLevelsAndChoice:
    def test_two_discounts_on_one_level_best_wins(self):
        small = discount(
            1, DiscountKind.PRODUCT, DiscountType.PERCENT, 5, product_ids=frozenset({A})
        )
        big = discount(2, DiscountKind.GROUP, DiscountType.AMOUNT, 20, category_path=PHONES)
        priced = price_cart([line(A)], [small, big])
        assert [a.discount_id for a in priced.applied] == [2]
        assert priced.total == D("80.00")

    def test_levels_stack_on_the_current_amount(self):
        high = discount(
            1,
            DiscountKind.PRODUCT,
            DiscountType.PERCENT,
            10,
            Priority.HIGH,
            product_ids=frozenset({A}),
        )
        low = discount(
            2,
            DiscountKind.PRODUCT,
            DiscountType.PERCENT,
            10,
            Priority.LOW,
            product_ids=frozenset({A}),
        )
        assert price_cart([line(A)], [low, high]).total == D("81.00")

    def test_promo_price_after_a_bigger_discount_has_no_effect(self):
        high = discount(
            1,
            DiscountKind.PRODUCT,
            DiscountType.PERCENT,
            50,
            Priority.HIGH,
            product_ids=frozenset({A}),
        )
        promo = discount(
            2,
            DiscountKind.PRODUCT,
            DiscountType.PRICE,
            60,
            Priority.LOW,
            product_ids=frozenset({A}),
        )
        assert price_cart([line(A)], [high, promo]).total == D("50.00")

    def test_store_binding(self):
        other_store = discount(
            1, DiscountKind.PRODUCT, DiscountType.PERCENT, 50, store=T, product_ids=frozenset({A})
        )
        other_cart = discount(
            2,
            DiscountKind.CART,
            DiscountType.PERCENT,
            50,
            store=T,
            condition=CartCondition.MIN_ITEMS,
            threshold=D(1),
        )
        priced = price_cart([line(A, store=S), line(B, store=T)], [other_store, other_cart])
        assert priced.line((A, S)).final_amount == D("100.00")
        assert priced.line((B, T)).final_amount == D("50.00")

    def test_inactive_not_started_and_expired_discounts_are_ignored(self):
        now = datetime.datetime(2026, 11, 22, 12, tzinfo=datetime.UTC)
        hour = datetime.timedelta(hours=1)
        base = dict(
            kind=DiscountKind.PRODUCT,
            type=DiscountType.PERCENT,
            value=10,
            product_ids=frozenset({A}),
        )
        rules = [
            discount(1, is_active=False, **base),
            discount(2, starts_at=now + hour, **base),
            discount(3, ends_at=now, **base),
        ]
        assert price_cart([line(A)], rules, now=now).total == D("100.00")
        running = discount(4, starts_at=now - hour, ends_at=now + hour, **base)
        assert price_cart([line(A)], [*rules, running], now=now).total == D("90.00")


class TestCartConditions:
    @pytest.mark.parametrize(
        ("condition", "threshold", "lines", "applies"),
        [
            (CartCondition.MIN_ITEMS, 3, [line(A, 2), line(B, 1)], True),
            (CartCondition.MIN_ITEMS, 3, [line(A, 2)], False),
            (CartCondition.MIN_SUBTOTAL, 300, [line(A, 3)], True),
            (CartCondition.MIN_SUBTOTAL, "300.01", [line(A, 3)], False),
            (CartCondition.LINE_QUANTITY_OVER, 3, [line(A, 4)], True),
            (CartCondition.LINE_QUANTITY_OVER, 3, [line(A, 3), line(B, 3)], False),
        ],
    )
    def test_exact_thresholds(self, condition, threshold, lines, applies):
        rule = discount(
            1,
            DiscountKind.CART,
            DiscountType.PERCENT,
            20,
            Priority.LOW,
            condition=condition,
            threshold=D(str(threshold)),
        )
        priced = price_cart(lines, [rule])
        assert bool(priced.applied) is applies

    def test_conditions_read_the_undiscounted_cart(self):
        half = discount(
            1,
            DiscountKind.PRODUCT,
            DiscountType.PERCENT,
            50,
            Priority.HIGH,
            product_ids=frozenset({A}),
        )
        cart = discount(
            2,
            DiscountKind.CART,
            DiscountType.AMOUNT,
            10,
            Priority.LOW,
            condition=CartCondition.MIN_SUBTOTAL,
            threshold=D(200),
        )
        # After the product discount the cart holds 100.00, but the condition reads 200.00.
        assert price_cart([line(A, 2)], [half, cart]).total == D("90.00")

    def test_source_001_rule_any_line_over_three_gives_twenty_percent_off_the_order(self):
        rule = discount(
            1,
            DiscountKind.CART,
            DiscountType.PERCENT,
            20,
            Priority.LOW,
            condition=CartCondition.LINE_QUANTITY_OVER,
            threshold=D(3),
        )
        assert price_cart([line(A, 4), line(B, 1)], [rule]).total == D("400.00")


class TestAllocation:
    def test_largest_remainder_adds_up_exactly(self):
        shares = allocate(D("100.00"), {(1, 1): D(1), (2, 1): D(1), (3, 1): D(1)})
        assert sorted(shares.values()) == [D("33.33"), D("33.33"), D("33.34")]
        assert sum(shares.values()) == D("100.00")

    def test_zero_weights_get_nothing(self):
        assert allocate(D("5.00"), {(1, 1): D(0), (2, 1): D(10)}) == {
            (1, 1): D("0.00"),
            (2, 1): D("5.00"),
        }
