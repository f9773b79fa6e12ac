"""Issue 15 (Show) in Debian's Chromium: a shopper searches from the header, opens the plant
category from the suggestions, filters it by temperature ("fits my tank": 24 °C) and light,
sorts by popular and puts the top result into the cart. On the way: the listing updates in
place (htmx) and the address follows, the back button returns the previous state, a choice's
count follows the other filters, an empty result offers to remove the filter. The page fits
every width and passes axe-core (the responsive test's Survey). It lives here, beside that
survey: catalog tests may not reach commerce through config.tests (the import contracts)."""

import pytest
from playwright.sync_api import expect

from catalog.models import ParameterKind, ProductPopularity
from catalog.models.product_parts import ProductParameter
from catalog.tests.browser import chromium_page
from catalog.tests.factories import (
    CategoryPageFactory,
    ParameterDefinitionFactory,
    StoreFactory,
    make_product,
)
from config.tests.test_responsive_browser import DESKTOP, HEIGHT, Survey

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# sku: difficulty, light (W/l), temperature (°C), pieces sold in 90 days — seed 002's
# Lilaeopsis first (and so the oldest: "newest" lists it last).
CARDS = {
    "LIL": ("medium", (0.5, 0.6), (22, 26), 9),
    "ROT": ("easy", (0.3, 0.5), (18, 24), 4),
    "HOT": ("hard", (0.8, 1.0), (25, 30), 30),
    "WARM": ("easy", (0.5, 0.8), (26, 28), 0),
}


@pytest.fixture
def plants(catalog):
    kyiv = StoreFactory(code="kyiv", name="Kyiv warehouse")
    difficulty = ParameterDefinitionFactory(name="Difficulty", kind=ParameterKind.CHOICE)
    light = ParameterDefinitionFactory(name="Light", unit="W/l", kind=ParameterKind.RANGE)
    temperature = ParameterDefinitionFactory(
        name="Temperature", unit="°C", kind=ParameterKind.RANGE
    )
    category = CategoryPageFactory(parent=catalog, title="Aquarium plants", slug="plants")
    for sku, (level, (l_low, l_high), (t_low, t_high), sold) in CARDS.items():
        product = make_product(category, sku=sku, title=f"Plant {sku}", stock={kyiv: 10})
        # The counter the order services keep (commerce/orders/tests/test_popularity.py).
        ProductPopularity.objects.create(product=product, units=sold)
        ProductParameter.objects.bulk_create(
            [
                ProductParameter(product=product, definition=difficulty, text_value=level),
                ProductParameter(
                    product=product, definition=light, range_min=l_low, range_max=l_high
                ),
                ProductParameter(
                    product=product, definition=temperature, range_min=t_low, range_max=t_high
                ),
            ]
        )
    return {"url": category.url, "light": light.pk, "temperature": temperature.pk}


def test_a_shopper_searches_filters_sorts_and_buys(live_server, plants):
    t, light = plants["temperature"], plants["light"]
    with chromium_page(width=DESKTOP, height=HEIGHT) as page:
        survey = Survey(page)
        tiles = page.locator("#products .tile")
        # Search from the header: the results page, then the category from the suggestions.
        page.goto(live_server.url + "/")
        box = page.locator("#site-search-q")
        box.fill("plant")
        box.press("Enter")
        page.wait_for_url("**/search/?q=plant*")
        expect(tiles).to_have_count(4)
        box = page.locator("#site-search-q")
        box.fill("")
        box.press_sequentially("aquarium pl", delay=30)
        page.locator(".suggestion-category", has_text="Aquarium plants").click()
        page.wait_for_url("**" + plants["url"])
        expect(tiles).to_have_count(4)
        expect(page.locator(".filters-panel")).to_have_attribute("open", "")
        survey("filters-none")

        # A shopper with 24 °C water: plants that tolerate it.
        page.locator(f"#f-p{t}-min").fill("24")
        page.get_by_role("button", name="Apply filters").click()
        expect(page.locator(".active-filter > span").first).to_have_text(
            "Temperature: tolerates 24 °C"
        )
        expect(tiles).to_have_count(2)
        assert f"p{t}_min=24" in page.url

        # Light 0,5–0,6 W/l (comma or point): ranges that overlap it.
        page.locator(f"#f-p{light}-min").fill("0,5")
        page.locator(f"#f-p{light}-max").fill("0.6")
        page.locator(f"#f-p{light}-max").press("Enter")
        expect(page.locator(".active-filter", has_text="Light")).to_contain_text(
            "overlaps 0.5–0.6 W/l"
        )
        expect(tiles).to_have_count(2)  # LIL 0.5–0.6, ROT 0.3–0.5 touches 0.5
        # The counts follow the other filters: "hard" (HOT, 25–30 °C) has none left.
        expect(page.locator(".filter-choice", has_text="hard")).to_contain_text("(0)")
        # In place: one page, its address updated.
        assert f"p{light}_max=0.6" in page.url
        survey("filters-active")

        # A choice narrows it to the seed's Lilaeopsis; then back, and forward again.
        page.locator(".filter-choice", has_text="medium").locator("input").check()
        expect(tiles).to_have_count(1)
        expect(tiles.first).to_have_attribute("data-sku", "LIL")
        page.go_back()
        expect(tiles).to_have_count(2)
        page.go_forward()
        expect(tiles).to_have_count(1)

        # Nothing left: it says so, and one click removes the filter that emptied it.
        page.goto(live_server.url + plants["url"] + f"?p{t}_min=35")
        expect(page.locator(".empty-state")).to_contain_text("No products match these filters.")
        page.locator(".empty-remove a").first.click()
        expect(tiles).to_have_count(4)

        # The two plants for 24 °C and 0.5–0.6 W/l, newest first, then the most sold first.
        page.goto(
            live_server.url + plants["url"] + f"?p{t}_min=24&p{light}_min=0.5&p{light}_max=0.6"
        )
        expect(tiles).to_have_count(2)
        expect(tiles.first).to_have_attribute("data-sku", "ROT")
        page.locator("#sort").select_option("popular")
        expect(tiles.first).to_have_attribute("data-sku", "LIL")
        assert "sort=popular" in page.url and f"p{t}_min=24" in page.url
        expect(tiles).to_have_count(2)  # the sort kept the filters

        # The top result goes into the cart.
        tiles.first.locator("button.bag").click()
        expect(page.locator("#cart-summary .cart-count")).to_have_text("1")
        page.goto(live_server.url + "/cart/")
        expect(page.locator("main")).to_contain_text("Plant LIL")
    assert not survey.problems, "\n".join(survey.problems)
