"""Template context for every page: whether payments are simulated (issue 12.2)."""

from django.conf import settings


def payment_mode(request) -> dict:
    """``{"test_payments": bool}``: True when no payment moves money (the offline simulators:
    development, tests, or a demo deployment with ``SHOP_PAYMENT_SIMULATOR=true``)."""
    return {"test_payments": settings.SHOP_PAYMENT_SIMULATOR}
