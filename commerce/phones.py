"""Phone numbers (SPEC §6): parsed with ``phonenumbers``, Ukrainian by default, kept in E.164."""

import phonenumbers
from django.conf import settings
from django.utils.translation import gettext as _

from config.errors import ShopError


class InvalidPhone(ShopError):
    """Not a valid phone number; the message is safe to show."""

    status = 400


def phone_normalize(raw: str, *, region: str | None = None) -> str:
    """``"067 123 45 67"`` or ``"+380671234567"`` → ``"+380671234567"`` (E.164).

    National numbers are read in ``region`` (default SHOP_PHONE_REGION, "UA": 10 digits
    starting with 0); international ones need a leading +. Raises InvalidPhone otherwise.
    """
    text = (raw or "").strip()
    if not text:
        raise InvalidPhone(_("Enter a phone number."))
    try:
        number = phonenumbers.parse(text, region or settings.SHOP_PHONE_REGION)
    except phonenumbers.NumberParseException:
        raise InvalidPhone(
            _("“%(text)s” is not a phone number. Use 10 digits like 0671234567 or +380671234567.")
            % {"text": text}
        ) from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(
            _(
                "“%(text)s” is not a valid phone number. Use 10 digits like 0671234567 or "
                "+380671234567."
            )
            % {"text": text}
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_display(e164: str) -> str:
    """``"+380671234567"`` → ``"+380 67 123 4567"`` (international format), ``""`` for empty."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
