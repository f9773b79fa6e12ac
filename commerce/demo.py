"""Demo discounts for the demo catalog (issue 5.7), created in every demo store so they show
wherever a product's stock is. Idempotent: matched by name and store."""

from decimal import Decimal

from catalog.models import CategoryPage, ProductPage, Store
from commerce.models import Discount, DiscountKindChoice, DiscountProduct
from commerce.pricing.types import CartCondition, DiscountType, Priority

DEMO_DISCOUNTS = [
    dict(
        name="Pixel 8 autumn sale −10%",
        kind=DiscountKindChoice.PRODUCT,
        type=DiscountType.PERCENT,
        value="10",
        priority=Priority.MEDIUM,
        skus=["EL-0008"],
    ),
    dict(
        name="Redmi Note 13 promo price",
        kind=DiscountKindChoice.PRODUCT,
        type=DiscountType.PRICE,
        value="7999.00",
        priority=Priority.HIGH,
        skus=["EL-0010"],
    ),
    dict(
        name="Galaxy S24 + silicone case −500",
        kind=DiscountKindChoice.PRODUCT,
        is_set=True,
        type=DiscountType.AMOUNT,
        value="500.00",
        priority=Priority.HIGH,
        skus=["EL-0001", "EL-0012"],
    ),
    dict(
        name="−3% on all laptops",
        kind=DiscountKindChoice.GROUP,
        type=DiscountType.PERCENT,
        value="3",
        priority=Priority.MEDIUM,
        category="Laptops",
    ),
    dict(
        name="More than 3 items → 5%",
        kind=DiscountKindChoice.CART,
        type=DiscountType.PERCENT,
        value="5",
        priority=Priority.LOW,
        condition=CartCondition.MIN_ITEMS,
        threshold="4",
    ),
    dict(
        name="Any line over 3 units → 20% off the order",
        kind=DiscountKindChoice.CART,
        type=DiscountType.PERCENT,
        value="20",
        priority=Priority.LOW,
        condition=CartCondition.LINE_QUANTITY_OVER,
        threshold="3",
    ),
]


def ensure_demo_discounts() -> int:
    """Create the demo discounts that are missing; returns how many were created."""
    created = 0
    for store in Store.objects.all():
        for spec in DEMO_DISCOUNTS:
            if Discount.objects.filter(name=spec["name"], store=store).exists():
                continue
            category = None
            if spec.get("category"):
                category = CategoryPage.objects.filter(title=spec["category"]).first()
                if category is None:
                    continue
            products = list(ProductPage.objects.filter(sku__in=spec.get("skus", [])))
            if len(products) != len(spec.get("skus", [])):
                continue
            discount = Discount.objects.create(
                name=spec["name"],
                store=store,
                kind=spec["kind"],
                is_set=spec.get("is_set", False),
                type=spec["type"],
                value=Decimal(spec["value"]),
                priority=spec["priority"],
                category=category,
                condition=spec.get("condition", ""),
                threshold=Decimal(spec["threshold"]) if spec.get("threshold") else None,
                description="Demo discount.",
            )
            for order, product in enumerate(products):
                DiscountProduct.objects.create(discount=discount, product=product, sort_order=order)
            created += 1
    return created
