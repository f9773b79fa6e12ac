"""Reviews by buyers on the product page (SPEC §1, issue 16.5): who may write one (a buyer of a
completed order, nobody else — and the others are told why), one per product, editable for
24 hours, bad input refused with a clear message, text escaped, the list newest first and
paginated, with and without JavaScript."""

from datetime import timedelta
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from catalog.models import ProductRating
from commerce.customers.models import Customer
from commerce.orders.models import FulfilmentStatus
from config.tests.test_shopper_post_fuzz import JUNK, fuzzed
from support.models import REVIEW_MAX_LENGTH, Review
from support.reviews.services import ReviewForbidden, review_hide, review_write

S = FulfilmentStatus
ONLY_BUYERS = "Only buyers of a completed order can review this product."


def write_url(product) -> str:
    return reverse("review_write", args=[product.pk])


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def section(client, product, **query) -> BeautifulSoup:
    """The product page's reviews section as a visitor sees it."""
    response = client.get(product.url, query)
    assert response.status_code == 200
    found = soup(response).select_one("#reviews")
    assert found is not None
    return found


def text_of(node) -> str:
    return " ".join(node.get_text(" ").split()) if node is not None else ""


def shown_reviews(client, product, **query) -> list[str]:
    return [text_of(p) for p in section(client, product, **query).select(".review .review-text")]


def stored() -> list[tuple]:
    return list(Review.objects.order_by("pk").values_list("author__email", "rating", "text"))


@pytest.mark.django_db
class TestWhoMayReview:
    def test_a_buyer_of_a_completed_order_writes_a_review_and_sees_it(
        self, client, buyer, reviewed_product
    ):
        client.force_login(buyer)
        form = section(client, reviewed_product).select_one("form.review-form")
        assert form is not None and form["action"] == write_url(reviewed_product)

        response = client.post(write_url(reviewed_product), {"rating": "4", "text": "Grows fast."})
        assert response.status_code == 303
        assert response["Location"] == reviewed_product.url + "#reviews"
        assert stored() == [("olena@example.com", 4, "Grows fast.")]

        page = client.get(reviewed_product.url)
        assert "Thank you! Your review is published." in page.content.decode()
        reviews = soup(page).select_one("#reviews")
        (item,) = reviews.select(".review")
        assert "Olena P." in text_of(item)  # the name from the card, never the e-mail
        assert "olena@example.com" not in text_of(reviews)
        assert "Rated 4 of 5" in text_of(item)
        assert "4.0 of 5" in text_of(reviews.select_one(".reviews-summary"))

    @pytest.mark.parametrize(
        "status", [S.PROCESSING, S.CONFIRMED, S.ASSEMBLING, S.IN_TRANSIT, S.CANCELLED]
    )
    def test_an_order_that_is_not_completed_does_not_count(
        self, client, make_buyer, make_order, reviewed_product, status
    ):
        user = make_buyer()
        make_order(user, reviewed_product, status=status)
        client.force_login(user)
        compose = section(client, reviewed_product).select_one(".review-compose")
        assert ONLY_BUYERS in text_of(compose)
        assert not section(client, reviewed_product).select("form.review-form")

        response = client.post(write_url(reviewed_product), {"rating": "5", "text": "Great"})
        assert response.status_code == 403
        assert ONLY_BUYERS in response.content.decode()
        assert stored() == []

    def test_a_completed_order_of_another_product_does_not_count(
        self, client, make_buyer, make_order, reviewed_product, catalog, store
    ):
        from catalog.tests.factories import make_product

        other = make_product(reviewed_product.get_parent(), sku="PL-2", stock={store: 3})
        user = make_buyer()
        make_order(user, other)
        client.force_login(user)
        response = client.post(write_url(reviewed_product), {"text": "Great"})
        assert response.status_code == 403 and ONLY_BUYERS in response.content.decode()
        assert stored() == []

    def test_a_guest_order_with_the_same_e_mail_is_not_the_accounts(
        self, client, make_buyer, reviewed_product, store
    ):
        """The order must belong to the customer's account, not merely share its e-mail."""
        from commerce.orders.models import Order
        from commerce.testing import place_test_order

        user = make_buyer()
        order = place_test_order(
            product=reviewed_product, store=store, quantity=1, email=user.email, token="guest"
        )
        Order.objects.filter(pk=order.pk).update(fulfilment_status=S.COMPLETED)
        client.force_login(user)
        assert client.post(write_url(reviewed_product), {"text": "Mine"}).status_code == 403
        assert stored() == []

    def test_anonymous_visitors_are_told_to_log_in(self, client, buyer, reviewed_product):
        compose = section(client, reviewed_product).select_one(".review-compose")
        assert ONLY_BUYERS in text_of(compose)
        login = compose.select_one("a[href^='/accounts/login/']")
        assert login is not None
        assert "next=%2Fcatalog%2Fplants%2Frotala%2F%23reviews" in login["href"]

        response = client.post(write_url(reviewed_product), {"rating": "5", "text": "Spam"})
        assert response.status_code == 403
        body = soup(response)
        assert ONLY_BUYERS in text_of(body.select_one(".review-refusal"))
        assert body.select_one(".review-compose a[href^='/accounts/login/']") is not None
        assert stored() == []

    @pytest.mark.parametrize("role", ["Content manager", "Sales operator", "Manager"])
    def test_staff_may_not_review_even_with_a_completed_order(
        self, client, role_user, make_order, reviewed_product, role
    ):
        user = role_user(role)
        Customer.objects.create(user=user, phone="+380671234567", first_name="Staff")
        make_order(user, reviewed_product)
        client.force_login(user)
        reason = "Shop staff do not review the shop's products."
        assert reason in text_of(section(client, reviewed_product).select_one(".review-compose"))
        response = client.post(write_url(reviewed_product), {"rating": "5", "text": "Best shop"})
        assert response.status_code == 403 and reason in text_of(soup(response))
        assert stored() == []

    def test_the_service_refuses_on_its_own(self, make_buyer, reviewed_product):
        with pytest.raises(ReviewForbidden) as refused:
            review_write(user=make_buyer(), product_id=reviewed_product.pk, text="x", rating=3)
        assert refused.value.status == 403 and refused.value.message == ONLY_BUYERS
        assert stored() == []

    def test_a_product_not_on_sale_cannot_be_reviewed(self, client, buyer, reviewed_product):
        reviewed_product.unpublish()
        client.force_login(buyer)
        assert client.post(write_url(reviewed_product), {"text": "Hi"}).status_code == 404
        assert client.get(write_url(reviewed_product)).status_code == 404
        assert stored() == []


@pytest.mark.django_db
class TestOneReviewEditableFor24Hours:
    def test_a_second_post_within_24_hours_changes_the_first(self, client, buyer, reviewed_product):
        client.force_login(buyer)
        client.post(write_url(reviewed_product), {"rating": "2", "text": "Slow start."})
        compose = section(client, reviewed_product).select_one(".review-compose")
        assert "Change your review" in text_of(compose)
        assert "You can change your review until" in text_of(compose)
        assert compose.select_one("textarea").get_text().strip() == "Slow start."
        assert compose.select_one("input[name=rating][checked]")["value"] == "2"

        response = client.post(write_url(reviewed_product), {"rating": "5", "text": "Now lush!"})
        assert response.status_code == 303
        assert stored() == [("olena@example.com", 5, "Now lush!")]
        page = client.get(reviewed_product.url).content.decode()
        assert "Your review is updated." in page
        assert shown_reviews(client, reviewed_product) == ["Now lush!"]
        assert "(edited)" in text_of(section(client, reviewed_product).select_one(".review"))
        assert ProductRating.objects.get(product=reviewed_product).rating_average == Decimal(5)

    def test_the_rating_can_be_taken_back(self, client, buyer, reviewed_product):
        client.force_login(buyer)
        client.post(write_url(reviewed_product), {"rating": "2", "text": "Hm."})
        client.post(write_url(reviewed_product), {"rating": "", "text": "Hm."})
        rating = ProductRating.objects.get(product=reviewed_product)
        assert (rating.review_count, rating.rating_count, rating.rating_average) == (1, 0, None)

    def test_after_24_hours_the_review_stays_as_it_is(self, client, buyer, reviewed_product):
        client.force_login(buyer)
        client.post(write_url(reviewed_product), {"rating": "3", "text": "Fine."})
        Review.objects.update(created_at=timezone.now() - timedelta(hours=24, minutes=1))
        reason = "A review can be changed for 24 hours after it is written"

        compose = section(client, reviewed_product).select_one(".review-compose")
        assert reason in text_of(compose) and not compose.select("form")
        for response in (
            client.get(write_url(reviewed_product)),
            client.post(write_url(reviewed_product), {"rating": "1", "text": "Changed my mind"}),
        ):
            assert response.status_code == 403
            assert reason in response.content.decode()
        assert stored() == [("olena@example.com", 3, "Fine.")]

    def test_just_before_24_hours_it_may_still_change(self, client, buyer, reviewed_product):
        client.force_login(buyer)
        client.post(write_url(reviewed_product), {"text": "First"})
        Review.objects.update(created_at=timezone.now() - timedelta(hours=23, minutes=59))
        assert client.post(write_url(reviewed_product), {"text": "Second"}).status_code == 303
        assert stored() == [("olena@example.com", None, "Second")]

    def test_a_hidden_review_cannot_be_changed(
        self, client, buyer, reviewed_product, content_manager
    ):
        review, _ = review_write(user=buyer, product_id=reviewed_product.pk, text="Rude", rating=1)
        review_hide(review=review, actor=content_manager)
        client.force_login(buyer)
        response = client.post(write_url(reviewed_product), {"rating": "5", "text": "Nice now"})
        assert response.status_code == 403
        assert "The shop has hidden your review" in response.content.decode()
        assert stored() == [("olena@example.com", 1, "Rude")]

    def test_the_write_page_shows_the_same_form(self, client, buyer, reviewed_product):
        client.force_login(buyer)
        response = client.get(write_url(reviewed_product))
        assert response.status_code == 200
        page = soup(response)
        assert "Review of Rotala" in text_of(page.select_one("h1"))
        assert page.select_one("form.review-form textarea[name=text]") is not None
        assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
class TestBadInput:
    @pytest.mark.parametrize(
        ("data", "message"),
        [
            ({"rating": "4", "text": ""}, "Write a few words about the product."),
            ({"rating": "4", "text": "   \n  "}, "Write a few words about the product."),
            ({"rating": "4"}, "Write a few words about the product."),
            ({"rating": "0", "text": "Good"}, "Choose a rating from 1 to 5 stars, or no rating."),
            ({"rating": "6", "text": "Good"}, "Choose a rating from 1 to 5 stars, or no rating."),
            ({"rating": "abc", "text": "Good"}, "Choose a rating from 1 to 5 stars, or no rating."),
            ({"rating": "4.5", "text": "Good"}, "Choose a rating from 1 to 5 stars, or no rating."),
            ({"rating": "-1", "text": "Good"}, "Choose a rating from 1 to 5 stars, or no rating."),
            (
                {"rating": "4", "text": "x" * (REVIEW_MAX_LENGTH + 1)},
                f"A review can be at most {REVIEW_MAX_LENGTH} characters long; this one has "
                f"{REVIEW_MAX_LENGTH + 1}.",
            ),
        ],
    )
    def test_is_refused_with_a_clear_message_and_nothing_stored(
        self, client, buyer, reviewed_product, data, message
    ):
        client.force_login(buyer)
        response = client.post(write_url(reviewed_product), data)
        assert response.status_code == 400
        errors = [text_of(p) for p in soup(response).select(".review-form .error")]
        assert message in errors
        assert stored() == []
        assert not ProductRating.objects.filter(product=reviewed_product, review_count__gt=0)

    def test_a_bad_edit_keeps_the_review(self, client, buyer, reviewed_product):
        client.force_login(buyer)
        client.post(write_url(reviewed_product), {"rating": "4", "text": "Good"})
        response = client.post(write_url(reviewed_product), {"rating": "9", "text": ""})
        assert response.status_code == 400
        assert stored() == [("olena@example.com", 4, "Good")]

    def test_the_longest_review_is_accepted(self, client, buyer, reviewed_product):
        client.force_login(buyer)
        text = "y" * REVIEW_MAX_LENGTH
        assert client.post(write_url(reviewed_product), {"text": text}).status_code == 303
        assert stored() == [("olena@example.com", None, text)]

    def test_other_methods_are_not_allowed(self, client, buyer, reviewed_product):
        client.force_login(buyer)
        assert client.put(write_url(reviewed_product)).status_code == 405
        assert client.delete(write_url(reviewed_product)).status_code == 405
        assert client.post(reverse("review_list", args=[reviewed_product.pk])).status_code == 405

    def test_an_unknown_product_is_404(self, client, buyer):
        client.force_login(buyer)
        assert client.post(reverse("review_write", args=[999999]), {"text": "x"}).status_code == 404


@pytest.mark.django_db
def test_review_text_is_escaped_and_keeps_its_line_breaks(client, buyer, reviewed_product):
    client.force_login(buyer)
    text = '<script>alert("x")</script>\n<b>bold</b> & "quotes"'
    client.post(write_url(reviewed_product), {"text": text})
    client.logout()
    html = client.get(reviewed_product.url).content.decode()
    assert "<script>alert" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert shown_reviews(client, reviewed_product) == [
        '<script>alert("x")</script> <b>bold</b> & "quotes"'
    ]
    (item,) = section(client, reviewed_product).select(".review-text")
    assert item.get_text() == text  # the line break is kept (white-space: pre-line)


@pytest.mark.django_db
class TestTheListAndItsSummary:
    def test_average_and_counts_of_visible_reviews(
        self, client, make_buyer, make_order, reviewed_product
    ):
        for name, stars in (("Olena", 4), ("Ivan", 5), ("Marta", None)):
            user = make_buyer(first_name=name)
            make_order(user, reviewed_product)
            review_write(user=user, product_id=reviewed_product.pk, text=f"By {name}", rating=stars)
        summary = text_of(section(client, reviewed_product).select_one(".reviews-summary"))
        assert "4.5 of 5" in summary
        assert "3 reviews, 2 with a rating" in summary
        top = soup(client.get(reviewed_product.url)).select_one(".product-rating")
        assert "Rated 4.5 of 5, 3 reviews" in text_of(top.select_one(".visually-hidden"))
        assert top.select_one("a")["href"] == "#reviews"

    def test_no_reviews_yet(self, client, reviewed_product):
        assert "No reviews yet." in text_of(section(client, reviewed_product))
        assert soup(client.get(reviewed_product.url)).select_one(".product-rating") is None

    def test_newest_first_ten_a_page_with_more_as_a_link_and_for_htmx(
        self, client, make_buyer, make_order, reviewed_product
    ):
        start = timezone.now() - timedelta(days=30)
        for n in range(23):
            user = make_buyer(first_name=f"Buyer{n:02d}", email=f"b{n}@example.com")
            make_order(user, reviewed_product)
            review, _ = review_write(
                user=user, product_id=reviewed_product.pk, text=f"Review {n:02d}", rating=3
            )
            Review.objects.filter(pk=review.pk).update(created_at=start + timedelta(hours=n))

        newest = [f"Review {n:02d}" for n in range(22, 12, -1)]
        assert shown_reviews(client, reviewed_product) == newest
        more = section(client, reviewed_product).select_one("#review-more a")
        assert more["href"] == reviewed_product.url + "?reviews=2#reviews"  # without JavaScript
        assert more["hx-get"] == reverse("review_list", args=[reviewed_product.pk]) + "?page=2"
        assert more["hx-target"] == "#review-list" and more["hx-swap"] == "beforeend"

        # Without JavaScript: the product page's second page, with a way back to the newest.
        second = section(client, reviewed_product, reviews="2")
        assert [text_of(p) for p in second.select(".review-text")] == [
            f"Review {n:02d}" for n in range(12, 2, -1)
        ]
        assert second.select_one(".review-newer a")["href"] == reviewed_product.url + "#reviews"
        third = section(client, reviewed_product, reviews="3")
        oldest = ["Review 02", "Review 01", "Review 00"]
        assert [text_of(p) for p in third.select(".review-text")] == oldest
        assert third.select_one("#review-more a") is None
        # A page number past the end or not a number: the last or the first page.
        assert len(section(client, reviewed_product, reviews="99").select(".review")) == 3
        assert len(section(client, reviewed_product, reviews="x").select(".review")) == 10

        # htmx: the next page's items, and the "more" block replaced out of band.
        list_url = reverse("review_list", args=[reviewed_product.pk])
        response = client.get(list_url, {"page": "3"}, headers={"HX-Request": "true"})
        assert response.status_code == 200
        fragment = soup(response)
        assert [text_of(p) for p in fragment.select("li.review .review-text")] == [
            "Review 02",
            "Review 01",
            "Review 00",
        ]
        oob = fragment.select_one("#review-more")
        assert oob["hx-swap-oob"] == "true" and oob.select_one("a") is None
        page_two = soup(client.get(list_url, {"page": "2"}, headers={"HX-Request": "true"}))
        assert page_two.select_one("#review-more a")["hx-get"] == list_url + "?page=3"

        # The same address without htmx goes to the product page's list.
        plain = client.get(list_url, {"page": "2"})
        assert plain.status_code == 302
        assert plain["Location"] == reviewed_product.url + "?reviews=2#reviews"

    def test_the_authors_name_never_shows_the_e_mail(
        self, client, make_buyer, make_order, reviewed_product
    ):
        user = make_buyer(first_name="", last_name="")
        make_order(user, reviewed_product)
        review_write(user=user, product_id=reviewed_product.pk, text="Anonymous-ish", rating=None)
        item = section(client, reviewed_product).select_one(".review")
        assert text_of(item.select_one(".review-author")) == "A buyer"
        assert user.email not in text_of(item)


@pytest.mark.django_db
def test_deleting_an_authors_account_recomputes_the_rating(
    django_capture_on_commit_callbacks, make_buyer, make_order, reviewed_product
):
    users = []
    for name, stars in (("Olena", 1), ("Ivan", 5)):
        user = make_buyer(first_name=name)
        make_order(user, reviewed_product)
        review_write(user=user, product_id=reviewed_product.pk, text=name, rating=stars)
        users.append(user)
    assert ProductRating.objects.get(product=reviewed_product).rating_average == Decimal("3.00")
    with django_capture_on_commit_callbacks(execute=True):
        users[0].delete()
    rating = ProductRating.objects.get(product=reviewed_product)
    assert (rating.review_count, rating.rating_count, rating.rating_average) == (
        1,
        1,
        Decimal("5.00"),
    )


@pytest.mark.django_db
@fuzzed(max_examples=30)
@given(data=st.data())
def test_junk_is_refused_never_a_500_and_nothing_stored(client, buyer, reviewed_product, data):
    """A buyer's junk rating (anything but 1–5 or nothing) with any text: 400, nothing stored;
    junk from a visitor who may not review: 403."""
    rating = data.draw(JUNK.filter(lambda value: value not in (None, "")), label="rating")
    text = data.draw(st.one_of(st.none(), st.text(max_size=60), JUNK), label="text")
    posted = {"rating": rating} if text is None else {"rating": rating, "text": text}
    client.force_login(buyer)
    assert client.post(write_url(reviewed_product), posted).status_code == 400, posted
    client.logout()
    assert client.post(write_url(reviewed_product), posted).status_code == 403, posted
    assert stored() == []
