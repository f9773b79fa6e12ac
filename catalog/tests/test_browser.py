"""Issue 2.8: a shopper in Debian's Chromium goes home → category → product.

Screenshots are written to test-artifacts/ for people to look at.
"""

import pytest
from playwright.sync_api import expect

from catalog.models import ParameterKind, ProductParameter
from catalog.tests.browser import ARTIFACTS, chromium_page
from catalog.tests.factories import (
    CatalogPageFactory,
    CategoryPageFactory,
    ParameterDefinitionFactory,
    StoreFactory,
    drawn_photo,
    make_product,
)


@pytest.fixture
def shop(tmp_path):
    from wagtail.models import Site

    home = Site.objects.get(is_default_site=True).root_page.specific
    catalog = CatalogPageFactory(parent=home, slug="catalog")
    plants = CategoryPageFactory(parent=catalog, title="Aquarium plants", slug="plants")
    stem = CategoryPageFactory(parent=plants, title="Stem plants", slug="stem")
    store = StoreFactory(code="kyiv")
    temperature = ParameterDefinitionFactory(
        name="Temperature", unit="°C", kind=ParameterKind.RANGE
    )
    products = []
    for n in range(20):
        name = f"Rotala sp. {n:02d}"
        sku = f"PL-{n:04d}"
        product = make_product(
            stem if n % 2 else plants,
            sku=sku,
            title=name,
            price=f"{60 + n}.00",
            stock={store: 3},
            photos=[
                drawn_photo(tmp_path, name=name, sku=sku, category="Aquarium plants / Stem plants")
            ],
        )
        ProductParameter.objects.create(
            product=product, definition=temperature, range_min=22, range_max=26
        )
        products.append(product)
    return {"plants": plants, "products": products}


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_shopper_walks_home_category_product(live_server, shop):
    with chromium_page() as page:
        page.goto(live_server.url + "/")
        expect(page.locator(".catalog-nav")).to_contain_text("Aquarium plants")
        page.screenshot(path=ARTIFACTS / "01-home.png", full_page=True)

        page.locator(".catalog-nav a", has_text="Aquarium plants").click()
        expect(page.locator("h1")).to_have_text("Aquarium plants")
        tiles = page.locator("#products .tile")
        expect(tiles).to_have_count(16)
        # The grid really is 4 across on a desktop screen.
        tops = [box["y"] for box in (tiles.nth(i).bounding_box() for i in range(4))]
        assert len(set(round(y) for y in tops)) == 1
        assert tiles.nth(4).bounding_box()["y"] > tops[0]
        expect(page.locator(".count")).to_have_text("20 products")
        expect(page.locator(".tile-photo").first).to_have_js_property("complete", True)
        page.screenshot(path=ARTIFACTS / "02-category.png", full_page=True)

        # The bag adds one piece in place (htmx): the header changes, the page does not.
        url_before = page.url
        tiles.first.locator("button.bag").click()
        expect(page.locator("#cart-summary .cart-count")).to_have_text("1")
        expect(page.locator("#cart-flash")).to_contain_text("Added")
        tiles.first.locator("button.bag").click()
        expect(page.locator("#cart-summary .cart-count")).to_have_text("2")
        assert page.url == url_before

        page.locator(".pagination a[rel=next]").click()
        expect(tiles).to_have_count(4)

        page.select_option("#sort", "price")
        expect(page.locator("#products .tile").first.locator(".tile-name")).to_have_text(
            "Rotala sp. 00"
        )

        first_name = page.locator("#products .tile .tile-name").first.inner_text()
        page.locator("#products .tile .tile-link").first.click()
        expect(page.locator("h1")).to_have_text(first_name)
        expect(page.locator(".availability")).to_have_text("In stock")
        expect(page.locator(".sku span")).to_have_text("PL-0000")
        expect(page.locator(".parameters td")).to_have_text("22–26 °C")
        expect(page.locator("#gallery-main")).to_be_visible()
        page.screenshot(path=ARTIFACTS / "03-product.png", full_page=True)

        # Add 3 from the product page, then change a quantity on the cart page in place.
        page.fill("#add-quantity", "3")
        page.get_by_role("button", name="Add to cart").click()
        expect(page.locator("#cart-summary .cart-count")).to_have_text("5")
        page.locator("#cart-summary").click()
        expect(page.locator("tr.cart-line")).to_have_count(2)
        quantity = page.locator("tr.cart-line").first.locator("input[name=quantity]")
        quantity.fill("1")
        page.locator("tr.cart-line").first.get_by_role("button", name="Update").click()
        expect(page.locator("#cart-summary .cart-count")).to_have_text("4")
        quantity = page.locator("tr.cart-line").first.locator("input[name=quantity]")
        quantity.fill("50")
        page.locator("tr.cart-line").first.get_by_role("button", name="Update").click()
        expect(page.locator("#cart .notice--warning")).to_contain_text("the quantity stays 1")
        page.screenshot(path=ARTIFACTS / "06-cart.png", full_page=True)
