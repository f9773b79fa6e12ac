"""The chat's staff side in Debian's Chromium (issue 16.3): a sales operator's inbox and open
conversation show a visitor's new messages without a reload (static/js/chat-admin.js polls;
204 while nothing changes), the answer goes out from the conversation, and the admin's
screens raise no Content-Security-Policy violation."""

import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from playwright.sync_api import expect

from catalog.tests.browser import ARTIFACTS, chromium_page
from support.chat.services import message_post
from support.models import Conversation, MessageAuthor

PASSWORD = "pw-Secret-123"


def visitor_writes(conversation: Conversation, text: str) -> None:
    """A visitor's message, written on another thread (Playwright's sync API keeps an event
    loop on this one, where Django refuses database calls). A transactional test: the commit
    bumps the versions in the shared (process) cache, as a visitor's request would."""

    def write():
        from django.db import connection

        try:
            message_post(conversation=conversation, author_kind=MessageAuthor.CUSTOMER, text=text)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(write).result()


def new_conversation(name: str) -> Conversation:
    def create():
        from django.db import connection

        try:
            return Conversation.objects.create(session_key=f"s-{name}", visitor_name=name)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(create).result()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_operator_sees_new_messages_without_reloading_and_answers(
    live_server, role_user, monkeypatch
):
    monkeypatch.setattr("support.chat.admin_views.INBOX_POLL_SECONDS", 1)
    monkeypatch.setattr("support.chat.admin_views.CONVERSATION_POLL_SECONDS", 1)
    operator = role_user("Sales operator")
    operator.first_name = "Oksana"
    operator.save()
    olena = new_conversation("Olena")
    visitor_writes(olena, "Do you ship to Odesa?")

    with chromium_page() as page:
        page.goto(live_server.url + "/accounts/login/")
        page.fill("input[name=login]", operator.email)
        page.fill("input[name=password]", PASSWORD)
        page.get_by_role("button", name="Sign In").click()
        page.wait_for_url("**/")

        page.goto(live_server.url + "/admin/support/chat/")
        rows = page.locator(".chat-inbox-table tbody tr")
        expect(rows).to_have_count(1)
        expect(page).to_have_title(re.compile(r"^\(1\) "))  # unread messages in the tab

        # A second visitor writes while the inbox is open: it appears, no reload.
        petro = new_conversation("Petro")
        visitor_writes(petro, "Is Rotala hardy?")
        expect(rows).to_have_count(2, timeout=10_000)
        expect(page.locator(".chat-inbox-table")).to_contain_text("Petro")
        expect(page.locator("[data-unread-total]")).to_contain_text("2 unread")
        expect(page).to_have_title(re.compile(r"^\(2\) "))
        page.screenshot(path=str(ARTIFACTS / "chat-admin-inbox.png"), full_page=True)

        page.locator(".chat-inbox-table a", has_text="Olena").click()
        messages = page.locator("[data-message]")
        expect(messages).to_have_count(1)
        visitor_writes(olena, "Hello? Anyone there?")
        expect(messages).to_have_count(2, timeout=10_000)
        expect(messages.nth(1)).to_contain_text("Hello? Anyone there?")

        page.fill("textarea[name=text]", "Yes, we ship to Odesa by Nova Poshta.")
        page.get_by_role("button", name="Send answer").click()
        expect(messages).to_have_count(3)
        expect(messages.nth(2)).to_contain_text("Oksana")
        expect(page.locator("[data-state]")).to_contain_text("operator: Oksana")
        page.screenshot(path=str(ARTIFACTS / "chat-admin-conversation.png"), full_page=True)

    olena.refresh_from_db()
    assert olena.waiting_since is None and olena.unread_by_staff == 0
    assert olena.assigned_to == operator
