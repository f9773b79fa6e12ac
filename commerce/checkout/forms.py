"""The checkout steps' forms (SPEC §5)."""

from django import forms

from commerce.delivery.models import DeliveryMethod
from commerce.orders.models import PaymentMethod
from commerce.phones import InvalidPhone, phone_normalize


class GuestForm(forms.Form):
    """Step 1 for a guest: at least a valid phone (a temporary customer is made for the order)."""

    phone = forms.CharField(
        max_length=30,
        help_text="10 digits like 0671234567.",
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    first_name = forms.CharField(max_length=100, required=False)
    last_name = forms.CharField(max_length=100, required=False)
    email = forms.EmailField(
        label="E-mail", required=False, help_text="For the order confirmation and its link."
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
        label="Delivery",
    )
    city = forms.CharField(max_length=100, required=False)
    address = forms.CharField(max_length=255, required=False)

    def clean(self):
        cleaned = super().clean()
        method = cleaned.get("method")
        if method is not None and method.needs_address:
            for field in ("city", "address"):
                if not (cleaned.get(field) or "").strip():
                    self.add_error(field, f"{method.name} needs the {field}.")
        return cleaned


class PaymentChoiceForm(forms.Form):
    payment_method = forms.ChoiceField(
        choices=PaymentMethod.choices, widget=forms.RadioSelect, label="How will you pay?"
    )


class ConfirmForm(forms.Form):
    checkout_token = forms.CharField(max_length=64, widget=forms.HiddenInput)
    expected_total = forms.DecimalField(max_digits=14, decimal_places=2, widget=forms.HiddenInput)
    comment = forms.CharField(
        required=False,
        max_length=2000,
        label="Comment for the shop",
        widget=forms.Textarea(attrs={"rows": 3}),
    )
