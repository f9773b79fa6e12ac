"""The catalog page tree (SPEC §1): CatalogPage → CategoryPage (any depth) → ProductPage."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.http import Http404
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page
from wagtail.search import index

from catalog.formsets import distinct_chosen
from catalog.models.parameters import ParameterDefinition, ParameterKind, format_number

sku_validator = RegexValidator(
    r"^[^\s]+$", "A SKU is one word: letters, digits and signs like - . / without spaces."
)


def normalize_sku(value: str | None) -> str | None:
    """``" pl-0001 "`` → ``"PL-0001"``: SKUs compare case-insensitively across the catalog."""
    if value is None:
        return None
    return value.strip().upper() or None


class CatalogPage(Page):
    """The catalog root: lists the top-level categories. One per site."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["catalog.CategoryPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["categories"] = CategoryPage.objects.child_of(self).live()
        return context


class CategoryPage(Page):
    """A category; nests to any depth. Shows subcategories and every listed product of its
    whole subtree, 16 per page (SPEC §1)."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["catalog.CatalogPage", "catalog.CategoryPage"]
    subpage_types = ["catalog.CategoryPage", "catalog.ProductPage"]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    def get_context(self, request, *args, **kwargs):
        from catalog.selectors import category_listing
        from commerce.pricing.offers import attach_offers

        context = super().get_context(request, *args, **kwargs)
        context.update(
            category_listing(
                category=self, page_number=request.GET.get("page"), sort=request.GET.get("sort")
            )
        )
        attach_offers(context["products"].object_list, request)
        return context


class ProductPageForm(WagtailAdminPageForm):
    """Editor form: one value per parameter, with a clear message when one is repeated."""

    def clean(self):
        cleaned = super().clean()
        distinct_chosen(
            self,
            "parameters",
            "definition",
            lambda definition: f"“{definition.name}” is already listed above.",
        )
        return cleaned


class ProductPage(Page):
    """A product's content. Price and stock live in ``Price`` / ``StockRecord`` (SPEC §1)."""

    sku = models.CharField(
        "SKU",
        max_length=64,
        unique=True,
        validators=[sku_validator],
        help_text="Unique across the whole catalog; letters are stored in upper case.",
    )
    sale_unit = models.CharField(
        max_length=50, default="1 pc", help_text="How it is sold: 1 pc, bunch of 5, 100 g…"
    )
    description = RichTextField(blank=True)

    base_form_class = ProductPageForm
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("sku"), FieldPanel("sale_unit")])], heading="Identity"
        ),
        FieldPanel("description"),
        InlinePanel("photos", label="Photo", help_text="The first photo is the main one."),
        InlinePanel("parameters", label="Parameter"),
    ]
    parent_page_types = ["catalog.CategoryPage"]
    subpage_types: list[str] = []
    search_fields = [
        *Page.search_fields,
        index.SearchField("sku"),
        index.AutocompleteField("sku"),
        index.SearchField("description"),
    ]

    class Meta:
        verbose_name = "product"

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
            where = f" by “{other.title}”" if other else ""
            return ValidationError(
                f"SKU {self.sku} is already used{where}. Each product needs its own SKU.",
                code="unique",
            )
        return super().unique_error_message(model_class, unique_check)

    # --- shopper view -------------------------------------------------------------------

    def serve(self, request, *args, **kwargs):
        from catalog.selectors import product_price_amount

        # SPEC §1: a product without a price is never shown to shoppers; editors still
        # preview it while it waits for a manager to price it.
        # Read once here; get_context reuses it.
        self._price_amount = product_price_amount(self)
        if self._price_amount is None and not getattr(request, "is_preview", False):
            raise Http404("This product is not on sale.")
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from catalog.selectors import product_detail
        from commerce.pricing.offers import loyalty_percent_for_request, unit_offer

        context = super().get_context(request, *args, **kwargs)
        detail = product_detail(product=self, price=getattr(self, "_price_amount", ...))
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
        context.update(detail)
        return context

    @property
    def main_photo(self):
        """The first photo of the gallery, or None (uses prefetched photos when present)."""
        photos = list(self.photos.all())
        return photos[0] if photos else None


class ProductPhoto(Orderable):
    """One gallery photo; ``sort_order`` 0 is the main photo."""

    product = ParentalKey(ProductPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(get_image_model_string(), on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    def __str__(self) -> str:
        return f"Photo {self.sort_order} of {self.product_id}"


class ProductParameter(Orderable):
    """One parameter value of a product, stored typed: numbers and ranges as numbers."""

    product = ParentalKey(ProductPage, on_delete=models.CASCADE, related_name="parameters")
    definition = models.ForeignKey(
        ParameterDefinition, on_delete=models.PROTECT, related_name="values"
    )
    number_value = models.DecimalField(
        "number",
        max_digits=14,
        decimal_places=4,
        null=True,
        blank=True,
        help_text="For number parameters.",
    )
    range_min = models.DecimalField(
        "from",
        max_digits=14,
        decimal_places=4,
        null=True,
        blank=True,
        help_text="For range parameters.",
    )
    range_max = models.DecimalField(
        "to",
        max_digits=14,
        decimal_places=4,
        null=True,
        blank=True,
        help_text="For range parameters.",
    )
    text_value = models.CharField(
        "text", max_length=255, blank=True, help_text="For choice and text parameters."
    )

    panels = [
        FieldPanel("definition"),
        FieldRowPanel(
            [FieldPanel("number_value"), FieldPanel("range_min"), FieldPanel("range_max")]
        ),
        FieldPanel("text_value"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "parameter value"

    def clean(self):
        super().clean()
        definition = getattr(self, "definition", None)
        if definition is None:
            return
        kind = definition.kind
        errors = {}
        if kind == ParameterKind.NUMBER:
            if self.number_value is None:
                errors["number_value"] = f"“{definition.name}” needs a number."
            self.range_min = self.range_max = None
            self.text_value = ""
        elif kind == ParameterKind.RANGE:
            if self.range_min is None and self.number_value is not None:
                # A single number in a range parameter is the range n–n.
                self.range_min = self.range_max = self.number_value
            if self.range_min is None or self.range_max is None:
                errors["range_min"] = f"“{definition.name}” needs both “from” and “to”."
            elif self.range_min > self.range_max:
                errors["range_max"] = "“to” must not be smaller than “from”."
            self.number_value = None
            self.text_value = ""
        else:
            self.text_value = (self.text_value or "").strip()
            if not self.text_value:
                errors["text_value"] = f"“{definition.name}” needs a value."
            self.number_value = self.range_min = self.range_max = None
        if errors:
            raise ValidationError(errors)

    @property
    def display_value(self) -> str:
        """Human text with the unit: ``"22–26 °C"``, ``"5 cm"``, ``"foreground"``."""
        unit = self.definition.unit
        kind = self.definition.kind
        if kind == ParameterKind.NUMBER:
            text = format_number(self.number_value)
        elif kind == ParameterKind.RANGE:
            low, high = format_number(self.range_min), format_number(self.range_max)
            text = low if low == high else f"{low}–{high}"
        else:
            return self.text_value
        return f"{text} {unit}".strip() if text else ""

    def numeric_values(self) -> tuple[Decimal | None, Decimal | None]:
        """(low, high) for numbers and ranges; (None, None) for text."""
        if self.definition.kind == ParameterKind.NUMBER:
            return self.number_value, self.number_value
        return self.range_min, self.range_max

    def __str__(self) -> str:
        return f"{self.definition.name}: {self.display_value}"
