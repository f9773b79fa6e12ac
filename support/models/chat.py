"""The chat with the shop (SPEC §7, issue 16): one conversation per visitor, its messages.

A conversation belongs to a customer's account (``user``; at most one per account) or, for an
anonymous visitor, to the browser session (``session_key``) until the visitor logs in or
registers, when it joins the account (``support.chat.services``). ``token`` is the
unguessable address the visitor's chat box polls, so a poll needs neither the session nor
the database when nothing changed (the shared cache holds each conversation's version).

The counters are kept by the services in the same transaction as the message they count
(``F() + 1`` updates, so concurrent writers all count): ``unread_by_staff`` is the number of
customer messages since a sales operator last opened the conversation, ``unread_by_customer``
the staff messages since the visitor last saw the panel. Written only through
``support.chat.services``; closing and reopening are also in Wagtail's audit log.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

CHAT_MESSAGE_MAX_LENGTH = 2000  # characters, for a visitor's and an operator's message


class ConversationStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("conversation status", "Open")
    CLOSED = "closed", pgettext_lazy("conversation status", "Closed")


class Conversation(models.Model):
    """One visitor's conversation with the shop (SPEC §7)."""

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="conversations",
        verbose_name=_("customer account"),
    )
    session_key = models.CharField(
        max_length=40, blank=True, db_index=True, verbose_name=_("browser session")
    )
    visitor_name = models.CharField(max_length=100, blank=True, verbose_name=_("visitor's name"))
    visitor_email = models.EmailField(blank=True, verbose_name=_("visitor's e-mail"))
    status = models.CharField(
        max_length=10,
        choices=ConversationStatus.choices,
        default=ConversationStatus.OPEN,
        db_index=True,
        verbose_name=_("status"),
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("operator"),
    )
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("started at"))
    last_message_at = models.DateTimeField(
        null=True, blank=True, db_index=True, verbose_name=_("last message at")
    )
    unread_by_staff = models.PositiveIntegerField(
        default=0, verbose_name=_("messages unread by the shop")
    )
    unread_by_customer = models.PositiveIntegerField(
        default=0, verbose_name=_("answers unread by the customer")
    )
    # The first customer message no operator has answered yet (None: nothing waits); the
    # "waiting over 5 minutes" e-mail goes once per wait (staff_notified_at set, cleared by
    # the next staff answer).
    waiting_since = models.DateTimeField(
        null=True, blank=True, db_index=True, verbose_name=_("waiting since")
    )
    staff_notified_at = models.DateTimeField(
        null=True, blank=True, verbose_name=_("operators e-mailed at")
    )
    # The visitor's last poll: an answer to a visitor who has not polled for a while (left
    # the site) is e-mailed to them.
    customer_seen_at = models.DateTimeField(
        null=True, blank=True, verbose_name=_("customer last seen at")
    )
    closed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("closed at"))
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("closed by"),
    )

    class Meta:
        ordering = ["-last_message_at", "-pk"]
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        permissions = [("reply_conversation", _("Can answer, assign and close conversations"))]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(user__isnull=False),
                name="support_one_conversation_per_account",
            ),
            # An account's conversation keeps no session key (the empty one is everyone's).
            models.UniqueConstraint(
                fields=["session_key"],
                condition=models.Q(user__isnull=True) & ~models.Q(session_key=""),
                name="support_one_conversation_per_session",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=ConversationStatus.values),
                name="support_conversation_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return gettext("Conversation %(number)s") % {"number": self.pk or "—"}


class MessageAuthor(models.TextChoices):
    CUSTOMER = "customer", pgettext_lazy("chat message author", "Customer")
    STAFF = "staff", pgettext_lazy("chat message author", "Shop")


class ChatMessage(models.Model):
    """One message of a conversation. A message may carry a product ("question to the
    consultant", issue 16.2): its title, SKU and price at the time are kept with the message,
    so both sides see what was asked about even after the product changes."""

    conversation = models.ForeignKey(
        Conversation,
        on_delete=models.CASCADE,
        related_name="messages",
        verbose_name=_("conversation"),
    )
    author_kind = models.CharField(
        max_length=10, choices=MessageAuthor.choices, verbose_name=_("from")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("written by"),
    )
    text = models.TextField(max_length=CHAT_MESSAGE_MAX_LENGTH, verbose_name=_("message"))
    product = models.ForeignKey(
        "catalog.ProductPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("product"),
    )
    product_title = models.CharField(max_length=255, blank=True, verbose_name=_("product"))
    product_sku = models.CharField(max_length=64, blank=True, verbose_name=_("SKU"))
    product_price = models.DecimalField(
        max_digits=12, decimal_places=2, null=True, blank=True, verbose_name=_("price, UAH")
    )
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("sent at"))

    class Meta:
        ordering = ["pk"]
        verbose_name = _("chat message")
        verbose_name_plural = _("chat messages")
        indexes = [models.Index(fields=["conversation", "id"], name="support_msg_conv_id")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(author_kind__in=MessageAuthor.values),
                name="support_chatmessage_author_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:50]
