"""Commerce's periodic work: which django-tasks task is enqueued when (cart expiry, the
loyalty safety net, the popularity window).

``manage.py run_scheduler`` runs these with every other app's (``config.schedule``, which also
says the rules: each job safe to run twice and to skip). ``ScheduledTask`` and
``scheduled_task`` are the ones from there, named here too for the callers of old.
"""

from commerce.cart.tasks import release_expired_carts_task
from commerce.orders.tasks import sales_recompute_task
from commerce.pricing.tasks import loyalty_recompute_all_task
from config.schedule import ScheduledTask, scheduled_task

__all__ = ["SCHEDULE", "ScheduledTask", "scheduled_task"]

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
