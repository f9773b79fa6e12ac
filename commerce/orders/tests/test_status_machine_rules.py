"""The order status machine, rule by rule (SPEC §5, §8; commerce/orders.py).

The tables below are written out by hand from SPEC §5 (processing → confirmed → assembling →
ready → in transit → completed; cancelled from any status before shipping) and the roles'
permissions, not read from commerce.orders, so that a changed row there fails here. Every
refusal is checked to change nothing: no status, no history row, no audit entry, no e-mail.
"""

from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from wagtail.models import ModelLogEntry

from catalog.models import StockRecord
from catalog.tests.test_admin_price_stock import staff_with
from commerce.cart import services
from commerce.cart.models import Cart
from commerce.checkout.services import CheckoutData, place_order
from commerce.customers.models import Customer
from commerce.delivery.models import DeliveryMethod
from commerce.orders.models import Order, OrderStatusChange, PaymentStatus
from commerce.orders.status import (
    InvalidTransition,
    allowed_next,
    can_mark_paid,
    mark_paid,
    set_status,
)
from commerce.orders.tests.test_order_status import ALL
from commerce.testing import stock_of

STATUSES = [
    "processing",
    "confirmed",
    "assembling",
    "ready",
    "in_transit",
    "completed",
    "cancelled",
]
# How each status reads in a refusal (its label, lower-cased).
READS = {
    "processing": "processing",
    "confirmed": "confirmed",
    "assembling": "assembling",
    "ready": "ready to ship",
    "in_transit": "in transit",
    "completed": "completed",
    "cancelled": "cancelled",
}
# (from, to) → the one permission that allows it. Every other pair is refused.
ALLOWED = {
    ("processing", "confirmed"): "commerce.confirm_order",
    ("processing", "cancelled"): "commerce.cancel_order",
    ("confirmed", "assembling"): "commerce.assemble_order",
    ("confirmed", "cancelled"): "commerce.cancel_order",
    ("assembling", "ready"): "commerce.assemble_order",
    ("assembling", "cancelled"): "commerce.cancel_order",
    ("ready", "in_transit"): "commerce.ship_order",
    ("ready", "cancelled"): "commerce.cancel_order",
    ("in_transit", "completed"): "commerce.complete_order",
}
REFUSED = [(a, b) for a in STATUSES for b in STATUSES if (a, b) not in ALLOWED]
STATUS_CHANGE = "commerce.order.status"
MARKED_PAID = "commerce.order.paid"


@pytest.fixture
def boss(db):
    return staff_with(*ALL, email="boss@shop.test")


@pytest.fixture
def accountant(db):
    return staff_with("commerce.mark_order_paid", email="accountant@shop.test")


@pytest.fixture
def gw1(order):
    """Order GW000001: 185.00 UAH of goods, no lines, e-mail olena@example.com, processing,
    not paid, by card (the ``order`` factory of commerce/tests/conftest.py)."""
    placed = order()
    Order.objects.filter(pk=placed.pk).update(email="olena@example.com")
    placed.refresh_from_db()
    return placed


def force(order: Order, *, status: str | None = None, paid: bool | None = None, method=None):
    """Put ``order`` in a state directly (test setup, not a transition)."""
    fields = {}
    if status is not None:
        fields["fulfilment_status"] = status
    if paid is not None:
        fields["payment_status"] = PaymentStatus.PAID if paid else PaymentStatus.NOT_PAID
    if method is not None:
        fields["payment_method"] = method
    Order.objects.filter(pk=order.pk).update(**fields)
    order.refresh_from_db()
    return order


def state(order: Order) -> tuple:
    """What a refusal must leave untouched: status, payment, history rows, audit entries."""
    fresh = Order.objects.get(pk=order.pk)
    return (
        fresh.fulfilment_status,
        fresh.payment_status,
        OrderStatusChange.objects.filter(order=order).count(),
        ModelLogEntry.objects.count(),
    )


def status_entries(order: Order) -> list[tuple]:
    return [
        (e.data, e.user_id)
        for e in ModelLogEntry.objects.filter(
            action=STATUS_CHANGE,
            content_type=ContentType.objects.get_for_model(Order),
            object_id=str(order.pk),
        ).order_by("pk")
    ]


@pytest.mark.django_db
class TestTransitionTable:
    @pytest.mark.parametrize(("start", "target"), list(ALLOWED))
    def test_each_allowed_move_works_for_its_permission_only(
        self, gw1, start, target, django_capture_on_commit_callbacks
    ):
        force(gw1, status=start, paid=True)  # paid, so completion is allowed too
        others = staff_with(*[p for p in ALL if p != ALLOWED[start, target]], email="o@x.test")
        before = state(gw1)
        with pytest.raises(InvalidTransition) as refused:
            set_status(order=gw1, to_status=target, user=others)
        assert refused.value.message == f"Your role may not set orders to {READS[target]}."
        assert state(gw1) == before

        holder = staff_with(ALLOWED[start, target], email="holder@x.test")
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            moved = set_status(order=gw1, to_status=target, user=holder)
        assert (moved.from_status, moved.to_status) == (start, target)
        assert moved.order.fulfilment_status == target
        assert gw1.fulfilment_status == target  # the caller's copy follows
        assert Order.objects.get(pk=gw1.pk).fulfilment_status == target
        change = OrderStatusChange.objects.filter(order=gw1).get()
        assert (change.from_status, change.to_status, change.user_id) == (start, target, holder.pk)
        assert status_entries(gw1) == [
            ({"number": "GW000001", "old": start, "new": target}, holder.pk)
        ]
        assert [m.to for m in mail.outbox] == [["olena@example.com"]]

    @pytest.mark.parametrize(("start", "target"), REFUSED)
    def test_every_other_pair_is_refused_and_changes_nothing(
        self, gw1, boss, start, target, django_capture_on_commit_callbacks
    ):
        force(gw1, status=start, paid=True)
        before = state(gw1)
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            with pytest.raises(InvalidTransition) as refused:
                set_status(order=gw1, to_status=target, user=boss)
        assert refused.value.message == (
            f"Order GW000001 is {READS[start]}; it cannot become {READS[target]}."
        )
        assert refused.value.status == 409
        assert state(gw1) == before
        assert gw1.fulfilment_status == start
        assert callbacks == []

    def test_an_unknown_status_is_refused_by_name(
        self, gw1, boss, django_capture_on_commit_callbacks
    ):
        before = state(gw1)
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            with pytest.raises(InvalidTransition) as refused:
                set_status(order=gw1, to_status="shipped", user=boss)
        assert refused.value.message == "Order GW000001 is processing; it cannot become shipped."
        assert state(gw1) == before
        assert gw1.fulfilment_status == "processing"
        assert callbacks == [] and mail.outbox == []

    def test_nobody_is_refused(self, gw1, django_capture_on_commit_callbacks):
        before = state(gw1)
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            with pytest.raises(InvalidTransition) as refused:
                set_status(order=gw1, to_status="confirmed", user=None)
        assert refused.value.message == "Your role may not set orders to confirmed."
        assert state(gw1) == before
        assert callbacks == []


@pytest.mark.django_db
class TestCompletion:
    def test_an_unpaid_order_is_not_completed(self, gw1, boss, django_capture_on_commit_callbacks):
        force(gw1, status="in_transit", paid=False)
        before = state(gw1)
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            with pytest.raises(InvalidTransition) as refused:
                set_status(order=gw1, to_status="completed", user=boss)
        assert refused.value.message == (
            "Order GW000001 is not paid yet; only a paid order can be completed."
        )
        assert state(gw1) == before
        assert callbacks == []
        assert Customer.objects.get(pk=gw1.customer_id).purchases_total == Decimal("0.00")

    def test_the_goods_total_not_the_delivery_counts_towards_loyalty(self, gw1, boss):
        """Purchases 200.00 + this order's goods 185.00 = 385.00: over 250 → 2 %. (With the
        delivery's 120.00 counted too it would be 505.00 → 3 %; 185.00 alone → 1 %.)"""
        Customer.objects.filter(pk=gw1.customer_id).update(purchases_total=Decimal("200.00"))
        Order.objects.filter(pk=gw1.pk).update(
            delivery_cost=Decimal("120.00"), grand_total=Decimal("305.00")
        )
        force(gw1, status="in_transit", paid=True)
        set_status(order=gw1, to_status="completed", user=boss)
        customer = Customer.objects.get(pk=gw1.customer_id)
        assert customer.purchases_total == Decimal("385.00")
        assert customer.loyalty_percent == Decimal("2.00")

    def test_no_other_move_counts_towards_loyalty(self, gw1, order, boss):
        """Only completed purchases count (SPEC §4): a paid order on its way, or a cancelled
        one, adds nothing."""
        force(gw1, paid=True)
        for target in ("confirmed", "assembling", "ready", "in_transit"):
            set_status(order=gw1, to_status=target, user=boss)
            assert Customer.objects.get(pk=gw1.customer_id).purchases_total == Decimal("0.00")
        other = order(number="GW000002")
        set_status(order=other, to_status="cancelled", user=boss)
        assert Customer.objects.get(pk=other.customer_id).purchases_total == Decimal("0.00")


def place_lines(*lines, token="t1") -> Order:
    """An order placed through the real checkout from ``(product, store, pieces)`` lines."""
    cart = Cart.objects.create()
    for product, store, quantity in lines:
        services.cart_add(cart=cart, product_id=product.pk, quantity=quantity, store_id=store.pk)
    store = lines[0][1]
    method, _ = DeliveryMethod.objects.get_or_create(
        code="pickup", defaults={"name": "Pickup", "kind": "pickup", "store": store}
    )
    return place_order(
        cart=cart,
        customer=Customer.objects.create(phone="+380671234567", is_temporary=True),
        data=CheckoutData(delivery_method=method, city="", address="", payment_method="account"),
        checkout_token=token,
    )


def stock_journal() -> set[tuple]:
    return {
        (e.data["sku"], e.data["store"], e.data["old"], e.data["new"], e.data["source"], e.user_id)
        for e in ModelLogEntry.objects.filter(action="catalog.stock.change")
    }


@pytest.mark.django_db
class TestCancel:
    def test_each_line_returns_its_pieces_once_and_is_journaled(
        self, rotala, moss, kyiv, lviv, boss
    ):
        """Rotala: 3 of Kyiv's 5 and 1 of Lviv's 3; moss: 1 of Kyiv's 10 (one-piece lines)."""
        placed = place_lines((rotala, kyiv, 3), (rotala, lviv, 1), (moss, kyiv, 1))
        assert (stock_of(rotala, kyiv), stock_of(rotala, lviv), stock_of(moss, kyiv)) == (2, 2, 9)
        set_status(order=placed, to_status="cancelled", user=boss)
        assert (stock_of(rotala, kyiv), stock_of(rotala, lviv), stock_of(moss, kyiv)) == (5, 3, 10)
        source = f"Order {placed.number} cancelled"
        assert stock_journal() == {
            ("PL-1", "kyiv", 2, 5, source, boss.pk),  # 2 + 3
            ("PL-1", "lviv", 2, 3, source, boss.pk),  # 2 + 1
            ("PL-2", "kyiv", 9, 10, source, boss.pk),  # 9 + 1
        }
        assert ModelLogEntry.objects.filter(action="catalog.stock.change").count() == 3

    def test_a_line_whose_product_was_deleted_is_skipped(self, rotala, moss, kyiv, boss):
        placed = place_lines((rotala, kyiv, 2), (moss, kyiv, 4))  # Kyiv: rotala 3, moss 6
        moss.delete()  # the line keeps its SKU and name; its product becomes None
        assert placed.lines.get(sku="PL-2").product_id is None
        set_status(order=placed, to_status="cancelled", user=boss)
        assert Order.objects.get(pk=placed.pk).fulfilment_status == "cancelled"
        assert stock_of(rotala, kyiv) == 5  # 3 + 2
        assert StockRecord.objects.filter(product_id=None).count() == 0
        source = f"Order {placed.number} cancelled"
        assert stock_journal() == {("PL-1", "kyiv", 3, 5, source, boss.pk)}

    def test_other_moves_return_no_stock(self, rotala, kyiv, boss):
        placed = place_lines((rotala, kyiv, 3))
        set_status(order=placed, to_status="confirmed", user=boss)
        assert stock_of(rotala, kyiv) == 2  # 5 − 3, still held by the order
        assert stock_journal() == set()


@pytest.mark.django_db
class TestAllowedNext:
    # status → what a user holding every permission may do, in the buttons' order
    EVERYTHING = {
        "processing": ["confirmed", "cancelled"],
        "confirmed": ["assembling", "cancelled"],
        "assembling": ["ready", "cancelled"],
        "ready": ["in_transit", "cancelled"],
        "in_transit": ["completed"],
        "completed": [],
        "cancelled": [],
    }
    # status → what the warehouse (assemble only) may do
    WAREHOUSE = {
        "processing": [],
        "confirmed": ["assembling"],
        "assembling": ["ready"],
        "ready": [],
        "in_transit": [],
        "completed": [],
        "cancelled": [],
    }

    @pytest.mark.parametrize("status", STATUSES)
    def test_per_user_and_status(self, gw1, boss, status):
        warehouse = staff_with("commerce.assemble_order", email="w@x.test")
        nobody = staff_with(email="n@x.test")
        force(gw1, status=status)
        assert allowed_next(order=gw1, user=boss) == self.EVERYTHING[status]
        assert allowed_next(order=gw1, user=warehouse) == self.WAREHOUSE[status]
        assert allowed_next(order=gw1, user=nobody) == []


@pytest.mark.django_db
class TestMarkPaid:
    @pytest.fixture
    def by_account(self, gw1):
        return force(gw1, method="account")

    def test_may_when_permitted_by_account_unpaid_and_not_cancelled(self, by_account, accountant):
        assert can_mark_paid(order=by_account, user=accountant) is True

    def test_not_without_the_permission(self, by_account):
        operator = staff_with(*[p for p in ALL if p != "commerce.mark_order_paid"], email="o@x.t")
        assert can_mark_paid(order=by_account, user=operator) is False

    def test_not_a_card_order(self, by_account, accountant):
        assert can_mark_paid(order=force(by_account, method="card"), user=accountant) is False

    def test_not_twice(self, by_account, accountant):
        assert can_mark_paid(order=force(by_account, paid=True), user=accountant) is False

    def test_not_a_cancelled_order(self, by_account, accountant):
        order = force(by_account, status="cancelled")
        assert can_mark_paid(order=order, user=accountant) is False

    def test_any_other_status_may_be_paid(self, by_account, accountant):
        for status in ("confirmed", "assembling", "ready", "in_transit", "completed"):
            assert can_mark_paid(order=force(by_account, status=status), user=accountant)

    def test_marking_paid_is_journaled(self, by_account, accountant):
        paid = mark_paid(order=by_account, user=accountant)
        assert paid.payment_status == "paid"
        assert Order.objects.get(pk=by_account.pk).payment_status == "paid"
        [entry] = ModelLogEntry.objects.filter(action=MARKED_PAID)
        assert entry.data == {"number": "GW000001", "old": "not_paid", "new": "paid"}
        assert entry.user_id == accountant.pk
        assert entry.object_id == str(by_account.pk)
        assert entry.content_type == ContentType.objects.get_for_model(Order)

    def test_refusals_say_why_and_change_nothing(self, by_account, accountant):
        operator = staff_with("commerce.confirm_order", email="o@x.test")
        cases = [
            ({}, None, "Your role may not mark orders paid."),
            ({}, operator, "Your role may not mark orders paid."),
            ({"paid": True}, accountant, "Order GW000001 is already paid."),
            ({"status": "cancelled"}, accountant, "Order GW000001 is cancelled."),
            (
                {"method": "card"},
                accountant,
                "Order GW000001 is paid by card; only bank transfers are marked paid.",
            ),
        ]
        for setup, user, message in cases:
            order = force(by_account, status="processing", paid=False, method="account")
            order = force(order, **setup)
            before = state(order)
            with pytest.raises(InvalidTransition) as refused:
                mark_paid(order=order, user=user)
            assert refused.value.message == message, setup
            assert state(order) == before, setup
        assert not ModelLogEntry.objects.filter(action=MARKED_PAID).exists()
