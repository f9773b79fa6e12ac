"""Delivery methods and their rate tables in the Wagtail admin (managers, SPEC §8)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet

from commerce.delivery.models import DeliveryMethod


class DeliveryMethodViewSet(ModelViewSet):
    """Delivery methods and their rate tables (managers, SPEC §8)."""

    model = DeliveryMethod
    icon = "site"
    menu_label = _("Delivery rates")
    url_prefix = "commerce/delivery"
    url_namespace = "commerce_delivery"
    copy_view_enabled = False
    list_display = [
        "name",
        "kind",
        "store",
        BooleanColumn("is_active", label=_("Active"), sort_key="is_active"),
    ]
    list_filter = ["kind", "is_active"]
