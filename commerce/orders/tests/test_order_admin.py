"""Orders in the Wagtail admin: the list, the card and its buttons, and every transition over
HTTP, as each role sees them (issue 7.3, 7.6)."""

from decimal import Decimal

import pytest
from django.urls import reverse

from accounts.tests.refusal import assert_refused
from commerce.customers.models import Customer
from commerce.money import format_money
from commerce.orders.admin_views import status_url
from commerce.orders.models import FulfilmentStatus, PaymentStatus
from commerce.orders.status import TRANSITIONS
from commerce.testing import ROLES, stock_of
from commerce.testing import force_status as force
from commerce.testing import place_test_order as place

S = FulfilmentStatus
# Who presses which button (SPEC §5, §8): the only pairs that may succeed.
MAY = {
    S.CONFIRMED: {"Sales operator"},
    S.CANCELLED: {"Sales operator"},
    S.IN_TRANSIT: {"Sales operator"},
    S.ASSEMBLING: {"Warehouse worker"},
    S.READY: {"Warehouse worker"},
    S.COMPLETED: {"Accountant"},
}


@pytest.mark.django_db
class TestOrderList:
    def test_filters_and_search(self, client, staff, rotala, moss, kyiv, lviv):
        first = place(product=rotala, store=kyiv, token="a", email="olena@example.com")
        second = place(product=rotala, store=lviv, token="b", quantity=1)
        force(second, status=S.CONFIRMED, paid=True)
        client.force_login(staff["Sales operator"])
        index = reverse("commerce_orders:index")

        def numbers(**params):
            response = client.get(index, params)
            assert response.status_code == 200
            body = response.content.decode()
            return {n for n in (first.number, second.number) if n in body}

        assert numbers() == {first.number, second.number}
        assert numbers(fulfilment_status="confirmed") == {second.number}
        assert numbers(payment_status="not_paid") == {first.number}
        assert numbers(store=lviv.pk) == {second.number}
        assert numbers(store=kyiv.pk) == {first.number}
        assert numbers(q=first.number) == {first.number}
        assert numbers(q="olena@example") == {first.number}
        assert numbers(q="0671234567") == {first.number, second.number}
        assert numbers(created_at_from="2000-01-01") == {first.number, second.number}
        assert numbers(created_at_to="2000-01-01") == set()

    def test_totals_are_written_by_the_money_formatter_sorted_by_amount(
        self, client, staff, rotala, kyiv
    ):
        small = place(product=rotala, store=kyiv, token="s", quantity=1)
        large = place(product=rotala, store=kyiv, token="l", quantity=3)
        client.force_login(staff["Sales operator"])
        body = client.get(reverse("commerce_orders:index"), {"ordering": "grand_total"}).text
        shown = [format_money(small.grand_total), format_money(large.grand_total)]
        assert all(total in body for total in shown)
        assert body.index(shown[0]) < body.index(shown[1])
        assert f">{large.grand_total}<" not in body  # no bare "195.00" left


@pytest.mark.django_db
class TestOrderCard:
    def test_status_email_links_use_the_admin_request_address(
        self, client, staff, rotala, kyiv, settings, django_capture_on_commit_callbacks
    ):
        from django.core import mail

        settings.WAGTAILADMIN_BASE_URL = "http://elsewhere.test"
        order = place(product=rotala, store=kyiv, email="olena@example.com")
        client.force_login(staff["Sales operator"])
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            client.post(status_url(order, "confirmed"), HTTP_HOST="shop.test:8100")
        assert [m.to for m in mail.outbox] == [["olena@example.com"]]
        assert f"http://shop.test:8100/orders/{order.number}/?key=" in mail.outbox[0].body

    def test_card_shows_lines_totals_comments_and_history(self, client, staff, rotala, kyiv):
        order = place(product=rotala, store=kyiv, comment="<b>Ring twice</b>")
        client.force_login(staff["Sales operator"])
        client.post(status_url(order, "confirmed"))
        response = client.get(reverse("commerce_orders:inspect", args=[order.pk]))
        body = response.content.decode()
        assert response.status_code == 200
        assert "PL-1" in body and "Rotala" in body and "195.00" in body
        assert "&lt;b&gt;Ring twice&lt;/b&gt;" in body and "<b>Ring twice" not in body
        assert "sales-operator@example.com" in body  # who confirmed it
        assert reverse("commerce_customers:inspect", args=[order.customer_id]) in body

    def test_buttons_follow_role_and_status(self, client, staff, rotala, kyiv):
        order = place(product=rotala, store=kyiv)
        card = reverse("commerce_orders:inspect", args=[order.pk])

        def buttons(role):
            client.force_login(staff[role])
            body = client.get(card).content.decode()
            labels = [
                "Confirm",
                "Cancel",
                "Accept for assembly",
                "Assembled",
                "In transit",
                "Complete",
                "Mark paid",
            ]
            return {label for label in labels if f">{label}</button>" in body}

        assert buttons("Sales operator") == {"Confirm", "Cancel"}
        assert buttons("Warehouse worker") == set()
        assert buttons("Accountant") == {"Mark paid"}
        force(order, status=S.CONFIRMED)
        assert buttons("Warehouse worker") == {"Accept for assembly"}
        force(order, status=S.ASSEMBLING)
        assert buttons("Warehouse worker") == {"Assembled"}
        force(order, status=S.READY)
        assert buttons("Sales operator") == {"In transit", "Cancel"}
        force(order, status=S.IN_TRANSIT, paid=True)
        assert buttons("Accountant") == {"Complete"}
        assert buttons("Sales operator") == set()

    def test_warehouse_reads_the_operator_comment_but_cannot_change_it(
        self, client, staff, rotala, kyiv
    ):
        order = place(product=rotala, store=kyiv)
        client.force_login(staff["Sales operator"])
        client.post(
            reverse("commerce_orders:comment", args=[order.pk]),
            {"operator_comment": "Fragile: pack the <stems> upright"},
        )
        order.refresh_from_db()
        assert order.operator_comment == "Fragile: pack the <stems> upright"
        client.force_login(staff["Warehouse worker"])
        body = client.get(reverse("commerce_orders:inspect", args=[order.pk])).content.decode()
        assert "Fragile: pack the &lt;stems&gt; upright" in body
        assert 'name="operator_comment"' not in body
        response = client.post(
            reverse("commerce_orders:comment", args=[order.pk]), {"operator_comment": "mine"}
        )
        assert_refused(response)
        order.refresh_from_db()
        assert order.operator_comment == "Fragile: pack the <stems> upright"

    @pytest.mark.parametrize(
        ("text", "reason"), [("a\x00b", "Null characters"), ("x" * 2001, "2000")]
    )
    def test_a_bad_comment_is_a_400_and_changes_nothing(
        self, client, staff, rotala, kyiv, text, reason
    ):
        order = place(product=rotala, store=kyiv)
        client.force_login(staff["Sales operator"])
        response = client.post(
            reverse("commerce_orders:comment", args=[order.pk]), {"operator_comment": text}
        )
        assert response.status_code == 400 and reason in response.content.decode()
        order.refresh_from_db()
        assert order.operator_comment == ""


@pytest.mark.django_db
class TestTransitionsOverHttp:
    @pytest.mark.parametrize("start", list(S.values))
    def test_each_transition_only_from_its_status_and_by_its_role(
        self, client, staff, rotala, kyiv, start
    ):
        order = place(product=rotala, store=kyiv)
        for target in sorted({to for nexts in TRANSITIONS.values() for to in nexts}):
            for role in ROLES:
                force(order, status=start, paid=True)
                client.force_login(staff[role])
                response = client.post(status_url(order, target))
                order.refresh_from_db()
                allowed = target in TRANSITIONS[start] and role in MAY.get(target, set())
                assert order.fulfilment_status == (target if allowed else start), (
                    start,
                    target,
                    role,
                )
                assert response.status_code == 302

    def test_card_orders_are_never_marked_paid_by_hand(self, client, staff, rotala, kyiv):
        order = place(product=rotala, store=kyiv, payment_method="card")
        client.force_login(staff["Accountant"])
        card = client.get(reverse("commerce_orders:inspect", args=[order.pk])).content.decode()
        assert ">Mark paid</button>" not in card
        response = client.post(reverse("commerce_orders:mark_paid", args=[order.pk]), follow=True)
        assert "only bank transfers are marked paid" in response.content.decode()
        order.refresh_from_db()
        assert order.payment_status == PaymentStatus.NOT_PAID

    def test_cancelling_a_paid_order_asks_for_a_refund(self, client, staff, rotala, kyiv):
        order = force(place(product=rotala, store=kyiv, quantity=3), status=S.CONFIRMED, paid=True)
        client.force_login(staff["Sales operator"])
        response = client.post(status_url(order, "cancelled"), follow=True)
        assert f"refund {format_money(order.grand_total)}" in response.content.decode()
        assert stock_of(rotala, kyiv) == 5

    def test_get_changes_nothing(self, client, staff, rotala, kyiv):
        order = place(product=rotala, store=kyiv)
        client.force_login(staff["Sales operator"])
        response = client.get(status_url(order, "confirmed"))
        assert response.status_code == 405
        order.refresh_from_db()
        assert order.fulfilment_status == S.PROCESSING

    def test_cancel_returns_the_stock_once(self, client, staff, rotala, kyiv):
        order = place(product=rotala, store=kyiv, quantity=3)
        assert stock_of(rotala, kyiv) == 2
        client.force_login(staff["Sales operator"])
        url = status_url(order, "cancelled")
        client.post(url)
        client.post(url)
        assert stock_of(rotala, kyiv) == 5
        order.refresh_from_db()
        assert order.fulfilment_status == S.CANCELLED

    def test_accountant_marks_paid_and_completes_moving_the_tier(
        self, client, staff, rotala, kyiv, django_capture_on_commit_callbacks
    ):
        from django.contrib.auth import get_user_model

        shopper = get_user_model().objects.create_user(email="buyer@example.com", password="x")
        customer = Customer.objects.create(
            user=shopper, phone="+380671234567", email="buyer@example.com"
        )
        from catalog.models import Price

        Price.objects.filter(product=rotala).update(amount=Decimal("2000.00"))
        order = place(product=rotala, store=kyiv, quantity=3, customer=customer)
        force(order, status=S.IN_TRANSIT)
        client.force_login(staff["Accountant"])
        complete = status_url(order, "completed")
        client.post(complete)
        order.refresh_from_db()
        assert order.fulfilment_status == S.IN_TRANSIT  # not paid yet
        client.post(reverse("commerce_orders:mark_paid", args=[order.pk]))
        client.post(complete)
        order.refresh_from_db()
        customer.refresh_from_db()
        assert (order.payment_status, order.fulfilment_status) == ("paid", "completed")
        assert customer.purchases_total == Decimal("6000.00")
        assert customer.loyalty_percent > 0
