"""Price and stock: commerce data kept out of page revisions (SPEC §1).

Publishing an old revision of a product page can never roll these back, because they are
plain models, written only through ``catalog.prices`` and ``catalog.stock``, which journal
every change.
"""

from django.db import models
from django.db.models import Q


class Store(models.Model):
    """A shop or warehouse holding stock; ``code`` names it in import files (``stock:<code>``)."""

    code = models.SlugField(max_length=30, unique=True, help_text="Short code used in imports.")
    name = models.CharField(max_length=100)
    address = models.CharField(max_length=255, blank=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class StockRecord(models.Model):
    """Units (pieces of the product's sale unit) of one product held in one store."""

    product = models.ForeignKey(
        "catalog.ProductPage", on_delete=models.CASCADE, related_name="stock_records"
    )
    store = models.ForeignKey(Store, on_delete=models.PROTECT, related_name="stock_records")
    quantity = models.IntegerField(default=0, help_text="Pieces available (not shown to shoppers).")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "stock record"
        ordering = ["product__title", "store__name"]
        constraints = [
            models.UniqueConstraint(fields=["product", "store"], name="stockrecord_product_store"),
            # The last guard against overselling: no code path may drive stock negative.
            models.CheckConstraint(condition=Q(quantity__gte=0), name="stockrecord_quantity_gte_0"),
        ]

    def __str__(self) -> str:
        return f"{self.product} @ {self.store}: {self.quantity}"


class Price(models.Model):
    """The product's base unit price in the shop currency (UAH). ``amount`` None = no price:
    the product is hidden from shoppers (SPEC §1)."""

    product = models.OneToOneField(
        "catalog.ProductPage", on_delete=models.CASCADE, related_name="price", primary_key=True
    )
    amount = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["product__title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gt=0), name="price_amount_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.product.title} ({self.product.sku})"
