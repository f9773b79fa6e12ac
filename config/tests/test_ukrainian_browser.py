"""Issue 13 (Show): the Ukrainian storefront walked in Chromium, from home to the checkout's
confirmation, at every width — no horizontal scroll, no serious axe finding, the pages in
Ukrainian — with screenshots in ``test-artifacts/responsive/<page>-uk-<width>.png`` beside
the English ones that ``test_responsive_browser.py`` takes."""

import pytest
from playwright.sync_api import expect

from catalog.tests.browser import chromium_page
from config.tests.i18n import uk
from config.tests.test_responsive_browser import DESKTOP, HEIGHT, Survey, shop  # noqa: F401


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_ukrainian_shop_fits_every_screen(live_server, shop, ukrainian):  # noqa: F811
    url = live_server.url
    with chromium_page(width=DESKTOP, height=HEIGHT) as page:
        survey = Survey(page)
        page.goto(url + "/")
        assert page.locator("html").get_attribute("lang") == "uk", page.content()[:600]
        expect(page.locator(".language-nav a[hreflang=en]")).to_have_count(1)
        survey("home-uk")
        page.goto(url + "/catalog/plants/stem/")
        survey("category-uk")
        page.locator("#products .tile button.bag").first.click()
        expect(page.locator("#cart-summary .cart-count")).to_have_text("1")
        page.goto(url + shop["products"][0].url)
        survey("product-uk")
        page.goto(url + "/cart/")
        expect(page.locator("h1")).to_have_text(uk("Cart"))  # «Кошик»
        survey("cart-uk")

        page.goto(url + "/checkout/")
        page.fill("input[name=phone]", "067 123 45 67")
        page.fill("input[name=first_name]", "Олена")
        page.locator(".checkout-who form button[type=submit]").click()
        page.locator("input[name=method]").first.check()
        page.fill("input[name=city]", "Львів")
        page.fill("input[name=address]", "вул. Городоцька, 5, кв. 12")
        page.locator("form button[type=submit]").last.click()
        page.locator("input[name=payment_method][value=card]").check()
        page.locator("form button[type=submit]").last.click()
        expect(page.locator("#confirm-total")).to_contain_text("грн")
        survey("checkout-confirm-uk")

    assert not survey.problems, f"{len(survey.problems)} problems:\n" + "\n".join(survey.problems)
