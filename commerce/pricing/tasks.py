"""Background jobs of pricing (DESIGN: django-tasks)."""

from django_tasks import task

from commerce.pricing.loyalty import loyalty_recompute_all


@task()
def loyalty_recompute_all_task() -> int:
    """Every customer's loyalty percent from their purchases and the tier table (SPEC §4);
    returns how many customers were recomputed. A nightly safety net: completing an order and
    changing the tier table already recompute (see ``commerce.schedule``)."""
    return loyalty_recompute_all()
