"""Loyalty tiers (SPEC §4): a customer's personal percent follows their completed purchases
and is recomputed for everyone when the tier table changes."""

from decimal import Decimal

from django.db import transaction
from django.db.models import DecimalField, F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from commerce.customers.models import Customer
from commerce.pricing.models import LoyaltyTier


def loyalty_percent_for(*, purchases_total: Decimal, tiers: list[LoyaltyTier]) -> Decimal:
    """The percent of the highest tier whose threshold ``purchases_total`` exceeds (strictly:
    "over 100"); 0 below the first tier. Pure."""
    eligible = [tier for tier in tiers if purchases_total > tier.threshold]
    return max(eligible, key=lambda tier: tier.threshold).percent if eligible else Decimal("0")


def _tier_percent_subquery():
    return Coalesce(
        Subquery(
            LoyaltyTier.objects.filter(threshold__lt=OuterRef("purchases_total"))
            .order_by("-threshold")
            .values("percent")[:1]
        ),
        Value(Decimal("0")),
        output_field=DecimalField(max_digits=5, decimal_places=2),
    )


def loyalty_recompute_all() -> int:
    """Every customer's percent from the current tier table, in one UPDATE; returns rows."""
    return Customer.objects.update(loyalty_percent=_tier_percent_subquery())


def loyalty_record_completed_order(*, customer: Customer, amount: Decimal) -> Decimal:
    """Add a completed order's ``amount`` (UAH, > 0) to the customer's purchases and move
    their tier; returns the new percent. The back office calls this on completion."""
    if amount <= 0:
        raise ValueError("A completed order adds a positive amount.")
    with transaction.atomic():
        Customer.objects.filter(pk=customer.pk).update(
            purchases_total=F("purchases_total") + amount
        )
        Customer.objects.filter(pk=customer.pk).update(loyalty_percent=_tier_percent_subquery())
        customer.refresh_from_db(fields=["purchases_total", "loyalty_percent"])
    return customer.loyalty_percent
