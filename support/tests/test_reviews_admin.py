"""Review moderation in the Wagtail admin (SPEC §1, §8; issue 16.5/16.6): content managers
list reviews (filters: visible/hidden, product; search), hide and show them again — the review
leaves (or returns to) the product page and its average at once, and the journal says who did
it when; every other role is refused on the server and changes nothing."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import ModelLogEntry

from accounts.tests.refusal import assert_refused
from catalog.models import ProductRating
from support.models import Review
from support.reviews.services import (
    REVIEW_HIDDEN,
    REVIEW_SHOWN,
    ReviewForbidden,
    ReviewRefused,
    review_hide,
    review_unhide,
    review_write,
)
from support.tests.test_inquiry_admin import menu_labels

OTHER_ROLES = ["Manager", "Sales operator", "Warehouse worker", "Accountant"]


def url(name: str, review=None) -> str:
    return reverse(f"support_reviews:{name}", args=[review.pk] if review else [])


def text_of(node) -> str:
    return " ".join(node.get_text(" ").split()) if node is not None else ""


def rows(response) -> list[str]:
    assert response.status_code == 200
    found = BeautifulSoup(response.content, "html.parser").select("table.listing tbody tr")
    return [text_of(row) for row in found]


def snapshot() -> tuple:
    return (
        tuple(Review.objects.order_by("pk").values_list()),
        tuple(ProductRating.objects.order_by("pk").values_list("pk", "review_count")),
        ModelLogEntry.objects.count(),
    )


@pytest.fixture
def two_reviews(make_buyer, make_order, reviewed_product):
    """Olena's 5 stars ("Lush and healthy") and Ivan's 2 ("Arrived melted") of Rotala."""
    reviews = []
    for name, stars, text in (("Olena", 5, "Lush and healthy"), ("Ivan", 2, "Arrived melted")):
        user = make_buyer(first_name=name)
        make_order(user, reviewed_product)
        review, _ = review_write(user=user, product_id=reviewed_product.pk, text=text, rating=stars)
        reviews.append(review)
    return reviews


def page_reviews(client, product) -> list[str]:
    response = client.get(product.url)
    assert response.status_code == 200
    found = BeautifulSoup(response.content, "html.parser")
    return [text_of(p) for p in found.select("#reviews .review-text")]


def average_shown(client, product) -> str:
    found = BeautifulSoup(client.get(product.url).content, "html.parser")
    return text_of(found.select_one(".product-rating .visually-hidden"))


@pytest.mark.django_db
class TestModeration:
    def test_hide_from_the_list_then_show_again(
        self, client, content_manager, two_reviews, reviewed_product
    ):
        olena, ivan = two_reviews
        visitor = client.__class__()
        assert page_reviews(visitor, reviewed_product) == ["Arrived melted", "Lush and healthy"]
        assert average_shown(visitor, reviewed_product) == "Rated 3.5 of 5, 2 reviews"

        client.force_login(content_manager)
        listing = url("index")
        response = client.post(url("hide", ivan), {"next": listing + "?shown=visible"})
        assert response.status_code == 302 and response.url == listing + "?shown=visible"
        follow = client.get(response.url)
        assert f"Review {ivan.pk} of “Rotala” is hidden from the site." in follow.text

        ivan.refresh_from_db()
        assert ivan.is_hidden and ivan.hidden_by == content_manager and ivan.hidden_at
        assert page_reviews(visitor, reviewed_product) == ["Lush and healthy"]
        assert average_shown(visitor, reviewed_product) == "Rated 5.0 of 5, 1 review"
        rating = ProductRating.objects.get(product=reviewed_product)
        assert (rating.review_count, rating.rating_count, rating.rating_average) == (
            1,
            1,
            Decimal("5.00"),
        )

        response = client.post(url("unhide", ivan))
        assert response.status_code == 302 and response.url == url("inspect", ivan)
        ivan.refresh_from_db()
        assert not ivan.is_hidden and ivan.hidden_by is None and ivan.hidden_at is None
        assert page_reviews(visitor, reviewed_product) == ["Arrived melted", "Lush and healthy"]
        assert average_shown(visitor, reviewed_product) == "Rated 3.5 of 5, 2 reviews"

    def test_hiding_is_journaled_with_who_and_when(self, client, content_manager, two_reviews):
        _, ivan = two_reviews
        client.force_login(content_manager)
        client.post(url("hide", ivan))
        client.post(url("unhide", ivan))
        entries = ModelLogEntry.objects.filter(object_id=str(ivan.pk)).order_by("timestamp", "pk")
        assert [(entry.action, entry.user_id) for entry in entries] == [
            (REVIEW_HIDDEN, content_manager.pk),
            (REVIEW_SHOWN, content_manager.pk),
        ]
        assert all(entry.timestamp for entry in entries)

        history = client.get(url("history", ivan))
        assert history.status_code == 200
        assert f"Review {ivan.pk} of “Rotala” hidden from the site" in history.text
        assert f"Review {ivan.pk} of “Rotala” shown on the site again" in history.text
        site_history = client.get(reverse("wagtailadmin_reports:site_history"))
        assert f"Review {ivan.pk} of “Rotala” hidden from the site" in site_history.text

    def test_a_stale_button_changes_nothing_and_says_so(self, client, content_manager, two_reviews):
        _, ivan = two_reviews
        client.force_login(content_manager)
        client.post(url("hide", ivan))
        before = snapshot()
        response = client.post(url("hide", ivan), follow=True)
        assert f"Review {ivan.pk} is already hidden." in response.text
        assert snapshot() == before
        with pytest.raises(ReviewRefused):
            review_hide(review=ivan, actor=content_manager)

    def test_the_card_shows_the_review_and_its_button(self, client, content_manager, two_reviews):
        olena, _ = two_reviews
        client.force_login(content_manager)
        response = client.get(url("inspect", olena))
        assert response.status_code == 200
        card = BeautifulSoup(response.content, "html.parser").select_one(".review-card")
        assert text_of(card.select_one("#review-text")) == "Lush and healthy"
        assert text_of(card.select_one("#review-rating")) == "5 of 5"
        assert "olena@example.com" in text_of(card)
        form = card.select_one(f"form[action='{url('hide', olena)}']")
        assert form is not None and "Hide from the site" in text_of(form)

    def test_review_text_is_escaped_in_the_admin(
        self, client, content_manager, make_buyer, make_order, reviewed_product
    ):
        user = make_buyer()
        make_order(user, reviewed_product)
        review, _ = review_write(
            user=user, product_id=reviewed_product.pk, text="<img src=x onerror=alert(1)>", rating=1
        )
        client.force_login(content_manager)
        for response in (client.get(url("index")), client.get(url("inspect", review))):
            assert "<img src=x onerror" not in response.text
            assert "&lt;img src=x onerror=alert(1)&gt;" in response.text


@pytest.mark.django_db
class TestTheList:
    def test_newest_first_with_product_author_rating_and_status(
        self, client, content_manager, two_reviews
    ):
        client.force_login(content_manager)
        shown = rows(client.get(url("index")))
        assert "Arrived melted" in shown[0] and "★★" in shown[0] and "Visible" in shown[0]
        assert "Lush and healthy" in shown[1] and "★★★★★" in shown[1]
        assert "Rotala" in shown[0] and "ivan@example.com" in shown[0]

    def test_filters_and_search(
        self, client, content_manager, two_reviews, make_buyer, make_order, store
    ):
        from catalog.tests.factories import make_product

        olena, ivan = two_reviews
        other = make_product(olena.product.get_parent(), sku="PL-9", title="Moss", stock={store: 5})
        marta = make_buyer(first_name="Marta")
        make_order(marta, other)
        review_write(user=marta, product_id=other.pk, text="Soft moss", rating=None)
        review_hide(review=ivan, actor=content_manager)
        client.force_login(content_manager)

        def shown(**query) -> set[str]:
            found = " | ".join(rows(client.get(url("index"), query)))
            return {t for t in ("Lush and healthy", "Arrived melted", "Soft moss") if t in found}

        assert shown() == {"Lush and healthy", "Arrived melted", "Soft moss"}
        assert shown(shown="hidden") == {"Arrived melted"}
        assert shown(shown="visible") == {"Lush and healthy", "Soft moss"}
        assert shown(product=other.pk) == {"Soft moss"}
        assert shown(product=olena.product_id, shown="visible") == {"Lush and healthy"}
        assert shown(q="melted") == {"Arrived melted"}
        assert shown(q="moss") == {"Soft moss"}  # the product's title
        assert shown(q="marta@") == {"Soft moss"}  # the author's e-mail
        hidden_row = rows(client.get(url("index"), {"shown": "hidden"}))[0]
        assert "Hidden" in hidden_row and "Show" in hidden_row

    def test_the_menu_shows_reviews_to_content_managers_only(
        self, client, content_manager, role_user
    ):
        client.force_login(content_manager)
        assert "Reviews" in menu_labels(client.get(reverse("wagtailadmin_home")))
        for role in OTHER_ROLES:
            client.force_login(role_user(role))
            assert "Reviews" not in menu_labels(client.get(reverse("wagtailadmin_home"))), role

    def test_nobody_adds_edits_or_deletes_a_review_in_the_admin(
        self, client, content_manager, two_reviews, django_user_model
    ):
        olena, _ = two_reviews
        superuser = django_user_model.objects.create_superuser(
            email="root@example.com", password="pw-Secret-123"
        )
        for user in (content_manager, superuser):
            client.force_login(user)
            before = snapshot()
            for name, args in (("add", None), ("edit", olena), ("delete", olena)):
                target = url(name, args)
                assert_refused(client.get(target), target)
                assert_refused(client.post(target, {"text": "changed", "rating": "1"}), target)
            assert snapshot() == before


@pytest.mark.django_db
class TestOtherRolesAreRefused:
    @pytest.mark.parametrize("role", [*OTHER_ROLES, "customer", "anonymous"])
    def test_every_screen_and_action_is_refused_and_nothing_changes(
        self, client, role, role_user, two_reviews, make_buyer
    ):
        olena, ivan = two_reviews
        review_hide(review=ivan, actor=_moderator(role_user))
        if role == "customer":
            client.force_login(make_buyer(first_name="Petro"))
        elif role != "anonymous":
            client.force_login(role_user(role))
        before = snapshot()
        for name, review in (
            ("index", None),
            ("inspect", olena),
            ("history", olena),
            ("hide", olena),
            ("unhide", ivan),
        ):
            target = url(name, review)
            assert_refused(client.get(target), target)
            assert_refused(client.post(target, {"next": "/"}), target)
        assert snapshot() == before

    @pytest.mark.parametrize("role", OTHER_ROLES)
    def test_the_services_refuse_them_too(self, role, role_user, two_reviews):
        olena, _ = two_reviews
        user = role_user(role)
        with pytest.raises(ReviewForbidden):
            review_hide(review=olena, actor=user)
        with pytest.raises(ReviewForbidden):
            review_unhide(review=olena, actor=user)
        olena.refresh_from_db()
        assert not olena.is_hidden


def _moderator(role_user):
    return role_user("Content manager", email="moderator@example.com")


@pytest.mark.django_db
def test_a_row_button_in_filtered_results_comes_back_to_the_filtered_list(
    client, content_manager, two_reviews
):
    """Wagtail refreshes a filtered list through its results URL; the Hide button must still
    bring the moderator back to the list page with the same filters, not to that fragment."""
    _, ivan = two_reviews
    client.force_login(content_manager)
    results = client.get(url("index_results"), {"shown": "visible"})
    found = BeautifulSoup(results.content, "html.parser")
    form = found.select_one(f"form[action='{url('hide', ivan)}']")
    assert form.select_one("input[name=next]")["value"] == url("index") + "?shown=visible"
