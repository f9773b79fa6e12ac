"""Money arithmetic and formatting (SPEC: Decimal, 2 places, ROUND_HALF_UP, one currency)."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.conf import settings
from django.utils.translation import gettext as _

from config.errors import ShopError

CENT = Decimal("0.01")


class InvalidAmount(ShopError):
    """An amount that is not a valid non-negative sum of money; the message is safe to show."""

    status = 400


def quantize_money(value: Decimal) -> Decimal:
    """``value`` rounded half-up to 0.01 (UAH). ``Decimal("1.005")`` → ``Decimal("1.01")``."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_money(text: str) -> Decimal | None:
    """Parse a shop amount written with a dot, e.g. ``"1299.5"`` → ``Decimal("1299.50")``.

    Empty text → None ("no price"). Raises InvalidAmount for anything else that is not a
    positive number with at most two decimal places (``"12,5x"``, ``"-3"``, ``"1.999"``).
    """
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise InvalidAmount(
            _("“%(text)s” is not an amount: use digits and a dot, e.g. 1299.50") % {"text": text}
        ) from None
    if not value.is_finite() or value <= 0:
        raise InvalidAmount(_("“%(text)s” must be a positive amount") % {"text": text})
    if value != value.quantize(CENT):
        raise InvalidAmount(_("“%(text)s” has more than two decimal places") % {"text": text})
    if value >= Decimal("10000000000"):
        raise InvalidAmount(_("“%(text)s” is too large") % {"text": text})
    return quantize_money(value)


def format_money(value: Decimal | None) -> str:
    """``Decimal("38999")`` → ``"38 999.00 грн"``; None → ``""`` (thin space groups thousands)."""
    if value is None:
        return ""
    amount = quantize_money(Decimal(value))
    grouped = f"{amount:,.2f}".replace(",", "\u202f")
    return f"{grouped} {settings.SHOP_CURRENCY_SYMBOL}"
