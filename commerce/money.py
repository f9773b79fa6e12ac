"""Money arithmetic and formatting (SPEC: Decimal, 2 places, ROUND_HALF_UP, one currency)."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.conf import settings
from django.utils.translation import get_language
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


# How each language writes an amount (issue 13.2): grouping, decimal mark and where the
# currency goes. The amount and its currency are joined by a no-break space, so "грн" never
# wraps onto a line of its own; thousands are grouped with a narrow no-break space.
NBSP, NNBSP = "\u00a0", "\u202f"
MONEY_STYLES = {
    "uk": {"group": NNBSP, "decimal": ",", "pattern": "{amount}" + NBSP + "{symbol}"},
    "en": {"group": ",", "decimal": ".", "pattern": "{code}" + NBSP + "{amount}"},
}


def format_money(value: Decimal | None, *, language: str | None = None) -> str:
    """An amount (UAH) as the active language writes it: ``Decimal("1234.5")`` →
    ``"1 234,50 грн"`` in Ukrainian, ``"UAH 1,234.50"`` in English; None → ``""``. The one
    formatter for the site, e-mails and the admin (SPEC: 2 places, ROUND_HALF_UP)."""
    if value is None:
        return ""
    style = MONEY_STYLES.get((language or get_language() or "uk")[:2], MONEY_STYLES["uk"])
    amount = quantize_money(Decimal(value))
    digits = f"{amount:,.2f}".replace(",", "\0").replace(".", style["decimal"])
    return style["pattern"].format(
        amount=digits.replace("\0", style["group"]),
        symbol=settings.SHOP_CURRENCY_SYMBOL,
        code=settings.SHOP_CURRENCY,
    )
