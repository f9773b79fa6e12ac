"""Reads of the staff side of the chat (SPEC §7, issue 16.3): the shared inbox of the sales
operators, its counts, one conversation's messages and what the shop knows of its customer.

Every function here costs a fixed number of queries, however many conversations, messages
or orders there are (the admin tests hold them to it). The inbox's totals — the admin menu's
badge and the dashboard panel — are kept in the shared cache under the inbox's version
(``support.chat.versions``), which every change to a conversation bumps: an admin page costs
no query for them until something changes.
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Left
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from commerce.customers.models import Customer
from commerce.orders.models import Order
from support.chat.versions import TIMEOUT, inbox_version_remember
from support.models import ChatMessage, Conversation, ConversationStatus

EXCERPT_CHARACTERS = 200  # of the last message, read from the database for the inbox
RECENT_ORDERS = 5  # orders beside a conversation
MESSAGES_SHOWN = 200  # the latest messages of a conversation, unless all are asked for
WAITING_LISTED = 5  # conversations in the dashboard panel


class InboxFilter:
    """The inbox's tabs, as the ``show`` parameter of its address."""

    OPEN = "open"  # every open conversation (the default)
    UNANSWERED = "unanswered"  # a customer message waits for an answer
    MINE = "mine"  # open and assigned to the operator looking
    CLOSED = "closed"
    ALL = "all"

    CHOICES = (
        (UNANSWERED, _("Unanswered")),
        (MINE, _("Mine")),
        (OPEN, _("All open")),
        (CLOSED, _("Closed")),
        (ALL, _("All")),
    )
    VALUES = frozenset(value for value, _label in CHOICES)


class InboxOrder:
    """The inbox's orders, as the ``ordering`` parameter of its address."""

    WAITING = "waiting"  # the longest wait first, then the newest activity (the default)
    ACTIVITY = "activity"  # the newest message first

    CHOICES = ((WAITING, _("Waiting longest first")), (ACTIVITY, _("Newest activity first")))
    VALUES = frozenset(value for value, _label in CHOICES)


def inbox_conditions(user=None) -> dict[str, Q]:
    """Each tab's condition (``InboxFilter`` value → Q); "mine" is ``user``'s (nothing
    without a user)."""
    return {
        InboxFilter.OPEN: Q(status=ConversationStatus.OPEN),
        InboxFilter.UNANSWERED: Q(waiting_since__isnull=False),
        InboxFilter.MINE: Q(status=ConversationStatus.OPEN, assigned_to__isnull=False)
        & Q(assigned_to=getattr(user, "pk", None)),
        InboxFilter.CLOSED: Q(status=ConversationStatus.CLOSED),
        InboxFilter.ALL: Q(),
    }


def inbox_conversations(*, show: str, ordering: str, user=None) -> QuerySet:
    """The conversations of the inbox tab ``show`` (``InboxFilter``) in ``ordering``
    (``InboxOrder``), each with its customer, operator and last message: ``last_text`` (its
    first EXCERPT_CHARACTERS characters) and ``last_author_kind``. A page of them is one
    query, however many messages they hold. Unknown values fall back to the defaults."""
    conditions = inbox_conditions(user)
    condition = conditions.get(show, conditions[InboxFilter.OPEN])
    last = ChatMessage.objects.filter(conversation=OuterRef("pk")).order_by("-pk")
    queryset = (
        Conversation.objects.filter(condition)
        .select_related("user__customer", "assigned_to")
        .annotate(
            last_text=Subquery(
                last.annotate(excerpt=Left("text", EXCERPT_CHARACTERS)).values("excerpt")[:1]
            ),
            last_author_kind=Subquery(last.values("author_kind")[:1]),
        )
    )
    newest = (F("last_message_at").desc(nulls_last=True), "-pk")
    if ordering == InboxOrder.ACTIVITY:
        return queryset.order_by(*newest)
    return queryset.order_by(F("waiting_since").asc(nulls_last=True), *newest)


def inbox_tab_counts(*, user) -> dict[str, int]:
    """How many conversations each tab of ``user``'s inbox holds, and ``unread`` (customer
    messages no operator has read, over all conversations). One query."""
    conditions = inbox_conditions(user)
    counts = Conversation.objects.aggregate(
        **{name: Count("pk", filter=condition) for name, condition in conditions.items()},
        unread=Sum("unread_by_staff"),
    )
    counts["unread"] = counts["unread"] or 0
    return counts


@dataclass(frozen=True)
class InboxTotals:
    """The inbox at a glance: ``unread`` customer messages no operator has read yet and
    ``waiting`` conversations whose last customer message is unanswered."""

    unread: int
    waiting: int


def _totals_key(version: str) -> str:
    return f"support:chat:inbox:totals:{version}"


def inbox_totals() -> InboxTotals:
    """The inbox's totals (the admin menu's badge, the dashboard panel): from the shared
    cache while the inbox's version stays the same, else one query (then cached)."""
    key = _totals_key(inbox_version_remember())
    cached = cache.get(key)
    if cached is not None:
        return InboxTotals(*cached)
    row = Conversation.objects.aggregate(
        unread=Sum("unread_by_staff"),
        waiting=Count("pk", filter=Q(waiting_since__isnull=False)),
    )
    totals = InboxTotals(unread=row["unread"] or 0, waiting=row["waiting"])
    cache.set(key, (totals.unread, totals.waiting), TIMEOUT)
    return totals


def waiting_conversations(*, limit: int = WAITING_LISTED) -> list[Conversation]:
    """The ``limit`` conversations waiting longest for an answer (the dashboard panel), as
    ``inbox_conversations`` gives them. One query."""
    queryset = inbox_conversations(show=InboxFilter.UNANSWERED, ordering=InboxOrder.WAITING)
    return list(queryset[:limit])


def customer_of(conversation: Conversation) -> Customer | None:
    """The registered customer's card of a conversation with an account (read with the
    conversation: ``select_related("user__customer")``), else None."""
    if conversation.user is None:
        return None
    try:
        return conversation.user.customer
    except Customer.DoesNotExist:
        return None


def customer_name(conversation: Conversation) -> str:
    """Who writes, as staff read it: the customer card's name, the account's name, the
    name the visitor gave — else "Visitor"."""
    customer = customer_of(conversation)
    if customer is not None and customer.full_name:
        return customer.full_name
    if conversation.user is not None and conversation.user.get_full_name():
        return conversation.user.get_full_name()
    return conversation.visitor_name or gettext("Visitor")


def customer_email(conversation: Conversation) -> str:
    """The account's e-mail (verified at registration), else the one the visitor typed."""
    if conversation.user is not None:
        return conversation.user.email
    return conversation.visitor_email


def conversation_for_staff(pk: int) -> Conversation:
    """The conversation with its customer account and card, operator and closer; raises
    Http404 when there is none (a visitor's conversation joins their account's at login,
    so an old link may point nowhere). One query."""
    return get_object_or_404(
        Conversation.objects.select_related("user__customer", "assigned_to", "closed_by"),
        pk=pk,
    )


@dataclass
class Thread:
    """The messages shown, oldest first, with their authors and products; ``hidden`` older
    messages are not shown (``MESSAGES_SHOWN`` at most unless all were asked for)."""

    messages: list[ChatMessage]
    hidden: int = 0


def conversation_thread(*, conversation: Conversation, everything: bool = False) -> Thread:
    """The conversation's messages in order, the latest MESSAGES_SHOWN of them unless
    ``everything``; each with its author (an operator's name) and product (its page) read
    along. Two queries at most, however many messages."""
    queryset = ChatMessage.objects.filter(conversation=conversation).select_related(
        "author", "product"
    )
    if everything:
        return Thread(messages=list(queryset.order_by("pk")))
    latest = list(queryset.order_by("-pk")[: MESSAGES_SHOWN + 1])
    hidden = 0
    if len(latest) > MESSAGES_SHOWN:
        latest = latest[:MESSAGES_SHOWN]
        hidden = ChatMessage.objects.filter(conversation=conversation).count() - MESSAGES_SHOWN
    latest.reverse()
    return Thread(messages=latest, hidden=hidden)


@dataclass
class CustomerFile:
    """What the shop knows of the person writing: ``customer`` (the registered customer's
    card, or None), ``email`` the orders were matched by, ``email_verified`` (False for an
    address an anonymous visitor typed, which anyone could type), and their most recent
    ``orders`` (newest first, at most RECENT_ORDERS; ``more`` tells whether there are
    others). Temporary customers exist only through their orders (SPEC §6)."""

    customer: Customer | None
    email: str
    email_verified: bool
    orders: list[Order] = field(default_factory=list)
    more: bool = False


def customer_file(conversation: Conversation, *, with_orders: bool = True) -> CustomerFile:
    """The customer's card and recent orders beside a conversation: a registered customer's
    orders, and every order placed with the conversation's e-mail (the account's, else the
    one the visitor gave) — guest orders included, which is how temporary customers are
    reached. One query for the orders (none without ``with_orders``); the card comes with
    the conversation (``conversation_for_staff``)."""
    customer = customer_of(conversation)
    email = customer_email(conversation).strip().lower()
    found = CustomerFile(
        customer=customer, email=email, email_verified=conversation.user is not None
    )
    condition = Q()
    if conversation.user_id is not None:
        condition |= Q(customer__user_id=conversation.user_id)
    if email:
        # Orders keep the e-mail as the checkout stored it: lower case (commerce.customers).
        condition |= Q(email=email)
    if not with_orders or not condition:
        return found
    orders = list(
        Order.objects.filter(condition)
        .select_related("customer")
        .order_by("-created_at", "-pk")[: RECENT_ORDERS + 1]
    )
    found.orders, found.more = orders[:RECENT_ORDERS], len(orders) > RECENT_ORDERS
    return found
