"""Background jobs of orders (DESIGN: django-tasks)."""

from django_tasks import task

from commerce.orders.sales import sales_recompute


@task()
def sales_recompute_task() -> int:
    """Move the 90-day popularity window to today (issue 15); returns how many products'
    counters changed. Nightly (see ``commerce.schedule``)."""
    return sales_recompute()
