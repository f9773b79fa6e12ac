"""Which conversation is this request's (SPEC §7): a logged-in customer's follows the account;
an anonymous visitor's follows the browser session.

The session data keeps two things. ``chat_session_key`` is the session key the anonymous
conversation was filed under (``Conversation.session_key``): Django gives the session a new
key at login, but keeps its data, so the key read from there at login still finds the
conversation that must join the account — the cart does the same with its id
(``commerce.cart.session``). ``chat_token`` is the conversation's token, which the chat box on
every page polls with; reading it costs no query, so pages stay as cheap as before.

Nothing here creates a session except starting a conversation: a visitor who only looks at
pages never gets one from the chat.
"""

from support.chat.services import conversation_find, conversation_get_or_start
from support.models import Conversation

SESSION_CHAT_KEY = "chat_session_key"
SESSION_CHAT_TOKEN = "chat_token"


def conversation_for_request(request) -> Conversation | None:
    """The request's conversation, or None when the visitor has not written yet (one query
    when logged in or when the session names one; none otherwise)."""
    if request.user.is_authenticated:
        return conversation_find(user=request.user)
    key = request.session.get(SESSION_CHAT_KEY)
    return conversation_find(session_key=key) if key else None


def conversation_start_for_request(request) -> Conversation:
    """The request's conversation, started (with a session, for an anonymous visitor) when
    there is none; its token is remembered for the chat box."""
    if request.user.is_authenticated:
        conversation = conversation_get_or_start(user=request.user)
    else:
        if not request.session.session_key:
            request.session.save()
        key = request.session.get(SESSION_CHAT_KEY) or request.session.session_key
        conversation = conversation_get_or_start(session_key=key)
        request.session[SESSION_CHAT_KEY] = key
    token_remember(request, conversation)
    return conversation


def token_remember(request, conversation: Conversation | None) -> None:
    """Keep (or forget, with None) the token the chat box polls with, when it changed. Never
    creates a session by itself."""
    token = str(conversation.token) if conversation is not None else None
    if request.session.get(SESSION_CHAT_TOKEN) == token:
        return
    if token is None:
        request.session.pop(SESSION_CHAT_TOKEN, None)
    elif request.session.session_key or request.user.is_authenticated:
        request.session[SESSION_CHAT_TOKEN] = token


def remembered_token(request) -> str | None:
    """The token the chat box polls with, from the session data (no query)."""
    return request.session.get(SESSION_CHAT_TOKEN)


def request_owns(request, conversation: Conversation) -> bool:
    """Whether ``conversation`` is this visitor's: their account's, or (anonymous) the one
    their session filed. A token alone shows nothing: it only tells a poll "nothing new"."""
    if request.user.is_authenticated:
        return conversation.user_id == request.user.pk
    key = request.session.get(SESSION_CHAT_KEY)
    return bool(key) and conversation.user_id is None and conversation.session_key == key
