"""Carts that reserve stock (SPEC §3).

While ``is_reserved`` is true, every line's ``quantity`` pieces have been taken from its
store's stock record. When a cart idles past its time-to-live the expiry job returns the units
and clears ``is_reserved``; the lines keep the wanted quantities so the next visit can try to
take them again.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Cart(models.Model):
    """A shopper's cart: a user's (one per user) or an anonymous session's (the session keeps
    the cart's id, so it survives the session-key change at login)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="cart",
        verbose_name=_("user"),
    )
    is_reserved = models.BooleanField(
        default=True,
        help_text=_("Whether the lines' units are currently taken from stock."),
        verbose_name=_("reserved"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    touched_at = models.DateTimeField(
        auto_now=True,
        db_index=True,
        help_text=_("Last activity; expiry counts idle time from it."),
        verbose_name=_("last activity"),
    )

    class Meta:
        verbose_name = _("cart")
        verbose_name_plural = _("carts")
        indexes = [models.Index(fields=["is_reserved", "touched_at"], name="cart_expiry_idx")]

    def __str__(self) -> str:
        owner = self.user.email if self.user_id else "anonymous"
        return f"Cart {self.pk} ({owner})"


class CartLine(models.Model):
    """``quantity`` pieces of ``product`` from ``store`` (reserved while the cart is)."""

    cart = models.ForeignKey(
        Cart, on_delete=models.CASCADE, related_name="lines", verbose_name=_("cart")
    )
    product = models.ForeignKey(
        "catalog.ProductPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("product")
    )
    store = models.ForeignKey(
        "catalog.Store", on_delete=models.PROTECT, related_name="+", verbose_name=_("store")
    )
    quantity = models.PositiveIntegerField(verbose_name=_("quantity"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        verbose_name = _("cart line")
        verbose_name_plural = _("cart lines")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["cart", "product", "store"], name="cartline_one_per_product_store"
            ),
            models.CheckConstraint(condition=Q(quantity__gt=0), name="cartline_quantity_gt_0"),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} × {self.product_id} @ {self.store_id}"
