"""Delivery cost (SPEC §5): each method's rate table maps the order's final goods total to a
fee — the row with the largest "from" not above the total applies."""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.utils.translation import gettext, ngettext

from catalog.glossary import term
from commerce.delivery.models import DeliveryMethod


@dataclass(frozen=True)
class PickupTransfer:
    """Pickup at a store that does not hold every line: the goods are moved there first."""

    store_name: str
    days: int

    @property
    def message(self) -> str:
        return ngettext(
            "Your goods will be moved to %(store)s; ready for pickup in %(days)d day.",
            "Your goods will be moved to %(store)s; ready for pickup in %(days)d days.",
            self.days,
        ) % {"store": self.store_name, "days": self.days}

    @property
    def staff_message(self) -> str:
        """The same for the staff who move the goods (the order card)."""
        return gettext(
            "Pickup at %(store)s: lines from other stores are to be moved there first."
        ) % {"store": self.store_name}


def pickup_transfer(*, method: DeliveryMethod, store_ids: Iterable[int]) -> PickupTransfer | None:
    """For a pickup method whose store is not the store of every line (``store_ids``, the
    cart's lines' stores), the transfer that is needed first; None when nothing moves."""
    if method.kind != DeliveryMethod.Kind.PICKUP or method.store_id is None:
        return None
    if all(store_id == method.store_id for store_id in store_ids):
        return None
    return PickupTransfer(
        store_name=term(method.store.name), days=settings.SHOP_PICKUP_TRANSFER_DAYS
    )


def fee_from_rates(rates: list[tuple[Decimal, Decimal]], goods_total: Decimal) -> Decimal:
    """``rates`` are (goods total from, fee) in UAH. No applicable row → free. Pure."""
    applicable = [(start, fee) for start, fee in rates if start <= goods_total]
    return max(applicable)[1] if applicable else Decimal("0.00")


def delivery_fee(*, method: DeliveryMethod, goods_total: Decimal) -> Decimal:
    """The method's fee for a goods total after discounts (UAH); one query."""
    rates = list(method.rates.values_list("goods_total_from", "fee"))
    return fee_from_rates(rates, goods_total)


def delivery_options(
    *, goods_total: Decimal, store_ids: Iterable[int] = ()
) -> list[tuple[DeliveryMethod, Decimal, PickupTransfer | None]]:
    """Active methods with their fee for ``goods_total`` and, for a pickup store that does not
    hold every line (``store_ids``), the transfer first; in display order (two queries)."""
    store_ids = set(store_ids)
    methods = list(
        DeliveryMethod.objects.filter(is_active=True)
        .select_related("store")
        .prefetch_related("rates")
    )
    return [
        (
            method,
            fee_from_rates([(r.goods_total_from, r.fee) for r in method.rates.all()], goods_total),
            pickup_transfer(method=method, store_ids=store_ids),
        )
        for method in methods
    ]


@dataclass(frozen=True)
class RateRow:
    """One row of a method's table: from ``goods_total_from`` up to ``goods_total_to`` (None:
    no upper end), the fee (UAH, 0 is free)."""

    goods_total_from: Decimal
    goods_total_to: Decimal | None
    fee: Decimal


def rate_table() -> list[tuple[DeliveryMethod, list[RateRow]]]:
    """Active methods in display order with their rate rows, as the checkout charges them
    (the delivery info page shows this table live, issue 14.1); two queries."""
    methods = list(
        DeliveryMethod.objects.filter(is_active=True)
        .select_related("store")
        .prefetch_related("rates")
    )
    table = []
    for method in methods:
        rates = sorted((r.goods_total_from, r.fee) for r in method.rates.all())
        rows = [
            RateRow(
                goods_total_from=start,
                goods_total_to=rates[i + 1][0] if i + 1 < len(rates) else None,
                fee=fee,
            )
            for i, (start, fee) in enumerate(rates)
        ]
        table.append((method, rows))
    return table
