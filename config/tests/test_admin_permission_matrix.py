"""Every admin URL of the project × every role (and anonymous, and a customer) × GET/POST
(issue 7.11, SPEC §8).

The URLs come from Django's URL resolver, so a screen added later is covered without editing
this file. For each pair that the role's row below does not allow, the request must be refused
(Wagtail's redirect away, 403, 404 or 405) and the database must be exactly as before: a
refused POST changes nothing. The allow-lists are read from SPEC §8, not from the code.
"""

import fnmatch
import hashlib
import os
import re
from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.exceptions import NoReverseMatch
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from accounts.tests.refusal import is_refused

# Screens any admin user reaches: their dashboard, their own account, the admin's static
# helpers, and pickers that only list what the user may already read.
ANY_ADMIN = [
    "wagtailadmin_home",
    "wagtailadmin_account",
    "wagtailadmin_dismissibles",
    "wagtailadmin_editing_sessions:*",
    "wagtailadmin_tag_autocomplete",
    "wagtailadmin_tag_model_autocomplete",
    "wagtailadmin_block_preview",
    "wagtailadmin_error_test",  # Wagtail's deliberate 500, to test error reporting
]
# Wagtail's read-only pickers and confirmation dialogs, open to any admin user: they answer,
# but may not change anything — for these the test checks only that the database is unchanged.
READ_ONLY_ANY_ADMIN = [
    "wagtail_modeladmin:javascript_catalog",
    "wagtailadmin_api:images:*",
    "wagtailadmin_api:documents:*",
    "wagtailadmin_pages:choose_parent",
    "wagtailadmin_pages:confirm_workflow_cancellation",
    "wagtailadmin_pages:move_confirm",
    "wagtailadmin_workflows:task_chooser*",
    "wagtailadmin_workflows:task_chosen",
    "wagtaildocs_chooser:*",
    "wagtailimages_chooser:*",
    "wagtailembeds:*",
    "wagtailsnippetchoosers_*",
    "wagtailadmin_choose_page*",
    "wagtailadmin_api:pages:*",
    "wagtailadmin_reports:site_history*",  # lists only entries of models the user may read
]
# Pages everyone may see, logged in or not (login, logout, password reset, static helpers).
PUBLIC = [
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset*",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
]
VIEWSET = [
    "index",
    "index_results",
    "add",
    "edit",
    "delete",
    "history",
    "history_results",
    "usage",
    "inspect",
    "choose*",
    "chosen*",
    "*",
]

PAGES = [
    "wagtailadmin_pages:*",
    "wagtailadmin_explore*",
    "wagtailadmin_choose_page*",
    "wagtailadmin_api:pages:*",
    "wagtail_bulk_action",
    "wagtailimages:*",
    "wagtailimages_chooser:*",
    "wagtailadmin_api:images:*",
    "wagtaildocs:*",
    "wagtaildocs_chooser:*",
    "wagtailadmin_api:documents:*",
    "wagtailembeds:*",
    "wagtailsnippets_catalog_parameterdefinition:*",
    "wagtailsnippetchoosers_catalog_parameterdefinition:*",
    "wagtailsnippets:*",
    "wagtailadmin_reports:*",
    "wagtailforms:*",
]

READ = ["index", "index_results", "inspect", "history", "history_results", "usage"]


def names(namespace: str, views: list[str]) -> list[str]:
    return [f"{namespace}:{view}" for view in views]


# Exactly the screens and actions SPEC §8 gives each role; everything else is refused.
ALLOWED: dict[str, list[str]] = {
    "anonymous": [],
    "customer": [],
    "Role administrator": ["shop_roles:index", "shop_roles:edit"],
    "Manager": [
        *names("catalog_prices", [*READ, "edit"]),
        *names("catalog_stock", [*READ, "add", "edit"]),
        *names("catalog_stores", [*READ, "add", "edit", "delete"]),
        *names("commerce_discounts", [*READ, "add", "edit", "delete"]),
        *names("commerce_loyalty_tiers", [*READ, "add", "edit", "delete"]),
        *names("commerce_delivery", [*READ, "add", "edit", "delete"]),
        "price_simulator:index",
        # Banners (issue 14.2): managers create them by linking a product discount.
        *names("home_banners", [*READ, "add", "edit", "delete"]),
        # The chat (issue 16.3): managers read it (inbox, conversations, their polls), never
        # answer, assign, close or reopen.
        *names("support_chat", [*READ, "poll", "poll_conversation"]),
    ],
    # Banners' images and texts (issue 14.2), not their discounts (the form closes those).
    # Reviews by buyers (issue 16.5): read, hide and show again — never add, edit or delete.
    "Content manager": [
        *PAGES,
        *names("home_banners", [*READ, "edit"]),
        *names("support_reviews", [*READ, "hide", "unhide"]),
    ],
    "Sales operator": [
        *names(
            "commerce_orders",
            [
                *READ,
                "status_confirmed",
                "status_cancelled",
                "status_in_transit",
                "comment",
                "edit_lines",
            ],
        ),
        *names("commerce_customers", READ),
        # Inquiries from the feedback form (issue 14.6): read, answer, close.
        *names("support_inquiries", [*READ, "answer", "close"]),
        # The chat (issue 16.3, 16.6): one shared inbox — read, answer, assign, close, reopen.
        *names(
            "support_chat",
            [*READ, "poll", "poll_conversation", "reply", "assign", "close", "reopen"],
        ),
    ],
    "Warehouse worker": names("commerce_orders", [*READ, "status_assembling", "status_ready"]),
    "Accountant": names("commerce_orders", [*READ, "status_completed", "mark_paid"]),
}
ROLES = list(ALLOWED)


def admin_patterns() -> list[tuple[str, str]]:
    """(URL name, route) of every named URL under /admin/."""

    def walk(patterns, prefix="", namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                name = f"{namespace}:{pattern.name}" if namespace else pattern.name
                yield name, prefix + str(pattern.pattern)

    seen = {}
    for name, route in walk(get_resolver().url_patterns):
        if route.startswith("admin/") and name not in seen:
            seen[name] = route
    return sorted(seen.items())


PARAM = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>")


def build_url(name: str, route: str, objects: dict) -> str | None:
    """Reverse ``name`` with real objects for its parameters (None when it cannot be built)."""
    params = [a or b for a, b in PARAM.findall(route)]
    kwargs = {}
    for param in params:
        value = objects["by_param"].get(param)
        if param == "pk":
            namespace = name.rsplit(":", 1)[0]
            value = objects["by_namespace"].get(namespace, objects["page"].pk)
        kwargs[param] = value if value is not None else 1
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return None


def matches(name: str, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


def access(role: str, name: str) -> str:
    """ "allowed", "read-only" (may answer, must not write) or "forbidden"."""
    admin_user = role not in ("anonymous", "customer")
    if matches(name, PUBLIC + ALLOWED[role]) or (admin_user and matches(name, ANY_ADMIN)):
        return "allowed"
    if admin_user and matches(name, READ_ONLY_ANY_ADMIN):
        return "read-only"
    return "forbidden"


# Sessions, per-user UI preferences and image renditions (a derived cache) may be written by
# any request; everything else must stay exactly as it was.
SKIP_TABLES = {"django_session", "wagtailusers_userprofile", "wagtailimages_rendition"}
# Wagtail 8.0.1 answers a POST without "url" to its external-link picker with a 500
# (forms/choosers.py calls None.startswith); admin users only, nothing is written.
KNOWN_WAGTAIL_500 = {("post", "wagtailadmin_choose_page_external_link")}


def fingerprint() -> str:
    """A digest of every row of every table (the sessions and per-user UI preferences aside)."""
    digest = hashlib.sha256()
    for model in apps.get_models():
        if model._meta.db_table in SKIP_TABLES or not model._meta.managed:
            continue
        if model._meta.proxy:
            continue
        rows = model._base_manager.order_by("pk").values_list()
        digest.update(model._meta.db_table.encode())
        digest.update(repr(list(rows)).encode())
    return digest.hexdigest()


@pytest.fixture
def world(catalog, store, role_user, role_admin):
    """One object of each kind the admin screens act on, and one account per role."""
    from catalog.models import ParameterDefinition, Price, StockRecord
    from catalog.tests.factories import CategoryPageFactory, make_product
    from commerce.customers.models import Customer
    from commerce.payments.models import ApiToken
    from commerce.pricing.models import Discount, LoyaltyTier
    from commerce.testing import place_test_order
    from support.models import Inquiry, Review
    from support.tests.chatting import visitor_says

    category = CategoryPageFactory(parent=catalog, title="Plants", slug="plants")
    product = make_product(category, sku="PL-1", title="Rotala", price="65.00", stock={store: 9})
    product.save_revision()
    user_model = get_user_model()
    shopper = user_model.objects.create_user(email="shopper@example.com", password="pw-Secret-1")
    customer = Customer.objects.create(user=shopper, phone="+380671234567", last_name="Shopper")
    order = place_test_order(
        product=product, store=store, quantity=2, token="matrix", customer=customer
    )
    method = order.delivery_method
    discount = Discount.objects.create(
        name="Spring", store=store, kind="product", type="percent", value=Decimal("5")
    )
    image = get_image_model().objects.create(title="Leaf", file=get_test_image_file())
    document = get_document_model().objects.create(title="Care sheet", file=image.file.name)
    token, _ = ApiToken.issue(name="bot")
    from home.models import Banner

    banner = Banner.objects.create(discount=discount, title="Spring week", image=image)
    inquiry = Inquiry.objects.create(
        name="Olena", email="olena@example.com", message="Do you ship to Odesa?"
    )
    review = Review.objects.create(product=product, author=shopper, text="Grows well", rating=4)
    # An open conversation with an unread customer message: a refused request must neither
    # answer, assign, close nor mark it read.
    conversation = visitor_says("Do you ship to Odesa?", name="Olena", email="olena@example.com")
    parameter = ParameterDefinition.objects.first() or ParameterDefinition.objects.create(
        name="Height", kind="number"
    )
    accounts = {
        name: role_user(name)
        for name in ALLOWED
        if name[0].isupper() and name != "Role administrator"
    }
    accounts["Role administrator"] = role_admin
    accounts["customer"] = shopper
    accounts["anonymous"] = None
    by_namespace = {
        "commerce_orders": order.pk,
        "commerce_customers": customer.pk,
        "commerce_discounts": discount.pk,
        "commerce_loyalty_tiers": LoyaltyTier.objects.first().pk,
        "commerce_delivery": method.pk,
        "commerce_api_tokens": token.pk,
        "support_inquiries": inquiry.pk,
        "support_reviews": review.pk,
        "support_chat": conversation.pk,
        "home_banners": banner.pk,
        "catalog_prices": Price.objects.get(product=product).pk,
        "catalog_stock": StockRecord.objects.get(product=product, store=store).pk,
        "catalog_stores": store.pk,
        "wagtailsnippets_catalog_parameterdefinition": parameter.pk,
        "wagtailusers_users": role_admin.pk,
        "wagtailusers_groups": role_admin.groups.model.objects.get(name="Manager").pk,
        "wagtailadmin_collections": Collection.get_first_root_node().pk,
        "wagtailimages": image.pk,
        "wagtaildocs": document.pk,
        "wagtailadmin_api:pages": product.pk,
        "wagtailadmin_api:images": image.pk,
        "wagtailadmin_api:documents": document.pk,
    }
    revision = product.latest_revision
    by_param = {
        "page_id": product.pk,
        "parent_page_id": category.pk,
        "page_to_move_id": product.pk,
        "destination_id": catalog.pk,
        "page_pk": product.pk,
        "image_id": image.pk,
        "document_id": document.pk,
        "doc_id": document.pk,
        "user_id": shopper.pk,
        "collection_id": Collection.get_first_root_node().pk,
        "revision_id": revision.pk if revision else 1,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "app_label": "catalog",
        "app_name": "catalog",
        "model_name": "productpage",
        "content_type_app_name": "catalog",
        "content_type_model_name": "productpage",
        "action_name": "publish",
        "action": "delete",
        "filter_spec": "original",
        "uidb64": "MQ",
        "token": "set-password",
        "session_id": "1",
        "object_id": order.pk,
    }
    return {
        "accounts": accounts,
        "page": product,
        "by_namespace": by_namespace,
        "by_param": by_param,
        "order": order,
    }


# What a forbidden POST carries: plausible values for the fields of the project's own forms
# (a comment, roles, an amount, a quantity, names), so a missing check would write something.
PAYLOAD = {
    "pk": 1,
    "operator_comment": "written by the matrix",
    "text": "answered by the matrix",
    "roles": ["Manager", "Sales operator"],
    "amount": "1.00",
    "quantity": "1",
    "name": "matrix",
    "title": "matrix",
    "threshold": "1",
    "percent": "1",
    "is_active": "on",
}
BATCH = int(os.environ.get("SHOP_MATRIX_BATCH", "20"))  # 1 pins down which request wrote


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_every_forbidden_admin_url_is_refused_and_changes_nothing(client, world, role):
    client.raise_request_exception = False
    account = world["accounts"][role]
    if account is not None:
        client.force_login(account)
    patterns = admin_patterns()
    assert len(patterns) > 150, "the resolver walk lost the admin URLs"
    checks = []
    for name, route in patterns:
        kind = access(role, name)
        if kind == "allowed":
            continue
        url = build_url(name, route, world)
        assert url is not None, f"cannot build {name} ({route}); add its parameter"
        checks.extend([("get", url, name, kind), ("post", url, name, kind)])
    assert checks, role

    leaks, changed = [], []
    before = fingerprint()
    for start in range(0, len(checks), BATCH):
        batch = checks[start : start + BATCH]
        for method, url, name, kind in batch:
            response = getattr(client, method)(url, {} if method == "get" else PAYLOAD)
            if response.status_code >= 500 and (method, name) not in KNOWN_WAGTAIL_500:
                leaks.append(f"{method.upper()} {url} ({name}) → {response.status_code}")
            if kind == "forbidden" and not is_refused(response, url):
                leaks.append(f"{method.upper()} {url} ({name}) → {response.status_code}")
        after = fingerprint()
        if after != before:
            changed.append([f"{m.upper()} {u}" for m, u, _, _ in batch])
            before = after
        if account is not None and "_auth_user_id" not in client.session:
            client.force_login(account)  # a refused URL may be the logout one
    assert not leaks, f"{role} reached:\n" + "\n".join(leaks)
    assert not changed, f"{role} changed the database in one of:\n{changed}"


# The screens each role works in (SPEC §8): every one must open for it.
MUST_REACH: dict[str, list[str]] = {
    "Role administrator": ["shop_roles:index"],
    "Manager": [
        "catalog_prices:index",
        "catalog_prices:edit",
        "catalog_stock:index",
        "catalog_stock:edit",
        "commerce_discounts:index",
        "commerce_discounts:add",
        "commerce_loyalty_tiers:index",
        "commerce_delivery:index",
        "price_simulator:index",
        "home_banners:index",
        "home_banners:add",
        "home_banners:edit",
        "support_chat:index",
        "support_chat:inspect",
        "support_chat:history",
    ],
    "Content manager": [
        "wagtailadmin_explore",
        "wagtailadmin_pages:edit",
        "wagtailimages:index",
        "wagtailimages:add",
        "wagtaildocs:index",
        "wagtailsnippets_catalog_parameterdefinition:list",
        "home_banners:index",
        "home_banners:edit",
        "support_reviews:index",
        "support_reviews:inspect",
        "support_reviews:history",
    ],
    "Sales operator": [
        "commerce_orders:index",
        "commerce_orders:inspect",
        "commerce_orders:edit_lines",
        "commerce_orders:history",
        "commerce_customers:index",
        "commerce_customers:inspect",
        "support_inquiries:index",
        "support_inquiries:inspect",
        "support_inquiries:history",
        "support_chat:index",
        "support_chat:inspect",
        "support_chat:history",
    ],
    "Warehouse worker": [
        "commerce_orders:index",
        "commerce_orders:inspect",
        "commerce_orders:history",
    ],
    "Accountant": ["commerce_orders:index", "commerce_orders:inspect", "commerce_orders:history"],
}


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(MUST_REACH))
def test_each_role_reaches_its_own_screens(client, world, role):
    client.force_login(world["accounts"][role])
    routes = dict(admin_patterns())
    for name in MUST_REACH[role]:
        assert name in routes, name
        url = build_url(name, routes[name], world)
        response = client.get(url)
        assert response.status_code == 200, (role, name, url, response.status_code)
