"""The order status machine (SPEC §5, DESIGN): one table of allowed transitions, each with the
permission it needs, and one ``set_status`` that every status change goes through.

processing → confirmed → assembling → ready → in transit → completed; cancelled from any
status before shipping. Payment status (paid / not paid) is separate: ``mark_paid``.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from wagtail.log_actions import log

from catalog.stock import stock_journal_move, stock_lock, stock_return
from commerce.orders.models import (
    FulfilmentStatus,
    Order,
    OrderStatusChange,
    PaymentMethod,
    PaymentStatus,
)
from commerce.orders.notifications import notify_status_changed
from commerce.orders.sales import lines_pieces, order_day, sales_record
from commerce.pricing.loyalty import loyalty_record_completed_order
from config.errors import ShopError

S = FulfilmentStatus
STATUS_CHANGE = "commerce.order.status"
MARKED_PAID = "commerce.order.paid"

# status → {next status: the permission that allows it}
TRANSITIONS: dict[str, dict[str, str]] = {
    S.PROCESSING: {S.CONFIRMED: "commerce.confirm_order", S.CANCELLED: "commerce.cancel_order"},
    S.CONFIRMED: {S.ASSEMBLING: "commerce.assemble_order", S.CANCELLED: "commerce.cancel_order"},
    S.ASSEMBLING: {S.READY: "commerce.assemble_order", S.CANCELLED: "commerce.cancel_order"},
    S.READY: {S.IN_TRANSIT: "commerce.ship_order", S.CANCELLED: "commerce.cancel_order"},
    S.IN_TRANSIT: {S.COMPLETED: "commerce.complete_order"},
    S.COMPLETED: {},
    S.CANCELLED: {},
}


# Each status an order can be moved to → the permission of the transitions into it (every
# status is entered under one permission only).
TARGET_PERMISSIONS: dict[str, str] = {
    to_status: permission
    for nexts in TRANSITIONS.values()
    for to_status, permission in nexts.items()
}

# What the admin's button for moving an order to each status says (SPEC §5).
ACTION_LABELS: dict[str, str] = {
    S.CONFIRMED: pgettext_lazy("order action", "Confirm"),
    S.ASSEMBLING: pgettext_lazy("order action", "Accept for assembly"),
    S.READY: pgettext_lazy("order action", "Assembled"),
    S.IN_TRANSIT: pgettext_lazy("order action", "In transit"),
    S.COMPLETED: pgettext_lazy("order action", "Complete"),
    S.CANCELLED: pgettext_lazy("order action", "Cancel"),
}


class InvalidTransition(ShopError):
    """A status change that the machine or the user's role does not allow; safe to show."""

    status = 409


@dataclass(frozen=True)
class Transition:
    order: Order
    from_status: str
    to_status: str


def allowed_next(*, order: Order, user) -> list[str]:
    """The statuses ``user`` may move ``order`` to now (for the admin's buttons)."""
    return [
        to
        for to, permission in TRANSITIONS.get(order.fulfilment_status, {}).items()
        if user.has_perm(permission)
    ]


def can_mark_paid(*, order: Order, user) -> bool:
    """Whether ``user`` may record a bank transfer for ``order`` now (pays by bank account, not
    paid, not cancelled)."""
    return (
        user.has_perm("commerce.mark_order_paid")
        and order.payment_method == PaymentMethod.ACCOUNT
        and order.payment_status != PaymentStatus.PAID
        and order.fulfilment_status != S.CANCELLED
    )


def set_status(*, order: Order, to_status: str, user, base_url: str = "") -> Transition:
    """Move ``order`` to ``to_status`` on behalf of ``user``.

    Checks the transition table and the user's permission, and that an order is paid before
    it is completed; records who and when (OrderStatusChange and Wagtail's audit log). A
    cancelled order's pieces return to their stores; a completed order counts towards the
    customer's loyalty tier; the customer is e-mailed once the change commits
    (links start with ``base_url``, the admin request's address, when given).
    Raises InvalidTransition (and changes nothing) otherwise.
    """
    caller_copy = order
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        current = order.fulfilment_status
        allowed = TRANSITIONS.get(current, {})
        if to_status not in allowed:
            raise InvalidTransition(
                _("Order %(number)s is %(status)s; it cannot become %(target)s.")
                % {
                    "number": order.number,
                    "status": S(current).label.lower(),
                    "target": S(to_status).label.lower() if to_status in S.values else to_status,
                }
            )
        if user is None or not user.has_perm(allowed[to_status]):
            raise InvalidTransition(
                _("Your role may not set orders to %(target)s.")
                % {"target": S(to_status).label.lower()}
            )
        if to_status == S.COMPLETED and order.payment_status != PaymentStatus.PAID:
            raise InvalidTransition(
                _("Order %(number)s is not paid yet; only a paid order can be completed.")
                % {"number": order.number}
            )
        if to_status == S.CANCELLED:
            lines = list(order.lines.all())
            stock_lock(
                pairs=[(line.product_id, line.store_id) for line in lines if line.product_id]
            )
            for line in lines:
                if line.product_id:
                    stock_return(
                        product_id=line.product_id, store_id=line.store_id, quantity=line.quantity
                    )
                    stock_journal_move(
                        product_id=line.product_id,
                        store_id=line.store_id,
                        delta=line.quantity,
                        user=user,
                        source=f"Order {order.number} cancelled",
                    )
            # Issue 15: a cancelled order's pieces no longer count as sold.
            sales_record(
                day=order_day(order),
                deltas={pk: -n for pk, n in lines_pieces(lines).items()},
            )
        Order.objects.filter(pk=order.pk).update(fulfilment_status=to_status)
        order.fulfilment_status = to_status
        change = OrderStatusChange.objects.create(
            order=order, from_status=current, to_status=to_status, user=user
        )
        notify_status_changed(change, base_url)
        log(
            instance=order,
            action=STATUS_CHANGE,
            user=user,
            data={"number": order.number, "old": current, "new": to_status},
        )
        if to_status == S.COMPLETED:
            loyalty_record_completed_order(customer=order.customer, amount=order.goods_total)
    caller_copy.fulfilment_status = to_status
    return Transition(order=order, from_status=current, to_status=to_status)


def mark_paid(*, order: Order, user) -> Order:
    """An accountant records a bank transfer (``commerce.mark_order_paid``); journaled.
    Raises InvalidTransition when not allowed, already paid, cancelled or paid by card."""
    if user is None or not user.has_perm("commerce.mark_order_paid"):
        raise InvalidTransition(_("Your role may not mark orders paid."))
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        if order.payment_status == PaymentStatus.PAID:
            raise InvalidTransition(
                _("Order %(number)s is already paid.") % {"number": order.number}
            )
        if order.fulfilment_status == S.CANCELLED:
            raise InvalidTransition(_("Order %(number)s is cancelled.") % {"number": order.number})
        if order.payment_method != PaymentMethod.ACCOUNT:
            # Card payments are recorded by the gateway, never by hand (SPEC §8).
            raise InvalidTransition(
                _("Order %(number)s is paid by card; only bank transfers are marked paid.")
                % {"number": order.number}
            )
        if order.payments.filter(status="pending").exists():
            # An online account debit is waiting for its gateway: marking the order paid now
            # could take the money twice (issue 12.7).
            raise InvalidTransition(
                _("A payment for order %(number)s is in progress; wait for its answer.")
                % {"number": order.number}
            )
        Order.objects.filter(pk=order.pk).update(payment_status=PaymentStatus.PAID)
        order.payment_status = PaymentStatus.PAID
        log(
            instance=order,
            action=MARKED_PAID,
            user=user,
            data={"number": order.number, "old": PaymentStatus.NOT_PAID, "new": PaymentStatus.PAID},
        )
    return order
