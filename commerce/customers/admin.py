"""Customer cards in the Wagtail admin, read-only (sales operators, SPEC §6, §8)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from catalog.permissions import ReadOnlyPolicy
from commerce.customers.models import Customer

# Customers edit their own cards under "My account"; staff only read them.
register_permission_policy(Customer, ReadOnlyPolicy(Customer))


class CustomerIndexView(IndexView):
    """Registered customers only: a temporary one exists through its order (SPEC §6)."""

    def get_base_queryset(self):
        return Customer.objects.filter(is_temporary=False)


class CustomerViewSet(ModelViewSet):
    """Customer cards, read-only (sales operators, SPEC §8). The list shows registered
    customers; a temporary customer's card is reached from its order."""

    model = Customer
    icon = "user"
    menu_label = _("Customers")
    menu_order = 195
    add_to_admin_menu = True
    url_prefix = "commerce/customers"
    url_namespace = "commerce_customers"
    index_view_class = CustomerIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["__str__", "phone", "email", "loyalty_percent", "purchases_total"]
    list_filter = ["loyalty_percent"]
    search_fields = ["last_name", "first_name", "phone", "email"]
    search_backend_name = None
    inspect_view_fields = [
        "last_name",
        "first_name",
        "phone",
        "email",
        "call_from",
        "call_to",
        "default_city",
        "default_address",
        "default_order_comment",
        "loyalty_percent",
        "purchases_total",
        "is_temporary",
        "created_at",
    ]
    # Wagtail's ModelViewSet builds add/edit forms even when the policy refuses them: they get
    # no field at all, so even a bypassed check could not change a card.
    form_fields: list[str] = []
