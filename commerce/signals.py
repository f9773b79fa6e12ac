"""Model and account events: a customer card at registration (SPEC §6), the cart at login
(SPEC §3), loyalty and the discount cache when tiers or discounts change (SPEC §4)."""

from allauth.account.signals import user_signed_up
from django.contrib.auth.signals import user_logged_in
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from commerce.cart.session import attach_anonymous_cart
from commerce.customers import customer_for_user
from commerce.loyalty import loyalty_recompute_all
from commerce.models import Discount, DiscountProduct, LoyaltyTier
from commerce.pricing.loader import discounts_changed


@receiver(user_signed_up)
def create_customer_card(sender, request, user, **kwargs):
    customer_for_user(user=user)


@receiver(user_logged_in)
def attach_cart_at_login(sender, request, user, **kwargs):
    """The anonymous cart becomes (or merges into) the user's cart: SPEC §3."""
    if request is not None:
        attach_anonymous_cart(request, user)


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
