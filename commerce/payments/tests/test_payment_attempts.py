"""Issue 12.7: the gateway is called with no transaction open and no row locked. An attempt
is recorded as pending first, settled afterwards (idempotently), and a second attempt while
one is pending is refused. Transaction ids are unique across processes."""

import subprocess
import sys
from datetime import timedelta
from decimal import Decimal

import pytest
from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from commerce.orders.models import Order, PaymentStatus
from commerce.orders.status import InvalidTransition, mark_paid
from commerce.payments import braintree_gateway
from commerce.payments.base import ChargeResult, PaymentError, PaymentInProgress
from commerce.payments.models import Payment
from commerce.payments.services import begin_attempt, order_pay_by_account, settle_attempt
from commerce.testing import GOOD_IBAN

APPROVED = ChargeResult(True, "t-1", "processed", "ok", "6001")
DECLINED = ChargeResult(False, "t-2", "declined", "Insufficient funds", "6001")


class ObservingGateway:
    """Records what the database looked like while it was being asked."""

    name = "observing"
    seen: list = []
    during = None  # a callable run in the middle of the call

    def charge(self, *, iban, amount, order_number):
        self.seen.append({"in_transaction": connection.in_atomic_block})
        if ObservingGateway.during:
            ObservingGateway.during()
        return ChargeResult(True, f"obs-{order_number}", "processed", "ok", iban[-4:])


@pytest.fixture
def observing(settings):
    settings.SHOP_ACCOUNT_GATEWAY = f"{__name__}.ObservingGateway"
    ObservingGateway.seen = []
    ObservingGateway.during = None
    return ObservingGateway


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_gateway_is_asked_outside_any_transaction(observing, order):
    placed = order(payment_method="account")
    order_pay_by_account(order=placed, iban=GOOD_IBAN)
    assert observing.seen == [{"in_transaction": False}]
    placed.refresh_from_db()
    assert placed.payment_status == PaymentStatus.PAID


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_card_gateway_too(monkeypatch, order):
    seen = []
    real = braintree_gateway.charge_card

    def observing_charge(**kwargs):
        seen.append(connection.in_atomic_block)
        return real(**kwargs)

    monkeypatch.setattr(braintree_gateway, "charge_card", observing_charge)
    from commerce.payments.services import order_pay_by_card

    order_pay_by_card(order=order(), nonce="fake-valid-visa-nonce")
    assert seen == [False]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_second_attempt_while_one_is_pending_is_refused(observing, order, role_user):
    placed = order(payment_method="account")
    accountant = role_user("Accountant", email="acc@shop.test")
    refusals = []

    def meanwhile():
        # While the gateway thinks: the shopper clicks again, the bot pays, the accountant
        # records a transfer. None of them may go through.
        for attempt in (
            lambda: order_pay_by_account(order=placed, iban=GOOD_IBAN),
            lambda: mark_paid(order=placed, user=accountant),
        ):
            try:
                attempt()
            except (PaymentInProgress, InvalidTransition) as error:
                refusals.append(type(error).__name__)

    observing.during = meanwhile
    order_pay_by_account(order=placed, iban=GOOD_IBAN)
    assert refusals == ["PaymentInProgress", "InvalidTransition"]
    assert len(observing.seen) == 1  # the gateway was asked once
    assert list(Payment.objects.values_list("status", flat=True)) == ["succeeded"]


@pytest.mark.django_db
def test_settling_is_idempotent(order):
    placed = order(payment_method="account")
    attempt = begin_attempt(order=placed, method="account", gateway="bank-account")
    assert attempt.status == "pending" and attempt.amount == Decimal("185.00")
    first = settle_attempt(attempt=attempt, result=DECLINED)
    again = settle_attempt(attempt=attempt, result=APPROVED)  # a late, repeated settle
    assert first.status == again.status == "declined"
    assert Payment.objects.get().message == "Insufficient funds"
    placed.refresh_from_db()
    assert placed.payment_status == PaymentStatus.NOT_PAID


@pytest.mark.django_db
def test_an_abandoned_attempt_does_not_block_the_order_for_ever(order):
    placed = order(payment_method="account")
    stale = begin_attempt(order=placed, method="account", gateway="bank-account")
    with pytest.raises(PaymentInProgress):
        order_pay_by_account(order=placed, iban=GOOD_IBAN)
    long_ago = timezone.now() - settings.SHOP_PAYMENT_ATTEMPT_TIMEOUT - timedelta(seconds=1)
    Payment.objects.filter(pk=stale.pk).update(created_at=long_ago)
    order_pay_by_account(order=placed, iban=GOOD_IBAN)
    stale.refresh_from_db()
    assert stale.status == "failed" and "check the gateway" in stale.message
    placed.refresh_from_db()
    assert placed.payment_status == PaymentStatus.PAID


@pytest.mark.django_db
def test_a_gateway_that_cannot_be_reached_leaves_the_order_payable(settings, order):
    settings.SHOP_ACCOUNT_GATEWAY = f"{__name__}.UnreachableGateway"
    placed = order(payment_method="account")
    with pytest.raises(PaymentError, match="did not answer"):
        order_pay_by_account(order=placed, iban=GOOD_IBAN)
    assert Payment.objects.get().status == "failed"
    settings.SHOP_ACCOUNT_GATEWAY = "simulator"
    order_pay_by_account(order=placed, iban=GOOD_IBAN)
    assert Order.objects.get(pk=placed.pk).payment_status == PaymentStatus.PAID


class UnreachableGateway:
    name = "unreachable"

    def charge(self, **kwargs):
        raise ConnectionError("connection refused")


@pytest.mark.django_db
def test_the_database_refuses_a_second_pending_attempt_and_a_reused_transaction_id(order):
    placed = order(payment_method="account")
    Payment.objects.create(order=placed, method="account", gateway="g", amount=1, status="pending")
    with pytest.raises(IntegrityError), transaction.atomic():
        Payment.objects.create(
            order=placed, method="account", gateway="g", amount=1, status="pending"
        )
    Payment.objects.create(
        order=placed, method="card", gateway="g", amount=1, status="declined", transaction_id="x1"
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Payment.objects.create(
            order=placed, method="card", gateway="g", amount=1, status="failed", transaction_id="x1"
        )


def test_simulator_transaction_ids_differ_between_processes():
    """Four workers each hand out their first id: with a per-process counter all four were
    ``sim0000001``."""
    code = "from commerce.payments.simulator import _transaction_id; print(_transaction_id())"
    ids = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.strip()
        for _ in range(4)
    ]
    assert len(set(ids)) == 4 and all(i.startswith("sim") for i in ids)
