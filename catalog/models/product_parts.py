"""What a product page holds besides its own fields: the ordered photo gallery and the typed
parameter values (SPEC §1)."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.images import get_image_model_string
from wagtail.models import Orderable

from catalog.glossary import term
from catalog.models.parameters import ParameterDefinition, ParameterKind, format_number

# The renditions shopper pages show: tiles, the product page's gallery and its thumbnails.
TILE_RENDITION = "fill-400x400"
GALLERY_RENDITION = "max-800x800"
THUMB_RENDITION = "fill-120x120"


class ProductPhoto(Orderable):
    """One gallery photo; ``sort_order`` 0 is the main photo."""

    product = ParentalKey(
        "catalog.ProductPage",
        on_delete=models.CASCADE,
        related_name="photos",
        verbose_name=_("product"),
    )
    image = models.ForeignKey(
        get_image_model_string(),
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("photo"),
    )
    caption = models.CharField(max_length=255, blank=True, verbose_name=_("caption"))

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("product photo")
        verbose_name_plural = _("product photos")

    def __str__(self) -> str:
        return f"Photo {self.sort_order} of {self.product_id}"


class ProductParameter(Orderable):
    """One parameter value of a product, stored typed: numbers and ranges as numbers."""

    product = ParentalKey(
        "catalog.ProductPage",
        on_delete=models.CASCADE,
        related_name="parameters",
        verbose_name=_("product"),
    )
    definition = models.ForeignKey(
        ParameterDefinition,
        on_delete=models.PROTECT,
        related_name="values",
        verbose_name=_("parameter"),
    )
    number_value = models.DecimalField(
        _("number"),
        max_digits=14,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("For number parameters."),
    )
    range_min = models.DecimalField(
        pgettext_lazy("range start", "from"),
        max_digits=14,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("For range parameters."),
    )
    range_max = models.DecimalField(
        pgettext_lazy("range end", "to"),
        max_digits=14,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("For range parameters."),
    )
    text_value = models.CharField(
        _("text"), max_length=255, blank=True, help_text=_("For choice and text parameters.")
    )

    panels = [
        FieldPanel("definition"),
        FieldRowPanel(
            [FieldPanel("number_value"), FieldPanel("range_min"), FieldPanel("range_max")]
        ),
        FieldPanel("text_value"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("parameter value")
        verbose_name_plural = _("parameter values")

    def clean(self):
        super().clean()
        definition = getattr(self, "definition", None)
        if definition is None:
            return
        kind = definition.kind
        errors = {}
        if kind == ParameterKind.NUMBER:
            if self.number_value is None:
                errors["number_value"] = gettext("“%(name)s” needs a number.") % {
                    "name": definition.name
                }
            self.range_min = self.range_max = None
            self.text_value = ""
        elif kind == ParameterKind.RANGE:
            if self.range_min is None and self.number_value is not None:
                # A single number in a range parameter is the range n–n.
                self.range_min = self.range_max = self.number_value
            if self.range_min is None or self.range_max is None:
                errors["range_min"] = gettext("“%(name)s” needs both “from” and “to”.") % {
                    "name": definition.name
                }
            elif self.range_min > self.range_max:
                errors["range_max"] = gettext("“to” must not be smaller than “from”.")
            self.number_value = None
            self.text_value = ""
        else:
            self.text_value = (self.text_value or "").strip()
            if not self.text_value:
                errors["text_value"] = gettext("“%(name)s” needs a value.") % {
                    "name": definition.name
                }
            self.number_value = self.range_min = self.range_max = None
        if errors:
            raise ValidationError(errors)

    @property
    def display_value(self) -> str:
        """Human text with the unit: ``"22–26 °C"``, ``"5 cm"``, ``"foreground"``."""
        unit = term(self.definition.unit)
        kind = self.definition.kind
        if kind == ParameterKind.NUMBER:
            text = format_number(self.number_value)
        elif kind == ParameterKind.RANGE:
            low, high = format_number(self.range_min), format_number(self.range_max)
            text = low if low == high else f"{low}–{high}"
        else:
            return term(self.text_value)
        return f"{text} {unit}".strip() if text else ""

    def numeric_values(self) -> tuple[Decimal | None, Decimal | None]:
        """(low, high) for numbers and ranges; (None, None) for text."""
        if self.definition.kind == ParameterKind.NUMBER:
            return self.number_value, self.number_value
        return self.range_min, self.range_max

    def __str__(self) -> str:
        return f"{self.definition.name}: {self.display_value}"
