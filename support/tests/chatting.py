"""Helpers of the chat's staff-side tests (test-only): conversations as visitors start them,
through the chat's own services, with the versions bumped as after a real commit."""

from datetime import timedelta

from django.test import TestCase
from django.utils import timezone
from wagtail.models import ModelLogEntry

from support.chat.services import message_post
from support.models import ChatMessage, Conversation, MessageAuthor


def committed():
    """Run the on-commit callbacks (the cache versions' bumps) at the end of the block, as
    a real commit would: the test's own transaction never commits."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def visitor_says(
    *texts: str,
    conversation: Conversation | None = None,
    user=None,
    session_key: str = "",
    name: str = "",
    email: str = "",
    product=None,
    price=None,
    waiting_minutes: int | None = None,
) -> Conversation:
    """A visitor's messages (``texts``), in a new conversation of ``user`` (or of an anonymous
    session, with the ``name``/``email`` the visitor gave) unless ``conversation`` is given.
    ``product``/``price`` go with the first text. ``waiting_minutes`` backdates the wait and
    the activity by that many minutes. Returns the conversation, fresh from the database."""
    if conversation is None:
        conversation = Conversation.objects.create(
            user=user,
            session_key="" if user else (session_key or f"s-{Conversation.objects.count()}"),
            visitor_name=name,
            visitor_email=email,
        )
    with committed():
        for index, text in enumerate(texts):
            message_post(
                conversation=conversation,
                author_kind=MessageAuthor.CUSTOMER,
                text=text,
                product=product if index == 0 else None,
                price=price if index == 0 else None,
            )
    if waiting_minutes is not None:
        then = timezone.now() - timedelta(minutes=waiting_minutes)
        Conversation.objects.filter(pk=conversation.pk).update(
            waiting_since=then, last_message_at=then
        )
    conversation.refresh_from_db()
    return conversation


def shop_says(conversation: Conversation, text: str, *, operator) -> Conversation:
    """An operator's answer written straight through ``message_post`` (no assignment)."""
    with committed():
        message_post(
            conversation=conversation, author_kind=MessageAuthor.STAFF, author=operator, text=text
        )
    conversation.refresh_from_db()
    return conversation


def chat_snapshot() -> tuple:
    """Everything the staff side may change: conversations, messages, journal entries."""
    return (
        tuple(Conversation.objects.order_by("pk").values_list()),
        tuple(ChatMessage.objects.order_by("pk").values_list()),
        ModelLogEntry.objects.count(),
    )
