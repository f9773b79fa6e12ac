"""At login — and so at registration, which logs in once the e-mail is confirmed — the
visitor's anonymous conversation joins the account (SPEC §7): one conversation, the history
kept. The session key it was filed under is read from the session data, which survives the
key change Django makes at login (``support.chat.session``)."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from support.chat.services import conversation_join_account
from support.chat.session import SESSION_CHAT_KEY, token_remember


@receiver(user_logged_in)
def chat_join_at_login(sender, request, user, **kwargs):
    """The session's conversation becomes (or merges into) the account's; the chat box then
    polls the account's conversation."""
    if request is None or not hasattr(request, "session"):
        return
    key = request.session.pop(SESSION_CHAT_KEY, None)
    conversation = conversation_join_account(session_key=key, user=user)
    token_remember(request, conversation)
