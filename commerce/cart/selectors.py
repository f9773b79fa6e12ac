"""Cart reads in a fixed number of queries, whatever the number of lines."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import F, Prefetch, Sum

from catalog.models import ProductPhoto, StockRecord
from catalog.selectors import TILE_RENDITION
from commerce.models import Cart, CartLine
from commerce.money import quantize_money


@dataclass(frozen=True)
class CartSummary:
    """The header's view: pieces in the cart and their total at base prices (UAH)."""

    count: int
    total: Decimal


EMPTY_SUMMARY = CartSummary(count=0, total=Decimal("0.00"))


def cart_summary(cart: Cart | None) -> CartSummary:
    """One query: pieces and total of lines whose product is on sale."""
    if cart is None:
        return EMPTY_SUMMARY
    totals = CartLine.objects.filter(
        cart=cart, product__live=True, product__price__amount__isnull=False
    ).aggregate(count=Sum("quantity"), total=Sum(F("quantity") * F("product__price__amount")))
    return CartSummary(
        count=totals["count"] or 0, total=quantize_money(Decimal(totals["total"] or 0))
    )


@dataclass
class CartRow:
    """One line of the cart page; ``unit_price``/``line_total`` in UAH (None when the
    product is no longer on sale)."""

    line: CartLine
    unit_price: Decimal | None
    line_total: Decimal | None
    stores: list  # stores that sell the product, for the switch
    main_photo: ProductPhoto | None

    @property
    def available(self) -> bool:
        return self.unit_price is not None


@dataclass
class CartView:
    rows: list[CartRow]
    subtotal: Decimal
    count: int

    @property
    def has_unavailable(self) -> bool:
        return any(not row.available for row in self.rows)


def cart_view(cart: Cart | None) -> CartView:
    """Rows, subtotal and piece count for the cart page, in four queries."""
    if cart is None:
        return CartView(rows=[], subtotal=Decimal("0.00"), count=0)
    from wagtail.images import get_image_model

    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=TILE_RENDITION)
    photos = (
        ProductPhoto.objects.select_related("image")
        .prefetch_related(Prefetch("image__renditions", queryset=renditions))
        .order_by("sort_order", "pk")
    )
    lines = list(
        CartLine.objects.filter(cart=cart)
        .select_related("product", "product__price", "store")
        .prefetch_related(Prefetch("product__photos", queryset=photos))
        .order_by("created_at", "pk")
    )
    stores_by_product: dict[int, list] = {}
    for record in (
        StockRecord.objects.filter(
            product_id__in={line.product_id for line in lines}, store__is_active=True
        )
        .select_related("store")
        .order_by("store__name")
    ):
        stores_by_product.setdefault(record.product_id, []).append(record.store)
    rows, subtotal, count = [], Decimal("0.00"), 0
    for line in lines:
        product = line.product
        price = getattr(product, "price", None)
        amount = price.amount if price is not None and product.live else None
        total = quantize_money(amount * line.quantity) if amount is not None else None
        if total is not None:
            subtotal += total
            count += line.quantity
        photos_list = list(product.photos.all())
        rows.append(
            CartRow(
                line=line,
                unit_price=amount,
                line_total=total,
                stores=stores_by_product.get(line.product_id, []),
                main_photo=photos_list[0] if photos_list else None,
            )
        )
    return CartView(rows=rows, subtotal=subtotal, count=count)
