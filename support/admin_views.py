"""The inquiry card and its actions in the Wagtail admin (issue 14.6, SPEC §8 sales operators).

The card shows the message and how it was handled, an "Answer" form (e-mailed to the visitor,
or noted as a phone call) and a "Close" button. Each action posts to its own URL and checks
``support.change_inquiry`` itself; the services check again. Nothing here trusts the buttons
being hidden.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.views.generic import InspectView

from commerce.orders.notifications import base_url_for
from commerce.phones import phone_display
from support.models import MESSAGE_MAX_LENGTH, Inquiry, InquiryStatus
from support.services import CHANGE_INQUIRY, InquiryError, answer_inquiry, close_inquiry


class AnswerForm(forms.Form):
    text = forms.CharField(
        label=_("Answer"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    by_phone = forms.BooleanField(
        required=False,
        label=_("Answered by phone: keep this as a note, send no e-mail"),
    )


class InquiryCardView(InspectView):
    """The inquiry: who wrote, how to reach them, the message, its status and last answer,
    and — for those who handle inquiries — the answer form and the Close button."""

    template_name = "support/admin/inquiry_card.html"
    answer_form = None

    def get_object(self, queryset=None):
        return get_object_or_404(Inquiry.objects.select_related("answered_by"), pk=self.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        inquiry, user = self.object, self.request.user
        can_handle = user.has_perm(CHANGE_INQUIRY)
        is_open = inquiry.status != InquiryStatus.CLOSED
        context.update(
            inquiry=inquiry,
            phone=phone_display(inquiry.phone),
            can_answer=can_handle and is_open,
            can_close=can_handle and is_open,
            answer_form=self.answer_form or AnswerForm(),
            order_search_url=(
                reverse("commerce_orders:index") + f"?q={inquiry.order_number}"
                if inquiry.order_number and user.has_perm("commerce.view_order")
                else ""
            ),
            history_url=reverse("support_inquiries:history", args=[inquiry.pk]),
        )
        return context


class InquiryAnswerView(InquiryCardView):
    """POST only: answer the inquiry, then back to the card; a bad form comes back on the card
    with its errors (400) and nothing changes."""

    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(CHANGE_INQUIRY):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        inquiry = self.object
        form = AnswerForm(request.POST)
        if not form.is_valid():
            self.answer_form = form
            return self.render_to_response(self.get_context_data(), status=400)
        try:
            inquiry = answer_inquiry(
                inquiry=inquiry,
                actor=request.user,
                text=form.cleaned_data["text"],
                by_phone=form.cleaned_data["by_phone"],
                base_url=base_url_for(request),
            )
        except InquiryError as refused:
            messages.error(request, refused.message)
        else:
            if inquiry.answered_by_phone:
                done = gettext("Inquiry %(number)s is marked answered by phone.")
            else:
                done = gettext("The answer to inquiry %(number)s is being sent to %(email)s.")
            messages.success(request, done % {"number": inquiry.pk, "email": inquiry.email})
        return redirect("support_inquiries:inspect", inquiry.pk)


@require_POST
def inquiry_close_view(request, pk: int):
    """Close the inquiry, then back to the card (a stale press gets the service's message)."""
    if not request.user.has_perm(CHANGE_INQUIRY):
        raise PermissionDenied
    inquiry = get_object_or_404(Inquiry, pk=pk)
    try:
        close_inquiry(inquiry=inquiry, actor=request.user)
    except InquiryError as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, gettext("Inquiry %(number)s is closed.") % {"number": pk})
    return redirect("support_inquiries:inspect", pk)
