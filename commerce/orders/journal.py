"""Journal of order changes in Wagtail's audit log (SPEC §8: who, when, old → new): status
changes, bank transfers marked paid, line edits and operator comments. They show in each
order's history and in Reports → Site history, filterable by action."""

from wagtail.log_actions import LogFormatter

from commerce.orders.editing import ORDER_COMMENT, ORDER_EDIT
from commerce.orders.status import MARKED_PAID, STATUS_CHANGE


class OrderStatusFormatter(LogFormatter):
    label = "Change order status"

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return f"Order {data.get('number', '')}: {data.get('old', '')} → {data.get('new', '')}"


class OrderPaidFormatter(OrderStatusFormatter):
    label = "Mark order paid"


class OrderEditFormatter(LogFormatter):
    label = "Edit order lines"

    def format_message(self, log_entry):
        data = log_entry.data or {}
        changes = [
            f"{line.get('sku', '')} ({line.get('store', '')}) "
            f"{line.get('old', '')} → {line.get('new', '')}"
            for line in data.get("lines", [])
        ]
        return (
            f"Order {data.get('number', '')}: {', '.join(changes)}; "
            f"grand total {data.get('old_total', '')} → {data.get('new_total', '')}"
        )


class OrderCommentFormatter(LogFormatter):
    label = "Change operator comment"

    def format_message(self, log_entry):
        data = log_entry.data or {}
        old, new = (f"“{text}”" if text else "—" for text in (data.get("old"), data.get("new")))
        return f"Order {data.get('number', '')}: operator comment {old} → {new}"


def register_order_log_actions(actions) -> None:
    """The ``register_log_actions`` hook's part for orders."""
    actions.register_action(STATUS_CHANGE)(OrderStatusFormatter)
    actions.register_action(MARKED_PAID)(OrderPaidFormatter)
    actions.register_action(ORDER_EDIT)(OrderEditFormatter)
    actions.register_action(ORDER_COMMENT)(OrderCommentFormatter)
