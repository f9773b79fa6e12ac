"""The chat box on every shopper page (templates/support/chat/_box.html): where it polls, when
the visitor has a conversation. From the session data only — no query, and no session made
for a visitor who has none — and only when a template shows the box."""

from django.urls import NoReverseMatch, reverse
from django.utils.functional import SimpleLazyObject

from support.chat.session import remembered_token


def chat_box(request):
    def box() -> dict:
        token = remembered_token(request)
        try:
            poll_url = reverse("chat_poll", args=[token]) if token else ""
        except NoReverseMatch:  # not a token: the box starts without one
            poll_url = ""
        return {"poll_url": poll_url}

    return {"chat_box": SimpleLazyObject(box)}
