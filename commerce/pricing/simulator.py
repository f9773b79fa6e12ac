"""The price simulator (issue 5.6): pick products, quantities, a store and a loyalty percent
and see the engine's walk step by step — the same code the cart uses, on live discounts."""

from decimal import Decimal

from django import forms
from django.core.exceptions import PermissionDenied
from django.forms import formset_factory
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from catalog.models import ProductPage, Store
from catalog.widgets import PageChooser
from commerce.pricing.engine import price_cart
from commerce.pricing.loader import load_discounts
from commerce.pricing.models import Discount, LoyaltyTier
from commerce.pricing.types import DiscountKind, LineInput

PERMISSION = "commerce.view_discount"

# How the walk's table names each kind of application (the engine's codes).
KIND_LABELS = {
    DiscountKind.PRODUCT: pgettext_lazy("discount kind", "product"),
    DiscountKind.SET: pgettext_lazy("discount kind", "set"),
    DiscountKind.GROUP: pgettext_lazy("discount kind", "group"),
    DiscountKind.CART: pgettext_lazy("discount kind", "cart"),
    DiscountKind.LOYALTY: pgettext_lazy("discount kind", "loyalty"),
}


class SimulatorForm(forms.Form):
    store = forms.ModelChoiceField(
        queryset=Store.objects.filter(is_active=True), empty_label=None, label=_("Store")
    )
    loyalty_percent = forms.DecimalField(
        label=_("Personal discount, %"),
        min_value=0,
        max_value=100,
        decimal_places=2,
        initial=Decimal("0"),
        required=False,
        help_text=_("Type any percent, or pick a tier below."),
    )
    tier = forms.ModelChoiceField(
        queryset=LoyaltyTier.objects.all(),
        required=False,
        label=_("Tier"),
        empty_label=_("— no tier —"),
    )


class SimulatorLineForm(forms.Form):
    product = forms.ModelChoiceField(
        queryset=ProductPage.objects.all(),
        required=False,
        widget=PageChooser(target_models=[ProductPage]),
        label=_("Product"),
    )
    quantity = forms.IntegerField(
        min_value=1, max_value=9999, initial=1, required=False, label=_("Quantity")
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("product") and not cleaned.get("quantity"):
            self.add_error("quantity", gettext("How many pieces?"))
        return cleaned


SimulatorLineFormSet = formset_factory(SimulatorLineForm, extra=6, max_num=50)


def price_simulator(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    form = SimulatorForm(request.GET or None)
    lines_formset = SimulatorLineFormSet(request.GET or None, prefix="lines")
    context = {
        "form": form,
        "lines_formset": lines_formset,
        "result": None,
        "media": form.media + lines_formset.media,
    }
    if request.GET and form.is_valid() and lines_formset.is_valid():
        store = form.cleaned_data["store"]
        tier = form.cleaned_data.get("tier")
        percent = tier.percent if tier else (form.cleaned_data.get("loyalty_percent") or 0)
        chosen = [f.cleaned_data for f in lines_formset.forms if f.cleaned_data.get("product")]
        products = {
            p.pk: p
            for p in ProductPage.objects.filter(
                pk__in=[c["product"].pk for c in chosen]
            ).select_related("price")
        }
        lines, skipped = [], []
        for entry in chosen:
            product = products[entry["product"].pk]
            price = getattr(product, "price", None)
            if price is None or price.amount is None:
                skipped.append(product)
                continue
            lines.append(
                LineInput(
                    product_id=product.pk,
                    store_id=store.pk,
                    quantity=entry["quantity"],
                    unit_price=price.amount,
                    path=product.path,
                    name=product.title,
                )
            )
        merged: dict[int, LineInput] = {}
        for line in lines:  # the same product twice is one line, as in a cart
            if line.product_id in merged:
                previous = merged[line.product_id]
                line = LineInput(
                    product_id=line.product_id,
                    store_id=line.store_id,
                    quantity=previous.quantity + line.quantity,
                    unit_price=line.unit_price,
                    path=line.path,
                    name=line.name,
                )
            merged[line.product_id] = line
        priced = price_cart(
            merged.values(), load_discounts(), loyalty_percent=Decimal(percent), now=timezone.now()
        )
        names = {line.key: line.name for line in merged.values()}
        context["result"] = {
            "priced": priced,
            "names": names,
            "keys": [line.key for line in priced.lines],
            "steps": [
                {
                    "step": step,
                    "level": _level(step.applied.priority),
                    "kind": KIND_LABELS.get(step.applied.kind, step.applied.kind),
                    "amounts": dict(step.amounts_after),
                    "shares": {share.key: share.amount for share in step.applied.shares},
                }
                for step in priced.steps
            ],
            "percent": Decimal(percent),
            "store": store,
            "skipped": skipped,
        }
    return render(request, "commerce/pricing/price_simulator.html", context)


def _level(priority) -> str:
    """The walk level of a step: its discount's priority, or last (the personal discount)."""
    if not priority:
        return gettext("Last")
    return dict(Discount._meta.get_field("priority").choices)[priority.value]
