"""Keeps the ready rating true when reviews leave without the services (issue 16.5): deleting
an author's account deletes their reviews with it (``Review.author`` cascades), and their
products' ratings are recomputed once that deletion is committed. (A deleted product takes
its reviews and its rating row together: nothing is left to recompute.)"""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from support.models import Review
from support.reviews.services import review_rating_refresh


@receiver(post_delete, sender=Review, dispatch_uid="support_review_deleted")
def review_deleted(sender, instance: Review, **kwargs) -> None:
    product_id = instance.product_id
    transaction.on_commit(lambda: review_rating_refresh(product_id=product_id))
