"""Chat e-mails (SPEC §5, §7; issue 16.4), sent in the background (django-tasks) once the
change is committed:

- **to the sales operators** (and SHOP_SALES_EMAILS): a new conversation, at its first
  message; a customer message left waiting over ``SHOP_CHAT_STAFF_WAIT_MINUTES`` without a
  staff answer — once per wait, not per message (``Conversation.waiting_since`` starts the
  wait, ``staff_notified_at`` says its e-mail went, a staff answer ends both). The periodic
  job that finds the waits is ``support.chat.tasks``.
- **to the customer**: a staff answer while they are away from the site (their chat box has
  not polled for ``SHOP_CHAT_AWAY_SECONDS``, ``support.chat.presence``) and have not read it
  yet, with a link back to the chat — to the account's e-mail, or the one an anonymous
  visitor left in the chat box. Once per absence: the answer's own commit checks first, the
  periodic job again later (an answer sent while the visitor was still on the page, who then
  left without reading it). A mark in the shared cache keyed on when they were last seen
  keeps it to one mail; should the cache lose it, the worst is one mail more.

Plain-text mails in the shop's language (``settings.LANGUAGE_CODE``), like the other mails.
"""

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_tasks import task

from commerce.orders.notifications import base_url_for, sales_operator_emails
from support.chat.presence import presence_away, presence_last_seen
from support.models import ChatMessage, Conversation, MessageAuthor

# Where an operator answers one conversation, tried in order: the staff side's inbox names
# its views (issue 16.3); until one resolves, the mail links to the admin's dashboard.
MAILED_TIMEOUT = 60 * 60 * 6  # seconds the "answer mailed" mark is kept


def conversation_admin_path(conversation_id: int) -> str:
    """The conversation's page in the admin (``support.chat.admin``), e.g.
    ``/admin/support/chat/inspect/7/``."""
    return reverse("support_chat:inspect", args=[conversation_id])


def chat_path() -> str:
    """The shopper's chat page in the shop's language, e.g. ``/chat/``."""
    with translation.override(settings.LANGUAGE_CODE):
        return reverse("chat_page")


def customer_email(conversation: Conversation) -> str:
    """Where the customer's mails go: the account's e-mail, else the anonymous visitor's;
    "" when neither is known."""
    if conversation.user_id is not None and conversation.user.email:
        return conversation.user.email
    return conversation.visitor_email


def who(conversation: Conversation) -> str:
    """How the operators' mails name the visitor."""
    if conversation.user_id is not None:
        return conversation.user.email
    if conversation.visitor_email:
        return _("a visitor (%(email)s)") % {"email": conversation.visitor_email}
    return _("an anonymous visitor")


def answer_mail_mark(conversation: Conversation) -> str:
    """The cache key that says "this absence's answer mail went": one per time last seen."""
    seen = presence_last_seen(conversation.token, stored=conversation.customer_seen_at)
    return f"support:chat:answer-mailed:{conversation.token}:{seen.timestamp() if seen else 0}"


def answer_mail_due(conversation: Conversation) -> bool:
    """Whether the customer should now get their unread answers by mail: some are unread,
    they have left the site, and no mail went since they were last seen. Cache reads only."""
    return (
        conversation.unread_by_customer > 0
        and presence_away(conversation.token, stored=conversation.customer_seen_at)
        and cache.get(answer_mail_mark(conversation)) is None
    )


@task()
def send_chat_started_email(message_id: int, base_url: str = "") -> int:
    """Mail a new conversation's first message to every sales operator; returns how many
    mails went out (0 with no operator, or when the message is gone)."""
    with translation.override(settings.LANGUAGE_CODE):
        message = (
            ChatMessage.objects.select_related("conversation__user").filter(pk=message_id).first()
        )
        staff = sales_operator_emails()
        if message is None or not staff:
            return 0
        conversation = message.conversation
        base = base_url.rstrip("/") or base_url_for()
        context = {
            "message": message,
            "who": who(conversation),
            "admin_url": base + conversation_admin_path(conversation.pk),
        }
        return send_mail(
            subject=_("New chat conversation from %(who)s") % {"who": who(conversation)},
            message=render_to_string("support/emails/chat_started_staff.txt", context),
            from_email=None,
            recipient_list=staff,
        )


@task()
def send_chat_waiting_email(conversation_ids: list[int], base_url: str = "") -> int:
    """One mail to every sales operator listing the conversations whose customer has waited
    too long (each with its last message and link); returns how many mails went out."""
    with translation.override(settings.LANGUAGE_CODE):
        conversations = list(
            Conversation.objects.filter(pk__in=conversation_ids, waiting_since__isnull=False)
            .select_related("user")
            .order_by("waiting_since", "pk")
        )
        staff = sales_operator_emails()
        if not conversations or not staff:
            return 0
        base = base_url.rstrip("/") or base_url_for()
        last = {}
        for message in ChatMessage.objects.filter(
            conversation__in=conversations, author_kind=MessageAuthor.CUSTOMER
        ).order_by("conversation_id", "-pk"):
            last.setdefault(message.conversation_id, message)
        now = timezone.now()
        waiting = [
            {
                "who": who(conversation),
                "minutes": int((now - conversation.waiting_since).total_seconds() // 60),
                "message": last.get(conversation.pk),
                "admin_url": base + conversation_admin_path(conversation.pk),
            }
            for conversation in conversations
        ]
        subject = ngettext(
            "%(count)s chat conversation is waiting for an answer",
            "%(count)s chat conversations are waiting for an answer",
            len(waiting),
        ) % {"count": len(waiting)}
        return send_mail(
            subject=subject,
            message=render_to_string("support/emails/chat_waiting_staff.txt", {"waiting": waiting}),
            from_email=None,
            recipient_list=staff,
        )


@task()
def send_chat_answer_email(conversation_id: int, base_url: str = "") -> int:
    """Mail the customer of ``conversation_id`` the staff answers they have not read, when
    they have left the site; returns 1 when sent, 0 when they are here, have read them, have
    no e-mail or were mailed already during this absence."""
    with translation.override(settings.LANGUAGE_CODE):
        conversation = (
            Conversation.objects.select_related("user").filter(pk=conversation_id).first()
        )
        if conversation is None or conversation.unread_by_customer == 0:
            return 0
        email = customer_email(conversation)
        if not email or not answer_mail_due(conversation):
            return 0
        if not cache.add(answer_mail_mark(conversation), 1, MAILED_TIMEOUT):
            return 0  # already mailed since they were last seen
        answers = list(
            ChatMessage.objects.filter(conversation=conversation, author_kind=MessageAuthor.STAFF)
            .select_related("author")
            .order_by("-pk")[: conversation.unread_by_customer]
        )
        answers.reverse()
        base = base_url.rstrip("/") or base_url_for()
        context = {
            "answers": answers,
            "shop": settings.WAGTAIL_SITE_NAME,
            "chat_url": base + chat_path(),
        }
        return send_mail(
            subject=_("%(shop)s answered you in the chat") % {"shop": settings.WAGTAIL_SITE_NAME},
            message=render_to_string("support/emails/chat_answer.txt", context),
            from_email=None,
            recipient_list=[email],
        )


def notify_conversation_started(message: ChatMessage, *, base_url: str = "") -> None:
    """Queue the operators' "new conversation" mail for after the commit."""
    transaction.on_commit(lambda: send_chat_started_email.enqueue(message.pk, base_url))


def notify_answered(message: ChatMessage, *, base_url: str = "") -> None:
    """Queue the check "has the customer left? then mail the answer" for after the commit."""
    conversation_id = message.conversation_id
    transaction.on_commit(lambda: send_chat_answer_email.enqueue(conversation_id, base_url))
