"""Issue 2.8: a category page costs the same number of queries for 20 or 2,000 products."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail_factories import ImageFactory

from catalog.tests.factories import CategoryPageFactory, StoreFactory, make_product
from commerce.customers.models import Customer

BUDGET = 11
BUDGET_WITH_CART = 14  # measured: + the cart and its priced lines in the header
BUDGET_CUSTOMER = 17  # measured: + the session user and the customer card's loyalty percent
BUDGET_CUSTOMER_WITH_CART = 18  # measured


@pytest.fixture(autouse=True)
def _no_statement_may_hang(request):
    """On PostgreSQL these tests write 2,000 products in a transaction no statistics can see,
    so the planner takes every table for empty; a join in the listing's stock sub-query once
    made that a SELECT running for over 15 minutes (issue 12.10), hanging the suite. Here a
    statement that slow fails its test within a minute instead (the slowest takes ~2 s)."""
    if connection.vendor != "postgresql":
        yield
        return
    request.getfixturevalue("db")  # inside the test's transaction: SET LOCAL ends with it
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = '60s'")
    yield


def _fill(category, count: int, image, store) -> None:
    # Spread products over a nested subtree, as a real catalog would be.
    deeper = CategoryPageFactory(parent=category, title=f"Sub {count}")
    for n in range(count):
        parent = category if n % 2 else deeper
        make_product(
            parent, sku=f"Q{count}-{n:05d}", title=f"Item {n}", stock={store: 1}, photos=[image]
        )


def _queries_for(client, url) -> int:
    client.get(url)  # first render creates the tile renditions; measure the steady state
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.count(b'class="tile"') == 16
    return len(captured.captured_queries)


@pytest.mark.django_db
def test_category_page_query_count_does_not_grow_with_products(client, catalog):
    image = ImageFactory()
    store = StoreFactory(code="kyiv")
    small = CategoryPageFactory(parent=catalog, title="Small")
    large = CategoryPageFactory(parent=catalog, title="Large")
    _fill(small, 20, image, store)
    _fill(large, 2000, image, store)

    small_count = _queries_for(client, small.url)
    large_count = _queries_for(client, large.url)
    assert small_count == large_count
    assert large_count <= BUDGET


@pytest.mark.django_db
def test_sorted_and_paged_listing_stays_within_budget(client, catalog):
    image = ImageFactory()
    store = StoreFactory(code="kyiv")
    category = CategoryPageFactory(parent=catalog, title="Any")
    _fill(category, 40, image, store)
    client.get(category.url, {"sort": "-price", "page": 2})
    with CaptureQueriesContext(connection) as captured:
        client.get(category.url, {"sort": "-price", "page": 2})
    assert len(captured.captured_queries) <= BUDGET


def _fill_cart(client, products) -> None:
    for product in products:
        response = client.post(reverse("cart_add"), {"product": product.pk})
        assert response.status_code == 302


def _steady(client, url, budget: int, assert_max) -> None:
    """One more visit of ``url`` (renditions and session already in place) within ``budget``."""
    with assert_max(budget):
        assert client.get(url).status_code == 200


@pytest.fixture
def small_and_large(catalog):
    """Two categories of 20 and 2,000 products (a tile image each, one piece in Kyiv), and six
    products of a third category with 5 pieces each to fill carts without emptying a tile."""
    image = ImageFactory()
    store = StoreFactory(code="kyiv")
    small = CategoryPageFactory(parent=catalog, title="Small")
    large = CategoryPageFactory(parent=catalog, title="Large")
    _fill(small, 20, image, store)
    _fill(large, 2000, image, store)
    elsewhere = CategoryPageFactory(parent=catalog, title="Elsewhere")
    goods = [make_product(elsewhere, sku=f"CART-{n}", stock={store: 5}) for n in range(6)]
    return small, large, goods


@pytest.mark.django_db
def test_category_page_with_a_cart_costs_the_same_for_20_or_2000_products(
    client, small_and_large, django_assert_max_num_queries
):
    """The header prices the shopper's cart (the issue measured 18 queries): a fixed cost,
    whatever the catalog size or the number of lines."""
    small, large, goods = small_and_large
    _fill_cart(client, goods[:1])
    one_line = _queries_for(client, large.url)
    _fill_cart(client, goods[1:3])
    assert (_queries_for(client, small.url), _queries_for(client, large.url)) == (
        one_line,
        one_line,
    )
    _steady(client, large.url, BUDGET_WITH_CART, django_assert_max_num_queries)


@pytest.mark.django_db
def test_category_page_for_a_customer_costs_the_same_for_20_or_2000_products(
    small_and_large, django_user_model, django_assert_max_num_queries
):
    """A logged-in customer's card adds the loyalty percent to every price (the issue measured
    21–22 queries): fixed, whatever the catalog size, with or without a cart."""
    small, large, goods = small_and_large
    user = django_user_model.objects.create_user(email="olena@example.com", password="x")
    Customer.objects.create(user=user, phone="+380671234567", loyalty_percent=Decimal("2.00"))
    customer = Client()
    customer.force_login(user)
    card_only = _queries_for(customer, small.url)
    assert _queries_for(customer, large.url) == card_only
    _steady(customer, large.url, BUDGET_CUSTOMER, django_assert_max_num_queries)

    _fill_cart(customer, goods[:3])
    with_cart = _queries_for(customer, small.url)
    assert _queries_for(customer, large.url) == with_cart
    _steady(customer, large.url, BUDGET_CUSTOMER_WITH_CART, django_assert_max_num_queries)
