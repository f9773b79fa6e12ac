"""Orders, their lines and statuses (SPEC §5). Delivery methods live in
``commerce.delivery``, payment attempts in ``commerce.payments``."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _


class FulfilmentStatus(models.TextChoices):
    PROCESSING = "processing", pgettext_lazy("order status", "Processing")
    CONFIRMED = "confirmed", pgettext_lazy("order status", "Confirmed")
    ASSEMBLING = "assembling", pgettext_lazy("order status", "Assembling")
    READY = "ready", pgettext_lazy("order status", "Ready to ship")
    IN_TRANSIT = "in_transit", pgettext_lazy("order status", "In transit")
    COMPLETED = "completed", pgettext_lazy("order status", "Completed")
    CANCELLED = "cancelled", pgettext_lazy("order status", "Cancelled")


class PaymentStatus(models.TextChoices):
    NOT_PAID = "not_paid", pgettext_lazy("payment status", "Not paid")
    PAID = "paid", pgettext_lazy("payment status", "Paid")


class PaymentMethod(models.TextChoices):
    CARD = "card", pgettext_lazy("payment method", "Card")
    ACCOUNT = "account", pgettext_lazy("payment method", "Bank account (IBAN)")


def new_access_key() -> str:
    return secrets.token_urlsafe(24)


class Order(models.Model):
    """A placed order. Amounts in UAH: ``subtotal`` at base prices, ``discount_total``,
    ``goods_total`` = subtotal − discounts, ``delivery_cost``, ``grand_total`` = goods total
    + delivery. ``access_key`` is the secret of the guest's order link."""

    number = models.CharField(
        max_length=20, unique=True, null=True, blank=True, verbose_name=_("order number")
    )
    customer = models.ForeignKey(
        "commerce.Customer",
        on_delete=models.PROTECT,
        related_name="orders",
        verbose_name=_("customer"),
    )
    delivery_method = models.ForeignKey(
        "commerce.DeliveryMethod",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("delivery method"),
    )
    city = models.CharField(max_length=100, blank=True, verbose_name=_("city"))
    address = models.CharField(max_length=255, blank=True, verbose_name=_("address"))
    phone = models.CharField(max_length=20, verbose_name=_("phone"))
    email = models.EmailField(blank=True, verbose_name=_("email"))
    payment_method = models.CharField(
        max_length=10, choices=PaymentMethod.choices, verbose_name=_("payment method")
    )
    subtotal = models.DecimalField(max_digits=14, decimal_places=2, verbose_name=_("subtotal"))
    discount_total = models.DecimalField(
        max_digits=14, decimal_places=2, verbose_name=_("discount total")
    )
    goods_total = models.DecimalField(
        max_digits=14, decimal_places=2, verbose_name=_("goods total")
    )
    delivery_cost = models.DecimalField(
        max_digits=12, decimal_places=2, verbose_name=_("delivery cost")
    )
    grand_total = models.DecimalField(
        max_digits=14, decimal_places=2, verbose_name=_("grand total")
    )
    discounts = models.JSONField(
        default=list,
        help_text="[{name, amount}] applied discounts",
        verbose_name=_("discounts applied"),
    )
    customer_comment = models.TextField(blank=True, verbose_name=_("customer's comment"))
    operator_comment = models.TextField(blank=True, verbose_name=_("operator's comment"))
    fulfilment_status = models.CharField(
        max_length=12,
        choices=FulfilmentStatus.choices,
        default=FulfilmentStatus.PROCESSING,
        db_index=True,
        verbose_name=_("fulfilment status"),
    )
    payment_status = models.CharField(
        max_length=10,
        choices=PaymentStatus.choices,
        default=PaymentStatus.NOT_PAID,
        db_index=True,
        verbose_name=_("payment status"),
    )
    checkout_token = models.CharField(max_length=64, unique=True, verbose_name=_("checkout token"))
    access_key = models.CharField(
        max_length=64, default=new_access_key, editable=False, verbose_name=_("access key")
    )
    created_at = models.DateTimeField(
        auto_now_add=True, db_index=True, verbose_name=_("created at")
    )
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        ordering = ["-created_at", "-pk"]
        # The status machine's permissions (commerce.orders.status.TRANSITIONS), given to roles.
        permissions = [
            ("confirm_order", _("Can confirm orders")),
            ("cancel_order", _("Can cancel orders")),
            ("assemble_order", _("Can accept orders for assembly and mark them assembled")),
            ("ship_order", _("Can hand orders to delivery")),
            ("complete_order", _("Can complete paid orders")),
            ("mark_order_paid", _("Can mark orders paid (bank transfers)")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(grand_total__gte=0) & Q(goods_total__gte=0),
                name="order_totals_non_negative",
            ),
        ]

    def __str__(self) -> str:
        return gettext("Order %(number)s") % {"number": self.number or self.pk}

    def private_path(self) -> str:
        """The order page's path with its secret key: how a guest reaches the order."""
        return reverse("order_detail", args=[self.number]) + f"?key={self.access_key}"


class OrderLine(models.Model):
    """A snapshot of what was bought: SKU, name, store, quantity, base unit price and the
    final amount after discounts, with the discounts applied to it."""

    order = models.ForeignKey(
        Order, on_delete=models.CASCADE, related_name="lines", verbose_name=_("order")
    )
    product = models.ForeignKey(
        "catalog.ProductPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("product"),
    )
    sku = models.CharField(max_length=64, verbose_name=_("SKU"))
    name = models.CharField(max_length=255, verbose_name=_("product name"))
    store = models.ForeignKey(
        "catalog.Store", on_delete=models.PROTECT, related_name="+", verbose_name=_("store")
    )
    quantity = models.PositiveIntegerField(verbose_name=_("quantity"))
    unit_price = models.DecimalField(max_digits=12, decimal_places=2, verbose_name=_("unit price"))
    base_amount = models.DecimalField(
        max_digits=14, decimal_places=2, verbose_name=_("amount before discounts")
    )
    final_amount = models.DecimalField(
        max_digits=14, decimal_places=2, verbose_name=_("amount after discounts")
    )
    discounts = models.JSONField(default=list, verbose_name=_("discounts applied"))

    class Meta:
        verbose_name = _("order line")
        verbose_name_plural = _("order lines")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(condition=Q(quantity__gt=0), name="orderline_quantity_gt_0")
        ]

    def __str__(self) -> str:
        return f"{self.quantity} × {self.sku}"


class OrderStatusChange(models.Model):
    """Who moved an order from one fulfilment status to another, and when (SPEC §5)."""

    order = models.ForeignKey(
        Order, on_delete=models.CASCADE, related_name="status_changes", verbose_name=_("order")
    )
    from_status = models.CharField(max_length=12, blank=True, verbose_name=_("from status"))
    to_status = models.CharField(max_length=12, verbose_name=_("to status"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("user"),
    )
    at = models.DateTimeField(auto_now_add=True, verbose_name=_("changed at"))

    class Meta:
        verbose_name = _("order status change")
        verbose_name_plural = _("order status changes")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.from_status_label or '—'} → {self.to_status_label}"

    @property
    def from_status_label(self) -> str:
        """The status the order left, by its label in the active language ("" for a new one)."""
        return status_label(self.from_status)

    @property
    def to_status_label(self) -> str:
        """The status the order came to, by its label in the active language."""
        return status_label(self.to_status)


def status_label(code: str, choices: type[models.TextChoices] = FulfilmentStatus) -> str:
    """A status code's label in the active language, for display only (the data keeps codes);
    an empty code gives "", an unknown one (say, from an older version) shows as it is."""
    if not code:
        return ""
    try:
        return str(choices(code).label)
    except ValueError:
        return code


class ProductSalesDay(models.Model):
    """Pieces of one product sold on one day (the local date its orders were placed), by
    orders not cancelled: what the popularity counter (``catalog.ProductPopularity``) sums
    over its 90-day window. Written only by ``commerce.orders.sales``; days that left the
    window are deleted by the nightly recompute."""

    product = models.ForeignKey(
        "catalog.ProductPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("product"),
    )
    day = models.DateField(db_index=True, verbose_name=_("day"))
    pieces = models.PositiveIntegerField(default=0, verbose_name=_("pieces"))

    class Meta:
        verbose_name = _("daily sales")
        verbose_name_plural = _("daily sales")
        constraints = [
            models.UniqueConstraint(fields=["product", "day"], name="productsalesday_product_day")
        ]

    def __str__(self) -> str:
        return f"{self.product_id} @ {self.day}: {self.pieces}"
