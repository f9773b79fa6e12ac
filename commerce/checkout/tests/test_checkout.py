"""Issue 6.1–6.3, 6.10: the four checkout steps, delivery rates and placing an order."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.tests.signup import confirm
from catalog.tests.factories import make_product
from commerce.cart.models import Cart, CartLine
from commerce.checkout.services import CheckoutData, CheckoutError, place_order
from commerce.customers.models import Customer
from commerce.delivery.models import DeliveryMethod
from commerce.delivery.selectors import fee_from_rates
from commerce.orders.models import FulfilmentStatus, Order, PaymentStatus
from commerce.testing import stock_of

D = Decimal


@pytest.fixture
def pickup(kyiv):
    return DeliveryMethod.objects.create(
        name="Pickup in Kyiv", code="pickup-kyiv", kind="pickup", store=kyiv
    )


def add(client, product, quantity=1):
    return client.post(reverse("cart_add"), {"product": product.pk, "quantity": quantity})


def walk_to_confirm(client, method, *, guest=True, payment="card"):
    if guest:
        assert (
            client.post(
                reverse("checkout_who"), {"phone": "067 123 45 67", "first_name": "Marta"}
            ).status_code
            == 302
        )
    client.post(
        reverse("checkout_delivery"),
        {"method": method.pk, "city": "Lviv", "address": "5 Horodotska St"},
    )
    client.post(reverse("checkout_payment"), {"payment_method": payment})
    page = client.get(reverse("checkout_confirm"))
    soup = BeautifulSoup(page.content, "html.parser")
    return soup, {
        "checkout_token": soup.select_one("[name=checkout_token]")["value"],
        "expected_total": soup.select_one("[name=expected_total]")["value"],
        "comment": "Ring twice",
    }


class TestDeliveryRates:
    @pytest.mark.parametrize(
        ("total", "fee"),
        [
            ("0.01", "120"),
            ("999.99", "120"),
            ("1000.00", "60"),
            ("2999.99", "60"),
            ("3000.00", "0"),
            ("50000", "0"),
        ],
    )
    def test_courier_table(self, total, fee):
        rates = [(D("0"), D("120")), (D("1000"), D("60")), (D("3000"), D("0"))]
        assert fee_from_rates(rates, D(total)) == D(fee)

    def test_no_rates_is_free(self):
        assert fee_from_rates([], D("10")) == D("0.00")


@pytest.mark.django_db
class TestGuestCheckout:
    def test_guest_places_an_order_and_the_reservation_passes_to_it(
        self, client, rotala, kyiv, courier
    ):
        add(client, rotala, 2)
        assert stock_of(rotala, kyiv) == 3
        soup, form = walk_to_confirm(client, courier)
        assert "120.00" in soup.select_one("#confirm-delivery").text
        assert "250.00" in soup.select_one("#confirm-total").text  # 130.00 + 120.00
        response = client.post(reverse("checkout_confirm"), form)
        assert response.status_code == 302
        order = Order.objects.get()
        assert response["Location"].startswith(reverse("order_detail", args=[order.number]))
        assert (order.fulfilment_status, order.payment_status) == (
            FulfilmentStatus.PROCESSING,
            PaymentStatus.NOT_PAID,
        )
        assert (order.goods_total, order.delivery_cost, order.grand_total) == (
            D("130.00"),
            D("120.00"),
            D("250.00"),
        )
        assert order.customer.is_temporary and order.customer.phone == "+380671234567"
        assert order.customer_comment == "Ring twice"
        line = order.lines.get()
        assert (line.sku, line.quantity, line.unit_price, line.final_amount) == (
            "PL-1",
            2,
            D("65.00"),
            D("130.00"),
        )
        assert list(order.status_changes.values_list("from_status", "to_status")) == [
            ("", "processing")
        ]
        assert not CartLine.objects.exists()  # the cart is empty
        assert stock_of(rotala, kyiv) == 3  # taken once, at the reservation

    def test_the_order_page_needs_the_secret_link(self, client, rotala, courier):
        add(client, rotala)
        _, form = walk_to_confirm(client, courier)
        client.post(reverse("checkout_confirm"), form)
        order = Order.objects.get()
        url = reverse("order_detail", args=[order.number])
        page = client.get(url, {"key": order.access_key})
        assert page.status_code == 200
        assert f"{url}?key={order.access_key}" in page.text  # the link, shown to keep
        assert client.get(url).status_code == 404
        assert client.get(url, {"key": "guess"}).status_code == 404

    def test_guest_needs_a_valid_phone(self, client, rotala, courier):
        add(client, rotala)
        response = client.post(reverse("checkout_who"), {"phone": "123"})
        assert response.status_code == 400
        assert "is not a valid phone number" in response.text
        assert client.get(reverse("checkout_delivery")).status_code == 302

    def test_going_back_keeps_what_was_entered(self, client, rotala, courier):
        add(client, rotala)
        walk_to_confirm(client, courier)
        who = BeautifulSoup(client.get(reverse("checkout_who")).content, "html.parser")
        assert who.select_one("[name=first_name]")["value"] == "Marta"
        delivery = BeautifulSoup(client.get(reverse("checkout_delivery")).content, "html.parser")
        assert delivery.select_one("[name=city]")["value"] == "Lviv"
        assert delivery.select_one(f"[name=method][value='{courier.pk}']").has_attr("checked")
        payment = BeautifulSoup(client.get(reverse("checkout_payment")).content, "html.parser")
        assert payment.select_one("[name=payment_method][value=card]").has_attr("checked")

    def test_steps_cannot_be_skipped(self, client, rotala, courier):
        add(client, rotala)
        response = client.get(reverse("checkout_confirm"))
        assert response["Location"] == reverse("checkout_who")

    def test_empty_cart_goes_back_to_the_cart(self, client, db):
        assert client.get(reverse("checkout_who"))["Location"] == reverse("cart")

    def test_courier_needs_an_address_pickup_does_not(self, client, rotala, courier, pickup):
        add(client, rotala)
        client.post(reverse("checkout_who"), {"phone": "0671234567"})
        response = client.post(reverse("checkout_delivery"), {"method": courier.pk})
        assert response.status_code == 400 and "Courier needs the city." in response.text
        ok = client.post(reverse("checkout_delivery"), {"method": pickup.pk})
        assert ok.status_code == 302


@pytest.mark.django_db
class TestPickupAtAnotherStore:
    def notes(self, page):
        soup = BeautifulSoup(page.content, "html.parser")
        return {
            note["id"]: note.get_text(" ", strip=True) for note in soup.select(".pickup-transfer")
        }

    def test_no_note_when_the_pickup_store_holds_every_line(
        self, client, moss, courier, pickup, lviv
    ):
        DeliveryMethod.objects.create(name="Pickup in Lviv", code="pl", kind="pickup", store=lviv)
        add(client, moss)  # Kyiv only
        client.post(reverse("checkout_who"), {"phone": "0671234567"})
        notes = self.notes(client.get(reverse("checkout_delivery")))
        lviv_pickup = DeliveryMethod.objects.get(code="pl")
        # Kyiv pickup holds it all; Lviv would need the goods moved; the courier never.
        assert notes == {
            f"transfer-{lviv_pickup.pk}": (
                "Your goods will be moved to Lviv shop; ready for pickup in 2 days."
            )
        }
        soup, _ = walk_to_confirm(client, pickup, guest=False)
        assert soup.select_one("#confirm-transfer") is None

    def test_lines_from_other_stores_are_explained_from_delivery_to_the_order(
        self,
        client,
        plants,
        moss,
        courier,
        pickup,
        lviv,
        settings,
        role_user,
        django_capture_on_commit_callbacks,
    ):
        operator = role_user("Sales operator")
        settings.SHOP_PICKUP_TRANSFER_DAYS = 3
        fern = make_product(plants, sku="PL-9", title="Fern", price="80.00", stock={lviv: 4})
        add(client, moss)  # from Kyiv
        add(client, fern)  # from Lviv
        client.post(reverse("checkout_who"), {"phone": "0671234567"})
        notes = self.notes(client.get(reverse("checkout_delivery")))
        expected = "Your goods will be moved to Kyiv warehouse; ready for pickup in 3 days."
        assert notes == {f"transfer-{pickup.pk}": expected}
        soup, form = walk_to_confirm(client, pickup, guest=False)
        assert soup.select_one("#confirm-transfer").get_text(strip=True) == expected
        client.post(reverse("checkout_who"), {"phone": "0671234567", "email": "o@example.com"})
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(reverse("checkout_confirm"), form).status_code == 302
        order = Order.objects.get()
        assert order.delivery_method == pickup
        # The order keeps saying so: its page, the shopper's e-mail, and for the staff who
        # move the goods, their e-mail and the order card.
        page = client.get(order.private_path())
        assert (
            BeautifulSoup(page.content, "html.parser")
            .select_one("#order-transfer")
            .get_text(strip=True)
            == expected
        )
        staff_note = (
            "Pickup at Kyiv warehouse: lines from other stores are to be moved there first."
        )
        mails = {message.to[0]: message.body for message in mail.outbox}
        assert expected in mails["o@example.com"]
        assert staff_note in mails[operator.email]
        client.force_login(operator)
        card = client.get(reverse("commerce_orders:inspect", args=[order.pk]))
        assert staff_note in card.text

    def test_one_day_reads_in_the_singular(self, settings, moss, lviv, pickup):
        from commerce.delivery.selectors import pickup_transfer

        settings.SHOP_PICKUP_TRANSFER_DAYS = 1
        transfer = pickup_transfer(method=pickup, store_ids={lviv.pk})
        assert transfer.message == (
            "Your goods will be moved to Kyiv warehouse; ready for pickup in 1 day."
        )
        assert pickup_transfer(method=pickup, store_ids={pickup.store_id}) is None


@pytest.mark.django_db
class TestCustomerCheckout:
    def test_card_prefills_and_the_who_step_is_skipped(self, client, rotala, courier):
        user = get_user_model().objects.create_user(email="olena@example.com", password="x")
        Customer.objects.create(
            user=user,
            phone="+380671234567",
            default_city="Odesa",
            default_address="1 Deribasivska St",
            default_order_comment="Leave at the door",
        )
        client.force_login(user)
        add(client, rotala)
        assert client.get(reverse("checkout_who"))["Location"] == reverse("checkout_delivery")
        delivery = BeautifulSoup(client.get(reverse("checkout_delivery")).content, "html.parser")
        assert delivery.select_one("[name=city]")["value"] == "Odesa"
        soup, form = walk_to_confirm(client, courier, guest=False)
        assert soup.select_one("[name=comment]").text.strip() == "Leave at the door"
        client.post(reverse("checkout_confirm"), form)
        order = Order.objects.get()
        assert order.customer.user == user and not order.customer.is_temporary

    def test_register_during_checkout_keeps_the_cart(self, client, rotala, courier):
        add(client, rotala, 2)
        who = BeautifulSoup(client.get(reverse("checkout_who")).content, "html.parser")
        register_link = who.find("a", string="register")["href"]
        assert register_link == reverse("account_signup") + "?next=" + reverse("checkout_who")
        response = client.post(
            register_link,
            {
                "email": "new@example.com",
                "password1": "Pw-Strong-2026",
                "password2": "Pw-Strong-2026",
                "next": reverse("checkout_who"),  # the form carries it on, as allauth's does
            },
        )
        assert response["Location"] == reverse("account_email_verification_sent")
        assert Cart.objects.get().user is None  # confirm the e-mail first (issue 12.8)
        response = confirm(client, "new@example.com")  # the mailed code, same browser
        assert response["Location"] == reverse("checkout_who")  # back to the checkout
        cart = Cart.objects.get()
        assert cart.user.email == "new@example.com" and cart.lines.get().quantity == 2
        assert cart.is_reserved
        page = client.get(reverse("checkout_who"))
        assert "please add your phone" in page.text
        client.post(reverse("checkout_who"), {"phone": "0501112233"})
        _, form = walk_to_confirm(client, courier, guest=False)
        client.post(reverse("checkout_confirm"), form)
        assert Order.objects.get().customer.user.email == "new@example.com"


@pytest.mark.django_db
class TestPlacement:
    def test_double_submit_gives_one_order(self, client, rotala, courier):
        add(client, rotala)
        _, form = walk_to_confirm(client, courier)
        first = client.post(reverse("checkout_confirm"), form)
        second = client.post(reverse("checkout_confirm"), form)
        assert Order.objects.count() == 1
        assert second.status_code == 302 and first["Location"] == second["Location"]
        assert Customer.objects.filter(is_temporary=True).count() == 1

    def test_a_changed_total_is_refused(self, client, rotala, courier):
        add(client, rotala)
        _, form = walk_to_confirm(client, courier)
        response = client.post(reverse("checkout_confirm"), {**form, "expected_total": "1.00"})
        assert response.status_code == 409
        assert "Prices changed" in response.text
        assert not Order.objects.exists() and CartLine.objects.exists()
        assert not Customer.objects.filter(is_temporary=True).exists()

    def test_posted_prices_are_ignored(self, client, rotala, courier):
        add(client, rotala)
        _, form = walk_to_confirm(client, courier)
        client.post(
            reverse("checkout_confirm"), {**form, "unit_price": "0.01", "grand_total": "0.01"}
        )
        assert Order.objects.get().grand_total == D("185.00")

    def test_same_token_twice_in_the_service(self, rotala, courier):
        cart = Cart.objects.create()
        from commerce.cart import services

        services.cart_add(cart=cart, product_id=rotala.pk)
        customer = Customer.objects.create(phone="+380671234567")
        data = CheckoutData(
            delivery_method=courier, city="Kyiv", address="x", payment_method="card"
        )
        first = place_order(cart=cart, customer=customer, data=data, checkout_token="t-1")
        again = place_order(cart=cart, customer=customer, data=data, checkout_token="t-1")
        assert first.pk == again.pk and Order.objects.count() == 1
        with pytest.raises(CheckoutError, match="Your cart is empty."):
            place_order(cart=cart, customer=customer, data=data, checkout_token="t-2")

    def test_query_count_does_not_grow_with_lines(self, plants, kyiv, courier):
        from commerce.cart import services

        customer = Customer.objects.create(phone="+380671234567")
        data = CheckoutData(
            delivery_method=courier, city="Kyiv", address="x", payment_method="card"
        )
        from commerce.pricing.loader import cached_discounts

        cached_discounts()  # measure the steady state, with the discount cache warm
        counts = []
        for size in (2, 30):
            cart = Cart.objects.create()
            for n in range(size):
                product = make_product(plants, sku=f"S{size}-{n}", stock={kyiv: 3})
                services.cart_add(cart=cart, product_id=product.pk)
            with CaptureQueriesContext(connection) as captured:
                place_order(
                    cart=cart, customer=customer, data=data, checkout_token=f"budget-{size}"
                )
            counts.append(len(captured.captured_queries))
        assert counts[0] == counts[1]


def place_for_marta(client, product, courier, capture_on_commit) -> Order:
    """Marta (marta@example.com) buys ``product`` by courier over HTTP; the after-commit work
    (the e-mails) runs."""
    add(client, product)
    client.post(reverse("checkout_who"), {"phone": "0671234567", "email": "marta@example.com"})
    _, form = walk_to_confirm(client, courier, guest=False)
    with capture_on_commit(execute=True):
        client.post(reverse("checkout_confirm"), form)
    return Order.objects.get()


@pytest.mark.django_db
class TestAfterPlacement:
    def test_confirmation_and_staff_emails_after_commit(
        self, client, rotala, courier, django_capture_on_commit_callbacks, settings, role_user
    ):
        from django.core import mail

        settings.SHOP_SALES_EMAILS = ["sales@shop.test"]
        role_user("Sales operator", email="olha@shop.test")
        role_user("Warehouse worker", email="petro@shop.test")
        order = place_for_marta(client, rotala, courier, django_capture_on_commit_callbacks)
        to_customer = next(m for m in mail.outbox if m.to == ["marta@example.com"])
        assert order.number in to_customer.subject
        assert f"/orders/{order.number}/?key={order.access_key}" in to_customer.body
        # Every sales operator (and the shared mailbox), not the warehouse.
        to_staff = next(m for m in mail.outbox if m.to == ["olha@shop.test", "sales@shop.test"])
        assert f"/admin/commerce/orders/inspect/{order.pk}/" in to_staff.body
        assert len(mail.outbox) == 2

    def test_email_links_use_the_address_the_order_was_placed_on(
        self, client, rotala, courier, django_capture_on_commit_callbacks, settings, role_user
    ):
        from django.core import mail

        settings.WAGTAILADMIN_BASE_URL = "http://elsewhere.test"
        role_user("Sales operator", email="olha@shop.test")
        client.defaults["HTTP_HOST"] = "shop.test:8100"
        order = place_for_marta(client, rotala, courier, django_capture_on_commit_callbacks)
        to_customer = next(m for m in mail.outbox if m.to == ["marta@example.com"])
        to_staff = next(m for m in mail.outbox if m.to == ["olha@shop.test"])
        assert f"http://shop.test:8100/orders/{order.number}/?key=" in to_customer.body
        assert f"http://shop.test:8100/admin/commerce/orders/inspect/{order.pk}/" in to_staff.body
        assert "elsewhere.test" not in to_customer.body + to_staff.body

    def test_email_links_without_a_request_use_the_setting(self, rotala, kyiv, settings):
        from django.core import mail

        from commerce.orders.notifications import send_order_emails

        settings.WAGTAILADMIN_BASE_URL = "http://elsewhere.test/"
        cart = Cart.objects.create()
        from commerce.cart import services

        services.cart_add(cart=cart, product_id=rotala.pk, store_id=kyiv.pk)
        customer = Customer.objects.create(phone="+380671234567", email="marta@example.com")
        method = DeliveryMethod.objects.create(name="P", code="p", kind="pickup", store=kyiv)
        data = CheckoutData(delivery_method=method, city="", address="", payment_method="card")
        order = place_order(cart=cart, customer=customer, data=data, checkout_token="no-request")
        mail.outbox.clear()
        send_order_emails.call(order.pk)
        assert f"http://elsewhere.test/orders/{order.number}/?key=" in mail.outbox[0].body

    def test_history_and_detail_for_the_owner_only(self, client, rotala, courier):
        user = get_user_model().objects.create_user(email="olena@example.com", password="x")
        Customer.objects.create(user=user, phone="+380671234567")
        client.force_login(user)
        add(client, rotala)
        _, form = walk_to_confirm(client, courier, guest=False)
        client.post(reverse("checkout_confirm"), form)
        order = Order.objects.get()
        history = client.get(reverse("account_orders"))
        assert f'data-order="{order.number}"' in history.text
        assert client.get(reverse("order_detail", args=[order.number])).status_code == 200
        other = get_user_model().objects.create_user(email="taras@example.com", password="x")
        client.force_login(other)
        assert client.get(reverse("order_detail", args=[order.number])).status_code == 404
        assert order.number not in client.get(reverse("account_orders")).text
