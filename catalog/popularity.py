"""Writing the popularity column (SPEC §1 "popular" sort, DESIGN: listings read ready data).

The category page orders by ``ProductPopularity.units``; the order services keep it: they call
``popularity_add`` with the pieces a placement, a line edit or a cancellation changes inside
the window, and the nightly recompute calls ``popularity_replace`` with the window's totals.
Both are atomic in the database (``units = units + n``), so concurrent orders for one product
all count.
"""

from django.db import IntegrityError, transaction
from django.db.models import F, Value
from django.db.models.functions import Greatest

from catalog.models import ProductPopularity


def popularity_add(deltas: dict[int, int]) -> None:
    """Add ``deltas`` (product id → pieces, negative to take away) to the products' counters,
    never below 0. Rows are touched in product id order, so two transactions never wait on
    each other in a circle."""
    for product_id in sorted(deltas):
        delta = deltas[product_id]
        if not delta:
            continue
        if _add(product_id, delta) or delta < 0:
            continue
        try:
            with transaction.atomic():
                ProductPopularity.objects.create(product_id=product_id, units=delta)
        except IntegrityError:
            # A concurrent order inserted the row first (PostgreSQL waited for it to commit).
            _add(product_id, delta)


def _add(product_id: int, delta: int) -> int:
    return ProductPopularity.objects.filter(product_id=product_id).update(
        units=Greatest(F("units") + delta, Value(0))
    )


def popularity_replace(units: dict[int, int]) -> int:
    """Make the counters exactly ``units`` (product id → pieces in the window); every other
    product's counter becomes 0. Returns how many rows changed or were created."""
    changed = (
        ProductPopularity.objects.exclude(product_id__in=list(units))
        .exclude(units=0)
        .update(units=0)
    )
    current = dict(
        ProductPopularity.objects.filter(product_id__in=list(units)).values_list(
            "product_id", "units"
        )
    )
    stale = [
        ProductPopularity(product_id=product_id, units=max(count, 0))
        for product_id, count in units.items()
        if current.get(product_id) != count
    ]
    ProductPopularity.objects.bulk_create(
        stale,
        batch_size=500,
        update_conflicts=True,
        unique_fields=["product"],
        update_fields=["units", "updated_at"],
    )
    return changed + len(stale)
