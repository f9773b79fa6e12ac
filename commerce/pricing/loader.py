"""Everything the engine needs, from the database in a fixed number of queries.

The active discounts of the whole shop are small (hundreds of rows), read on every priced
page, and change rarely, so they are kept in the shared cache under a version key that every
discount change replaces (the cache is Redis in production, so all processes see it).
"""

import uuid
from decimal import Decimal

from django.core.cache import cache
from django.utils import timezone

from commerce.pricing.models import Discount, DiscountKindChoice, DiscountProduct
from commerce.pricing.types import (
    CartCondition,
    DiscountInput,
    DiscountKind,
    DiscountType,
    Priority,
)

VERSION_KEY = "pricing:discounts:version"
CACHE_SECONDS = 300


def discounts_changed() -> None:
    """Forget the cached discounts (called on every discount or discount-product change)."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def _kind(discount: Discount) -> DiscountKind:
    if discount.kind == DiscountKindChoice.PRODUCT:
        return DiscountKind.SET if discount.is_set else DiscountKind.PRODUCT
    return DiscountKind(discount.kind)


def load_discounts() -> list[DiscountInput]:
    """Active discounts that have not ended, with their products and category paths
    (two queries, whatever their number). Start times are judged later by the engine."""
    now = timezone.now()
    rows = list(
        Discount.objects.filter(is_active=True)
        .exclude(ends_at__lte=now)
        .select_related("category")
        .order_by("pk")
    )
    products: dict[int, set[int]] = {}
    for discount_id, product_id in DiscountProduct.objects.filter(
        discount_id__in=[row.pk for row in rows]
    ).values_list("discount_id", "product_id"):
        products.setdefault(discount_id, set()).add(product_id)
    return [
        DiscountInput(
            id=row.pk,
            name=row.name,
            kind=_kind(row),
            store_id=row.store_id,
            type=DiscountType(row.type),
            value=row.value,
            priority=Priority(row.priority),
            is_active=row.is_active,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            product_ids=frozenset(products.get(row.pk, ())),
            category_path=row.category.path if row.category_id else "",
            condition=CartCondition(row.condition) if row.condition else None,
            threshold=row.threshold if row.threshold is not None else Decimal("0"),
        )
        for row in rows
    ]


def cached_discounts() -> list[DiscountInput]:
    """``load_discounts()`` through the shared cache (no query while nothing changed)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.set(VERSION_KEY, version, None)
    key = f"pricing:discounts:{version}"
    discounts = cache.get(key)
    if discounts is None:
        discounts = load_discounts()
        cache.set(key, discounts, CACHE_SECONDS)
    return discounts
