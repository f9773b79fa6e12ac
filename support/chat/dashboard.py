"""The chat's panel on the Wagtail admin dashboard (issue 16.3), for whoever may read the chat
(sales operators, managers): unread customer messages, conversations waiting for an answer,
and the ones waiting longest, each linked to its conversation."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from support.chat.inbox import (
    InboxFilter,
    customer_name,
    inbox_totals,
    waiting_conversations,
)
from support.chat.operators import VIEW_CONVERSATION


class ChatPanel(Component):
    """Context: ``unread`` (customer messages no operator has read), ``waiting``
    (conversations whose customer waits for an answer), ``rows`` (the longest waits:
    ``{"name", "excerpt", "unread", "since", "url"}``), ``inbox_url`` and ``unanswered_url``.
    The totals come from the shared cache while nothing changes (``inbox_totals``); the rows
    are one query, and none when nothing waits."""

    name = "shop_chat"
    order = 45
    template_name = "support/chat/admin/dashboard_panel.html"

    def get_context_data(self, parent_context=None):
        totals = inbox_totals()
        rows = []
        if totals.waiting:
            rows = [
                {
                    "name": customer_name(conversation),
                    "excerpt": conversation.last_text or "",
                    "unread": conversation.unread_by_staff,
                    "since": conversation.waiting_since,
                    "url": reverse("support_chat:inspect", args=[conversation.pk]),
                }
                for conversation in waiting_conversations()
            ]
        inbox_url = reverse("support_chat:index")
        return {
            "unread": totals.unread,
            "waiting": totals.waiting,
            "rows": rows,
            "inbox_url": inbox_url,
            "unanswered_url": f"{inbox_url}?show={InboxFilter.UNANSWERED}",
        }


def chat_dashboard_panels(request, panels: list) -> None:
    """Append the chat panel for a user who may read the chat (the
    ``construct_homepage_panels`` hook); nothing for anyone else."""
    if request.user.has_perm(VIEW_CONVERSATION):
        panels.append(ChatPanel())
