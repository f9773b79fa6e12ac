"""Account events: a customer card at registration (SPEC §6)."""

from allauth.account.signals import user_signed_up
from django.dispatch import receiver

from commerce.customers.services import customer_for_user


@receiver(user_signed_up)
def create_customer_card(sender, request, user, **kwargs):
    customer_for_user(user=user)
