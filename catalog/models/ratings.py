"""The product's rating as tiles and the product page read it (SPEC §1 reviews, issue 16.5;
DESIGN: listings read ready data).

How many reviews a product has, how many of them give stars and their average are kept here,
one row per reviewed product, rather than counted per request: a tile reads them through the
listing's join (``ProductPageQuerySet.with_tile_data``), the product page and its JSON-LD
through the one-to-one. Written only through ``catalog.ratings`` by the review services
(``support.reviews.services``), which recompute the row in the transaction that writes,
hides or shows a review. Only reviews visible on the site count. No row means no review.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

STARS = 5  # the scale: 1–5 stars


class ProductRating(models.Model):
    product = models.OneToOneField(
        "catalog.ProductPage",
        on_delete=models.CASCADE,
        related_name="rating",
        primary_key=True,
        verbose_name=_("product"),
    )
    review_count = models.PositiveIntegerField(default=0, verbose_name=_("visible reviews"))
    rating_count = models.PositiveIntegerField(
        default=0, verbose_name=_("visible reviews with a rating")
    )
    rating_sum = models.PositiveIntegerField(default=0, verbose_name=_("their stars, summed"))
    rating_average = models.DecimalField(
        max_digits=3,
        decimal_places=2,
        null=True,
        blank=True,
        db_index=True,
        verbose_name=_("average rating, stars"),
    )
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("product rating")
        verbose_name_plural = _("product ratings")

    def __str__(self) -> str:
        return f"{self.product_id}: {self.rating_average} ({self.review_count})"

    @staticmethod
    def average_of(*, rating_count: int, rating_sum: int) -> Decimal | None:
        """``rating_sum / rating_count`` in stars, 2 places, half up; None without ratings."""
        if not rating_count:
            return None
        return (Decimal(rating_sum) / Decimal(rating_count)).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )

    @property
    def stars(self) -> list[str]:
        """The average drawn as five stars, each ``"full"``, ``"half"`` or ``"empty"``
        (rounded to the nearest half star: 4.24 → 4, 4.25 → 4½); ``[]`` without ratings."""
        if self.rating_average is None:
            return []
        halves = int((self.rating_average * 2).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
        return [
            "full" if halves >= 2 * n else "half" if halves == 2 * n - 1 else "empty"
            for n in range(1, STARS + 1)
        ]
