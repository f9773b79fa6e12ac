"""Bank-account payments (SPEC §5, issue 12.1): the account is an IBAN, checked with
python-stdnum, and money moves only through an account gateway.

``SHOP_ACCOUNT_GATEWAY`` chooses the gateway:

- ``"simulator"`` (development, tests, a demo deployment with ``SHOP_PAYMENT_SIMULATOR``):
  the offline simulator below, with sandbox-style outcomes;
- a dotted path to a class implementing :class:`AccountGateway` (a bank's or a payment
  provider's direct-debit API);
- ``""`` (production without one): no online account payments at all. The order page shows
  bank-transfer instructions and the order stays *not paid* until an accountant marks it paid.

A checksum-valid IBAN is not money: only a gateway's answer marks an order paid.
"""

import uuid
from decimal import Decimal
from functools import lru_cache
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.debug import sensitive_variables
from stdnum import iban as iban_numbers
from stdnum.exceptions import ValidationError as StdnumError

from commerce.payments.base import ChargeResult, InvalidPaymentDetails

GATEWAY_NAME = "bank-account"

# The simulator's documented test accounts: the last four digits of the IBAN decide the
# answer, like Braintree's sandbox amounts do for cards. Any other valid IBAN is processed.
DECLINED_ENDINGS = {"0002": gettext_lazy("Insufficient funds on the account")}
FAILED_ENDINGS = {"0003": gettext_lazy("The bank did not answer; try again later")}


class AccountGateway(Protocol):
    """What an account gateway does: debit ``amount`` UAH from ``iban`` for an order."""

    name: str

    def charge(self, *, iban: str, amount: Decimal, order_number: str) -> ChargeResult:
        """The gateway's answer; ``success`` only when the money was taken. Must not raise
        for a declined debit (raise only when the gateway could not be asked)."""


@sensitive_variables()
def normalize_iban(raw: str) -> str:
    """``"ua21 3223 1300 0002 6007 2335 6600 1"`` → ``"UA213223130000026007233566001"``.
    Raises InvalidPaymentDetails naming what is wrong (length, country, checksum)."""
    try:
        return iban_numbers.validate(raw or "")
    except StdnumError as exc:
        raise InvalidPaymentDetails(
            _("“%(iban)s” is not a valid IBAN (%(reason)s).")
            % {"iban": (raw or "").strip()[:40], "reason": exc.message}
        ) from None


class SimulatedAccountGateway:
    """Offline stand-in for a direct-debit gateway. Sandbox rules: an IBAN ending in
    ``0002`` is declined (insufficient funds), one ending in ``0003`` fails (bank
    unavailable); any other valid IBAN is processed. Transaction ids are random, so they are
    unique across processes."""

    name = GATEWAY_NAME

    @sensitive_variables()
    def charge(self, *, iban: str, amount: Decimal, order_number: str) -> ChargeResult:
        account = normalize_iban(iban)
        ending = account[-4:]
        transaction_id = f"acc-{uuid.uuid4().hex[:16]}"
        if ending in DECLINED_ENDINGS:
            return ChargeResult(
                success=False,
                transaction_id=transaction_id,
                status="declined",
                message=_("The bank declined the payment (%(reason)s).")
                % {"reason": DECLINED_ENDINGS[ending]},
                last4=ending,
            )
        if ending in FAILED_ENDINGS:
            return ChargeResult(
                success=False,
                transaction_id=transaction_id,
                status="failed",
                message=str(FAILED_ENDINGS[ending]),
                last4=ending,
            )
        return ChargeResult(
            success=True,
            transaction_id=transaction_id,
            status="processed",
            message="Payment processed",
            last4=ending,
        )


@lru_cache(maxsize=4)
def _load(path: str) -> AccountGateway | None:
    if not path:
        return None
    if path == "simulator":
        return SimulatedAccountGateway()
    return import_string(path)()


def account_gateway() -> AccountGateway | None:
    """The configured account gateway, or None when account payments are bank transfers
    confirmed by hand (``SHOP_ACCOUNT_GATEWAY`` empty)."""
    return _load(settings.SHOP_ACCOUNT_GATEWAY)


def bank_transfer_details(*, order) -> dict:
    """What a shopper needs to pay ``order`` by bank transfer: ``{"iban", "recipient",
    "amount" (Decimal, UAH), "reference" (the order number)}``."""
    return {
        "iban": settings.SHOP_BANK_IBAN,
        "recipient": settings.SHOP_BANK_RECIPIENT,
        "amount": order.grand_total,
        "reference": order.number,
    }
