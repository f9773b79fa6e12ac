from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupportConfig(AppConfig):
    """Talking with shoppers (DESIGN: Layout): inquiries from the feedback form (issue 14.6),
    the chat (issue 16) and reviews."""

    name = "support"
    verbose_name = _("Support")

    def ready(self):
        # The anonymous conversation joins the account at login (support.chat.signals); a
        # deleted account's reviews leave the product's rating (support.reviews.signals).
        from support.chat import signals as chat_signals  # noqa: F401
        from support.reviews import signals as review_signals  # noqa: F401
