"""What an order keeps of its pricing (SPEC §5): the discounts as [{name, amount (UAH)}]
snapshots, so later discount changes never rewrite a placed order; and its number.

The loyalty discount has no name: its snapshot keeps ``loyalty_percent`` instead, so each
reader sees it in their own language ("Personal discount 2%", commerce.pricing.labels)."""

from commerce.orders.models import Order


def _snapshot(discount, amount) -> dict[str, str]:
    entry = {"name": discount.name, "amount": str(amount)}
    if discount.loyalty_percent is not None:
        entry["loyalty_percent"] = str(discount.loyalty_percent)
    return entry


def line_discounts_snapshot(priced_line) -> list[dict[str, str]]:
    """A priced line's discounts as stored on an order line:
    [{name, amount (UAH), loyalty_percent?}]."""
    return [_snapshot(share, share.amount) for share in priced_line.discounts]


def order_discounts_snapshot(priced) -> list[dict[str, str]]:
    """A priced cart's applied discounts as stored on an order:
    [{name, amount (UAH), loyalty_percent?}]."""
    return [_snapshot(applied, applied.amount) for applied in priced.applied]


def order_number(order: Order) -> str:
    return f"GW{order.pk:06d}"
