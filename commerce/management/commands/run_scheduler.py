"""``python manage.py run_scheduler`` — enqueue the shop's periodic tasks on their schedule.

The schedule is every app's ``SCHEDULE`` (``<app>/schedule.py``), collected by
``config.schedule.schedule_collect()``. This process only *enqueues* (django-tasks'
``task.enqueue()``): in production the work runs in the ``db_worker`` processes, in
development and tests at once, inside this process. Run exactly one scheduler per site (two
would enqueue every job twice — harmless, the jobs are idempotent, but wasted work).

    run_scheduler            run until Ctrl-C or SIGTERM (clean stop: a running enqueue ends)
    run_scheduler --list     print the schedule and each job's next run, then exit
    run_scheduler --once     enqueue every job now and exit (status 1 when one failed)
    --job NAME               only that job (repeatable), with --once, --list or alone
"""

import logging
import signal
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections
from django.utils import timezone
from django_tasks import TaskResult, TaskResultStatus

from config.schedule import ScheduledTask, schedule_collect, scheduled_task

logger = logging.getLogger("commerce.schedule")

# A job whose time came while the previous run was still being enqueued, or while this
# process was suspended, still runs if it is at most this late; several missed runs run once.
MISFIRE_GRACE_SECONDS = 60


def build_scheduler(
    scheduler_class: type[BaseScheduler],
    entries: tuple[ScheduledTask, ...],
    *,
    job: Callable[[ScheduledTask], object],
) -> BaseScheduler:
    """A scheduler (not started) that calls ``job(entry)`` on each entry's cron trigger, in
    ``settings.TIME_ZONE``; one run of a job at a time. Raises ValueError on a bad cron."""
    tz = ZoneInfo(settings.TIME_ZONE)
    scheduler = scheduler_class(
        timezone=tz,
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": MISFIRE_GRACE_SECONDS,
        },
    )
    for entry in entries:
        scheduler.add_job(job, trigger=entry.trigger(tz), args=[entry], id=entry.name)
    return scheduler


def _stop(signum, frame):
    # Raised in the main thread, where BlockingScheduler waits; handle() stops it there.
    raise KeyboardInterrupt


class Command(BaseCommand):
    help = (
        "Enqueue the shop's periodic django-tasks (every app's schedule.py) on their cron "
        "schedule: release expired carts, the nightly loyalty recompute, chat reminders…"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once",
            action="store_true",
            help="Enqueue every job now and exit; exit status 1 when any failed.",
        )
        parser.add_argument(
            "--list",
            action="store_true",
            dest="list_jobs",
            help="Print the schedule and each job's next run, then exit.",
        )
        parser.add_argument(
            "--job",
            action="append",
            dest="jobs",
            metavar="NAME",
            help="Only this job (repeatable); the names are those --list prints.",
        )

    def handle(self, *args, once: bool, list_jobs: bool, jobs: list[str] | None, **options):
        try:
            entries = tuple(scheduled_task(name) for name in jobs) if jobs else schedule_collect()
        except (KeyError, ValueError) as error:
            raise CommandError(error.args[0]) from None
        if list_jobs:
            self.print_schedule(entries)
        elif once:
            self.enqueue_all(entries)
        else:
            self.run_forever(entries)

    def print_schedule(self, entries: tuple[ScheduledTask, ...]) -> None:
        tz = ZoneInfo(settings.TIME_ZONE)
        now = datetime.now(tz)
        for entry in entries:
            next_run = entry.trigger(tz).get_next_fire_time(None, now)
            when = f"{next_run:%Y-%m-%d %H:%M %Z}" if next_run else "never"
            self.stdout.write(
                f"{entry.name:<24} {entry.cron:<14} next {when}  "
                f"{entry.task.module_path}\n{'':<24} {entry.description}"
            )

    def enqueue_all(self, entries: tuple[ScheduledTask, ...]) -> None:
        failed = [entry.name for entry in entries if not self.enqueue(entry)]
        if failed:
            raise CommandError(f"Failed: {', '.join(failed)}.")

    def enqueue(self, entry: ScheduledTask) -> TaskResult | None:
        """Enqueue ``entry``'s task and say so on stdout; returns its result, or None when it
        could not be enqueued or (run at once, as in development) it failed — logged."""
        try:
            result = entry.task.enqueue()
        except Exception:
            logger.exception("Could not enqueue %s (%s)", entry.name, entry.task.module_path)
            return None
        line = (
            f"{timezone.localtime():%Y-%m-%d %H:%M:%S} enqueued {entry.name} "
            f"({entry.task.module_path}) as {result.id}: {result.status}"
        )
        if result.status == TaskResultStatus.SUCCESSFUL:
            line += f", returned {result.return_value!r}"
        self.stdout.write(line)
        self.stdout.flush()
        if result.status == TaskResultStatus.FAILED:
            logger.error("%s failed: %s", entry.name, result.errors[-1].traceback)
            return None
        return result

    def scheduled_enqueue(self, entry: ScheduledTask) -> None:
        """The job APScheduler runs, in its worker thread: that thread's database connection
        is closed after each run (and before, when broken), as a request's would be."""
        close_old_connections()
        try:
            self.enqueue(entry)
        finally:
            close_old_connections()

    def run_forever(self, entries: tuple[ScheduledTask, ...]) -> None:
        try:
            scheduler = build_scheduler(BlockingScheduler, entries, job=self.scheduled_enqueue)
        except ValueError as error:
            raise CommandError(str(error)) from None
        names = ", ".join(f"{entry.name} ({entry.cron})" for entry in entries)
        try:
            # Ctrl-C raises KeyboardInterrupt; SIGTERM (systemd, docker stop, `make run`) too,
            # from here on, so a signal that comes before the scheduler runs stops it as well.
            # An ignored SIGINT (a background job of a shell) stays ignored.
            signal.signal(signal.SIGTERM, _stop)
            self.stdout.write(f"Scheduler started in {settings.TIME_ZONE}: {names}.")
            self.stdout.flush()
            scheduler.start()
        except KeyboardInterrupt:
            pass
        finally:
            # A second SIGTERM during the stop ends the process at once.
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            if scheduler.running:
                scheduler.shutdown(wait=True)
        self.stdout.write("Scheduler stopped.")
        self.stdout.flush()
