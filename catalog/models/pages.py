"""The catalog page tree (SPEC §1): CatalogPage → CategoryPage (any depth) → ProductPage."""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, F, OrderBy, OuterRef, Prefetch, Subquery
from django.http import Http404, QueryDict
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from catalog.formsets import distinct_chosen
from catalog.glossary import term
from catalog.models.filters import FilteredListing
from catalog.models.inventory import Price, StockRecord
from catalog.models.product_parts import (
    GALLERY_RENDITION,
    THUMB_RENDITION,
    TILE_RENDITION,
    ProductParameter,
    ProductPhoto,
)
from catalog.models.ratings import ProductRating
from catalog.routing import RoutedPageMixin
from catalog.seo import product_json_ld
from catalog.slugs import LatinSlugMixin

sku_validator = RegexValidator(
    r"^[^\s]+$", _("A SKU is one word: letters, digits and signs like - . / without spaces.")
)


def normalize_sku(value: str | None) -> str | None:
    """``" pl-0001 "`` → ``"PL-0001"``: SKUs compare case-insensitively across the catalog."""
    if value is None:
        return None
    return value.strip().upper() or None


@dataclass(frozen=True)
class SortOption:
    key: str
    label: str
    ordering: tuple[str | OrderBy, ...]


SORT_OPTIONS = (
    SortOption("newest", _("Newest"), ("-first_published_at", "-pk")),
    # Issue 15: pieces sold in the last 90 days, read from the indexed counter the order
    # services keep (ProductPopularity; no row = none sold), ties by newest.
    SortOption(
        "popular",
        _("Popular"),
        (F("popularity__units").desc(nulls_last=True), "-first_published_at", "-pk"),
    ),
    SortOption("price", _("Price: low to high"), ("price__amount", "pk")),
    SortOption("-price", _("Price: high to low"), ("-price__amount", "-pk")),
    SortOption("name", _("Name"), ("title", "pk")),
)
SORTS = {option.key: option for option in SORT_OPTIONS}
DEFAULT_SORT = "newest"


class ProductPageQuerySet(PageQuerySet):
    """Shopper visibility (SPEC §1): a product is *visible* when it is live and has a price;
    it is *listed* (tiles on category and home pages) when it is visible and its total stock
    over all active stores is above 0."""

    def visible(self):
        """Live products with a price: the ones a shopper may open."""
        return self.live().filter(price__amount__isnull=False)

    def not_visible(self):
        """Every product ``visible()`` leaves out (drafts, no price): kept out of the sitemap
        (issue 14.7)."""
        return self.exclude(pk__in=self.visible().values("pk"))

    def listed(self):
        """Visible products with sellable stock (pieces in an active store): the ones shown as
        tiles. A product whose only pieces sit in an inactive store is out of stock, as on its
        page and in the bag (issue 12.10)."""
        in_stock = StockRecord.objects.sellable().filter(product=OuterRef("pk"))
        return self.visible().filter(Exists(in_stock))

    def with_tile_data(self):
        """Adds price, rating (issue 16.5: joined, no query of its own), photos and their tile
        renditions in three extra queries, whatever the size."""
        renditions = (
            get_image_model().get_rendition_model().objects.filter(filter_spec=TILE_RENDITION)
        )
        photos = (
            ProductPhoto.objects.select_related("image")
            .prefetch_related(Prefetch("image__renditions", queryset=renditions))
            .order_by("sort_order", "pk")
        )
        # The store the bag icon takes from (most stock): its discounts make the tile's price.
        default_store = (
            StockRecord.objects.sellable()
            .filter(product=OuterRef("pk"))
            .order_by("-quantity", "store_id")
            .values("store_id")[:1]
        )
        return (
            self.select_related("price", "rating")
            .annotate(default_store_id=Subquery(default_store))
            .prefetch_related(Prefetch("photos", queryset=photos))
        )


class CatalogPage(RoutedPageMixin, LatinSlugMixin, Page):
    """The catalog root: lists the top-level categories. One per site."""

    intro = RichTextField(
        blank=True, features=["bold", "italic", "link"], verbose_name=_("introduction")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["catalog.CategoryPage"]
    max_count = 1

    class Meta:
        verbose_name = _("catalog")
        verbose_name_plural = _("catalogs")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["categories"] = CategoryPage.objects.child_of(self).live()
        return context


class CategoryPage(RoutedPageMixin, LatinSlugMixin, Page):
    """A category; nests to any depth. Shows subcategories and every listed product of its
    whole subtree, 16 per page (SPEC §1)."""

    intro = RichTextField(
        blank=True, features=["bold", "italic", "link"], verbose_name=_("introduction")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["catalog.CatalogPage", "catalog.CategoryPage"]
    subpage_types = ["catalog.CategoryPage", "catalog.ProductPage"]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def get_context(self, request, *args, **kwargs):
        from commerce.pricing.offers import attach_offers

        context = super().get_context(request, *args, **kwargs)
        context.update(
            self.listing(
                page_number=request.GET.get("page"), sort=request.GET.get("sort"), query=request.GET
            )
        )
        attach_offers(context["products"].object_list, request)
        return context

    def listing(
        self, *, page_number: str | None, sort: str | None, query: QueryDict | None = None
    ) -> dict:
        """Context for the category page.

        Returns ``{"subcategories": [CategoryPage], "products": Page of ProductPage (16 per
        page), "sort": key, "sort_options": SORT_OPTIONS, "paginator": Paginator,
        "filters": catalog.models.filters.FilteredListing}``. ``query`` (the request's GET) carries
        the filters (issue 15.2). An unknown sort falls back to newest; a page number out of
        range shows the last page (SPEC §1).
        """
        sort_key = sort if sort in SORTS else DEFAULT_SORT
        filters = FilteredListing(
            ProductPage.objects.listed().descendant_of(self),
            query if query is not None else QueryDict(),
            keep={"sort": sort_key if sort_key != DEFAULT_SORT else ""},
        )
        products = filters.products.order_by(*SORTS[sort_key].ordering).with_tile_data()
        paginator = Paginator(products, settings.SHOP_PRODUCTS_PER_PAGE)
        page = paginator.get_page(page_number)  # not a number: the first; past the end: the last
        return {
            "subcategories": list(CategoryPage.objects.child_of(self).live()),
            "products": page,
            "paginator": paginator,
            "sort": sort_key,
            "sort_options": SORT_OPTIONS,
            "filters": filters,
        }


class ProductPageForm(WagtailAdminPageForm):
    """Editor form: one value per parameter, with a clear message when one is repeated."""

    def clean(self):
        cleaned = super().clean()
        distinct_chosen(
            self,
            "parameters",
            "definition",
            lambda definition: (
                gettext("“%(name)s” is already listed above.") % {"name": definition.name}
            ),
        )
        return cleaned


class ProductPage(RoutedPageMixin, LatinSlugMixin, Page):
    """A product's content. Price and stock live in ``Price`` / ``StockRecord`` (SPEC §1)."""

    sku = models.CharField(
        _("SKU"),
        max_length=64,
        unique=True,
        validators=[sku_validator],
        help_text=_("Unique across the whole catalog; letters are stored in upper case."),
    )
    sale_unit = models.CharField(
        max_length=50,
        default="1 pc",
        help_text=_("How it is sold: 1 pc, bunch of 5, 100 g…"),
        verbose_name=_("sale unit"),
    )
    description = RichTextField(blank=True, verbose_name=_("description"))

    base_form_class = ProductPageForm
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("sku"), FieldPanel("sale_unit")])], heading=_("Identity")
        ),
        FieldPanel("description"),
        InlinePanel("photos", label=_("Photo"), help_text=_("The first photo is the main one.")),
        InlinePanel("parameters", label=_("Parameter")),
    ]
    parent_page_types = ["catalog.CategoryPage"]
    subpage_types: list[str] = []
    # Shopper search (issue 15.1, catalog.search). Price and stock are left out on purpose:
    # they change without saving the page, so the search filters them in SQL at query time
    # and is never stale about them. Title, SKU, description and ``search_terms`` are indexed
    # on every save through Wagtail's signals; catalog.signals re-indexes a product when its
    # parameters or its categories' titles change.
    search_fields = [
        *Page.search_fields,
        index.SearchField("sku", boost=3),
        index.AutocompleteField("sku"),
        index.SearchField("description"),
        index.SearchField("search_terms"),
        index.AutocompleteField("search_terms"),
    ]

    objects = PageManager.from_queryset(ProductPageQuerySet)()
    og_type = "product"  # Open Graph (templates/includes/seo_head.html)

    class Meta:
        verbose_name = _("product")
        verbose_name_plural = _("products")

    def clean(self):
        super().clean()
        self.sku = normalize_sku(self.sku)

    def save(self, *args, **kwargs):
        self.sku = normalize_sku(self.sku)
        return super().save(*args, **kwargs)

    def copy(self, *args, update_attrs=None, **kwargs):
        """Copies get a free placeholder SKU ("PL-1-COPY", "PL-1-COPY2", …) for the editor to
        replace; price and stock are never copied (they are not page content)."""
        update_attrs = dict(update_attrs or {})
        if "sku" not in update_attrs:
            base = f"{self.sku}-COPY"
            taken = set(
                ProductPage.objects.filter(sku__startswith=base).values_list("sku", flat=True)
            )
            candidate, counter = base, 2
            while candidate in taken:
                candidate, counter = f"{base}{counter}", counter + 1
            update_attrs["sku"] = candidate
        return super().copy(*args, update_attrs=update_attrs, **kwargs)

    def unique_error_message(self, model_class, unique_check):
        if tuple(unique_check) == ("sku",):
            other = ProductPage.objects.filter(sku=self.sku).exclude(pk=self.pk).first()
            if other:
                message = gettext(
                    "SKU %(sku)s is already used by “%(title)s”. Each product needs its own SKU."
                ) % {"sku": self.sku, "title": other.title}
            else:
                message = gettext(
                    "SKU %(sku)s is already used. Each product needs its own SKU."
                ) % {"sku": self.sku}
            return ValidationError(message, code="unique")
        return super().unique_error_message(model_class, unique_check)

    # --- shopper view -------------------------------------------------------------------

    def serve(self, request, *args, **kwargs):
        # SPEC §1: a product without a price is never shown to shoppers; editors still
        # preview it while it waits for a manager to price it.
        # Read once here; get_context reuses it.
        self._price_amount = self.price_amount()
        if self._price_amount is None and not getattr(request, "is_preview", False):
            raise Http404("This product is not on sale.")
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from commerce.pricing.offers import loyalty_percent_for_request, unit_offer

        context = super().get_context(request, *args, **kwargs)
        detail = self.detail(price=getattr(self, "_price_amount", ...))
        if detail["price"] is not None:
            loyalty = loyalty_percent_for_request(request)
            offers = [
                (
                    store,
                    unit_offer(
                        product_id=self.pk,
                        store_id=store.pk,
                        path=self.path,
                        base=detail["price"],
                        loyalty_percent=loyalty,
                    ),
                )
                for store in detail["stores"]
            ]
            detail["store_offers"] = offers
            detail["offer"] = (
                offers[0][1]
                if offers
                else unit_offer(
                    product_id=self.pk,
                    store_id=None,
                    path=self.path,
                    base=detail["price"],
                    loyalty_percent=loyalty,
                )
            )
            # Search engines are told the price a guest sees, whoever is logged in.
            detail["public_offer"] = (
                detail["offer"]
                if not loyalty
                else unit_offer(
                    product_id=self.pk,
                    store_id=offers[0][0].pk if offers else None,
                    path=self.path,
                    base=detail["price"],
                    loyalty_percent=Decimal("0"),
                )
            )
        # Issue 14.7: the main photo as the page shows it (its prefetched gallery rendition)
        # for Open Graph, and Product + Offer as JSON-LD.
        photos = detail["photos"]
        detail["seo_image"] = photos[0].image.get_rendition(GALLERY_RENDITION) if photos else None
        # Issue 16.5: the ready rating (average, counts) for the reviews' summary and the
        # JSON-LD; the reviews themselves are the support app's (its product_reviews tag).
        detail["product_rating"] = self.rating_summary
        detail["product_json_ld"] = product_json_ld(
            page=self,
            request=request,
            offer=detail.get("public_offer"),
            in_stock=detail["in_stock"],
            image=detail["seo_image"],
            rating=detail["product_rating"],
        )
        context.update(detail)
        return context

    def price_amount(self):
        """The product's base price in UAH, or None when it has none."""
        amount = Price.objects.filter(product=self).values_list("amount", flat=True).first()
        return amount

    def detail(self, *, price=...) -> dict:
        """Context for the product page: ``{"price": Decimal|None, "in_stock": bool,
        "stores": [Store] (with stock, most first), "photos": [ProductPhoto],
        "parameters": [ProductParameter]}``. ``price`` (UAH or None), when the caller already
        read it, saves the query."""
        if self.pk is None:
            # A new product previewed before its first save (Wagtail's live preview): nothing
            # is stored yet, and the editor's photos and parameters live on the page object.
            return {
                "price": None,
                "in_stock": False,
                "stores": [],
                "photos": list(self.photos.all()),
                "parameters": list(self.parameters.all()),
            }
        renditions = (
            get_image_model()
            .get_rendition_model()
            .objects.filter(filter_spec__in=[GALLERY_RENDITION, THUMB_RENDITION])
        )
        photos = list(
            ProductPhoto.objects.filter(product=self)
            .select_related("image")
            .prefetch_related(Prefetch("image__renditions", queryset=renditions))
            .order_by("sort_order", "pk")
        )
        parameters = list(
            ProductParameter.objects.filter(product=self)
            .select_related("definition")
            .order_by("sort_order", "pk")
        )
        # Stores that have it, most stock first: the add form's choice and default (SPEC §3).
        records = list(
            StockRecord.objects.sellable()
            .filter(product=self)
            .select_related("store")
            .order_by("-quantity", "store__name")
        )
        return {
            "price": self.price_amount() if price is ... else price,
            "in_stock": bool(records),
            "stores": [record.store for record in records],
            "photos": photos,
            "parameters": parameters,
        }

    def search_terms(self) -> str:
        """What a shopper may type besides the title, SKU and description (indexed): the text
        values of its parameters (brand, model, other names like "Lilaeopsis") and the titles of
        its categories, each in Ukrainian and in English when the glossary has the word, so
        both languages find it."""
        words = [parameter.text_value for parameter in self.parameters.all()]
        words += CategoryPage.objects.ancestor_of(self).values_list("title", flat=True)
        words = [word for word in words if word]
        found = dict.fromkeys(words)
        for language in ("uk", "en"):
            with translation.override(language):
                found.update(dict.fromkeys(term(word) for word in words))
        return " ".join(found)

    @property
    def rating_summary(self) -> ProductRating | None:
        """The product's ready rating (issue 16.5), or None before its first review: read
        from the listing's join when ``with_tile_data`` made it, else one query."""
        try:
            return self.rating
        except ProductRating.DoesNotExist:
            return None

    @property
    def main_photo(self):
        """The first photo of the gallery, or None (uses prefetched photos when present)."""
        photos = list(self.photos.all())
        return photos[0] if photos else None
