"""The chat's staff side in the Wagtail admin (issue 16.3, 16.6; SPEC §7, §8): the shared
inbox with its tabs and unread counts (per conversation, the menu's badge, the dashboard
panel), one conversation with its customer and orders, answering, assign/close/reopen in the
journal, the polls that answer from the shared cache, and the query budgets. Who may do what
is in test_chat_admin_roles.py."""

import re
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import ModelLogEntry

from commerce.customers.models import Customer
from support.chat.operators import (
    CONVERSATION_ASSIGNED,
    CONVERSATION_CLOSED,
    CONVERSATION_REOPENED,
)
from support.models import CHAT_MESSAGE_MAX_LENGTH, ChatMessage, Conversation, MessageAuthor
from support.tests.chatting import chat_snapshot, committed, shop_says, visitor_says
from support.tests.test_inquiry_admin import menu_labels


def url(name: str, conversation=None, **query) -> str:
    address = reverse(
        f"support_chat:{name}", args=[conversation.pk] if conversation is not None else []
    )
    if query:
        address += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return address


def page(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def inbox_rows(response) -> list[str]:
    return [text_of(row) for row in page(response).select(".chat-inbox-table tbody tr")]


def tab_counts(response) -> dict[str, int]:
    return {
        tab["data-tab"]: int(tab.select_one("[data-count]").get_text())
        for tab in page(response).select(".chat-tabs a")
    }


def poll_marker(response):
    return page(response).select_one("[data-chat-poll]")


@pytest.fixture
def operator(role_user):
    user = role_user("Sales operator")
    user.first_name, user.last_name = "Oksana", "Melnyk"
    user.save()
    return user


@pytest.fixture
def colleague(role_user):
    user = role_user("Sales operator", email="taras@example.com")
    user.first_name = "Taras"
    user.save()
    return user


@pytest.fixture
def manager(role_user):
    return role_user("Manager")


@pytest.fixture
def shopper(django_user_model):
    user = django_user_model.objects.create_user(
        email="ivan@example.com", password="pw-Secret-1", first_name="Ivan"
    )
    Customer.objects.create(
        user=user,
        first_name="Ivan",
        last_name="Petrenko",
        phone="+380671234567",
        email=user.email,
    )
    return user


@pytest.fixture
def product(catalog, store):
    from catalog.tests.factories import CategoryPageFactory, make_product

    category = CategoryPageFactory(parent=catalog, title="Plants", slug="plants")
    return make_product(category, sku="PL-1", title="Rotala", price="65.00", stock={store: 9})


@pytest.mark.django_db
class TestInbox:
    def test_rows_wait_longest_first_with_customer_excerpt_unread_operator_status(
        self, client, operator, shopper
    ):
        olena = visitor_says(
            "Do you ship to Odesa?", "Hello?", name="Olena", email="olena@example.com"
        )
        Conversation.objects.filter(pk=olena.pk).update(
            waiting_since=olena.waiting_since.replace(year=olena.waiting_since.year - 1)
        )
        visitor_says("Is Rotala in stock?", user=shopper, waiting_minutes=5)
        answered = visitor_says("Thanks", session_key="s-anonymous")
        client.force_login(operator)
        with committed():
            client.post(url("reply", answered), {"text": "You are welcome!"})
        response = client.get(url("index"))
        assert response.status_code == 200
        rows = inbox_rows(response)
        assert len(rows) == 3
        assert rows[0].startswith("Olena olena@example.com no account")
        assert "Hello?" in rows[0] and " 2 " in rows[0] and "waits for an answer" in rows[0]
        assert rows[1].startswith("Ivan Petrenko ivan@example.com")
        assert "Is Rotala in stock?" in rows[1] and "no account" not in rows[1]
        # The answered one: nothing waits, the excerpt is the shop's answer, the answering
        # operator took it.
        assert rows[2].startswith("Visitor no account")
        assert "Shop: You are welcome!" in rows[2] and "Oksana (you)" in rows[2]
        assert "waits" not in rows[2]

    def test_newest_activity_first_on_request(self, client, operator):
        old = visitor_says("First", name="Old", waiting_minutes=60)
        new = visitor_says("Second", name="New", waiting_minutes=1)
        client.force_login(operator)
        assert inbox_rows(client.get(url("index")))[0].startswith("Old")
        rows = inbox_rows(client.get(url("index", ordering="activity")))
        assert rows[0].startswith("New") and rows[1].startswith("Old")
        assert old.pk != new.pk

    def test_tabs_filter_and_count(self, client, operator, colleague):
        waiting = visitor_says("Waiting", name="Waiting Wanda")
        mine = visitor_says("Mine", name="Mine Maria")
        theirs = visitor_says("Theirs", name="Theirs Taisa")
        closed = visitor_says("Closed", name="Closed Kyrylo")
        client.force_login(colleague)
        with committed():
            client.post(url("assign", theirs))
        client.force_login(operator)
        with committed():
            client.post(url("reply", mine), {"text": "On it"})
            client.post(url("assign", closed))
            client.post(url("close", closed))

        def names(**query):
            return {row.split(" ")[0] for row in inbox_rows(client.get(url("index", **query)))}

        assert names() == {"Waiting", "Mine", "Theirs"}  # all open, the default
        assert names(show="open") == {"Waiting", "Mine", "Theirs"}
        assert names(show="unanswered") == {"Waiting", "Theirs"}
        assert names(show="mine") == {"Mine"}
        assert names(show="closed") == {"Closed"}
        assert names(show="all") == {"Waiting", "Mine", "Theirs", "Closed"}
        assert names(show="nonsense") == {"Waiting", "Mine", "Theirs"}
        counts = tab_counts(client.get(url("index")))
        assert counts == {"unanswered": 2, "mine": 1, "open": 3, "closed": 1, "all": 4}
        assert waiting.pk

    def test_unread_counts_in_rows_menu_badge_and_dashboard(self, client, operator, manager):
        first = visitor_says("One", "Two", name="Olena")
        visitor_says("Three", name="Petro")
        client.force_login(operator)
        home = client.get(reverse("wagtailadmin_home"))
        assert "Chat (3)" in menu_labels(home)
        panel = page(home).select_one("[data-shop-panel=chat]")
        assert panel.select_one("[data-unread]").get_text() == "3"
        assert panel.select_one("[data-waiting]").get_text() == "2"
        assert [text_of(td) for td in panel.select("[data-row-unread]")] == ["2", "1"]
        response = client.get(url("index"))
        assert "3 unread customer messages in all." in text_of(page(response))
        assert poll_marker(response)["data-chat-unread"] == "3"
        with committed():
            client.get(url("inspect", first))  # the operator reads Olena's two messages
        home = client.get(reverse("wagtailadmin_home"))
        assert "Chat (1)" in menu_labels(home)
        assert page(home).select_one("[data-shop-panel=chat] [data-unread]").get_text() == "1"
        # Reading is not answering: both still wait.
        assert page(home).select_one("[data-shop-panel=chat] [data-waiting]").get_text() == "2"
        client.force_login(manager)  # managers read the chat: menu and panel too
        home = client.get(reverse("wagtailadmin_home"))
        assert "Chat (1)" in menu_labels(home)
        assert page(home).select_one("[data-shop-panel=chat]")

    def test_the_badge_costs_no_query_while_nothing_changes(self, operator):
        from support.chat.inbox import inbox_totals

        visitor_says("One", "Two")
        assert inbox_totals().unread == 2
        with CaptureQueriesContext(connection) as queries:
            assert inbox_totals().unread == 2
        assert len(queries) == 0
        visitor_says("Three")  # bumps the inbox's version on commit
        assert inbox_totals().unread == 3

    def test_the_inbox_costs_the_same_for_2_and_30_conversations(
        self, client, operator, shopper, django_assert_max_num_queries
    ):
        """Budget (13 queries today, measured on the small inbox): what any admin page reads
        (session, user, two for permissions, Wagtail's user profile, its menu's locale and
        group page/collection/site permissions, the inquiries' count), and the chat's three —
        the paginator's count, the tab counts, and the page of conversations with customers,
        cards, operators and last messages joined in. The menu's chat badge costs none (cached
        under the inbox's version). The same for 30 rows as for 2."""
        visitor_says("Hi", user=shopper)
        visitor_says("Hello", name="Olena", email="olena@example.com")
        client.force_login(operator)
        with CaptureQueriesContext(connection) as small:
            assert client.get(url("index")).status_code == 200
        budget = len(small)  # now: the connection's query log is a bounded deque
        for i in range(28):
            conversation = visitor_says(f"Question {i}", f"More {i}", name=f"Visitor {i}")
            if i % 3 == 0:
                shop_says(conversation, "Answer", operator=operator)
        with django_assert_max_num_queries(budget):
            response = client.get(url("index", show="all"))
        assert len(inbox_rows(response)) == 30


@pytest.mark.django_db
class TestConversation:
    def test_messages_in_order_with_product_customer_card_and_orders(
        self, client, operator, shopper, product, store
    ):
        from commerce.testing import place_test_order

        order = place_test_order(
            product=product, store=store, quantity=1, token="t-ivan", customer=shopper.customer
        )
        conversation = visitor_says(
            "Is this one hardy?",
            "And in winter?",
            user=shopper,
            product=product,
            price=Decimal("65.00"),
        )
        shop_says(conversation, "Yes, down to 5 °C.", operator=operator)
        client.force_login(operator)
        response = client.get(url("inspect", conversation))
        assert response.status_code == 200
        soup = page(response)
        messages = [text_of(li) for li in soup.select("[data-message]")]
        assert len(messages) == 3
        assert messages[0].startswith("Customer") and "Is this one hardy?" in messages[0]
        assert "And in winter?" in messages[1]
        assert messages[2].startswith("Oksana sales-operator@example.com")
        product_line = text_of(soup.select_one("[data-product]"))
        assert "Rotala" in product_line and "SKU PL-1" in product_line
        assert "65" in product_line and "when asked" in product_line
        link = soup.select_one("[data-product] a")
        assert link["href"] == product.get_url()
        aside = soup.select_one(".chat-customer")
        assert "Ivan Petrenko" in text_of(aside) and "ivan@example.com" in text_of(aside)
        assert aside.select_one(
            f"a[href='{reverse('commerce_customers:inspect', args=[shopper.customer.pk])}']"
        )
        order_link = aside.select_one(
            f"a[href='{reverse('commerce_orders:inspect', args=[order.pk])}']"
        )
        assert order_link and order.number in order_link.get_text()
        assert "not verified" not in text_of(aside)

    def test_a_guest_is_reached_through_orders_with_the_e_mail_they_gave(
        self, client, operator, product, store
    ):
        from commerce.testing import place_test_order

        order = place_test_order(
            product=product, store=store, quantity=1, token="t-guest", email="olena@example.com"
        )
        place_test_order(
            product=product, store=store, quantity=1, token="t-other", email="else@example.com"
        )
        conversation = visitor_says("Where is my order?", name="Olena", email="Olena@Example.com")
        client.force_login(operator)
        aside = page(client.get(url("inspect", conversation))).select_one(".chat-customer")
        orders = aside.select("[data-orders] li")
        assert len(orders) == 1 and order.number in text_of(orders[0])
        assert "(guest)" in text_of(orders[0])
        assert "(typed by the visitor, not verified)" in text_of(aside)

    def test_a_visitor_without_e_mail_has_no_orders_and_is_a_visitor(self, client, operator):
        conversation = visitor_says("Hi")
        client.force_login(operator)
        aside = page(client.get(url("inspect", conversation))).select_one(".chat-customer")
        assert "Visitor" in text_of(aside.select_one("[data-customer-name]"))
        assert "the visitor gave no e-mail" in text_of(aside)

    def test_an_operator_opening_it_marks_the_customer_messages_read(self, client, operator):
        conversation = visitor_says("One", "Two")
        assert conversation.unread_by_staff == 2
        client.force_login(operator)
        client.get(url("inspect", conversation))
        conversation.refresh_from_db()
        assert conversation.unread_by_staff == 0
        assert conversation.waiting_since is not None  # read, not answered

    def test_a_manager_reads_without_marking_read_and_without_a_reply_box(self, client, manager):
        conversation = visitor_says("One", "Two")
        before = chat_snapshot()
        client.force_login(manager)
        response = client.get(url("inspect", conversation))
        assert response.status_code == 200
        soup = page(response)
        assert len(soup.select("[data-message]")) == 2
        assert not soup.select("textarea[name=text]")
        assert not soup.select(".chat-actions form")
        assert soup.select_one("[data-read-only]")
        assert chat_snapshot() == before
        # Managers may not read orders or customer cards: none is shown.
        assert not soup.select("[data-orders]")

    def test_an_operator_without_a_first_name_is_told_what_customers_see(
        self, client, operator, role_user
    ):
        conversation = visitor_says("Hi")
        client.force_login(operator)
        assert not page(client.get(url("inspect", conversation))).select("[data-no-first-name]")
        nameless = role_user("Sales operator", email="nameless@example.com")
        client.force_login(nameless)
        notice = page(client.get(url("inspect", conversation))).select_one("[data-no-first-name]")
        assert "“Shop”" in text_of(notice)
        assert notice.select_one(f"a[href='{reverse('wagtailadmin_account')}']")

    def test_text_is_escaped(self, client, operator):
        conversation = visitor_says("<script>alert(1)</script>", name="<i>Eve</i>")
        client.force_login(operator)
        response = client.get(url("inspect", conversation))
        assert "<script>alert(1)</script>" not in response.text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
        assert "<i>Eve</i>" not in response.text
        assert "<i>Eve</i>" not in client.get(url("index")).text

    def test_the_conversation_costs_the_same_for_3_and_60_messages(
        self, client, operator, shopper, product, store, django_assert_max_num_queries
    ):
        """Budget (measured on the small conversation): what any admin page reads, and the
        chat's — the conversation with account, card, operator and closer (twice: before and
        after the version is read), the read mark (a conditional UPDATE), the messages with
        authors and products joined in, the orders, the site's root paths for the product
        links. The same for 63 messages and 8 orders as for 3 and 1."""
        from commerce.testing import place_test_order

        conversation = visitor_says("Hi", user=shopper, product=product, price=Decimal("65"))
        shop_says(conversation, "Hello", operator=operator)
        visitor_says("Still there?", conversation=conversation)
        place_test_order(
            product=product, store=store, quantity=1, token="t-0", customer=shopper.customer
        )
        client.force_login(operator)
        client.get(url("inspect", conversation))  # the first look marks read (a write)
        with CaptureQueriesContext(connection) as small:
            assert client.get(url("inspect", conversation)).status_code == 200
        budget = len(small)  # now: the connection's query log is a bounded deque
        for i in range(20):
            visitor_says(f"Question {i}", conversation=conversation, product=product, price=1)
            shop_says(conversation, f"Answer {i}", operator=operator)
            visitor_says(f"Thanks {i}", conversation=conversation)
        for i in range(1, 8):
            place_test_order(
                product=product, store=store, quantity=1, token=f"t-{i}", customer=shopper.customer
            )
        client.get(url("inspect", conversation))
        with django_assert_max_num_queries(budget):
            response = client.get(url("inspect", conversation))
        assert len(page(response).select("[data-message]")) == 63
        assert len(page(response).select("[data-orders] li")) == 5

    def test_long_conversations_show_the_latest_messages_and_offer_the_rest(
        self, client, operator, monkeypatch
    ):
        monkeypatch.setattr("support.chat.inbox.MESSAGES_SHOWN", 3)
        conversation = visitor_says("m1", "m2", "m3", "m4", "m5")
        client.force_login(operator)
        soup = page(client.get(url("inspect", conversation)))
        assert [text_of(li.select_one(".chat-text")) for li in soup.select("[data-message]")] == [
            "m3",
            "m4",
            "m5",
        ]
        assert "Show 2 earlier messages" in text_of(soup.select_one(".chat-hidden"))
        soup = page(client.get(url("inspect", conversation, all=1)))
        assert len(soup.select("[data-message]")) == 5


@pytest.mark.django_db
class TestReply:
    def test_an_answer_is_a_staff_message_that_ends_the_wait(self, client, operator):
        conversation = visitor_says("Hi", "Anyone?")
        client.force_login(operator)
        with committed():
            response = client.post(url("reply", conversation), {"text": "  Hello, Oksana here.  "})
        assert response.status_code == 302
        assert response.url == url("inspect", conversation) + "#reply"
        message = ChatMessage.objects.filter(conversation=conversation).last()
        assert message.author_kind == MessageAuthor.STAFF
        assert message.author == operator and message.text == "Hello, Oksana here."
        conversation.refresh_from_db()
        assert conversation.waiting_since is None
        assert conversation.unread_by_customer == 1
        assert conversation.assigned_to == operator  # the first answer takes it
        entry = ModelLogEntry.objects.get(action=CONVERSATION_ASSIGNED)
        assert entry.user == operator and entry.data["by_reply"] is True
        # A second answer assigns nothing more.
        with committed():
            client.post(url("reply", conversation), {"text": "Anything else?"})
        assert ModelLogEntry.objects.filter(action=CONVERSATION_ASSIGNED).count() == 1

    @pytest.mark.parametrize(
        ("text", "status", "says"),
        [
            ("", 400, "This field is required."),
            ("   \n  ", 400, "This field is required."),
            ("x" * (CHAT_MESSAGE_MAX_LENGTH + 1), 400, "at most 2000 characters"),
        ],
    )
    def test_a_bad_answer_is_refused_and_stores_nothing(self, client, operator, text, status, says):
        conversation = visitor_says("Hi")
        client.force_login(operator)
        before = chat_snapshot()
        response = client.post(url("reply", conversation), {"text": text})
        assert response.status_code == status
        assert says in response.text
        assert chat_snapshot() == before

    def test_a_closed_conversation_is_reopened_before_answering(self, client, operator):
        conversation = visitor_says("Hi")
        client.force_login(operator)
        client.post(url("close", conversation))
        before = chat_snapshot()
        response = client.post(url("reply", conversation), {"text": "Late answer"})
        assert response.status_code == 409
        assert "is closed; reopen it to answer" in response.text
        kept = page(response).select_one("textarea[name=text]")
        assert kept.get_text().strip() == "Late answer" and kept.has_attr("readonly")
        assert chat_snapshot() == before

    def test_an_unknown_conversation_is_a_clear_404(self, client, operator):
        client.force_login(operator)
        before = chat_snapshot()
        for name in ("inspect",):
            response = client.get(reverse(f"support_chat:{name}", args=[999999]))
            assert response.status_code == 404
            assert "does not exist (any more)" in response.text
        for name in ("reply", "assign", "close", "reopen"):
            response = client.post(reverse(f"support_chat:{name}", args=[999999]), {"text": "x"})
            assert response.status_code == 404, name
            assert "does not exist (any more)" in response.text
        assert chat_snapshot() == before


@pytest.mark.django_db
class TestActions:
    def test_assign_close_reopen_are_journaled_with_who_and_when(self, client, operator, colleague):
        conversation = visitor_says("Hi", name="Olena")
        client.force_login(colleague)
        client.post(url("assign", conversation))
        client.force_login(operator)
        response = client.post(url("assign", conversation), follow=True)
        assert f"Conversation {conversation.pk} is assigned to you." in response.text
        conversation.refresh_from_db()
        assert conversation.assigned_to == operator
        response = client.post(url("close", conversation), follow=True)
        assert "is closed." in response.text
        conversation.refresh_from_db()
        assert conversation.status == "closed" and conversation.closed_by == operator
        assert conversation.closed_at is not None and conversation.waiting_since is None
        client.post(url("reopen", conversation))
        conversation.refresh_from_db()
        assert conversation.status == "open" and conversation.closed_at is None
        entries = list(ModelLogEntry.objects.filter(object_id=str(conversation.pk)).order_by("pk"))
        assert [(entry.action, entry.user) for entry in entries] == [
            (CONVERSATION_ASSIGNED, colleague),
            (CONVERSATION_ASSIGNED, operator),
            (CONVERSATION_CLOSED, operator),
            (CONVERSATION_REOPENED, operator),
        ]
        assert all(entry.timestamp for entry in entries)
        history = text_of(page(client.get(url("history", conversation))))
        assert f"Conversation {conversation.pk} passed from Taras to Oksana Melnyk" in history
        assert f"Conversation {conversation.pk} closed" in history
        assert f"Conversation {conversation.pk} reopened" in history
        site_history = client.get(reverse("wagtailadmin_reports:site_history"))
        assert f"Conversation {conversation.pk} reopened" in site_history.text

    def test_a_stale_press_says_why_and_journals_nothing(self, client, operator):
        conversation = visitor_says("Hi")
        client.force_login(operator)
        client.post(url("close", conversation))
        before = chat_snapshot()
        response = client.post(url("close", conversation), follow=True)
        assert "is already closed" in response.text
        response = client.post(url("assign", conversation))
        client.post(url("assign", conversation))
        after_assign = chat_snapshot()
        response = client.post(url("assign", conversation), follow=True)
        assert "already assigned to you" in response.text
        assert chat_snapshot() == after_assign
        assert before[2] + 1 == after_assign[2]

    def test_actions_take_post_only(self, client, operator):
        conversation = visitor_says("Hi")
        client.force_login(operator)
        before = chat_snapshot()
        for name in ("reply", "assign", "close", "reopen"):
            assert client.get(url(name, conversation)).status_code == 405, name
        assert chat_snapshot() == before

    def test_the_visitors_next_message_reopens_a_closed_conversation(self, client, operator):
        conversation = visitor_says("Hi")
        client.force_login(operator)
        client.post(url("close", conversation))
        visitor_says("One more thing", conversation=conversation)
        rows = inbox_rows(client.get(url("index")))
        assert len(rows) == 1 and "One more thing" in rows[0]


@pytest.mark.django_db
class TestPolling:
    def _queries_about_the_chat(self, queries) -> list[str]:
        return [q["sql"] for q in queries.captured_queries if re.search(r"support_", q["sql"])]

    def test_the_inbox_poll_answers_204_from_the_cache_until_something_changes(
        self, client, operator
    ):
        """Budget of an unchanged poll: what any admin request reads — the session, the
        user, their permissions (two queries) and Wagtail's per-user profile (language and
        time zone) — and not one query about conversations."""
        visitor_says("Hi", name="Olena")
        client.force_login(operator)
        marker = poll_marker(client.get(url("index")))
        poll_url, version = marker["data-chat-poll"], marker["data-chat-version"]
        assert poll_url.startswith(url("poll"))
        with CaptureQueriesContext(connection) as queries:
            response = client.get(poll_url + f"&v={version}")
        assert response.status_code == 204
        assert self._queries_about_the_chat(queries) == []
        assert len(queries) <= 5, [q["sql"] for q in queries.captured_queries]
        visitor_says("Anyone?", name="Petro")
        response = client.get(poll_url + f"&v={version}")
        assert response.status_code == 200
        fragment = page(response)
        assert "Petro" in text_of(fragment)
        assert fragment.select_one("[data-chat-poll]")["data-chat-version"] != version
        assert fragment.select_one("[data-chat-poll]")["data-chat-unread"] == "2"
        assert not fragment.select("html, body")  # a fragment, not a page

    def test_a_lost_cache_makes_the_poll_read_the_database_never_a_stale_204(
        self, client, operator
    ):
        from django.core.cache import cache

        visitor_says("Hi")
        client.force_login(operator)
        marker = poll_marker(client.get(url("index")))
        cache.clear()
        response = client.get(marker["data-chat-poll"] + f"&v={marker['data-chat-version']}")
        assert response.status_code == 200

    def test_the_conversation_poll_answers_204_and_then_the_new_messages(self, client, operator):
        conversation = visitor_says("Hi")
        client.force_login(operator)
        # (Outside committed(): opening marks read and bumps at once, as in autocommit.)
        marker = poll_marker(client.get(url("inspect", conversation)))
        poll_url, version = marker["data-chat-poll"], marker["data-chat-version"]
        assert f"t={conversation.token}" in poll_url
        with CaptureQueriesContext(connection) as queries:
            response = client.get(poll_url + f"&v={version}")
        assert response.status_code == 204
        assert self._queries_about_the_chat(queries) == []
        assert len(queries) <= 5
        visitor_says("Are you there?", conversation=conversation)
        with committed():
            response = client.get(poll_url + f"&v={version}")
        assert response.status_code == 200
        fragment = page(response)
        assert [text_of(m.select_one(".chat-text")) for m in fragment.select("[data-message]")] == [
            "Hi",
            "Are you there?",
        ]
        conversation.refresh_from_db()
        assert conversation.unread_by_staff == 0  # on the operator's screen: read
        # Marking read bumped the version once more; the poll after next rests.
        newer = fragment.select_one("[data-chat-poll]")["data-chat-version"]
        response = client.get(poll_url + f"&v={newer}")
        if response.status_code == 200:
            newer = page(response).select_one("[data-chat-poll]")["data-chat-version"]
            response = client.get(poll_url + f"&v={newer}")
        assert response.status_code == 204

    def test_a_manager_polls_without_marking_read(self, client, manager):
        conversation = visitor_says("Hi")
        client.force_login(manager)
        response = client.get(url("poll_conversation", conversation, t=conversation.token, v=1))
        assert response.status_code == 200
        conversation.refresh_from_db()
        assert conversation.unread_by_staff == 1

    def test_a_gone_conversation_polls_404(self, client, operator):
        client.force_login(operator)
        response = client.get(
            reverse("support_chat:poll_conversation", args=[999999])
            + "?t=5b0f8a8e-4d7e-4a53-9d0e-1f2b3c4d5e6f&v=1"
        )
        assert response.status_code == 404

    def test_a_bad_token_only_skips_the_cache(self, client, operator):
        conversation = visitor_says("Hi")
        client.force_login(operator)
        response = client.get(url("poll_conversation", conversation, t="not-a-uuid", v="1"))
        assert response.status_code == 200
        assert "Hi" in response.text

    def test_the_pages_load_the_poll_script_from_a_file(self, client, operator):
        conversation = visitor_says("Hi")
        client.force_login(operator)
        for response in (client.get(url("index")), client.get(url("inspect", conversation))):
            scripts = page(response).select("script[src*='chat-admin.js']")
            assert len(scripts) == 1
