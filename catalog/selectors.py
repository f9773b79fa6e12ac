"""Reads for shopper pages (SPEC §1 visibility rules), each in a fixed number of queries.

Visibility: a product is *visible* when it is live and has a price; it is *listed* (tiles on
category and home pages) when it is visible and its total stock over all stores is above 0.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Exists, OuterRef, Prefetch, QuerySet, Subquery
from wagtail.images import get_image_model

from catalog.models import (
    CategoryPage,
    Price,
    ProductPage,
    ProductParameter,
    ProductPhoto,
    StockRecord,
)

TILE_RENDITION = "fill-400x400"
GALLERY_RENDITION = "max-800x800"
THUMB_RENDITION = "fill-120x120"


@dataclass(frozen=True)
class SortOption:
    key: str
    label: str
    ordering: tuple[str, ...]


# "popular" needs sales and arrives with orders; these are the sorts that exist today.
SORT_OPTIONS = (
    SortOption("newest", "Newest", ("-first_published_at", "-pk")),
    SortOption("price", "Price: low to high", ("price__amount", "pk")),
    SortOption("-price", "Price: high to low", ("-price__amount", "-pk")),
    SortOption("name", "Name", ("title", "pk")),
)
SORTS = {option.key: option for option in SORT_OPTIONS}
DEFAULT_SORT = "newest"


def visible_products() -> QuerySet[ProductPage]:
    """Live products with a price: the ones a shopper may open (SPEC §1)."""
    return ProductPage.objects.live().filter(price__amount__isnull=False)


def listed_products() -> QuerySet[ProductPage]:
    """Visible products with stock in at least one store: the ones shown as tiles."""
    in_stock = StockRecord.objects.filter(product=OuterRef("pk"), quantity__gt=0)
    return visible_products().filter(Exists(in_stock))


def with_tile_data(queryset: QuerySet[ProductPage]) -> QuerySet[ProductPage]:
    """Adds price, photos and their tile renditions in three extra queries, whatever the size."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=TILE_RENDITION)
    photos = (
        ProductPhoto.objects.select_related("image")
        .prefetch_related(Prefetch("image__renditions", queryset=renditions))
        .order_by("sort_order", "pk")
    )
    # The store the bag icon takes from (most stock): its discounts make the tile's price.
    default_store = (
        StockRecord.objects.filter(product=OuterRef("pk"), quantity__gt=0, store__is_active=True)
        .order_by("-quantity", "store_id")
        .values("store_id")[:1]
    )
    return (
        queryset.select_related("price")
        .annotate(default_store_id=Subquery(default_store))
        .prefetch_related(Prefetch("photos", queryset=photos))
    )


def category_listing(*, category: CategoryPage, page_number: str | None, sort: str | None) -> dict:
    """Context for a category page.

    Returns ``{"subcategories": [CategoryPage], "products": Page of ProductPage (16 per page),
    "sort": key, "sort_options": SORT_OPTIONS, "paginator": Paginator}``. An unknown sort
    falls back to newest; a page number out of range shows the last page (SPEC §1).
    """
    sort_key = sort if sort in SORTS else DEFAULT_SORT
    products = with_tile_data(
        listed_products().descendant_of(category).order_by(*SORTS[sort_key].ordering)
    )
    paginator = Paginator(products, settings.SHOP_PRODUCTS_PER_PAGE)
    try:
        page = paginator.page(page_number or 1)
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    return {
        "subcategories": list(CategoryPage.objects.child_of(category).live()),
        "products": page,
        "paginator": paginator,
        "sort": sort_key,
        "sort_options": SORT_OPTIONS,
    }


def new_arrivals(*, limit: int = 8) -> list[ProductPage]:
    """The newest listed products, newest first."""
    return list(with_tile_data(listed_products().order_by("-first_published_at", "-pk"))[:limit])


# The tree rules fix the depths: root 1 → HomePage 2 (one) → CatalogPage 3 (one) → categories 4.
TOP_CATEGORY_DEPTH = 4


def top_categories() -> list[CategoryPage]:
    """Live categories directly under the catalog root, in tree order (one query)."""
    return list(CategoryPage.objects.live().filter(depth=TOP_CATEGORY_DEPTH).order_by("path"))


def product_price_amount(product: ProductPage):
    """The product's base price in UAH, or None when it has none."""
    amount = Price.objects.filter(product=product).values_list("amount", flat=True).first()
    return amount


def product_detail(*, product: ProductPage, price=...) -> dict:
    """Context for a product page: ``{"price": Decimal|None, "in_stock": bool,
    "stores": [Store] (with stock, most first), "photos": [ProductPhoto],
    "parameters": [ProductParameter]}``. ``price`` (UAH or None), when the caller already
    read it, saves the query."""
    renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(filter_spec__in=[GALLERY_RENDITION, THUMB_RENDITION])
    )
    photos = list(
        ProductPhoto.objects.filter(product=product)
        .select_related("image")
        .prefetch_related(Prefetch("image__renditions", queryset=renditions))
        .order_by("sort_order", "pk")
    )
    parameters = list(
        ProductParameter.objects.filter(product=product)
        .select_related("definition")
        .order_by("sort_order", "pk")
    )
    # Stores that have it, most stock first: the add form's choice and default (SPEC §3).
    records = list(
        StockRecord.objects.filter(product=product, quantity__gt=0, store__is_active=True)
        .select_related("store")
        .order_by("-quantity", "store__name")
    )
    return {
        "price": product_price_amount(product) if price is ... else price,
        "in_stock": bool(records),
        "stores": [record.store for record in records],
        "photos": photos,
        "parameters": parameters,
    }
