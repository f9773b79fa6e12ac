"""Issue 16.4 / SPEC §5, §7: chat e-mails. The sales operators hear of a new conversation at
once and of a message left waiting over 5 minutes — once per wait, not per message; a customer
who has left the site gets the shop's answer by e-mail, once per absence, with a link back.

Each step runs inside ``committed()`` (the mails are queued on commit; the tests' transaction
never commits)."""

import io
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from support.chat import presence
from support.chat.services import (
    answers_unread_notify,
    conversation_read,
    conversations_waiting_notify,
    message_post,
)
from support.models import Conversation, MessageAuthor
from support.tests.chat_helpers import poll, send, state
from support.tests.conftest import CHAT_PASSWORD


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def to_staff():
    return [m for m in mail.outbox if "oksana@example.com" in m.to]


def to(address):
    return [m for m in mail.outbox if address in m.to]


def answer(conversation, operator, text="Yes, we ship to Odesa."):
    return message_post(
        conversation=conversation, author_kind=MessageAuthor.STAFF, text=text, author=operator
    )


def waited(conversation, minutes: int):
    """As if the current wait had started ``minutes`` ago."""
    Conversation.objects.filter(pk=conversation.pk).update(
        waiting_since=timezone.now() - timedelta(minutes=minutes)
    )


def left(conversation, minutes: int = 3):
    """As if the visitor's chat box had last polled ``minutes`` ago (and not since)."""
    when = timezone.now() - timedelta(minutes=minutes)
    Conversation.objects.filter(pk=conversation.pk).update(customer_seen_at=when)
    presence.presence_note(conversation.token, at=when)


def run_job():
    """The scheduler's job, as `run_scheduler --once --job chat-reminders` runs it."""
    out = io.StringIO()
    call_command("run_scheduler", "--once", "--job", "chat-reminders", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
class TestToTheOperators:
    def test_a_new_conversation_is_mailed_at_once_and_only_once(
        self, client, home, chat_operator, chat_product, committed
    ):
        with committed():
            send(client, "Is it easy to grow?", product=str(chat_product.pk))
        [message] = to_staff()
        assert "New chat conversation" in message.subject
        assert "Is it easy to grow?" in message.body
        assert "Rotala rotundifolia" in message.body and "PL-0042" in message.body
        # Where to answer: the conversation's own page in the admin.
        conversation = Conversation.objects.get()
        assert f"http://testserver/admin/support/chat/inspect/{conversation.pk}/" in message.body
        with committed():
            send(client, "And how fast?")
            send(client, "Hello?")
        assert len(to_staff()) == 1  # not one per message
        # That mail was this wait's one: the job does not mail it again 5 minutes later.
        waited(Conversation.objects.get(), 6)
        with committed():
            run_job()
        assert len(to_staff()) == 1

    def test_a_message_waiting_over_five_minutes_is_mailed_once_per_wait(
        self, client, home, chat_operator, committed
    ):
        with committed():
            send(client, "First question")
        conversation = Conversation.objects.get()
        with committed():
            answer(conversation, chat_operator)
            send(client, "A new question after the answer")  # a new wait starts
        mail.outbox.clear()
        waited(conversation, 4)
        with committed():
            run_job()
        assert to_staff() == []  # four minutes: not yet

        waited(conversation, 6)
        with committed():
            out = run_job()
        assert "'waiting': 1" in out
        [message] = to_staff()
        assert "1 chat conversation is waiting" in message.subject
        assert "A new question after the answer" in message.body
        # The job again (a second scheduler, a manual run), more messages in the same wait:
        # nothing more.
        with committed():
            run_job()
            send(client, "Still there?")
            run_job()
        assert len(to_staff()) == 1
        # An answer ends the wait; the next unanswered message starts one, mailed again.
        with committed():
            answer(conversation, chat_operator, "Sorry, here we are.")
            send(client, "Thanks, one more thing")
        waited(conversation, 6)
        with committed():
            run_job()
        assert len(to_staff()) == 2

    def test_a_read_but_unanswered_conversation_still_waits(
        self, client, home, chat_operator, committed
    ):
        """Opening the conversation in the admin is not an answer: the customer still waits."""
        with committed():
            send(client, "Anyone?")
        conversation = Conversation.objects.get()
        Conversation.objects.filter(pk=conversation.pk).update(staff_notified_at=None)
        conversation_read(conversation=conversation, by=MessageAuthor.STAFF)
        waited(conversation, 10)
        mail.outbox.clear()
        with committed():
            assert conversations_waiting_notify() == [conversation.pk]
        assert len(to_staff()) == 1

    def test_several_waiting_conversations_make_one_mail(self, home, chat_operator, committed):
        with committed():
            for n in range(3):
                send(Client(), f"Question {n}")
        Conversation.objects.update(staff_notified_at=None)
        for conversation in Conversation.objects.all():
            waited(conversation, 7)
        mail.outbox.clear()
        with committed():
            claimed = conversations_waiting_notify()
        assert len(claimed) == 3
        [message] = to_staff()
        assert all(f"Question {n}" in message.body for n in range(3))

    def test_no_operator_no_mail_and_no_error(self, client, home, committed):
        with committed():
            assert send(client, "Hello").status_code == 200
        assert mail.outbox == []


@pytest.mark.django_db
class TestToTheCustomer:
    def test_an_answer_to_a_customer_who_left_is_mailed_with_a_link_back(
        self, client, home, shopper, chat_operator, committed
    ):
        client.login(email=shopper.email, password=CHAT_PASSWORD)
        with committed():
            send(client, "Do you ship to Odesa?")
        conversation = Conversation.objects.get()
        left(conversation, minutes=3)
        with committed():
            answer(conversation, chat_operator)
        [message] = to(shopper.email)
        assert "answered you in the chat" in message.subject
        assert "Oksana: Yes, we ship to Odesa." in message.body
        # The answer comes from the admin: links start with the site's configured address.
        assert f"{settings.WAGTAILADMIN_BASE_URL}{reverse('chat_page')}" in message.body
        # More answers while they are still away: no more mails.
        with committed():
            answer(conversation, chat_operator, "We also deliver to Lviv.")
            run_job()
        assert len(to(shopper.email)) == 1

    def test_no_mail_to_a_customer_still_on_the_site(
        self, client, home, shopper, chat_operator, committed
    ):
        client.login(email=shopper.email, password=CHAT_PASSWORD)
        with committed():
            sent = send(client, "Quick question")
        conversation = Conversation.objects.get()
        left(conversation, minutes=3)
        poll(client, sent)  # the box on an open page polls: they are here
        with committed():
            answer(conversation, chat_operator)
        assert to(shopper.email) == []

    def test_a_customer_who_leaves_after_the_answer_without_reading_it_is_mailed_by_the_job(
        self, client, home, shopper, chat_operator, committed
    ):
        client.login(email=shopper.email, password=CHAT_PASSWORD)
        with committed():
            send(client, "Question")
        conversation = Conversation.objects.get()
        with committed():
            answer(conversation, chat_operator)
        assert to(shopper.email) == []  # they were here
        # They left without opening the panel; the answer is three minutes old.
        Conversation.objects.filter(pk=conversation.pk).update(
            last_message_at=timezone.now() - timedelta(minutes=3)
        )
        left(conversation, minutes=3)
        with committed():
            assert answers_unread_notify() == 1
        assert len(to(shopper.email)) == 1
        with committed():
            assert answers_unread_notify() == 0  # once per absence
            run_job()
        assert len(to(shopper.email)) == 1

    def test_an_answer_read_in_time_is_not_mailed(
        self, client, home, shopper, chat_operator, committed
    ):
        client.login(email=shopper.email, password=CHAT_PASSWORD)
        with committed():
            sent = send(client, "Question")
        conversation = Conversation.objects.get()
        with committed():
            answer(conversation, chat_operator)
        poll(client, {**state(sent), "version": ""}, after=0, open="1")  # read in the panel
        Conversation.objects.filter(pk=conversation.pk).update(
            last_message_at=timezone.now() - timedelta(minutes=3)
        )
        left(conversation, minutes=3)
        with committed():
            assert answers_unread_notify() == 0
        assert to(shopper.email) == []

    def test_an_anonymous_visitor_gets_it_only_with_an_email_left_in_the_box(
        self, home, chat_operator, committed
    ):
        silent, reachable = Client(), Client()
        with committed():
            send(silent, "No e-mail from me")
            send(reachable, "Write to me", email="olena@example.com")
        mail.outbox.clear()
        for conversation in Conversation.objects.all():
            left(conversation, minutes=5)
            with committed():
                answer(conversation, chat_operator)
        assert [m.to for m in mail.outbox] == [["olena@example.com"]]

    def test_a_customer_back_and_gone_again_gets_the_next_answer_too(
        self, client, home, shopper, chat_operator, committed
    ):
        client.login(email=shopper.email, password=CHAT_PASSWORD)
        with committed():
            sent = send(client, "Question")
        conversation = Conversation.objects.get()
        left(conversation, minutes=3)
        with committed():
            answer(conversation, chat_operator, "First answer")
        assert len(to(shopper.email)) == 1
        # Back: the panel opened, the answer read; then gone again.
        poll(client, {**state(sent), "version": ""}, after=0, open="1")
        cache.delete(f"support:chat:seen:{conversation.token}")
        left(conversation, minutes=4)
        with committed():
            answer(conversation, chat_operator, "Second answer")
        assert len(to(shopper.email)) == 2
        assert "Second answer" in to(shopper.email)[-1].body
        assert "First answer" not in to(shopper.email)[-1].body  # that one was read


class TestTheSchedule:
    def test_the_chat_job_runs_every_minute(self):
        import datetime
        from zoneinfo import ZoneInfo

        from config.schedule import scheduled_task
        from support.chat.tasks import chat_reminders_task

        entry = scheduled_task("chat-reminders")
        assert entry.task is chat_reminders_task
        tz = ZoneInfo(settings.TIME_ZONE)
        first = entry.trigger(tz).get_next_fire_time(None, datetime.datetime(2026, 6, 1, tzinfo=tz))
        second = entry.trigger(tz).get_next_fire_time(first, first + datetime.timedelta(seconds=1))
        assert second - first == datetime.timedelta(minutes=1)

    def test_every_apps_jobs_are_collected_and_a_name_used_twice_is_refused(self, monkeypatch):
        from django.core.management.base import CommandError

        import support.schedule
        from commerce.schedule import SCHEDULE as COMMERCE
        from config.schedule import schedule_collect

        names = [entry.name for entry in schedule_collect()]
        assert {e.name for e in COMMERCE} | {"chat-reminders"} == set(names)
        monkeypatch.setattr(support.schedule, "SCHEDULE", (*support.schedule.SCHEDULE, COMMERCE[0]))
        with pytest.raises(ValueError, match="declared twice: release-expired-carts"):
            schedule_collect()
        with pytest.raises(CommandError, match="declared twice"):
            call_command("run_scheduler", "--list", stdout=io.StringIO())
