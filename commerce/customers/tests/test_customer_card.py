"""Issue 3.2–3.4: the customer card, its validation, and temporary customers."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.forms.models import model_to_dict
from django.urls import reverse

from commerce.customers.models import Customer
from commerce.customers.services import customer_for_user, temporary_customer_create
from commerce.phones import InvalidPhone

GOOD_CARD = {
    "first_name": "Olena",
    "last_name": "Shevchenko",
    "phone": "0671234567",
    "call_from": "10:00",
    "call_to": "19:30",
    "email": "olena@example.com",
    "default_city": "Lviv",
    "default_address": "5 Horodotska St, apt 12",
    "default_order_comment": "Call before delivery",
}


@pytest.fixture
def user(db):
    return get_user_model().objects.create_user(email="olena@example.com", password="x-Pass-123")


@pytest.fixture
def logged_in(client, user):
    client.force_login(user)
    return client


def card_snapshot(user) -> dict:
    return model_to_dict(Customer.objects.get(user=user))


@pytest.mark.django_db
class TestCardEdits:
    def test_a_good_card_is_saved_with_the_phone_in_e164(self, logged_in, user):
        response = logged_in.post(reverse("account_card"), GOOD_CARD)
        assert response.status_code == 302
        card = Customer.objects.get(user=user)
        assert card.phone == "+380671234567"
        assert (card.call_from, card.call_to) == (datetime.time(10), datetime.time(19, 30))
        assert (card.default_city, card.default_address) == ("Lviv", "5 Horodotska St, apt 12")
        user.refresh_from_db()
        assert user.first_name == "Olena"  # the header greets by name
        overview = logged_in.get(reverse("account_overview")).text
        assert "+380 67 123 4567" in overview and "10:00–19:30" in overview

    def test_new_card_has_default_call_window_and_no_discount(self, logged_in, user):
        page = logged_in.get(reverse("account_overview")).text
        assert "09:00–21:00" in page
        assert "Personal discount" in page and ">0%<" in page

    @pytest.mark.parametrize(
        "raw",
        ["0671234567", "+380671234567", "067 123 45 67", "(067) 123-45-67", "+38 067 123 4567"],
    )
    def test_phone_formats_accepted(self, logged_in, user, raw):
        response = logged_in.post(reverse("account_card"), {**GOOD_CARD, "phone": raw})
        assert response.status_code == 302
        assert Customer.objects.get(user=user).phone == "+380671234567"

    @pytest.mark.parametrize(
        ("field", "value", "message"),
        [
            ("phone", "12345", "is not a valid phone number"),
            ("phone", "067123456", "is not a valid phone number"),
            ("phone", "06712345678", "is not a valid phone number"),
            ("phone", "call me", "is not a phone number"),
            ("phone", "", "This field is required."),
            ("first_name", "", "This field is required."),
            ("call_to", "08:00", "The end of the call window must be after its start."),
            ("call_to", "10:00", "The end of the call window must be after its start."),
            ("call_from", "25:00", "Enter a valid time."),
            ("email", "not-an-email", "Enter a valid email address."),
            ("default_city", "x" * 101, "Ensure this value has at most 100 characters"),
        ],
    )
    def test_every_invalid_value_gets_a_field_error_and_nothing_is_saved(
        self, logged_in, user, field, value, message
    ):
        customer_for_user(user=user)
        before = card_snapshot(user)
        response = logged_in.post(reverse("account_card"), {**GOOD_CARD, field: value})
        assert response.status_code == 400
        assert message in response.text
        assert f'id="id_{field}-error"' in response.text  # shown at the field itself
        assert card_snapshot(user) == before

    def test_the_call_window_error_is_shown_once(self, logged_in, user):
        customer_for_user(user=user)
        card = {**GOOD_CARD, "call_from": "18:00", "call_to": "09:00"}
        response = logged_in.post(reverse("account_card"), card)
        assert response.status_code == 400
        assert response.text.count("The end of the call window must be after its start.") == 1

    def test_user_text_is_escaped_on_the_card(self, logged_in, user):
        logged_in.post(reverse("account_card"), {**GOOD_CARD, "first_name": "<b>Olena</b>"})
        page = logged_in.get(reverse("account_overview")).text
        assert "<b>Olena</b>" not in page and "&lt;b&gt;Olena&lt;/b&gt;" in page

    def test_loyalty_percent_cannot_be_set_by_the_customer(self, logged_in, user):
        logged_in.post(reverse("account_card"), {**GOOD_CARD, "loyalty_percent": "50"})
        assert Customer.objects.get(user=user).loyalty_percent == 0

    def test_order_history_shows_an_empty_state(self, logged_in):
        page = logged_in.get(reverse("account_orders"))
        assert page.status_code == 200
        assert "You have no orders yet." in page.text

    def test_a_customer_only_ever_sees_their_own_card(self, client, user):
        other = get_user_model().objects.create_user(email="taras@example.com", password="x")
        Customer.objects.create(user=other, first_name="Taras", phone="+380501112233")
        client.force_login(user)
        page = client.get(reverse("account_overview")).text
        assert "Taras" not in page and "+380 50" not in page


@pytest.mark.django_db
class TestTemporaryCustomers:
    def test_created_from_a_phone_only(self):
        customer = temporary_customer_create(phone="050 111 22 33")
        assert customer.is_temporary and customer.user is None
        assert customer.phone == "+380501112233"

    def test_with_optional_name_and_email(self):
        customer = temporary_customer_create(
            phone="+380671234567", first_name=" Petro ", email="Petro@Example.com"
        )
        assert (customer.first_name, customer.email) == ("Petro", "petro@example.com")

    @pytest.mark.parametrize("phone", ["", "123", "not a phone"])
    def test_refused_without_a_valid_phone(self, phone):
        with pytest.raises(InvalidPhone):
            temporary_customer_create(phone=phone)
        assert not Customer.objects.exists()

    def test_a_temporary_customer_can_never_have_a_login(self):
        user = get_user_model().objects.create_user(email="a@example.com", password="x")
        customer = temporary_customer_create(phone="0671234567")
        customer.user = user
        with pytest.raises(IntegrityError), transaction.atomic():
            customer.save()

    def test_call_window_is_guarded_by_the_database(self):
        customer = temporary_customer_create(phone="0671234567")
        with pytest.raises(IntegrityError), transaction.atomic():
            Customer.objects.filter(pk=customer.pk).update(call_from=datetime.time(22))


def test_the_admin_customer_form_has_no_editable_field():
    """Issue 12.10: the customer viewset is read-only (SPEC §8), so the add/edit form Wagtail
    builds for it offers no field to change, even if a permission check were bypassed."""
    from commerce.customers.admin import CustomerViewSet

    assert CustomerViewSet().get_form_class().base_fields == {}
