from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupportConfig(AppConfig):
    """Talking with shoppers (DESIGN: Layout): inquiries from the feedback form (issue 14.6);
    the chat and reviews will live here too."""

    name = "support"
    verbose_name = _("Support")

    def ready(self):
        from support.reviews import signals  # noqa: F401 (connects the receivers)
