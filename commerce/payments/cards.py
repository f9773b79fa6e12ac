"""The offline card form's checks (simulator mode only; with real credentials the card data
goes to Braintree's Hosted Fields and never reaches this server). Nothing here is stored or
logged: only the last four digits leave this module."""

import datetime

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.debug import sensitive_variables
from stdnum import luhn

from commerce.payments.base import InvalidPaymentDetails
from config.numbers import is_ascii_digits

# Braintree's sandbox test cards and the fake nonces they stand for.
TEST_CARDS = {
    "4111111111111111": (gettext_lazy("Visa — approved"), "fake-valid-visa-nonce"),
    "5555555555554444": (gettext_lazy("MasterCard — approved"), "fake-valid-mastercard-nonce"),
    "378282246310005": (gettext_lazy("American Express — approved"), "fake-valid-amex-nonce"),
    "4000111111111115": (
        gettext_lazy("Visa — declined by the bank"),
        "fake-processor-declined-visa-nonce",
    ),
    "5105105105105100": (
        gettext_lazy("MasterCard — declined by the bank"),
        "fake-processor-declined-mastercard-nonce",
    ),
}


@sensitive_variables()  # every local holds card data: keep them out of error reports
def card_nonce(
    *, number: str, expiry: str, cvv: str, today: datetime.date | None = None
) -> tuple[str, str]:
    """Check the card like a card form would and return (nonce, last 4 digits).

    Raises InvalidPaymentDetails for a number that fails the Luhn check, a malformed or past
    expiry (MM/YY), or a CVV that is not 3–4 digits.
    """
    # Spaces and dashes between groups are dropped; any other character makes it invalid.
    digits = "".join(ch for ch in (number or "") if is_ascii_digits(ch))
    if not (12 <= len(digits) <= 19) or not luhn.is_valid(digits):
        raise InvalidPaymentDetails(_("That card number is not valid; check the digits."))
    parts = (expiry or "").replace(" ", "").split("/")
    well_formed = len(parts) == 2 and all(is_ascii_digits(p) and len(p) <= 4 for p in parts)
    if not well_formed or not 1 <= int(parts[0]) <= 12:
        raise InvalidPaymentDetails(_("Enter the expiry as MM/YY."))
    month, year = int(parts[0]), int(parts[1]) % 100 + 2000
    today = today or datetime.date.today()
    if (year, month) < (today.year, today.month):
        raise InvalidPaymentDetails(_("That card has expired."))
    if not is_ascii_digits(cvv) or len(cvv) not in (3, 4):
        raise InvalidPaymentDetails(_("The CVV is the 3 or 4 digits on the card."))
    nonce = TEST_CARDS.get(digits, ("", "fake-valid-nonce"))[1]
    return nonce, digits[-4:]
