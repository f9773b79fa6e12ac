"""Issue 15.2–15.3: category filters — AND across parameters, OR within one parameter's
choices, counts that reflect the other active filters, "fits my tank" range containment and
overlap, the URL round trip, the no-JS form, bad values as notices (never a 500), the
language of the page, and a constant number of queries.

The plants are seed 002's card (Lilaeopsis: submerged, medium, light 0.5–0.6 W/l,
22–26 °C, pH 5.5–7.5, 6–15 dGH, 5 cm wide) and three neighbours around it."""

import re
from decimal import Decimal

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from catalog.models import CategoryPage, ParameterDefinition, ParameterKind, ProductPage
from catalog.models.filters import FilteredListing, parse_number
from catalog.models.product_parts import ProductParameter
from catalog.tests.factories import (
    CategoryPageFactory,
    ParameterDefinitionFactory,
    StoreFactory,
    make_product,
)
from catalog.tests.test_query_budget import (  # the autouse fixture: no PostgreSQL hang
    BUDGET,
    _no_statement_may_hang,  # noqa: F401
)

pytestmark = pytest.mark.django_db

CARDS = {
    # sku: growth, difficulty, light, temperature, pH, hardness, width, price
    "LIL": ("submerged", "medium", (0.5, 0.6), (22, 26), (5.5, 7.5), (6, 15), 5, "120.00"),
    "ROT": ("emersed or submerged", "easy", (0.3, 0.5), (18, 24), (6, 8), (2, 15), 10, "65.00"),
    "HOT": ("submerged", "hard", (0.8, 1.0), (25, 30), (5, 6.5), (1, 8), 3, "300.00"),
    "WARM": ("submerged", "easy", (0.5, 0.8), (26, 28), (6.5, 7.5), (5, 12), 8, "90.00"),
}


@pytest.fixture
def plants(catalog):
    store = StoreFactory(code="kyiv")
    defs = {
        "growth": ParameterDefinitionFactory(name="Growth", kind=ParameterKind.CHOICE),
        "difficulty": ParameterDefinitionFactory(name="Difficulty", kind=ParameterKind.CHOICE),
        "light": ParameterDefinitionFactory(name="Light", unit="W/l", kind=ParameterKind.RANGE),
        "temperature": ParameterDefinitionFactory(
            name="Temperature", unit="°C", kind=ParameterKind.RANGE
        ),
        "ph": ParameterDefinitionFactory(name="pH", kind=ParameterKind.RANGE),
        "hardness": ParameterDefinitionFactory(
            name="Water hardness", unit="dGH", kind=ParameterKind.RANGE
        ),
        "width": ParameterDefinitionFactory(
            name="Adult width", unit="cm", kind=ParameterKind.NUMBER
        ),
        "other": ParameterDefinitionFactory(name="Other names", kind=ParameterKind.TEXT),
        "hidden": ParameterDefinitionFactory(
            name="Supplier", kind=ParameterKind.CHOICE, filterable=False
        ),
    }
    category = CategoryPageFactory(parent=catalog, title="Aquarium plants", slug="plants")
    stems = CategoryPageFactory(parent=category, title="Stem plants", slug="stems")
    products = {}
    for n, (sku, card) in enumerate(CARDS.items()):
        growth, difficulty, light, temp, ph, hardness, width, price = card
        product = make_product(
            category if n % 2 else stems, sku=sku, title=sku, price=price, stock={store: 5}
        )
        rows = [
            (defs["growth"], {"text_value": growth}),
            (defs["difficulty"], {"text_value": difficulty}),
            (defs["width"], {"number_value": width}),
            (defs["other"], {"text_value": "Lilaeopsis"}),
            (defs["hidden"], {"text_value": "Tropica"}),
        ]
        for key, (low, high) in (("light", light), ("temperature", temp), ("ph", ph)):
            rows.append((defs[key], {"range_min": low, "range_max": high}))
        rows.append((defs["hardness"], {"range_min": hardness[0], "range_max": hardness[1]}))
        ProductParameter.objects.bulk_create(
            ProductParameter(product=product, definition=definition, sort_order=i, **values)
            for i, (definition, values) in enumerate(rows)
        )
        products[sku] = product
    # Out of stock: never listed, never counted.
    gone = make_product(stems, sku="GONE", title="GONE", stock=0)
    ProductParameter.objects.create(product=gone, definition=defs["difficulty"], text_value="easy")
    return {"category": category, "defs": defs, "products": products}


def listing(plants, query: str) -> FilteredListing:
    base = ProductPage.objects.listed().descendant_of(plants["category"])
    return FilteredListing(base, QueryDict(query), keep={"sort": "price"})


def skus(result: FilteredListing) -> set[str]:
    return set(result.products.values_list("sku", flat=True))


def key(plants, name: str) -> str:
    return f"p{plants['defs'][name].pk}"


def counts(result: FilteredListing, definition) -> dict[str, int]:
    facet = result.facets[definition.pk]
    return {choice.value: choice.count for choice in facet.choices}


def test_facets_come_from_the_filterable_parameters_of_the_subtree(plants):
    result = listing(plants, "")
    names = {facet.name for facet in result.facets.values()}
    assert names == {
        "Growth",
        "Difficulty",
        "Light",
        "Temperature",
        "pH",
        "Water hardness",
        "Adult width",
    }  # no free text, nothing staff marked not filterable
    temperature = result.facets[plants["defs"]["temperature"].pk]
    assert (temperature.low, temperature.high) == (Decimal("18"), Decimal("30"))
    assert counts(result, plants["defs"]["difficulty"]) == {"easy": 2, "medium": 1, "hard": 1}
    assert skus(result) == set(CARDS)
    assert not result.notices and not result.active


def test_or_within_a_parameter_and_across_parameters(plants):
    d, g = key(plants, "difficulty"), key(plants, "growth")
    assert skus(listing(plants, f"{d}=easy&{d}=medium")) == {"ROT", "WARM", "LIL"}
    assert skus(listing(plants, f"{d}=easy&{d}=medium&{g}=submerged")) == {"WARM", "LIL"}
    width = key(plants, "width")
    assert skus(listing(plants, f"{d}=easy&{d}=medium&{width}_max=6")) == {"LIL"}


def test_counts_reflect_the_other_active_filters_not_their_own(plants):
    d, g = key(plants, "difficulty"), key(plants, "growth")
    result = listing(plants, f"{d}=easy&{g}=submerged")
    assert skus(result) == {"WARM"}
    # Difficulty counts ignore the difficulty choice, but apply growth = submerged.
    assert counts(result, plants["defs"]["difficulty"]) == {"easy": 1, "medium": 1, "hard": 1}
    # Growth counts apply difficulty = easy only.
    assert counts(result, plants["defs"]["growth"]) == {"submerged": 1, "emersed or submerged": 1}
    # A numeric filter narrows every choice's count.
    t = key(plants, "temperature")
    result = listing(plants, f"{t}_min=24")
    assert counts(result, plants["defs"]["difficulty"]) == {"easy": 1, "medium": 1, "hard": 0}
    # The price too.
    result = listing(plants, "price_max=100")
    assert counts(result, plants["defs"]["difficulty"]) == {"easy": 2, "medium": 0, "hard": 0}


def test_one_value_keeps_the_ranges_that_contain_it(plants):
    t = key(plants, "temperature")
    # A shopper with 24 °C water: LIL 22–26, ROT 18–24 tolerate it; HOT 25–30, WARM 26–28 not.
    for query in (f"{t}_min=24", f"{t}_max=24", f"{t}_min=24&{t}_max=24"):
        result = listing(plants, query)
        assert skus(result) == {"LIL", "ROT"}, query
        assert [a.label for a in result.active] == ["Temperature: tolerates 24 °C"]
    ph = key(plants, "ph")
    assert skus(listing(plants, f"{ph}_min=7,5")) == {"LIL", "ROT", "WARM"}
    hardness = key(plants, "hardness")
    assert skus(listing(plants, f"{hardness}_min=14")) == {"LIL", "ROT"}


def test_a_range_keeps_the_ranges_that_overlap_it(plants):
    t = key(plants, "temperature")
    result = listing(plants, f"{t}_min=27&{t}_max=29")
    assert skus(result) == {"HOT", "WARM"}  # HOT 25–30 holds it, WARM 26–28 overlaps it
    assert [a.label for a in result.active] == ["Temperature: overlaps 27–29 °C"]
    # A wide range holds whole plant ranges inside it: they overlap too.
    assert skus(listing(plants, f"{t}_min=10&{t}_max=40")) == set(CARDS)
    # Touching ends count (22–26 and 26–28 share 26).
    assert skus(listing(plants, f"{t}_min=19&{t}_max=22")) == {"LIL", "ROT"}
    light = key(plants, "light")
    assert skus(listing(plants, f"{light}_min=0,5&{light}_max=0.6")) == {"LIL", "ROT", "WARM"}


def test_numbers_and_price_are_between_bounds(plants):
    width = key(plants, "width")
    assert skus(listing(plants, f"{width}_min=5&{width}_max=8")) == {"LIL", "WARM"}
    assert skus(listing(plants, f"{width}_min=8")) == {"ROT", "WARM"}
    result = listing(plants, "price_min=90&price_max=120")
    assert skus(result) == {"LIL", "WARM"}
    assert result.active[0].label.startswith("Price: ")


def test_bad_values_drop_only_their_filter_with_a_notice(plants):
    d, t, w = key(plants, "difficulty"), key(plants, "temperature"), key(plants, "width")
    result = listing(
        plants,
        f"{d}=easy&{t}_min=abc&{w}_min=9&{w}_max=2&price_min=5&price_max=1&p99999=1&pxyz_min=1"
        f"&{d}_min=3&{t}=warm&{key(plants, 'other')}=x",
    )
    assert skus(result) == {"ROT", "WARM"}  # difficulty = easy survives
    assert result.state.numbers == {} and result.state.price_min is None
    text = " ".join(result.notices)
    assert "“abc” is not a number" in text
    assert "lower bound is above the upper one" in text  # width and price
    assert text.count("lower bound") == 2
    assert "p99999" in text and "pxyz" in text
    assert "chosen from a list" in text and "filtered by numbers" in text
    assert f"{key(plants, 'other')}" in text  # free text is not a filter
    for junk in ("NaN", "Infinity", "1e400", "--1", "0x10"):
        result = listing(plants, f"{t}_min={junk}")
        assert skus(result) == set(CARDS), junk


def test_parse_number_accepts_both_decimal_separators():
    assert parse_number("0,5") == parse_number(" 0.5 ") == Decimal("0.5")
    assert parse_number("") is None
    for bad in ("abc", "1,2,3", "nan", "inf", "1e20"):
        with pytest.raises(ValueError):
            parse_number(bad)


def test_url_round_trip_and_remove_links(plants):
    d, t = key(plants, "difficulty"), key(plants, "temperature")
    result = listing(plants, f"{d}=medium&{d}=easy&{t}_min=22,0&{t}_max=26&price_max=200&page=3")
    again = listing(plants, result.query_without()[1:])
    assert again.state == result.state
    assert skus(again) == skus(result)
    assert "page" not in result.query_without()  # a changed filter starts at page 1
    assert "sort=price" in result.query_without()  # the sort survives
    removes = {a.label: a.remove_query for a in result.active}
    assert set(removes) == {
        "Price: up to UAH\xa0200.00",
        "Temperature: overlaps 22–26 °C",
        "Difficulty: medium",
        "Difficulty: easy",
    }
    without_easy = QueryDict(removes["Difficulty: easy"][1:])
    assert without_easy.getlist(d) == ["medium"] and without_easy[f"{t}_min"] == "22"
    without_temperature = QueryDict(removes["Temperature: overlaps 22–26 °C"][1:])
    assert f"{t}_min" not in without_temperature and without_temperature.getlist(d)
    assert result.clear_query == "?sort=price"


def page(client, plants, query: str = ""):
    response = client.get(f"{plants['category'].url}{query}")
    assert response.status_code == 200
    return response.content.decode()


def tiles(html: str) -> set[str]:
    return set(re.findall(r'class="tile" data-sku="([^"]+)"', html))


def test_the_page_is_a_plain_get_form_that_works_without_js(client, plants):
    html = page(client, plants)
    form = re.search(r'<form id="catalog-filters"[^>]*>', html).group(0)
    assert 'method="get"' in form and f'action="{plants["category"].url}"' in form
    assert 'hx-get="' in form and 'hx-push-url="true"' in form
    assert 'form="catalog-filters"' in html  # the sort goes with the filters
    d = key(plants, "difficulty")
    assert f'name="{d}" value="easy"' in html
    assert "(2)" in html
    # Every input has its label.
    for input_id in re.findall(r'<input id="([^"]+)"', html):
        assert f'for="{input_id}"' in html, input_id
    # What the form sends (a GET), the page reads: no script needed.
    t = key(plants, "temperature")
    html = page(client, plants, f"?{d}=easy&{t}_min=24&sort=price")
    assert tiles(html) == {"ROT"}
    assert "tolerates 24 °C" in html
    assert f'id="f-{t}-min" name="{t}_min" type="text" inputmode="decimal" value="24"' in html
    assert re.search(rf'name="{d}" value="easy" checked', html)
    assert '<option value="price" selected>' in html


def test_zero_results_say_so_with_one_click_removal(client, plants):
    d, t = key(plants, "difficulty"), key(plants, "temperature")
    html = page(client, plants, f"?{d}=hard&{t}_min=20&{t}_max=21")
    assert tiles(html) == set()
    assert "No products match these filters." in html
    remove = re.search(r'<a href="([^"]+)">Remove the filter “Temperature: overlaps', html)
    assert remove
    html = page(client, plants, remove.group(1).replace("&amp;", "&"))
    assert tiles(html) == {"HOT"}


def test_bad_values_show_the_page_and_a_notice_never_a_500(client, plants):
    t, w = key(plants, "temperature"), key(plants, "width")
    html = page(client, plants, f"?{t}_min=warm&{w}_min=9&{w}_max=1&p424242=3&page=x")
    assert tiles(html) == set(CARDS)
    assert 'class="notice notice--warning filter-notices" role="status"' in html
    assert "“warm” is not a number" in html
    assert "There is no filter “p424242” here" in html


def test_the_panel_speaks_the_language_of_the_page(client, plants, ukrainian):
    html = page(client, plants, f"?{key(plants, 'temperature')}_min=24")
    assert "Температура" in html and "Складність" in html
    assert "Вт/л" in html
    assert "середня" in html  # the choice value "medium"


def _bulk_plants(plants, count: int) -> None:
    """``count`` more listed plants under a new subcategory, with three parameters each."""
    defs = plants["defs"]
    sub = CategoryPageFactory(parent=plants["category"], title=f"Bulk {count}")
    store = StoreFactory(code="kyiv")
    for n in range(count):
        product = make_product(sub, sku=f"B{count}-{n}", title=f"B{n}", stock={store: 1})
        ProductParameter.objects.bulk_create(
            [
                ProductParameter(product=product, definition=defs["difficulty"], text_value="easy"),
                ProductParameter(
                    product=product, definition=defs["temperature"], range_min=20, range_max=26
                ),
                ProductParameter(product=product, definition=defs["width"], number_value=n % 9),
            ]
        )


def _queries(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_three_filters_cost_a_constant_number_of_queries(
    client, plants, django_assert_max_num_queries
):
    """Filters add two aggregate queries (the facets, then every choice count at once),
    whatever the number of products."""
    d, t, w = key(plants, "difficulty"), key(plants, "temperature"), key(plants, "width")
    url = f"{plants['category'].url}?{d}=easy&{d}=medium&{t}_min=24&{w}_max=8&sort=price"
    plain = _queries(client, plants["category"].url)
    _bulk_plants(plants, 20)
    small = _queries(client, url)
    _bulk_plants(plants, 200)
    large = _queries(client, url)
    assert small == large
    assert large - plain <= 2  # the facets and every choice count: two aggregate queries
    with django_assert_max_num_queries(BUDGET):
        client.get(url)


FILTERED_BUDGET = 12  # issue 15.5: 2,000 products in the subtree, three active filters


def test_two_thousand_products_and_three_filters_cost_at_most_twelve_queries(
    client, catalog, django_assert_max_num_queries
):
    """Issue 15.5 as written: a category with 2,000 products in its subtree (the benchmark's
    generator, two levels of subcategories) and three active filters — a brand (two choices),
    a temperature the plants must tolerate and a top weight. The same page of a 20-product
    catalog costs the same, and so does a leaf category two levels further down."""
    from catalog.generator import generate_catalog

    small = generate_catalog(products=20, branches=2, leaves=2, index=False).root
    large = generate_catalog(products=2000, index=False).root
    definitions = dict(ParameterDefinition.objects.values_list("name", "pk"))
    brand, temperature = definitions["Brand"], definitions["Temperature"]
    filters = (
        f"?p{brand}=Aqua&p{brand}=Flora&p{temperature}_min=22&p{definitions['Weight']}_max=4000"
    )

    large_count = _queries(client, large.url + filters)
    response = client.get(large.url + filters)
    assert response.content.count(b'class="tile"') == 16
    shown = int(re.search(r'class="count"[^>]*>(\d+)', response.text).group(1))
    assert 16 < shown < 2000  # the filters narrowed the subtree
    assert _queries(client, small.url + filters) == large_count
    leaf = CategoryPage.objects.descendant_of(large).filter(numchild__gt=0).last()
    assert leaf.depth == large.depth + 2
    assert _queries(client, leaf.url + filters) == large_count
    with django_assert_max_num_queries(FILTERED_BUDGET):
        client.get(large.url + filters)
