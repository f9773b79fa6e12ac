"""The promotions page (SPEC §2, issue 14.3): live product, set and group discounts with
their products, each in words, with its dates and prices as the discount's store sells them.

The demo (and a shop with several stores) often runs the same rule in each store: such
copies are shown as one promotion naming its stores.
"""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from django.db.models import Prefetch, Q
from django.utils import timezone

from catalog.models import ProductPage
from catalog.selectors import listed_in_order, listed_tiles
from commerce.pricing.engine import price_cart
from commerce.pricing.labels import rule_in_words
from commerce.pricing.models import Discount, DiscountKindChoice, DiscountProduct
from commerce.pricing.offers import attach_store_offers
from commerce.pricing.types import LineInput

TILES_ON_INDEX = 4  # products shown per promotion on the index
TILES_ON_DETAIL = 24  # a group promotion's products on its page (the category has them all)


class PromotionEnded(LookupError):
    """No live product, set or group discount has this id (ended, not started, switched
    off, a cart discount, or never existed): the page answers 410."""


@dataclass
class Promotion:
    """One promotion: ``discount`` (the copy with the smallest id), the ``stores`` it runs
    in, the rule in words, and product tiles (``products``, each with ``offer`` at the
    discount's store). For a set, ``set_price`` and ``set_base`` are the whole set's price
    with and without the discount (UAH)."""

    discount: Discount
    stores: list = field(default_factory=list)
    rule: str = ""
    products: list = field(default_factory=list)
    more: bool = False
    set_price: Decimal | None = None
    set_base: Decimal | None = None

    @property
    def ends_at(self) -> datetime | None:
        return self.discount.ends_at


def _live(now: datetime):
    return (
        Discount.objects.filter(
            is_active=True, kind__in=[DiscountKindChoice.PRODUCT, DiscountKindChoice.GROUP]
        )
        .filter(Q(starts_at__isnull=True) | Q(starts_at__lte=now))
        .filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now))
        .select_related("store", "category")
        .prefetch_related(
            Prefetch("product_links", queryset=DiscountProduct.objects.order_by("sort_order", "pk"))
        )
        .order_by("pk")
    )


def _rule_key(discount: Discount) -> tuple:
    products = tuple(sorted(link.product_id for link in discount.product_links.all()))
    return (
        discount.name,
        discount.kind,
        discount.is_set,
        discount.type,
        discount.value,
        discount.category_id,
        products,
        discount.ends_at,
    )


def _grouped(discounts: list[Discount]) -> list[Promotion]:
    promotions: dict[tuple, Promotion] = {}
    for discount in discounts:
        key = _rule_key(discount)
        if key not in promotions:
            promotions[key] = Promotion(discount=discount, rule=rule_in_words(discount))
        promotions[key].stores.append(discount.store)
    return list(promotions.values())


def _product_ids(discount: Discount) -> list[int]:
    return [link.product_id for link in discount.product_links.all()]


def _tiles(ids: list[int], *, store_id: int, request, limit: int) -> list[ProductPage]:
    products = listed_in_order(ids)[:limit]
    attach_store_offers(products, request, store_id=store_id)
    return products


def live_promotions(*, request=None, now: datetime | None = None) -> list[Promotion]:
    """Every live product, set and group promotion, newest rule first, with up to four
    product tiles each; a fixed number of queries whatever the number of products."""
    now = now or timezone.now()
    promotions = _grouped(list(_live(now)))
    wanted: set[int] = set()
    for promotion in promotions:
        if promotion.discount.kind == DiscountKindChoice.PRODUCT:
            wanted.update(_product_ids(promotion.discount))
    listed = listed_tiles(wanted)
    for promotion in promotions:
        discount = promotion.discount
        if discount.kind == DiscountKindChoice.PRODUCT:
            products = [listed[pk] for pk in _product_ids(discount) if pk in listed]
        else:
            products = []  # a group's products are on its page and in its category
        promotion.more = len(products) > TILES_ON_INDEX
        promotion.products = products[:TILES_ON_INDEX]
    for promotion in promotions:
        attach_store_offers(promotion.products, request, store_id=promotion.discount.store_id)
    return sorted(promotions, key=lambda p: -p.discount.pk)


def promotion_detail(*, discount_id: int, request=None, now: datetime | None = None) -> Promotion:
    """One live promotion with its product tiles (a group's: the first 24 listed products of
    its category, newest first); PromotionEnded when it is not live."""
    now = now or timezone.now()
    discounts = list(_live(now))
    chosen = next((d for d in discounts if d.pk == discount_id), None)
    if chosen is None:
        raise PromotionEnded(discount_id)
    promotion = next(p for p in _grouped(discounts) if _rule_key(p.discount) == _rule_key(chosen))
    discount = promotion.discount
    if discount.kind == DiscountKindChoice.GROUP:
        category = discount.category
        ids = list(
            ProductPage.objects.listed()
            .filter(path__startswith=category.path, depth__gt=category.depth)
            .order_by("-first_published_at", "-pk")
            .values_list("pk", flat=True)[: TILES_ON_DETAIL + 1]
        )
        promotion.more = len(ids) > TILES_ON_DETAIL
        promotion.products = _tiles(
            ids, store_id=discount.store_id, request=request, limit=TILES_ON_DETAIL
        )
    else:
        promotion.products = _tiles(
            _product_ids(discount), store_id=discount.store_id, request=request, limit=100
        )
    # A set with a product not listed (sold out, no price, draft) cannot be bought whole.
    complete = {p.pk for p in promotion.products} == set(_product_ids(discount))
    if discount.is_set and promotion.products and complete:
        promotion.set_base, promotion.set_price = _set_prices(promotion, now=now)
    return promotion


def _set_prices(promotion: Promotion, *, now: datetime) -> tuple[Decimal, Decimal]:
    """One of each product of the set, priced by the engine with this discount alone (its
    store's base prices): (without, with) in UAH."""
    from commerce.pricing.loader import cached_discounts

    discount = promotion.discount
    lines = [
        LineInput(
            product_id=product.pk,
            store_id=discount.store_id,
            quantity=1,
            unit_price=product.price.amount,
            path=product.path,
        )
        for product in promotion.products
    ]
    rules = [rule for rule in cached_discounts() if rule.id == discount.pk]
    priced = price_cart(lines, rules, now=now)
    return priced.subtotal, priced.total
