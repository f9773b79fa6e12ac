"""Writing the popularity column (SPEC §1 "popular" sort, DESIGN: listings read ready data).

The category page orders by ``ProductPopularity.units``; the order services keep it: they call
``popularity_add`` with the pieces a placement, a line edit or a cancellation changes inside
the window, and the nightly recompute calls ``popularity_replace`` with the window's totals.
Both are atomic in the database (``units = units + n``), so concurrent orders for one product
all count.
"""

from django.db import IntegrityError, transaction
from django.db.models import Case, F, Value, When
from django.db.models.functions import Greatest

from catalog.models import ProductPopularity


def popularity_add(deltas: dict[int, int]) -> None:
    """Add ``deltas`` (product id → pieces, negative to take away) to the products' counters,
    never below 0, in three queries whatever the number of products (an order of many lines
    must not cost a query per line): the rows that exist get one ``UPDATE … CASE``, the
    missing ones with positive pieces one insert. Should a concurrent order insert one of
    them first, the insert fails as a whole and each row is added on its own."""
    deltas = {pk: n for pk, n in deltas.items() if n}
    if not deltas:
        return
    ids = sorted(deltas)
    existing = set(
        ProductPopularity.objects.filter(product_id__in=ids).values_list("product_id", flat=True)
    )
    if existing:
        ProductPopularity.objects.filter(product_id__in=existing).update(
            units=Greatest(
                Case(
                    *[When(product_id=pk, then=F("units") + deltas[pk]) for pk in sorted(existing)]
                ),
                Value(0),
            )
        )
    missing = [pk for pk in ids if pk not in existing and deltas[pk] > 0]
    if not missing:
        return
    try:
        with transaction.atomic():
            ProductPopularity.objects.bulk_create(
                [ProductPopularity(product_id=pk, units=deltas[pk]) for pk in missing]
            )
    except IntegrityError:
        for pk in missing:
            _add_one(pk, deltas[pk])


def _add_one(product_id: int, delta: int) -> None:
    if _add(product_id, delta):
        return
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
