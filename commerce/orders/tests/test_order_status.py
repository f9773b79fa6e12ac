"""The order status machine (SPEC §5; the back-office issue builds its buttons on it)."""

from decimal import Decimal

import pytest
from wagtail.models import ModelLogEntry

from catalog.tests.test_admin_price_stock import staff_with
from commerce.cart import services
from commerce.cart.models import Cart
from commerce.checkout.services import CheckoutData, place_order
from commerce.customers.models import Customer
from commerce.delivery.models import DeliveryMethod
from commerce.orders.models import OrderStatusChange, PaymentStatus
from commerce.orders.status import (
    STATUS_CHANGE,
    InvalidTransition,
    allowed_next,
    mark_paid,
    set_status,
)
from commerce.testing import stock_of

ALL = [
    "commerce.confirm_order",
    "commerce.cancel_order",
    "commerce.assemble_order",
    "commerce.ship_order",
    "commerce.complete_order",
    "commerce.mark_order_paid",
]


@pytest.fixture
def placed(rotala, kyiv):
    cart = Cart.objects.create()
    services.cart_add(cart=cart, product_id=rotala.pk, quantity=3, store_id=kyiv.pk)
    customer = Customer.objects.create(phone="+380671234567")
    method = DeliveryMethod.objects.create(name="Pickup", code="pickup", kind="pickup", store=kyiv)
    data = CheckoutData(delivery_method=method, city="", address="", payment_method="account")
    return place_order(cart=cart, customer=customer, data=data, checkout_token="t")


@pytest.fixture
def boss(db):
    return staff_with(*ALL, email="boss@shop.test")


@pytest.mark.django_db
class TestStatusMachine:
    def test_the_whole_way_to_completed_moves_the_loyalty_tier(self, placed, boss):
        for status in ("confirmed", "assembling", "ready", "in_transit"):
            set_status(order=placed, to_status=status, user=boss)
        with pytest.raises(InvalidTransition, match="not paid yet"):
            set_status(order=placed, to_status="completed", user=boss)
        mark_paid(order=placed, user=boss)
        set_status(order=placed, to_status="completed", user=boss)
        history = list(
            OrderStatusChange.objects.filter(order=placed).values_list(
                "from_status", "to_status", "user"
            )
        )
        assert history == [
            ("", "processing", None),
            ("processing", "confirmed", boss.pk),
            ("confirmed", "assembling", boss.pk),
            ("assembling", "ready", boss.pk),
            ("ready", "in_transit", boss.pk),
            ("in_transit", "completed", boss.pk),
        ]
        assert ModelLogEntry.objects.filter(action=STATUS_CHANGE).count() == 5
        customer = Customer.objects.get(pk=placed.customer_id)
        assert customer.purchases_total == Decimal("195.00")
        assert customer.loyalty_percent == Decimal("1.00")  # over 100 → 1%

    @pytest.mark.parametrize(
        ("path", "target"),
        [
            ([], "assembling"),
            ([], "completed"),
            (["confirmed"], "ready"),
            (["confirmed", "assembling", "ready", "in_transit"], "cancelled"),
        ],
    )
    def test_other_transitions_are_refused(self, placed, boss, path, target):
        for status in path:
            set_status(order=placed, to_status=status, user=boss)
        before = placed.status_changes.count()
        with pytest.raises(InvalidTransition):
            set_status(order=placed, to_status=target, user=boss)
        assert placed.status_changes.count() == before

    def test_each_transition_needs_its_permission(self, placed):
        warehouse = staff_with("commerce.assemble_order", email="w@shop.test")
        with pytest.raises(InvalidTransition, match="may not"):
            set_status(order=placed, to_status="confirmed", user=warehouse)
        assert allowed_next(order=placed, user=warehouse) == []
        operator = staff_with(
            "commerce.confirm_order", "commerce.cancel_order", email="o@shop.test"
        )
        assert allowed_next(order=placed, user=operator) == ["confirmed", "cancelled"]
        set_status(order=placed, to_status="confirmed", user=operator)
        assert allowed_next(order=placed, user=warehouse) == ["assembling"]

    def test_cancel_returns_the_stock(self, placed, boss, rotala, kyiv):
        assert stock_of(rotala, kyiv) == 2
        set_status(order=placed, to_status="cancelled", user=boss)
        assert stock_of(rotala, kyiv) == 5
        with pytest.raises(InvalidTransition):
            set_status(order=placed, to_status="cancelled", user=boss)
        assert stock_of(rotala, kyiv) == 5  # never twice

    def test_mark_paid_needs_its_permission_and_happens_once(self, placed, boss):
        clerk = staff_with("commerce.confirm_order", email="c@shop.test")
        with pytest.raises(InvalidTransition):
            mark_paid(order=placed, user=clerk)
        mark_paid(order=placed, user=boss)
        placed.refresh_from_db()
        assert placed.payment_status == PaymentStatus.PAID
        with pytest.raises(InvalidTransition, match="already paid"):
            mark_paid(order=placed, user=boss)
