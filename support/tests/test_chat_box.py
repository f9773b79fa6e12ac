"""Issue 16.1–16.2: the chat box on every shopper page — sending, polling, history, limits, and
what a shopper sees of it (escaped text, safe links, the operator's first name, the product).

Each step runs inside ``committed()``: the tests' transaction never commits, so the work
Django does on commit (the cache versions the polling reads, the e-mails) is run at the end
of each step, as a real commit would."""

import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from config.tests.test_shopper_post_fuzz import JUNK, fuzzed
from support.chat.services import message_post
from support.models import ChatMessage, Conversation, MessageAuthor
from support.tests.chat_helpers import HTMX, poll, send, shown, state
from support.tests.conftest import CHAT_PASSWORD


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def staff_answer(conversation, operator, text="We have it in stock."):
    return message_post(
        conversation=conversation, author_kind=MessageAuthor.STAFF, text=text, author=operator
    )


@pytest.mark.django_db
class TestTheBoxOnPages:
    def test_every_shopper_page_has_the_launcher_and_no_session_is_made(self, client, home):
        response = client.get("/")
        soup = BeautifulSoup(response.content, "html.parser")
        launcher = soup.find(id="chat-launcher")
        # Without JavaScript the launcher is a link to the chat page.
        assert launcher["href"] == reverse("chat_page")
        assert soup.find(id="chat-panel").has_attr("hidden")
        assert soup.find(id="chat-state")["data-poll"] == ""  # nothing to poll yet
        assert settings.SESSION_COOKIE_NAME not in response.cookies

    def test_the_chat_page_has_no_second_box(self, client, home):
        soup = BeautifulSoup(client.get(reverse("chat_page")).content, "html.parser")
        assert soup.find(id="chat-launcher") is None
        assert len(soup.select("#chat-form")) == 1

    def test_a_visitor_who_wrote_gets_the_poll_address_on_every_page(self, client, home, committed):
        with committed():
            sent = send(client, "Do you ship to Odesa?")
        soup = BeautifulSoup(client.get("/").content, "html.parser")
        assert soup.find(id="chat-state")["data-poll"] == state(sent)["poll"] != ""


@pytest.mark.django_db
class TestSending:
    def test_an_anonymous_visitor_writes_and_sees_the_message(self, client, home, committed):
        with committed():
            response = send(client, "Do you ship to Odesa?")
        assert response.status_code == 200
        assert shown(response) == [("You", "Do you ship to Odesa?")]
        conversation = Conversation.objects.get()
        assert conversation.user is None and conversation.session_key
        assert conversation.unread_by_staff == 1
        assert state(response)["poll"] == reverse("chat_poll", args=[conversation.token])
        assert settings.SESSION_COOKIE_NAME in response.cookies  # made when writing
        # The form comes back empty, ready for the next message.
        form = BeautifulSoup(response.content, "html.parser").find(id="chat-form")
        assert form.find("textarea").get_text() == ""

    def test_without_javascript_the_page_sends_and_redirects_back(self, client, home):
        response = client.post(reverse("chat_page"), {"text": "Hello from a plain form"})
        assert response.status_code == 303 and response["Location"] == reverse("chat_page")
        page = client.get(reverse("chat_page"))
        assert shown(page) == [("You", "Hello from a plain form")]

    def test_a_second_message_goes_to_the_same_conversation(self, client, home, committed):
        with committed():
            first = send(client, "One")
        with committed():
            second = send(client, "Two", after=str(state(first)["after"]))
        assert shown(second) == [("You", "Two")]  # only what the box does not show yet
        assert Conversation.objects.count() == 1
        assert Conversation.objects.get().unread_by_staff == 2

    def test_a_logged_in_customers_conversation_is_the_accounts(self, client, shopper, home):
        client.force_login(shopper)
        send(client, "Where is my order?")
        conversation = Conversation.objects.get()
        assert conversation.user == shopper and conversation.session_key == ""
        assert ChatMessage.objects.get().author == shopper


@pytest.mark.django_db
class TestBadInput:
    @pytest.mark.parametrize(
        ("fields", "error"),
        [
            ({"text": ""}, "Write a message first."),
            ({"text": "   \n  "}, "Write a message first."),
            ({"text": "x" * 2001}, "at most 2000 characters long; this one has 2001"),
            ({"text": "Hi", "product": "abc"}, "no longer on sale"),
            ({"text": "Hi", "product": "99999"}, "no longer on sale"),
            ({"text": "Hi", "product": str(10**30)}, "no longer on sale"),
            ({"text": "Hi", "email": "not-an-address"}, "valid email"),
        ],
    )
    def test_is_refused_with_a_clear_message_and_nothing_stored(self, client, home, fields, error):
        response = client.post(reverse("chat_page"), {"after": "0", **fields}, **HTMX)
        assert response.status_code == 400
        alerts = BeautifulSoup(response.content, "html.parser").select("[role=alert]")
        assert any(error in alert.get_text() for alert in alerts), response.content.decode()
        assert not Conversation.objects.exists() and not ChatMessage.objects.exists()

    def test_what_was_typed_is_kept_after_an_error(self, client, home):
        response = client.post(reverse("chat_page"), {"text": "Keep me", "email": "nope"}, **HTMX)
        assert "Keep me" in BeautifulSoup(response.content, "html.parser").find("textarea").text

    def test_without_javascript_an_error_is_a_page_with_status_400(self, client, home):
        response = client.post(reverse("chat_page"), {"text": "x" * 2001})
        assert response.status_code == 400
        assert "at most 2000 characters" in response.content.decode()
        assert not ChatMessage.objects.exists()

    def test_a_message_of_exactly_the_limit_with_browser_line_breaks_is_taken(self, client, home):
        # Browsers send a line break as \r\n but count it as one character, as the limit does.
        text = ("a" * 9 + "\r\n") * 200  # 2000 characters as the visitor typed them
        response = send(client, text.strip() + "b")
        assert response.status_code == 200
        assert len(ChatMessage.objects.get().text) == 2000

    def test_other_methods_and_junk_parameters_are_4xx_or_ignored(self, client, home):
        assert client.post(reverse("chat_panel")).status_code == 405
        assert client.put(reverse("chat_page")).status_code == 405
        assert client.get("/chat/poll/not-a-token/").status_code == 404
        assert client.get(reverse("chat_panel"), {"product": "9" * 40}).status_code == 200
        assert client.get(reverse("chat_history"), {"before": "-1"}).status_code == 204
        assert client.get(reverse("chat_page"), {"before": "9" * 40}).status_code == 200


@pytest.mark.django_db
@override_settings(ACCOUNT_RATE_LIMITS={**settings.ACCOUNT_RATE_LIMITS, "chat": "3/m/key"})
def test_too_many_messages_are_refused_with_429_and_not_stored(client, home):
    for n in range(3):
        assert send(client, f"Message {n}").status_code == 200
    response = send(client, "One too many")
    assert response.status_code == 429
    assert "very fast" in response.content.decode()
    assert "One too many" in response.content.decode()  # the text is kept for later
    assert list(ChatMessage.objects.values_list("text", flat=True)) == [
        "Message 0",
        "Message 1",
        "Message 2",
    ]
    # Another visitor (another session) still writes.
    assert send(Client(), "Someone else").status_code == 200


@pytest.mark.django_db
@override_settings(ACCOUNT_RATE_LIMITS={**settings.ACCOUNT_RATE_LIMITS, "chat": "2/m/ip"})
def test_the_limit_per_address_holds_across_sessions(home):
    """The limit counts by the client address too: a script that drops its cookie each time
    (a new session per message) is stopped all the same."""
    assert send(Client(), "one").status_code == 200
    assert send(Client(), "two").status_code == 200
    assert send(Client(), "three").status_code == 429
    assert ChatMessage.objects.count() == 2


def test_the_shops_limits_are_set():
    """The limits in force (config/settings/base.py; the tests switch them off elsewhere)."""
    from config.settings import base

    assert base.ACCOUNT_RATE_LIMITS["chat"] == base.SHOP_CHAT_RATE == "12/m/key,120/h/key,40/m/ip"


@pytest.mark.django_db
class TestWhatTheShopperSees:
    def test_text_is_escaped_and_only_web_links_are_clickable_and_safe(self, client, home):
        text = (
            '<script>alert("x")</script> <img src=x onerror=alert(1)> see '
            "https://example.com/a?b=1&c=2 or javascript:alert(1) or write to me@example.com"
        )
        response = send(client, text)
        soup = BeautifulSoup(response.content, "html.parser")
        body = soup.select_one("li.chat-message .chat-text")
        assert body.find("script") is None and body.find("img") is None
        assert '<script>alert("x")</script>' in body.get_text()  # shown as typed
        links = body.find_all("a")
        assert [link["href"] for link in links] == ["https://example.com/a?b=1&c=2"]
        assert links[0]["rel"] == ["nofollow", "noopener", "noreferrer"]
        assert links[0]["target"] == "_blank"

    def test_the_operators_first_name_is_on_their_answers(
        self, client, home, chat_operator, role_user, committed
    ):
        with committed():
            sent = send(client, "Hello?")
        conversation = Conversation.objects.get()
        nameless = role_user("Sales operator", email="nameless@example.com")
        with committed():
            staff_answer(conversation, chat_operator, "Hi, I am Oksana.")
            staff_answer(conversation, nameless, "And I have no first name.")
        response = poll(client, sent, after=state(sent)["after"], open="1")
        assert shown(response) == [
            ("Oksana", "Hi, I am Oksana."),
            ("Shop", "And I have no first name."),
        ]
        assert "nameless@example.com" not in response.content.decode()


# Real commits here: the versions are bumped when each write commits, as in production.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
class TestPolling:
    def test_an_unchanged_conversation_is_answered_from_the_cache_alone(
        self, client, home, django_assert_num_queries
    ):
        sent = send(client, "Anyone there?")
        # No query at all — not the session, not the user, not the cart: the cache said
        # "nothing new". And the session was not even read (it would add Vary: Cookie).
        with django_assert_num_queries(0):
            response = poll(client, sent, after=state(sent)["after"], open="1")
        assert response.status_code == 204 and response.content == b""
        assert "Cookie" not in response.get("Vary", "")
        assert "no-store" in response["Cache-Control"]
        # The same from a client that has no cookies at all (a cached page's poll).
        with django_assert_num_queries(0):
            assert poll(Client(), sent).status_code == 204

    def test_a_staff_answer_changes_the_version_and_arrives(self, client, home, chat_operator):
        sent = send(client, "Is Rotala in stock?")
        conversation = Conversation.objects.get()
        staff_answer(conversation, chat_operator)
        closed = poll(client, sent)  # the box closed: no messages asked for, the badge
        assert closed.status_code == 200
        assert state(closed)["unread"] == 1 and state(closed)["version"] != state(sent)["version"]
        conversation.refresh_from_db()
        assert conversation.unread_by_customer == 1  # not read: the panel is closed
        # Opening the panel looks afresh (no version): the answer arrives and is read.
        opened = poll(
            client, {**state(closed), "version": ""}, after=state(sent)["after"], open="1"
        )
        assert shown(opened) == [("Oksana", "We have it in stock.")]
        assert state(opened)["unread"] == 0
        conversation.refresh_from_db()
        assert conversation.unread_by_customer == 0
        # And the next poll is cheap again.
        assert poll(client, opened, after=state(opened)["after"], open="1").status_code == 204

    def test_a_lost_cache_answers_as_if_something_changed(self, client, home, committed):
        from django.core.cache import cache

        sent = send(client, "Hello")
        cache.clear()
        response = poll(client, sent, after=state(sent)["after"])
        assert response.status_code == 200 and shown(response) == []
        assert state(response)["version"]  # a new version to poll with

    def test_another_visitor_with_the_token_sees_nothing(self, client, home, committed):
        sent = send(client, "My private question")
        stranger = Client()
        response = poll(stranger, {**state(sent), "version": "stale"}, after=0, open="1")
        assert response.status_code == 404
        assert "private" not in response.content.decode()

    def test_the_poll_renders_in_the_pages_language(self, client, home, chat_product):
        sent = send(client, "About this plant", product=str(chat_product.pk))
        hrefs = {}
        for language in ("en", "uk"):
            answer = poll(client, {**state(sent), "version": ""}, after=0, lang=language)
            soup = BeautifulSoup(answer.content, "html.parser")
            hrefs[language] = soup.select_one(".chat-product-title")["href"]
            with translation.override(language):
                assert hrefs[language] == chat_product.get_url()
        # One of them carries its language's prefix: the two are different addresses.
        assert hrefs["en"] != hrefs["uk"]


@pytest.mark.django_db
class TestHistory:
    @override_settings(SHOP_CHAT_PAGE_SIZE=3)
    def test_the_panel_shows_the_last_messages_and_earlier_ones_page_by_page(
        self, client, home, chat_operator, committed, django_assert_max_num_queries
    ):
        for n in range(7):
            send(client, f"Message {n}")
        conversation = Conversation.objects.get()
        staff_answer(conversation, chat_operator, "Answer")
        # The panel: session, conversation, read mark, seen mark, messages (+ cart lookup by
        # the cart middleware, savepoints): a fixed number whatever the history's length.
        with django_assert_max_num_queries(10):
            panel = client.get(reverse("chat_panel"))
        assert [text for _, text in shown(panel)] == ["Message 5", "Message 6", "Answer"]
        soup = BeautifulSoup(panel.content, "html.parser")
        earlier = soup.select_one("#chat-earlier a")
        assert earlier is not None
        with django_assert_max_num_queries(5):
            page = client.get(earlier["hx-get"])
        assert [text for _, text in shown(page)] == ["Message 2", "Message 3", "Message 4"]
        soup = BeautifulSoup(page.content, "html.parser")
        assert soup.select_one("ol#chat-messages")["hx-swap-oob"] == "afterbegin"
        last = client.get(soup.select_one("#chat-earlier a")["hx-get"])
        assert [text for _, text in shown(last)] == ["Message 0", "Message 1"]
        assert BeautifulSoup(last.content, "html.parser").select_one("#chat-earlier a") is None
        # Opening the panel read the answer.
        conversation.refresh_from_db()
        assert conversation.unread_by_customer == 0

    def test_the_panel_costs_the_same_with_a_long_history(
        self, client, home, django_assert_max_num_queries
    ):
        for n in range(30):
            send(client, f"Message {n}")
        with django_assert_max_num_queries(10):
            panel = client.get(reverse("chat_panel"))
        assert len(shown(panel)) == settings.SHOP_CHAT_PAGE_SIZE

    def test_a_visitor_without_a_conversation_gets_the_form_and_no_session(self, client, home):
        response = client.get(reverse("chat_panel"))
        assert response.status_code == 200
        assert BeautifulSoup(response.content, "html.parser").find(id="chat-form")
        assert shown(response) == []
        assert settings.SESSION_COOKIE_NAME not in response.cookies

    def test_the_no_js_page_pages_through_the_history(self, client, home):
        with override_settings(SHOP_CHAT_PAGE_SIZE=2):
            for n in range(3):
                send(client, f"Message {n}")
            page = client.get(reverse("chat_page"))
            assert [text for _, text in shown(page)] == ["Message 1", "Message 2"]
            earlier = BeautifulSoup(page.content, "html.parser").select_one(".chat-earlier a")
            older = client.get(earlier["href"])
        assert [text for _, text in shown(older)] == ["Message 0"]


@pytest.mark.django_db
class TestQuestionToTheConsultant:
    def test_the_product_page_has_the_button(self, client, chat_product):
        soup = BeautifulSoup(client.get(chat_product.url).content, "html.parser")
        button = soup.select_one("[data-chat-product]")
        assert button.get_text(strip=True) == "Question to the consultant"
        assert button["data-chat-product"] == str(chat_product.pk)
        assert button["href"] == f"{reverse('chat_page')}?product={chat_product.pk}"

    def test_the_panel_shows_the_product_and_the_message_carries_it(
        self, client, chat_product, committed
    ):
        panel = client.get(reverse("chat_panel"), {"product": chat_product.pk})
        card = BeautifulSoup(panel.content, "html.parser").select_one(".chat-attachment")
        assert "Rotala rotundifolia" in card.get_text() and "PL-0042" in card.get_text()
        assert card.select_one("input[name=product]")["value"] == str(chat_product.pk)
        with committed():
            response = send(client, "Is it easy to grow?", product=str(chat_product.pk))
        message = ChatMessage.objects.get()
        assert (message.product, message.product_title, message.product_sku) == (
            chat_product.page_ptr.specific,
            "Rotala rotundifolia",
            "PL-0042",
        )
        assert str(message.product_price) == "250.00"
        item = BeautifulSoup(response.content, "html.parser").select_one("li.chat-message")
        assert item.select_one("a.chat-product-title")["href"] == chat_product.url
        assert "PL-0042" in item.get_text()
        assert re.search(r"250\.00", item.select_one(".chat-product-price").get_text())
        # The next message goes without the product: the fresh form has none.
        assert BeautifulSoup(response.content, "html.parser").select_one(".chat-attachment") is None

    def test_the_price_kept_is_the_one_the_shopper_saw_whatever_the_form_says(
        self, client, chat_product
    ):
        send(client, "Price?", product=str(chat_product.pk), price="1.00")
        assert str(ChatMessage.objects.get().product_price) == "250.00"

    def test_the_no_js_page_takes_the_product_too(self, client, chat_product):
        page = client.get(reverse("chat_page"), {"product": chat_product.pk})
        assert "Rotala rotundifolia" in page.content.decode()


@pytest.mark.django_db
def test_the_other_languages_pages_send_to_its_addresses(client, home):
    other = "uk" if settings.LANGUAGE_CODE == "en" else "en"  # the one with a prefix
    with translation.override(other):
        panel_url = reverse("chat_panel")
    assert panel_url == f"/{other}/chat/panel/"
    soup = BeautifulSoup(client.get(panel_url).content, "html.parser")
    assert soup.find(id="chat-form")["hx-post"] == f"/{other}/chat/"
    box = BeautifulSoup(client.get(f"/{other}/").content, "html.parser").find(id="chat")
    assert box["data-panel-url"] == f"/{other}/chat/panel/"


@pytest.mark.django_db
def test_an_anonymous_visitor_may_leave_an_email_for_the_answer(client, home):
    send(client, "Call me back", email="olena@example.com")
    assert Conversation.objects.get().visitor_email == "olena@example.com"
    assert not mail.outbox or all("olena@example.com" not in m.to for m in mail.outbox)


@pytest.mark.django_db
def test_a_customer_is_not_asked_for_an_email(client, shopper, home):
    assert client.login(email=shopper.email, password=CHAT_PASSWORD)
    soup = BeautifulSoup(client.get(reverse("chat_panel")).content, "html.parser")
    assert soup.find("input", attrs={"name": "email"}) is None


@pytest.mark.django_db
@fuzzed(max_examples=15)
@given(data=st.data())
def test_junk_from_the_box_is_a_4xx_and_stores_nothing(client, home, data):
    """Issue 12.5's rule for the chat: junk in any field — the product is never a valid one
    here — answers 4xx, never a 5xx, and stores nothing."""
    # A blank product is "no product", which is fine: the junk here is never blank.
    product = JUNK.filter(lambda value: value is not None and value.strip())
    posted = {"product": data.draw(product, label="product")}
    for field in ("text", "email", "after"):
        value = data.draw(st.one_of(JUNK, st.text(max_size=2100)), label=field)
        if value is not None:
            posted[field] = value
    for headers in (HTMX, {}):
        response = client.post(reverse("chat_page"), posted, **headers)
        assert 400 <= response.status_code < 500, posted
    assert not ChatMessage.objects.exists() and not Conversation.objects.exists()
