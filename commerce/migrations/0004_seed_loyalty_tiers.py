"""SPEC §4's five loyalty levels: over 100 → 1%, 250 → 2%, 500 → 3%, 1000 → 5%, 5000 → 10%."""

from decimal import Decimal

from django.db import migrations

TIERS = [("100", "1"), ("250", "2"), ("500", "3"), ("1000", "5"), ("5000", "10")]


def seed(apps, schema_editor):
    LoyaltyTier = apps.get_model("commerce", "LoyaltyTier")
    for threshold, percent in TIERS:
        LoyaltyTier.objects.get_or_create(threshold=Decimal(threshold),
                                          defaults={"percent": Decimal(percent)})


def unseed(apps, schema_editor):
    LoyaltyTier = apps.get_model("commerce", "LoyaltyTier")
    LoyaltyTier.objects.filter(threshold__in=[Decimal(t) for t, _ in TIERS]).delete()


class Migration(migrations.Migration):
    dependencies = [("commerce", "0003_customer_purchases_total_discount_discountproduct_and_more")]
    operations = [migrations.RunPython(seed, unseed)]
