"""Units sold per product, for the "popular" sort (issue 15: pieces on the lines of orders
not cancelled, placed in the last 90 days).

A moving window cannot live in one plain counter, so sales are kept per product and day
(``ProductSalesDay``) and the sum over the window is written to the catalog's indexed
column (``catalog.popularity``). Placing an order adds its pieces, a line edit adds the
difference, a cancellation takes them away — each in the service's own transaction, with
atomic ``+ n`` updates, so concurrent orders all count. ``sales_recompute`` (nightly, see
``commerce.schedule``) drops the days that left the window and rewrites every counter.
"""

import datetime

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from catalog.popularity import popularity_add, popularity_replace
from commerce.orders.models import FulfilmentStatus, OrderLine, ProductSalesDay
from config.counters import add_to_counters

WINDOW_DAYS = 90


def window_start(today: datetime.date | None = None) -> datetime.date:
    """The first day inside the window: today and the 89 days before it."""
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=WINDOW_DAYS - 1)


def order_day(order) -> datetime.date:
    """The local date an order's sales count on: the day it was placed."""
    return timezone.localdate(order.created_at)


def sales_record(*, day: datetime.date, deltas: dict[int, int]) -> None:
    """Add ``deltas`` (product id → pieces; negative for a cancellation or a smaller line) to
    the sales of ``day`` and, when ``day`` is inside the window, to the products' popularity.
    Call it inside the transaction that changes the order. A day already out of the window
    is left alone (the recompute deleted it and counts it no more)."""
    deltas = {pk: n for pk, n in deltas.items() if pk is not None and n}
    if not deltas or day < window_start():
        return
    add_to_counters(
        ProductSalesDay.objects.filter(day=day),
        key="product_id",
        field="pieces",
        deltas=deltas,
        new_row=lambda pk, pieces: ProductSalesDay(product_id=pk, day=day, pieces=pieces),
    )
    popularity_add(deltas)


def lines_pieces(lines) -> dict[int, int]:
    """Pieces per product id over order ``lines`` (lines of deleted products left out)."""
    pieces: dict[int, int] = {}
    for line in lines:
        if line.product_id is not None:
            pieces[line.product_id] = pieces.get(line.product_id, 0) + line.quantity
    return pieces


def sales_recompute(today: datetime.date | None = None) -> int:
    """Move the window to ``today``: delete the days before it and set every product's
    popularity to its sales inside it. Safe to run twice or to skip a night. Returns how
    many counters changed."""
    start = window_start(today)
    with transaction.atomic():
        ProductSalesDay.objects.filter(day__lt=start).delete()
        totals = dict(
            ProductSalesDay.objects.filter(day__gte=start)
            .values("product_id")
            .annotate(total=Sum("pieces"))
            .filter(total__gt=0)
            .values_list("product_id", "total")
        )
        return popularity_replace(totals)


def sales_rebuild_from_orders(today: datetime.date | None = None) -> int:
    """Rebuild the daily sales of the window from the order lines themselves (orders not
    cancelled), then the counters: for a first deployment, or after a manual repair of
    orders. One aggregate query; returns how many counters changed."""
    start = window_start(today)
    since = timezone.make_aware(datetime.datetime.combine(start, datetime.time.min))
    rows = (
        OrderLine.objects.filter(order__created_at__gte=since, product__isnull=False)
        .exclude(order__fulfilment_status=FulfilmentStatus.CANCELLED)
        .values_list("product_id", "order__created_at", "quantity")
    )
    per_day: dict[tuple[int, datetime.date], int] = {}
    for product_id, created_at, quantity in rows.iterator():
        key = (product_id, timezone.localdate(created_at))
        per_day[key] = per_day.get(key, 0) + quantity
    with transaction.atomic():
        ProductSalesDay.objects.all().delete()
        ProductSalesDay.objects.bulk_create(
            [
                ProductSalesDay(product_id=product_id, day=day, pieces=pieces)
                for (product_id, day), pieces in per_day.items()
            ],
            batch_size=500,
        )
        return sales_recompute(today)
