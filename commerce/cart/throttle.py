"""Cart writes are rate-limited (issue 12.3): per session and per client address, through
django-allauth's limiter on the shared cache, so the limits hold across every worker. The
client address honours ``ALLAUTH_TRUSTED_PROXY_COUNT`` behind a reverse proxy."""

from allauth.core import ratelimit
from django.utils.translation import gettext as _

from commerce.cart.errors import TooManyCartWrites
from config.ratelimit import visitor_key


def cart_write_refusal(request) -> TooManyCartWrites | None:
    """Count this cart write; past ``ACCOUNT_RATE_LIMITS["cart_write"]`` (e.g.
    ``"30/m/key,120/m/ip"``) return the error to answer with (429), else None."""
    if ratelimit.consume(request, action="cart_write", key=visitor_key(request)):
        return None
    return TooManyCartWrites(
        _("Too many cart changes in a short time; wait a minute and try again.")
    )
