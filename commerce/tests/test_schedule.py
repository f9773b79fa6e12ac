"""Issue 12.4: periodic work runs on a schedule defined in the project (each app's
schedule.py, collected by config/schedule.py) — `manage.py run_scheduler` enqueues each job
through django-tasks on its cron trigger."""

import datetime
import io
import os
import queue
import signal
import subprocess
import sys
import threading
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from django_tasks import task
from django_tasks.signals import task_enqueued
from django_tasks_db.models import DBTaskResult
from wagtail.models import ModelLogEntry, PageLogEntry

from commerce.cart import services
from commerce.cart.models import Cart
from commerce.cart.tasks import release_expired_carts_task
from commerce.customers.models import Customer
from commerce.management.commands.run_scheduler import Command, build_scheduler
from commerce.pricing.tasks import loyalty_recompute_all_task
from commerce.schedule import SCHEDULE, ScheduledTask, scheduled_task
from commerce.testing import stock_of
from config.schedule import schedule_collect

PROJECT_DIR = Path(__file__).resolve().parents[2]
TZ = ZoneInfo(settings.TIME_ZONE)


def expired_cart(product, store, quantity=2) -> Cart:
    """A cart holding ``quantity`` pieces of ``product`` from ``store``, idle past its TTL."""
    cart = Cart.objects.create()
    services.cart_add(cart=cart, product_id=product.pk, quantity=quantity, store_id=store.pk)
    idle = settings.SHOP_CART_TTL_ANONYMOUS + datetime.timedelta(minutes=1)
    Cart.objects.filter(pk=cart.pk).update(touched_at=timezone.now() - idle)
    return cart


def journal() -> list[tuple]:
    """Every audit-log entry (Wagtail's journal) as comparable tuples, without timestamps."""
    return [
        (entry.action, entry.content_type_id, entry.object_id, entry.data)
        for model in (ModelLogEntry, PageLogEntry)
        for entry in model.objects.order_by("pk")
    ]


class TestTheSchedule:
    def test_expired_carts_are_released_every_five_minutes(self):
        entry = scheduled_task("release-expired-carts")
        assert entry.task is release_expired_carts_task
        trigger = CronTrigger.from_crontab(entry.cron, timezone=TZ)
        fire = datetime.datetime(2026, 3, 29, 2, 58, tzinfo=TZ)  # across the DST change
        gaps = []
        for _ in range(40):
            following = trigger.get_next_fire_time(fire, fire + datetime.timedelta(seconds=1))
            gaps.append(following.astimezone(datetime.UTC) - fire.astimezone(datetime.UTC))
            fire = following
        assert max(gaps) <= datetime.timedelta(minutes=5)

    def test_loyalty_is_recomputed_nightly(self):
        entry = scheduled_task("loyalty-recompute")
        assert entry.task is loyalty_recompute_all_task
        trigger = CronTrigger.from_crontab(entry.cron, timezone=TZ)
        start = datetime.datetime(2026, 6, 1, 12, 0, tzinfo=TZ)
        first = trigger.get_next_fire_time(None, start)
        second = trigger.get_next_fire_time(first, first + datetime.timedelta(seconds=1))
        assert second - first == datetime.timedelta(days=1)
        assert first.hour < 6  # at night, in the shop's time zone

    def test_every_entry_has_a_unique_name_and_a_valid_trigger(self):
        everything = schedule_collect()
        assert set(SCHEDULE) <= set(everything)  # commerce's jobs are among every app's
        assert len({entry.name for entry in everything}) == len(everything)
        for entry in everything:
            assert entry.trigger(TZ).get_next_fire_time(None, datetime.datetime.now(TZ))

    def test_a_numbered_day_of_the_week_is_refused(self):
        # APScheduler 3 reads 0 as Monday, cron as Sunday: names only.
        entry = ScheduledTask("weekly", release_expired_carts_task, "0 3 * * 0", "weekly")
        with pytest.raises(ValueError, match="name the days of the week"):
            entry.trigger(TZ)
        named = ScheduledTask("weekly", release_expired_carts_task, "0 3 * * sun", "weekly")
        fire = named.trigger(TZ).get_next_fire_time(None, datetime.datetime(2026, 6, 1, tzinfo=TZ))
        assert fire.strftime("%A") == "Sunday"

    def test_list_prints_every_job_and_its_next_run(self):
        out = io.StringIO()
        call_command("run_scheduler", "--list", stdout=out)
        for entry in schedule_collect():
            assert entry.name in out.getvalue() and entry.task.module_path in out.getvalue()

    def test_an_unknown_job_is_refused(self):
        with pytest.raises(CommandError, match="No scheduled job 'nope'"):
            call_command("run_scheduler", "--once", "--job", "nope")


@pytest.mark.django_db
class TestOnce:
    def test_releases_an_expired_carts_stock_and_journals_as_the_service_does(self, rotala, kyiv):
        cart = expired_cart(rotala, kyiv)
        fresh = Cart.objects.create()
        services.cart_add(cart=fresh, product_id=rotala.pk, quantity=1, store_id=kyiv.pk)
        assert stock_of(rotala, kyiv) == 2
        # What the service itself does, rolled back: the scheduler must do exactly that.
        with transaction.atomic():
            services.release_expired_carts()
            expected = (stock_of(rotala, kyiv), journal())
            transaction.set_rollback(True)
        assert stock_of(rotala, kyiv) == 2

        out = io.StringIO()
        call_command("run_scheduler", "--once", "--job", "release-expired-carts", stdout=out)

        assert (stock_of(rotala, kyiv), journal()) == expected == (4, expected[1])
        cart.refresh_from_db()
        fresh.refresh_from_db()
        assert not cart.is_reserved and fresh.is_reserved
        assert "enqueued release-expired-carts (commerce.cart.tasks." in out.getvalue()
        assert "SUCCESSFUL, returned 1" in out.getvalue()

    def test_goes_through_django_tasks(self, rotala, kyiv):
        expired_cart(rotala, kyiv)
        enqueued = []

        def record(sender, task_result, **kwargs):
            enqueued.append(task_result.task.module_path)

        task_enqueued.connect(record)
        try:
            call_command("run_scheduler", "--once", stdout=io.StringIO())
        finally:
            task_enqueued.disconnect(record)
        assert sorted(enqueued) == sorted(entry.task.module_path for entry in schedule_collect())
        assert stock_of(rotala, kyiv) == 5

    def test_repairs_a_loyalty_percent_that_missed_its_recompute(self):
        customer = Customer.objects.create(first_name="Olena", purchases_total=Decimal("300"))
        assert customer.loyalty_percent == 0  # "over 250 → 2 %" was never applied
        call_command("run_scheduler", "--once", "--job", "loyalty-recompute", stdout=io.StringIO())
        customer.refresh_from_db()
        assert customer.loyalty_percent == Decimal("2.00")

    def test_a_failing_job_fails_the_command(self, monkeypatch):
        def broken(**kwargs):
            raise RuntimeError("database gone")

        monkeypatch.setattr("commerce.cart.tasks.release_expired_carts", broken)
        with pytest.raises(CommandError, match="Failed: release-expired-carts"):
            call_command("run_scheduler", "--once", stdout=io.StringIO())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS=settings.DATABASE_TASKS)
def test_in_production_the_job_waits_for_the_db_worker(rotala, kyiv):
    """With the database backend (production) the scheduler only enqueues: the cart keeps its
    pieces until a `db_worker` runs the task."""
    expired_cart(rotala, kyiv)
    out = io.StringIO()
    call_command("run_scheduler", "--once", "--job", "release-expired-carts", stdout=out)
    assert ": READY" in out.getvalue()
    waiting = DBTaskResult.objects.get()
    assert waiting.task_path == "commerce.cart.tasks.release_expired_carts_task"
    assert stock_of(rotala, kyiv) == 3

    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", verbosity=0)
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
    assert stock_of(rotala, kyiv) == 5
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


PROBE_RAN = threading.Event()


@task()
def probe_task() -> str:
    PROBE_RAN.set()
    return "probed"


def test_the_scheduler_enqueues_a_job_when_its_time_comes():
    PROBE_RAN.clear()
    probe = ScheduledTask("probe", probe_task, "0 0 1 1 *", "once a year")
    out = io.StringIO()
    scheduler = build_scheduler(
        BackgroundScheduler, (probe,), job=Command(stdout=out).scheduled_enqueue
    )
    scheduler.start(paused=True)
    try:
        job = scheduler.get_job("probe")
        now = datetime.datetime.now(TZ)
        assert job.next_run_time == probe.trigger(TZ).get_next_fire_time(None, now)
        assert (job.next_run_time.month, job.next_run_time.day) == (1, 1)
        job.modify(next_run_time=now)  # its time has come
        scheduler.resume()
        assert PROBE_RAN.wait(timeout=20)
    finally:
        scheduler.shutdown(wait=True)
    assert "enqueued probe (commerce.tests.test_schedule.probe_task)" in out.getvalue()
    assert "SUCCESSFUL, returned 'probed'" in out.getvalue()


def test_sigterm_stops_the_scheduler_cleanly(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        # Should a job come due meanwhile, it must not touch a real database.
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "PYTHONUNBUFFERED": "1",
    }
    process = subprocess.Popen(
        [sys.executable, "manage.py", "run_scheduler"],
        cwd=PROJECT_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in process.stdout], daemon=True
    ).start()
    try:
        assert lines.get(timeout=60).startswith("Scheduler started in Europe/Kyiv")
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    rest = []
    while True:
        try:
            rest.append(lines.get(timeout=5))
        except queue.Empty:
            break
        if rest[-1].startswith("Scheduler stopped"):
            break
    assert rest and rest[-1].startswith("Scheduler stopped")
