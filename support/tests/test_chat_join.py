"""Issue 16.1 / SPEC §7: an anonymous visitor's conversation follows the session and joins the
account at login or registration — one conversation, the history kept, no duplicate."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from accounts.tests.signup import confirm, signup
from support.chat.services import message_post
from support.models import ChatMessage, Conversation, MessageAuthor
from support.tests.chat_helpers import send, shown, state
from support.tests.conftest import CHAT_PASSWORD


def log_in(client, user):
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": CHAT_PASSWORD}
    )
    assert response.status_code == 302, response.content.decode()[:500]


def panel(client):
    return client.get(reverse("chat_panel"))


@pytest.mark.django_db
class TestLogin:
    def test_the_anonymous_conversation_becomes_the_accounts(
        self, client, home, shopper, chat_operator
    ):
        send(client, "Before logging in")
        anonymous = Conversation.objects.get()
        message_post(
            conversation=anonymous,
            author_kind=MessageAuthor.STAFF,
            text="Answer before login",
            author=chat_operator,
        )
        log_in(client, shopper)
        conversation = Conversation.objects.get()
        assert conversation.pk == anonymous.pk
        assert conversation.user == shopper and conversation.session_key == ""
        assert shown(panel(client)) == [
            ("You", "Before logging in"),
            ("Oksana", "Answer before login"),
        ]
        # The box on every page now polls the account's conversation.
        soup = BeautifulSoup(client.get("/").content, "html.parser")
        assert soup.find(id="chat-state")["data-poll"] == reverse(
            "chat_poll", args=[conversation.token]
        )
        # And the next message goes to it, not to a new one.
        send(client, "After logging in")
        assert Conversation.objects.count() == 1
        assert ChatMessage.objects.filter(conversation=conversation).count() == 3

    def test_an_account_that_already_had_a_conversation_keeps_one_with_both_histories(
        self, client, home, shopper, chat_operator
    ):
        elsewhere = Client()  # the customer on another device, earlier
        log_in(elsewhere, shopper)
        send(elsewhere, "Old question from my phone")
        own = Conversation.objects.get(user=shopper)
        message_post(
            conversation=own,
            author_kind=MessageAuthor.STAFF,
            text="Old answer",
            author=chat_operator,
        )
        send(client, "New question, not logged in")
        send(client, "And another one")
        assert Conversation.objects.count() == 2

        log_in(client, shopper)

        conversation = Conversation.objects.get()  # one left: the account's
        assert conversation.pk == own.pk
        assert [text for _, text in shown(panel(client))] == [
            "Old question from my phone",
            "Old answer",
            "New question, not logged in",
            "And another one",
        ]
        # The shop has 3 customer messages it has not read (1 + 2), none answered since.
        assert conversation.unread_by_staff == 3
        assert conversation.waiting_since is not None
        # The other device sees the same conversation.
        assert len(shown(panel(elsewhere))) == 4

    def test_logging_in_without_a_conversation_changes_nothing(self, client, home, shopper):
        log_in(client, shopper)
        assert not Conversation.objects.exists()
        assert shown(panel(client)) == []

    def test_after_logout_the_next_visitor_does_not_see_the_accounts_history(
        self, client, home, shopper
    ):
        log_in(client, shopper)
        sent = send(client, "Private")
        client.post(reverse("account_logout"))
        assert shown(panel(client)) == []
        assert (
            BeautifulSoup(client.get("/").content, "html.parser").find(id="chat-state")["data-poll"]
            == ""
        )
        # Nor through the old poll address.
        response = client.get(state(sent)["poll"], {"v": "", "after": "0", "open": "1"})
        assert response.status_code == 404

    def test_a_poll_of_the_anonymous_conversation_that_merged_away_answers_404(
        self, client, home, shopper
    ):
        other = Client()
        log_in(other, shopper)
        send(other, "The account's own")
        sent = send(client, "Anonymous")
        log_in(client, shopper)
        # The anonymous conversation was merged into the account's and is gone: the box
        # stops polling it and loads the panel afresh.
        response = client.get(state(sent)["poll"], {"v": "", "after": "0"})
        assert response.status_code == 404


@pytest.mark.django_db
def test_registration_joins_the_conversation_to_the_new_account(client, home):
    send(client, "I am about to register")
    signup(client, "new@example.com")
    conversation = Conversation.objects.get()
    assert conversation.user is None  # not logged in before the e-mail is confirmed
    confirm(client, "new@example.com")  # the code from the mail, in the same browser
    conversation.refresh_from_db()
    assert conversation.user == get_user_model().objects.get(email="new@example.com")
    assert shown(panel(client)) == [("You", "I am about to register")]
