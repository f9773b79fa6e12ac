"""Payment attempts and the payment bot's API tokens (SPEC §5): only the last four digits of
a card and only a SHA-256 hash of a token are ever stored."""

import hashlib
import secrets

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from commerce.orders.models import Order, PaymentMethod


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    name = models.CharField(
        max_length=100, help_text=_("Who uses it, e.g. “Telegram bot”."), verbose_name=_("name")
    )
    key_hash = models.CharField(
        max_length=64, unique=True, editable=False, verbose_name=_("key hash")
    )
    prefix = models.CharField(
        max_length=8,
        editable=False,
        help_text=_("The first characters, to recognise a token."),
        verbose_name=_("key prefix"),
    )
    is_active = models.BooleanField(default=True, verbose_name=_("active"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    last_used_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("last used at")
    )

    class Meta:
        verbose_name = _("bot API token")
        verbose_name_plural = _("bot API tokens")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def issue(cls, *, name: str) -> tuple["ApiToken", str]:
        """A new token; returns it with the raw secret, which is shown once and never kept."""
        raw = secrets.token_hex(32)  # hex: never starts with "-", safe on a command line
        token = cls.objects.create(name=name, key_hash=hash_token(raw), prefix=raw[:8])
        return token, raw


class Payment(models.Model):
    """One charge attempt. Only the last four digits of a card are ever kept.

    An attempt is recorded as *pending* before the gateway is called (outside any database
    transaction) and settled with the gateway's answer afterwards (issue 12.7)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the gateway")
        SUCCEEDED = "succeeded", _("Succeeded")
        DECLINED = "declined", _("Declined")
        FAILED = "failed", _("Failed")

    order = models.ForeignKey(
        Order, on_delete=models.PROTECT, related_name="payments", verbose_name=_("order")
    )
    method = models.CharField(
        max_length=10, choices=PaymentMethod.choices, verbose_name=_("payment method")
    )
    gateway = models.CharField(max_length=30, verbose_name=_("gateway"))
    transaction_id = models.CharField(max_length=64, blank=True, verbose_name=_("transaction ID"))
    amount = models.DecimalField(max_digits=14, decimal_places=2, verbose_name=_("amount"))
    status = models.CharField(
        max_length=10, choices=Status.choices, verbose_name=_("payment status")
    )
    message = models.CharField(max_length=255, blank=True, verbose_name=_("gateway message"))
    last4 = models.CharField(max_length=4, blank=True, verbose_name=_("card's last four digits"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    settled_at = models.DateTimeField(null=True, blank=True, verbose_name=_("settled at"))

    class Meta:
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One order is never charged twice (SPEC §5).
            models.UniqueConstraint(
                fields=["order"],
                condition=Q(status="succeeded"),
                name="payment_one_success_per_order",
            ),
            # One attempt at a time per order, across every process.
            models.UniqueConstraint(
                fields=["order"],
                condition=Q(status="pending"),
                name="payment_one_pending_per_order",
            ),
            # A gateway's transaction is recorded once.
            models.UniqueConstraint(
                fields=["gateway", "transaction_id"],
                condition=~Q(transaction_id=""),
                name="payment_unique_transaction",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_status_display()} {self.amount} ({self.gateway})"
