"""The feedback form (issue 14.6): name, e-mail, phone, message, optional order number, and a
honeypot field that people never see. The fields are checked by the same normalisers the
service uses (``support.services``), so what the form accepts the service stores."""

from django import forms
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from commerce.phones import InvalidPhone, phone_normalize
from support.models import MESSAGE_MAX_LENGTH, NAME_MAX_LENGTH
from support.services import InvalidInquiry, name_normalize, order_number_normalize

HONEYPOT = "website"


class InquiryForm(forms.Form):
    name = forms.CharField(
        max_length=NAME_MAX_LENGTH,
        label=pgettext_lazy("person", "Name"),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        required=False,
        max_length=254,
        label=_("E-mail"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        required=False,
        max_length=30,
        label=_("Phone"),
        help_text=_("10 digits like 0671234567."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    order_number = forms.CharField(
        required=False,
        max_length=30,
        label=_("Order number"),
        help_text=_("If you write about an order: its number, like GW000042."),
    )
    message = forms.CharField(
        max_length=MESSAGE_MAX_LENGTH,
        label=_("Message"),
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    # The honeypot: hidden from people (and from screen readers) by the template; a bot that
    # fills every field gives itself away.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(
            attrs={"tabindex": "-1", "autocomplete": "off", "class": "visually-hidden"}
        ),
    )

    @property
    def is_bot(self) -> bool:
        """Whether the honeypot came back filled in."""
        return bool(str(self.data.get(HONEYPOT, "")).strip())

    def clean_name(self) -> str:
        return self._normalized(name_normalize, self.cleaned_data["name"])

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"].strip()
        if not phone:
            return ""
        try:
            return phone_normalize(phone)
        except InvalidPhone as exc:
            raise forms.ValidationError(exc.message) from exc

    def clean_order_number(self) -> str:
        return self._normalized(order_number_normalize, self.cleaned_data["order_number"])

    def clean(self):
        cleaned = super().clean()
        contact_errors = "email" in self.errors or "phone" in self.errors
        if not contact_errors and not cleaned.get("email") and not cleaned.get("phone"):
            self.add_error(
                "email", gettext("Give an e-mail or a phone number so that we can answer you.")
            )
        return cleaned

    def inquiry_fields(self) -> dict[str, str]:
        """The keyword arguments of ``support.services.submit_inquiry``."""
        return {
            field: self.cleaned_data[field]
            for field in ("name", "email", "phone", "message", "order_number")
        }

    @staticmethod
    def _normalized(normalize, value: str) -> str:
        try:
            return normalize(value)
        except InvalidInquiry as exc:
            raise forms.ValidationError(exc.message) from exc
