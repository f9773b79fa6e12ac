"""Discounts and loyalty tiers (SPEC §4). Each discount belongs to one store and touches only
that store's cart lines; the engine in ``commerce.pricing`` applies them."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from catalog.formsets import distinct_chosen
from commerce.pricing.types import CartCondition, DiscountType, Priority


class DiscountKindChoice(models.TextChoices):
    PRODUCT = "product", _("Product discount (listed products; optionally a set)")
    GROUP = "group", _("Group discount (a category and everything below it)")
    CART = "cart", _("Cart discount (when a condition on the cart holds)")


class DiscountForm(WagtailAdminModelForm):
    """Admin form: product rows are required for product discounts (two for a set) and may
    not repeat a product."""

    def clean(self):
        cleaned = super().clean()
        products = distinct_chosen(
            self,
            "product_links",
            "product",
            lambda product: gettext("%(product)s is already listed.") % {"product": product.title},
        )
        kind, is_set = cleaned.get("kind"), cleaned.get("is_set")
        if kind == DiscountKindChoice.PRODUCT and not products:
            self.add_error(None, gettext("A product discount needs at least one product."))
        elif kind == DiscountKindChoice.PRODUCT and is_set and len(products) < 2:
            self.add_error("is_set", gettext("A set needs at least two products."))
        return cleaned


class Discount(ClusterableModel):
    """One discount rule. ``value`` is a percent (0–100) or an amount in UAH: per unit for
    product and group discounts, per set for sets, per cart for cart discounts; for the
    "fixed price" type it is the promo unit price (or the whole set's price)."""

    name = models.CharField(max_length=120, verbose_name=_("name"))
    description = models.TextField(blank=True, verbose_name=_("description"))
    store = models.ForeignKey(
        "catalog.Store", on_delete=models.PROTECT, related_name="discounts", verbose_name=_("store")
    )
    kind = models.CharField(
        max_length=10, choices=DiscountKindChoice.choices, verbose_name=_("kind")
    )
    is_set = models.BooleanField(
        _("set discount"),
        default=False,
        help_text=_(
            "Product discounts only: applies only when every listed product is in the cart, "
            "once per complete set."
        ),
    )
    type = models.CharField(
        max_length=10,
        choices=[
            (DiscountType.PERCENT.value, _("Percent")),
            (DiscountType.AMOUNT.value, _("Fixed amount off")),
            (DiscountType.PRICE.value, _("Fixed (promo) price")),
        ],
        verbose_name=_("value type"),
    )
    value = models.DecimalField(max_digits=12, decimal_places=2, verbose_name=_("value"))
    priority = models.PositiveSmallIntegerField(
        choices=[
            (Priority.HIGH.value, pgettext_lazy("discount priority", "High")),
            (Priority.MEDIUM.value, pgettext_lazy("discount priority", "Medium")),
            (Priority.LOW.value, pgettext_lazy("discount priority", "Low")),
        ],
        default=Priority.MEDIUM.value,
        verbose_name=_("priority"),
    )
    is_active = models.BooleanField(_("active"), default=True)
    starts_at = models.DateTimeField(null=True, blank=True, verbose_name=_("starts at"))
    ends_at = models.DateTimeField(null=True, blank=True, verbose_name=_("ends at"))
    category = models.ForeignKey(
        "catalog.CategoryPage",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Group discounts: this category and all below it."),
        verbose_name=_("category"),
    )
    condition = models.CharField(
        max_length=20,
        blank=True,
        choices=[
            (CartCondition.MIN_ITEMS.value, _("At least N pieces in the cart")),
            (CartCondition.MIN_SUBTOTAL.value, _("Subtotal at least X UAH")),
            (CartCondition.LINE_QUANTITY_OVER.value, _("Any line with more than N pieces")),
        ],
        help_text=_("Cart discounts only."),
        verbose_name=_("condition"),
    )
    threshold = models.DecimalField(
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Cart discounts: the N or X of the condition."),
        verbose_name=_("threshold"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    base_form_class = DiscountForm
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("description"),
                FieldPanel("store"),
                FieldRowPanel(
                    [FieldPanel("kind"), FieldPanel("priority"), FieldPanel("is_active")]
                ),
            ],
            heading=_("Discount"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("type"), FieldPanel("value")])], heading=_("Benefit")
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")])],
            heading=_("When (optional)"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_set"), InlinePanel("product_links", label=_("Product"))],
            heading=_("Product discount"),
        ),
        MultiFieldPanel([FieldPanel("category")], heading=_("Group discount")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("condition"), FieldPanel("threshold")])],
            heading=_("Cart discount"),
        ),
    ]

    class Meta:
        verbose_name = _("discount")
        verbose_name_plural = _("discounts")
        ordering = ["-priority", "name", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(value__gte=0), name="discount_value_gte_0"),
            models.CheckConstraint(
                condition=~Q(type="percent") | Q(value__lte=100), name="discount_percent_lte_100"
            ),
            models.CheckConstraint(
                condition=Q(type="percent") | Q(value__gt=0), name="discount_amount_gt_0"
            ),
            models.CheckConstraint(
                condition=Q(starts_at__isnull=True)
                | Q(ends_at__isnull=True)
                | Q(ends_at__gt=F("starts_at")),
                name="discount_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        errors: dict[str, str] = {}
        if self.value is not None:
            if self.type == DiscountType.PERCENT and not (0 <= self.value <= 100):
                errors["value"] = gettext("A percent is between 0 and 100.")
            elif self.type != DiscountType.PERCENT and self.value <= 0:
                errors["value"] = gettext("An amount or a price must be above 0.")
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = gettext("The end must be after the start.")
        if self.kind == DiscountKindChoice.GROUP and not self.category_id:
            errors["category"] = gettext("A group discount needs a category.")
        if self.kind == DiscountKindChoice.CART:
            if not self.condition:
                errors["condition"] = gettext("A cart discount needs a condition.")
            if self.threshold is None or self.threshold < 0:
                errors["threshold"] = gettext("Give the condition's number (0 or more).")
            if self.type == DiscountType.PRICE:
                errors["type"] = gettext("Cart discounts take a percent or a fixed amount.")
        if self.is_set and self.kind != DiscountKindChoice.PRODUCT:
            errors["is_set"] = gettext("Only product discounts can be sets.")
        if errors:
            raise ValidationError(errors)


class DiscountProduct(Orderable):
    discount = ParentalKey(
        Discount, on_delete=models.CASCADE, related_name="product_links", verbose_name=_("discount")
    )
    product = models.ForeignKey(
        "catalog.ProductPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("product")
    )

    panels = [FieldPanel("product")]

    class Meta(Orderable.Meta):
        verbose_name = _("discount product")
        verbose_name_plural = _("discount products")

    # No unique constraint on (discount, product): the editor may remove a row and add the
    # same product again in one save, which the formset writes as insert-then-delete. The
    # form refuses real duplicates and the loader reads products as a set.


class LoyaltyTier(models.Model):
    """Cumulative completed purchases over ``threshold`` UAH earn ``percent`` off (SPEC §4)."""

    threshold = models.DecimalField(
        _("purchases over, UAH"), max_digits=12, decimal_places=2, unique=True
    )
    percent = models.DecimalField(_("personal discount, %"), max_digits=5, decimal_places=2)

    class Meta:
        verbose_name = _("loyalty tier")
        verbose_name_plural = _("loyalty tiers")
        ordering = ["threshold"]
        constraints = [
            models.CheckConstraint(condition=Q(threshold__gte=0), name="tier_threshold_gte_0"),
            models.CheckConstraint(
                condition=Q(percent__gte=0) & Q(percent__lte=100), name="tier_percent_0_100"
            ),
        ]

    def __str__(self) -> str:
        return gettext("over %(threshold)s UAH → %(percent)s%%") % {
            "threshold": self.threshold,
            "percent": f"{self.percent.normalize():f}",
        }

    def clean(self):
        super().clean()
        if self.percent is not None and not (Decimal(0) <= self.percent <= 100):
            raise ValidationError({"percent": gettext("A percent is between 0 and 100.")})
        if self.threshold is not None and self.threshold < 0:
            raise ValidationError({"threshold": gettext("The threshold is 0 or more.")})
