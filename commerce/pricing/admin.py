"""Pricing in the Wagtail admin: discounts, loyalty tiers and the price simulator (SPEC §4,
§8). Each is guarded by its own model permissions (``commerce.*_discount``,
``commerce.*_loyaltytier``; the simulator needs ``commerce.view_discount``), checked by the
views on the server; every save is journaled with old → new values."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet

from commerce.pricing.journal import DISCOUNT_CHANGE, TIER_CHANGE, record_change, snapshot
from commerce.pricing.models import Discount, LoyaltyTier
from commerce.pricing.simulator import PERMISSION, price_simulator


class JournaledCreateView(generic.CreateView):
    journal_action = ""

    def save_instance(self):
        instance = super().save_instance()
        # Journal what the database holds (e.g. 2.50 for a typed 2.5).
        saved = type(instance).objects.get(pk=instance.pk)
        record_change(
            instance=saved, before=None, user=self.request.user, action=self.journal_action
        )
        return instance


class JournaledEditView(generic.EditView):
    journal_action = ""

    def save_instance(self):
        model = type(self.object)
        before = snapshot(model.objects.get(pk=self.object.pk))
        instance = super().save_instance()
        saved = model.objects.get(pk=instance.pk)
        record_change(
            instance=saved, before=before, user=self.request.user, action=self.journal_action
        )
        return instance


class DiscountCreateView(JournaledCreateView):
    journal_action = DISCOUNT_CHANGE


class DiscountEditView(JournaledEditView):
    journal_action = DISCOUNT_CHANGE


class DiscountViewSet(ModelViewSet):
    model = Discount
    icon = "tag"
    menu_label = _("Discounts")
    url_prefix = "commerce/discounts"
    url_namespace = "commerce_discounts"
    add_view_class = DiscountCreateView
    edit_view_class = DiscountEditView
    copy_view_enabled = False
    list_filter = ["kind", "store", "priority", "is_active"]
    list_display = [
        "name",
        "kind",
        "store",
        "type",
        "value",
        "priority",
        BooleanColumn("is_active", label=_("Active"), sort_key="is_active"),
        "ends_at",
    ]
    search_fields = ["name", "description"]
    search_backend_name = None


class TierCreateView(JournaledCreateView):
    journal_action = TIER_CHANGE


class TierEditView(JournaledEditView):
    journal_action = TIER_CHANGE


class LoyaltyTierViewSet(ModelViewSet):
    model = LoyaltyTier
    icon = "group"
    menu_label = _("Loyalty tiers")
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
    menu_label = _("Price simulator")
    menu_item_class = SimulatorMenuItem

    def get_urlpatterns(self):
        return [path("", price_simulator, name="index")]
