"""Bank-account payments (SPEC §5): the account is an IBAN, checked with python-stdnum."""

import itertools
import threading

from stdnum import iban as iban_numbers
from stdnum.exceptions import ValidationError as StdnumError

from commerce.payments.base import ChargeResult, InvalidPaymentDetails

GATEWAY_NAME = "bank-account"
_counter = itertools.count(1)
_lock = threading.Lock()


def normalize_iban(raw: str) -> str:
    """``"ua21 3223 1300 0002 6007 2335 6600 1"`` → ``"UA213223130000026007233566001"``.
    Raises InvalidPaymentDetails naming what is wrong (length, country, checksum)."""
    try:
        return iban_numbers.validate(raw or "")
    except StdnumError as exc:
        raise InvalidPaymentDetails(
            f"“{(raw or '').strip()[:40]}” is not a valid IBAN ({exc.message})."
        ) from None


def charge_account(*, iban: str, amount, order_number: str) -> ChargeResult:
    """Take ``amount`` from the account: validated here; the bank transfer itself is outside
    this shop, so a valid account is accepted as processed."""
    account = normalize_iban(iban)
    with _lock:
        transaction_id = f"acc{next(_counter):07d}"
    return ChargeResult(
        success=True,
        transaction_id=transaction_id,
        status="processed",
        message="Payment processed",
        last4=account[-4:],
    )
