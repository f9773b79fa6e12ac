"""The shop's staff roles (SPEC §8) as Django groups, each with exactly these permissions.

A role is a group whose model permissions, page permissions (on the root page, so the whole
tree) and collection permissions (on the root collection: images and documents) are set by
``sync_role_groups`` — from a data migration, and again by any later migration that adds a
permission to a role. Customers have no role: they use the public site only. The role
administrator is not a role either: it is one account named by ``SHOP_ROLE_ADMIN_EMAIL``
(see ``accounts.role_admin``).
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

ACCESS_ADMIN = "wagtailadmin.access_admin"


@dataclass(frozen=True)
class Role:
    name: str  # the group's name: a stable key, kept in English
    label: str  # what staff read, in their language
    description: str
    permissions: frozenset[str]  # "app_label.codename"
    page_permissions: frozenset[str] = field(default_factory=frozenset)  # on the root page
    collection_permissions: frozenset[str] = field(default_factory=frozenset)  # root collection


def _model_perms(app_label: str, model: str, actions: str = "add change delete view") -> set:
    return {f"{app_label}.{action}_{model}" for action in actions.split()}


MANAGER = Role(
    name="Manager",
    label=pgettext_lazy("shop role", "Manager"),
    description=_(
        "Sets prices and stock; owns discounts, loyalty tiers and delivery rates; links "
        "banners to discounts; reads the chat."
    ),
    permissions=frozenset(
        {ACCESS_ADMIN, "catalog.view_price", "catalog.change_price", "home.link_banner"}
        # The chat (issue 16.3): managers may read the conversations, not answer them.
        | {"support.view_conversation"}
        | _model_perms("catalog", "stockrecord", "add change view")
        | _model_perms("catalog", "store")
        | _model_perms("commerce", "discount")
        | _model_perms("commerce", "loyaltytier")
        | _model_perms("commerce", "deliverymethod")
        | _model_perms("home", "banner")
    ),
)

CONTENT_MANAGER = Role(
    name="Content manager",
    label=pgettext_lazy("shop role", "Content manager"),
    description=_(
        "Product pages, photos, parameters, categories, articles and info pages, banners' "
        "images and texts, the site's navigation, hiding reviews; not prices, stock or discounts."
    ),
    permissions=frozenset(
        {ACCESS_ADMIN, "home.edit_banner_content", "home.change_navigationsettings"}
        # Reviews by buyers (issue 16.5): read and hide or show again.
        | {"support.view_review", "support.moderate_review"}
        | _model_perms("catalog", "parameterdefinition")
        | _model_perms("home", "banner", "change view")
    ),
    page_permissions=frozenset(
        {"add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"}
    ),
    collection_permissions=frozenset(
        {
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.choose_image",
            "wagtailimages.delete_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
            "wagtaildocs.delete_document",
        }
    ),
)

SALES_OPERATOR = Role(
    name="Sales operator",
    label=pgettext_lazy("shop role", "Sales operator"),
    description=_(
        "Orders: confirm, cancel, hand to delivery, edit lines and the operator "
        "comment; reads customer cards; answers and closes inquiries; answers the chat."
    ),
    permissions=frozenset(
        {
            ACCESS_ADMIN,
            "commerce.view_order",
            "commerce.change_order",
            "commerce.confirm_order",
            "commerce.cancel_order",
            "commerce.ship_order",
            "commerce.view_customer",
            # Inquiries from the feedback form (issue 14.6): read, answer, close.
            "support.view_inquiry",
            "support.change_inquiry",
            # The chat (issue 16.3): one shared inbox — read, answer, assign, close, reopen.
            "support.view_conversation",
            "support.reply_conversation",
        }
    ),
)

WAREHOUSE_WORKER = Role(
    name="Warehouse worker",
    label=pgettext_lazy("shop role", "Warehouse worker"),
    description=_(
        "Reads orders (with the operator comment); accepts them for assembly and "
        "marks them assembled."
    ),
    permissions=frozenset({ACCESS_ADMIN, "commerce.view_order", "commerce.assemble_order"}),
)

ACCOUNTANT = Role(
    name="Accountant",
    label=pgettext_lazy("shop role", "Accountant"),
    description=_("Reads orders; marks bank transfers paid; completes paid orders."),
    permissions=frozenset(
        {
            ACCESS_ADMIN,
            "commerce.view_order",
            "commerce.mark_order_paid",
            "commerce.complete_order",
        }
    ),
)

ROLES: tuple[Role, ...] = (MANAGER, CONTENT_MANAGER, SALES_OPERATOR, WAREHOUSE_WORKER, ACCOUNTANT)
ROLE_NAMES: tuple[str, ...] = tuple(role.name for role in ROLES)
_LABELS = {role.name: role.label for role in ROLES}


def role_label(name: str) -> str:
    """The role called ``name`` (a group name from ROLE_NAMES) as staff read it in the active
    language; a name that is not a shop role comes back as it is."""
    return str(_LABELS.get(name, name))


class UnknownPermission(LookupError):
    """A role names a permission whose model exists but whose codename does not (a typo)."""


def _permission(apps, dotted: str):
    """The Permission row for "app_label.codename", or None while its model is not migrated
    yet (a later migration syncs again). Raises UnknownPermission for a typo."""
    permission_model = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".", 1)
    found = permission_model.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()
    if found is not None:
        return found
    content_types = apps.get_model("contenttypes", "ContentType").objects
    if content_types.filter(app_label=app_label).exists():
        raise UnknownPermission(dotted)
    return None


def sync_role_groups(apps) -> None:
    """Create the role groups and set each one's permissions to exactly its definition.

    ``apps`` is a migration's app registry (or ``django.apps.apps``). Permissions and content
    types are created first, since Django otherwise adds them only after all migrations.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    group_model = apps.get_model("auth", "Group")
    page_model = apps.get_model("wagtailcore", "Page")
    collection_model = apps.get_model("wagtailcore", "Collection")
    page_permission_model = apps.get_model("wagtailcore", "GroupPagePermission")
    collection_permission_model = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_page = page_model.objects.filter(depth=1).first()
    root_collection = collection_model.objects.filter(depth=1).first()

    for role in ROLES:
        group, _created = group_model.objects.get_or_create(name=role.name)
        permissions = [_permission(apps, dotted) for dotted in sorted(role.permissions)]
        group.permissions.set([p for p in permissions if p is not None])

        page_permission_model.objects.filter(group=group).delete()
        if root_page is not None:
            for codename in sorted(role.page_permissions):
                permission = _permission(apps, f"wagtailcore.{codename}")
                page_permission_model.objects.create(
                    group=group, page=root_page, permission=permission
                )

        collection_permission_model.objects.filter(group=group).delete()
        if root_collection is not None:
            for dotted in sorted(role.collection_permissions):
                permission = _permission(apps, dotted)
                if permission is not None:
                    collection_permission_model.objects.create(
                        group=group, collection=root_collection, permission=permission
                    )
