"""Background jobs of the commerce app (DESIGN: django-tasks)."""

from django_tasks import task

from commerce.cart.services import release_expired_carts


@task()
def release_expired_carts_task() -> int:
    """Return the stock of idle carts (SPEC §3); returns how many carts were released."""
    return release_expired_carts()
