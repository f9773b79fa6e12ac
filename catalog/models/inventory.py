"""Price and stock: commerce data kept out of page revisions (SPEC §1).

Publishing an old revision of a product page can never roll these back, because they are
plain models, written only through ``catalog.prices`` and ``catalog.stock``, which journal
every change.
"""

from django.db import models
from django.db.models import BooleanField, Expression, F, Q, Subquery
from django.utils.translation import gettext_lazy as _


class InValuesOf(Expression):
    """``field IN (uncorrelated subquery)`` that PostgreSQL computes once per statement.

    PostgreSQL flattens a join (``store__is_active``) or a plain ``IN (SELECT ...)`` inside the
    listings' correlated ``EXISTS`` into the outer query, so the stock probe becomes a
    stock × store join. Where the planner believes the tables empty (rows written in the
    still-open transaction of a test, or a bulk load before autovacuum's ANALYZE) it ran that
    join unparameterized inside nested loops over every product and page: the 2,000-product
    category page took over 15 minutes (issue 12.10). ``= ANY(ARRAY(SELECT ...))`` cannot be
    flattened: an InitPlan evaluated once, leaving the probe one table on its product index.
    Other databases get the plain ``IN``.
    """

    conditional = True
    output_field = BooleanField()

    def __init__(self, field: str, queryset):
        super().__init__()
        self.lhs = F(field)
        self.subquery = Subquery(queryset.order_by())

    def get_source_expressions(self):
        return [self.lhs, self.subquery]

    def set_source_expressions(self, exprs):
        self.lhs, self.subquery = exprs

    def as_sql(self, compiler, connection):
        lhs_sql, lhs_params = compiler.compile(self.lhs)
        sub_sql, sub_params = compiler.compile(self.subquery)
        return f"{lhs_sql} IN {sub_sql}", (*lhs_params, *sub_params)

    def as_postgresql(self, compiler, connection):
        lhs_sql, lhs_params = compiler.compile(self.lhs)
        sub_sql, sub_params = compiler.compile(self.subquery)
        return f"{lhs_sql} = ANY(ARRAY{sub_sql})", (*lhs_params, *sub_params)


class Store(models.Model):
    """A shop or warehouse holding stock; ``code`` names it in import files (``stock:<code>``)."""

    code = models.SlugField(
        max_length=30,
        unique=True,
        help_text=_("Short code used in imports."),
        verbose_name=_("code"),
    )
    name = models.CharField(max_length=100, verbose_name=_("name"))
    address = models.CharField(max_length=255, blank=True, verbose_name=_("address"))
    is_active = models.BooleanField(default=True, verbose_name=_("active"))

    class Meta:
        verbose_name = _("store")
        verbose_name_plural = _("stores")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class StockRecordQuerySet(models.QuerySet):
    def sellable(self):
        """Records a shopper can buy from: pieces above 0 in an active store (an inactive
        store sells nothing). The one definition of sellable stock for the listings, the
        tiles' default store and the product page, so a tile never promises what the page
        and the bag refuse (issue 12.10)."""
        return self.filter(
            InValuesOf("store_id", Store.objects.filter(is_active=True).values("pk")),
            quantity__gt=0,
        )


class StockRecord(models.Model):
    """Units (pieces of the product's sale unit) of one product held in one store."""

    product = models.ForeignKey(
        "catalog.ProductPage",
        on_delete=models.CASCADE,
        related_name="stock_records",
        verbose_name=_("product"),
    )
    store = models.ForeignKey(
        Store, on_delete=models.PROTECT, related_name="stock_records", verbose_name=_("store")
    )
    quantity = models.IntegerField(
        default=0,
        help_text=_("Pieces available (not shown to shoppers)."),
        verbose_name=_("quantity in stock"),
    )
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    objects = StockRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("stock record")
        verbose_name_plural = _("stock records")
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
        "catalog.ProductPage",
        on_delete=models.CASCADE,
        related_name="price",
        primary_key=True,
        verbose_name=_("product"),
    )
    amount = models.DecimalField(
        max_digits=12, decimal_places=2, null=True, blank=True, verbose_name=_("price")
    )
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("price")
        verbose_name_plural = _("prices")
        ordering = ["product__title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gt=0), name="price_amount_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.product.title} ({self.product.sku})"


class ProductPopularity(models.Model):
    """Pieces of the product sold in the popularity window (the last 90 days, orders not
    cancelled): the column the category page's "popular" sort reads (DESIGN: listings read
    ready data). Kept out of page revisions like the price; written only through
    ``catalog.popularity`` by the order services (placement, line edits, cancellation) and
    recomputed nightly as the window moves. No row means nothing sold."""

    product = models.OneToOneField(
        "catalog.ProductPage",
        on_delete=models.CASCADE,
        related_name="popularity",
        primary_key=True,
        verbose_name=_("product"),
    )
    units = models.PositiveIntegerField(
        default=0, db_index=True, verbose_name=_("pieces sold in 90 days")
    )
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("product popularity")
        verbose_name_plural = _("product popularity")

    def __str__(self) -> str:
        return f"{self.product_id}: {self.units}"
