"""Every product gets its (empty) price row, so the price screen lists it from day one."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from catalog.models import Price, ProductPage


@receiver(post_save, sender=ProductPage)
def create_price_row(sender, instance: ProductPage, created: bool, raw: bool = False, **kwargs):
    if created and not raw:
        Price.objects.get_or_create(product_id=instance.pk)
