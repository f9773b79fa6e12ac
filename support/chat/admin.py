"""The chat in the Wagtail admin (SPEC §7, §8; issue 16.3, 16.6): the "Chat" menu item with
the number of unread customer messages, the shared inbox, one conversation and its actions
(``support.chat.admin_views``), and each conversation's journal.

Conversations are started by visitors and changed only by the chat's services: nobody adds
or edits one in a generic form, and only superusers may delete one."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import HistoryView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from catalog.permissions import ForbiddenActionsPolicy
from support.chat.admin_views import (
    INBOX_PER_PAGE,
    ConversationReplyView,
    ConversationView,
    InboxPollView,
    InboxView,
    conversation_assign_view,
    conversation_close_view,
    conversation_poll_view,
    conversation_reopen_view,
)
from support.chat.inbox import inbox_totals
from support.chat.operators import VIEW_CONVERSATION
from support.models import Conversation


class ConversationPermissionPolicy(ForbiddenActionsPolicy):
    """Model permissions, but the generic add and edit forms are closed to everyone: a
    conversation is what visitors and operators wrote. Answering, assigning, closing and
    reopening are the chat's own actions (``support.reply_conversation``)."""

    forbidden_actions = frozenset({"add", "change"})


register_permission_policy(Conversation, ConversationPermissionPolicy(Conversation))


class ConversationHistoryView(HistoryView):
    """The conversation's journal (assigned, closed, reopened), for whoever may read the
    chat (Wagtail's asks for add, change or delete, which the generic screens never grant)."""

    any_permission_required = ["view", "change", "delete"]


class ChatMenuItem(MenuItem):
    """Shown to whoever may read the chat; its label counts the customer messages no
    operator has read yet, "Chat (3)" — from the shared cache while nothing changes."""

    def is_shown(self, request):
        return request.user.has_perm(VIEW_CONVERSATION)

    def render_component(self, request):
        component = super().render_component(request)
        unread = inbox_totals().unread
        if unread:
            component.label = f"{self.label} ({unread})"
        return component


class ConversationViewSet(ModelViewSet):
    """The chat for the sales operators (answer) and managers (read): inbox, conversation,
    answer, assign to me, close, reopen, journal, and the two poll addresses."""

    model = Conversation
    icon = "comment"
    menu_label = _("Chat")
    menu_order = 196
    add_to_admin_menu = True
    menu_item_class = ChatMenuItem
    url_prefix = "support/chat"
    url_namespace = "support_chat"
    index_view_class = InboxView
    inspect_view_enabled = True
    inspect_view_class = ConversationView
    history_view_class = ConversationHistoryView
    copy_view_enabled = False
    list_display = ["__str__"]
    list_per_page = INBOX_PER_PAGE
    search_fields: list[str] = []
    # The generic forms are closed by the policy; without fields even a bypassed check could
    # change nothing.
    form_fields: list[str] = []

    def get_urlpatterns(self):
        inspect_kwargs = self.get_inspect_view_kwargs()
        reply_view = self.construct_view(ConversationReplyView, **inspect_kwargs)
        poll_view = self.construct_view(
            InboxPollView, **self.get_index_view_kwargs(), results_only=True
        )
        return [
            *super().get_urlpatterns(),
            path("poll/", poll_view, name="poll"),
            path("<int:pk>/reply/", reply_view, name="reply"),
            path("<int:pk>/assign/", conversation_assign_view, name="assign"),
            path("<int:pk>/close/", conversation_close_view, name="close"),
            path("<int:pk>/reopen/", conversation_reopen_view, name="reopen"),
            path("<int:pk>/poll/", conversation_poll_view, name="poll_conversation"),
        ]
