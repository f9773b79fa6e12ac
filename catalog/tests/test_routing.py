"""Issue 15.5: an address is routed in a fixed number of queries at any depth, with Wagtail's
behaviour kept — a missing or draft page is a 404, privacy set on an ancestor still guards
the pages under it, aliases follow their source's privacy, breadcrumbs name every level."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from catalog.tests.factories import CategoryPageFactory, make_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def deep(catalog):
    """Five nested categories, a product in the shallowest and the deepest."""
    levels, parent = [], catalog
    for depth in range(5):
        parent = CategoryPageFactory(parent=parent, title=f"Level {depth + 1}")
        levels.append(parent)
    return {
        "levels": levels,
        "top_product": make_product(levels[0], sku="TOP-1", title="Top fern"),
        "deep_product": make_product(levels[-1], sku="DEEP-1", title="Deep moss"),
    }


def _queries(client, url) -> tuple[int, object]:
    client.get(url)  # warm the content-type and site caches, as in a running shop
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return len(captured.captured_queries), response


def test_a_deep_page_costs_what_a_shallow_one_does(client, deep):
    top, deepest = deep["levels"][0], deep["levels"][-1]
    shallow_count, shallow = _queries(client, top.url)
    deep_count, response = _queries(client, deepest.url)
    assert shallow.status_code == response.status_code == 200
    assert "Deep moss" in response.text
    assert deep_count == shallow_count
    product_top, _ = _queries(client, deep["top_product"].url)
    product_deep, response = _queries(client, deep["deep_product"].url)
    assert response.status_code == 200
    assert product_deep == product_top


def test_breadcrumbs_name_every_level(client, deep):
    response = client.get(deep["deep_product"].url)
    crumbs = response.text.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    positions = [crumbs.index(f"Level {n}") for n in range(1, 6)]
    assert positions == sorted(positions)
    assert crumbs.index("Catalog") < positions[0] < crumbs.index("Deep moss")


def test_a_missing_page_is_not_found(client, deep):
    deepest = deep["levels"][-1]
    assert client.get(deepest.url + "no-such-page/").status_code == 404
    assert client.get(deepest.url.replace("level-3", "level-9")).status_code == 404
    assert "level-3" in deepest.url


def test_a_draft_page_is_not_served(client, deep):
    product = deep["deep_product"]
    url = product.url
    assert client.get(url).status_code == 200
    product.unpublish()
    assert client.get(url).status_code == 404


def test_privacy_on_an_ancestor_guards_every_page_under_it(client, deep, django_user_model):
    guarded = deep["levels"][1]
    PageViewRestriction.objects.create(page=guarded, restriction_type=PageViewRestriction.LOGIN)
    for page in (guarded, deep["levels"][-1], deep["deep_product"]):
        response = client.get(page.url)
        assert response.status_code == 302, page.url
        assert "login" in response["Location"]
    assert client.get(deep["top_product"].url).status_code == 200
    user = django_user_model.objects.create_user(email="reader@example.com", password="x" * 12)
    client.force_login(user)
    assert client.get(deep["deep_product"].url).status_code == 200


def test_an_alias_follows_its_source_pages_privacy(client, deep):
    source = deep["levels"][-1]
    alias = source.create_alias(parent=deep["levels"][0], update_slug="mirror")
    assert client.get(alias.url).status_code == 200
    PageViewRestriction.objects.create(page=source, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(Page.objects.get(pk=alias.pk).url)
    assert response.status_code == 302
    assert "login" in response["Location"]
