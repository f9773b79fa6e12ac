"""Chat messages are rate-limited (issue 16.1): per session or account (``key``) and per
client address (``ip``), ``ACCOUNT_RATE_LIMITS["chat"]`` (SHOP_CHAT_RATE), through
django-allauth's limiter on the shared cache like the feedback form (``support.throttle``),
so the limits hold across every worker. Only sending counts; reading and polling do not."""

from allauth.core import ratelimit
from django.utils.translation import gettext as _

from config.ratelimit import visitor_key
from support.chat.services import ChatError


class TooManyMessages(ChatError):
    status = 429


def chat_refusal(request) -> TooManyMessages | None:
    """Count one message sent from this client; past the limit return the error to answer
    with (429), else None."""
    if ratelimit.consume(request, action="chat", key=visitor_key(request)):
        return None
    return TooManyMessages(
        _(
            "You are sending messages very fast. Please wait a minute and send this one "
            "again: your text is kept."
        )
    )
