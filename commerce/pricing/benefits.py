"""How much a discount takes off (SPEC §4). Pure functions; results rounded half-up to 0.01
and never more than the amount they apply to, so nothing goes below 0."""

from decimal import Decimal

from commerce.money import quantize_money
from commerce.pricing.types import DiscountInput, DiscountType

ZERO = Decimal("0.00")


def _capped(reduction: Decimal, available: Decimal) -> Decimal:
    reduction = quantize_money(reduction)
    return max(ZERO, min(reduction, quantize_money(available)))


def line_reduction(discount: DiscountInput, current: Decimal, quantity: int) -> Decimal:
    """A product or group discount on a line whose current amount is ``current``:
    percent of it, a fixed amount per unit, or down to a promo unit price."""
    if discount.type == DiscountType.PERCENT:
        return _capped(current * discount.value / 100, current)
    if discount.type == DiscountType.AMOUNT:
        return _capped(discount.value * quantity, current)
    return _capped(current - discount.value * quantity, current)  # PRICE


def set_reduction(discount: DiscountInput, one_set_amount: Decimal, sets: int) -> Decimal:
    """A set discount over ``sets`` complete sets, one of which currently costs
    ``one_set_amount``: percent of them, a fixed amount per set, or a promo set price."""
    available = one_set_amount * sets
    if discount.type == DiscountType.PERCENT:
        return _capped(available * discount.value / 100, available)
    if discount.type == DiscountType.AMOUNT:
        return _capped(discount.value * sets, available)
    return _capped((one_set_amount - discount.value) * sets, available)  # PRICE


def cart_reduction(discount: DiscountInput, current_total: Decimal) -> Decimal:
    """A cart discount on the store's current total: percent or a fixed amount."""
    if discount.type == DiscountType.PERCENT:
        return _capped(current_total * discount.value / 100, current_total)
    return _capped(discount.value, current_total)
