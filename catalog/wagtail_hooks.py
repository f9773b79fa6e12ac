"""Catalog admin: price, stock and store screens, parameter snippets, journal actions.

Price and stock are edited through their own screens guarded by their own permissions
(``catalog.change_price``, ``catalog.change_stockrecord``), and saved through the services
that journal old → new (SPEC §1, §8).
"""

import django_filters
from django.db.models import Q
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from catalog.admin_forms import PriceForm, StockRecordCreateForm, StockRecordEditForm
from catalog.journal import register_catalog_log_actions
from catalog.models import ParameterDefinition, Price, StockRecord, Store
from catalog.permissions import NoAddDeletePermissionPolicy, PricePermissionPolicy
from catalog.prices import price_set
from catalog.stock import stock_set

register_permission_policy(Price, PricePermissionPolicy(Price))
register_permission_policy(StockRecord, NoAddDeletePermissionPolicy(StockRecord))


@hooks.register("register_log_actions")
def register_log_actions(actions):
    register_catalog_log_actions(actions)


# --- Prices ---------------------------------------------------------------------------------


class PriceFilterSet(WagtailFilterSet):
    has_price = django_filters.BooleanFilter(
        label="Has a price", field_name="amount", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = Price
        fields = []


class PriceEditView(generic.EditView):
    def save_instance(self):
        price = self.form.instance
        change = price_set(
            product=price.product,
            amount=self.form.cleaned_data["amount"],
            user=self.request.user,
            source="admin",
        )
        return change.price


class PriceViewSet(ModelViewSet):
    model = Price
    icon = "tag"
    menu_label = "Prices"
    url_prefix = "catalog/prices"
    url_namespace = "catalog_prices"
    form_fields = ["amount"]
    copy_view_enabled = False
    edit_view_class = PriceEditView
    filterset_class = PriceFilterSet
    search_fields = ["product__title", "product__sku"]
    search_backend_name = None
    list_display = [
        "product",
        Column("sku", label="SKU", accessor="product.sku", sort_key="product__sku"),
        Column("amount", label="Price, UAH", sort_key="amount"),
        Column("updated_at", label="Updated", sort_key="updated_at"),
    ]
    ordering = ["product__title"]

    def get_form_class(self, for_update=False):
        return PriceForm

    def get_queryset(self, request):
        return Price.objects.select_related("product")


# --- Stock ----------------------------------------------------------------------------------


class StockRecordFilterSet(WagtailFilterSet):
    out_of_stock = django_filters.BooleanFilter(label="Out of stock", method="filter_out_of_stock")

    class Meta:
        model = StockRecord
        fields = ["store"]

    def filter_out_of_stock(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(quantity=0) if value else queryset.filter(~Q(quantity=0))


class StockRecordCreateView(generic.CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        change = stock_set(
            product=data["product"].specific,
            store=data["store"],
            quantity=data["quantity"],
            user=self.request.user,
            source="admin",
        )
        return change.stock_record


class StockRecordEditView(generic.EditView):
    def save_instance(self):
        record = self.form.instance
        change = stock_set(
            product=record.product,
            store=record.store,
            quantity=self.form.cleaned_data["quantity"],
            user=self.request.user,
            source="admin",
        )
        return change.stock_record


class StockRecordViewSet(ModelViewSet):
    model = StockRecord
    icon = "box"
    menu_label = "Stock"
    url_prefix = "catalog/stock"
    url_namespace = "catalog_stock"
    form_fields = ["product", "store", "quantity"]
    copy_view_enabled = False
    add_view_class = StockRecordCreateView
    edit_view_class = StockRecordEditView
    filterset_class = StockRecordFilterSet
    search_fields = ["product__title", "product__sku", "store__name"]
    search_backend_name = None
    list_display = [
        "product",
        Column("sku", label="SKU", accessor="product.sku", sort_key="product__sku"),
        Column("store", label="Store", sort_key="store__name"),
        Column("quantity", label="Quantity, pcs", sort_key="quantity"),
        Column("updated_at", label="Updated", sort_key="updated_at"),
    ]

    def get_form_class(self, for_update=False):
        return StockRecordEditForm if for_update else StockRecordCreateForm

    def get_queryset(self, request):
        return StockRecord.objects.select_related("product", "store")


# --- Stores ---------------------------------------------------------------------------------


class StoreViewSet(ModelViewSet):
    model = Store
    icon = "home"
    menu_label = "Stores"
    url_prefix = "catalog/stores"
    url_namespace = "catalog_stores"
    form_fields = ["name", "code", "address", "is_active"]
    copy_view_enabled = False
    search_fields = ["name", "code", "address"]
    search_backend_name = None
    list_filter = ["is_active"]
    list_display = ["name", "code", "address", "is_active"]


class ShopViewSetGroup(ModelViewSetGroup):
    menu_label = "Shop"
    menu_icon = "tag"
    menu_order = 200
    items = (PriceViewSet, StockRecordViewSet, StoreViewSet)


@hooks.register("register_admin_viewset")
def register_shop_viewsets():
    return ShopViewSetGroup()


class ParameterDefinitionViewSet(SnippetViewSet):
    model = ParameterDefinition
    icon = "list-ul"
    menu_label = "Parameters"
    list_display = ["name", "unit", "kind", "filterable"]
    list_filter = ["kind", "filterable"]
    search_fields = ["name"]
    search_backend_name = None


register_snippet(ParameterDefinitionViewSet)
