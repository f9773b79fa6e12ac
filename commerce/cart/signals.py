"""Account events: the anonymous cart follows the shopper at login (SPEC §3)."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from commerce.cart.session import attach_anonymous_cart


@receiver(user_logged_in)
def attach_cart_at_login(sender, request, user, **kwargs):
    """The anonymous cart becomes (or merges into) the user's cart: SPEC §3."""
    if request is not None:
        attach_anonymous_cart(request, user)
