"""Reviews written at the same moment (issue 16.5), on PostgreSQL (SQLite runs one writer at a
time and would hide the race): the product's ready rating counts every review — each writer
recounts under the rating row's lock, so none misses another's uncommitted row — and one
customer's two tabs leave one review."""

import pytest

from catalog.models import ProductRating
from commerce.testing import run_together
from support.models import Review
from support.reviews.services import review_hide, review_write

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_concurrent_reviews_of_one_product_all_count(make_buyer, make_order, reviewed_product):
    buyers = []
    for n in range(8):
        user = make_buyer(first_name=f"Buyer{n}", email=f"race{n}@example.com")
        make_order(user, reviewed_product)
        buyers.append(user)
    outcomes = run_together(
        [
            (
                lambda user=user, n=n: review_write(
                    user=user, product_id=reviewed_product.pk, text=f"Race {n}", rating=n % 5 + 1
                )
            )
            for n, user in enumerate(buyers)
        ]
    )
    assert outcomes == ["ok"] * 8
    rating = ProductRating.objects.get(product=reviewed_product)
    stars = sum(n % 5 + 1 for n in range(8))
    assert (rating.review_count, rating.rating_count, rating.rating_sum) == (8, 8, stars)


def test_hiding_while_others_write_keeps_the_rating_exact(
    make_buyer, make_order, reviewed_product, content_manager
):
    first = make_buyer(first_name="First", email="first@example.com")
    make_order(first, reviewed_product)
    hidden, _ = review_write(user=first, product_id=reviewed_product.pk, text="Bad", rating=1)
    writers = []
    for n in range(5):
        user = make_buyer(first_name=f"W{n}", email=f"w{n}@example.com")
        make_order(user, reviewed_product)
        writers.append(user)
    jobs = [
        (
            lambda user=user: review_write(
                user=user, product_id=reviewed_product.pk, text="Ok", rating=4
            )
        )
        for user in writers
    ]
    jobs.append(lambda: review_hide(review=hidden, actor=content_manager))
    assert run_together(jobs) == ["ok"] * 6
    rating = ProductRating.objects.get(product=reviewed_product)
    assert (rating.review_count, rating.rating_count, rating.rating_sum) == (5, 5, 20)


def test_one_customers_two_tabs_leave_one_review(buyer, reviewed_product):
    outcomes = run_together(
        [
            (
                lambda n=n: review_write(
                    user=buyer, product_id=reviewed_product.pk, text=f"Tab {n}", rating=3
                )
            )
            for n in range(2)
        ]
    )
    assert outcomes == ["ok", "ok"]  # the second one found the first and changed it
    assert Review.objects.filter(author=buyer).count() == 1
    assert ProductRating.objects.get(product=reviewed_product).review_count == 1
