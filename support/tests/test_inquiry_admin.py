"""Inquiries in the Wagtail admin (issue 14.6, SPEC §8): sales operators list, read, answer
and close them; every other role is refused on the server and changes nothing."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from accounts.tests.refusal import assert_refused
from support.models import Inquiry, InquiryStatus

S = InquiryStatus
OTHER_ROLES = ["Manager", "Content manager", "Warehouse worker", "Accountant"]


def url(name: str, inquiry=None) -> str:
    return reverse(f"support_inquiries:{name}", args=[inquiry.pk] if inquiry else [])


def menu_labels(response) -> list[str]:
    """The labels of the admin's main menu (Wagtail renders the sidebar from JSON)."""
    props = BeautifulSoup(response.content, "html.parser").select_one("#wagtail-sidebar-props")
    labels = []

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("label"), str):
                labels.append(value["label"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(props.string))
    return labels


def snapshot() -> tuple:
    return (
        tuple(Inquiry.objects.order_by("pk").values_list()),
        ModelLogEntry.objects.count(),
        len(mail.outbox),
    )


@pytest.mark.django_db
class TestList:
    def test_newest_first_with_contact_order_and_status(self, client, operator, make_inquiry):
        make_inquiry(name="Older Olena", order_number="GW000007")
        make_inquiry(name="Newer Ivan", email="", phone="+380501234567")
        client.force_login(operator)
        response = client.get(url("index"))
        assert response.status_code == 200
        rows = BeautifulSoup(response.content, "html.parser").select("table tbody tr")
        texts = [" ".join(row.get_text(" ").split()) for row in rows]
        assert "Newer Ivan" in texts[0] and "Older Olena" in texts[1]
        assert "+380 50 123 4567" in texts[0] and "New" in texts[0]
        assert "olena@example.com · +380 67 123 4567" in texts[1] and "GW000007" in texts[1]

    def test_filter_by_status_and_search(self, client, operator, make_inquiry):
        make_inquiry(name="Answered Anna", status=S.ANSWERED)
        make_inquiry(name="Fresh Fedir", phone="+380501234567", order_number="GW000042")
        client.force_login(operator)

        def shown(**query):
            body = client.get(url("index"), query).text
            return {name for name in ("Answered Anna", "Fresh Fedir") if name in body}

        assert shown(status="new") == {"Fresh Fedir"}
        assert shown(status="answered") == {"Answered Anna"}
        assert shown(q="gw000042") == {"Fresh Fedir"}
        assert shown(q="050 123 45 67") == {"Fresh Fedir"}  # as people type it
        assert shown(q="anna") == {"Answered Anna"}

    def test_the_menu_counts_new_inquiries(self, client, operator, make_inquiry):
        client.force_login(operator)
        assert "Inquiries" in menu_labels(client.get(reverse("wagtailadmin_home")))
        first = make_inquiry()
        make_inquiry()
        make_inquiry(status=S.ANSWERED)
        assert "Inquiries (2)" in menu_labels(client.get(reverse("wagtailadmin_home")))
        client.post(url("close", first))
        assert "Inquiries (1)" in menu_labels(client.get(reverse("wagtailadmin_home")))

    def test_the_list_costs_the_same_for_2_and_30_inquiries(
        self, client, operator, make_inquiry, django_assert_max_num_queries
    ):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        for i in range(2):
            make_inquiry(name=f"Sender {i}", answered_by=operator, status=S.ANSWERED)
        client.force_login(operator)
        with CaptureQueriesContext(connection) as small:
            assert client.get(url("index")).status_code == 200
        for i in range(2, 30):
            make_inquiry(name=f"Sender {i}", answered_by=operator, status=S.ANSWERED)
        with django_assert_max_num_queries(len(small)):
            response = client.get(url("index"))
        rows = BeautifulSoup(response.content, "html.parser").select("table tbody tr")
        assert len(rows) == 20 and "Sender 29" in rows[0].get_text()  # a full first page


@pytest.mark.django_db
class TestCard:
    def test_the_card_shows_what_was_typed_escaped(self, client, operator, make_inquiry):
        inquiry = make_inquiry(name="<i>Eve</i>", message="<script>alert(1)</script>")
        client.force_login(operator)
        response = client.get(url("inspect", inquiry))
        assert response.status_code == 200
        assert "<script>alert(1)</script>" not in response.text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
        assert "<i>Eve</i>" not in response.text
        page = BeautifulSoup(response.content, "html.parser")
        assert page.select_one(f"form[action='{url('answer', inquiry)}'] textarea[name=text]")
        assert page.select_one(f"form[action='{url('close', inquiry)}']")

    def test_answer_from_the_card_mails_the_visitor_and_is_in_the_history(
        self, client, operator, make_inquiry, django_capture_on_commit_callbacks
    ):
        inquiry = make_inquiry()
        client.force_login(operator)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url("answer", inquiry), {"text": "Yes, <b>we do</b>."})
        assert response.status_code == 302 and response.url == url("inspect", inquiry)
        inquiry.refresh_from_db()
        assert inquiry.status == S.ANSWERED and inquiry.answered_by == operator
        (message,) = mail.outbox
        assert message.to == ["olena@example.com"] and "Yes, <b>we do</b>." in message.body
        card = client.get(url("inspect", inquiry)).text
        assert "is being sent to olena@example.com" in card
        assert "Yes, &lt;b&gt;we do&lt;/b&gt;." in card
        history = client.get(url("history", inquiry))
        assert history.status_code == 200
        assert "answered by e-mail to olena@example.com" in history.text
        assert "Yes, &lt;b&gt;we do&lt;/b&gt;." in history.text
        assert "<b>we do</b>" not in history.text

    def test_an_inquiry_without_e_mail_is_marked_answered_by_phone(
        self, client, operator, make_inquiry, django_capture_on_commit_callbacks
    ):
        inquiry = make_inquiry(email="")
        client.force_login(operator)
        card = client.get(url("inspect", inquiry)).text
        assert "No e-mail was given: call +380 67 123 4567" in card
        assert "Mark answered by phone" in card
        with django_capture_on_commit_callbacks(execute=True):
            client.post(url("answer", inquiry), {"text": "Called, all clear."})
        inquiry.refresh_from_db()
        assert inquiry.status == S.ANSWERED and inquiry.answered_by_phone
        assert mail.outbox == []
        history = client.get(url("history", inquiry)).text
        assert "answered by phone: “Called, all clear.”" in history

    def test_an_empty_answer_comes_back_with_the_error(self, client, operator, make_inquiry):
        inquiry = make_inquiry()
        client.force_login(operator)
        before = snapshot()
        response = client.post(url("answer", inquiry), {"text": "  "})
        assert response.status_code == 400
        assert "This field is required." in response.text
        assert snapshot() == before

    def test_close_then_nothing_more(
        self, client, operator, make_inquiry, django_capture_on_commit_callbacks
    ):
        inquiry = make_inquiry()
        client.force_login(operator)
        assert client.post(url("close", inquiry)).status_code == 302
        inquiry.refresh_from_db()
        assert inquiry.status == S.CLOSED
        card = client.get(url("inspect", inquiry)).text
        assert url("answer", inquiry) not in card and url("close", inquiry) not in card
        assert f"Inquiry {inquiry.pk} closed" in client.get(url("history", inquiry)).text
        before = snapshot()
        with django_capture_on_commit_callbacks(execute=True):
            late = client.post(url("answer", inquiry), {"text": "Too late"}, follow=True)
            client.post(url("close", inquiry))
        assert "is closed; it is not answered any more" in late.text
        assert snapshot() == before


@pytest.mark.django_db
class TestPermissions:
    @pytest.mark.parametrize("role", OTHER_ROLES)
    def test_other_roles_are_refused_everywhere_and_change_nothing(
        self, client, role_user, role, make_inquiry, django_capture_on_commit_callbacks
    ):
        inquiry = make_inquiry()
        client.force_login(role_user(role))
        home = client.get(reverse("wagtailadmin_home"))
        assert not [label for label in menu_labels(home) if label.startswith("Inquiries")]
        before = snapshot()
        with django_capture_on_commit_callbacks(execute=True):
            for name in ("index", "inspect", "history", "edit", "delete", "add"):
                target = url(name, None if name in ("index", "add") else inquiry)
                assert_refused(client.get(target), target)
                assert_refused(client.post(target, {"text": "x", "name": "x"}), target)
            for name in ("answer", "close"):
                target = url(name, inquiry)
                assert_refused(client.post(target, {"text": "Answered by a stranger"}), target)
        assert snapshot() == before

    def test_operators_neither_add_nor_edit_nor_delete(self, client, operator, make_inquiry):
        inquiry = make_inquiry()
        client.force_login(operator)
        before = snapshot()
        for target in (url("add"), url("edit", inquiry), url("delete", inquiry)):
            assert_refused(client.get(target), target)
            assert_refused(client.post(target, {"name": "Changed", "message": "x"}), target)
        assert snapshot() == before
        page = client.get(url("index")).text
        assert url("add") not in page and url("delete", inquiry) not in page

    def test_a_superuser_may_delete(self, client, make_inquiry):
        inquiry = make_inquiry()
        admin = get_user_model().objects.create_superuser(email="root@example.com", password="x")
        client.force_login(admin)
        assert client.post(url("delete", inquiry)).status_code == 302
        assert not Inquiry.objects.exists()

    def test_answer_and_close_take_no_get(self, client, operator, make_inquiry):
        inquiry = make_inquiry()
        client.force_login(operator)
        assert client.get(url("answer", inquiry)).status_code == 405
        assert client.get(url("close", inquiry)).status_code == 405
