"""Inquiries from the feedback form (SPEC §2 "reviews and suggestions", issue 14.6): what a
visitor wrote and how the sales operators handled it. Written only through
``support.services``; every answer and closing is also in Wagtail's audit log."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

NAME_MAX_LENGTH = 100
MESSAGE_MAX_LENGTH = 5000  # characters, for the visitor's message and the operator's answer


class InquiryStatus(models.TextChoices):
    NEW = "new", pgettext_lazy("inquiry status", "New")
    ANSWERED = "answered", pgettext_lazy("inquiry status", "Answered")
    CLOSED = "closed", pgettext_lazy("inquiry status", "Closed")


class Inquiry(models.Model):
    """One message sent from the feedback page. At least one way to answer it — an e-mail or
    a phone (E.164, ``commerce.phones``) — is required, also by the database. The order
    number is what the visitor typed (normalised, e.g. ``GW000042``); it is not checked
    against the orders, so the form never tells whether an order exists."""

    name = models.CharField(
        max_length=NAME_MAX_LENGTH, verbose_name=pgettext_lazy("person", "name")
    )
    email = models.EmailField(blank=True, verbose_name=_("e-mail"))
    phone = models.CharField(max_length=20, blank=True, verbose_name=_("phone"))
    message = models.TextField(max_length=MESSAGE_MAX_LENGTH, verbose_name=_("message"))
    order_number = models.CharField(max_length=20, blank=True, verbose_name=_("order number"))
    status = models.CharField(
        max_length=10,
        choices=InquiryStatus.choices,
        default=InquiryStatus.NEW,
        db_index=True,
        verbose_name=_("status"),
    )
    created_at = models.DateTimeField(
        default=timezone.now, db_index=True, verbose_name=_("received at")
    )
    answered_at = models.DateTimeField(null=True, blank=True, verbose_name=_("answered at"))
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("answered by"),
    )
    answer = models.TextField(blank=True, verbose_name=_("answer"))
    answered_by_phone = models.BooleanField(default=False, verbose_name=_("answered by phone"))
    closed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("closed at"))

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(email="", phone=""), name="support_inquiry_has_contact"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=InquiryStatus.values),
                name="support_inquiry_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return gettext("Inquiry %(number)s from %(name)s") % {
            "number": self.pk or "—",
            "name": self.name,
        }
