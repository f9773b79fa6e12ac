"""When a discount applies to a line, a set or a cart (SPEC §4). Pure functions."""

from decimal import Decimal

from commerce.pricing.types import CartCondition, DiscountInput, DiscountKind, LineInput


def applies_to_line(discount: DiscountInput, line: LineInput) -> bool:
    """Product and group discounts: same store, and the product listed or in the subtree."""
    if discount.store_id != line.store_id:
        return False
    if discount.kind == DiscountKind.PRODUCT:
        return line.product_id in discount.product_ids
    if discount.kind == DiscountKind.GROUP:
        return bool(discount.category_path) and line.path.startswith(discount.category_path)
    return False


def cart_condition_holds(discount: DiscountInput, store_lines: list[LineInput]) -> bool:
    """Read on the undiscounted lines of the discount's store (SPEC §4)."""
    threshold = discount.threshold
    if discount.condition == CartCondition.MIN_ITEMS:
        return sum(line.quantity for line in store_lines) >= threshold
    if discount.condition == CartCondition.MIN_SUBTOTAL:
        subtotal = sum((line.unit_price * line.quantity for line in store_lines), Decimal(0))
        return subtotal >= threshold
    if discount.condition == CartCondition.LINE_QUANTITY_OVER:
        return any(line.quantity > threshold for line in store_lines)
    return False
