"""The shop's periodic work: each app declares its own jobs, the scheduler runs them all.

An app lists its jobs in ``<app>/schedule.py`` as ``SCHEDULE``, a tuple of ``ScheduledTask``
(``commerce/schedule.py``: cart expiry, loyalty, popularity; ``support/schedule.py``: the
chat's reminders). ``manage.py run_scheduler`` reads them all through ``schedule_collect()``
and enqueues each task on its cron expression (APScheduler's ``CronTrigger``, in
``settings.TIME_ZONE``); the task then runs wherever django-tasks runs it — at once in
development and tests, in a ``db_worker`` in production.

Why here and collected, rather than one table in commerce: the apps are layered (home over
support over commerce over catalog over accounts over config), so a table in commerce could
never name support's jobs. ``config`` sits under every app and imports none: it finds the
modules through the app registry, as Django's admin finds ``admin.py``.

Every job must be safe to run twice (two schedulers, a manual ``run_scheduler --once``), and a
run missed while the scheduler was down is not made up, so a job must also be safe to skip once.
"""

from dataclasses import dataclass
from datetime import tzinfo
from importlib import import_module

from apscheduler.triggers.cron import CronTrigger
from django.apps import apps
from django.utils.module_loading import module_has_submodule
from django_tasks.base import Task

MODULE = "schedule"  # <app>/schedule.py


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


def schedule_collect() -> tuple[ScheduledTask, ...]:
    """Every installed app's ``SCHEDULE``, in the order of INSTALLED_APPS. Raises ValueError
    when two jobs share a name (``--job NAME`` must name one)."""
    entries: list[ScheduledTask] = []
    for app in apps.get_app_configs():
        if not module_has_submodule(app.module, MODULE):
            continue
        entries.extend(getattr(import_module(f"{app.name}.{MODULE}"), "SCHEDULE", ()))
    names = [entry.name for entry in entries]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise ValueError(f"Scheduled jobs declared twice: {', '.join(twice)}.")
    return tuple(entries)


def scheduled_task(name: str) -> ScheduledTask:
    """The entry called ``name`` among every app's; raises KeyError naming the known ones."""
    entries = schedule_collect()
    for entry in entries:
        if entry.name == name:
            return entry
    raise KeyError(f"No scheduled job {name!r}; known: {', '.join(e.name for e in entries)}.")
