"""Card payments through the official Braintree SDK (the only adapter to it).

With ``BRAINTREE_MERCHANT_ID`` / ``BRAINTREE_PUBLIC_KEY`` / ``BRAINTREE_PRIVATE_KEY`` set,
the SDK talks to Braintree (``BRAINTREE_ENVIRONMENT`` sandbox or production) and the page uses
Hosted Fields; without them the same SDK runs over the offline sandbox simulator transport.
Amounts go to the SDK as strings, never floats.
"""

from decimal import Decimal
from functools import lru_cache

import braintree
from django.conf import settings
from django.utils.translation import gettext as _

from commerce.payments.base import ChargeResult
from commerce.payments.simulator import SandboxSimulatorHttp

GATEWAY_NAME = "braintree"


def is_live() -> bool:
    """Real credentials configured (Hosted Fields on the page)."""
    return bool(
        settings.BRAINTREE_MERCHANT_ID
        and settings.BRAINTREE_PUBLIC_KEY
        and settings.BRAINTREE_PRIVATE_KEY
    )


@lru_cache(maxsize=1)
def _gateway(
    merchant_id: str, public_key: str, private_key: str, environment: str, offline: bool
) -> braintree.BraintreeGateway:
    env = (
        braintree.Environment.Production
        if environment == "production"
        else braintree.Environment.Sandbox
    )
    options = {"http_strategy": SandboxSimulatorHttp} if offline else {}
    return braintree.BraintreeGateway(
        braintree.Configuration(
            environment=env,
            merchant_id=merchant_id,
            public_key=public_key,
            private_key=private_key,
            **options,
        )
    )


def gateway() -> braintree.BraintreeGateway:
    if is_live():
        return _gateway(
            settings.BRAINTREE_MERCHANT_ID,
            settings.BRAINTREE_PUBLIC_KEY,
            settings.BRAINTREE_PRIVATE_KEY,
            settings.BRAINTREE_ENVIRONMENT,
            False,
        )
    return _gateway("offline-simulator", "offline", "offline", "sandbox", True)


def client_token() -> str:
    """A client token for Hosted Fields (live mode only)."""
    return gateway().client_token.generate()


def charge_card(
    *,
    amount: Decimal,
    nonce: str,
    order_number: str,
    gateway_: braintree.BraintreeGateway | None = None,
) -> ChargeResult:
    """Sell ``amount`` UAH on the card behind ``nonce`` and settle it (``gateway_`` defaults
    to the configured one)."""
    result = (gateway_ or gateway()).transaction.sale(
        {
            "amount": f"{amount:.2f}",
            "payment_method_nonce": nonce,
            "order_id": order_number,
            "options": {"submit_for_settlement": True},
        }
    )
    transaction = getattr(result, "transaction", None)
    last4 = ""
    if transaction is not None and getattr(transaction, "credit_card_details", None):
        last4 = transaction.credit_card_details.last_4 or ""
    if result.is_success:
        return ChargeResult(
            success=True,
            transaction_id=transaction.id,
            status=transaction.status,
            message="Approved",
            last4=last4,
        )
    if transaction is None:
        return ChargeResult(
            success=False, transaction_id="", status="invalid", message=result.message
        )
    reason = {
        "processor_declined": _("Your bank declined the card (%(code)s %(text)s).")
        % {
            "code": transaction.processor_response_code,
            "text": transaction.processor_response_text,
        },
        "gateway_rejected": _("The payment was rejected by the payment gateway."),
        "failed": _("The payment network is unavailable right now; please try again."),
    }.get(transaction.status, result.message)
    return ChargeResult(
        success=False,
        transaction_id=transaction.id,
        status=transaction.status,
        message=reason,
        last4=last4,
    )
