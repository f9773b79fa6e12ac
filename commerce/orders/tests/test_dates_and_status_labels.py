"""Issue 13 bullet 2: dates and times in the shop's time zone (Europe/Kyiv) and the active
language's format; order and payment statuses by their labels, never by their codes."""

import re
from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from commerce.customers.models import Customer
from commerce.orders.admin_views import status_url
from commerce.orders.models import Order
from commerce.testing import force_status
from commerce.testing import place_test_order as place
from config.tests.i18n import uk

pytestmark = pytest.mark.django_db

# 22:30 UTC on 30 November is 00:30 on 1 December in Kyiv (UTC+2 in winter).
PLACED = datetime(2026, 11, 30, 22, 30, tzinfo=UTC)


def uk_status(text: str, context: str = "order status") -> str:
    return uk(text, context)


@pytest.fixture
def shopper(client):
    user = get_user_model().objects.create_user(email="olena@example.com", password="x")
    customer = Customer.objects.create(
        user=user, email=user.email, phone="+380671234567", first_name="Olena"
    )
    client.force_login(user)
    return customer


def journal_of(client) -> str:
    return client.get(reverse("wagtailadmin_reports:site_history")).text


def placed_late(rotala, kyiv, **kwargs) -> Order:
    order = place(product=rotala, store=kyiv, **kwargs)
    Order.objects.filter(pk=order.pk).update(created_at=PLACED)
    order.refresh_from_db()
    return order


class TestDates:
    def test_order_page_shows_the_kyiv_date_in_english(self, client, rotala, kyiv):
        order = placed_late(rotala, kyiv)
        page = client.get(order.private_path()).text
        assert "Dec. 1, 2026, 12:30 a.m." in page
        assert 'datetime="2026-12-01T00:30:00+02:00"' in page
        assert "Nov. 30" not in page and "22:30" not in page

    def test_order_page_shows_the_kyiv_date_in_ukrainian(self, client, rotala, kyiv, ukrainian):
        order = placed_late(rotala, kyiv)
        page = client.get(order.private_path()).text
        assert "01 грудня 2026 р. 00:30" in page

    def test_account_orders_show_the_kyiv_date_in_english(self, client, shopper, rotala, kyiv):
        placed_late(rotala, kyiv, customer=shopper)
        page = client.get(reverse("account_orders")).text
        assert "12/01/2026 12:30 a.m." in page
        assert "2026-11-30" not in page

    def test_account_orders_show_the_kyiv_date_in_ukrainian(
        self, client, shopper, rotala, kyiv, ukrainian
    ):
        placed_late(rotala, kyiv, customer=shopper)
        page = client.get(reverse("account_orders")).text
        assert "01.12.2026 00:30" in page

    def test_admin_order_card_dates(self, client, staff, rotala, kyiv):
        order = placed_late(rotala, kyiv)
        client.force_login(staff["Sales operator"])
        card = client.get(reverse("commerce_orders:inspect", args=[order.pk])).text
        assert "Placed 12/01/2026 12:30 a.m." in card
        listing = client.get(reverse("commerce_orders:index")).text
        assert "Dec. 1, 2026, 12:30 a.m." in listing
        assert "Processing" in listing and "Not paid" in listing


class TestStatusLabels:
    def test_card_history_and_journal_show_labels_in_english(self, client, staff, rotala, kyiv):
        order = place(product=rotala, store=kyiv)
        client.force_login(staff["Sales operator"])
        client.post(status_url(order, "confirmed"))
        card = client.get(reverse("commerce_orders:inspect", args=[order.pk])).text
        assert "<td>Processing</td><td>Confirmed</td>" in card
        journal = journal_of(client)
        assert f"Order {order.number}: Processing → Confirmed" in journal
        assert "processing → confirmed" not in journal

    def test_card_history_and_journal_show_labels_in_ukrainian(
        self, client, staff, rotala, kyiv, ukrainian
    ):
        order = place(product=rotala, store=kyiv)
        client.force_login(staff["Sales operator"])
        client.post(status_url(order, "confirmed"))
        processing, confirmed = uk_status("Processing"), uk_status("Confirmed")
        card = client.get(reverse("commerce_orders:inspect", args=[order.pk])).text
        assert f"<td>{processing}</td><td>{confirmed}</td>" in card
        journal = journal_of(client)
        assert f"{order.number}: {processing} → {confirmed}" in journal

    def test_marked_paid_journal_shows_payment_labels(self, client, staff, rotala, kyiv):
        order = place(product=rotala, store=kyiv)
        client.force_login(staff["Accountant"])
        client.post(reverse("commerce_orders:mark_paid", args=[order.pk]))
        journal = journal_of(client)
        assert f"Order {order.number}: Not paid → Paid" in journal
        assert "not_paid" not in journal

    def test_no_raw_code_for_an_order_in_transit(
        self, client, staff, shopper, rotala, kyiv, django_capture_on_commit_callbacks
    ):
        order = place(product=rotala, store=kyiv, customer=shopper, email="olena@example.com")
        force_status(order, status="ready")
        client.force_login(staff["Sales operator"])
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            client.post(status_url(order, "in_transit"))
        order.refresh_from_db()
        assert order.fulfilment_status == "in_transit"
        card = client.get(reverse("commerce_orders:inspect", args=[order.pk])).text
        listing = client.get(reverse("commerce_orders:index")).text
        client.force_login(shopper.user)
        pages = {
            "card": card,
            "admin list": listing,
            "order page": client.get(order.private_path()).text,
            "account list": client.get(reverse("account_orders")).text,
            "e-mail": mail.outbox[-1].subject + mail.outbox[-1].body,
        }
        for where, text in pages.items():
            shown = re.sub(r"<[^>]*>", " ", text)  # what is read, not tags and attributes
            assert "in transit" in shown.lower(), where
            assert "in_transit" not in shown and "not_paid" not in shown, where
