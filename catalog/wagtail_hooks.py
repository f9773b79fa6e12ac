"""Catalog admin: price, stock and store screens, parameter snippets, journal actions.

Price and stock are edited through their own screens guarded by their own permissions
(``catalog.change_price``, ``catalog.change_stockrecord``), and saved through the services
that journal old → new (SPEC §1, §8).
"""

import django_filters
from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from catalog.admin_forms import PriceForm, StockRecordCreateForm, StockRecordEditForm
from catalog.admin_views import (
    PriceEditView,
    PriceIndexView,
    StockRecordCreateView,
    StockRecordEditView,
    StockRecordIndexView,
    StoreDeleteView,
)
from catalog.journal import register_catalog_log_actions
from catalog.models import ParameterDefinition, Price, StockRecord, Store
from catalog.permissions import ForbiddenActionsPolicy, PricePermissionPolicy

register_permission_policy(Price, PricePermissionPolicy(Price))
register_permission_policy(StockRecord, ForbiddenActionsPolicy(StockRecord))


@hooks.register("register_log_actions")
def register_log_actions(actions):
    register_catalog_log_actions(actions)


# --- Prices ---------------------------------------------------------------------------------


class PriceFilterSet(WagtailFilterSet):
    has_price = django_filters.BooleanFilter(
        label=_("Has a price"), field_name="amount", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = Price
        fields = []


class PriceViewSet(ModelViewSet):
    model = Price
    icon = "tag"
    menu_label = _("Prices")
    url_prefix = "catalog/prices"
    url_namespace = "catalog_prices"
    form_fields = ["amount"]
    copy_view_enabled = False
    edit_view_class = PriceEditView
    index_view_class = PriceIndexView
    filterset_class = PriceFilterSet
    search_fields = ["product__title", "product__sku"]
    search_backend_name = None
    list_display = [
        "product",
        Column("sku", label=_("SKU"), accessor="product.sku", sort_key="product__sku"),
        Column("amount", label=_("Price, UAH"), sort_key="amount"),
        Column("updated_at", label=_("Updated"), sort_key="updated_at"),
    ]
    ordering = ["product__title"]

    def get_form_class(self, for_update=False):
        return PriceForm


# --- Stock ----------------------------------------------------------------------------------


class StockRecordFilterSet(WagtailFilterSet):
    out_of_stock = django_filters.BooleanFilter(
        label=_("Out of stock"), method="filter_out_of_stock"
    )

    class Meta:
        model = StockRecord
        fields = ["store"]

    def filter_out_of_stock(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(quantity=0) if value else queryset.filter(~Q(quantity=0))


class StockRecordViewSet(ModelViewSet):
    model = StockRecord
    icon = "box"
    menu_label = _("Stock")
    url_prefix = "catalog/stock"
    url_namespace = "catalog_stock"
    form_fields = ["product", "store", "quantity"]
    copy_view_enabled = False
    add_view_class = StockRecordCreateView
    edit_view_class = StockRecordEditView
    index_view_class = StockRecordIndexView
    filterset_class = StockRecordFilterSet
    search_fields = ["product__title", "product__sku", "store__name"]
    search_backend_name = None
    list_display = [
        "product",
        Column("sku", label=_("SKU"), accessor="product.sku", sort_key="product__sku"),
        Column("store", label=_("Store"), sort_key="store__name"),
        Column("quantity", label=_("Quantity, pcs"), sort_key="quantity"),
        Column("updated_at", label=_("Updated"), sort_key="updated_at"),
    ]

    def get_form_class(self, for_update=False):
        return StockRecordEditForm if for_update else StockRecordCreateForm


# --- Stores ---------------------------------------------------------------------------------


class StoreViewSet(ModelViewSet):
    model = Store
    icon = "home"
    menu_label = _("Stores")
    url_prefix = "catalog/stores"
    url_namespace = "catalog_stores"
    delete_view_class = StoreDeleteView
    form_fields = ["name", "code", "address", "is_active"]
    copy_view_enabled = False
    search_fields = ["name", "code", "address"]
    search_backend_name = None
    list_filter = ["is_active"]
    list_display = [
        "name",
        "code",
        "address",
        BooleanColumn("is_active", label=_("Active"), sort_key="is_active"),
    ]


class ShopViewSetGroup(ModelViewSetGroup):
    menu_label = _("Shop")
    menu_icon = "tag"
    menu_order = 200
    items = (PriceViewSet, StockRecordViewSet, StoreViewSet)


@hooks.register("register_admin_viewset")
def register_shop_viewsets():
    return ShopViewSetGroup()


@hooks.register("before_delete_snippet")
def refuse_deleting_parameters_in_use(request, instances):
    """Single and bulk deletes of a parameter that products still use are refused with a
    message (the database protects the values; this says why)."""
    definitions = [i for i in instances if isinstance(i, ParameterDefinition)]
    used = [d.name for d in definitions if d.values.exists()]
    if used:
        messages.error(
            request,
            gettext(
                "Still used by products, not deleted: %(names)s. "
                "Remove the parameter from those products first."
            )
            % {"names": ", ".join(used)},
        )
        return redirect(reverse("wagtailsnippets_catalog_parameterdefinition:list"))
    return None


class ParameterDefinitionViewSet(SnippetViewSet):
    model = ParameterDefinition
    icon = "list-ul"
    menu_label = _("Parameters")
    list_display = ["name", "unit", "kind", "filterable"]
    list_filter = ["kind", "filterable"]
    search_fields = ["name"]
    search_backend_name = None


register_snippet(ParameterDefinitionViewSet)
