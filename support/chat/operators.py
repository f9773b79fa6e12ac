"""The shop's writes to the chat (SPEC §7, §8; issue 16.3 and 16.6): an operator answers a
conversation, takes it ("Assign to me"), closes it and reopens it.

Only a role holding ``support.reply_conversation`` (sales operators) may do any of this; the
check is made here, whatever the admin screen showed (a manager, who may only read the chat,
is refused here too). Assigning, closing and reopening are journaled in Wagtail's audit log
(who, when, the state before and after: the conversation's history and Reports → Site
history; worded in ``support.chat.journal``). Every change bumps the conversation's and the
inbox's versions after the commit (``support.chat.versions``), so the polling screens of the
visitor and of every operator see it. Errors are ``support.chat.services.ChatError``
subclasses whose message is safe to show; when one is raised nothing was stored.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from support.chat.services import ChatError, message_post, message_text_clean
from support.chat.versions import versions_bump
from support.models import ChatMessage, Conversation, ConversationStatus, MessageAuthor

VIEW_CONVERSATION = "support.view_conversation"
REPLY_CONVERSATION = "support.reply_conversation"

# Journal actions (registered in support.wagtail_hooks, worded in support.chat.journal).
CONVERSATION_ASSIGNED = "support.chat.assigned"
CONVERSATION_CLOSED = "support.chat.closed"
CONVERSATION_REOPENED = "support.chat.reopened"


class ConversationForbidden(ChatError):
    """The user's role may not answer or handle conversations."""

    status = 403


class ConversationRefused(ChatError):
    """The conversation's state does not allow this any more (a stale page)."""

    status = 409


def can_reply(user) -> bool:
    """Whether ``user`` may answer, assign, close and reopen conversations (sales operators).
    No query beyond the user's permissions (cached on the user for the request)."""
    return bool(user is not None and user.is_active and user.has_perm(REPLY_CONVERSATION))


def _require_operator(actor) -> None:
    if not can_reply(actor):
        raise ConversationForbidden(_("Your role may read the chat but not answer it."))


def _operator_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.email


def conversation_reply(*, conversation: Conversation, actor, text: str) -> ChatMessage:
    """An operator's answer: stored as a staff message written by ``actor`` (the visitor
    sees the operator's first name), which ends the visitor's wait and counts as unread by
    the visitor (``support.chat.services.message_post``). A conversation nobody has taken
    yet is assigned to ``actor`` by the answer (journaled like "Assign to me"). Needs
    ``support.reply_conversation``. Raises ConversationForbidden, InvalidMessage (empty or
    longer than CHAT_MESSAGE_MAX_LENGTH characters) or ConversationRefused (closed: reopen
    it first). Returns the stored message."""
    _require_operator(actor)
    text = message_text_clean(text)
    with transaction.atomic():
        locked = Conversation.objects.select_for_update().get(pk=conversation.pk)
        if locked.status == ConversationStatus.CLOSED:
            raise ConversationRefused(
                _("Conversation %(number)s is closed; reopen it to answer.") % {"number": locked.pk}
            )
        if locked.assigned_to_id is None:
            Conversation.objects.filter(pk=locked.pk).update(assigned_to=actor)
            _log_assignment(locked, actor=actor, previous=None, by_reply=True)
        message = message_post(
            conversation=locked, author_kind=MessageAuthor.STAFF, author=actor, text=text
        )
    conversation.refresh_from_db()
    return message


def _log_assignment(conversation: Conversation, *, actor, previous, by_reply: bool) -> None:
    log(
        instance=conversation,
        action=CONVERSATION_ASSIGNED,
        user=actor,
        data={
            "number": conversation.pk,
            "old": previous.pk if previous is not None else None,
            "old_name": _operator_name(previous),
            "new": actor.pk,
            "new_name": _operator_name(actor),
            "by_reply": by_reply,
        },
    )


def conversation_assign(*, conversation: Conversation, actor) -> Conversation:
    """Assign to me: ``actor`` becomes the conversation's operator, also when another
    operator had it (the inbox is shared; the journal keeps who had it before). Needs
    ``support.reply_conversation``. Raises ConversationForbidden or ConversationRefused
    (already assigned to ``actor``). Returns the updated conversation."""
    _require_operator(actor)
    with transaction.atomic():
        locked = (
            # Only the conversation's row is locked (PostgreSQL locks no outer-joined row).
            Conversation.objects.select_for_update(of=("self",))
            .select_related("assigned_to")
            .get(pk=conversation.pk)
        )
        if locked.assigned_to_id == actor.pk:
            raise ConversationRefused(
                _("Conversation %(number)s is already assigned to you.") % {"number": locked.pk}
            )
        previous = locked.assigned_to
        locked.assigned_to = actor
        locked.save(update_fields=["assigned_to"])
        _log_assignment(locked, actor=actor, previous=previous, by_reply=False)
        versions_bump(locked.token)
    return locked


def conversation_close(*, conversation: Conversation, actor) -> Conversation:
    """Close a conversation: nothing more is to be done for now. A wait that was running
    ends (no "still waiting" e-mail goes out for a closed conversation); the visitor's next
    message reopens it (``message_post``). Keeps who closed it and when, and journals it.
    Needs ``support.reply_conversation``. Raises ConversationForbidden or
    ConversationRefused (already closed). Returns the updated conversation."""
    _require_operator(actor)
    with transaction.atomic():
        locked = Conversation.objects.select_for_update().get(pk=conversation.pk)
        if locked.status == ConversationStatus.CLOSED:
            raise ConversationRefused(
                _("Conversation %(number)s is already closed.") % {"number": locked.pk}
            )
        was_waiting = locked.waiting_since
        locked.status = ConversationStatus.CLOSED
        locked.closed_at = timezone.now()
        locked.closed_by = actor
        locked.waiting_since = None
        locked.staff_notified_at = None
        locked.save(
            update_fields=["status", "closed_at", "closed_by", "waiting_since", "staff_notified_at"]
        )
        log(
            instance=locked,
            action=CONVERSATION_CLOSED,
            user=actor,
            data={
                "number": locked.pk,
                "old": ConversationStatus.OPEN,
                "new": ConversationStatus.CLOSED,
                "was_waiting_since": was_waiting.isoformat() if was_waiting else None,
            },
        )
        versions_bump(locked.token)
    return locked


def conversation_reopen(*, conversation: Conversation, actor) -> Conversation:
    """Reopen a closed conversation (to answer it again); journaled. Needs
    ``support.reply_conversation``. Raises ConversationForbidden or ConversationRefused
    (it is open). Returns the updated conversation."""
    _require_operator(actor)
    with transaction.atomic():
        locked = Conversation.objects.select_for_update().get(pk=conversation.pk)
        if locked.status != ConversationStatus.CLOSED:
            raise ConversationRefused(
                _("Conversation %(number)s is open already.") % {"number": locked.pk}
            )
        locked.status = ConversationStatus.OPEN
        locked.closed_at = None
        locked.closed_by = None
        locked.save(update_fields=["status", "closed_at", "closed_by"])
        log(
            instance=locked,
            action=CONVERSATION_REOPENED,
            user=actor,
            data={
                "number": locked.pk,
                "old": ConversationStatus.CLOSED,
                "new": ConversationStatus.OPEN,
            },
        )
        versions_bump(locked.token)
    return locked
