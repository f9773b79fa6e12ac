"""Messages from the feedback form are rate-limited (issue 14.6): per session (``key``) and
per client address (``ip``), ``ACCOUNT_RATE_LIMITS["inquiry"]`` (SHOP_INQUIRY_RATE), through
django-allauth's limiter on the shared cache like cart writes (``commerce.cart.throttle``), so
the limits hold across every worker. The client address honours
``ALLAUTH_TRUSTED_PROXY_COUNT`` behind a reverse proxy."""

from allauth.core import ratelimit
from django.utils.translation import gettext as _

from config.ratelimit import visitor_key
from support.services import InquiryError


class TooManyInquiries(InquiryError):
    status = 429


def inquiry_refusal(request) -> TooManyInquiries | None:
    """Count one message sent from this client; past the limit return the error to answer
    with (429), else None."""
    if ratelimit.consume(request, action="inquiry", key=visitor_key(request)):
        return None
    return TooManyInquiries(
        _(
            "You have sent several messages in a short time. Please wait a few minutes and "
            "send this one again: your text is kept below."
        )
    )
