"""Issue 16 on PostgreSQL with real threads (SQLite serializes writers and hides races): 20
shoppers chatting and 3 operators answering and reading at once lose no message, keep the
unread counts exact, mail each new conversation once, and a reader that polls "messages after
the last one I have" (as the chat box does) misses none.

Each thread has its own database connection; a barrier releases them together."""

import random
import threading
from collections import defaultdict

import pytest
from django.core import mail
from django.db import connection, transaction
from django.db.models import Max

from support.chat.selectors import messages_after
from support.chat.services import conversation_get_or_start, conversation_read, message_post
from support.models import ChatMessage, Conversation, MessageAuthor

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SHOPPERS = 20
OPERATORS = 3
MESSAGES_EACH = 5
ROUNDS = 2  # each operator goes over every conversation this many times
READERS = 5  # conversations followed by a polling reader


def read_marked(conversation, by: str) -> int:
    """Mark ``by``'s side read, as an operator opening the conversation (or the shopper's open
    panel) does, and return the last message id committed before the mark: the messages of
    the other side after it are the ones still unread. The row lock makes "before" exact."""
    with transaction.atomic():
        Conversation.objects.select_for_update().get(pk=conversation.pk)
        conversation_read(conversation=conversation, by=by)
        return (
            ChatMessage.objects.filter(conversation=conversation).aggregate(last=Max("id"))["last"]
            or 0
        )


def run_all(jobs) -> list[str]:
    """Run the callables in threads released at once; the error of each that failed."""
    barrier = threading.Barrier(len(jobs))
    errors: list[str] = []

    def worker(job):
        try:
            barrier.wait(timeout=30)
            job()
        except Exception as exc:  # any error fails the test below
            errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    assert not any(thread.is_alive() for thread in threads), "a thread hung (deadlock?)"
    return errors


def test_shoppers_and_operators_at_once_lose_nothing_and_count_exactly(role_user):
    operators = [
        role_user("Sales operator", email=f"operator{n}@example.com") for n in range(OPERATORS)
    ]
    conversations = [conversation_get_or_start(session_key=f"s{n:02d}") for n in range(SHOPPERS)]
    lock = threading.Lock()
    staff_read = defaultdict(int)  # conversation id → last id before the last staff read
    customer_read = defaultdict(int)  # … before the shopper's last read
    staff_posts = defaultdict(int)
    writers_done = threading.Event()
    seen_by_readers: dict[int, list[int]] = {}

    def shopper(conversation, n):
        rng = random.Random(n)
        for i in range(MESSAGES_EACH):
            message_post(
                conversation=conversation,
                author_kind=MessageAuthor.CUSTOMER,
                text=f"shopper {n} message {i}",
            )
            if rng.random() < 0.5:  # the panel is open: the answers are read
                marker = read_marked(conversation, MessageAuthor.CUSTOMER)
                with lock:
                    customer_read[conversation.pk] = max(customer_read[conversation.pk], marker)

    def operator(user, n):
        rng = random.Random(100 + n)
        for _ in range(ROUNDS):
            for conversation in rng.sample(conversations, len(conversations)):
                marker = read_marked(conversation, MessageAuthor.STAFF)
                with lock:
                    staff_read[conversation.pk] = max(staff_read[conversation.pk], marker)
                message_post(
                    conversation=conversation,
                    author_kind=MessageAuthor.STAFF,
                    text=f"operator {n} answers",
                    author=user,
                )
                with lock:
                    staff_posts[conversation.pk] += 1

    def reader(conversation):
        """Polls as the chat box does: the messages after the last one it has."""
        have: list[int] = []
        last = 0
        while True:
            finished = writers_done.is_set()
            for message in messages_after(conversation=conversation, after_id=last):
                have.append(message.pk)
                last = message.pk
            if finished:
                break
        seen_by_readers[conversation.pk] = have

    writers = [
        lambda c=conversation, n=n: shopper(c, n) for n, conversation in enumerate(conversations)
    ] + [lambda u=user, n=n: operator(u, n) for n, user in enumerate(operators)]

    def all_writers():
        errors = run_all(writers)
        writers_done.set()
        assert not errors, errors

    reader_threads = [
        threading.Thread(target=lambda c=c: (reader(c), connection.close()))
        for c in conversations[:READERS]
    ]
    for thread in reader_threads:
        thread.start()
    try:
        all_writers()
    finally:
        writers_done.set()
        for thread in reader_threads:
            thread.join(timeout=60)

    for conversation in conversations:
        conversation.refresh_from_db()
        messages = ChatMessage.objects.filter(conversation=conversation)
        customer = messages.filter(author_kind=MessageAuthor.CUSTOMER)
        staff = messages.filter(author_kind=MessageAuthor.STAFF)
        # No message lost.
        assert customer.count() == MESSAGES_EACH
        assert staff.count() == staff_posts[conversation.pk] == OPERATORS * ROUNDS
        # Unread counts: exactly the other side's messages after that side's last read.
        assert (
            conversation.unread_by_staff
            == customer.filter(pk__gt=staff_read[conversation.pk]).count()
        )
        assert (
            conversation.unread_by_customer
            == staff.filter(pk__gt=customer_read[conversation.pk]).count()
        )
        # The wait: running exactly when the last customer message is unanswered.
        last = messages.order_by("-pk").first()
        assert (conversation.waiting_since is not None) == (
            last.author_kind == MessageAuthor.CUSTOMER
        )
    # Every reader got every message of its conversation, in order, none twice.
    for conversation in conversations[:READERS]:
        everything = list(
            ChatMessage.objects.filter(conversation=conversation)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        assert seen_by_readers[conversation.pk] == everything
    # Each new conversation was mailed to the operators once, not once per message.
    started = [m for m in mail.outbox if "New chat conversation" in m.subject]
    assert len(started) == SHOPPERS


def test_two_tabs_of_one_anonymous_session_start_one_conversation():
    """Both tabs of a visitor send their very first message at once: one conversation, both
    messages in it (the unique constraint on the session decides, the loser reads the
    winner's)."""
    started: list[int] = []

    def tab(text):
        def job():
            conversation = conversation_get_or_start(session_key="tab-race-session")
            message_post(conversation=conversation, author_kind=MessageAuthor.CUSTOMER, text=text)
            started.append(conversation.pk)

        return job

    for attempt in range(5):
        Conversation.objects.all().delete()
        started.clear()
        assert run_all([tab(f"first tab {attempt}"), tab(f"second tab {attempt}")]) == []
        [conversation] = Conversation.objects.all()
        assert started == [conversation.pk, conversation.pk]
        assert conversation.messages.count() == 2
        assert conversation.unread_by_staff == 2
