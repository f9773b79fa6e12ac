"""Orders in the Wagtail admin: status e-mails, customers read-only, the journal and query
budgets (issue 7.5, 7.7, 7.8)."""

from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse

from accounts.tests.refusal import assert_refused
from commerce.cart import services
from commerce.cart.models import Cart
from commerce.checkout.services import CheckoutData, place_order
from commerce.customers.models import Customer
from commerce.delivery.models import DeliveryMethod
from commerce.orders.admin_views import status_url
from commerce.orders.models import FulfilmentStatus, Order, OrderStatusChange
from commerce.testing import place_test_order as place
from commerce.testing import stock_of

S = FulfilmentStatus


@pytest.mark.django_db
class TestStatusEmails:
    def test_each_status_change_mails_the_customer_once(
        self, client, staff, rotala, kyiv, django_capture_on_commit_callbacks
    ):
        order = place(product=rotala, store=kyiv, email="olena@example.com")
        client.force_login(staff["Sales operator"])
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            client.post(status_url(order, "confirmed"))
            # Refused presses mail nobody: confirming twice, the operator assembling, the
            # warehouse confirming or cancelling.
            client.post(status_url(order, "confirmed"))
            client.post(status_url(order, "assembling"))
            client.force_login(staff["Warehouse worker"])
            client.post(status_url(order, "confirmed"))
            client.post(status_url(order, "cancelled"))
        assert len(callbacks) == 1
        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.to == ["olena@example.com"]
        assert order.number in message.subject and "confirmed" in message.subject.lower()
        assert order.access_key in message.body

    def test_the_whole_way_sends_one_mail_per_change(
        self, client, staff, rotala, kyiv, django_capture_on_commit_callbacks
    ):
        order = place(product=rotala, store=kyiv, email="olena@example.com")
        mail.outbox.clear()
        steps = [
            ("Sales operator", "confirmed"),
            ("Warehouse worker", "assembling"),
            ("Warehouse worker", "ready"),
            ("Sales operator", "in_transit"),
        ]
        with django_capture_on_commit_callbacks(execute=True):
            for role, target in steps:
                client.force_login(staff[role])
                client.post(status_url(order, target))
        subjects = [m.subject for m in mail.outbox]
        assert len(subjects) == 4
        assert [s.split(": ")[1] for s in subjects] == [
            "confirmed",
            "assembling",
            "ready to ship",
            "in transit",
        ]
        assert OrderStatusChange.objects.filter(order=order).count() == 5


@pytest.mark.django_db
class TestCustomersInAdmin:
    def test_operators_read_cards_but_cannot_change_them(self, client, staff, rotala, kyiv):
        from django.contrib.auth import get_user_model

        shopper = get_user_model().objects.create_user(email="buyer@example.com", password="x")
        registered = Customer.objects.create(
            user=shopper, phone="+380671234567", last_name="Kovalenko", email="buyer@example.com"
        )
        order = place(product=rotala, store=kyiv)
        guest = order.customer
        client.force_login(staff["Sales operator"])
        listing = client.get(reverse("commerce_customers:index")).content.decode()
        assert "Kovalenko" in listing
        assert "Olena" not in listing  # temporary customers only through their orders
        card = client.get(reverse("commerce_customers:inspect", args=[guest.pk]))
        assert card.status_code == 200 and "Olena" in card.content.decode()
        for url in (
            reverse("commerce_customers:edit", args=[registered.pk]),
            reverse("commerce_customers:delete", args=[registered.pk]),
            reverse("commerce_customers:add"),
        ):
            assert_refused(client.post(url, {"last_name": "Hacked", "phone": "+380671234567"}), url)
        registered.refresh_from_db()
        assert registered.last_name == "Kovalenko"
        assert Customer.objects.count() == 2

    def test_warehouse_cannot_read_customer_cards(self, client, staff, rotala, kyiv):
        order = place(product=rotala, store=kyiv)
        client.force_login(staff["Warehouse worker"])
        assert_refused(client.get(reverse("commerce_customers:inspect", args=[order.customer_id])))
        card = client.get(reverse("commerce_orders:inspect", args=[order.pk])).content.decode()
        assert reverse("commerce_customers:inspect", args=[order.customer_id]) not in card


@pytest.mark.django_db
class TestJournal:
    def test_status_changes_and_edits_are_filterable_in_site_history(
        self, client, staff, rotala, kyiv
    ):
        order = place(product=rotala, store=kyiv, quantity=2)
        operator = staff["Sales operator"]
        client.force_login(operator)
        client.post(status_url(order, "confirmed"))
        lines = list(order.lines.all())
        client.post(
            reverse("commerce_orders:edit_lines", args=[order.pk]),
            {
                "lines-TOTAL_FORMS": "1",
                "lines-INITIAL_FORMS": "1",
                "lines-0-line_id": str(lines[0].pk),
                "lines-0-quantity": "3",
                "add-TOTAL_FORMS": "0",
                "add-INITIAL_FORMS": "0",
            },
        )
        report = reverse("wagtailadmin_reports:site_history")
        statuses = client.get(report, {"action": "commerce.order.status"}).text
        assert f"Order {order.number}: Processing → Confirmed" in statuses
        assert "PL-1 (Kyiv warehouse) 2 → 3" not in statuses
        edits = client.get(report, {"action": "commerce.order.edit"}).text
        assert "PL-1 (Kyiv warehouse) 2 → 3" in edits
        assert "Processing → Confirmed" not in edits
        # The warehouse reads the same order journal; the content manager sees none of it.
        client.force_login(staff["Warehouse worker"])
        assert "Processing → Confirmed" in client.get(report).text
        client.force_login(staff["Content manager"])
        assert order.number not in client.get(report).text

    def test_edit_lines_screen_moves_stock_and_refuses_bad_input(
        self, client, staff, rotala, moss, kyiv
    ):
        order = place(product=rotala, store=kyiv, quantity=2)
        client.force_login(staff["Sales operator"])
        url = reverse("commerce_orders:edit_lines", args=[order.pk])
        assert client.get(url).status_code == 200
        line = order.lines.get()
        form = {
            "lines-TOTAL_FORMS": "1",
            "lines-INITIAL_FORMS": "1",
            "lines-0-line_id": str(line.pk),
            "lines-0-quantity": "2",
            "add-TOTAL_FORMS": "1",
            "add-INITIAL_FORMS": "0",
            "add-0-sku": "PL-2",
            "add-0-store": str(kyiv.pk),
            "add-0-quantity": "11",
        }
        response = client.post(url, form)  # only 10 pieces of moss in Kyiv
        assert response.status_code == 409 and "10" in response.text
        assert stock_of(moss, kyiv) == 10 and order.lines.count() == 1
        response = client.post(url, {**form, "add-0-quantity": "abc"})
        assert response.status_code == 400 and stock_of(moss, kyiv) == 10
        for bad_id in ("abc", "1.5", "1e3", "", "99999999999999999999"):
            response = client.post(url, {**form, "lines-0-line_id": bad_id})
            assert response.status_code in (400, 409), bad_id
        assert stock_of(moss, kyiv) == 10 and order.lines.count() == 1
        response = client.post(url, {**form, "add-0-quantity": "4"})
        assert response.status_code == 302
        order.refresh_from_db()
        assert stock_of(moss, kyiv) == 6 and order.lines.count() == 2
        assert order.grand_total == Decimal("130.00") + Decimal("480.00")
        client.force_login(staff["Warehouse worker"])
        assert_refused(client.post(url, {**form, "lines-0-quantity": "1"}), url)
        assert stock_of(rotala, kyiv) == 3


@pytest.mark.django_db
class TestQueryBudgets:
    def queries(self, client, url) -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    def test_order_list_costs_the_same_for_2_and_30_orders(
        self, client, staff, rotala, kyiv, django_assert_max_num_queries
    ):
        from catalog.models import StockRecord

        StockRecord.objects.filter(product=rotala, store=kyiv).update(quantity=100)
        for i in range(2):
            place(product=rotala, store=kyiv, quantity=1, token=f"a{i}")
        client.force_login(staff["Sales operator"])
        index = reverse("commerce_orders:index")
        small = self.queries(client, index)
        for i in range(28):
            place(product=rotala, store=kyiv, quantity=1, token=f"b{i}")
        with django_assert_max_num_queries(small):
            response = client.get(index)
        body = response.content.decode()
        shown = [n for n in Order.objects.values_list("number", flat=True) if n in body]
        assert len(shown) == 20  # a full first page of the 30

    def test_order_card_costs_the_same_for_1_and_12_lines(
        self, client, staff, catalog, kyiv, django_assert_max_num_queries
    ):
        from catalog.tests.factories import make_product

        products = [
            make_product(catalog, sku=f"Q-{i}", title=f"Plant {i}", price="10.00", stock={kyiv: 5})
            for i in range(12)
        ]
        one = place(product=products[0], store=kyiv, quantity=1, token="one")
        cart = Cart.objects.create()
        for product in products:
            services.cart_add(cart=cart, product_id=product.pk, quantity=1, store_id=kyiv.pk)
        method = DeliveryMethod.objects.get(code="pickup")
        many = place_order(
            cart=cart,
            customer=Customer.objects.create(phone="+380671234567", is_temporary=True),
            data=CheckoutData(delivery_method=method, city="", address="", payment_method="card"),
            checkout_token="many",
        )
        client.force_login(staff["Sales operator"])
        small = self.queries(client, reverse("commerce_orders:inspect", args=[one.pk]))
        with django_assert_max_num_queries(small):
            response = client.get(reverse("commerce_orders:inspect", args=[many.pk]))
        assert "Q-11" in response.content.decode()


@pytest.mark.django_db
def test_stock_moved_by_cancels_and_edits_is_in_the_stock_journal(client, staff, rotala, kyiv):
    from wagtail.models import ModelLogEntry

    order = place(product=rotala, store=kyiv, quantity=2)  # 5 → 3 (a reservation, not journaled)
    client.force_login(staff["Sales operator"])
    line = order.lines.get()
    client.post(
        reverse("commerce_orders:edit_lines", args=[order.pk]),
        {
            "lines-TOTAL_FORMS": "1",
            "lines-INITIAL_FORMS": "1",
            "lines-0-line_id": str(line.pk),
            "lines-0-quantity": "3",
            "add-TOTAL_FORMS": "0",
            "add-INITIAL_FORMS": "0",
        },
    )
    client.post(status_url(order, "cancelled"))
    entries = ModelLogEntry.objects.filter(action="catalog.stock.change").order_by("pk")
    assert [(e.data["old"], e.data["new"], e.data["source"], e.user_id) for e in entries] == [
        (3, 2, f"Order {order.number} edited", staff["Sales operator"].pk),
        (2, 5, f"Order {order.number} cancelled", staff["Sales operator"].pk),
    ]
    # Managers, who own stock, read it in Site history filtered to stock changes.
    client.force_login(staff["Manager"])
    report = client.get(
        reverse("wagtailadmin_reports:site_history"), {"action": "catalog.stock.change"}
    ).content.decode()
    assert "Stock of PL-1 in kyiv changed: 2 → 5 pcs" in report
    assert f"Order {order.number} cancelled" in report


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_production_queues_status_mails_for_the_worker(client, operator_account, rotala, kyiv):
    """With production's task backend the request only queues the mail; a `db_worker`
    process sends it, once."""
    from django.conf import settings as django_settings
    from django.core.management import call_command
    from django.test import override_settings
    from django_tasks_db.models import DBTaskResult

    order = place(product=rotala, store=kyiv, email="olena@example.com")
    client.force_login(operator_account)
    mail.outbox.clear()
    with override_settings(TASKS=django_settings.DATABASE_TASKS):
        client.post(status_url(order, "confirmed"))
        assert mail.outbox == []  # queued, not sent inside the request
        assert DBTaskResult.objects.count() == 1
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert [m.to for m in mail.outbox] == [["olena@example.com"]]
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


@pytest.fixture
def operator_account(role_user):
    return role_user("Sales operator")
