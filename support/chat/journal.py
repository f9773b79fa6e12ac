"""The chat's entries in Wagtail's audit log (issue 16.6): who assigned, closed and reopened
a conversation, and when. They show in each conversation's history and in Reports → Site
history, filterable by action (written by ``support.chat.operators``)."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter

from support.chat.operators import (
    CONVERSATION_ASSIGNED,
    CONVERSATION_CLOSED,
    CONVERSATION_REOPENED,
)


class ConversationAssignedFormatter(LogFormatter):
    label = _("Assign conversation")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        values = {
            "number": data.get("number", ""),
            "old": data.get("old_name") or "",
            "new": data.get("new_name") or "",
        }
        if data.get("by_reply"):
            return gettext("Conversation %(number)s taken by %(new)s with an answer") % values
        if values["old"]:
            return gettext("Conversation %(number)s passed from %(old)s to %(new)s") % values
        return gettext("Conversation %(number)s assigned to %(new)s") % values


class ConversationClosedFormatter(LogFormatter):
    label = _("Close conversation")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return gettext("Conversation %(number)s closed") % {"number": data.get("number", "")}


class ConversationReopenedFormatter(LogFormatter):
    label = _("Reopen conversation")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return gettext("Conversation %(number)s reopened") % {"number": data.get("number", "")}


def register_chat_log_actions(actions) -> None:
    """The ``register_log_actions`` hook's part for the chat."""
    actions.register_action(CONVERSATION_ASSIGNED)(ConversationAssignedFormatter)
    actions.register_action(CONVERSATION_CLOSED)(ConversationClosedFormatter)
    actions.register_action(CONVERSATION_REOPENED)(ConversationReopenedFormatter)
