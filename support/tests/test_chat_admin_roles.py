"""Who may do what with the chat (issue 16.3, 16.6; SPEC §8): sales operators share one inbox
and answer, assign, close and reopen; managers read (no answer box, 403 on every action,
and their reading marks nothing read); content managers, warehouse workers, accountants,
customers and anonymous visitors cannot open the chat at all. Every refusal is checked on
the server — views and services — and changes nothing."""

import pytest
from django.urls import reverse

from accounts.tests.refusal import assert_refused
from support.chat.operators import (
    ConversationForbidden,
    conversation_assign,
    conversation_close,
    conversation_reopen,
    conversation_reply,
)
from support.models import ConversationStatus
from support.tests.chatting import chat_snapshot, committed, visitor_says
from support.tests.test_inquiry_admin import menu_labels

NO_CHAT_ROLES = ["Content manager", "Warehouse worker", "Accountant"]
ACTIONS = ["reply", "assign", "close", "reopen"]
READS = ["index", "inspect", "history", "poll", "poll_conversation"]


def address(name: str, conversation) -> str:
    if name in ("index", "poll"):
        return reverse(f"support_chat:{name}")
    url = reverse(f"support_chat:{name}", args=[conversation.pk])
    if name == "poll_conversation":
        url += f"?t={conversation.token}&v=1"
    return url


@pytest.fixture
def conversation(db):
    return visitor_says("Do you ship to Odesa?", "Hello?", name="Olena")


@pytest.fixture
def closed_conversation(db, role_user):
    found = visitor_says("Closed one", name="Petro")
    conversation_close(conversation=found, actor=role_user("Sales operator", "closer@example.com"))
    found.refresh_from_db()
    return found


@pytest.mark.django_db
@pytest.mark.parametrize("role", [*NO_CHAT_ROLES, "customer", "anonymous"])
def test_roles_without_the_chat_cannot_open_or_change_it(
    client, role_user, django_user_model, conversation, closed_conversation, role
):
    if role == "customer":
        client.force_login(
            django_user_model.objects.create_user(email="shopper@example.com", password="pw-1x")
        )
    elif role != "anonymous":
        client.force_login(role_user(role))
    before = chat_snapshot()
    for name in READS:
        url = address(name, conversation)
        response = client.get(url)
        assert_refused(response, url)
        assert "Do you ship to Odesa?" not in response.text, (role, name)
    for name in ACTIONS:
        target = closed_conversation if name == "reopen" else conversation
        url = address(name, target)
        assert_refused(client.post(url, {"text": "written by a stranger"}), url)
    assert chat_snapshot() == before
    if role in NO_CHAT_ROLES:
        home = client.get(reverse("wagtailadmin_home"))
        assert not [label for label in menu_labels(home) if label.startswith("Chat")]
        assert 'data-shop-panel="chat"' not in home.text


@pytest.mark.django_db
def test_a_manager_reads_the_chat_but_every_action_is_403(
    client, role_user, conversation, closed_conversation
):
    client.force_login(role_user("Manager"))
    before = chat_snapshot()
    for name in READS:
        response = client.get(address(name, conversation))
        assert response.status_code == 200, name
    for name in ACTIONS:
        target = closed_conversation if name == "reopen" else conversation
        response = client.post(address(name, target), {"text": "a manager's answer"})
        assert response.status_code == 403, name
        assert "Your role may read the chat but not answer it." in response.text
    assert chat_snapshot() == before  # nothing written, not even a read mark


@pytest.mark.django_db
def test_sales_operators_share_one_inbox(client, role_user, conversation):
    first = role_user("Sales operator", "first@example.com")
    second = role_user("Sales operator", "second@example.com")
    second.first_name = "Second"
    second.save()
    client.force_login(second)
    with committed():
        client.post(address("assign", conversation))
    client.force_login(first)
    response = client.get(reverse("support_chat:index"))
    assert "Olena" in response.text and "Second" in response.text
    # The first operator may take it over and answer: the inbox is everyone's.
    assert client.post(address("assign", conversation)).status_code == 302
    with committed():
        assert client.post(address("reply", conversation), {"text": "Hi"}).status_code == 302
    conversation.refresh_from_db()
    assert conversation.assigned_to == first


@pytest.mark.django_db
class TestServicesCheckTheRoleToo:
    """The operator writes refuse a role without ``support.reply_conversation`` themselves,
    whatever screen called them."""

    @pytest.mark.parametrize("role", ["Manager", *NO_CHAT_ROLES])
    def test_every_write_is_refused(self, role_user, conversation, closed_conversation, role):
        actor = role_user(role)
        before = chat_snapshot()
        with pytest.raises(ConversationForbidden):
            conversation_reply(conversation=conversation, actor=actor, text="Hi")
        with pytest.raises(ConversationForbidden):
            conversation_assign(conversation=conversation, actor=actor)
        with pytest.raises(ConversationForbidden):
            conversation_close(conversation=conversation, actor=actor)
        with pytest.raises(ConversationForbidden):
            conversation_reopen(conversation=closed_conversation, actor=actor)
        assert chat_snapshot() == before

    def test_a_deactivated_operator_is_refused(self, role_user, conversation):
        operator = role_user("Sales operator")
        operator.is_active = False
        operator.save()
        before = chat_snapshot()
        with pytest.raises(ConversationForbidden) as refused:
            conversation_close(conversation=conversation, actor=operator)
        assert refused.value.status == 403
        assert chat_snapshot() == before

    def test_an_operator_may(self, role_user, conversation):
        operator = role_user("Sales operator")
        conversation_assign(conversation=conversation, actor=operator)
        conversation_reply(conversation=conversation, actor=operator, text="Hello")
        conversation_close(conversation=conversation, actor=operator)
        conversation.refresh_from_db()
        assert conversation.status == ConversationStatus.CLOSED
        conversation_reopen(conversation=conversation, actor=operator)
        conversation.refresh_from_db()
        assert conversation.status == ConversationStatus.OPEN


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_operators_pressing_at_once_close_once_and_journal_once(role_user):
    """Two operators close the same conversation at the same moment (and two take it): the
    row lock lets one win; the other is told it is already done; one journal entry each."""
    from wagtail.models import ModelLogEntry

    from commerce.testing import run_together
    from support.chat.operators import CONVERSATION_ASSIGNED, CONVERSATION_CLOSED

    first = role_user("Sales operator", "first@example.com")
    second = role_user("Sales operator", "second@example.com")
    conversation = visitor_says("Hi")
    outcomes = run_together(
        [
            lambda: conversation_close(conversation=conversation, actor=first),
            lambda: conversation_close(conversation=conversation, actor=second),
        ]
    )
    assert sorted(outcomes) == [
        f"ConversationRefused: Conversation {conversation.pk} is already closed.",
        "ok",
    ]
    assert ModelLogEntry.objects.filter(action=CONVERSATION_CLOSED).count() == 1
    conversation_reopen(conversation=conversation, actor=first)
    outcomes = run_together(
        [
            lambda: conversation_assign(conversation=conversation, actor=first),
            lambda: conversation_assign(conversation=conversation, actor=first),
        ]
    )
    assert sorted(outcomes) == [
        f"ConversationRefused: Conversation {conversation.pk} is already assigned to you.",
        "ok",
    ]
    assert ModelLogEntry.objects.filter(action=CONVERSATION_ASSIGNED).count() == 1
