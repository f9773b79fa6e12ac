"""Helpers of the chat tests: sending as the chat box does, and reading what it shows."""

import re

from bs4 import BeautifulSoup
from django.urls import reverse

HTMX = {"HTTP_HX_REQUEST": "true"}


def send(client, text: str, **fields):
    """POST a message from the chat box's form (htmx), as the box sends it."""
    return client.post(reverse("chat_page"), {"text": text, "after": "0", **fields}, **HTMX)


def state(response) -> dict:
    """The chat box's state in an answer (templates/support/chat/_state.html): poll address,
    version, last message id, unread answers."""
    found = BeautifulSoup(response.content, "html.parser").find(id="chat-state")
    assert found is not None, response.content.decode()[:2000]
    return {
        "poll": found["data-poll"],
        "version": found["data-version"],
        "after": int(found["data-after"] or 0),
        "unread": int(found["data-unread"] or 0),
    }


def shown(response) -> list[tuple[str, str]]:
    """The messages an answer shows, in order: (author as shown, text)."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (item.select_one(".chat-author").get_text(), item.select_one(".chat-text").get_text())
        for item in soup.select("li.chat-message")
    ]


def poll(client, response_or_state, **params):
    """Poll as the box does, with the state of an earlier answer."""
    current = response_or_state if isinstance(response_or_state, dict) else state(response_or_state)
    query = {"v": current["version"], "lang": "en", **params}
    return client.get(current["poll"], query)


def token_of(poll_url: str) -> str:
    return re.search(r"/chat/poll/([0-9a-f-]{36})/", poll_url).group(1)
