"""The chat's periodic job (issue 16.4), run by ``manage.py run_scheduler`` (its entry is in
``support/schedule.py``). Safe to run twice and to skip: see the two services."""

from django_tasks import task

from support.chat.services import answers_unread_notify, conversations_waiting_notify


@task()
def chat_reminders_task() -> dict:
    """Mail the operators about conversations waiting too long, and customers who left
    before reading an answer; returns ``{"waiting": conversations, "answers": checks}``."""
    return {
        "waiting": len(conversations_waiting_notify()),
        "answers": answers_unread_notify(),
    }
