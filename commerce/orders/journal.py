"""Journal of order changes in Wagtail's audit log (SPEC §8: who, when, old → new): status
changes, bank transfers marked paid, line edits and operator comments. They show in each
order's history and in Reports → Site history, filterable by action."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter

from commerce.orders.editing import ORDER_COMMENT, ORDER_EDIT
from commerce.orders.models import FulfilmentStatus, PaymentStatus, status_label
from commerce.orders.status import MARKED_PAID, STATUS_CHANGE


class OrderStatusFormatter(LogFormatter):
    label = _("Change order status")
    statuses = FulfilmentStatus

    def format_message(self, log_entry):
        data = log_entry.data or {}
        # Old and new are recorded as status codes; they show by their labels.
        return gettext("Order %(number)s: %(old)s → %(new)s") % {
            "number": data.get("number", ""),
            "old": status_label(data.get("old", ""), self.statuses),
            "new": status_label(data.get("new", ""), self.statuses),
        }


class OrderPaidFormatter(OrderStatusFormatter):
    label = _("Mark order paid")
    statuses = PaymentStatus


class OrderEditFormatter(LogFormatter):
    label = _("Edit order lines")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        changes = [
            f"{line.get('sku', '')} ({line.get('store', '')}) "
            f"{line.get('old', '')} → {line.get('new', '')}"
            for line in data.get("lines", [])
        ]
        return gettext("Order %(number)s: %(changes)s; grand total %(old)s → %(new)s") % {
            "number": data.get("number", ""),
            "changes": ", ".join(changes),
            "old": data.get("old_total", ""),
            "new": data.get("new_total", ""),
        }


class OrderCommentFormatter(LogFormatter):
    label = _("Change operator comment")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        old, new = (f"“{text}”" if text else "—" for text in (data.get("old"), data.get("new")))
        return gettext("Order %(number)s: operator comment %(old)s → %(new)s") % {
            "number": data.get("number", ""),
            "old": old,
            "new": new,
        }


def register_order_log_actions(actions) -> None:
    """The ``register_log_actions`` hook's part for orders."""
    actions.register_action(STATUS_CHANGE)(OrderStatusFormatter)
    actions.register_action(MARKED_PAID)(OrderPaidFormatter)
    actions.register_action(ORDER_EDIT)(OrderEditFormatter)
    actions.register_action(ORDER_COMMENT)(OrderCommentFormatter)
