"""Issue 5.3: properties of the engine over random carts and discounts (hypothesis)."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from commerce.pricing.engine import price_cart
from commerce.pricing.types import (
    CartCondition,
    DiscountInput,
    DiscountKind,
    DiscountType,
    LineInput,
    Priority,
)

PRODUCTS = [1, 2, 3, 4, 5]
STORES = [1, 2]
CATEGORY = {1: "00010001", 2: "00010001", 3: "00010002", 4: "00010002", 5: "00010003"}

money = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("20000"), places=2)


@st.composite
def lines(draw):
    keys = draw(
        st.lists(
            st.tuples(st.sampled_from(PRODUCTS), st.sampled_from(STORES)),
            min_size=1,
            max_size=8,
            unique=True,
        )
    )
    return [
        LineInput(
            product_id=p,
            store_id=s,
            quantity=draw(st.integers(1, 12)),
            unit_price=draw(money),
            path=f"{CATEGORY[p]}0001{p:04d}",
        )
        for p, s in keys
    ]


@st.composite
def discounts(draw):
    result = []
    for id in range(1, draw(st.integers(0, 10)) + 1):
        kind = draw(
            st.sampled_from(
                [DiscountKind.PRODUCT, DiscountKind.SET, DiscountKind.GROUP, DiscountKind.CART]
            )
        )
        types = (
            [DiscountType.PERCENT, DiscountType.AMOUNT]
            if kind == DiscountKind.CART
            else list(DiscountType)
        )
        type_ = draw(st.sampled_from(types))
        value = (
            draw(st.decimals(min_value=0, max_value=100, places=2))
            if type_ == DiscountType.PERCENT
            else draw(money)
        )
        result.append(
            DiscountInput(
                id=id,
                name=f"d{id}",
                kind=kind,
                store_id=draw(st.sampled_from(STORES)),
                type=type_,
                value=value,
                priority=draw(st.sampled_from(list(Priority))),
                product_ids=frozenset(
                    draw(st.lists(st.sampled_from(PRODUCTS), min_size=1, max_size=3))
                ),
                category_path=draw(st.sampled_from(sorted(set(CATEGORY.values())))),
                condition=draw(st.sampled_from(list(CartCondition))),
                threshold=Decimal(draw(st.integers(0, 30))),
            )
        )
    return result


loyalty = st.decimals(min_value=0, max_value=100, places=2)


@settings(max_examples=300, deadline=None)
@given(lines(), discounts(), loyalty)
def test_total_between_zero_and_subtotal(cart, rules, percent):
    priced = price_cart(cart, rules, loyalty_percent=percent)
    assert Decimal("0") <= priced.total <= priced.subtotal
    assert all(line.final_amount >= 0 for line in priced.lines)
    assert all(
        line.final_amount == line.final_amount.quantize(Decimal("0.01")) for line in priced.lines
    )


@settings(max_examples=300, deadline=None)
@given(lines(), discounts(), loyalty)
def test_shares_add_up_exactly(cart, rules, percent):
    priced = price_cart(cart, rules, loyalty_percent=percent)
    for applied in priced.applied:
        assert sum(share.amount for share in applied.shares) == applied.amount
    for line in priced.lines:
        assert sum(share.amount for share in line.discounts) == line.base_amount - line.final_amount
    assert sum(a.amount for a in priced.applied) == priced.discount_total


@settings(max_examples=200, deadline=None)
@given(lines(), discounts(), loyalty, st.randoms(use_true_random=False))
def test_result_does_not_depend_on_line_or_discount_order(cart, rules, percent, random):
    first = price_cart(cart, rules, loyalty_percent=percent)
    shuffled_lines, shuffled_rules = list(cart), list(rules)
    random.shuffle(shuffled_lines)
    random.shuffle(shuffled_rules)
    second = price_cart(shuffled_lines, shuffled_rules, loyalty_percent=percent)
    assert first == second
