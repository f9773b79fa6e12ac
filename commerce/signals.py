"""Account events: a customer card at registration (SPEC §6), the cart at login (SPEC §3)."""

from allauth.account.signals import user_signed_up
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from commerce.cart.session import attach_anonymous_cart
from commerce.customers import customer_for_user


@receiver(user_signed_up)
def create_customer_card(sender, request, user, **kwargs):
    customer_for_user(user=user)


@receiver(user_logged_in)
def attach_cart_at_login(sender, request, user, **kwargs):
    """The anonymous cart becomes (or merges into) the user's cart: SPEC §3."""
    if request is not None:
        attach_anonymous_cart(request, user)
