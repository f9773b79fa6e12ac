"""Paying an order (SPEC §5). The order row is locked for the whole attempt, so two clicks,
two tabs or a bot and a shopper can never charge it twice; an order already paid is refused
before any gateway is called, and so is a cancelled one (its stock went back)."""

from django.db import transaction
from django.views.decorators.debug import sensitive_variables

from commerce.orders.models import FulfilmentStatus, Order, PaymentMethod, PaymentStatus
from commerce.payments import accounts, braintree_gateway
from commerce.payments.base import AlreadyPaid, ChargeResult, OrderCancelled, PaymentError
from commerce.payments.models import Payment


def _pay(order: Order, method: str, gateway: str, charge) -> Payment:
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        if order.payment_status == PaymentStatus.PAID:
            raise AlreadyPaid(f"Order {order.number} is already paid.")
        if order.fulfilment_status == FulfilmentStatus.CANCELLED:
            raise OrderCancelled(f"Order {order.number} is cancelled; it cannot be paid.")
        result: ChargeResult = charge(order)
        payment = Payment.objects.create(
            order=order,
            method=method,
            gateway=gateway,
            transaction_id=result.transaction_id,
            amount=order.grand_total,
            last4=result.last4,
            message=result.message[:255],
            status=Payment.Status.SUCCEEDED
            if result.success
            else (Payment.Status.FAILED if result.status == "failed" else Payment.Status.DECLINED),
        )
        if result.success:
            Order.objects.filter(pk=order.pk).update(payment_status=PaymentStatus.PAID)
    if not result.success:
        raise PaymentError(result.message)
    return payment


@sensitive_variables("nonce")
def order_pay_by_card(*, order: Order, nonce: str) -> Payment:
    """Charge the order's grand total (UAH) on a card nonce through Braintree.

    Returns the successful Payment; raises AlreadyPaid, OrderCancelled, or PaymentError with
    the reason
    (the attempt is still recorded, and the order stays not paid and can be paid again).
    """
    return _pay(
        order,
        PaymentMethod.CARD,
        braintree_gateway.GATEWAY_NAME,
        lambda o: braintree_gateway.charge_card(
            amount=o.grand_total, nonce=nonce, order_number=o.number
        ),
    )


@sensitive_variables("iban")
def order_pay_by_account(*, order: Order, iban: str) -> Payment:
    """Pay from a bank account. Raises InvalidPaymentDetails for an invalid IBAN (nothing is
    recorded), AlreadyPaid, OrderCancelled, or PaymentError."""
    accounts.normalize_iban(iban)  # refuse a bad account before locking anything
    return _pay(
        order,
        PaymentMethod.ACCOUNT,
        accounts.GATEWAY_NAME,
        lambda o: accounts.charge_account(iban=iban, amount=o.grand_total, order_number=o.number),
    )
