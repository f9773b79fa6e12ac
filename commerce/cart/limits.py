"""How much one cart may hold (issue 12.3): a reserved cart takes stock away from every other
shopper, so one visitor must not be able to empty the shop. Per line, per cart in distinct
lines and in pieces; the numbers are settings."""

from django.conf import settings
from django.db.models import Count, Sum
from django.utils.translation import ngettext

from commerce.cart.errors import CartLimitReached
from commerce.cart.models import Cart


def line_quantity_cap() -> int:
    """Most pieces one line may hold (``SHOP_CART_LINE_MAX_QUANTITY``)."""
    return settings.SHOP_CART_LINE_MAX_QUANTITY


def check_cart_limits(*, cart: Cart, new_line: bool, added_pieces: int) -> None:
    """Refuse a change that would give ``cart`` more distinct lines than
    ``SHOP_CART_MAX_LINES`` or more pieces in all than ``SHOP_CART_MAX_PIECES``.
    Raises CartLimitReached (then the caller changes nothing)."""
    totals = cart.lines.aggregate(lines=Count("pk"), pieces=Sum("quantity"))
    lines, pieces = totals["lines"], totals["pieces"] or 0
    max_lines, max_pieces = settings.SHOP_CART_MAX_LINES, settings.SHOP_CART_MAX_PIECES
    if new_line and lines >= max_lines:
        raise CartLimitReached(
            ngettext(
                "A cart holds at most %(max)d different product; remove one first or place "
                "this order and start another.",
                "A cart holds at most %(max)d different products; remove one first or place "
                "this order and start another.",
                max_lines,
            )
            % {"max": max_lines}
        )
    if pieces + added_pieces > max_pieces:
        raise CartLimitReached(
            ngettext(
                "A cart holds at most %(max)d piece in all and yours has %(pieces)d; for a "
                "larger order please contact us.",
                "A cart holds at most %(max)d pieces in all and yours has %(pieces)d; for a "
                "larger order please contact us.",
                max_pieces,
            )
            % {"max": max_pieces, "pieces": pieces}
        )
