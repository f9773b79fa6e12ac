"""Reads of the shopper's chat box (SPEC §7, issue 16.1–16.2): pages of a conversation's
messages and the product a "question to the consultant" is about.

Messages come oldest first, each with its ``author`` (the operator's first name is shown)
and its ``product`` (the link) in the same query. A page is one query: one message more
than asked for is read to know whether there are earlier ones.
"""

from decimal import Decimal

from catalog.models import ProductPage
from commerce.pricing.offers import attach_offers
from support.models import ChatMessage, Conversation

# An open panel that missed many messages (a long sleep) gets at most this many at once;
# the rest is in "earlier messages".
AFTER_MAX = 200
PAGE_ID_MAX = 2**31 - 1  # Wagtail's page ids are 32-bit integers


def _messages(conversation: Conversation):
    return ChatMessage.objects.filter(conversation=conversation).select_related("author", "product")


def messages_latest(
    *, conversation: Conversation, limit: int, before_id: int | None = None
) -> tuple[list[ChatMessage], bool]:
    """The last ``limit`` messages (before message ``before_id`` when given), oldest first,
    and whether earlier ones exist. One query."""
    rows = _messages(conversation)
    if before_id is not None:
        rows = rows.filter(pk__lt=before_id)
    page = list(rows.order_by("-pk")[: limit + 1])
    earlier = len(page) > limit
    page = page[:limit]
    page.reverse()
    return page, earlier


def messages_after(*, conversation: Conversation, after_id: int) -> list[ChatMessage]:
    """The messages after message ``after_id``, oldest first (at most AFTER_MAX: the newest
    ones). One query. The ids of one conversation grow in commit order
    (``support.chat.services.message_post`` locks the conversation first), so nothing
    committed later can hide below ``after_id``."""
    page = list(_messages(conversation).filter(pk__gt=after_id).order_by("-pk")[:AFTER_MAX])
    page.reverse()
    return page


def product_for_chat(*, product_id, request) -> tuple[object, Decimal] | None:
    """The product a "question to the consultant" is about and its price as this shopper
    sees it on its tile (UAH, with discounts and their loyalty percent): ``(ProductPage,
    Decimal)``, or None when ``product_id`` names no product on sale. The product comes
    with its tile's data (price, photos: the card shows the main one); four queries."""
    try:
        product_id = int(product_id)
    except (TypeError, ValueError):
        return None
    if not 0 < product_id <= PAGE_ID_MAX:
        return None
    product = ProductPage.objects.visible().with_tile_data().filter(pk=product_id).first()
    if product is None:
        return None
    attach_offers([product], request)
    return product, product.offer.current
