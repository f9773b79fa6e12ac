"""Writing the popularity column (SPEC §1 "popular" sort, DESIGN: listings read ready data).

The category page orders by ``ProductPopularity.units``; the order services keep it: they call
``popularity_add`` with the pieces a placement, a line edit or a cancellation changes inside
the window, and the nightly recompute calls ``popularity_replace`` with the window's totals.
Both are atomic in the database (``units = units + n``), so concurrent orders for one product
all count.
"""

from catalog.models import ProductPopularity
from config.counters import add_to_counters


def popularity_add(deltas: dict[int, int]) -> None:
    """Add ``deltas`` (product id → pieces, negative to take away) to the products' counters,
    never below 0, in three queries whatever the number of products (an order of many lines
    must not cost a query per line): the rows that exist get one ``UPDATE … CASE``, the
    missing ones with positive pieces one insert. Should a concurrent order insert one of
    them first, the insert fails as a whole and each row is added on its own."""
    add_to_counters(
        ProductPopularity.objects.all(),
        key="product_id",
        field="units",
        deltas=deltas,
        new_row=lambda pk, units: ProductPopularity(product_id=pk, units=units),
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
