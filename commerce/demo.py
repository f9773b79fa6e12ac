"""Demo discounts for the demo catalog (issue 5.7), created in every demo store so they show
wherever a product's stock is. Idempotent: matched by name and store."""

from decimal import Decimal

from catalog.models import CategoryPage, ProductPage, Store
from commerce.pricing.models import Discount, DiscountKindChoice, DiscountProduct
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


DEMO_DELIVERY = [
    ("courier", "Courier", "courier", [("0", "120"), ("1000", "60"), ("3000", "0")]),
    ("parcel", "Nova Poshta parcel", "carrier", [("0", "80"), ("1500", "50"), ("5000", "0")]),
]


def ensure_demo_delivery() -> int:
    """Pickup at each store (free), a courier and a parcel carrier with their rate tables."""
    from commerce.delivery.models import DeliveryMethod, DeliveryRate

    created = 0
    for order, store in enumerate(Store.objects.all()):
        _, made = DeliveryMethod.objects.get_or_create(
            code=f"pickup-{store.code}",
            defaults={
                "name": f"Pickup at {store.name}",
                "kind": "pickup",
                "store": store,
                "sort_order": order,
            },
        )
        created += made
    for order, (code, name, kind, rates) in enumerate(DEMO_DELIVERY, start=10):
        method, made = DeliveryMethod.objects.get_or_create(
            code=code, defaults={"name": name, "kind": kind, "sort_order": order}
        )
        if made:
            for start, fee in rates:
                DeliveryRate.objects.create(
                    method=method, goods_total_from=Decimal(start), fee=Decimal(fee)
                )
        created += made
    return created
