"""Writing prices (SPEC §1: set by managers only; SPEC §8: every change journaled)."""

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from catalog.journal import PRICE_CHANGE
from catalog.models import Price, ProductPage
from commerce.money import CENT, InvalidAmount, quantize_money


@dataclass(frozen=True)
class PriceChange:
    """Outcome of ``price_set``: amounts in UAH (None = no price)."""

    price: Price
    old: Decimal | None
    new: Decimal | None

    @property
    def changed(self) -> bool:
        return self.old != self.new


def validate_price_amount(amount: Decimal | None) -> Decimal | None:
    """None, or a positive amount with at most 2 decimals; raises InvalidAmount otherwise."""
    if amount is None:
        return None
    if not amount.is_finite() or amount <= 0:
        raise InvalidAmount(_("A price must be a positive amount; leave it empty for “no price”."))
    if amount != amount.quantize(CENT):
        raise InvalidAmount(_("A price has at most two decimal places."))
    return quantize_money(amount)


def price_set(
    *, product: ProductPage, amount: Decimal | None, user=None, source: str = ""
) -> PriceChange:
    """Set ``product``'s base price (UAH; None = no price) and journal old → new.

    Locks the price row so two editors cannot lose each other's change. An unchanged amount
    writes nothing. Raises InvalidAmount for a non-positive amount or more than 2 decimals.
    ``source`` (e.g. "import demo_catalog.csv") is shown as the journal entry's comment.
    """
    new = validate_price_amount(amount)
    with transaction.atomic():
        # By id, not instance: Django would cache the fresh row on ``product`` and the
        # caller would then read the old amount from it.
        Price.objects.get_or_create(product_id=product.pk)
        price = Price.objects.select_for_update().get(product_id=product.pk)
        old = price.amount
        if old == new:
            return PriceChange(price=price, old=old, new=new)
        price.amount = new
        price.save(update_fields=["amount", "updated_at"])
        log(
            instance=price,
            action=PRICE_CHANGE,
            user=user,
            title=f"{product.sku} {product.title}",
            data={
                "product_id": product.pk,
                "sku": product.sku,
                "old": None if old is None else str(old),
                "new": None if new is None else str(new),
                "source": source,
            },
        )
    return PriceChange(price=price, old=old, new=new)
