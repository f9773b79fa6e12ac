"""The chat's screens in the Wagtail admin (SPEC §7, §8; issue 16.3): the shared inbox of the
sales operators, one conversation with its customer's card and recent orders, the answer
box and the actions (assign to me, close, reopen), and the two poll addresses that keep
the open screens current without a reload.

Who may do what: ``support.view_conversation`` reads (sales operators and managers);
``support.reply_conversation`` answers, assigns, closes and reopens (sales operators). Every
view checks its permission itself and the services in ``support.chat.operators`` check
again; the buttons being hidden is never the protection. A manager opening a conversation
reads it without marking it read — only an operator's opening does, so the operators' unread
counts stay theirs.

Polling (plain JS in ``static/js/chat-admin.js``, no inline script): the screens ask with
the version they show; when the shared cache holds the same version the answer is 204 with
no query about conversations (only the session, the user and their permissions, which any
admin request reads), else the refreshed fragment with its new version.
"""

import uuid
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin.views.generic import IndexView, InspectView

from commerce.money import format_money
from support.chat.inbox import (
    CustomerFile,
    InboxFilter,
    InboxOrder,
    conversation_for_staff,
    conversation_thread,
    customer_email,
    customer_file,
    customer_name,
    inbox_conversations,
    inbox_tab_counts,
)
from support.chat.operators import (
    VIEW_CONVERSATION,
    can_reply,
    conversation_assign,
    conversation_close,
    conversation_reopen,
    conversation_reply,
)
from support.chat.services import ChatError, conversation_read
from support.chat.versions import (
    conversation_version,
    inbox_version,
    inbox_version_remember,
    version_remember,
)
from support.models import CHAT_MESSAGE_MAX_LENGTH, ConversationStatus, MessageAuthor

VIEW_ORDER = "commerce.view_order"
VIEW_CUSTOMER = "commerce.view_customer"
INBOX_POLL_SECONDS = 10
CONVERSATION_POLL_SECONDS = 5
INBOX_PER_PAGE = 30


class ReplyForm(forms.Form):
    text = forms.CharField(
        label=_("Your answer"),
        max_length=CHAT_MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": CHAT_MESSAGE_MAX_LENGTH}),
    )


def _refused(request, message: str, *, status: int) -> TemplateResponse:
    """A refusal the staff member can read: the message, a link back to the inbox."""
    return TemplateResponse(
        request,
        "support/chat/admin/refused.html",
        {"message": message, "inbox_url": reverse("support_chat:index")},
        status=status,
    )


def _missing(request) -> TemplateResponse:
    return _refused(
        request,
        gettext(
            "This conversation does not exist (any more): a visitor's conversation joins "
            "their account's when they log in. Look for it in the inbox."
        ),
        status=404,
    )


def _may_not_answer(request) -> TemplateResponse:
    return _refused(request, gettext("Your role may read the chat but not answer it."), status=403)


# The inbox ----------------------------------------------------------------------------------


class InboxView(IndexView):
    """The shared inbox: tabs (unanswered, mine, all open, closed, all) with their counts,
    two orders (the longest wait first, or the newest activity), and one row per
    conversation — who writes, the last message, unread messages, the operator, the status.
    Three queries for any number of conversations: the tab counts, the page's count and the
    page (with customers, operators and last messages)."""

    template_name = "support/chat/admin/inbox.html"
    results_template_name = "support/chat/admin/inbox_results.html"
    any_permission_required = ["view"]
    paginate_by = INBOX_PER_PAGE
    page_title = _("Chat")

    @cached_property
    def columns(self):
        return []  # rows are written by the template (no Wagtail table, no extra queries)

    @cached_property
    def show(self) -> str:
        show = self.request.GET.get("show", "")
        return show if show in InboxFilter.VALUES else InboxFilter.OPEN

    @cached_property
    def inbox_ordering(self) -> str:
        ordering = self.request.GET.get("ordering", "")
        return ordering if ordering in InboxOrder.VALUES else InboxOrder.WAITING

    def get_valid_orderings(self):
        return list(InboxOrder.VALUES)

    def get_base_queryset(self):
        return inbox_conversations(
            show=self.show, ordering=self.inbox_ordering, user=self.request.user
        )

    def order_queryset(self, queryset):
        return queryset  # ordered by inbox_conversations

    def get(self, request, *args, **kwargs):
        # The version is read before the conversations: a change made while this page is
        # read makes the next poll fetch again, never hides itself.
        self.version = inbox_version_remember()
        return super().get(request, *args, **kwargs)

    def _url(self, **params) -> str:
        return "?" + urlencode({"show": self.show, "ordering": self.inbox_ordering, **params})

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        counts = inbox_tab_counts(user=self.request.user)
        index_url = reverse("support_chat:index")
        context.update(
            tabs=[
                {
                    "label": label,
                    "count": counts[value],
                    "url": index_url + self._url(show=value),
                    "current": value == self.show,
                    "value": value,
                }
                for value, label in InboxFilter.CHOICES
            ],
            orderings=[
                {
                    "label": label,
                    "url": index_url + self._url(ordering=value),
                    "current": value == self.inbox_ordering,
                }
                for value, label in InboxOrder.CHOICES
            ],
            unread_total=counts["unread"],
            rows=[self._row(conversation) for conversation in context["object_list"]],
            version=self.version,
            poll_url=reverse("support_chat:poll") + self._url(p=self.request.GET.get("p", 1)),
            poll_seconds=INBOX_POLL_SECONDS,
            show=self.show,
        )
        return context

    def _row(self, conversation) -> dict:
        operator = conversation.assigned_to
        return {
            "conversation": conversation,
            "url": reverse("support_chat:inspect", args=[conversation.pk]),
            "name": customer_name(conversation),
            "email": customer_email(conversation),
            "registered": conversation.user_id is not None,
            "excerpt": conversation.last_text or "",
            "from_shop": conversation.last_author_kind == MessageAuthor.STAFF,
            "operator": _operator_label(operator),
            "operator_email": operator.email if operator else "",
            "mine": operator is not None and operator.pk == self.request.user.pk,
            "closed": conversation.status == ConversationStatus.CLOSED,
        }


class InboxPollView(InboxView):
    """The inbox's poll: 204 when the inbox's version is the one the page shows (from the
    shared cache, no query about conversations), else the refreshed results."""

    results_only = True

    def get(self, request, *args, **kwargs):
        shown = request.GET.get("v")
        if shown and shown == inbox_version():
            return HttpResponse(status=204)
        return super().get(request, *args, **kwargs)


def _operator_label(user) -> str:
    """An operator as the inbox shows them: the first name the customers see, else the
    e-mail; "" for nobody."""
    if user is None:
        return ""
    return (user.first_name or "").strip() or user.email


# One conversation ---------------------------------------------------------------------------


class ConversationView(InspectView):
    """One conversation: its messages in order (products shown with title, SKU, the price
    at the time and a link to the page), the customer's card and recent orders beside it,
    the answer box and the actions for operators. An operator's opening marks the customer's
    messages read. Queries: a fixed number, whatever the number of messages or orders."""

    template_name = "support/chat/admin/conversation.html"
    any_permission_required = ["view"]
    reply_form = None
    status_code = 200
    version = None

    def get_object(self, queryset=None):
        try:
            return conversation_for_staff(self.pk)
        except Http404:
            return None

    page_title = _("Conversation")

    def get_page_subtitle(self):
        if self.object is None:
            return ""
        return f"{self.object.pk} · {customer_name(self.object)}"

    def get(self, request, *args, **kwargs):
        if self.object is None:
            return _missing(request)
        if can_reply(request.user):
            conversation_read(conversation=self.object, by=MessageAuthor.STAFF)
        # The version is read before what the page shows (the conversation is read again
        # after it): a change made meanwhile makes the next poll fetch, never hides itself.
        self.version = version_remember(self.object.token)
        self.object = conversation_for_staff(self.pk)
        return super().get(request, *args, **kwargs)

    def render_to_response(self, context, **response_kwargs):
        response_kwargs.setdefault("status", self.status_code)
        return super().render_to_response(context, **response_kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        conversation, request = self.object, self.request
        user = request.user
        operator = can_reply(user)
        version = self.version or version_remember(conversation.token)
        context.update(thread_context(request, conversation, version=version))
        context.update(
            customer=customer_context(request, conversation),
            can_reply=operator and conversation.status == ConversationStatus.OPEN,
            is_operator=operator,
            reply_form=self.reply_form or ReplyForm(),
            reply_url=reverse("support_chat:reply", args=[conversation.pk]),
            max_length=CHAT_MESSAGE_MAX_LENGTH,
            # The visitor sees an operator's first name beside the answers (issue 16.3).
            no_first_name=operator and not (user.first_name or "").strip(),
            account_url=reverse("wagtailadmin_account"),
            history_url=reverse("support_chat:history", args=[conversation.pk]),
            inbox_url=reverse("support_chat:index"),
        )
        return context


def thread_context(request, conversation, *, version: str) -> dict:
    """What the refreshed part of the conversation shows (``_thread.html``): the status
    line, the actions the user may take, the messages, and the ``version`` they are (read
    before them) with the poll address."""
    everything = request.GET.get("all") == "1"
    thread = conversation_thread(conversation=conversation, everything=everything)
    operator = can_reply(request.user)
    is_open = conversation.status == ConversationStatus.OPEN
    pk = conversation.pk
    actions = []
    if operator and conversation.assigned_to_id != request.user.pk:
        actions.append({"label": gettext("Assign to me"), "url": "assign", "primary": True})
    if operator and is_open:
        actions.append({"label": gettext("Close conversation"), "url": "close"})
    if operator and not is_open:
        actions.append({"label": gettext("Reopen conversation"), "url": "reopen"})
    for action in actions:
        action["url"] = reverse(f"support_chat:{action['url']}", args=[pk])
    return {
        "conversation": conversation,
        "name": customer_name(conversation),
        "email": customer_email(conversation),
        "operator_label": _operator_label(conversation.assigned_to),
        "closed_by_label": _operator_label(conversation.closed_by),
        "thread_messages": [_message_row(request, message) for message in thread.messages],
        "hidden_messages": thread.hidden,
        "show_all_url": reverse("support_chat:inspect", args=[pk]) + "?all=1",
        "actions": actions,
        "version": version,
        "poll_url": reverse("support_chat:poll_conversation", args=[pk])
        + f"?t={conversation.token}"
        + ("&all=1" if everything else ""),
        "poll_seconds": CONVERSATION_POLL_SECONDS,
    }


def _message_row(request, message) -> dict:
    staff = message.author_kind == MessageAuthor.STAFF
    product_url = ""
    if message.product is not None:
        product_url = message.product.get_url(request) or ""
    return {
        "message": message,
        "staff": staff,
        "author": (
            _operator_label(message.author) or gettext("Shop") if staff else gettext("Customer")
        ),
        "author_email": message.author.email if staff and message.author else "",
        "has_product": bool(message.product_title or message.product_id),
        "product_url": product_url,
        "product_price": (
            format_money(message.product_price) if message.product_price is not None else ""
        ),
    }


def customer_context(request, conversation) -> dict:
    """The customer column: name, e-mail, the registered customer's card (linked for those
    who may read cards) and the recent orders (for those who may read orders), each linked to
    its order card."""
    user = request.user
    may_read_orders = user.has_perm(VIEW_ORDER)
    found: CustomerFile = customer_file(conversation, with_orders=may_read_orders)
    card = found.customer
    orders = [
        {
            "order": order,
            "url": reverse("commerce_orders:inspect", args=[order.pk]),
            "total": format_money(order.grand_total),
            "guest": order.customer.is_temporary,
        }
        for order in found.orders
    ]
    return {
        "card": card,
        "card_url": (
            reverse("commerce_customers:inspect", args=[card.pk])
            if card is not None and user.has_perm(VIEW_CUSTOMER)
            else ""
        ),
        "email": found.email,
        "email_verified": found.email_verified,
        "may_read_orders": may_read_orders,
        "orders": orders,
        "more_orders": found.more,
        "orders_url": (
            reverse("commerce_orders:index") + "?" + urlencode({"q": found.email})
            if found.email
            else ""
        ),
    }


class ConversationReplyView(ConversationView):
    """POST only: an operator's answer, then back to the conversation. A bad answer (empty,
    too long, a closed conversation) comes back on the conversation with the text kept and
    the reason (400, 409), and nothing is stored; a role that may only read gets 403."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        if not can_reply(request.user):
            return _may_not_answer(request)
        if self.object is None:
            return _missing(request)
        form = ReplyForm(request.POST)
        if form.is_valid():
            try:
                conversation_reply(
                    conversation=self.object, actor=request.user, text=form.cleaned_data["text"]
                )
            except ChatError as refused:
                form.add_error("text", refused.message)
                self.status_code = refused.status
            else:
                return redirect(reverse("support_chat:inspect", args=[self.object.pk]) + "#reply")
        else:
            self.status_code = 400
        self.reply_form = form
        self.object.refresh_from_db()
        return self.render_to_response(self.get_context_data())


def _action_view(service, done: str):
    @require_POST
    def view(request, pk: int):
        if not request.user.has_perm(VIEW_CONVERSATION) or not can_reply(request.user):
            return _may_not_answer(request)
        try:
            conversation = conversation_for_staff(pk)
        except Http404:
            return _missing(request)
        try:
            service(conversation=conversation, actor=request.user)
        except ChatError as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, str(done) % {"number": pk})
        return redirect("support_chat:inspect", pk)

    view.__doc__ = f"POST only: {service.__name__} for the operator, then back to the page."
    return view


# The words are marked for translation here and translated when the view answers.
conversation_assign_view = _action_view(
    conversation_assign, _("Conversation %(number)s is assigned to you.")
)
conversation_close_view = _action_view(conversation_close, _("Conversation %(number)s is closed."))
conversation_reopen_view = _action_view(
    conversation_reopen, _("Conversation %(number)s is open again.")
)


@require_GET
def conversation_poll_view(request, pk: int):
    """The open conversation's poll: ``?v=<version shown>&t=<its token>``. 204 when the shared
    cache holds that version (no query about the conversation), else the refreshed thread
    (an operator's poll marks the new customer messages read, as they are now on screen);
    404 when the conversation is gone, 403 for a role that may not read the chat."""
    if not request.user.has_perm(VIEW_CONVERSATION):
        return HttpResponse(status=403)
    shown, token = request.GET.get("v"), request.GET.get("t", "")
    try:
        token = uuid.UUID(token)
    except ValueError:
        token = None
    if shown and token is not None and conversation_version(token) == shown:
        return HttpResponse(status=204)
    # The version before the data (see ConversationView.get); marking read afterwards bumps
    # it, so the next poll fetches once more and then rests.
    version = version_remember(token) if token is not None else None
    try:
        conversation = conversation_for_staff(pk)
    except Http404:
        return HttpResponse(status=404)
    if version is None or conversation.token != token:
        version = version_remember(conversation.token)
    if can_reply(request.user):
        conversation_read(conversation=conversation, by=MessageAuthor.STAFF)
    return TemplateResponse(
        request,
        "support/chat/admin/_thread.html",
        thread_context(request, conversation, version=version),
    )
