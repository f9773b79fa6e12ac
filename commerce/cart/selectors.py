"""Cart reads in a fixed number of queries, whatever the number of lines; prices come from
the discount engine (SPEC §4)."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch

from catalog.models import ProductPhoto, StockRecord
from catalog.models.product_parts import TILE_RENDITION
from commerce.cart.models import Cart, CartLine
from commerce.money import quantize_money
from commerce.pricing.labels import applied_note, name_of
from commerce.pricing.offers import price_lines
from commerce.pricing.types import AppliedDiscount, LineInput, PricedCart, PricedLine

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class CartSummary:
    """The header's view: pieces in the cart and the total to pay (UAH, after discounts)."""

    count: int
    total: Decimal


EMPTY_SUMMARY = CartSummary(count=0, total=ZERO)


def line_on_sale(line: CartLine) -> bool:
    """Whether a line's product is still live and priced (loaded with product__price)."""
    price = getattr(line.product, "price", None)
    return line.product.live and price is not None and price.amount is not None


def line_input(line: CartLine) -> LineInput:
    """The engine's view of an on-sale cart line (base unit price in UAH, tree path)."""
    return LineInput(
        product_id=line.product_id,
        store_id=line.store_id,
        quantity=line.quantity,
        unit_price=line.product.price.amount,
        path=line.product.path,
        name=line.product.title,
    )


def cart_summary(cart: Cart | None, *, loyalty_percent: Decimal = ZERO) -> CartSummary:
    """One query (the lines with their prices) plus the engine on cached discounts."""
    if cart is None:
        return EMPTY_SUMMARY
    lines = [
        line
        for line in CartLine.objects.filter(cart=cart).select_related("product", "product__price")
        if line_on_sale(line)
    ]
    if not lines:
        return EMPTY_SUMMARY
    priced = price_lines([line_input(line) for line in lines], loyalty_percent=loyalty_percent)
    return CartSummary(count=sum(line.quantity for line in lines), total=priced.total)


@dataclass
class CartRow:
    """One line of the cart page; ``priced`` is None when the product is no longer on sale."""

    line: CartLine
    priced: PricedLine | None
    stores: list  # stores that sell the product, for the switch
    main_photo: ProductPhoto | None

    @property
    def available(self) -> bool:
        return self.priced is not None

    @property
    def unit_price(self) -> Decimal | None:
        return self.priced.unit_price if self.priced else None

    @property
    def line_total(self) -> Decimal | None:
        return self.priced.final_amount if self.priced else None


@dataclass
class CartView:
    """The cart page: rows, every applied discount, subtotal, discount total, total (UAH)."""

    rows: list[CartRow]
    applied: tuple[AppliedDiscount, ...] = ()
    subtotal: Decimal = ZERO
    total: Decimal = ZERO
    count: int = 0

    @property
    def discount_total(self) -> Decimal:
        return self.subtotal - self.total

    @property
    def discounts(self) -> list[tuple[str, str, Decimal]]:
        """(name, note, amount) per discount, in walk order; a line discount that applied to
        several lines is listed once with its total."""
        totals: dict[object, list] = {}
        for applied in self.applied:
            key = applied.discount_id  # None: the loyalty discount, applied once
            if key in totals:
                totals[key][2] += applied.amount
            else:
                totals[key] = [name_of(applied), applied_note(applied), applied.amount]
        return [tuple(entry) for entry in totals.values()]

    @property
    def summary(self) -> CartSummary:
        """The header's numbers, from this already priced cart."""
        return CartSummary(count=self.count, total=self.total)

    @property
    def has_unavailable(self) -> bool:
        return any(not row.available for row in self.rows)


def cart_view(cart: Cart | None, *, loyalty_percent: Decimal = ZERO) -> CartView:
    """Rows and totals for the cart page in four queries, priced by the engine."""
    if cart is None:
        return CartView(rows=[])
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
    on_sale = [line for line in lines if line_on_sale(line)]
    priced: PricedCart | None = (
        price_lines([line_input(line) for line in on_sale], loyalty_percent=loyalty_percent)
        if on_sale
        else None
    )
    rows = []
    for line in lines:
        photos_list = list(line.product.photos.all())
        rows.append(
            CartRow(
                line=line,
                priced=priced.line((line.product_id, line.store_id))
                if priced and line_on_sale(line)
                else None,
                stores=stores_by_product.get(line.product_id, []),
                main_photo=photos_list[0] if photos_list else None,
            )
        )
    if priced is None:
        return CartView(rows=rows)
    return CartView(
        rows=rows,
        applied=priced.applied,
        subtotal=quantize_money(priced.subtotal),
        total=priced.total,
        count=sum(line.quantity for line in on_sale),
    )
