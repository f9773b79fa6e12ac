"""The shop's panels on the Wagtail admin dashboard, per role (SPEC §8, issue 7.9).

``dashboard_panels`` (called from the ``construct_homepage_panels`` hook) adds, for the
signed-in user:

* ``OrdersWaitingPanel`` — orders waiting for this role's next step in the status machine
  (``commerce.orders.status.TRANSITIONS``, cancelling aside), plus unpaid bank transfers for
  whoever may mark orders paid;
* ``NewOrdersTodayPanel`` — orders placed since local midnight: how many, and their grand
  total (UAH), for whoever may view orders;
* ``LowStockPanel`` — stock records of live products at or below
  ``settings.SHOP_LOW_STOCK_PIECES`` pieces, for whoever may view stock.

A user with none of these permissions (content manager, role administrator) gets no shop
panel. Each panel runs a fixed number of queries, however many orders or stock records
there are; its data is read when it renders, and every text goes through an escaping
template.
"""

from dataclasses import dataclass
from datetime import datetime, time
from decimal import Decimal
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Count, Q, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from catalog.glossary import term
from catalog.models import StockRecord
from commerce.money import format_money
from commerce.orders.models import FulfilmentStatus, Order, PaymentMethod, PaymentStatus
from commerce.orders.status import TRANSITIONS

S = FulfilmentStatus
VIEW_ORDER = "commerce.view_order"
VIEW_STOCK = "catalog.view_stockrecord"
MARK_PAID = "commerce.mark_order_paid"
LOW_STOCK_LISTED = 10

# What the role does to an order when it moves it to this status.
ACTIONS: dict[str, str] = {
    S.CONFIRMED: _("to confirm"),
    S.ASSEMBLING: _("to accept for assembly"),
    S.READY: _("to mark assembled"),
    S.IN_TRANSIT: _("to hand to delivery"),
    S.COMPLETED: _("to complete (paid)"),
}


@dataclass(frozen=True)
class WaitingRow:
    """One line of "Orders waiting for you": ``label`` (e.g. "Processing"), ``action``
    (e.g. "to confirm"), the orders it counts (``condition``) and the admin order list
    filtered to them (``url``)."""

    label: str
    action: str
    condition: Q
    url: str


def _orders_url(**filters: str) -> str:
    return reverse("commerce_orders:index") + "?" + urlencode(filters)


def waiting_rows(user) -> list[WaitingRow]:
    """The rows of "Orders waiting for you" that ``user`` may act on, in status-machine
    order; no query beyond the user's permissions. Completing counts only paid orders (only
    a paid order can be completed); ``commerce.mark_order_paid`` adds unpaid bank transfers
    that are not cancelled."""
    rows = []
    for status, next_statuses in TRANSITIONS.items():
        for to_status, permission in next_statuses.items():
            if to_status == S.CANCELLED or not user.has_perm(permission):
                continue
            filters = {"fulfilment_status": status}
            if to_status == S.COMPLETED:
                filters["payment_status"] = PaymentStatus.PAID
            rows.append(
                WaitingRow(
                    label=S(status).label,
                    action=ACTIONS.get(to_status)
                    or gettext("to set %(status)s") % {"status": S(to_status).label.lower()},
                    condition=Q(**filters),
                    url=_orders_url(**filters),
                )
            )
    if user.has_perm(MARK_PAID):
        filters = {
            "payment_method": PaymentMethod.ACCOUNT,
            "payment_status": PaymentStatus.NOT_PAID,
        }
        rows.append(
            WaitingRow(
                label=_("Bank transfers not paid"),
                action=_("to mark paid"),
                condition=Q(**filters) & ~Q(fulfilment_status=S.CANCELLED),
                # Completed orders are always paid, so "open" drops just the cancelled ones.
                url=_orders_url(**filters, is_open="true"),
            )
        )
    return rows


class OrdersWaitingPanel(Component):
    """Orders waiting for the user's action. Context ``rows``: a list of
    ``{"label", "action", "count" (orders), "url"}``; one query."""

    name = "shop_orders_waiting"
    order = 50
    template_name = "commerce/orders/dashboard/orders_waiting.html"

    def __init__(self, rows: list[WaitingRow]):
        self.rows = rows

    def get_context_data(self, parent_context=None):
        counts = Order.objects.aggregate(
            **{f"row_{i}": Count("pk", filter=row.condition) for i, row in enumerate(self.rows)}
        )
        return {
            "rows": [
                {
                    "label": row.label,
                    "action": row.action,
                    "count": counts[f"row_{i}"],
                    "url": row.url,
                }
                for i, row in enumerate(self.rows)
            ]
        }


def local_midnight() -> datetime:
    """Today's start in the shop's time zone (``settings.TIME_ZONE``), as an aware datetime."""
    return timezone.make_aware(datetime.combine(timezone.localdate(), time.min))


class NewOrdersTodayPanel(Component):
    """Orders placed since local midnight. Context: ``count`` (orders), ``total`` (their
    grand total, UAH, a Decimal), ``total_display`` (formatted) and ``url`` (the order
    list); one query."""

    name = "shop_new_orders_today"
    order = 60
    template_name = "commerce/orders/dashboard/new_orders_today.html"

    def get_context_data(self, parent_context=None):
        totals = Order.objects.filter(created_at__gte=local_midnight()).aggregate(
            count=Count("pk"), total=Sum("grand_total")
        )
        total = totals["total"] or Decimal("0.00")
        return {
            "count": totals["count"],
            "total": total,
            "total_display": format_money(total),
            "url": reverse("commerce_orders:index"),
        }


class LowStockPanel(Component):
    """Stock records of live products at or below ``settings.SHOP_LOW_STOCK_PIECES`` pieces.
    Context: ``records`` (at most 10 ``{"title", "sku", "store", "pieces", "url"}``, fewest
    pieces first), ``total`` (how many such records in all), ``threshold`` (pieces) and
    ``list_url`` (the stock list, fewest first); two queries."""

    name = "shop_low_stock"
    order = 70
    template_name = "commerce/orders/dashboard/low_stock.html"

    def get_context_data(self, parent_context=None):
        threshold = settings.SHOP_LOW_STOCK_PIECES
        low = StockRecord.objects.filter(quantity__lte=threshold, product__live=True)
        records = low.select_related("product", "store").order_by(
            "quantity", "product__title", "store__name", "pk"
        )[:LOW_STOCK_LISTED]
        return {
            "records": [
                {
                    "title": record.product.title,
                    "sku": record.product.sku,
                    "store": term(record.store.name),
                    "pieces": record.quantity,
                    "url": reverse("catalog_stock:edit", args=[record.pk]),
                }
                for record in records
            ],
            "total": low.count(),
            "threshold": threshold,
            "list_url": reverse("catalog_stock:index") + "?ordering=quantity",
        }


def dashboard_panels(request, panels: list) -> None:
    """Append to ``panels`` the shop panels ``request.user`` may see (the
    ``construct_homepage_panels`` hook); adds nothing for a user without shop permissions.
    Costs only the permission look-up here; each panel queries when it renders."""
    user = request.user
    rows = waiting_rows(user)
    if rows:
        panels.append(OrdersWaitingPanel(rows))
    if user.has_perm(VIEW_ORDER):
        panels.append(NewOrdersTodayPanel())
    if user.has_perm(VIEW_STOCK):
        panels.append(LowStockPanel())
