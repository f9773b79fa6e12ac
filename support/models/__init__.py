from support.models.chat import (
    CHAT_MESSAGE_MAX_LENGTH,
    ChatMessage,
    Conversation,
    ConversationStatus,
    MessageAuthor,
)
from support.models.inquiries import MESSAGE_MAX_LENGTH, NAME_MAX_LENGTH, Inquiry, InquiryStatus
from support.models.reviews import RATING_MAX, RATING_MIN, REVIEW_MAX_LENGTH, Review

__all__ = [
    "CHAT_MESSAGE_MAX_LENGTH",
    "MESSAGE_MAX_LENGTH",
    "NAME_MAX_LENGTH",
    "RATING_MAX",
    "RATING_MIN",
    "REVIEW_MAX_LENGTH",
    "ChatMessage",
    "Conversation",
    "ConversationStatus",
    "Inquiry",
    "InquiryStatus",
    "MessageAuthor",
    "Review",
]
