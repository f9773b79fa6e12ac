"""Delivery cost (SPEC §5): each method's rate table maps the order's final goods total to a
fee — the row with the largest "from" not above the total applies."""

from decimal import Decimal

from commerce.delivery.models import DeliveryMethod


def fee_from_rates(rates: list[tuple[Decimal, Decimal]], goods_total: Decimal) -> Decimal:
    """``rates`` are (goods total from, fee) in UAH. No applicable row → free. Pure."""
    applicable = [(start, fee) for start, fee in rates if start <= goods_total]
    return max(applicable)[1] if applicable else Decimal("0.00")


def delivery_fee(*, method: DeliveryMethod, goods_total: Decimal) -> Decimal:
    """The method's fee for a goods total after discounts (UAH); one query."""
    rates = list(method.rates.values_list("goods_total_from", "fee"))
    return fee_from_rates(rates, goods_total)


def delivery_options(*, goods_total: Decimal) -> list[tuple[DeliveryMethod, Decimal]]:
    """Active methods with their fee for ``goods_total``, in display order (two queries)."""
    methods = list(
        DeliveryMethod.objects.filter(is_active=True)
        .select_related("store")
        .prefetch_related("rates")
    )
    return [
        (
            method,
            fee_from_rates([(r.goods_total_from, r.fee) for r in method.rates.all()], goods_total),
        )
        for method in methods
    ]
