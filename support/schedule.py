"""Support's periodic work (``config.schedule`` collects it for ``manage.py run_scheduler``)."""

from config.schedule import ScheduledTask
from support.chat.tasks import chat_reminders_task

SCHEDULE: tuple[ScheduledTask, ...] = (
    ScheduledTask(
        name="chat-reminders",
        task=chat_reminders_task,
        cron="* * * * *",
        # SPEC §5, §7 (issue 16.4): a customer message waiting over SHOP_CHAT_STAFF_WAIT_MINUTES
        # (5) is mailed to the sales operators within a minute more, once per wait; an answer
        # a customer left unread is mailed to them once they have been away. Both claim or
        # check before mailing, so a second run mails nothing twice and a skipped one is
        # caught up by the next.
        description="Mail operators about chats waiting for an answer, and customers who "
        "left before reading one",
    ),
)
