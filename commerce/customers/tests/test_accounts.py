"""Issue 3.1 / 3.5 / 12.8: optional registration confirmed by a mailed code, login by e-mail,
rate limits, reset, header."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from accounts.tests.signup import confirm
from commerce.customers.models import Customer

PASSWORD = "Lilaeopsis-2026"


def signup(client, email="olena@example.com", password1=PASSWORD, password2=PASSWORD):
    return client.post(
        reverse("account_signup"), {"email": email, "password1": password1, "password2": password2}
    )


def login(client, email, password):
    return client.post(reverse("account_login"), {"login": email, "password": password})


@pytest.fixture
def member(db):
    user = get_user_model().objects.create_user(email="ivan@example.com", password=PASSWORD)
    Customer.objects.create(user=user, email=user.email, first_name="Ivan")
    return user


@pytest.mark.django_db
class TestRegistration:
    def test_good_registration_creates_a_card_and_logs_in_once_confirmed(self, client):
        response = signup(client)
        assert response.status_code == 302
        assert response["Location"] == reverse("account_email_verification_sent")
        user = get_user_model().objects.get(email="olena@example.com")
        assert Customer.objects.get(user=user).email == "olena@example.com"
        assert client.get(reverse("account_overview")).status_code == 302  # not yet
        response = confirm(client, "olena@example.com")
        assert response["Location"] == reverse("account_card")
        assert client.get(reverse("account_overview")).status_code == 200  # logged in

    def test_duplicate_email_is_not_revealed_whatever_the_case(self, client, member):
        response = signup(client, email="IVAN@Example.com")
        assert response.status_code == 302
        assert response["Location"] == reverse("account_email_verification_sent")
        assert "already" not in client.get(response["Location"]).text.lower()
        assert get_user_model().objects.count() == 1
        assert Customer.objects.count() == 1
        assert [m.to for m in mail.outbox] == [["ivan@example.com"]]  # "you have an account"

    def test_password_mismatch(self, client):
        response = signup(client, password2=PASSWORD + "x")
        assert "You must type the same password each time." in response.text
        assert not get_user_model().objects.exists()

    @pytest.mark.parametrize(
        ("password", "message"),
        [
            ("password123", "This password is too common."),
            ("83746592810", "This password is entirely numeric."),
            ("Ab1-x", "This password is too short."),
            ("olena@example", "The password is too similar to the e-mail address."),
        ],
    )
    def test_weak_passwords_are_refused(self, client, password, message):
        response = signup(client, password1=password, password2=password)
        assert message in response.text
        assert not get_user_model().objects.exists()

    def test_bad_email_is_refused(self, client):
        response = signup(client, email="not-an-email")
        assert "Enter a valid email address." in response.text
        assert not get_user_model().objects.exists()


@pytest.mark.django_db
class TestShopLayout:
    """allauth's pages in the shop's layout and its form markup (templates/allauth/)."""

    @pytest.mark.parametrize("name", ["account_login", "account_signup", "account_reset_password"])
    def test_entrance_pages_extend_the_shop_base(self, client, home, name):
        soup = BeautifulSoup(client.get(reverse(name)).content, "html.parser")
        assert soup.select_one("header.site-header .logo")
        assert soup.select_one("footer.site-footer")
        assert soup.select_one("link[href$='css/store.css']")
        assert soup.select_one("body.page-account main h1")
        form = soup.select_one("main form.stacked-form")
        assert form.select(".field > label + input")
        assert form.select_one("button.button[type=submit]")

    def test_login_fields_are_the_checkout_forms(self, client, home):
        soup = BeautifulSoup(client.get(reverse("account_login")).content, "html.parser")
        email = soup.select_one("form.stacked-form .field label[for=id_login]")
        assert email.get_text(strip=True) == "Email *"
        assert soup.select_one(".field label.choice > input#id_remember[type=checkbox]")
        assert soup.select_one(".help a[href='/accounts/password/reset/']")
        assert not soup.select("main form > p")  # not allauth's bare form.as_p

    def test_a_failed_login_is_announced(self, client, member, home):
        soup = BeautifulSoup(login(client, "ivan@example.com", "wrong").content, "html.parser")
        alert = soup.select_one("form.stacked-form .form-errors[role=alert]")
        assert "not correct" in alert.get_text()

    def test_the_code_page_is_the_shops_with_errors_at_the_field(self, client, home):
        signup(client)
        page = reverse("account_email_verification_sent")
        soup = BeautifulSoup(client.get(page).content, "html.parser")
        assert soup.select_one("header.site-header") and soup.select_one("footer.site-footer")
        assert soup.select_one("form.stacked-form .field input#id_code")
        assert soup.select_one(".button-row button.button.button--outline")
        soup = BeautifulSoup(client.post(page, {"code": "WRONG"}).content, "html.parser")
        error = soup.select_one("#id_code_error[role=alert] .error")
        assert error.get_text(strip=True) == "Incorrect code."
        assert soup.select_one("#id_code")["aria-describedby"] == "id_code_error"


@pytest.mark.django_db
class TestLogin:
    def test_login_by_email_in_any_case(self, client, member):
        response = login(client, "Ivan@EXAMPLE.com", PASSWORD)
        assert response.status_code == 302
        assert response["Location"] == reverse("account_overview")

    def test_wrong_password_is_refused(self, client, member):
        response = login(client, "ivan@example.com", "wrong-password")
        assert response.status_code == 200
        assert "The email address and/or password you specified are not correct." in response.text
        assert client.get(reverse("account_overview")).status_code == 302

    def test_repeated_failures_are_rate_limited(self, client, member):
        for _ in range(5):
            login(client, "ivan@example.com", "wrong-password")
        response = login(client, "ivan@example.com", PASSWORD)  # even the right password
        assert "Too many failed login attempts. Try again later." in response.text
        assert client.get(reverse("account_overview")).status_code == 302

    def test_logout_needs_a_post(self, client, member):
        client.force_login(member)
        client.get(reverse("account_logout"))
        assert client.get(reverse("account_overview")).status_code == 200
        client.post(reverse("account_logout"))
        assert client.get(reverse("account_overview")).status_code == 302

    def test_wagtail_admin_login_goes_through_the_rate_limited_page(self, client):
        response = client.get("/admin/login/?next=/admin/pages/")
        assert response.status_code == 302
        assert response["Location"] == reverse("account_login") + "?next=/admin/pages/"
        assert client.get("/admin/")["Location"].startswith(reverse("account_login"))


@pytest.mark.django_db
class TestPasswordReset:
    def test_reset_mail_carries_a_working_link(self, client, member):
        response = client.post(reverse("account_reset_password"), {"email": "ivan@example.com"})
        assert response.status_code == 302
        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.to == ["ivan@example.com"]
        link = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+/)", message.body)
        assert link, message.body
        form_page = client.get(link.group(1), follow=True)
        assert form_page.status_code == 200
        set_url = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link.group(1)
        new_password = "Bucephalandra-77"
        done = client.post(set_url, {"password1": new_password, "password2": new_password})
        assert done.status_code == 302
        client.logout()
        assert login(client, "ivan@example.com", new_password).status_code == 302

    def test_unknown_email_does_not_reveal_anything(self, client, db):
        response = client.post(reverse("account_reset_password"), {"email": "nobody@example.com"})
        assert response.status_code == 302  # same answer as for a known address
        assert all("reset/key" not in m.body for m in mail.outbox)


@pytest.mark.django_db
class TestAnonymousAndHeader:
    def test_shopper_pages_work_anonymously_with_login_links(self, client, home):
        response = client.get("/")
        assert response.status_code == 200
        assert 'href="/accounts/login/"' in response.text
        assert 'href="/accounts/signup/"' in response.text

    def test_account_pages_need_a_login(self, client, db):
        for name in ("account_overview", "account_card", "account_orders"):
            response = client.get(reverse(name))
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("account_login"))

    def test_header_greets_a_logged_in_customer(self, client, member, home):
        client.force_login(member)
        member.first_name = "Ivan"
        member.save()
        response = client.get("/")
        assert "Ivan · My account" in response.text
        assert 'href="/accounts/signup/"' not in response.text

    @pytest.mark.parametrize(
        ("first_name", "email", "shown"),
        [
            ("", "olena@example.com", "olena@example.com · My account"),
            ("   ", "olena@example.com", "olena@example.com · My account"),
            ("", "", "My account"),
        ],
    )
    def test_header_has_no_stray_separator_without_a_name(
        self, client, home, first_name, email, shown
    ):
        user = get_user_model()(email=email, first_name=first_name)
        user.save()  # the manager refuses an empty address; an old or imported row may have one
        client.force_login(user)
        soup = BeautifulSoup(client.get("/").content, "html.parser")
        assert soup.select_one(".account-link").get_text(" ", strip=True) == shown


@pytest.mark.django_db
def test_change_password_from_my_account(client, member):
    client.force_login(member)
    page = client.get(reverse("account_overview")).text
    assert reverse("account_change_password") in page
    new_password = "Hygrophila-Polysperma-9"
    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": new_password, "password2": new_password},
    )
    assert response.status_code == 302
    client.logout()
    assert login(client, "ivan@example.com", PASSWORD).status_code == 200  # old one refused
    assert login(client, "ivan@example.com", new_password).status_code == 302


@pytest.mark.django_db
def test_change_password_needs_the_old_one(client, member):
    client.force_login(member)
    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": "guess", "password1": "Xx-new-pass-1", "password2": "Xx-new-pass-1"},
    )
    assert "Please type your current password." in response.text
    member.refresh_from_db()
    assert member.check_password(PASSWORD)
