"""Shopper-facing forms of the commerce app."""

from django import forms
from django.utils.translation import gettext_lazy as _

from commerce.customers.models import Customer
from commerce.phones import InvalidPhone, phone_normalize


class CustomerCardForm(forms.ModelForm):
    """The customer's own card (SPEC §6). Phone and first name are required: the shop calls
    to confirm every order."""

    class Meta:
        model = Customer
        fields = [
            "first_name",
            "last_name",
            "phone",
            "call_from",
            "call_to",
            "email",
            "default_city",
            "default_address",
            "default_order_comment",
        ]
        widgets = {
            "phone": forms.TextInput(
                attrs={"type": "tel", "autocomplete": "tel", "placeholder": "0671234567"}
            ),
            "call_from": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "call_to": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "default_order_comment": forms.Textarea(attrs={"rows": 3}),
        }
        # The model's fields without a verbose name get their labels here, translated.
        labels = {
            "first_name": _("First name"),
            "last_name": _("Last name"),
            "phone": _("Phone"),
            "default_order_comment": _("Default order comment"),
        }
        help_texts = {"phone": _("10 digits like 0671234567, or +380671234567.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = True
        self.fields["phone"].required = True
        if self.instance.phone and not self.is_bound:
            self.initial["phone"] = self.instance.phone_display

    def clean_phone(self) -> str:
        try:
            return phone_normalize(self.cleaned_data.get("phone", ""))
        except InvalidPhone as exc:
            raise forms.ValidationError(str(exc)) from exc

    # The call window's order is checked once, by Customer.clean() (the model form runs it and
    # puts its error at call_to); checking it here too showed the message twice.
