"""Issue 12.8: signup confirms the e-mail by a mailed code before the account logs in, and never
tells whether an e-mail already has an account. Accounts made in code log in without a code."""

import re
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from accounts.tests.signup import PASSWORD, confirm, mailed_code, signup

CODE_PAGE = reverse("account_email_verification_sent")


@pytest.fixture
def member(db):
    return get_user_model().objects.create_user(email="ivan@example.com", password="Ludwigia-77")


def logged_in(client) -> bool:
    return client.get(reverse("account_overview")).status_code == 200


def login(client, email, password):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def page_without(response, *emails: str) -> str:
    """The page with what differs between any two visitors taken out: the CSRF token and the
    e-mail the visitor typed (which the page repeats back)."""
    text = re.sub(r'(name="csrfmiddlewaretoken" value=")[^"]*', r"\1", response.text)
    for email in emails:
        text = text.replace(email, "EMAIL")
    return text


@pytest.mark.django_db
class TestNoEnumerationAtSignup:
    @pytest.mark.parametrize("typed", ["ivan@example.com", "IVAN@Example.com"])
    def test_a_taken_email_gets_the_same_answer_as_a_new_one(self, client, member, typed):
        new = signup(client, "olena@example.com")
        other = Client()
        taken = signup(other, typed)
        assert (taken.status_code, taken["Location"]) == (new.status_code, new["Location"])
        assert new["Location"] == CODE_PAGE
        new_page, taken_page = client.get(CODE_PAGE), other.get(CODE_PAGE)
        assert new_page.status_code == taken_page.status_code == 200
        assert page_without(taken_page, typed.lower()) == page_without(
            new_page, "olena@example.com"
        )
        for response in (taken, taken_page):
            assert "already" not in response.content.decode().lower()

    def test_the_owner_is_mailed_that_the_account_exists_and_nothing_changes(self, client, member):
        signup(client, "Ivan@EXAMPLE.com", "Other-Password-2026")
        assert [message.to for message in mail.outbox] == [["ivan@example.com"]]
        message = mail.outbox[0]
        assert "Account Already Exists" in message.subject
        assert "/accounts/password/reset/" in message.body
        assert not re.search(r"^[A-Z0-9]{4}-[A-Z0-9]{4}$", message.body, re.MULTILINE)
        assert get_user_model().objects.count() == 1
        member.refresh_from_db()
        assert member.check_password("Ludwigia-77")
        assert not logged_in(client)

    def test_no_code_opens_the_existing_account(self, client, member):
        signup(client, member.email)
        for guess in ("AAAA-AAAA", "0000-0000", "ZZZZ-9999"):
            client.post(CODE_PAGE, {"code": guess})
        assert not logged_in(client)
        assert list(EmailAddress.objects.values_list("email", "verified")) == [
            ("ivan@example.com", True)  # made in code (create_user): unchanged
        ]


@pytest.mark.django_db
class TestConfirmationBeforeLogin:
    def test_signup_mails_a_code_and_does_not_log_in(self, client):
        response = signup(client, "olena@example.com")
        assert response["Location"] == CODE_PAGE
        assert [message.to for message in mail.outbox] == [["olena@example.com"]]
        assert mailed_code("olena@example.com")
        user = get_user_model().objects.get(email="olena@example.com")
        assert not EmailAddress.objects.get(user=user).verified
        assert not logged_in(client)

    def test_a_wrong_code_does_not_log_in(self, client):
        signup(client, "olena@example.com")
        response = client.post(CODE_PAGE, {"code": "WRNG-CODE"})
        assert response.status_code == 200
        assert not logged_in(client)

    def test_the_right_code_logs_in_and_leads_to_the_card(self, client):
        signup(client, "olena@example.com")
        response = confirm(client, "olena@example.com")
        assert response.status_code == 302
        assert response["Location"] == reverse("account_card")
        assert logged_in(client)
        address = EmailAddress.objects.get(email="olena@example.com")
        assert address.verified and address.primary

    def test_the_next_page_survives_the_confirmation(self, client):
        signup(client, "olena@example.com", next_url=reverse("account_orders"))
        response = confirm(client, "olena@example.com")
        assert response["Location"] == reverse("account_orders")

    def test_logging_in_before_confirming_asks_for_a_code_again(self, client):
        signup(client, "olena@example.com")
        cache.clear()  # some time later: allauth mails one code per 10 s per address
        other = Client()  # another browser: the first code is not in its session
        response = login(other, "olena@example.com", PASSWORD)
        assert response["Location"] == CODE_PAGE
        assert not logged_in(other)
        assert len(mail.outbox) == 2
        confirm(other, "olena@example.com")
        assert logged_in(other)

    def test_an_account_saved_without_the_manager_confirms_a_code_at_first_login(self, client):
        """As one the Wagtail admin's Users screen adds (its form saves the model itself)."""
        user = get_user_model()(email="added@example.com", is_staff=True)
        user.set_password(PASSWORD)
        user.save()
        assert login(client, "added@example.com", PASSWORD)["Location"] == CODE_PAGE
        assert not logged_in(client)
        confirm(client, "added@example.com")
        assert logged_in(client)


@pytest.mark.django_db
class TestAccountsMadeInCodeLogInWithoutACode:
    def assert_logs_in(self, email, password):
        client = Client()
        response = login(client, email, password)
        assert response.status_code == 302
        assert response["Location"] == reverse("account_overview"), email
        assert logged_in(client)
        assert mail.outbox == []

    def test_create_user_and_createsuperuser(self, db, monkeypatch):
        get_user_model().objects.create_user(email="Clerk@Example.com", password=PASSWORD)
        monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", PASSWORD)
        call_command("createsuperuser", interactive=False, email="boss@example.com", verbosity=0)
        self.assert_logs_in("clerk@example.com", PASSWORD)
        self.assert_logs_in("boss@example.com", PASSWORD)

    def test_role_user_fixture(self, role_user):
        role_user("Sales operator")
        self.assert_logs_in("sales-operator@example.com", "pw-Secret-123")

    def test_ensure_demo_admin(self, db, settings):
        settings.SHOP_DEMO_ADMIN_PASSWORD = PASSWORD
        call_command("ensure_demo_admin", stdout=StringIO())
        self.assert_logs_in(settings.SHOP_DEMO_ADMIN_EMAIL, PASSWORD)

    def test_ensure_role_admin(self, db, settings):
        call_command("ensure_role_admin", "--password", PASSWORD, stdout=StringIO())
        self.assert_logs_in(settings.SHOP_ROLE_ADMIN_EMAIL, PASSWORD)

    def test_ensure_demo_staff_also_repairs_accounts_from_before(self, db, settings):
        """A demo account made before verification was mandatory has no verified address."""
        settings.DEBUG = True
        settings.SHOP_DEMO_STAFF_PASSWORD = PASSWORD
        old = get_user_model()(email="sales-operator@example.com")
        old.set_password("anything")
        old.save()
        assert not EmailAddress.objects.filter(user=old).exists()
        call_command("ensure_demo_staff", stdout=StringIO())
        self.assert_logs_in("sales-operator@example.com", PASSWORD)
        self.assert_logs_in("warehouse-worker@example.com", PASSWORD)
        self.assert_logs_in(settings.SHOP_ROLE_ADMIN_EMAIL, PASSWORD)
