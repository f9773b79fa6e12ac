"""Issue 15.1 (Show): search in Debian's Chromium — the header box suggests products and
categories as the shopper types (htmx), the keyboard opens a suggestion, the form opens the
results page; the results, a typo's "did you mean" and a no-result page fit every width and
pass axe-core (the responsive test's Survey)."""

import pytest
from playwright.sync_api import expect

from catalog.tests.browser import chromium_page
from catalog.tests.factories import CategoryPageFactory, StoreFactory, make_product
from config.tests.test_responsive_browser import DESKTOP, HEIGHT, PHONE, Survey

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def plants(catalog):
    kyiv = StoreFactory(code="kyiv", name="Kyiv warehouse")
    plants = CategoryPageFactory(parent=catalog, title="Stem plants", slug="stem-plants")
    for n in range(18):
        make_product(plants, sku=f"ROT-{n}", title=f"Rotala variety {n}", stock={kyiv: n % 3})
    return plants


def test_a_shopper_searches_from_the_header(live_server, plants):
    url = live_server.url
    with chromium_page(width=PHONE, height=HEIGHT) as page:
        survey = Survey(page)
        page.goto(url + "/")  # tests run the shop in English, unprefixed
        box = page.locator("#site-search-q")
        box.press_sequentially("rotala var", delay=30)
        options = page.locator('#site-search-listbox [role="option"]')
        expect(options.first).to_be_visible()
        expect(box).to_have_attribute("aria-expanded", "true")
        box.press("ArrowDown")
        expect(box).to_have_attribute("aria-activedescendant", options.first.get_attribute("id"))
        box.press("Escape")
        expect(box).to_have_attribute("aria-expanded", "false")
        box.press("Enter")
        page.wait_for_url("**/search/?q=rotala+var*")
        expect(page.locator("#products .tile")).to_have_count(16)
        expect(page.locator(".tile .out-of-stock").first).to_be_visible()
        page.set_viewport_size({"width": DESKTOP, "height": HEIGHT})
        survey("search-results")

        page.goto(url + "/search/?q=rotalla")
        expect(page.locator(".did-you-mean a")).to_be_visible()
        survey("search-did-you-mean")

        page.goto(url + "/search/?q=qwertyzxcv")
        expect(page.locator(".empty-state")).to_be_visible()
        survey("search-nothing")
    assert not survey.problems, "\n".join(survey.problems)
