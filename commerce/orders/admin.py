"""Orders in the Wagtail admin (SPEC §5, §8; issue 7.3–7.5): the list, filtered by fulfilment
and payment status, payment method, date, store and delivery method, and the viewset that
routes the order card and its actions (``commerce.orders.admin_views``)."""

import django_filters
from django.db.models import Q
from django.urls import path
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import HistoryView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from catalog.models import Store
from catalog.permissions import ReadOnlyPolicy
from commerce.money import format_money
from commerce.orders.admin_views import (
    OrderCardView,
    order_comment_view,
    order_edit_lines_view,
    order_mark_paid_view,
    order_status_view,
)
from commerce.orders.models import FulfilmentStatus, Order
from commerce.orders.status import TARGET_PERMISSIONS

# Orders are placed by shoppers and moved by the status machine, never edited in a form.
register_permission_policy(Order, ReadOnlyPolicy(Order))


class OrderFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Placed"), widget=DateRangePickerWidget
    )
    store = django_filters.ModelChoiceFilter(
        label=_("Store"),
        queryset=Store.objects.all(),
        field_name="lines__store",
        distinct=True,
    )

    is_open = django_filters.BooleanFilter(
        label=_("Open (not completed or cancelled)"), method="filter_open"
    )

    def filter_open(self, queryset, name, value):
        if value is None:
            return queryset
        closed = Q(fulfilment_status__in=[FulfilmentStatus.COMPLETED, FulfilmentStatus.CANCELLED])
        return queryset.exclude(closed) if value else queryset.filter(closed)

    class Meta:
        model = Order
        fields = [
            "fulfilment_status",
            "payment_status",
            "payment_method",
            "delivery_method",
        ]


class OrderIndexView(IndexView):
    def get_base_queryset(self):
        return Order.objects.select_related("customer")


class OrderHistoryView(HistoryView):
    """The order's journal, for every role that may read orders (SPEC §8). Wagtail's asks for
    add, change or delete, which the read-only policy never grants: the order card's journal
    link led sales operators back to the dashboard."""

    any_permission_required = ["view", "change", "delete"]


class OrderViewSet(ModelViewSet):
    """Orders for the staff: list, card, actions, line editing (issue 7.3–7.4)."""

    model = Order
    icon = "list-ul"
    menu_label = _("Orders")
    menu_order = 190
    add_to_admin_menu = True
    url_prefix = "commerce/orders"
    url_namespace = "commerce_orders"
    inspect_view_enabled = True
    index_view_class = OrderIndexView
    inspect_view_class = OrderCardView
    history_view_class = OrderHistoryView
    copy_view_enabled = False
    list_display = [
        "number",
        "customer",
        "phone",
        # Money is written by the one formatter, in the staff member's language (issue 13.2).
        Column(
            "grand_total",
            label=capfirst(Order._meta.get_field("grand_total").verbose_name),
            accessor=lambda order: format_money(order.grand_total),
            sort_key="grand_total",
        ),
        "fulfilment_status",
        "payment_status",
        "created_at",
    ]
    filterset_class = OrderFilterSet
    search_fields = ["number", "phone", "email"]
    search_backend_name = None
    form_fields = ["operator_comment"]

    def get_urlpatterns(self):
        return (
            super().get_urlpatterns()
            + [
                path(
                    f"<int:pk>/status/{to_status}/",
                    order_status_view,
                    name=f"status_{to_status}",
                    kwargs={"to_status": to_status},
                )
                for to_status in sorted(TARGET_PERMISSIONS)
            ]
            + [
                path("<int:pk>/mark-paid/", order_mark_paid_view, name="mark_paid"),
                path("<int:pk>/comment/", order_comment_view, name="comment"),
                path("<int:pk>/lines/", order_edit_lines_view, name="edit_lines"),
            ]
        )
