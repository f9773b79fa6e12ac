"""Writes of the chat (SPEC §7, issue 16): finding a visitor's conversation, posting a
message from either side, marking a side's messages read, joining an anonymous conversation
to the account at login.

Every write is one transaction; the counters are ``F() + 1`` updates in it, so concurrent
shoppers and operators lose no message and keep the unread counts exact (a PostgreSQL test
proves it). After the commit the conversation's version is bumped in the shared cache
(``support.chat.versions``), which is what the polling reads. The checks that matter —
length, empty text, a closed conversation — are made here, whatever the form showed. Errors
are ``ChatError`` subclasses whose message is safe to show.
"""

from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from config.errors import ShopError
from support.chat.versions import versions_bump
from support.models import (
    CHAT_MESSAGE_MAX_LENGTH,
    ChatMessage,
    Conversation,
    ConversationStatus,
    MessageAuthor,
)


class ChatError(ShopError):
    """Nothing was stored or changed; ``message`` says why."""

    status = 400


class InvalidMessage(ChatError):
    """The text is empty or longer than CHAT_MESSAGE_MAX_LENGTH characters."""


def message_text_clean(raw: str | None) -> str:
    """The text as it will be stored: surrounding blank space removed, line breaks kept.
    Raises InvalidMessage when empty or longer than CHAT_MESSAGE_MAX_LENGTH characters."""
    text = (raw or "").strip()
    if not text:
        raise InvalidMessage(_("Write a message first."))
    if len(text) > CHAT_MESSAGE_MAX_LENGTH:
        raise InvalidMessage(
            _("A message can be at most %(limit)s characters long; this one has %(length)s.")
            % {"limit": CHAT_MESSAGE_MAX_LENGTH, "length": len(text)}
        )
    return text


def conversation_find(*, user=None, session_key: str | None = None) -> Conversation | None:
    """The conversation of a logged-in ``user`` (their account's), else of the anonymous
    browser session ``session_key``; None when there is none yet. One query."""
    if user is not None and user.is_authenticated:
        return Conversation.objects.filter(user=user).first()
    if session_key:
        return Conversation.objects.filter(user=None, session_key=session_key).first()
    return None


def conversation_get_or_start(*, user=None, session_key: str | None = None) -> Conversation:
    """The visitor's conversation, started when there is none (an account has at most one,
    also when two tabs start it at once: the database's unique constraint decides)."""
    found = conversation_find(user=user, session_key=session_key)
    if found is not None:
        return found
    account = user if user is not None and user.is_authenticated else None
    if account is None and not session_key:
        raise ChatError(_("Your browser did not keep the session. Allow cookies and try again."))
    try:
        with transaction.atomic():
            return Conversation.objects.create(
                user=account, session_key="" if account else session_key
            )
    except IntegrityError:
        # The other tab's conversation won; use it.
        return Conversation.objects.get(user=account)


def message_post(
    *,
    conversation: Conversation,
    author_kind: str,
    text: str,
    author=None,
    product=None,
    price: Decimal | None = None,
) -> ChatMessage:
    """Add a message to ``conversation`` from the customer or the shop (``MessageAuthor``)
    and keep the conversation's counters: a customer message counts as unread by the shop
    and starts a wait (``waiting_since``) when none runs, and reopens a closed conversation;
    a staff message counts as unread by the customer and ends the wait. ``product`` (a
    ProductPage) and its ``price`` (UAH, as the visitor saw it) are kept with the message.
    Raises InvalidMessage for an empty or too long text. The version is bumped on commit."""
    if author_kind not in MessageAuthor.values:
        raise ChatError(_("Unknown author."))
    text = message_text_clean(text)
    now = timezone.now()
    with transaction.atomic():
        message = ChatMessage.objects.create(
            conversation=conversation,
            author_kind=author_kind,
            author=author if author is not None and author.is_authenticated else None,
            text=text,
            product=product,
            product_title=product.title if product is not None else "",
            product_sku=product.sku if product is not None else "",
            product_price=price if product is not None else None,
            created_at=now,
        )
        rows = Conversation.objects.filter(pk=conversation.pk)
        if author_kind == MessageAuthor.CUSTOMER:
            rows.update(
                unread_by_staff=F("unread_by_staff") + 1,
                last_message_at=now,
                customer_seen_at=now,
                status=ConversationStatus.OPEN,
                closed_at=None,
                closed_by=None,
            )
            # Only the first unanswered message starts the wait (and its one e-mail).
            rows.filter(waiting_since__isnull=True).update(waiting_since=now)
        else:
            rows.update(
                unread_by_customer=F("unread_by_customer") + 1,
                last_message_at=now,
                waiting_since=None,
                staff_notified_at=None,
            )
    conversation.refresh_from_db()
    versions_bump(conversation.token)
    return message


def conversation_read(*, conversation: Conversation, by: str) -> None:
    """Mark every message of the other side read: ``by=MessageAuthor.STAFF`` when an operator
    opens the conversation (its unread count for the shop becomes 0), ``CUSTOMER`` when the
    visitor sees the open panel (also noting the visitor as present). No write when nothing
    was unread (a poll of an open panel must stay cheap)."""
    rows = Conversation.objects.filter(pk=conversation.pk)
    if by == MessageAuthor.STAFF:
        changed = rows.exclude(unread_by_staff=0).update(unread_by_staff=0)
    else:
        changed = rows.exclude(unread_by_customer=0).update(unread_by_customer=0)
    if changed:
        conversation.refresh_from_db()
        versions_bump(conversation.token)


def conversation_join_account(*, session_key: str | None, user) -> Conversation | None:
    """At login or registration: the anonymous conversation of ``session_key`` joins ``user``'s
    account. When the account has none, the session's becomes it; when it has one, the
    session's messages move into it (in their order) and the session's conversation is
    deleted — one conversation, the history kept, no duplicate. Returns the account's
    conversation, or None when neither exists."""
    if not session_key or user is None or not user.is_authenticated:
        return conversation_find(user=user)
    with transaction.atomic():
        anonymous = (
            Conversation.objects.select_for_update()
            .filter(user=None, session_key=session_key)
            .first()
        )
        if anonymous is None:
            return conversation_find(user=user)
        account = Conversation.objects.select_for_update().filter(user=user).first()
        if account is None:
            Conversation.objects.filter(pk=anonymous.pk).update(user=user, session_key="")
            anonymous.refresh_from_db()
            versions_bump(anonymous.token)
            return anonymous
        ChatMessage.objects.filter(conversation=anonymous).update(conversation=account)
        Conversation.objects.filter(pk=account.pk).update(
            unread_by_staff=F("unread_by_staff") + anonymous.unread_by_staff,
            unread_by_customer=F("unread_by_customer") + anonymous.unread_by_customer,
        )
        if anonymous.last_message_at and (
            account.last_message_at is None or anonymous.last_message_at > account.last_message_at
        ):
            Conversation.objects.filter(pk=account.pk).update(
                last_message_at=anonymous.last_message_at, status=ConversationStatus.OPEN
            )
        if anonymous.waiting_since and account.waiting_since is None:
            Conversation.objects.filter(pk=account.pk).update(waiting_since=anonymous.waiting_since)
        anonymous.delete()
        account.refresh_from_db()
    versions_bump(anonymous.token)
    versions_bump(account.token)
    return account
