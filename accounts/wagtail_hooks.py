"""Admin registration for the role administrator's screens and the roles journal action."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts import admin_views
from accounts.role_admin import ROLE_CHANGE, RoleChangeFormatter, is_role_admin


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(ROLE_CHANGE)(RoleChangeFormatter)


role_urls = (
    [
        path("", admin_views.role_index, name="index"),
        path("<int:user_id>/", admin_views.role_edit, name="edit"),
    ],
    "shop_roles",
)


@hooks.register("register_admin_urls")
def register_role_urls():
    return [path("shop-roles/", include(role_urls, namespace="shop_roles"))]


class RoleAdminMenuItem(MenuItem):
    def is_shown(self, request):
        return is_role_admin(request.user)


@hooks.register("register_admin_menu_item")
def register_role_menu_item():
    return RoleAdminMenuItem(
        _("Shop roles"), reverse("shop_roles:index"), icon_name="group", order=900
    )
