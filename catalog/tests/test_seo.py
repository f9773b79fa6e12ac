"""Issue 14.7 on catalog pages: canonical and hreflang links, the meta description, Open
Graph, JSON-LD Product + Offer on product pages and BreadcrumbList on every catalog page."""

import json
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail_factories import ImageFactory

from catalog.tests.factories import CategoryPageFactory, make_product
from commerce.customers.models import Customer

HOST = "http://testserver"


@pytest.fixture
def plants(catalog):
    return CategoryPageFactory(
        parent=catalog, title="Aquarium plants", slug="plants", intro="<p>Green <b>things</b>.</p>"
    )


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def meta(soup, prop: str) -> str | None:
    tag = soup.find("meta", attrs={"property": prop}) or soup.find("meta", attrs={"name": prop})
    return tag["content"] if tag else None


def canonical(soup) -> str:
    (link,) = soup.find_all("link", rel="canonical")
    return link["href"]


def hreflangs(soup) -> dict[str, str]:
    return {
        link["hreflang"]: link["href"]
        for link in soup.find_all("link", rel="alternate")
        if link.get("hreflang")
    }


def json_ld(soup, type_name: str) -> dict:
    """The one JSON-LD object of ``@type`` ``type_name`` on the page."""
    found = [
        json.loads(script.string) for script in soup.find_all("script", type="application/ld+json")
    ]
    matching = [data for data in found if data.get("@type") == type_name]
    assert len(matching) == 1, found
    return matching[0]


@pytest.mark.django_db
class TestCanonical:
    def test_sorted_and_paged_category_canonicalises_to_the_category(self, client, plants):
        for n in range(3):
            make_product(plants, sku=f"C-{n}")
        soup = soup_of(client.get(f"{plants.url}?sort=price&page=2"))
        assert canonical(soup) == f"{HOST}/catalog/plants/"
        assert meta(soup, "og:url") == f"{HOST}/catalog/plants/"

    def test_every_language_is_an_alternate_and_the_default_is_x_default(self, client, plants):
        soup = soup_of(client.get(f"{plants.url}?sort=name"))
        # The test settings' default language is English (unprefixed), Ukrainian is /uk/.
        assert hreflangs(soup) == {
            "en": f"{HOST}/catalog/plants/",
            "uk": f"{HOST}/uk/catalog/plants/",
            "x-default": f"{HOST}/catalog/plants/",
        }

    def test_on_the_ukrainian_shop_english_is_under_en(self, client, plants, ukrainian):
        soup = soup_of(client.get("/catalog/plants/"))
        assert canonical(soup) == f"{HOST}/catalog/plants/"
        assert hreflangs(soup) == {
            "uk": f"{HOST}/catalog/plants/",
            "en": f"{HOST}/en/catalog/plants/",
            "x-default": f"{HOST}/catalog/plants/",
        }
        assert meta(soup, "og:locale") == "uk_UA"
        assert meta(soup, "og:locale:alternate") == "en_GB"
        english = soup_of(client.get("/en/catalog/plants/?page=3"))
        assert canonical(english) == f"{HOST}/en/catalog/plants/"
        assert meta(english, "og:locale") == "en_GB"


@pytest.mark.django_db
class TestDescriptionAndOpenGraph:
    def test_promote_tab_title_and_description_are_used(self, client, plants):
        plants.seo_title = "Live aquarium plants from our greenhouse"
        plants.search_description = "Stem plants, mosses and carpets, grown in Kyiv."
        plants.save_revision().publish()
        soup = soup_of(client.get(plants.url))
        assert soup.title.string.startswith("Live aquarium plants from our greenhouse")
        assert meta(soup, "description") == "Stem plants, mosses and carpets, grown in Kyiv."
        assert meta(soup, "og:description") == "Stem plants, mosses and carpets, grown in Kyiv."
        assert meta(soup, "og:title") == "Live aquarium plants from our greenhouse"
        assert meta(soup, "og:type") == "website"
        assert meta(soup, "og:image") is None

    def test_without_a_search_description_the_intro_text_describes_the_page(self, client, plants):
        soup = soup_of(client.get(plants.url))
        assert meta(soup, "description") == "Green things."
        assert meta(soup, "og:title") == "Aquarium plants"

    def test_product_image_is_an_absolute_rendition_url(self, client, plants):
        image = ImageFactory()
        product = make_product(plants, sku="OG-1", title="Rotala", photos=[image])
        soup = soup_of(client.get(product.url))
        url = meta(soup, "og:image")
        rendition = image.get_rendition("max-800x800")
        assert url == f"{HOST}{rendition.url}"
        assert url != f"{HOST}{image.file.url}"  # never the uploaded original
        assert meta(soup, "og:image:width") == str(rendition.width)
        assert meta(soup, "og:type") == "product"
        assert meta(soup, "og:url") == f"{HOST}/catalog/plants/{product.slug}/"

    def test_product_without_photos_has_no_image(self, client, plants):
        product = make_product(plants, sku="OG-2")
        soup = soup_of(client.get(product.url))
        assert meta(soup, "og:image") is None
        assert "image" not in json_ld(soup, "Product")


@pytest.mark.django_db
class TestProductJsonLd:
    def test_product_and_offer(self, client, plants):
        image = ImageFactory()
        product = make_product(
            plants,
            sku="LD-1",
            title="Rotala rotundifolia",
            price="65.5",
            stock=3,
            photos=[image],
            description="<p>A <i>fast</i> stem plant.</p>",
        )
        data = json_ld(soup_of(client.get(product.url)), "Product")
        url = f"{HOST}/catalog/plants/{product.slug}/"
        assert data["@context"] == "https://schema.org"
        assert data["name"] == "Rotala rotundifolia"
        assert data["sku"] == "LD-1"
        assert data["url"] == url
        assert data["description"] == "A fast stem plant."
        assert data["image"] == [f"{HOST}{image.get_rendition('max-800x800').url}"]
        assert data["offers"] == {
            "@type": "Offer",
            "url": url,
            "price": "65.50",
            "priceCurrency": "UAH",
            "availability": "https://schema.org/InStock",
        }

    def test_out_of_stock(self, client, plants):
        product = make_product(plants, sku="LD-2", stock=0)
        offer = json_ld(soup_of(client.get(product.url)), "Product")["offers"]
        assert offer["availability"] == "https://schema.org/OutOfStock"
        assert offer["price"] == "100.00"

    def test_the_offer_is_the_guest_price_even_for_a_loyal_customer(
        self, plants, django_user_model
    ):
        product = make_product(plants, sku="LD-3", price="200.00", stock=2)
        user = django_user_model.objects.create_user(email="olena@example.com", password="x")
        Customer.objects.create(user=user, phone="+380671234567", loyalty_percent=Decimal("10"))
        customer = Client()
        customer.force_login(user)
        response = customer.get(product.url)
        assert "180.00" in response.text  # what she is shown
        offer = json_ld(soup_of(response), "Product")["offers"]
        assert offer["price"] == "200.00"

    def test_a_title_cannot_break_out_of_the_script(self, client, plants):
        title = 'Evil </script><script>alert("x")</script> & <!-- plant'
        product = make_product(plants, sku="XSS-1", title=title, slug="evil")
        response = client.get(product.url)
        assert "</script><script>alert" not in response.text
        assert "<!-- plant" not in response.text
        soup = soup_of(response)
        scripts_with_alert = [s for s in soup.find_all("script") if "alert" in (s.string or "")]
        assert [s["type"] for s in scripts_with_alert] == ["application/ld+json"] * 2
        assert json_ld(soup, "Product")["name"] == title


@pytest.mark.django_db
class TestBreadcrumbList:
    def test_product_page_trail(self, client, plants):
        stem = CategoryPageFactory(parent=plants, title="Stem plants", slug="stem")
        product = make_product(stem, sku="BC-1", title="Rotala", slug="rotala")
        soup = soup_of(client.get(product.url))
        data = json_ld(soup, "BreadcrumbList")
        assert data["@context"] == "https://schema.org"
        assert [
            (item["@type"], item["position"], item["name"], item["item"])
            for item in data["itemListElement"]
        ] == [
            ("ListItem", 1, plants.get_parent().get_parent().title, f"{HOST}/"),
            ("ListItem", 2, "Catalog", f"{HOST}/catalog/"),
            ("ListItem", 3, "Aquarium plants", f"{HOST}/catalog/plants/"),
            ("ListItem", 4, "Stem plants", f"{HOST}/catalog/plants/stem/"),
            ("ListItem", 5, "Rotala", f"{HOST}/catalog/plants/stem/rotala/"),
        ]
        # The visible trail is the same list: links to every ancestor, the page itself last.
        crumbs = soup.select("nav.breadcrumbs li")
        assert [li.get_text(strip=True) for li in crumbs] == [
            item["name"] for item in data["itemListElement"]
        ]
        assert [a["href"] for a in soup.select("nav.breadcrumbs a")] == [
            "/",
            "/catalog/",
            "/catalog/plants/",
            "/catalog/plants/stem/",
        ]
        assert crumbs[-1]["aria-current"] == "page"

    def test_catalog_and_category_pages_have_one(self, client, catalog, plants):
        for page, length in ((catalog, 2), (plants, 3)):
            data = json_ld(soup_of(client.get(page.url)), "BreadcrumbList")
            items = data["itemListElement"]
            assert [item["position"] for item in items] == list(range(1, length + 1))
            assert items[-1]["item"] == f"{HOST}{page.url}"

    def test_in_english_on_the_ukrainian_shop_the_urls_carry_the_prefix(
        self, client, plants, ukrainian
    ):
        data = json_ld(soup_of(client.get("/en/catalog/plants/")), "BreadcrumbList")
        assert [item["item"] for item in data["itemListElement"]] == [
            f"{HOST}/en/",
            f"{HOST}/en/catalog/",
            f"{HOST}/en/catalog/plants/",
        ]
