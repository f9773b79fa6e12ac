"""The ready rating where shoppers meet it (SPEC §1, issue 16.5; DESIGN: listings read ready
data): stars on the tiles (with a sentence for screen readers) at no query per tile, the
product JSON-LD's AggregateRating, and a product page whose cost does not grow with its
reviews."""

import json
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from catalog.models import ProductRating
from catalog.ratings import rating_lock, rating_store
from catalog.tests.factories import CategoryPageFactory, make_product
from catalog.tests.test_query_budget import BUDGET
from support.models import Review
from support.reviews.services import review_hide, review_write

# The product page, measured: the page's own 9 queries (site, routing, privacy, price,
# photos, parameters, stores) + the ready rating (1) + one page of reviews with their
# authors (1).
PRODUCT_PAGE_BUDGET = 11
# A logged-in buyer, measured: + the session, the user, the cart, the customer card's loyalty
# percent, the staff check (the user's and the groups' permissions: 2), their own review and
# their purchase.
PRODUCT_PAGE_BUDGET_BUYER = 19


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text_of(node) -> str:
    return " ".join(node.get_text(" ").split()) if node is not None else ""


def add_reviews(product, count: int, *, stars=(5, 4, 3)) -> None:
    """``count`` reviews of ``product`` written straight into the table (test setup: the
    services' checks are tested elsewhere), and its ready rating stored from them."""
    users = get_user_model().objects.bulk_create(
        get_user_model()(email=f"r{product.pk}-{n}@example.com", first_name=f"Reader{n}")
        for n in range(count)
    )
    now = timezone.now()
    Review.objects.bulk_create(
        Review(
            product=product,
            author=user,
            text=f"Review number {n}",
            rating=stars[n % len(stars)],
            created_at=now,
            updated_at=now,
        )
        for n, user in enumerate(users)
    )
    ratings = [stars[n % len(stars)] for n in range(count)]
    rating_store(
        product_id=product.pk,
        review_count=count,
        rating_count=count,
        rating_sum=sum(ratings),
    )


@pytest.mark.django_db
class TestTiles:
    def test_a_tile_shows_the_average_stars_with_a_text_alternative(
        self, client, reviewed_product, make_buyer, make_order
    ):
        for name, stars in (("Olena", 5), ("Ivan", 4)):
            user = make_buyer(first_name=name)
            make_order(user, reviewed_product)
            review_write(user=user, product_id=reviewed_product.pk, text="Good", rating=stars)
        category = reviewed_product.get_parent().specific
        page = soup(client.get(category.url))
        tile = page.select_one(f".tile[data-sku='{reviewed_product.sku}']")
        rating = tile.select_one(".tile-rating")
        assert text_of(rating.select_one(".visually-hidden")) == "Rated 4.5 of 5, 2 reviews"
        stars = [star["class"][1] for star in rating.select(".stars .star")]
        assert stars == ["star--full"] * 4 + ["star--half"]
        assert rating.select_one(".stars")["aria-hidden"] == "true"
        assert text_of(rating.select_one(".rating-figures")) == "4.5 (2)"

    def test_hiding_a_review_changes_the_tile(
        self, client, reviewed_product, make_buyer, make_order, content_manager
    ):
        reviews = []
        for name, stars in (("Olena", 5), ("Ivan", 1)):
            user = make_buyer(first_name=name)
            make_order(user, reviewed_product)
            reviews.append(
                review_write(user=user, product_id=reviewed_product.pk, text="x", rating=stars)[0]
            )
        category = reviewed_product.get_parent().specific
        review_hide(review=reviews[1], actor=content_manager)
        tile = soup(client.get(category.url)).select_one(".tile-rating")
        assert text_of(tile.select_one(".visually-hidden")) == "Rated 5.0 of 5, 1 review"
        review_hide(review=reviews[0], actor=content_manager)
        assert soup(client.get(category.url)).select_one(".tile-rating") is None

    def test_reviews_without_ratings_show_their_count_only(self, client, reviewed_product):
        rating_store(product_id=reviewed_product.pk, review_count=3, rating_count=0, rating_sum=0)
        category = reviewed_product.get_parent().specific
        rating = soup(client.get(category.url)).select_one(".tile-rating")
        assert text_of(rating) == "3 reviews" and rating.select_one(".stars") is None

    def test_an_unreviewed_product_has_no_stars(self, client, reviewed_product):
        category = reviewed_product.get_parent().specific
        assert soup(client.get(category.url)).select_one(".tile") is not None
        assert soup(client.get(category.url)).select_one(".tile-rating") is None

    def test_the_stars_cost_no_query_per_tile(self, client, catalog, store):
        """16 rated tiles cost what 16 unrated ones do, within the category page's budget."""
        plain = CategoryPageFactory(parent=catalog, title="Plain", slug="plain")
        rated = CategoryPageFactory(parent=catalog, title="Rated", slug="rated")
        for n in range(20):
            make_product(plain, sku=f"PLAIN-{n}", stock={store: 1})
            product = make_product(rated, sku=f"RATED-{n}", stock={store: 1})
            rating_store(product_id=product.pk, review_count=2, rating_count=2, rating_sum=9)

        def queries(url) -> tuple[int, BeautifulSoup]:
            client.get(url)
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url)
            return len(captured.captured_queries), soup(response)

        plain_count, _ = queries(plain.url)
        rated_count, page = queries(rated.url)
        assert len(page.select(".tile .tile-rating")) == 16
        assert rated_count == plain_count
        assert rated_count <= BUDGET


@pytest.mark.django_db
class TestJsonLd:
    @staticmethod
    def product_ld(client, product) -> dict:
        page = soup(client.get(product.url))
        found = [json.loads(s.string) for s in page.find_all("script", type="application/ld+json")]
        (data,) = [d for d in found if d.get("@type") == "Product"]
        return data

    def test_aggregate_rating_of_the_visible_rated_reviews(
        self, client, reviewed_product, make_buyer, make_order
    ):
        for name, stars in (("Olena", 5), ("Ivan", 4), ("Marta", None)):
            user = make_buyer(first_name=name)
            make_order(user, reviewed_product)
            review_write(user=user, product_id=reviewed_product.pk, text="Good", rating=stars)
        assert self.product_ld(client, reviewed_product)["aggregateRating"] == {
            "@type": "AggregateRating",
            "ratingValue": "4.50",
            "bestRating": 5,
            "worstRating": 1,
            "ratingCount": 2,
            "reviewCount": 3,
        }

    def test_none_without_ratings(self, client, reviewed_product, buyer):
        assert "aggregateRating" not in self.product_ld(client, reviewed_product)
        review_write(user=buyer, product_id=reviewed_product.pk, text="No stars", rating=None)
        assert "aggregateRating" not in self.product_ld(client, reviewed_product)

    def test_none_once_the_only_rated_review_is_hidden(
        self, client, reviewed_product, buyer, content_manager
    ):
        review, _ = review_write(user=buyer, product_id=reviewed_product.pk, text="x", rating=2)
        assert self.product_ld(client, reviewed_product)["aggregateRating"]["ratingValue"] == "2.00"
        review_hide(review=review, actor=content_manager)
        assert "aggregateRating" not in self.product_ld(client, reviewed_product)


@pytest.mark.django_db
class TestProductPageBudget:
    def _count(self, client, url) -> int:
        client.get(url)  # renditions, session: measure the steady state
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured.captured_queries)

    def test_the_product_page_costs_the_same_for_3_or_200_reviews(
        self, reviewed_product, store, buyer
    ):
        few = reviewed_product
        many = make_product(few.get_parent(), sku="PL-200", title="Popular", stock={store: 5})
        add_reviews(few, 3)
        add_reviews(many, 200)

        anonymous = Client()
        counts = (self._count(anonymous, few.url), self._count(anonymous, many.url))
        assert counts[0] == counts[1] <= PRODUCT_PAGE_BUDGET, counts
        page = soup(anonymous.get(many.url))
        assert len(page.select("#reviews .review")) == 10

        olena = Client()
        olena.force_login(buyer)
        counts = (self._count(olena, few.url), self._count(olena, many.url))
        assert counts[0] == counts[1] <= PRODUCT_PAGE_BUDGET_BUYER, counts

    def test_the_more_fragment_costs_five_queries(self, client, reviewed_product):
        add_reviews(reviewed_product, 40)
        url = f"/reviews/{reviewed_product.pk}/list/?page=3"
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url, headers={"HX-Request": "true"})
        assert len(BeautifulSoup(response.content, "html.parser").select("li.review")) == 10
        # The product, its ready rating, the site (2: for the product's address) and the page
        # of reviews with their authors and the authors' customer cards.
        assert len(captured.captured_queries) == 5


@pytest.mark.django_db
def test_the_rating_row_follows_a_recount(reviewed_product):
    """``rating_store`` makes exactly the totals it is given; impossible ones are refused."""
    from django.db import transaction

    with transaction.atomic():
        rating_lock(product_id=reviewed_product.pk)
        rating = rating_store(
            product_id=reviewed_product.pk, review_count=4, rating_count=3, rating_sum=10
        )
    assert rating.rating_average == Decimal("3.33")
    assert rating.stars == ["full", "full", "full", "half", "empty"]
    assert ProductRating.objects.get(product=reviewed_product).review_count == 4
    for bad in (
        {"review_count": 1, "rating_count": 2, "rating_sum": 8},
        {"review_count": 2, "rating_count": 2, "rating_sum": 11},
        {"review_count": 2, "rating_count": 2, "rating_sum": 1},
        {"review_count": -1, "rating_count": 0, "rating_sum": 0},
    ):
        with pytest.raises(ValueError):
            rating_store(product_id=reviewed_product.pk, **bad)
