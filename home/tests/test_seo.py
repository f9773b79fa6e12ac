"""Issue 14.7: robots.txt and sitemap.xml (home.seo)."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from catalog.models import CategoryPage
from catalog.tests.factories import CategoryPageFactory, StoreFactory, make_product

HOST = "http://testserver"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def robots_rules(client) -> tuple[list[str], list[str]]:
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    disallowed = [line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow")]
    sitemaps = [line.removeprefix("Sitemap: ") for line in lines if line.startswith("Sitemap")]
    return disallowed, sitemaps


@pytest.mark.django_db
class TestRobots:
    def test_ukrainian_shop(self, client, ukrainian):
        disallowed, sitemaps = robots_rules(client)
        assert disallowed == [
            "/admin/",
            "/api/",
            "/cart/",
            "/checkout/",
            "/account/",
            "/accounts/",
            "/orders/",
            "/en/cart/",
            "/en/checkout/",
            "/en/account/",
            "/en/accounts/",
            "/en/orders/",
        ]
        assert sitemaps == [f"{HOST}/sitemap.xml"]

    def test_catalog_pages_stay_open(self, client, catalog):
        disallowed, _ = robots_rules(client)
        # The test settings' default language is English: Ukrainian pages are under /uk/.
        assert {"/cart/", "/uk/cart/", "/checkout/", "/uk/orders/"} <= set(disallowed)
        for path in ("/", "/catalog/", "/uk/catalog/", "/uk/"):
            assert not any(path.startswith(rule) for rule in disallowed), path


def sitemap_entries(client) -> dict[str, dict[str, str]]:
    """``{location: {hreflang: href}}`` of every ``<url>`` in /sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("s:url", NS):
        location = url.findtext("s:loc", namespaces=NS)
        assert location not in entries, f"{location} listed twice"
        entries[location] = {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
    return entries


@pytest.fixture
def plants(catalog):
    return CategoryPageFactory(parent=catalog, title="Aquarium plants", slug="plants")


@pytest.mark.django_db
class TestSitemap:
    def test_lists_live_visible_pages_in_both_languages(self, client, plants, ukrainian):
        priced = make_product(plants, sku="S-1", slug="rotala")
        sold_out = make_product(plants, sku="S-2", slug="sold-out", stock=0)
        make_product(plants, sku="S-3", slug="no-price", price=None)
        draft = make_product(plants, sku="S-4", slug="draft")
        draft.unpublish()
        hidden = CategoryPageFactory(parent=plants, title="Draft category", slug="hidden")
        hidden.unpublish()
        assert {priced.slug, sold_out.slug} == {"rotala", "sold-out"}

        entries = sitemap_entries(client)
        paths = ["/", "/catalog/", "/catalog/plants/", "/catalog/plants/rotala/"]
        paths.append("/catalog/plants/sold-out/")  # its page is open: it says "Out of stock"
        expected = {f"{HOST}{path}" for path in paths} | {f"{HOST}/en{path}" for path in paths}
        assert set(entries) == expected
        assert entries[f"{HOST}/en/catalog/plants/rotala/"] == {
            "uk": f"{HOST}/catalog/plants/rotala/",
            "en": f"{HOST}/en/catalog/plants/rotala/",
            "x-default": f"{HOST}/catalog/plants/rotala/",
        }

    def test_a_product_leaves_when_it_loses_its_price(self, client, plants):
        product = make_product(plants, sku="S-5", slug="rotala")
        assert f"{HOST}/catalog/plants/rotala/" in sitemap_entries(client)
        product.price.amount = None
        product.price.save()
        entries = sitemap_entries(client)
        assert f"{HOST}/catalog/plants/rotala/" not in entries
        assert f"{HOST}/catalog/plants/" in entries

    def test_pages_behind_a_view_restriction_are_left_out(self, client, plants):
        make_product(plants, sku="S-6", slug="rotala")
        PageViewRestriction.objects.create(page=plants, restriction_type=PageViewRestriction.LOGIN)
        locations = set(sitemap_entries(client))
        assert f"{HOST}/catalog/" in locations
        assert not [location for location in locations if "/plants/" in location]


def _fill(catalog, count: int) -> None:
    store = StoreFactory(code="kyiv")
    for n in range(2):
        category = CategoryPageFactory(parent=catalog, title=f"Sitemap {count} {n}")
        for m in range(count // 2):
            make_product(category, sku=f"SM{count}-{n}-{m}", stock={store: 1})
        make_product(category, sku=f"SM{count}-{n}-unpriced", price=None)


@pytest.mark.django_db
def test_sitemap_queries_do_not_grow_with_products(
    client, catalog, django_assert_max_num_queries, django_assert_num_queries
):
    _fill(catalog, 4)
    client.get("/sitemap.xml")  # warm the site root paths cache, as in production
    with django_assert_max_num_queries(8) as few:
        assert len(sitemap_entries(client)) == 2 * (1 + 1 + 2 + 4)
    few_queries = len(few)  # now: the connection's query log is cut as it grows
    CategoryPage.objects.filter(title__startswith="Sitemap 4").delete()

    _fill(catalog, 200)
    client.get("/sitemap.xml")
    with django_assert_num_queries(few_queries):
        assert len(sitemap_entries(client)) == 2 * (1 + 1 + 2 + 200)
