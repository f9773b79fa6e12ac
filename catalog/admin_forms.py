"""Forms for the price and stock screens; validation mirrors the services'."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from catalog.models import Price, ProductPage, StockRecord
from catalog.prices import validate_price_amount
from catalog.widgets import PageChooser
from commerce.money import InvalidAmount


class PriceForm(WagtailAdminModelForm):
    class Meta:
        model = Price
        fields = ["amount"]
        labels = {"amount": _("Price, UAH")}
        help_texts = {"amount": _("Leave empty for “no price”: the product is then hidden.")}

    def clean_amount(self):
        try:
            return validate_price_amount(self.cleaned_data.get("amount"))
        except InvalidAmount as exc:
            raise forms.ValidationError(str(exc)) from exc


class StockRecordCreateForm(WagtailAdminModelForm):
    quantity = forms.IntegerField(min_value=0, label=_("Quantity, pcs"))

    class Meta:
        model = StockRecord
        fields = ["product", "store", "quantity"]
        widgets = {"product": PageChooser(target_models=[ProductPage])}

    def clean(self):
        cleaned = super().clean()
        product, store = cleaned.get("product"), cleaned.get("store")
        if product and store and StockRecord.objects.filter(product=product, store=store).exists():
            raise forms.ValidationError(
                gettext("This product already has a stock record in that store: edit that one.")
            )
        return cleaned


class StockRecordEditForm(WagtailAdminModelForm):
    quantity = forms.IntegerField(min_value=0, label=_("Quantity, pcs"))

    class Meta:
        model = StockRecord
        fields = ["quantity"]
