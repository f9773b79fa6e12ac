"""Journal of review moderation in Wagtail's audit log (issue 16.5/16.6): hiding and showing a
review again, by whom and when (the log entry's user and timestamp). They show in each
review's history and in Reports → Site history, filterable by action."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter

from support.reviews.services import REVIEW_HIDDEN, REVIEW_SHOWN


class ReviewHiddenFormatter(LogFormatter):
    label = _("Hide review")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return gettext("Review %(number)s of “%(product)s” hidden from the site") % {
            "number": data.get("number", ""),
            "product": data.get("product", ""),
        }


class ReviewShownFormatter(LogFormatter):
    label = _("Show review")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return gettext("Review %(number)s of “%(product)s” shown on the site again") % {
            "number": data.get("number", ""),
            "product": data.get("product", ""),
        }


def register_review_log_actions(actions) -> None:
    """The ``register_log_actions`` hook's part for reviews."""
    actions.register_action(REVIEW_HIDDEN)(ReviewHiddenFormatter)
    actions.register_action(REVIEW_SHOWN)(ReviewShownFormatter)
