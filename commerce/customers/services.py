"""Customer services (SPEC §6): the card of a registered user and temporary customers."""

from django.db import transaction

from commerce.customers.models import Customer
from commerce.phones import phone_normalize


def customer_for_user(*, user) -> Customer:
    """The user's customer card, created on first use (e-mail copied from the login)."""
    customer, _ = Customer.objects.get_or_create(user=user, defaults={"email": user.email})
    return customer


@transaction.atomic
def temporary_customer_create(
    *, phone: str, first_name: str = "", last_name: str = "", email: str = ""
) -> Customer:
    """A temporary customer for one guest order: no login, reached by staff only through the
    order (SPEC §6). ``phone`` is required and normalized to E.164.

    Raises InvalidPhone for a missing or invalid phone; ValidationError for a bad e-mail or
    over-long name.
    """
    customer = Customer(
        is_temporary=True,
        phone=phone_normalize(phone),
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        email=email.strip().lower(),
    )
    customer.full_clean()
    customer.save()
    return customer
