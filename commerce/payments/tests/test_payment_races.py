"""Issue 12.7 on PostgreSQL with real threads: while a gateway thinks, the order row is not
locked (other workers go on), and of two simultaneous payments exactly one reaches the
gateway."""

import threading
import time

import pytest
from django.db import connection, transaction

from commerce.orders.models import Order, PaymentStatus
from commerce.payments.base import ChargeResult
from commerce.payments.models import Payment
from commerce.payments.services import order_pay_by_account
from commerce.testing import GOOD_IBAN, run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


class SlowGateway:
    name = "slow-bank"
    calls = 0
    lock_free_during_call: list = []

    def charge(self, *, iban, amount, order_number):
        SlowGateway.calls += 1
        SlowGateway.lock_free_during_call.append(order_row_is_free(order_number))
        time.sleep(0.5)
        return ChargeResult(True, f"slow-{order_number}", "processed", "ok", iban[-4:])


def order_row_is_free(number: str) -> bool:
    """Whether another connection can lock the order row right now (NOWAIT)."""
    answer = []

    def probe():
        try:
            with transaction.atomic():
                Order.objects.select_for_update(nowait=True).get(number=number)
            answer.append(True)
        except Exception:
            answer.append(False)
        finally:
            connection.close()

    thread = threading.Thread(target=probe)
    thread.start()
    thread.join(timeout=30)
    return answer == [True]


@pytest.fixture
def slow(settings):
    settings.SHOP_ACCOUNT_GATEWAY = f"{__name__}.SlowGateway"
    SlowGateway.calls = 0
    SlowGateway.lock_free_during_call = []
    return SlowGateway


def test_the_order_row_is_not_locked_during_the_gateway_call(slow, order):
    placed = order(payment_method="account")
    order_pay_by_account(order=placed, iban=GOOD_IBAN)
    assert slow.lock_free_during_call == [True]


def test_two_simultaneous_payments_reach_the_gateway_once(slow, order):
    placed = order(payment_method="account")
    outcomes = run_together(
        [lambda: order_pay_by_account(order=placed, iban=GOOD_IBAN) for _ in range(4)]
    )
    assert outcomes.count("ok") == 1
    assert all(o == "ok" or o.startswith(("PaymentInProgress", "AlreadyPaid")) for o in outcomes)
    assert slow.calls == 1
    assert Payment.objects.filter(status="succeeded").count() == 1
    assert not Payment.objects.filter(status="pending").exists()
    assert Order.objects.get(pk=placed.pk).payment_status == PaymentStatus.PAID
