"""Paying an order (SPEC §5, issue 12.7).

An attempt goes in three steps so that no database lock or transaction is held while a
gateway thinks (four slow gateway calls must not stall four workers):

1. *begin*, under the order's row lock: refuse an order that is paid, cancelled, meant to be
   paid another way, or already has an attempt waiting; record a *pending* Payment;
2. call the gateway, outside any transaction;
3. *settle*, under the lock again: write the gateway's answer onto that Payment and mark the
   order paid on success. Settling is idempotent on the attempt.

A pending attempt older than ``SHOP_PAYMENT_ATTEMPT_TIMEOUT`` (longer than any gateway
timeout) belonged to a process that died mid-call; it is closed as failed so that the order
can be paid again.
"""

import dataclasses
import logging
from collections.abc import Callable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_variables

from commerce.orders.models import FulfilmentStatus, Order, PaymentMethod, PaymentStatus
from commerce.payments import accounts, braintree_gateway
from commerce.payments.base import (
    AccountPaymentsOffline,
    AlreadyPaid,
    ChargeResult,
    OrderCancelled,
    PaymentError,
    PaymentInProgress,
    WrongPaymentMethod,
)
from commerce.payments.models import Payment

logger = logging.getLogger(__name__)


def _close_abandoned_attempts(order: Order) -> None:
    cutoff = timezone.now() - settings.SHOP_PAYMENT_ATTEMPT_TIMEOUT
    order.payments.filter(status=Payment.Status.PENDING, created_at__lt=cutoff).update(
        status=Payment.Status.FAILED,
        message="No answer was recorded; check the gateway for this order.",
        settled_at=timezone.now(),
    )


def _check_payable(order: Order, method: str) -> None:
    if order.payment_status == PaymentStatus.PAID:
        raise AlreadyPaid(_("Order %(number)s is already paid.") % {"number": order.number})
    if order.fulfilment_status == FulfilmentStatus.CANCELLED:
        raise OrderCancelled(
            _("Order %(number)s is cancelled; it cannot be paid.") % {"number": order.number}
        )
    if order.payment_method != method:
        if order.payment_method == PaymentMethod.CARD:
            message = _("Order %(number)s is to be paid by card, as chosen at checkout.")
        else:
            message = _(
                "Order %(number)s is to be paid from a bank account, as chosen at checkout."
            )
        raise WrongPaymentMethod(message % {"number": order.number})


def begin_attempt(*, order: Order, method: str, gateway: str) -> Payment:
    """Record a pending attempt to charge ``order``'s grand total (UAH) by ``method``.

    Raises AlreadyPaid, OrderCancelled, WrongPaymentMethod, or PaymentInProgress when another
    attempt on the order waits for its gateway; nothing is recorded then."""
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        _check_payable(order, method)
        _close_abandoned_attempts(order)
        if order.payments.filter(status=Payment.Status.PENDING).exists():
            raise PaymentInProgress(
                _("A payment for order %(number)s is already in progress; wait for its answer.")
                % {"number": order.number}
            )
        try:
            with transaction.atomic():
                return Payment.objects.create(
                    order=order,
                    method=method,
                    gateway=gateway,
                    amount=order.grand_total,
                    status=Payment.Status.PENDING,
                )
        except IntegrityError:  # the constraint's word, should the lock ever be bypassed
            raise PaymentInProgress(
                _("A payment for order %(number)s is already in progress; wait for its answer.")
                % {"number": order.number}
            ) from None


def settle_attempt(*, attempt: Payment, result: ChargeResult) -> Payment:
    """Write the gateway's ``result`` onto the pending ``attempt``; on success the order is
    marked paid. Settling an attempt that is no longer pending changes nothing and returns it
    as it is (idempotent)."""
    with transaction.atomic():
        Order.objects.select_for_update().get(pk=attempt.order_id)
        payment = Payment.objects.select_for_update().get(pk=attempt.pk)
        if payment.status != Payment.Status.PENDING:
            return payment
        if result.success:
            payment.status = Payment.Status.SUCCEEDED
        elif result.status == "failed":
            payment.status = Payment.Status.FAILED
        else:
            payment.status = Payment.Status.DECLINED
        payment.transaction_id = result.transaction_id
        payment.last4 = result.last4
        payment.message = result.message[:255]
        payment.settled_at = timezone.now()
        payment.save(update_fields=["status", "transaction_id", "last4", "message", "settled_at"])
        if result.success:
            Order.objects.filter(pk=payment.order_id).update(payment_status=PaymentStatus.PAID)
    return payment


def _pay(order: Order, method: str, gateway: str, charge: Callable[[Payment], ChargeResult]):
    attempt = begin_attempt(order=order, method=method, gateway=gateway)
    try:
        result = charge(attempt)
    except PaymentError:
        settle_attempt(
            attempt=attempt,
            result=ChargeResult(
                success=False, transaction_id="", status="invalid", message="Refused"
            ),
        )
        raise
    except Exception:
        # The gateway could not be asked (network, timeout): the attempt is closed as failed,
        # and the shopper may try again.
        logger.exception("Payment gateway %s failed for order %s", gateway, order.number)
        result = ChargeResult(
            success=False,
            transaction_id="",
            status="failed",
            message=_("The payment service did not answer; please try again."),
        )
    payment = settle_attempt(attempt=attempt, result=result)
    if payment.status != Payment.Status.SUCCEEDED:
        raise PaymentError(payment.message)
    return payment


# Every frame below these two (the gateways, the SDK) is cleansed in error reports too:
# Django applies the nearest decorated caller's list to each frame under it.
@sensitive_variables()
def order_pay_by_card(*, order: Order, nonce: str, last4: str = "") -> Payment:
    """Charge the order's grand total (UAH) on a card nonce through Braintree.

    ``last4`` is the last four digits of the card typed into the offline form: the simulator
    answers with its own test card's, so in simulator mode the entered card's are recorded
    instead; with live Braintree its answer is the only source and ``last4`` is ignored.

    Returns the successful Payment; raises AlreadyPaid, OrderCancelled, WrongPaymentMethod
    (an order to be paid from a bank account), PaymentInProgress, or PaymentError with the
    reason (the attempt is still recorded, and the order stays not paid and can be paid
    again).
    """

    def charge(attempt: Payment) -> ChargeResult:
        result = braintree_gateway.charge_card(
            amount=attempt.amount, nonce=nonce, order_number=order.number
        )
        if last4 and not braintree_gateway.is_live():
            result = dataclasses.replace(result, last4=last4)
        return result

    return _pay(order, PaymentMethod.CARD, braintree_gateway.GATEWAY_NAME, charge)


@sensitive_variables()
def order_pay_by_account(*, order: Order, iban: str) -> Payment:
    """Debit the order's grand total (UAH) from the bank account ``iban`` through the
    configured account gateway (``SHOP_ACCOUNT_GATEWAY``; issue 12.1).

    Raises InvalidPaymentDetails for an invalid IBAN, AccountPaymentsOffline when no account
    gateway is configured (the order waits for a bank transfer), WrongPaymentMethod for a card
    order (nothing is recorded in these three cases), AlreadyPaid, OrderCancelled,
    PaymentInProgress, or PaymentError with the gateway's reason.
    """
    accounts.normalize_iban(iban)  # refuse a bad account before locking anything
    gateway = accounts.account_gateway()
    if gateway is None:
        order.refresh_from_db()
        _check_payable(order, PaymentMethod.ACCOUNT)
        details = accounts.bank_transfer_details(order=order)
        raise AccountPaymentsOffline(
            _(
                "Account payments are not processed online. Transfer %(amount)s UAH to "
                "%(iban)s with the reference %(reference)s; the order is marked paid when the "
                "money arrives."
            )
            % details
        )
    return _pay(
        order,
        PaymentMethod.ACCOUNT,
        gateway.name,
        lambda attempt: gateway.charge(iban=iban, amount=attempt.amount, order_number=order.number),
    )
