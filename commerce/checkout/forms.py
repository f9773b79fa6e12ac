"""The checkout steps' forms (SPEC §5)."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from catalog.glossary import term
from commerce.delivery.models import DeliveryMethod
from commerce.orders.models import PaymentMethod
from commerce.phones import InvalidPhone, phone_normalize


class GuestForm(forms.Form):
    """Step 1 for a guest: at least a valid phone (a temporary customer is made for the order)."""

    phone = forms.CharField(
        max_length=30,
        label=_("Phone"),
        help_text=_("10 digits like 0671234567."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    first_name = forms.CharField(max_length=100, required=False, label=_("First name"))
    last_name = forms.CharField(max_length=100, required=False, label=_("Last name"))
    email = forms.EmailField(
        label=_("E-mail"), required=False, help_text=_("For the order confirmation and its link.")
    )

    def clean_phone(self) -> str:
        try:
            return phone_normalize(self.cleaned_data["phone"])
        except InvalidPhone as exc:
            raise forms.ValidationError(str(exc)) from exc


class PhoneForm(forms.Form):
    """Step 1 for a customer whose card has no phone yet."""

    phone = GuestForm.base_fields["phone"]
    clean_phone = GuestForm.clean_phone


class DeliveryForm(forms.Form):
    method = forms.ModelChoiceField(
        queryset=DeliveryMethod.objects.filter(is_active=True),
        widget=forms.RadioSelect,
        empty_label=None,
        label=_("Delivery"),
    )
    city = forms.CharField(max_length=100, required=False, label=_("City"))
    address = forms.CharField(max_length=255, required=False, label=_("Address"))

    def clean(self):
        cleaned = super().clean()
        method = cleaned.get("method")
        if method is not None and method.needs_address:
            needs = {
                "city": gettext("%(method)s needs the city."),
                "address": gettext("%(method)s needs the address."),
            }
            for field, message in needs.items():
                if not (cleaned.get(field) or "").strip():
                    self.add_error(field, message % {"method": term(method.name)})
        return cleaned


class PaymentChoiceForm(forms.Form):
    payment_method = forms.ChoiceField(
        choices=PaymentMethod.choices, widget=forms.RadioSelect, label=_("How will you pay?")
    )


class ConfirmForm(forms.Form):
    checkout_token = forms.CharField(max_length=64, widget=forms.HiddenInput)
    expected_total = forms.DecimalField(max_digits=14, decimal_places=2, widget=forms.HiddenInput)
    comment = forms.CharField(
        required=False,
        max_length=2000,
        label=_("Comment for the shop"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
