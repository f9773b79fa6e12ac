"""Prices shown to shoppers (SPEC §1, §4): tiles and product pages show a unit's base price
struck through beside the current one when a discount (or the customer's loyalty percent)
applies; the cart and header show the whole priced cart."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils import timezone

from commerce.pricing.engine import price_cart
from commerce.pricing.loader import cached_discounts
from commerce.pricing.types import DiscountKind, LineInput, PricedCart

UNIT_KINDS = (DiscountKind.PRODUCT, DiscountKind.GROUP)  # sets and cart rules need a cart


@dataclass(frozen=True)
class Offer:
    """One piece's price for a shopper: ``base`` and ``current`` in UAH."""

    base: Decimal
    current: Decimal

    @property
    def discounted(self) -> bool:
        return self.current < self.base

    @property
    def percent_off(self) -> int:
        """How much cheaper than the base price, in whole per cent (half up): the tile's
        badge. 0 when not discounted or under half a per cent off."""
        if not self.discounted or self.base <= 0:
            return 0
        share = (self.base - self.current) / self.base * 100
        return int(share.quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def loyalty_percent_for_request(request) -> Decimal:
    """The logged-in customer's personal percent (0 for guests); one query, once a request."""
    if request is None or not request.user.is_authenticated:
        return Decimal("0")
    if not hasattr(request, "_loyalty_percent"):
        from commerce.customers.models import Customer

        percent = (
            Customer.objects.filter(user=request.user)
            .values_list("loyalty_percent", flat=True)
            .first()
        )
        request._loyalty_percent = percent or Decimal("0")
    return request._loyalty_percent


def unit_offer(
    *,
    product_id: int,
    store_id: int | None,
    path: str,
    base: Decimal,
    loyalty_percent: Decimal,
    discounts=None,
) -> Offer:
    """The price of one piece from ``store_id`` with the product and group discounts of that
    store and the loyalty percent."""
    if store_id is None:
        return Offer(base=base, current=base)
    rules = [
        d
        for d in (discounts if discounts is not None else cached_discounts())
        if d.kind in UNIT_KINDS and d.store_id == store_id
    ]
    line = LineInput(
        product_id=product_id, store_id=store_id, quantity=1, unit_price=base, path=path
    )
    priced = price_cart([line], rules, loyalty_percent=loyalty_percent, now=timezone.now())
    return Offer(base=base, current=priced.total)


def attach_offers(products, request) -> None:
    """Set ``product.offer`` on listed products (they carry ``price`` and the annotated
    ``default_store_id``, the store the bag icon takes from). No query on a warm cache."""
    _attach(products, request, store_of=lambda product: getattr(product, "default_store_id", None))


def attach_store_offers(products, request, *, store_id: int) -> None:
    """Set ``product.offer`` as ``store_id`` sells each product (a promotion's store), with the
    shopper's loyalty percent. No query on a warm cache."""
    _attach(products, request, store_of=lambda product: store_id)


def _attach(products, request, *, store_of) -> None:
    products = list(products)
    if not products:
        return
    discounts = cached_discounts()
    loyalty = loyalty_percent_for_request(request)
    for product in products:
        product.offer = unit_offer(
            product_id=product.pk,
            store_id=store_of(product),
            path=product.path,
            base=product.price.amount,
            loyalty_percent=loyalty,
            discounts=discounts,
        )


def price_lines(lines: list[LineInput], *, loyalty_percent: Decimal) -> PricedCart:
    """A whole cart through the engine with the shop's current discounts."""
    return price_cart(
        lines, cached_discounts(), loyalty_percent=loyalty_percent, now=timezone.now()
    )
