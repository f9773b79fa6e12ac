"""Issue 15.1: product search through Wagtail's search framework."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail_factories import ImageFactory

from catalog.models import ParameterKind, Price, ProductParameter, StockRecord
from catalog.tests.factories import (
    CategoryPageFactory,
    ParameterDefinitionFactory,
    StoreFactory,
    make_product,
)

SEARCH_BUDGET = 12


def tiles(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [tile["data-sku"] for tile in soup.select("#products .tile")]


def search(client, query, **params):
    return client.get(reverse("search"), {"q": query, **params})


@pytest.fixture
def plants(catalog):
    return CategoryPageFactory(parent=catalog, title="Stem plants", slug="stem-plants")


@pytest.mark.django_db
class TestVisibility:
    def test_only_priced_live_products_are_found_out_of_stock_last_and_marked(self, client, plants):
        make_product(plants, sku="ROT-OUT", title="Rotala rotundifolia", stock=0)
        make_product(plants, sku="ROT-IN", title="Rotala indica", stock=3)
        make_product(plants, sku="ROT-NOPRICE", title="Rotala wallichii", price=None, stock=3)
        draft = make_product(plants, sku="ROT-DRAFT", title="Rotala macrandra", stock=3)
        draft.unpublish()
        response = search(client, "rotala")
        assert response.status_code == 200
        assert tiles(response) == ["ROT-IN", "ROT-OUT"]
        soup = BeautifulSoup(response.content, "html.parser")
        out = soup.select_one('.tile[data-sku="ROT-OUT"]')
        assert "Out of stock" in out.text
        assert out.select_one(".bag") is None
        assert soup.select_one('.tile[data-sku="ROT-IN"] .bag') is not None

    def test_a_sort_sees_every_match_not_only_the_best_ranked(self, client, plants, monkeypatch):
        """Relevance pages through the backend's best matches only (``MAX_RESULTS``); sorted
        by price, the cheapest of all matches comes first even beyond that cut."""
        monkeypatch.setattr("catalog.search.MAX_RESULTS", 2)
        for n, price in enumerate(["40.00", "30.00", "20.00", "10.00"]):
            make_product(plants, sku=f"HYG-{n}", title=f"Hygrophila {n}", price=price, stock=1)
        assert len(tiles(search(client, "hygrophila"))) == 2
        assert tiles(search(client, "hygrophila", sort="price")) == [
            "HYG-3",
            "HYG-2",
            "HYG-1",
            "HYG-0",
        ]

    def test_out_of_stock_stays_last_under_any_sort(self, client, plants):
        make_product(plants, sku="A-CHEAP-OUT", title="Ludwigia a", price="10.00", stock=0)
        make_product(plants, sku="A-DEAR-IN", title="Ludwigia b", price="90.00", stock=1)
        make_product(plants, sku="A-MID-IN", title="Ludwigia c", price="50.00", stock=1)
        assert tiles(search(client, "ludwigia", sort="price")) == [
            "A-MID-IN",
            "A-DEAR-IN",
            "A-CHEAP-OUT",
        ]
        assert tiles(search(client, "ludwigia", sort="-price")) == [
            "A-DEAR-IN",
            "A-MID-IN",
            "A-CHEAP-OUT",
        ]

    def test_results_are_paginated_by_16(self, client, plants):
        for n in range(20):
            make_product(plants, sku=f"HYG-{n:02d}", title=f"Hygrophila {n}", stock=1)
        first, second = search(client, "hygrophila"), search(client, "hygrophila", page=2)
        assert (len(tiles(first)), len(tiles(second))) == (16, 4)
        assert not set(tiles(first)) & set(tiles(second))
        assert "20 products" in first.text


@pytest.mark.django_db
class TestMatching:
    def test_exact_sku_opens_the_product(self, client, plants):
        product = make_product(plants, sku="PL-0042", title="Bacopa")
        response = search(client, " pl-0042 ")
        assert response.status_code == 302
        assert response["Location"] == product.url

    def test_sku_of_a_product_without_price_does_not_open_it(self, client, plants):
        make_product(plants, sku="PL-0043", title="Bacopa", price=None)
        response = search(client, "PL-0043")
        assert response.status_code == 200
        assert tiles(response) == []

    def test_parameter_value_is_found(self, client, plants):
        other_names = ParameterDefinitionFactory(name="Other names", kind=ParameterKind.TEXT)
        brand = ParameterDefinitionFactory(name="Brand", kind=ParameterKind.CHOICE)
        grass = make_product(plants, sku="GRASS", title="Micro sword")
        phone = make_product(plants, sku="PHONE", title="Phone X")
        ProductParameter.objects.create(
            product=grass, definition=other_names, text_value="Lilaeopsis"
        )
        ProductParameter.objects.create(product=phone, definition=brand, text_value="Samsung")
        assert tiles(search(client, "lilaeopsis")) == ["GRASS"]
        assert tiles(search(client, "samsung")) == ["PHONE"]

    def test_description_and_category_name_are_found(self, client, catalog, plants):
        mosses = CategoryPageFactory(parent=catalog, title="Mosses", slug="mosses")
        make_product(mosses, sku="MOSS", title="Java", description="<p>Grows on driftwood</p>")
        make_product(plants, sku="STEM", title="Java fern")
        assert tiles(search(client, "driftwood")) == ["MOSS"]
        assert tiles(search(client, "mosses")) == ["MOSS"]

    def test_category_name_is_found_in_ukrainian_and_english(self, client, catalog, ukrainian):
        mosses = CategoryPageFactory(parent=catalog, title="Mosses", slug="mosses")
        make_product(mosses, sku="MOSS", title="Fissidens")
        assert tiles(client.get("/search/", {"q": "Мохи"})) == ["MOSS"]
        assert tiles(client.get("/en/search/", {"q": "mosses"})) == ["MOSS"]

    def test_ukrainian_title_is_found_by_a_word_and_a_prefix(self, client, plants):
        make_product(plants, sku="UA-1", title="Людвігія болотна")
        assert tiles(search(client, "людвігія")) == ["UA-1"]
        assert tiles(search(client, "Людвіг")) == ["UA-1"]


@pytest.mark.django_db
class TestHelpfulPages:
    def test_empty_query_explains_and_links_categories(self, client, plants):
        response = search(client, "   ")
        assert response.status_code == 200
        assert "Type a product name" in response.text
        assert plants.url in response.text

    def test_no_result_says_so(self, client, plants):
        make_product(plants, sku="X1", title="Rotala")
        response = search(client, "qwertyzxcv")
        assert response.status_code == 200
        assert "No products match" in response.text
        assert tiles(response) == []

    def test_odd_input_is_no_error(self, client, plants):
        make_product(plants, sku="X1", title="Rotala")
        for query in ['"', "AND OR NOT", "*", "()", "a" * 500, "rotala -", "NEAR(x)"]:
            assert search(client, query).status_code == 200, query


@pytest.mark.django_db
def test_one_typo_falls_back_to_the_close_title(client, plants):
    make_product(plants, sku="LIL", title="Lilaeopsis brasiliensis")
    response = search(client, "lileopsis")
    assert response.status_code == 200
    assert "Did you mean" in response.text
    assert tiles(response) == ["LIL"]


@pytest.mark.postgres
@pytest.mark.django_db
def test_one_typo_on_postgresql_uses_trigram_similarity(client, plants):
    from catalog.search import _trigram_suggestion

    make_product(plants, sku="LIL", title="Lilaeopsis brasiliensis")
    make_product(plants, sku="ROT", title="Rotala indica")
    assert connection.vendor == "postgresql"
    assert _trigram_suggestion("lileopsis") == "Lilaeopsis brasiliensis"
    response = search(client, "lileopsis")
    assert "Did you mean" in response.text
    assert tiles(response) == ["LIL"]


@pytest.mark.django_db
class TestFreshness:
    def test_price_change_shows_and_hides_a_product(self, client, plants):
        product = make_product(plants, sku="P1", title="Cryptocoryne", price=None)
        assert tiles(search(client, "cryptocoryne")) == []
        Price.objects.filter(product=product).update(amount="55.00")
        assert tiles(search(client, "cryptocoryne")) == ["P1"]
        Price.objects.filter(product=product).update(amount=None)
        assert tiles(search(client, "cryptocoryne")) == []

    def test_stock_change_moves_a_product_to_the_end(self, client, plants):
        first = make_product(plants, sku="S1", title="Anubias one", stock=2)
        make_product(plants, sku="S2", title="Anubias two", stock=2)
        StockRecord.objects.filter(product=first).update(quantity=0)
        assert tiles(search(client, "anubias"))[-1] == "S1"

    def test_published_title_change_is_found_at_once(self, client, plants):
        product = make_product(plants, sku="T1", title="Old name")
        product.title = "Eleocharis"
        product.save_revision().publish()
        assert tiles(search(client, "eleocharis")) == ["T1"]
        assert tiles(search(client, "old")) == []

    def test_published_parameter_change_is_found_at_once(self, client, plants):
        brand = ParameterDefinitionFactory(name="Brand", kind=ParameterKind.CHOICE)
        product = make_product(plants, sku="B1", title="Charger")
        product.parameters.add(ProductParameter(definition=brand, text_value="Anker"))
        product.save_revision().publish()
        assert tiles(search(client, "anker")) == ["B1"]

    def test_renamed_category_finds_its_products(self, client, catalog):
        category = CategoryPageFactory(parent=catalog, title="Carpets", slug="carpets")
        make_product(category, sku="C1", title="Monte Carlo")
        category.title = "Foreground"
        category.save_revision().publish()
        assert tiles(search(client, "foreground")) == ["C1"]


@pytest.mark.django_db
def test_suggestions_list_products_and_categories(client, catalog, plants):
    make_product(plants, sku="R1", title="Rotala indica")
    make_product(plants, sku="R2", title="Rotala hidden", price=None)
    response = client.get(reverse("search_suggest"), {"q": "rot"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert [a.text for a in soup.select('[role="option"]')] == ["Rotala indica"]
    response = client.get(reverse("search_suggest"), {"q": "stem"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('.suggestion-category[role="option"]')["href"] == plants.url
    assert client.get(reverse("search_suggest"), {"q": "zzzz"}).content.strip() == b""


@pytest.mark.django_db
def test_header_has_the_search_box_on_every_page(client, plants):
    product = make_product(plants, sku="H1", title="Rotala")
    for url in ("/en/", plants.url, product.url, reverse("search")):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        box = soup.select_one('form[role="search"] input[name="q"]')
        assert box is not None, url
        assert box["hx-get"] == reverse("search_suggest")


@pytest.mark.django_db
def test_results_cost_a_fixed_number_of_queries(client, plants, django_assert_max_num_queries):
    image = ImageFactory()
    store = StoreFactory(code="kyiv")
    for n in range(60):
        make_product(
            plants,
            sku=f"M-{n:03d}",
            title=f"Myriophyllum {n}",
            stock={store: n % 3},
            photos=[image],
        )
    search(client, "myriophyllum")  # the first render creates the tile renditions
    with CaptureQueriesContext(connection) as few:
        search(client, "myriophyllum", page=2)
    with django_assert_max_num_queries(SEARCH_BUDGET):
        response = search(client, "myriophyllum", sort="price", page=3)
    assert len(tiles(response)) == 16
    assert len(few.captured_queries) <= SEARCH_BUDGET
