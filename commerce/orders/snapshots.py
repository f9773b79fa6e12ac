"""What an order keeps of its pricing (SPEC §5): the discounts as [{name, amount (UAH)}]
snapshots, so later discount changes never rewrite a placed order; and its number."""

from commerce.orders.models import Order


def line_discounts_snapshot(priced_line) -> list[dict[str, str]]:
    """A priced line's discounts as stored on an order line: [{name, amount (UAH)}]."""
    return [{"name": name, "amount": str(amount)} for name, amount in priced_line.discounts]


def order_discounts_snapshot(priced) -> list[dict[str, str]]:
    """A priced cart's applied discounts as stored on an order: [{name, amount (UAH)}]."""
    return [{"name": a.name, "amount": str(a.amount)} for a in priced.applied]


def order_number(order: Order) -> str:
    return f"GW{order.pk:06d}"
