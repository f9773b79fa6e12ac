"""An offline stand-in for Braintree's sandbox, plugged into the real SDK as its HTTP
transport (DESIGN: payments). The SDK builds the same XML requests and parses the same XML
answers as with the real gateway, so the adapter code that runs in production is the code the
demo and the tests run.

Sandbox rules followed: test nonces (``fake-valid-*-nonce`` succeed,
``fake-processor-declined-*-nonce`` are declined); amounts 2000.00–2999.99 are declined by the
processor with that amount as the response code; 3000.00–3000.99 fail; 5001.00 is rejected by
the gateway.
"""

import uuid
from decimal import Decimal, InvalidOperation

from braintree.util.http import Http
from braintree.util.xml_util import XmlUtil

DECLINED_NONCES = {
    "fake-processor-declined-visa-nonce",
    "fake-processor-declined-mastercard-nonce",
    "fake-processor-declined-amex-nonce",
    "fake-processor-declined-discover-nonce",
}
CARD_OF_NONCE = {
    "fake-valid-nonce": ("Visa", "1881"),
    "fake-valid-visa-nonce": ("Visa", "1111"),
    "fake-valid-mastercard-nonce": ("MasterCard", "4444"),
    "fake-valid-amex-nonce": ("American Express", "0005"),
    "fake-valid-discover-nonce": ("Discover", "1117"),
    "fake-processor-declined-visa-nonce": ("Visa", "0002"),
    "fake-processor-declined-mastercard-nonce": ("MasterCard", "5100"),
    "fake-processor-declined-amex-nonce": ("American Express", "0002"),
    "fake-processor-declined-discover-nonce": ("Discover", "0004"),
}


def _transaction_id() -> str:
    # Random, not a per-process counter: several workers must never hand out the same id.
    return f"sim{uuid.uuid4().hex[:12]}"


def sandbox_outcome(amount: Decimal, nonce: str) -> tuple[str, str, str]:
    """(status, processor response code, text) for a sale, by the sandbox's test values."""
    if nonce in DECLINED_NONCES:
        return "processor_declined", "2000", "Do Not Honor"
    if Decimal("2000.00") <= amount <= Decimal("2999.99"):
        return "processor_declined", str(int(amount)), "Declined by the card's bank"
    if Decimal("3000.00") <= amount <= Decimal("3000.99"):
        return "failed", "3000", "Processor Network Unavailable - Try Again"
    if amount == Decimal("5001.00"):
        return "gateway_rejected", "", "Gateway Rejected: application_incomplete"
    return "submitted_for_settlement", "1000", "Approved"


class SandboxSimulatorHttp(Http):
    """``http_do`` answers like the sandbox for transaction sales; anything else is 404."""

    def http_do(self, http_verb, path, headers, request_body):
        if http_verb != "POST" or not path.endswith("/transactions"):
            return [404, ""]
        params = XmlUtil.dict_from_xml(request_body).get("transaction", {})
        nonce = params.get("payment_method_nonce", "")
        try:
            amount = Decimal(str(params.get("amount", "")))
        except InvalidOperation:
            return [422, self._error("Amount is an invalid format.", "81503")]
        if nonce not in CARD_OF_NONCE:
            return [422, self._error("Unknown or expired payment_method_nonce.", "91565")]
        status, code, text = sandbox_outcome(amount, nonce)
        card_type, last4 = CARD_OF_NONCE[nonce]
        transaction = {
            "id": _transaction_id(),
            "status": status,
            "type": "sale",
            "amount": f"{amount:.2f}",
            "currency_iso_code": "UAH",
            "order_id": params.get("order_id", ""),
            "processor_response_code": code,
            "processor_response_text": text,
            "gateway_rejection_reason": "application_incomplete"
            if status == "gateway_rejected"
            else "",
            "credit_card": {"card_type": card_type, "last_4": last4, "bin": "411111"},
        }
        if status == "submitted_for_settlement":
            return [201, XmlUtil.xml_from_dict({"transaction": transaction})]
        return [
            422,
            XmlUtil.xml_from_dict(
                {
                    "api_error_response": {
                        "message": text,
                        "errors": {"errors": []},
                        "params": {},
                        "transaction": transaction,
                    }
                }
            ),
        ]

    @staticmethod
    def _error(message: str, code: str) -> str:
        return XmlUtil.xml_from_dict(
            {
                "api_error_response": {
                    "message": message,
                    "errors": {
                        "transaction": {
                            "errors": [{"attribute": "base", "code": code, "message": message}]
                        }
                    },
                    "params": {},
                }
            }
        )
