"""Issue 2.8: a category page costs the same number of queries for 20 or 2,000 products."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from catalog.tests.factories import CategoryPageFactory, StoreFactory, make_product

BUDGET = 15


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
