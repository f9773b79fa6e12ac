"""The order page and paying from it (SPEC §5): by card (Braintree SDK; the offline card form
in simulator mode) or by bank account (IBAN). Card numbers and CVVs are never stored or
logged."""

from django.shortcuts import render
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_POST

from commerce.delivery.selectors import pickup_transfer
from commerce.orders.models import PaymentMethod
from commerce.orders.selectors import order_for_request
from commerce.payments import accounts, braintree_gateway
from commerce.payments.base import PaymentError
from commerce.payments.cards import TEST_CARDS, card_nonce
from commerce.payments.services import order_pay_by_account, order_pay_by_card


def order_detail(request, number):
    """The order page (SPEC §5): lines, totals, status, and the ways to pay it while it is
    not paid, by the method chosen at checkout: a card (Hosted Fields with real credentials,
    else the offline card form) or a bank account (through the account gateway, or bank
    transfer instructions when there is none)."""
    order = order_for_request(request, number)
    by_card = order.payment_method == PaymentMethod.CARD
    live = by_card and braintree_gateway.is_live()
    payable = order.payment_status == "not_paid"
    account_gateway = None if by_card else accounts.account_gateway()
    lines = list(order.lines.select_related("store"))
    return render(
        request,
        "commerce/payments/order_detail.html",
        {
            "order": order,
            "lines": lines,
            "pickup_transfer": pickup_transfer(
                method=order.delivery_method, store_ids=[line.store_id for line in lines]
            ),
            "key": order.access_key,
            "braintree_live": live,
            "client_token": braintree_gateway.client_token() if live and payable else "",
            "test_cards": [] if live else [(n, label) for n, (label, _) in TEST_CARDS.items()],
            "by_card": by_card,
            "account_online": account_gateway is not None,
            "account_simulated": isinstance(account_gateway, accounts.SimulatedAccountGateway),
            "transfer": None
            if by_card or account_gateway
            else accounts.bank_transfer_details(order=order),
        },
    )


def _done(request, order, payment):
    return render(
        request,
        "commerce/payments/payment_success.html",
        {"order": order, "payment": payment},
    )


def _failed(request, order, error: PaymentError):
    order.refresh_from_db()
    return render(
        request,
        "commerce/payments/payment_failed.html",
        {"order": order, "message": error.message},
        status=error.status,
    )


@require_POST
@sensitive_post_parameters("number", "cvv", "expiry", "payment_method_nonce")
@sensitive_variables("nonce")
def order_pay_card(request, number):
    order = order_for_request(request, number)
    try:
        if braintree_gateway.is_live():
            nonce, last4 = request.POST.get("payment_method_nonce", ""), ""
        else:
            nonce, last4 = card_nonce(
                number=request.POST.get("number", ""),
                expiry=request.POST.get("expiry", ""),
                cvv=request.POST.get("cvv", ""),
            )
        payment = order_pay_by_card(order=order, nonce=nonce, last4=last4)
    except PaymentError as error:
        return _failed(request, order, error)
    return _done(request, order, payment)


@require_POST
@sensitive_post_parameters("iban")
def order_pay_account(request, number):
    order = order_for_request(request, number)
    try:
        payment = order_pay_by_account(order=order, iban=request.POST.get("iban", ""))
    except PaymentError as error:
        return _failed(request, order, error)
    return _done(request, order, payment)
