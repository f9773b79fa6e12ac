"""Reviews by buyers (SPEC §1, issue 16.5): one per customer and product, from a customer who
bought the product in a completed order; text and an optional rating of 1–5 stars. Content
managers hide and show them again (who and when kept here and in Wagtail's audit log); a
hidden review leaves the product page and its average. Written only through
``support.reviews.services``, which also keeps the product's ready rating for the tiles."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

REVIEW_MAX_LENGTH = 3000  # characters
RATING_MIN, RATING_MAX = 1, 5  # stars


class Review(models.Model):
    product = models.ForeignKey(
        "catalog.ProductPage",
        on_delete=models.CASCADE,
        related_name="reviews",
        verbose_name=_("product"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reviews",
        verbose_name=_("author"),
    )
    rating = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(RATING_MIN), MaxValueValidator(RATING_MAX)],
        verbose_name=_("rating, stars"),
    )
    text = models.TextField(max_length=REVIEW_MAX_LENGTH, verbose_name=_("review"))
    created_at = models.DateTimeField(
        default=timezone.now, db_index=True, verbose_name=_("written at")
    )
    updated_at = models.DateTimeField(default=timezone.now, verbose_name=_("edited at"))
    is_hidden = models.BooleanField(default=False, db_index=True, verbose_name=_("hidden"))
    hidden_at = models.DateTimeField(null=True, blank=True, verbose_name=_("hidden at"))
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hidden by"),
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        permissions = [("moderate_review", _("Can hide and show reviews"))]
        constraints = [
            models.UniqueConstraint(
                fields=["product", "author"], name="support_one_review_per_product_and_author"
            ),
            models.CheckConstraint(
                condition=models.Q(rating__isnull=True)
                | models.Q(rating__gte=RATING_MIN, rating__lte=RATING_MAX),
                name="support_review_rating_1_to_5",
            ),
        ]

    def __str__(self) -> str:
        # Not the product's title: that would cost a query wherever reviews are listed.
        return gettext("Review %(number)s") % {"number": self.pk}
