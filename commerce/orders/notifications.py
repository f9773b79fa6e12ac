"""Order e-mails (SPEC §5), sent in the background (django-tasks) once the order is committed:
a confirmation to the customer, "new order" to the sales operators with a link to it, and a
note to the customer at every status change.

The mails are written in the shop's language (``settings.LANGUAGE_CODE``), whatever the
language of the request or task that sends them."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from commerce.delivery.selectors import pickup_transfer
from commerce.money import format_money
from commerce.orders.models import FulfilmentStatus, Order, OrderStatusChange


def sales_operator_emails() -> list[str]:
    """Who hears of new orders (SPEC §5): the active sales operators, plus any addresses in
    SHOP_SALES_EMAILS (a shared mailbox), without repeats."""
    from django.contrib.auth import get_user_model

    from accounts.roles import SALES_OPERATOR

    operators = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=SALES_OPERATOR.name)
        .values_list("email", flat=True)
    )
    emails = {email.lower(): email for email in [*operators, *settings.SHOP_SALES_EMAILS]}
    return sorted(emails.values())


def base_url_for(request=None) -> str:
    """The address links in e-mails start with: the one the request came in on (``make run
    PORT=8100`` mails links to :8100), or WAGTAILADMIN_BASE_URL for mails sent without one.
    Mails are rendered in a task, so callers pass this string along."""
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


@task()
def send_order_emails(order_id: int, base_url: str = "") -> int:
    """Send the confirmation (when the order has an e-mail) and the staff notice; returns how
    many messages went out. Links start with ``base_url`` (WAGTAILADMIN_BASE_URL when empty)."""
    with translation.override(settings.LANGUAGE_CODE):
        return _send_order_emails(order_id, base_url)


def _send_order_emails(order_id: int, base_url: str = "") -> int:
    order = Order.objects.select_related("customer", "delivery_method__store").get(pk=order_id)
    base = base_url.rstrip("/") or base_url_for()
    lines = list(order.lines.all())
    context = {
        "order": order,
        "lines": lines,
        "pickup_transfer": pickup_transfer(
            method=order.delivery_method, store_ids=[line.store_id for line in lines]
        ),
        "base": base,
        "order_url": base + order.private_path(),
        "admin_url": base + reverse("commerce_orders:inspect", args=[order.pk]),
    }
    sent = 0
    if order.email:
        sent += send_mail(
            subject=_("Your order %(number)s at %(shop)s")
            % {"number": order.number, "shop": settings.WAGTAIL_SITE_NAME},
            message=render_to_string("commerce/orders/emails/order_confirmation.txt", context),
            from_email=None,
            recipient_list=[order.email],
        )
    staff = sales_operator_emails()
    if staff:
        sent += send_mail(
            subject=_("New order %(number)s: %(total)s")
            % {"number": order.number, "total": format_money(order.grand_total)},
            message=render_to_string("commerce/orders/emails/new_order_staff.txt", context),
            from_email=None,
            recipient_list=staff,
        )
    return sent


def notify_order_placed(order: Order, base_url: str = "") -> None:
    """Queue the e-mails for after the surrounding transaction commits."""
    transaction.on_commit(lambda: send_order_emails.enqueue(order.pk, base_url))


@task()
def send_status_email(change_id: int, base_url: str = "") -> int:
    """Tell the customer their order's new fulfilment status (SPEC §5); returns 1 when sent,
    0 when the order has no e-mail address."""
    with translation.override(settings.LANGUAGE_CODE):
        return _send_status_email(change_id, base_url)


def _send_status_email(change_id: int, base_url: str = "") -> int:
    change = OrderStatusChange.objects.select_related("order").get(pk=change_id)
    order = change.order
    if not order.email:
        return 0
    base = base_url.rstrip("/") or base_url_for()
    context = {
        "order": order,
        "change": change,
        "status": FulfilmentStatus(change.to_status).label,
        "order_url": base + order.private_path(),
    }
    return send_mail(
        subject=_("Order %(number)s: %(status)s")
        % {"number": order.number, "status": context["status"].lower()},
        message=render_to_string("commerce/orders/emails/order_status.txt", context),
        from_email=None,
        recipient_list=[order.email],
    )


def notify_status_changed(change: OrderStatusChange, base_url: str = "") -> None:
    """Queue the customer's status e-mail for after the surrounding transaction commits (a
    rolled-back change sends nothing)."""
    transaction.on_commit(lambda: send_status_email.enqueue(change.pk, base_url))
