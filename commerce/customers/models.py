"""Customer cards (SPEC §6): registered customers and temporary (guest) customers."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from commerce.phones import phone_display

DEFAULT_CALL_FROM = datetime.time(9, 0)
DEFAULT_CALL_TO = datetime.time(21, 0)


class Customer(models.Model):
    """A buyer's card. Registered customers have a ``user``; a temporary customer has none,
    is created by guest checkout for one order, and is reached by staff only through that
    order. ``phone`` is E.164 (``+380671234567``); calls are welcome between ``call_from``
    and ``call_to`` (local time)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="customer",
        verbose_name=_("user"),
    )
    is_temporary = models.BooleanField(
        default=False,
        help_text=_("Created by guest checkout for one order; no login."),
        verbose_name=_("temporary"),
    )
    last_name = models.CharField(max_length=100, blank=True, verbose_name=_("last name"))
    first_name = models.CharField(max_length=100, blank=True, verbose_name=_("first name"))
    phone = models.CharField(
        max_length=20, blank=True, help_text=_("E.164, e.g. +380671234567"), verbose_name=_("phone")
    )
    call_from = models.TimeField(_("calls welcome from"), default=DEFAULT_CALL_FROM)
    call_to = models.TimeField(_("calls welcome until"), default=DEFAULT_CALL_TO)
    email = models.EmailField(_("e-mail"), blank=True)
    default_city = models.CharField(_("default delivery city"), max_length=100, blank=True)
    default_address = models.CharField(_("default delivery address"), max_length=255, blank=True)
    default_order_comment = models.TextField(blank=True, verbose_name=_("default order comment"))
    loyalty_percent = models.DecimalField(
        _("personal discount, %"),
        max_digits=5,
        decimal_places=2,
        default=0,
        editable=False,
        help_text=_("Set by the loyalty tiers from completed purchases (SPEC §4)."),
    )
    purchases_total = models.DecimalField(
        _("completed purchases, UAH"),
        max_digits=14,
        decimal_places=2,
        default=0,
        editable=False,
        help_text=_("Sum of completed orders; the loyalty tier follows it."),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("customer")
        verbose_name_plural = _("customers")
        ordering = ["last_name", "first_name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(call_from__lt=F("call_to")), name="customer_call_window_ordered"
            ),
            # A temporary customer never has a login; a registered one is never temporary.
            models.CheckConstraint(
                condition=Q(is_temporary=False) | Q(user__isnull=True),
                name="customer_temporary_has_no_user",
            ),
        ]

    def __str__(self) -> str:
        return (
            self.full_name
            or self.email
            or self.phone_display
            or gettext("Customer %(pk)s") % {"pk": self.pk}
        )

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    @property
    def phone_display(self) -> str:
        return phone_display(self.phone)

    def clean(self):
        super().clean()
        if self.call_from and self.call_to and self.call_from >= self.call_to:
            raise ValidationError(
                {"call_to": gettext("The end of the call window must be after its start.")}
            )
