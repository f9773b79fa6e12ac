"""The shop's periodic work, in one place: which django-tasks task is enqueued when.

``manage.py run_scheduler`` reads ``SCHEDULE`` and enqueues each task on its cron expression
(APScheduler's ``CronTrigger``, in ``settings.TIME_ZONE``); the task then runs wherever
django-tasks runs it — at once in development and tests, in a ``db_worker`` in production.
Add a job here and nowhere else. Every job must be safe to run twice (two schedulers, a
manual ``run_scheduler --once``), and a run missed while the scheduler was down is not made
up, so a job must also be safe to skip once.
"""

from dataclasses import dataclass
from datetime import tzinfo

from apscheduler.triggers.cron import CronTrigger
from django_tasks.base import Task

from commerce.cart.tasks import release_expired_carts_task
from commerce.orders.tasks import sales_recompute_task
from commerce.pricing.tasks import loyalty_recompute_all_task


@dataclass(frozen=True)
class ScheduledTask:
    """``task`` is enqueued (without arguments) whenever ``cron`` matches: five fields —
    minute, hour, day of month, month, day of week — in ``settings.TIME_ZONE``. Name the
    days of the week (``mon-fri``, ``sun``): APScheduler 3 counts 0 as Monday, cron as Sunday,
    so a number there is refused rather than silently moved by a day."""

    name: str
    task: Task
    cron: str
    description: str

    def trigger(self, timezone: tzinfo) -> CronTrigger:
        """The APScheduler trigger of ``cron`` in ``timezone``; ValueError when invalid."""
        fields = self.cron.split()
        if len(fields) == 5 and any(ch.isdigit() for ch in fields[4]):
            raise ValueError(
                f"{self.name}: name the days of the week in {self.cron!r} (mon … sun), "
                "numbers mean different days in cron and APScheduler."
            )
        return CronTrigger.from_crontab(self.cron, timezone=timezone)


SCHEDULE: tuple[ScheduledTask, ...] = (
    ScheduledTask(
        name="release-expired-carts",
        task=release_expired_carts_task,
        cron="*/5 * * * *",
        # SPEC §3: a cart's pieces go back to stock at most five minutes after its time-to-live
        # (SHOP_CART_TTL_*_MINUTES: 120 / 1440) runs out.
        description="Return the reserved stock of carts idle longer than their time-to-live",
    ),
    ScheduledTask(
        name="loyalty-recompute",
        task=loyalty_recompute_all_task,
        cron="30 3 * * *",
        # SPEC §4: completing an order and changing the tier table recompute already; this
        # repairs a percent that missed its recompute (a tier change whose on-commit recompute
        # died with its process, a bulk update of the table that sends no signal).
        description="Recompute every customer's loyalty percent from the tier table (safety net)",
    ),
    ScheduledTask(
        name="popularity-window",
        task=sales_recompute_task,
        cron="10 0 * * *",
        # Issue 15: the "popular" sort counts pieces sold in the last 90 days; orders move the
        # counters as they are placed, edited and cancelled, and this drops the day that left
        # the window. A skipped night only keeps that day's sales one day longer.
        description="Move the 90-day popularity window: forget sales older than 90 days",
    ),
)


def scheduled_task(name: str) -> ScheduledTask:
    """The entry called ``name``; raises KeyError naming the known ones."""
    for entry in SCHEDULE:
        if entry.name == name:
            return entry
    raise KeyError(f"No scheduled job {name!r}; known: {', '.join(e.name for e in SCHEDULE)}.")
