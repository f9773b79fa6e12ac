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

from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from config.errors import ShopError
from support.chat import notifications, presence
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
    """The text as it will be stored: surrounding blank space removed, line breaks kept (as
    ``\n``: browsers send ``\r\n`` but count one character, as the limit does). Raises
    InvalidMessage when empty or longer than CHAT_MESSAGE_MAX_LENGTH characters."""
    text = (raw or "").replace("\r\n", "\n").strip()
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
    """The visitor's conversation, started when there is none (an account or an anonymous
    session has at most one, also when two tabs start it at once: the database's unique
    constraints decide)."""
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
        if account is not None:
            return Conversation.objects.get(user=account)
        return Conversation.objects.get(user=None, session_key=session_key)


def message_post(
    *,
    conversation: Conversation,
    author_kind: str,
    text: str,
    author=None,
    product=None,
    price: Decimal | None = None,
    base_url: str = "",
) -> ChatMessage:
    """Add a message to ``conversation`` from the customer or the shop (``MessageAuthor``)
    and keep the conversation's counters: a customer message counts as unread by the shop
    and starts a wait (``waiting_since``) when none runs, and reopens a closed conversation;
    a staff message counts as unread by the customer and ends the wait. ``product`` (a
    ProductPage) and its ``price`` (UAH, as the visitor saw it) are kept with the message.
    Raises InvalidMessage for an empty or too long text. The version is bumped on commit.

    E-mails (SPEC §5, §7), queued for after the commit: the first message of a conversation
    goes to the sales operators at once (and counts as this wait's one e-mail); a staff
    answer goes to the customer when they have left the site
    (``support.chat.notifications``). Links in them start with ``base_url`` (the request's
    address; WAGTAILADMIN_BASE_URL when empty)."""
    if author_kind not in MessageAuthor.values:
        raise ChatError(_("Unknown author."))
    text = message_text_clean(text)
    now = timezone.now()
    with transaction.atomic():
        rows = Conversation.objects.filter(pk=conversation.pk)
        # The conversation's row is locked first, until the commit: the messages of one
        # conversation are then inserted (and numbered) in the order they commit, so a poll
        # asking for "the messages after id N" never misses one that committed late with a
        # smaller id; and of two first messages sent at once, one only is the first.
        if not rows.select_for_update().exists():
            raise ChatError(_("This conversation no longer exists."))
        first = (
            author_kind == MessageAuthor.CUSTOMER
            and not ChatMessage.objects.filter(
                conversation=conversation, author_kind=MessageAuthor.CUSTOMER
            ).exists()
        )
        if author_kind == MessageAuthor.CUSTOMER:
            changes = {
                "unread_by_staff": F("unread_by_staff") + 1,
                "last_message_at": now,
                "customer_seen_at": now,
                "status": ConversationStatus.OPEN,
                "closed_at": None,
                "closed_by": None,
            }
            if first:
                # The new conversation's e-mail goes now; it is this wait's one e-mail.
                changes["staff_notified_at"] = now
            rows.update(**changes)
            # Only the first unanswered message starts the wait (and its one e-mail).
            rows.filter(waiting_since__isnull=True).update(waiting_since=now)
        else:
            rows.update(
                unread_by_customer=F("unread_by_customer") + 1,
                last_message_at=now,
                waiting_since=None,
                staff_notified_at=None,
            )
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
        if author_kind == MessageAuthor.CUSTOMER and first:
            notifications.notify_conversation_started(message, base_url=base_url)
        elif author_kind == MessageAuthor.STAFF:
            notifications.notify_answered(message, base_url=base_url)
    conversation.refresh_from_db()
    versions_bump(conversation.token)
    return message


def conversation_read(*, conversation: Conversation, by: str) -> None:
    """Mark every message of the other side read: ``by=MessageAuthor.STAFF`` when an operator
    opens the conversation (its unread count for the shop becomes 0), ``CUSTOMER`` when the
    visitor sees the open panel (the views also note the visitor as present:
    ``conversation_seen``). No write when nothing was unread (a poll of an open panel must
    stay cheap)."""
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
            # The wait goes on, with its e-mail if one went (not a second one for it).
            Conversation.objects.filter(pk=account.pk).update(
                waiting_since=anonymous.waiting_since,
                staff_notified_at=anonymous.staff_notified_at,
            )
        anonymous.delete()
        account.refresh_from_db()
    versions_bump(anonymous.token)
    versions_bump(account.token)
    return account


def conversation_seen(*, conversation: Conversation) -> None:
    """The visitor has the chat in front of them (the panel opened, a poll that found news):
    noted in the shared cache at once (``support.chat.presence``) and as
    ``customer_seen_at``, so an answer is not e-mailed to someone who is on the site. One
    UPDATE; the cheap polls note only the cache."""
    now = timezone.now()
    presence.presence_note(conversation.token, at=now)
    Conversation.objects.filter(pk=conversation.pk).update(customer_seen_at=now)
    conversation.customer_seen_at = now


def conversation_email_set(*, conversation: Conversation, email: str) -> None:
    """Keep the anonymous visitor's ``email`` (already validated) for the answer's e-mail
    when they leave the site (SPEC §7). A customer's account e-mail is used instead, so
    nothing is kept for a conversation with an account."""
    email = (email or "").strip()
    if not email or conversation.user_id is not None or email == conversation.visitor_email:
        return
    Conversation.objects.filter(pk=conversation.pk).update(visitor_email=email)
    conversation.visitor_email = email


def conversations_waiting_notify(*, now=None, base_url: str = "") -> list[int]:
    """The periodic check of SPEC §7's "a message waiting too long": every conversation whose
    customer has waited ``SHOP_CHAT_STAFF_WAIT_MINUTES`` without a staff answer, and whose
    wait has had no e-mail yet, is claimed (``staff_notified_at``) and mailed to the sales
    operators in one mail after the commit. Each claim is a conditional UPDATE, so two runs
    at once (or one run twice) mail each wait once; a skipped run is caught up by the next.
    Returns the ids of the conversations mailed about."""
    now = now or timezone.now()
    cutoff = now - timedelta(minutes=settings.SHOP_CHAT_STAFF_WAIT_MINUTES)
    due = Conversation.objects.filter(waiting_since__lte=cutoff, staff_notified_at__isnull=True)
    claimed = [
        pk
        for pk in due.order_by("waiting_since").values_list("pk", flat=True)[:200]
        if due.filter(pk=pk).update(staff_notified_at=now)
    ]
    if claimed:
        transaction.on_commit(
            lambda: notifications.send_chat_waiting_email.enqueue(claimed, base_url)
        )
    return claimed


def answers_unread_notify(*, now=None, base_url: str = "") -> int:
    """The periodic second look at staff answers (SPEC §7): an answer sent while the customer
    was still on the site, who then left without reading it, is mailed once they have been
    away ``SHOP_CHAT_AWAY_SECONDS`` (the mail's task checks again and keeps it to one mail
    per absence). Looks at conversations with unread answers from the last
    ``SHOP_CHAT_ANSWER_MAIL_HOURS`` whose customer has an e-mail; returns how many mails
    were queued. Reads only (the cache and one query): safe to run twice or to skip."""
    now = now or timezone.now()
    recent = now - timedelta(hours=settings.SHOP_CHAT_ANSWER_MAIL_HOURS)
    settled = now - timedelta(seconds=settings.SHOP_CHAT_AWAY_SECONDS)
    candidates = (
        Conversation.objects.filter(
            Q(user__email__gt="") | Q(user__isnull=True, visitor_email__gt=""),
            unread_by_customer__gt=0,
            last_message_at__gte=recent,
            last_message_at__lte=settled,
        )
        .only("pk", "token", "unread_by_customer", "customer_seen_at")
        .order_by("pk")[:500]
    )
    due = [c.pk for c in candidates if notifications.answer_mail_due(c)]
    for pk in due:
        notifications.send_chat_answer_email.enqueue(pk, base_url)
    return len(due)
