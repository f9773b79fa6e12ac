"""Writing stock (SPEC §1, §3): stock never goes negative.

``stock_set`` is the manual count (admin, import), journaled old → new; the reservation
primitives below move units to and from carts and orders; ``stock_journal_move`` journals the
moves staff cause through orders.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from catalog.journal import STOCK_CHANGE
from catalog.models import ProductPage, StockRecord, Store
from config.errors import ShopError


class InvalidStockQuantity(ShopError):
    """A stock quantity that is not a whole number ≥ 0; the message is safe to show."""

    status = 400


@dataclass(frozen=True)
class StockChange:
    """Outcome of ``stock_set``; quantities in pieces."""

    stock_record: StockRecord
    old: int
    new: int

    @property
    def changed(self) -> bool:
        return self.old != self.new


def stock_set(
    *, product: ProductPage, store: Store, quantity: int, user=None, source: str = ""
) -> StockChange:
    """Set the pieces of ``product`` held in ``store`` to ``quantity`` and journal old → new.

    Creates the stock record when missing (old = 0). The row is locked while it is read and
    written, so a concurrent change is not lost. Raises InvalidStockQuantity for a negative
    or non-integer quantity.
    """
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 0:
        raise InvalidStockQuantity(_("Stock is a whole number of pieces, 0 or more."))
    with transaction.atomic():
        StockRecord.objects.get_or_create(product=product, store=store)
        record = StockRecord.objects.select_for_update().get(product=product, store=store)
        old = record.quantity
        if old == quantity:
            return StockChange(stock_record=record, old=old, new=quantity)
        record.quantity = quantity
        record.save(update_fields=["quantity", "updated_at"])
        _journal(record=record, product=product, store=store, old=old, user=user, source=source)
    return StockChange(stock_record=record, old=old, new=quantity)


def _journal(*, record: StockRecord, product, store, old: int, user, source: str) -> None:
    """One stock journal entry: ``record`` now holds its new quantity, it held ``old``."""
    log(
        instance=record,
        action=STOCK_CHANGE,
        user=user,
        title=f"{product.sku} @ {store.code}",
        data={
            "product_id": product.pk,
            "sku": product.sku,
            "store": store.code,
            "old": old,
            "new": record.quantity,
            "source": source,
        },
    )


# --- Reservations (SPEC §3) ---------------------------------------------------------------
#
# Cart reservations move units between a store's stock record and cart lines. Each move is
# one conditional UPDATE, atomic on SQLite and PostgreSQL alike; callers that move several
# records in one transaction lock them first with ``stock_lock`` (in pk order, so two
# transactions can never wait on each other in a cycle). The CHECK (quantity >= 0) is the
# last guard. These holds are not journaled one by one: the cart lines are their record.


class InsufficientStock(ShopError):
    """The store does not hold the pieces asked for; nothing was taken. Safe to show."""

    status = 409

    def __init__(self, message: str | None = None):
        super().__init__(message or _("Not enough stock in this store."))


def stock_lock(*, pairs: list[tuple[int, int]]) -> None:
    """Lock the stock records of ``(product_id, store_id)`` pairs in primary-key order for
    the rest of the current transaction (a no-op on SQLite, whose IMMEDIATE transactions
    already serialize writers)."""
    if not pairs:
        return
    condition = Q()
    for product_id, store_id in pairs:
        condition |= Q(product_id=product_id, store_id=store_id)
    list(
        StockRecord.objects.select_for_update()
        .filter(condition)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def stock_take(*, product_id: int, store_id: int, quantity: int) -> None:
    """Take ``quantity`` pieces from the store's stock record in one conditional UPDATE.

    Raises InsufficientStock (and changes nothing) when the record holds fewer pieces or
    does not exist.
    """
    if quantity <= 0:
        return
    updated = StockRecord.objects.filter(
        product_id=product_id, store_id=store_id, quantity__gte=quantity
    ).update(quantity=F("quantity") - quantity, updated_at=timezone.now())
    if updated != 1:
        raise InsufficientStock()


def stock_take_up_to(*, product_id: int, store_id: int, quantity: int) -> int:
    """Take as many of ``quantity`` pieces as the store holds (locking its record); returns
    how many were taken (0 when none)."""
    record = (
        StockRecord.objects.select_for_update()
        .filter(product_id=product_id, store_id=store_id)
        .first()
    )
    if record is None or record.quantity <= 0 or quantity <= 0:
        return 0
    taken = min(record.quantity, quantity)
    stock_take(product_id=product_id, store_id=store_id, quantity=taken)
    return taken


def stock_return(*, product_id: int, store_id: int, quantity: int) -> None:
    """Give ``quantity`` pieces back to the store's stock record (created if it was removed)."""
    if quantity <= 0:
        return
    updated = StockRecord.objects.filter(product_id=product_id, store_id=store_id).update(
        quantity=F("quantity") + quantity, updated_at=timezone.now()
    )
    if updated == 0:
        StockRecord.objects.create(product_id=product_id, store_id=store_id, quantity=quantity)


def stock_journal_move(*, product_id: int, store_id: int, delta: int, user, source: str) -> None:
    """Journal a move of ``delta`` pieces (+ back to the store, − out of it) that staff made
    happen through an order — a cancellation, a line edit — as old → new on the stock
    record, with ``source`` saying which order and why. Call it right after the move, in the
    same transaction (the record is locked there, so the numbers are exact)."""
    if delta == 0:
        return
    record = (
        StockRecord.objects.select_related("product", "store")
        .filter(product_id=product_id, store_id=store_id)
        .first()
    )
    if record is None:
        return
    _journal(
        record=record,
        product=record.product,
        store=record.store,
        old=record.quantity - delta,
        user=user,
        source=source,
    )
