"""Delivery methods and their rate tables (SPEC §5): checkout offers them, an order keeps its
method, and editing an order's lines recomputes the fee from the same table."""

from decimal import Decimal

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel


class DeliveryMethod(ClusterableModel):
    """How an order reaches the customer; its fee comes from its rate table."""

    class Kind(models.TextChoices):
        PICKUP = "pickup", _("Pickup at a store")
        COURIER = "courier", _("Courier")
        CARRIER = "carrier", _("Parcel carrier")

    name = models.CharField(max_length=100, verbose_name=_("name"))
    code = models.SlugField(max_length=40, unique=True, verbose_name=_("code"))
    kind = models.CharField(max_length=10, choices=Kind.choices, verbose_name=_("kind"))
    store = models.ForeignKey(
        "catalog.Store",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Pickup: the store."),
        verbose_name=_("store"),
    )
    is_active = models.BooleanField(default=True, verbose_name=_("active"))
    sort_order = models.PositiveIntegerField(default=0, verbose_name=_("sort order"))

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("code")]),
        FieldRowPanel(
            [
                FieldPanel("kind"),
                FieldPanel("store"),
                FieldPanel("is_active"),
                FieldPanel("sort_order"),
            ]
        ),
        InlinePanel("rates", label=_("Rate"), heading=_("Rates: from a goods total, this fee")),
    ]

    class Meta:
        verbose_name = _("delivery method")
        verbose_name_plural = _("delivery methods")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def needs_address(self) -> bool:
        return self.kind != self.Kind.PICKUP


class DeliveryRate(models.Model):
    """From a goods total (UAH, after discounts) up to the next row's, the fee is ``fee``."""

    method = ParentalKey(
        DeliveryMethod,
        on_delete=models.CASCADE,
        related_name="rates",
        verbose_name=_("delivery method"),
    )
    goods_total_from = models.DecimalField(
        _("goods total from, UAH"), max_digits=12, decimal_places=2, default=Decimal("0")
    )
    fee = models.DecimalField(_("fee, UAH"), max_digits=12, decimal_places=2)

    panels = [FieldRowPanel([FieldPanel("goods_total_from"), FieldPanel("fee")])]

    class Meta:
        verbose_name = _("delivery rate")
        verbose_name_plural = _("delivery rates")
        ordering = ["method", "goods_total_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["method", "goods_total_from"], name="deliveryrate_unique_from"
            ),
            models.CheckConstraint(
                condition=Q(fee__gte=0) & Q(goods_total_from__gte=0),
                name="deliveryrate_non_negative",
            ),
        ]

    def __str__(self) -> str:
        return gettext("from %(start)s: %(fee)s") % {
            "start": self.goods_total_from,
            "fee": self.fee,
        }
