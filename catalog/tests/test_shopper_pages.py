"""SPEC §1 / issue 2.5: what shoppers see on category and product pages."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from catalog.models import ProductPage
from catalog.tests.factories import CategoryPageFactory, StoreFactory, make_product


def tiles(response) -> list[str]:
    """SKUs of the product tiles in the category grid, in page order."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [tile["data-sku"] for tile in soup.select("#products .tile")]


@pytest.fixture
def plants(catalog):
    return CategoryPageFactory(parent=catalog, title="Aquarium plants", slug="plants")


@pytest.mark.django_db
class TestVisibility:
    def test_priced_product_in_stock_is_listed_and_shown(self, client, plants):
        product = make_product(plants, sku="OK-1", title="Rotala", price="65.00", stock=3)
        assert tiles(client.get(plants.url)) == ["OK-1"]
        page = client.get(product.url)
        assert page.status_code == 200
        assert "In stock" in page.text
        assert "65.00" in page.text

    def test_product_without_price_is_never_shown(self, client, plants):
        product = make_product(plants, sku="NOPRICE", price=None, stock=10)
        assert tiles(client.get(plants.url)) == []
        assert client.get(product.url).status_code == 404

    def test_editors_can_preview_a_product_before_it_has_a_price(self, plants):
        product = make_product(plants, sku="NEW", price=None, stock=None)
        response = product.make_preview_request()
        assert response.status_code == 200
        assert b"Out of stock" in response.content

    def test_editors_can_preview_a_new_product_before_its_first_save(self, plants):
        """Wagtail's live preview renders the editor's form before anything is stored: the
        page shows the title, the parameters typed so far, no price and no reviews."""
        from catalog.models import ProductPage
        from catalog.models.product_parts import ProductParameter
        from catalog.tests.factories import ParameterDefinitionFactory

        page = ProductPage(title="New fern", sku="NEW-FERN", sale_unit="1 pc")
        page.path, page.depth = plants.path + "ZZZZ", plants.depth + 1
        page.set_url_path(plants)
        height = ParameterDefinitionFactory(name="Height", unit="cm", kind="number")
        page.parameters = [ProductParameter(definition=height, number_value=Decimal("12"))]
        response = page.make_preview_request()
        assert response.status_code == 200
        assert b"New fern" in response.content
        assert b"Height" in response.content
        assert b"Out of stock" in response.content

    def test_out_of_stock_product_is_not_listed_but_its_page_says_so(self, client, plants):
        kyiv, lviv = StoreFactory(code="kyiv"), StoreFactory(code="lviv")
        product = make_product(plants, sku="ZERO", stock={kyiv: 0, lviv: 0})
        assert tiles(client.get(plants.url)) == []
        page = client.get(product.url)
        assert page.status_code == 200
        assert "Out of stock" in page.text and "In stock" not in page.text

    def test_stock_in_any_store_counts(self, client, plants):
        kyiv, lviv = StoreFactory(code="kyiv"), StoreFactory(code="lviv")
        make_product(plants, sku="LVIV-ONLY", stock={kyiv: 0, lviv: 2})
        assert tiles(client.get(plants.url)) == ["LVIV-ONLY"]

    def test_stock_in_an_inactive_store_does_not_list_a_product(self, client, plants):
        """Issue 12.10: an inactive store sells nothing, so its pieces must not show a tile
        (category or home page) whose page says "Out of stock" and whose bag fails."""
        closed = StoreFactory(code="closed", is_active=False)
        product = make_product(plants, sku="CLOSED-ONLY", stock={closed: 7})
        assert tiles(client.get(plants.url)) == []
        home = BeautifulSoup(client.get("/").content, "html.parser")
        assert [tile["data-sku"] for tile in home.select(".tile")] == []
        page = client.get(product.url)
        assert page.status_code == 200
        assert "Out of stock" in page.text and "In stock" not in page.text

    def test_a_store_closing_takes_its_pieces_off_the_tiles(self, client, plants):
        """Issue 12.10: when a store is deactivated, products stocked only there leave the
        listing, and the bag of a product stocked elsewhere too takes from an active store,
        even when the closed one holds more pieces."""
        kyiv, lviv = StoreFactory(code="kyiv"), StoreFactory(code="lviv")
        make_product(plants, sku="BOTH", stock={kyiv: 1, lviv: 9})
        make_product(plants, sku="LVIV-ONLY", stock={lviv: 2})
        assert sorted(tiles(client.get(plants.url))) == ["BOTH", "LVIV-ONLY"]
        lviv.is_active = False
        lviv.save()
        assert tiles(client.get(plants.url)) == ["BOTH"]
        tile = ProductPage.objects.listed().with_tile_data().get(sku="BOTH")
        assert tile.default_store_id == kyiv.pk

    def test_unpublished_product_is_not_listed(self, client, plants):
        product = make_product(plants, sku="DRAFT")
        product.unpublish()
        assert tiles(client.get(plants.url)) == []
        assert client.get(product.url).status_code == 404

    def test_stock_quantity_is_never_shown(self, client, plants):
        product = make_product(plants, sku="Q", stock=4321)
        assert "4321" not in client.get(product.url).text
        assert "4321" not in client.get(plants.url).text


@pytest.mark.django_db
class TestSubtreeListing:
    def test_category_lists_products_of_its_whole_subtree(self, client, catalog, plants):
        stem = CategoryPageFactory(parent=plants, title="Stem plants")
        rare = CategoryPageFactory(parent=stem, title="Rare stems")
        other = CategoryPageFactory(parent=catalog, title="Electronics")
        make_product(plants, sku="TOP")
        make_product(stem, sku="MID")
        make_product(rare, sku="DEEP")
        make_product(other, sku="PHONE")
        assert sorted(tiles(client.get(plants.url))) == ["DEEP", "MID", "TOP"]
        assert sorted(tiles(client.get(stem.url))) == ["DEEP", "MID"]
        assert tiles(client.get(other.url)) == ["PHONE"]

    def test_subcategory_links_are_shown(self, client, plants):
        CategoryPageFactory(parent=plants, title="Mosses", slug="mosses")
        soup = BeautifulSoup(client.get(plants.url).content, "html.parser")
        links = [a.text for a in soup.select(".subcategories a")]
        assert links == ["Mosses"]

    def test_header_navigation_lists_top_categories(self, client, catalog, plants):
        CategoryPageFactory(parent=catalog, title="Electronics")
        soup = BeautifulSoup(client.get("/").content, "html.parser")
        assert [a.text for a in soup.select(".catalog-nav a")] == ["Aquarium plants", "Electronics"]


@pytest.mark.django_db
class TestPaginationAndSorting:
    @pytest.fixture
    def twenty(self, plants):
        now = timezone.now()
        products = []
        for n in range(20):
            product = make_product(
                plants,
                sku=f"P{n:02d}",
                title=f"Plant {chr(65 + (n * 7) % 20)}",
                price=Decimal("10.00") + (n * 13) % 20,
            )
            product.first_published_at = now - timezone.timedelta(days=n)
            product.save(update_fields=["first_published_at"])
            products.append(product)
        return products

    def test_sixteen_per_page_then_the_rest(self, client, plants, twenty):
        first = tiles(client.get(plants.url))
        second = tiles(client.get(plants.url, {"page": 2}))
        assert len(first) == 16 and len(second) == 4
        assert set(first) | set(second) == {p.sku for p in twenty}

    def test_bad_page_numbers_fall_back(self, client, plants, twenty):
        assert len(tiles(client.get(plants.url, {"page": "abc"}))) == 16
        assert len(tiles(client.get(plants.url, {"page": 99}))) == 4

    def test_default_is_newest_first(self, client, plants, twenty):
        assert tiles(client.get(plants.url))[:3] == ["P00", "P01", "P02"]

    def test_sort_by_price_up_and_down(self, client, plants, twenty):
        by_price = sorted(twenty, key=lambda p: (p.price.amount, p.pk))
        ascending = tiles(client.get(plants.url, {"sort": "price"}))
        descending = tiles(client.get(plants.url, {"sort": "-price"}))
        assert ascending == [p.sku for p in by_price][:16]
        assert descending == [p.sku for p in reversed(by_price)][:16]

    def test_sort_by_name(self, client, plants, twenty):
        by_name = sorted(twenty, key=lambda p: p.title)
        assert tiles(client.get(plants.url, {"sort": "name"})) == [p.sku for p in by_name][:16]

    def test_sort_is_kept_across_pages(self, client, plants, twenty):
        page = client.get(plants.url, {"sort": "name"})
        soup = BeautifulSoup(page.content, "html.parser")
        assert soup.select_one(".pagination a[rel=next]")["href"] == "?sort=name&page=2"

    def test_unknown_sort_falls_back_to_newest(self, client, plants, twenty):
        assert tiles(client.get(plants.url, {"sort": "DROP TABLE"}))[:2] == ["P00", "P01"]


@pytest.mark.django_db
class TestProductPage:
    def test_shows_sku_unit_parameters_and_gallery(self, client, plants):
        from wagtail_factories import ImageFactory

        from catalog.models import ParameterKind, ProductParameter
        from catalog.tests.factories import ParameterDefinitionFactory

        temperature = ParameterDefinitionFactory(
            name="Temperature", unit="°C", kind=ParameterKind.RANGE
        )
        width = ParameterDefinitionFactory(name="Adult width", unit="cm", kind=ParameterKind.NUMBER)
        images = [ImageFactory(title=f"photo {n}") for n in range(3)]
        product = make_product(
            plants, sku="PL-9", title="Lilaeopsis", sale_unit="1 pot", price="120.50", photos=images
        )
        ProductParameter.objects.create(
            product=product,
            definition=temperature,
            sort_order=0,
            range_min=Decimal("22"),
            range_max=Decimal("26"),
        )
        ProductParameter.objects.create(
            product=product, definition=width, sort_order=1, number_value=Decimal("5")
        )
        soup = BeautifulSoup(client.get(product.url).content, "html.parser")
        assert soup.select_one(".sku span").text == "PL-9"
        assert soup.select_one(".sale-unit").text.strip() == "/ 1 pot"
        assert "120.50" in soup.select_one(".product-price").text
        rows = [(r.th.text, r.td.text) for r in soup.select(".parameters tr")]
        assert rows == [("Temperature", "22–26 °C"), ("Adult width", "5 cm")]
        assert len(soup.select(".gallery-thumbs img")) == 3
        assert ".max-800x800." in soup.select_one("#gallery-main")["src"]

    def test_user_text_is_escaped(self, client, plants):
        product = make_product(plants, sku="XSS", title="<script>alert(1)</script>")
        body = client.get(product.url).text
        assert "<script>alert(1)</script>" not in body
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


@pytest.mark.django_db
class TestHomePage:
    def test_lists_sections_and_only_listed_new_arrivals(self, client, catalog, plants):
        CategoryPageFactory(parent=catalog, title="Electronics")
        make_product(plants, sku="SHOWN")
        make_product(plants, sku="NOPRICE", price=None)
        make_product(plants, sku="NOSTOCK", stock=0)
        soup = BeautifulSoup(client.get("/").content, "html.parser")
        assert [a.text for a in soup.select(".section-cards a")] == [
            "Aquarium plants",
            "Electronics",
        ]
        assert [t["data-sku"] for t in soup.select(".tile")] == ["SHOWN"]

    def test_empty_shop_home_page_still_renders(self, client, home):
        response = client.get("/")
        assert response.status_code == 200
        assert "New products are on their way." in response.text
