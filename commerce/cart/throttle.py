"""Cart writes are rate-limited (issue 12.3): per session and per client address, through
django-allauth's limiter on the shared cache, so the limits hold across every worker. The
client address honours ``ALLAUTH_TRUSTED_PROXY_COUNT`` behind a reverse proxy."""

from allauth.core import ratelimit
from django.utils.translation import gettext as _

from commerce.cart.errors import TooManyCartWrites


def _session_key(request) -> str:
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    if not request.session.session_key:
        request.session.save()  # a first-time visitor gets a bucket of their own, not a shared one
    return f"session:{request.session.session_key}"


def cart_write_refusal(request) -> TooManyCartWrites | None:
    """Count this cart write; past ``ACCOUNT_RATE_LIMITS["cart_write"]`` (e.g.
    ``"30/m/key,120/m/ip"``) return the error to answer with (429), else None."""
    if ratelimit.consume(request, action="cart_write", key=_session_key(request)):
        return None
    return TooManyCartWrites(
        _("Too many cart changes in a short time; wait a minute and try again.")
    )
