"""Reviews in Debian's Chromium (issue 16.5/16.6): a buyer of a completed order writes a
4-star review on the product page of a 360 px phone and sees it; a content manager, in a
browser context of their own, hides it in the Wagtail admin; the buyer's reload shows the
review gone and the average back to the other review's. The product page, with the form, its
errors and the published review, fits every screen, has large enough tap targets, passes
axe-core and raises no CSP violation."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import expect

from catalog.tests.browser import chromium_page
from catalog.tests.factories import CategoryPageFactory, StoreFactory, drawn_photo, make_product
from commerce.customers.models import Customer
from commerce.orders.models import FulfilmentStatus, Order
from commerce.testing import place_test_order
from config.tests.test_responsive_browser import DESKTOP, HEIGHT, Survey
from support.models import Review
from support.reviews.services import review_write

PHONE_360 = 360


def _session_of(user) -> str:
    client = Client()  # made here: the ORM refuses to run beside Playwright's event loop
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


@pytest.fixture
def shop(catalog, tmp_path):
    """Rotala (a photo, 50 pieces in Kyiv) with Ivan's 2-star review; Olena, who bought it in
    a completed order and has not reviewed it yet; a content manager."""
    kyiv = StoreFactory(code="kyiv", name="Kyiv warehouse")
    plants = CategoryPageFactory(parent=catalog, title="Aquarium plants", slug="plants")
    photo = drawn_photo(tmp_path, name="Rotala", sku="PL-1", category="Aquarium plants")
    rotala = make_product(
        plants,
        sku="PL-1",
        title="Rotala rotundifolia",
        price="65.00",
        stock={kyiv: 50},
        photos=[photo],
    )
    users = {}
    for n, (first, last) in enumerate((("Olena", "Petrenko"), ("Ivan", "Koval"))):
        user = get_user_model().objects.create_user(
            email=f"{first.lower()}@example.com", password="pw-Secret-123"
        )
        customer = Customer.objects.create(
            user=user, email=user.email, first_name=first, last_name=last, phone="+380671234567"
        )
        order = place_test_order(
            product=rotala, store=kyiv, quantity=1, customer=customer, token=f"b{n}"
        )
        Order.objects.filter(pk=order.pk).update(fulfilment_status=FulfilmentStatus.COMPLETED)
        users[first] = user
    review_write(
        user=users["Ivan"], product_id=rotala.pk, text="Melted in the first week.", rating=2
    )
    manager = get_user_model().objects.create_user(
        email="content@example.com", password="pw-Secret-123"
    )
    from django.contrib.auth.models import Group

    manager.groups.add(Group.objects.get(name="Content manager"))
    return {
        "url": rotala.url,
        "buyer": _session_of(users["Olena"]),
        "manager": _session_of(manager),
    }


def _summary(page) -> str:
    return " ".join(page.locator("#reviews .reviews-summary").inner_text().split())


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_buyer_reviews_and_a_content_manager_hides_it(live_server, shop):
    base = live_server.url
    with chromium_page(width=PHONE_360, height=HEIGHT) as page:
        survey = Survey(page)
        page.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": shop["buyer"], "url": base}]
        )
        page.goto(base + shop["url"])
        expect(page.locator("#reviews")).to_contain_text("Write a review")
        assert "2.0 of 5" in _summary(page) and "1 review" in _summary(page)
        survey("review-form")

        # Nothing written: the form comes back with its error, announced and tied to its field.
        page.set_viewport_size({"width": PHONE_360, "height": HEIGHT})
        page.get_by_label("4 stars", exact=True).check()
        page.get_by_role("button", name="Publish review").click()
        expect(page.locator("#review-text-error")).to_contain_text("Write a few words")
        assert page.locator("#review-text").get_attribute("aria-invalid") == "true"
        assert page.get_by_label("4 stars", exact=True).is_checked()  # kept for the retry
        survey("review-errors")

        page.set_viewport_size({"width": PHONE_360, "height": HEIGHT})
        page.fill("#review-text", "Pink tips under strong light.\nGrows fast.")
        page.get_by_role("button", name="Publish review").click()
        expect(page.locator(".messages")).to_contain_text("Your review is published")
        first = page.locator("#reviews .review").first
        expect(first).to_contain_text("Pink tips under strong light.")
        expect(first).to_contain_text("Olena P.")
        expect(first.locator(".visually-hidden")).to_have_text("Rated 4 of 5")
        assert "3.0 of 5" in _summary(page) and "2 reviews" in _summary(page)
        expect(page.locator("#reviews .review-compose")).to_contain_text("Change your review")
        assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
        survey("review-published")

        # The content manager, in a browser context of their own, hides it from the list.
        admin = page.context.browser.new_context(viewport={"width": DESKTOP, "height": HEIGHT})
        admin.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": shop["manager"], "url": base}]
        )
        moderator = admin.new_page()
        moderator.goto(base + "/admin/support/reviews/?shown=visible")
        row = moderator.locator("table.listing tbody tr", has_text="Pink tips under strong light")
        expect(row).to_contain_text("Visible")
        row.get_by_role("button", name="Hide").click()
        expect(moderator.locator(".messages")).to_contain_text("is hidden from the site")
        expect(moderator.locator("table.listing")).not_to_contain_text("Pink tips")
        moderator.goto(base + "/admin/support/reviews/?shown=hidden")
        expect(moderator.locator("table.listing tbody tr")).to_contain_text("Pink tips")
        admin.close()

        # The buyer's page: the review is gone, the average is Ivan's alone again.
        page.reload()
        expect(page.locator("#reviews .review")).to_have_count(1)
        expect(page.locator("#reviews")).not_to_contain_text("Pink tips")
        assert "2.0 of 5" in _summary(page) and "1 review" in _summary(page)
        expect(page.locator("#reviews .review-compose")).to_contain_text(
            "The shop has hidden your review"
        )
        expect(page.locator(".product-rating .visually-hidden")).to_have_text(
            "Rated 2.0 of 5, 1 review"
        )
    assert not survey.problems, "\n".join(survey.problems)
    # (The database is read outside Playwright's event loop.)
    hidden = Review.objects.get(text__startswith="Pink tips")
    assert hidden.is_hidden and hidden.hidden_by.email == "content@example.com"
    assert hidden.rating == 4


@pytest.fixture
def popular(catalog):
    """A product with 14 reviews (written straight into the table, with its ready rating)."""
    from support.tests.test_reviews_listing import add_reviews

    kyiv = StoreFactory(code="kyiv", name="Kyiv warehouse")
    plants = CategoryPageFactory(parent=catalog, title="Aquarium plants", slug="plants")
    product = make_product(plants, sku="PL-14", title="Java moss", stock={kyiv: 5})
    add_reviews(product, 14)
    return product.url


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_more_reviews_with_and_without_javascript(live_server, popular):
    with chromium_page(width=PHONE_360, height=HEIGHT) as page:
        page.goto(live_server.url + popular)
        reviews = page.locator("#review-list .review")
        expect(reviews).to_have_count(10)
        page.get_by_role("link", name="More reviews").click()
        expect(reviews).to_have_count(14)  # appended in place by htmx
        expect(page.get_by_role("link", name="More reviews")).to_have_count(0)
        assert "?reviews=" not in page.url

        plain = page.context.browser.new_context(java_script_enabled=False)
        no_js = plain.new_page()
        no_js.goto(live_server.url + popular)
        no_js.get_by_role("link", name="More reviews").click()
        assert no_js.url.endswith("?reviews=2#reviews")
        expect(no_js.locator("#review-list .review")).to_have_count(4)
        expect(no_js.get_by_role("link", name="Newer reviews")).to_be_visible()
        plain.close()
