"""Inquiries in the Wagtail admin (issue 14.6, SPEC §8: sales operators handle them): the
list — newest first, filtered by status and date, searched by name, e-mail, phone and order
number — a menu item that counts the new ones, and the card with its actions
(``support.admin_views``).

Inquiries come from the site: nobody adds or edits one in a form (answer and close are the
card's own actions, guarded by ``support.change_inquiry``); only superusers delete."""

import django_filters
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import HistoryView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from catalog.permissions import ForbiddenActionsPolicy
from commerce.phones import InvalidPhone, phone_display, phone_normalize
from support.admin_views import InquiryAnswerView, InquiryCardView, inquiry_close_view
from support.models import Inquiry
from support.selectors import new_inquiry_count


class InquiryPermissionPolicy(ForbiddenActionsPolicy):
    """Model permissions, but the generic add and edit forms are closed to everyone: an
    inquiry is what the visitor sent. Delete stays with ``support.delete_inquiry``, which no
    shop role holds (superusers only)."""

    forbidden_actions = frozenset({"add", "change"})


register_permission_policy(Inquiry, InquiryPermissionPolicy(Inquiry))


class InquiryFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Inquiry
        fields = ["status"]


class InquiryIndexView(IndexView):
    default_ordering = "-created_at"

    def search_queryset(self, queryset):
        """Name, e-mail, phone and order number contain the words; a phone typed the way
        people write it (``067 123 45 67``) also finds its E.164 form."""
        found = super().search_queryset(queryset)
        if not self.is_searching:
            return found
        try:
            phone = phone_normalize(self.search_query)
        except InvalidPhone:
            return found
        return found | queryset.filter(phone=phone)


class InquiryHistoryView(HistoryView):
    """The inquiry's journal, for whoever may read it (Wagtail's asks for add, change or
    delete, which the generic screens never grant here)."""

    any_permission_required = ["view", "change", "delete"]


def _contact(inquiry: Inquiry) -> str:
    return " · ".join(part for part in (inquiry.email, phone_display(inquiry.phone)) if part)


class InquiryMenuItem(MenuItem):
    """Shown to whoever may read inquiries; its label counts the new ones, "Inquiries (3)"."""

    def is_shown(self, request):
        policy = InquiryPermissionPolicy(Inquiry)
        return policy.user_has_any_permission(request.user, ["view", "change", "delete"])

    def render_component(self, request):
        component = super().render_component(request)
        count = new_inquiry_count()
        if count:
            component.label = f"{self.label} ({count})"
        return component


class InquiryViewSet(ModelViewSet):
    """Inquiries for the sales operators: list, card, answer, close (issue 14.6)."""

    model = Inquiry
    icon = "mail"
    menu_label = _("Inquiries")
    menu_order = 197
    add_to_admin_menu = True
    menu_item_class = InquiryMenuItem
    url_prefix = "support/inquiries"
    url_namespace = "support_inquiries"
    index_view_class = InquiryIndexView
    inspect_view_enabled = True
    inspect_view_class = InquiryCardView
    history_view_class = InquiryHistoryView
    copy_view_enabled = False
    list_display = [
        "created_at",
        "name",
        Column("contact", label=_("Contact"), accessor=_contact),
        "order_number",
        "status",
    ]
    filterset_class = InquiryFilterSet
    search_fields = ["name", "email", "phone", "order_number"]
    search_backend_name = None
    # The generic forms are closed by the policy; without fields even a bypassed check could
    # change nothing.
    form_fields: list[str] = []

    def get_urlpatterns(self):
        answer_view = self.construct_view(InquiryAnswerView, **self.get_inspect_view_kwargs())
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/answer/", answer_view, name="answer"),
            path("<int:pk>/close/", inquiry_close_view, name="close"),
        ]
