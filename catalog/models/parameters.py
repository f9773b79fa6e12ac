"""Typed product parameters (SPEC §1): definitions are snippets, values live on products."""

from decimal import Decimal

from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class ParameterKind(models.TextChoices):
    NUMBER = "number", _("Number")
    RANGE = "range", _("Range (from–to)")
    CHOICE = "choice", _("Choice (one of a few values)")
    TEXT = "text", _("Free text")


def format_number(value: Decimal | None) -> str:
    """``Decimal("22.0000")`` → ``"22"``, ``Decimal("0.5000")`` → ``"0,5"`` in Ukrainian and
    ``"0.5"`` in English: no trailing zeros, no exponent, the active language's separator."""
    if value is None:
        return ""
    normal = value.normalize()
    places = max(-normal.as_tuple().exponent, 0)
    return number_format(normal, decimal_pos=places)


class ParameterDefinition(index.Indexed, models.Model):
    """What a parameter is: "Temperature", unit "°C", kind range, filterable.

    Numbers and ranges are stored as numbers on each product so category filters can query
    them (SPEC §1: dynamic filters).
    """

    name = models.CharField(max_length=100, unique=True, verbose_name=_("name"))
    unit = models.CharField(
        max_length=30, blank=True, help_text=_("e.g. °C, cm, W/l, GB"), verbose_name=_("unit")
    )
    kind = models.CharField(max_length=10, choices=ParameterKind.choices, verbose_name=_("kind"))
    filterable = models.BooleanField(
        default=True,
        help_text=_("Offer this parameter as a filter on category pages."),
        verbose_name=_("filterable"),
    )

    panels = [FieldPanel("name"), FieldPanel("unit"), FieldPanel("kind"), FieldPanel("filterable")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("parameter")
        verbose_name_plural = _("parameters")

    def __str__(self) -> str:
        return f"{self.name} ({self.unit})" if self.unit else self.name

    @property
    def is_numeric(self) -> bool:
        return self.kind in (ParameterKind.NUMBER, ParameterKind.RANGE)
