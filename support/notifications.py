"""Inquiry e-mails (issue 14.6), sent in the background (django-tasks) once the change is
committed: "new inquiry" to the sales operators with a link to its card in the admin, and an
operator's answer to the visitor.

Plain-text mails in the shop's language (``settings.LANGUAGE_CODE``), whatever the language
of the request or task that sends them; what visitors and operators typed goes in as it is
(plain text: nothing to escape)."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from commerce.orders.notifications import base_url_for, sales_operator_emails
from commerce.phones import phone_display
from support.models import Inquiry


def inquiry_admin_path(inquiry_id: int) -> str:
    """The inquiry's card in the admin, e.g. ``/admin/support/inquiries/inspect/7/``."""
    return reverse("support_inquiries:inspect", args=[inquiry_id])


@task()
def send_new_inquiry_email(inquiry_id: int, base_url: str = "") -> int:
    """Mail the new inquiry to every sales operator (and SHOP_SALES_EMAILS); returns how many
    messages went out (0 with no operator, or when the inquiry was deleted meanwhile)."""
    with translation.override(settings.LANGUAGE_CODE):
        inquiry = Inquiry.objects.filter(pk=inquiry_id).first()
        staff = sales_operator_emails()
        if inquiry is None or not staff:
            return 0
        base = base_url.rstrip("/") or base_url_for()
        context = {
            "inquiry": inquiry,
            "phone": phone_display(inquiry.phone),
            "admin_url": base + inquiry_admin_path(inquiry.pk),
        }
        return send_mail(
            subject=_("New inquiry from %(name)s") % {"name": inquiry.name},
            message=render_to_string("support/emails/new_inquiry_staff.txt", context),
            from_email=None,
            recipient_list=staff,
        )


@task()
def send_inquiry_answer_email(inquiry_id: int, answer: str, base_url: str = "") -> int:
    """Mail an operator's ``answer`` (passed along, so two quick answers each go out as
    written) to the visitor, quoting their message; returns 1 when sent, 0 when the inquiry
    is gone or has no e-mail."""
    with translation.override(settings.LANGUAGE_CODE):
        inquiry = Inquiry.objects.filter(pk=inquiry_id).first()
        if inquiry is None or not inquiry.email:
            return 0
        context = {
            "inquiry": inquiry,
            "answer": answer,
            "quoted": "\n".join(f"> {line}" for line in inquiry.message.splitlines()),
            "shop": settings.WAGTAIL_SITE_NAME,
            "base": base_url.rstrip("/") or base_url_for(),
        }
        return send_mail(
            subject=_("Answer to your message to %(shop)s") % {"shop": settings.WAGTAIL_SITE_NAME},
            message=render_to_string("support/emails/inquiry_answer.txt", context),
            from_email=None,
            recipient_list=[inquiry.email],
        )


def notify_new_inquiry(inquiry: Inquiry, base_url: str = "") -> None:
    """Queue the operators' e-mail for after the surrounding transaction commits."""
    transaction.on_commit(lambda: send_new_inquiry_email.enqueue(inquiry.pk, base_url))


def notify_inquiry_answered(inquiry: Inquiry, answer: str, base_url: str = "") -> None:
    """Queue the answer's e-mail for after the commit (a rolled-back answer sends nothing)."""
    transaction.on_commit(lambda: send_inquiry_answer_email.enqueue(inquiry.pk, answer, base_url))
