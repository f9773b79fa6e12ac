"""Model events: loyalty and the discount cache follow tier and discount changes (SPEC §4)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from commerce.pricing.loader import discounts_changed
from commerce.pricing.loyalty import loyalty_recompute_all
from commerce.pricing.models import Discount, DiscountProduct, LoyaltyTier


@receiver(post_save, sender=LoyaltyTier)
@receiver(post_delete, sender=LoyaltyTier)
def recompute_loyalty_after_tier_change(sender, **kwargs):
    """Thresholds or percents changed: every customer's tier follows (SPEC §4)."""
    transaction.on_commit(loyalty_recompute_all)


@receiver(post_save, sender=Discount)
@receiver(post_delete, sender=Discount)
@receiver(post_save, sender=DiscountProduct)
@receiver(post_delete, sender=DiscountProduct)
def forget_cached_discounts(sender, **kwargs):
    discounts_changed()
