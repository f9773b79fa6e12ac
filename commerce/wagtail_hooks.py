"""The commerce app's admin registration. Wagtail discovers only this module; each concern
keeps its screens in its own ``admin`` module and they are registered here (SPEC §8)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.models import Page

from commerce.customers.admin import CustomerViewSet
from commerce.delivery.admin import DeliveryMethodViewSet
from commerce.orders.admin import OrderViewSet
from commerce.orders.dashboard import dashboard_panels
from commerce.orders.journal import register_order_log_actions
from commerce.orders.product_deletion import refuse_product_deletion
from commerce.payments.admin import ApiTokenViewSet
from commerce.pricing.admin import DiscountViewSet, LoyaltyTierViewSet, PriceSimulatorViewSet
from commerce.pricing.journal import register_pricing_log_actions


@hooks.register("register_log_actions")
def register_log_actions(actions):
    register_pricing_log_actions(actions)
    register_order_log_actions(actions)


class PricingViewSetGroup(ModelViewSetGroup):
    """The managers' "Pricing" menu: discounts, tiers, delivery rates, the simulator."""

    menu_label = _("Pricing")
    menu_icon = "tag"
    menu_order = 210
    items = (DiscountViewSet, LoyaltyTierViewSet, DeliveryMethodViewSet, PriceSimulatorViewSet)


@hooks.register("register_admin_viewset")
def register_pricing_viewsets():
    return PricingViewSetGroup()


@hooks.register("register_admin_viewset")
def register_order_viewsets():
    return [OrderViewSet(), CustomerViewSet()]


@hooks.register("register_admin_viewset")
def register_api_token_viewset():
    return ApiTokenViewSet()


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    dashboard_panels(request, panels)


@hooks.register("before_delete_page")
def guard_product_deletion(request, page):
    return refuse_product_deletion(request, [page])


@hooks.register("before_bulk_action")
def guard_product_bulk_deletion(request, action_type, objects, action_class_instance):
    if action_type == "delete" and objects and isinstance(objects[0], Page):
        return refuse_product_deletion(request, list(objects))
    return None
