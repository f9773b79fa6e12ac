"""Counter rows kept by many writers at once: the one piece that adds amounts to them.

Used by the popularity column (``catalog.popularity``) and the daily sales it is summed from
(``commerce.orders.sales``): an order changes the counters of all its products, so the work
must not cost a query per line, and concurrent orders for one product must all count.
"""

from collections.abc import Callable

from django.db import IntegrityError, models, transaction
from django.db.models import Case, F, Value, When
from django.db.models.functions import Greatest


def add_to_counters(
    rows: models.QuerySet,
    *,
    key: str,
    field: str,
    deltas: dict[int, int],
    new_row: Callable[[int, int], models.Model],
) -> None:
    """Add ``deltas`` (a ``key`` value, such as a product id → an amount, negative to take
    away) to the integer ``field`` of ``rows`` (a queryset: the counters of one kind, e.g.
    one day's), never below 0, in at most three queries whatever the number of keys: the rows
    that exist get one ``UPDATE … CASE`` (``field = field + n`` in the database, so
    concurrent writers all count), the missing ones with a positive amount one insert of
    ``new_row(key value, amount)``. Should a concurrent writer insert one of them first, the
    insert is rolled back as a whole and each row is added on its own."""
    deltas = {pk: n for pk, n in deltas.items() if n}
    if not deltas:
        return
    ids = sorted(deltas)
    existing = set(rows.filter(**{f"{key}__in": ids}).values_list(key, flat=True))
    if existing:
        rows.filter(**{f"{key}__in": existing}).update(
            **{
                field: Greatest(
                    Case(
                        *[When(**{key: pk}, then=F(field) + deltas[pk]) for pk in sorted(existing)]
                    ),
                    Value(0),
                )
            }
        )
    missing = [pk for pk in ids if pk not in existing and deltas[pk] > 0]
    if not missing:
        return
    try:
        with transaction.atomic():
            rows.model.objects.bulk_create([new_row(pk, deltas[pk]) for pk in missing])
    except IntegrityError:
        for pk in missing:
            _add_one(rows, key=key, field=field, pk=pk, delta=deltas[pk], new_row=new_row)


def _add_one(rows, *, key, field, pk, delta, new_row) -> None:
    if _update(rows, key=key, field=field, pk=pk, delta=delta):
        return
    try:
        with transaction.atomic():
            new_row(pk, delta).save(force_insert=True)
    except IntegrityError:
        # A concurrent writer inserted the row first (PostgreSQL waited for it to commit).
        _update(rows, key=key, field=field, pk=pk, delta=delta)


def _update(rows, *, key, field, pk, delta) -> int:
    return rows.filter(**{key: pk}).update(**{field: Greatest(F(field) + delta, Value(0))})
