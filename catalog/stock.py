"""Writing stock (SPEC §1, §3): every change journaled, stock never negative.

Later issues add reserve / release / transfer here, each one conditional UPDATE.
"""

from dataclasses import dataclass

from django.db import transaction
from wagtail.log_actions import log

from catalog.journal import STOCK_CHANGE
from catalog.models import ProductPage, StockRecord, Store


class InvalidStockQuantity(ValueError):
    """A stock quantity that is not a whole number ≥ 0; the message is safe to show."""


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
        raise InvalidStockQuantity("Stock is a whole number of pieces, 0 or more.")
    with transaction.atomic():
        StockRecord.objects.get_or_create(product=product, store=store)
        record = StockRecord.objects.select_for_update().get(product=product, store=store)
        old = record.quantity
        if old == quantity:
            return StockChange(stock_record=record, old=old, new=quantity)
        record.quantity = quantity
        record.save(update_fields=["quantity", "updated_at"])
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
                "new": quantity,
                "source": source,
            },
        )
    return StockChange(stock_record=record, old=old, new=quantity)
