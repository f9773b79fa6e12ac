"""Issue 16.1–16.2 in Debian's Chromium: a shopper asks a "question to the consultant" from a
product page, the product card shows in the chat panel, the operator's answer appears in the
open panel without a reload under the operator's first name; an answer that comes while the
panel is closed shows as a badge on the launcher, and opening the panel reads it. The page
with the panel open fits every width from 360 px, passes axe-core and raises no CSP violation;
the launcher covers neither the header's cart nor the "Add to cart" button on a 360 px phone.

``test_a_question_answered_by_an_operator_in_the_admin`` is the whole exchange (issue 16,
Show): the operator reads the question in the Wagtail admin in a browser context of their
own and answers there. The other test simulates the operator with ``message_post`` from
another thread (the ORM refuses to run beside Playwright's event loop) to check the closed
panel's badge."""

import threading

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from catalog.tests.browser import chromium_page
from catalog.tests.factories import (
    CatalogPageFactory,
    CategoryPageFactory,
    StoreFactory,
    make_product,
)
from config.tests.test_responsive_browser import DESKTOP, HEIGHT, Survey
from support.chat.services import message_post
from support.models import ChatMessage, Conversation, MessageAuthor

PHONE = 360

# Whether the element is the topmost thing at its own centre (nothing fixed covers it).
UNCOVERED = """(el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return !!hit && el.contains(hit);
}"""


def in_thread(job):
    """Run ``job`` (ORM work) in a thread of its own, outside Playwright's event loop."""
    outcome = {}

    def run():
        from django.db import connection

        try:
            outcome["value"] = job()
        except Exception as exc:  # re-raised in the test's thread
            outcome["error"] = exc
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=30)
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def answer(text: str, operator_id: int):
    from django.contrib.auth import get_user_model

    conversation = Conversation.objects.get()
    return message_post(
        conversation=conversation,
        author_kind=MessageAuthor.STAFF,
        text=text,
        author=get_user_model().objects.get(pk=operator_id),
    )


@pytest.fixture
def chat_shop(role_user):
    from wagtail.models import Site

    home = Site.objects.get(is_default_site=True).root_page.specific
    catalog = CatalogPageFactory(parent=home, slug="catalog", title="Catalog")
    plants = CategoryPageFactory(parent=catalog, title="Aquarium plants", slug="plants")
    store = StoreFactory(code="kyiv", name="Kyiv warehouse")
    product = make_product(
        plants, sku="PL-0042", title="Rotala rotundifolia", price="250.00", stock={store: 5}
    )
    operator = role_user("Sales operator", email="oksana@example.com")
    operator.first_name = "Oksana"
    operator.save(update_fields=["first_name"])
    Client().get("/")  # the page tree warm, as for every other browser test
    staff = Client()  # made here: the ORM refuses to run beside Playwright's event loop
    staff.force_login(operator)
    return {
        "url": product.url,
        "product": product.pk,
        "operator": operator.pk,
        "operator_session": staff.cookies[settings.SESSION_COOKIE_NAME].value,
    }


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_question_answered_by_an_operator_in_the_admin(live_server, chat_shop, monkeypatch):
    monkeypatch.setattr("support.chat.admin_views.INBOX_POLL_SECONDS", 1)
    monkeypatch.setattr("support.chat.admin_views.CONVERSATION_POLL_SECONDS", 1)
    base = live_server.url
    with chromium_page(width=PHONE, height=HEIGHT) as page:
        # The shopper asks about the product from its page, on a phone.
        page.goto(base + chat_shop["url"])
        page.evaluate("window.__notReloaded = true")
        page.get_by_role("link", name="Question to the consultant").click()
        panel = page.get_by_role("dialog", name="Chat with the shop")
        page.locator("#chat-text").fill("Does it need CO2?")
        panel.get_by_role("button", name="Send").click()
        expect(panel.locator("li.chat-message--customer")).to_contain_text("Does it need CO2?")

        # The sales operator, in a browser context of their own, finds it in the inbox, sees
        # what it is about and answers from the conversation.
        admin = page.context.browser.new_context(viewport={"width": DESKTOP, "height": HEIGHT})
        admin.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": chat_shop["operator_session"],
                    "url": base,
                }
            ]
        )
        operator = admin.new_page()
        operator.goto(base + "/admin/support/chat/")
        row = operator.locator(".chat-inbox-table tbody tr", has_text="Does it need CO2?")
        expect(row).to_have_count(1)
        row.locator("a").first.click()
        question = operator.locator("[data-message]", has_text="Does it need CO2?")
        expect(question).to_contain_text("Rotala rotundifolia")
        expect(question).to_contain_text("PL-0042")
        operator.fill("textarea[name=text]", "No, it grows well without CO2.")
        operator.get_by_role("button", name="Send answer").click()
        expect(operator.locator("[data-message]")).to_have_count(2)
        admin.close()

        # The shopper's open panel shows the answer, under the operator's first name, with no
        # reload.
        theirs = panel.locator("li.chat-message--staff")
        expect(theirs).to_contain_text("No, it grows well without CO2.", timeout=15_000)
        expect(theirs.locator(".chat-author")).to_have_text("Oksana")
        assert page.evaluate("window.__notReloaded === true")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_question_about_a_product_and_the_answer_without_a_reload(live_server, chat_shop):
    with chromium_page(width=PHONE, height=HEIGHT) as page:
        survey = Survey(page)
        page.goto(live_server.url + chat_shop["url"])
        launcher = page.locator("#chat-launcher")
        expect(launcher).to_be_visible()
        for covered in ("#cart-summary", ".add-to-cart button[type=submit]"):
            page.locator(covered).scroll_into_view_if_needed()
            assert page.locator(covered).evaluate(UNCOVERED), f"the launcher covers {covered}"
        box = launcher.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44
        page.evaluate("window.__notReloaded = true")

        page.get_by_role("link", name="Question to the consultant").click()
        panel = page.get_by_role("dialog", name="Chat with the shop")
        expect(panel).to_be_visible()
        attachment = panel.locator(".chat-attachment")
        expect(attachment).to_contain_text("Rotala rotundifolia")
        expect(attachment).to_contain_text("PL-0042")
        text = page.locator("#chat-text")
        expect(text).to_be_focused()
        text.fill("Is it easy to grow?")
        panel.get_by_role("button", name="Send").click()

        mine = panel.locator("li.chat-message--customer")
        expect(mine).to_have_count(1)
        expect(mine).to_contain_text("Is it easy to grow?")
        expect(mine.locator(".chat-product")).to_contain_text("Rotala rotundifolia")
        expect(mine.locator(".chat-product")).to_contain_text("PL-0042")
        expect(panel.locator(".chat-attachment")).to_have_count(0)  # the next one goes without

        in_thread(lambda: answer("Yes, it grows fast in good light.", chat_shop["operator"]))
        theirs = panel.locator("li.chat-message--staff")
        expect(theirs).to_contain_text("Yes, it grows fast in good light.", timeout=15_000)
        expect(theirs.locator(".chat-author")).to_have_text("Oksana")
        assert page.evaluate("window.__notReloaded === true")
        survey("chat-open")  # every width, axe at 390 and 1366, the panel open

        # Escape closes the panel and gives the focus back to the launcher.
        page.set_viewport_size({"width": PHONE, "height": HEIGHT})
        page.keyboard.press("Escape")
        expect(panel).to_be_hidden()
        expect(launcher).to_be_focused()
        badge = page.locator("#chat-badge")
        expect(badge).to_be_hidden()

        # An answer while the panel is closed: a badge on the launcher (the closed box polls
        # every 15 s); opening the panel shows the answer and reads it.
        in_thread(lambda: answer("And it is on sale this week.", chat_shop["operator"]))
        expect(badge).to_be_visible(timeout=25_000)
        expect(badge).to_contain_text("1")
        launcher.click()
        expect(theirs.last).to_contain_text("And it is on sale this week.", timeout=10_000)
        expect(badge).to_be_hidden()
        expect(theirs).to_have_count(2)  # none shown twice
        survey("chat-open-again")
    assert not survey.problems, f"{len(survey.problems)} problems:\n" + "\n".join(survey.problems)
    # (The database is read outside Playwright's event loop.) The question carries the product
    # and its price; the answers are read.
    question = ChatMessage.objects.get(author_kind=MessageAuthor.CUSTOMER)
    assert (question.product_id, question.product_sku) == (chat_shop["product"], "PL-0042")
    assert str(question.product_price) == "250.00"
    assert Conversation.objects.get().unread_by_customer == 0
