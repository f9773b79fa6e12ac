"""The chat box's form (SPEC §7): the message, the product a "question to the consultant" is
about, and — for an anonymous visitor — an optional e-mail for the answer when they have left
the site. The text is checked by the service's own rule (``message_text_clean``), so the
form's message and the service's are the same; the browser's ``maxlength`` is only a hint."""

from django import forms
from django.utils.translation import gettext_lazy as _

from support.chat.selectors import PAGE_ID_MAX
from support.chat.services import InvalidMessage, message_text_clean
from support.models import CHAT_MESSAGE_MAX_LENGTH

PRODUCT_GONE = _("This product is no longer on sale: send your question without it.")


class ChatMessageForm(forms.Form):
    text = forms.CharField(
        # Not required here: an empty text gets the service's own message below.
        required=False,
        strip=False,
        label=_("Your message"),
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": CHAT_MESSAGE_MAX_LENGTH}),
    )
    product = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=PAGE_ID_MAX,
        widget=forms.HiddenInput,
        error_messages=dict.fromkeys(("invalid", "min_value", "max_value"), PRODUCT_GONE),
    )
    email = forms.EmailField(
        required=False,
        max_length=254,
        label=_("Your e-mail, for the answer if you leave (optional)"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean_text(self) -> str:
        try:
            return message_text_clean(self.cleaned_data.get("text"))
        except InvalidMessage as exc:
            raise forms.ValidationError(exc.message) from exc
