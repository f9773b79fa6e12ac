"""Journal of inquiry handling in Wagtail's audit log (issue 14.6): answers (with their text
and channel) and closings, by whom and when. They show in each inquiry's history and in
Reports → Site history, filterable by action."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter

from support.services import INQUIRY_ANSWERED, INQUIRY_CLOSED


class InquiryAnsweredFormatter(LogFormatter):
    label = _("Answer inquiry")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        if data.get("channel") == "phone":
            text = gettext("Inquiry %(number)s answered by phone: “%(answer)s”")
        else:
            text = gettext("Inquiry %(number)s answered by e-mail to %(email)s: “%(answer)s”")
        return text % {
            "number": data.get("number", ""),
            "email": data.get("email", ""),
            "answer": data.get("answer", ""),
        }


class InquiryClosedFormatter(LogFormatter):
    label = _("Close inquiry")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return gettext("Inquiry %(number)s closed") % {"number": data.get("number", "")}


def register_inquiry_log_actions(actions) -> None:
    """The ``register_log_actions`` hook's part for inquiries."""
    actions.register_action(INQUIRY_ANSWERED)(InquiryAnsweredFormatter)
    actions.register_action(INQUIRY_CLOSED)(InquiryClosedFormatter)
