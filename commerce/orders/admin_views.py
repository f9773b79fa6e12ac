"""The order card and its actions in the Wagtail admin (SPEC §5 order card, §8 roles).

The order card shows everything SPEC §5 lists and one button per transition the user's role
may make now; each button posts to its own URL, and the status machine
(``commerce.orders.status.set_status``) checks again. Sales operators edit lines and the
operator comment (``commerce.orders.editing``); everyone else reads them. Nothing here
trusts the buttons being hidden: each view checks the permission itself.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.forms import formset_factory
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.views.generic import InspectView

from catalog.models import Store
from commerce.delivery.selectors import pickup_transfer
from commerce.money import format_money
from commerce.orders.editing import (
    LineAddition,
    OrderEditRefused,
    order_comment_set,
    order_lines_edit,
    order_lines_editable,
)
from commerce.orders.models import FulfilmentStatus, Order, OrderStatusChange, PaymentStatus
from commerce.orders.notifications import base_url_for
from commerce.orders.status import (
    ACTION_LABELS,
    TARGET_PERMISSIONS,
    InvalidTransition,
    allowed_next,
    can_mark_paid,
    mark_paid,
    set_status,
)
from config.numbers import parse_id

VIEW_ORDER = "commerce.view_order"
CHANGE_ORDER = "commerce.change_order"


class OrderCardView(InspectView):
    """The order card (SPEC §5): customer, lines, discounts, totals, comments, status history,
    and the actions this user's role may take now."""

    template_name = "commerce/orders/admin/order_card.html"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Order.objects.select_related("customer", "delivery_method__store").prefetch_related(
                "lines__store",
                Prefetch(
                    "status_changes",
                    queryset=OrderStatusChange.objects.select_related("user"),
                ),
                "payments",
            ),
            pk=self.pk,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        order, user = self.object, self.request.user
        actions = [
            {
                "label": ACTION_LABELS[to_status],
                "url": status_url(order, to_status),
                "danger": to_status == "cancelled",
            }
            for to_status in allowed_next(order=order, user=user)
        ]
        if can_mark_paid(order=order, user=user):
            actions.append(
                {
                    "label": gettext("Mark paid"),
                    "url": reverse("commerce_orders:mark_paid", args=[order.pk]),
                    "danger": False,
                }
            )
        can_edit = user.has_perm(CHANGE_ORDER)
        lines = list(order.lines.all())
        context.update(
            order=order,
            lines=lines,
            pickup_transfer=pickup_transfer(
                method=order.delivery_method, store_ids=[line.store_id for line in lines]
            ),
            status_changes=list(order.status_changes.all()),
            payments=list(order.payments.all()),
            actions=actions,
            can_edit_comment=can_edit,
            can_edit_lines=can_edit and order_lines_editable(order),
            comment_form=CommentForm(initial={"operator_comment": order.operator_comment}),
            customer_url=(
                reverse("commerce_customers:inspect", args=[order.customer_id])
                if user.has_perm("commerce.view_customer")
                else ""
            ),
            history_url=reverse("commerce_orders:history", args=[order.pk]),
        )
        return context


def status_url(order: Order, to_status: str) -> str:
    """The admin URL whose POST moves ``order`` to ``to_status`` (one URL per status)."""
    return reverse(f"commerce_orders:status_{to_status}", args=[order.pk])


def _order_for(request, pk: int, permission: str) -> Order:
    if not request.user.has_perm(permission):
        raise PermissionDenied
    return get_object_or_404(Order, pk=pk)


def _card(order: Order):
    return redirect("commerce_orders:inspect", order.pk)


@require_POST
def order_status_view(request, pk: int, to_status: str):
    """One transition of the status machine. A role without the transition's permission is
    refused outright; a press the order's status no longer allows (a stale page) comes back
    to the card with the machine's message."""
    order = _order_for(request, pk, VIEW_ORDER)
    if not request.user.has_perm(TARGET_PERMISSIONS[to_status]):
        raise PermissionDenied
    try:
        set_status(
            order=order, to_status=to_status, user=request.user, base_url=base_url_for(request)
        )
    except InvalidTransition as refused:
        messages.error(request, refused.message)
    else:
        messages.success(
            request,
            gettext("Order %(number)s: %(status)s.")
            % {"number": order.number, "status": order.get_fulfilment_status_display()},
        )
        if to_status == FulfilmentStatus.CANCELLED and order.payment_status == PaymentStatus.PAID:
            # The store does not refund by itself (SPEC is silent); say so where it matters.
            messages.warning(
                request,
                gettext(
                    "Order %(number)s was paid: refund %(amount)s to the customer (%(method)s)."
                )
                % {
                    "number": order.number,
                    "amount": format_money(order.grand_total),
                    "method": order.get_payment_method_display().lower(),
                },
            )
    return _card(order)


@require_POST
def order_mark_paid_view(request, pk: int):
    order = _order_for(request, pk, "commerce.mark_order_paid")
    try:
        mark_paid(order=order, user=request.user)
    except InvalidTransition as refused:
        messages.error(request, refused.message)
    else:
        messages.success(
            request, gettext("Order %(number)s is marked paid.") % {"number": order.number}
        )
    return _card(order)


class CommentForm(forms.Form):
    operator_comment = forms.CharField(
        label=_("Operator comment"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


@require_POST
def order_comment_view(request, pk: int):
    order = _order_for(request, pk, CHANGE_ORDER)
    form = CommentForm(request.POST)
    if not form.is_valid():
        # Rare (the textarea already stops at 2000 characters): say what is wrong, keep the
        # text so nothing typed is lost, and change nothing.
        return render(
            request,
            "commerce/orders/admin/order_comment_invalid.html",
            {"order": order, "form": form},
            status=400,
        )
    try:
        order_comment_set(
            order=order, user=request.user, comment=form.cleaned_data["operator_comment"]
        )
    except OrderEditRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, gettext("Operator comment saved."))
    return _card(order)


class LineQuantityForm(forms.Form):
    line_id = forms.IntegerField(widget=forms.HiddenInput)
    quantity = forms.IntegerField(min_value=0, max_value=9999, label=_("Pieces"))


class LineAdditionForm(forms.Form):
    sku = forms.CharField(max_length=64, required=False, label=_("SKU"))
    store = forms.ModelChoiceField(
        queryset=Store.objects.filter(is_active=True),
        required=False,
        label=_("Store"),
        empty_label=_("— store —"),
    )
    quantity = forms.IntegerField(min_value=1, max_value=9999, required=False, label=_("Pieces"))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("sku") and (not cleaned.get("store") or not cleaned.get("quantity")):
            raise forms.ValidationError(
                gettext("Give the store and the number of pieces for this SKU.")
            )
        return cleaned


LineQuantityFormSet = formset_factory(LineQuantityForm, extra=0, max_num=500)
LineAdditionFormSet = formset_factory(LineAdditionForm, extra=3, max_num=20)


def _line_id(form) -> int | None:
    """The line a quantity row stands for; None when a posted id is not a number."""
    if getattr(form, "cleaned_data", None) and "line_id" in form.cleaned_data:
        return form.cleaned_data["line_id"]
    return parse_id(form["line_id"].value())


def order_edit_lines_view(request, pk: int):
    """Change quantities (0 removes a line) and add lines by SKU; stock and totals follow."""
    order = _order_for(request, pk, CHANGE_ORDER)
    lines = list(order.lines.select_related("store"))
    if request.method == "POST":
        quantities = LineQuantityFormSet(request.POST, prefix="lines")
        additions = LineAdditionFormSet(request.POST, prefix="add")
        status = 400
        if quantities.is_valid() and additions.is_valid():
            try:
                order_lines_edit(
                    order=order,
                    user=request.user,
                    quantities={
                        f.cleaned_data["line_id"]: f.cleaned_data["quantity"]
                        for f in quantities
                        if f.cleaned_data
                    },
                    additions=[
                        LineAddition(
                            sku=f.cleaned_data["sku"].strip(),
                            store_id=f.cleaned_data["store"].pk,
                            quantity=f.cleaned_data["quantity"],
                        )
                        for f in additions
                        if f.cleaned_data.get("sku")
                    ],
                )
            except OrderEditRefused as refused:
                messages.error(request, refused.message)
                status = 409
            else:
                messages.success(
                    request,
                    gettext("Order %(number)s updated; totals recomputed.")
                    % {"number": order.number},
                )
                return _card(order)
    else:
        quantities = LineQuantityFormSet(
            initial=[{"line_id": line.pk, "quantity": line.quantity} for line in lines],
            prefix="lines",
        )
        additions = LineAdditionFormSet(prefix="add")
        status = 200
    by_id = {line.pk: line for line in lines}
    rows = [(form, by_id.get(_line_id(form))) for form in quantities]
    return render(
        request,
        "commerce/orders/admin/order_edit_lines.html",
        {
            "order": order,
            "rows": rows,
            "quantities": quantities,
            "additions": additions,
            "editable": order_lines_editable(order),
        },
        status=status,
    )
