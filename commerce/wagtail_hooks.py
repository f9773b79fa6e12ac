"""Commerce admin: discounts, loyalty tiers and the price simulator (SPEC §4, §8).

Each is guarded by its own model permissions (``commerce.*_discount``,
``commerce.*_loyaltytier``; the simulator needs ``commerce.view_discount``), checked by the
views on the server; every change is journaled with old → new values.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.models import Page

from commerce.admin_orders import CustomerViewSet, OrderViewSet
from commerce.admin_views import JournaledCreateView, JournaledEditView
from commerce.dashboard import dashboard_panels
from commerce.journal import DISCOUNT_CHANGE, TIER_CHANGE, register_commerce_log_actions
from commerce.models import ApiToken, DeliveryMethod, Discount, LoyaltyTier
from commerce.product_deletion import product_deletion_blockers
from commerce.views.simulator import PERMISSION, price_simulator


@hooks.register("register_log_actions")
def register_log_actions(actions):
    register_commerce_log_actions(actions)


class DiscountCreateView(JournaledCreateView):
    journal_action = DISCOUNT_CHANGE


class DiscountEditView(JournaledEditView):
    journal_action = DISCOUNT_CHANGE


class DiscountViewSet(ModelViewSet):
    model = Discount
    icon = "tag"
    menu_label = "Discounts"
    url_prefix = "commerce/discounts"
    url_namespace = "commerce_discounts"
    add_view_class = DiscountCreateView
    edit_view_class = DiscountEditView
    copy_view_enabled = False
    list_filter = ["kind", "store", "priority", "is_active"]
    list_display = ["name", "kind", "store", "type", "value", "priority", "is_active", "ends_at"]
    search_fields = ["name", "description"]
    search_backend_name = None


class TierCreateView(JournaledCreateView):
    journal_action = TIER_CHANGE


class TierEditView(JournaledEditView):
    journal_action = TIER_CHANGE


class LoyaltyTierViewSet(ModelViewSet):
    model = LoyaltyTier
    icon = "group"
    menu_label = "Loyalty tiers"
    url_prefix = "commerce/loyalty-tiers"
    url_namespace = "commerce_loyalty_tiers"
    add_view_class = TierCreateView
    edit_view_class = TierEditView
    copy_view_enabled = False
    form_fields = ["threshold", "percent"]
    list_display = ["__str__", "threshold", "percent"]


class SimulatorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


class PriceSimulatorViewSet(ViewSet):
    name = "price_simulator"
    url_prefix = "commerce/price-simulator"
    icon = "calculator"
    menu_label = "Price simulator"
    menu_item_class = SimulatorMenuItem

    def get_urlpatterns(self):
        return [path("", price_simulator, name="index")]


class DeliveryMethodViewSet(ModelViewSet):
    """Delivery methods and their rate tables (managers, SPEC §8)."""

    model = DeliveryMethod
    icon = "site"
    menu_label = "Delivery rates"
    url_prefix = "commerce/delivery"
    url_namespace = "commerce_delivery"
    copy_view_enabled = False
    list_display = ["name", "kind", "store", "is_active"]
    list_filter = ["kind", "is_active"]


class PricingViewSetGroup(ModelViewSetGroup):
    menu_label = "Pricing"
    menu_icon = "tag"
    menu_order = 210
    items = (DiscountViewSet, LoyaltyTierViewSet, DeliveryMethodViewSet, PriceSimulatorViewSet)


@hooks.register("register_admin_viewset")
def register_pricing_viewsets():
    return PricingViewSetGroup()


@hooks.register("register_admin_viewset")
def register_order_viewsets():
    return [OrderViewSet(), CustomerViewSet()]


class ApiTokenCreateView(CreateView):
    """Issue a token: only its hash is kept, so the secret is shown this once."""

    def save_instance(self):
        token, raw = ApiToken.issue(name=self.form.cleaned_data["name"])
        messages.warning(self.request, f"Copy this token now, it is not shown again: {raw}")
        return token

    def get_success_message(self, instance):
        return None


class ApiTokenViewSet(ModelViewSet):
    model = ApiToken
    icon = "key"
    menu_label = "Bot API tokens"
    url_prefix = "commerce/api-tokens"
    url_namespace = "commerce_api_tokens"
    add_view_class = ApiTokenCreateView
    copy_view_enabled = False
    form_fields = ["name", "is_active"]
    list_display = ["name", "prefix", "is_active", "created_at", "last_used_at"]


@hooks.register("register_admin_viewset")
def register_api_token_viewset():
    return ApiTokenViewSet()


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    dashboard_panels(request, panels)


def _refuse_product_deletion(request, pages):
    blockers = product_deletion_blockers(pages)
    if not blockers:
        return None
    messages.error(
        request,
        "Not deleted: " + " ".join(blockers) + " Unpublish the page instead, or set its stock "
        "to 0 once its carts and orders are done.",
    )
    return redirect("wagtailadmin_explore", pages[0].get_parent().pk)


@hooks.register("before_delete_page")
def guard_product_deletion(request, page):
    return _refuse_product_deletion(request, [page])


@hooks.register("before_bulk_action")
def guard_product_bulk_deletion(request, action_type, objects, action_class_instance):
    if action_type == "delete" and objects and isinstance(objects[0], Page):
        return _refuse_product_deletion(request, list(objects))
    return None
