"""Writing the products' ready rating (SPEC §1 reviews, issue 16.5; DESIGN: listings read
ready data).

``ProductRating`` is kept by the review services (``support.reviews.services``; the catalog
knows nothing of reviews): inside the transaction that writes, hides or shows a review they
call ``rating_lock`` first — so that two writers of one product's reviews take turns and
neither counts without the other's row — then count the product's visible reviews and hand
the totals to ``rating_store``. Recounting (rather than adding to the counters) keeps the
row exact whatever changed: a new review, an edited rating, a hidden or shown one.
"""

from catalog.models import ProductRating


def rating_lock(*, product_id: int) -> None:
    """Lock the rating row of the product (created, empty, when missing) until the end of the
    current transaction: concurrent calls for the same product wait for each other on
    PostgreSQL (SQLite runs one writer at a time anyway). Must run inside
    ``transaction.atomic()``. One or two queries (three when the row is new)."""
    ProductRating.objects.select_for_update().get_or_create(product_id=product_id)


def rating_store(
    *, product_id: int, review_count: int, rating_count: int, rating_sum: int
) -> ProductRating:
    """Make the product's rating these totals of its visible reviews: ``review_count``
    reviews, ``rating_count`` of them with stars, ``rating_sum`` stars in all (the average,
    in stars with 2 places, follows; None without ratings). Call it after ``rating_lock``
    in the same transaction. Returns the row as stored. Raises ValueError for totals that
    cannot be (negative, more ratings than reviews, an average outside 1–5)."""
    if min(review_count, rating_count, rating_sum) < 0 or rating_count > review_count:
        raise ValueError("impossible rating totals")
    if rating_count and not (rating_count <= rating_sum <= 5 * rating_count):
        raise ValueError("an average outside 1–5 stars")
    average = ProductRating.average_of(rating_count=rating_count, rating_sum=rating_sum)
    rating, _created = ProductRating.objects.update_or_create(
        product_id=product_id,
        defaults={
            "review_count": review_count,
            "rating_count": rating_count,
            "rating_sum": rating_sum,
            "rating_average": average,
        },
    )
    return rating
