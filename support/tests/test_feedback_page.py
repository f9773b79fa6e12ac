"""The feedback page (issue 14.6, SPEC §2): the form, what a good message stores and whom it
mails, what bad input, a bot and a flood get — and that none of them stores anything."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client

from support.models import Inquiry, InquiryStatus

GOOD = {
    "name": "  Olena   Petrenko ",
    "email": "olena@example.com",
    "phone": "067 123 45 67",
    "order_number": "gw 000042",
    "message": "Where is my parcel?\r\nIt was due on Monday.",
    "website": "",
}


def post(client, page, **changes):
    return client.post(page.url, {**GOOD, **changes})


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
class TestForm:
    def test_the_page_shows_its_intro_and_a_labelled_form(self, client, feedback):
        response = client.get(feedback.url)
        assert response.status_code == 200
        page = soup(response)
        assert page.h1.get_text() == "Відгуки та пропозиції"
        assert page.select_one(".rich-text b").get_text() == "the shop"
        form = page.select_one("form.feedback-form")
        assert form["method"] == "post" and form.select_one("input[name=csrfmiddlewaretoken]")
        for name in ("name", "email", "phone", "order_number", "message"):
            field = form.select_one(f"[name={name}]")
            assert form.select_one(f"label[for={field['id']}]"), name
        # The honeypot is out of sight, out of the accessibility tree and out of tab order.
        trap = form.select_one("[name=website]")
        assert trap["tabindex"] == "-1"
        assert trap.find_parent(attrs={"aria-hidden": "true"})["class"] == ["visually-hidden"]
        # It carries this visitor's CSRF token: no shared cache may keep it.
        assert "no-store" in response["Cache-Control"]

    def test_other_methods_are_not_allowed(self, client, feedback):
        assert client.delete(feedback.url).status_code == 405


@pytest.mark.django_db
class TestGoodMessage:
    def test_it_is_stored_once_and_the_visitor_is_thanked_after_a_redirect(self, client, feedback):
        response = post(client, feedback)
        assert response.status_code == 303
        assert response["Location"] == feedback.url
        inquiry = Inquiry.objects.get()
        assert inquiry.name == "Olena Petrenko"
        assert inquiry.email == "olena@example.com"
        assert inquiry.phone == "+380671234567"
        assert inquiry.order_number == "GW000042"
        assert inquiry.message == "Where is my parcel?\nIt was due on Monday."
        assert inquiry.status == InquiryStatus.NEW
        thanked = client.get(response["Location"])
        assert "Thank you! Your message has been sent" in thanked.text

    def test_the_page_may_word_its_own_thanks(self, client, feedback):
        feedback.thanks = "Дякуємо, відповімо протягом дня."
        feedback.save_revision().publish()
        response = post(client, feedback)
        assert "Дякуємо, відповімо протягом дня." in client.get(response["Location"]).text

    def test_one_way_to_answer_is_enough(self, client, feedback):
        post(client, feedback, email="", phone="0671234567")
        post(client, feedback, email="ivan@example.com", phone="", order_number="")
        assert sorted(Inquiry.objects.values_list("email", "phone")) == [
            ("", "+380671234567"),
            ("ivan@example.com", ""),
        ]

    def test_the_redirect_keeps_the_language_of_the_address(self, client, feedback):
        response = client.post("/uk/feedback/", GOOD)
        assert response.status_code == 303 and response["Location"] == "/uk/feedback/"

    def test_operators_are_mailed_after_the_commit_with_a_link_to_the_card(
        self, client, feedback, role_user, django_capture_on_commit_callbacks
    ):
        role_user("Sales operator", email="op1@example.com")
        role_user("Sales operator", email="op2@example.com")
        role_user("Warehouse worker")
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            post(client, feedback, message="Hi <script>alert(1)</script> & bye")
        assert len(callbacks) == 1 and mail.outbox == []  # nothing before the commit
        callbacks[0]()
        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        inquiry = Inquiry.objects.get()
        assert sorted(message.to) == ["op1@example.com", "op2@example.com"]
        assert message.subject == "New inquiry from Olena Petrenko"
        assert f"http://testserver/admin/support/inquiries/inspect/{inquiry.pk}/" in message.body
        assert "+380 67 123 4567" in message.body and "GW000042" in message.body
        # Plain text: what the visitor typed, as typed, and no HTML part.
        assert "Hi <script>alert(1)</script> & bye" in message.body
        assert "&lt;" not in message.body and "&amp;" not in message.body
        assert message.alternatives == []


BAD = [
    ({"phone": "12345"}, "phone", "is not a valid phone number"),
    ({"phone": "not a phone"}, "phone", "is not a phone number"),
    ({"message": "   "}, "message", "This field is required."),
    ({"message": "x" * 5001}, "message", "at most 5000 characters"),
    ({"email": "olena@"}, "email", "Enter a valid email address."),
    ({"email": "", "phone": ""}, "email", "Give an e-mail or a phone number"),
    ({"name": " "}, "name", "This field is required."),
    ({"order_number": "42"}, "order_number", "An order number looks like GW000042."),
]


@pytest.mark.django_db
class TestBadInput:
    @pytest.mark.parametrize(("changes", "field", "error"), BAD)
    def test_the_form_comes_back_with_the_error_and_nothing_is_stored(
        self, client, feedback, changes, field, error, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            response = post(client, feedback, **changes)
        assert response.status_code == 400
        assert Inquiry.objects.count() == 0
        assert callbacks == [] and mail.outbox == []
        page = soup(response)
        widget = page.select_one(f"form.feedback-form [name={field}]")
        assert widget["aria-invalid"] == "true"
        announced = page.select_one(f"#{widget['id']}_error")
        assert announced["role"] == "alert" and error in announced.get_text()
        assert f"{widget['id']}_error" in widget["aria-describedby"].split()
        # What the visitor typed is still there.
        if field != "message":
            assert (
                page.select_one("textarea[name=message]")
                .get_text()
                .strip()
                .startswith("Where is my parcel?")
            )


@pytest.mark.django_db
class TestBots:
    def test_a_filled_honeypot_is_thanked_but_nothing_is_stored_or_sent(
        self, client, feedback, operator, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            response = post(client, feedback, website="http://spam.example")
        assert response.status_code == 303 and response["Location"] == feedback.url
        assert "Thank you!" in client.get(response["Location"]).text
        assert Inquiry.objects.count() == 0
        assert callbacks == [] and mail.outbox == []

    def test_one_session_is_limited(self, settings, client, feedback):
        settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "inquiry": "2/10m/key"}
        # Mistakes cost nothing: only messages that would be stored count.
        assert post(client, feedback, message="").status_code == 400
        assert [post(client, feedback).status_code for _ in range(2)] == [303, 303]
        refused = post(client, feedback, message="A third one")
        assert refused.status_code == 429
        alert = soup(refused).select_one("[role=alert]")
        assert "several messages in a short time" in alert.get_text()
        assert soup(refused).select_one("textarea[name=message]").get_text().strip() == (
            "A third one"
        )
        assert Inquiry.objects.count() == 2
        assert post(Client(), feedback).status_code == 303  # another visitor

    def test_one_address_is_limited_whatever_its_sessions(self, settings, feedback):
        settings.ACCOUNT_RATE_LIMITS = {
            **settings.ACCOUNT_RATE_LIMITS,
            "inquiry": "100/10m/key,3/10m/ip",
        }
        # A script without cookies is a new session every time.
        answers = [post(Client(REMOTE_ADDR="10.0.0.1"), feedback).status_code for _ in range(5)]
        assert answers == [303, 303, 303, 429, 429]
        assert Inquiry.objects.count() == 3
        assert post(Client(REMOTE_ADDR="10.0.0.2"), feedback).status_code == 303

    def test_behind_our_proxy_each_client_counts_apart(self, settings, feedback):
        settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
        settings.ACCOUNT_RATE_LIMITS = {
            **settings.ACCOUNT_RATE_LIMITS,
            "inquiry": "100/10m/key,1/10m/ip",
        }

        def send(client_ip: str) -> int:
            proxied = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=client_ip)
            return post(proxied, feedback).status_code

        assert [send("203.0.113.1"), send("203.0.113.1"), send("203.0.113.2")] == [303, 429, 303]

    def test_the_shop_default_limits_a_flood(self, client, feedback):
        answers = [post(client, feedback).status_code for _ in range(6)]
        assert 429 in answers and Inquiry.objects.count() == answers.count(303) < 6
