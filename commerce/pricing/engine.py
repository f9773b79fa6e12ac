"""The priority walk of SPEC §4 — one pure function, no queries.

1. Each line starts at base unit price × quantity.
2. For each priority, high → medium → low:
   a. each line gets the single best of that level's product and group discounts;
   b. then that level's set discounts, best first, over complete sets (a unit counts in one
      set only), shared among the set's lines by the amounts of the units in the sets;
   c. then, per store, the best of that level's cart discounts whose condition holds on the
      undiscounted lines, shared among that store's lines by their current amounts.
3. Last, the customer's loyalty percent on what remains, shared among all lines.
"""

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from commerce.money import quantize_money
from commerce.pricing.allocation import allocate
from commerce.pricing.benefits import cart_reduction, line_reduction, set_reduction
from commerce.pricing.conditions import applies_to_line, cart_condition_holds
from commerce.pricing.types import (
    AppliedDiscount,
    DiscountInput,
    DiscountKind,
    LineDiscount,
    LineInput,
    LineKey,
    PricedCart,
    PricedLine,
    Priority,
    Share,
    Step,
)

ZERO = Decimal("0.00")
LEVELS = (Priority.HIGH, Priority.MEDIUM, Priority.LOW)


class _Walk:
    def __init__(self, lines: list[LineInput]):
        self.lines = lines
        self.current: dict[LineKey, Decimal] = {
            line.key: quantize_money(line.unit_price * line.quantity) for line in lines
        }
        self.in_sets: dict[LineKey, int] = dict.fromkeys(self.current, 0)
        self.applied: list[AppliedDiscount] = []
        self.steps: list[Step] = []

    def apply(
        self,
        discount: DiscountInput | None,
        shares: dict[LineKey, Decimal],
        *,
        kind: DiscountKind | None = None,
        sets: int = 0,
        loyalty_percent: Decimal | None = None,
    ) -> None:
        shares = {key: amount for key, amount in shares.items() if amount > 0}
        if not shares:
            return
        for key, amount in shares.items():
            self.current[key] -= amount
        applied = AppliedDiscount(
            discount_id=discount.id if discount else None,
            name=discount.name if discount else "",
            kind=discount.kind if discount else kind,
            priority=discount.priority if discount else None,
            amount=sum(shares.values(), ZERO),
            shares=tuple(Share(key, shares[key]) for key in sorted(shares)),
            sets=sets,
            condition=discount.condition
            if discount and discount.kind == DiscountKind.CART
            else None,
            threshold=discount.threshold
            if discount and discount.kind == DiscountKind.CART
            else None,
            loyalty_percent=loyalty_percent,
        )
        self.applied.append(applied)
        self.steps.append(Step(applied, tuple(sorted(self.current.items()))))


def _best(candidates: Iterable[tuple[Decimal, DiscountInput]]):
    """The largest reduction; on a tie the discount with the smaller id (stable)."""
    best = None
    for reduction, discount in candidates:
        if reduction <= 0:
            continue
        if best is None or (reduction, -discount.id) > (best[0], -best[1].id):
            best = (reduction, discount)
    return best


def _line_discounts(walk: _Walk, level: list[DiscountInput]) -> None:
    line_level = [d for d in level if d.kind in (DiscountKind.PRODUCT, DiscountKind.GROUP)]
    for line in walk.lines:
        current = walk.current[line.key]
        best = _best(
            (line_reduction(d, current, line.quantity), d)
            for d in line_level
            if applies_to_line(d, line)
        )
        if best:
            walk.apply(best[1], {line.key: best[0]})


def _set_offer(walk: _Walk, discount: DiscountInput):
    """(reduction, participating amounts, sets) for a set discount now, or None."""
    members = {
        line.product_id: line
        for line in walk.lines
        if line.store_id == discount.store_id and line.product_id in discount.product_ids
    }
    if not discount.product_ids or set(members) != set(discount.product_ids):
        return None
    sets = min(line.quantity - walk.in_sets[line.key] for line in members.values())
    if sets <= 0:
        return None
    unit_amounts = {line.key: walk.current[line.key] / line.quantity for line in members.values()}
    reduction = set_reduction(discount, sum(unit_amounts.values(), Decimal(0)), sets)
    if reduction <= 0:
        return None
    return reduction, {key: amount * sets for key, amount in unit_amounts.items()}, sets


def _set_discounts(walk: _Walk, level: list[DiscountInput]) -> None:
    remaining = sorted((d for d in level if d.kind == DiscountKind.SET), key=lambda d: d.id)
    while remaining:
        offers = {d.id: _set_offer(walk, d) for d in remaining}
        best = _best((offer[0], d) for d in remaining if (offer := offers[d.id]))
        if best is None:
            return
        reduction, discount = best
        _, weights, sets = offers[discount.id]
        for key in weights:
            walk.in_sets[key] += sets
        walk.apply(discount, allocate(reduction, weights), sets=sets)
        remaining.remove(discount)


def _cart_discounts(walk: _Walk, level: list[DiscountInput]) -> None:
    cart_level = [d for d in level if d.kind == DiscountKind.CART]
    for store_id in sorted({line.store_id for line in walk.lines}):
        store_lines = [line for line in walk.lines if line.store_id == store_id]
        weights = {line.key: walk.current[line.key] for line in store_lines}
        total = sum(weights.values(), ZERO)
        best = _best(
            (cart_reduction(d, total), d)
            for d in cart_level
            if d.store_id == store_id and cart_condition_holds(d, store_lines)
        )
        if best:
            walk.apply(best[1], allocate(best[0], weights))


def price_cart(
    lines: Iterable[LineInput],
    discounts: Iterable[DiscountInput],
    *,
    loyalty_percent: Decimal = Decimal(0),
    now: datetime | None = None,
) -> PricedCart:
    """Price ``lines`` with ``discounts`` (inactive or out-of-window ones are ignored, as are
    those of other stores) and the customer's ``loyalty_percent`` (0–100).

    Returns the priced lines, every applied discount with its per-line shares, and the
    step-by-step walk. Pure: the same inputs give the same result in any order.
    """
    ordered = sorted(lines, key=lambda line: line.key)
    walk = _Walk(ordered)
    live = [d for d in discounts if d.is_live(now)]
    for priority in LEVELS:
        level = sorted((d for d in live if d.priority == priority), key=lambda d: d.id)
        _line_discounts(walk, level)
        _set_discounts(walk, level)
        _cart_discounts(walk, level)
    if loyalty_percent and loyalty_percent > 0 and walk.lines:
        weights = dict(walk.current)
        total = sum(weights.values(), ZERO)
        reduction = min(quantize_money(total * Decimal(loyalty_percent) / 100), total)
        if reduction > 0:
            walk.apply(
                None,
                allocate(reduction, weights),
                kind=DiscountKind.LOYALTY,
                loyalty_percent=Decimal(loyalty_percent),
            )
    priced = []
    for line in ordered:
        base = quantize_money(line.unit_price * line.quantity)
        names = tuple(
            LineDiscount(applied.name, share.amount, applied.loyalty_percent)
            for applied in walk.applied
            for share in applied.shares
            if share.key == line.key
        )
        priced.append(
            PricedLine(
                key=line.key,
                product_id=line.product_id,
                store_id=line.store_id,
                quantity=line.quantity,
                unit_price=line.unit_price,
                base_amount=base,
                final_amount=walk.current[line.key],
                discounts=names,
            )
        )
    return PricedCart(lines=tuple(priced), applied=tuple(walk.applied), steps=tuple(walk.steps))
