"""Issue 12.9: the security headers every answer carries, and which answers must not be cached.

The browser tests (``catalog.tests.browser``) prove that pages really work under the policy;
these tests pin what the policy says and where it differs.
"""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse

from catalog.tests.factories import CategoryPageFactory, make_product
from commerce.customers.models import Customer
from commerce.payments.braintree_gateway import is_live
from commerce.testing import place_test_order
from config.csp import BRAINTREE_FOCUS_INTERCEPT_STYLE, braintree_live, source_hash

LIVE_BRAINTREE = {
    "BRAINTREE_MERCHANT_ID": "merchant",
    "BRAINTREE_PUBLIC_KEY": "public",
    "BRAINTREE_PRIVATE_KEY": "private",
}


def directives(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as {directive: [sources]}."""
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        name, *sources = part.split()
        assert name not in parsed, f"{name} given twice in {policy}"
        parsed[name] = sources
    return parsed


def never_cached(response) -> bool:
    parts = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= parts


@pytest.fixture
def product(catalog, kyiv):
    plants = CategoryPageFactory(parent=catalog, title="Plants", slug="plants")
    return make_product(plants, sku="PL-1", title="Rotala", price="65.00", stock={kyiv: 5})


@pytest.mark.django_db
def test_storefront_policy_allows_our_own_files_only(client, product):
    for url in ("/", product.url):
        response = client.get(url)
        assert response.status_code == 200
        policy = directives(response)
        assert policy["default-src"] == ["'self'"]
        assert policy["script-src"] == ["'self'"]  # no inline script, no CDN
        assert policy["style-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["base-uri"] == ["'self'"]
        assert policy["form-action"] == ["'self'"]
        assert policy["frame-ancestors"] == ["'self'"]
        assert "braintree" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_admin_policy_adds_only_what_wagtail_needs(client, role_user):
    client.force_login(role_user("Sales operator"))
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["img-src"] == ["'self'", "data:", "blob:"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_braintree_hosts_only_with_live_credentials(client):
    assert not is_live() and not braintree_live()
    assert "braintree" not in client.get("/")["Content-Security-Policy"]
    with override_settings(**LIVE_BRAINTREE):
        assert is_live() and braintree_live()
        policy = directives(client.get("/"))
    assert policy["script-src"][0] == "'self'"
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "https://assets.braintreegateway.com" in policy["frame-src"]
    assert {
        "https://api.braintreegateway.com",
        "https://client-analytics.braintreegateway.com",
        "https://payments.braintree-api.com",
    } <= set(policy["connect-src"])
    assert policy["style-src"] == [
        "'self'",
        "'unsafe-hashes'",
        source_hash(BRAINTREE_FOCUS_INTERCEPT_STYLE),
    ]


@pytest.mark.django_db
def test_admin_policy_takes_no_braintree_hash_which_would_void_unsafe_inline(client, role_user):
    client.force_login(role_user("Sales operator"))
    with override_settings(**LIVE_BRAINTREE):
        policy = directives(client.get("/admin/"))
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert "braintree" not in " ".join(sum(policy.values(), []))


def test_the_hashed_style_is_the_one_the_vendored_sdk_writes():
    """braintree-web builds the attribute from an object literal: keys and values joined by
    ':' and ';'. A new SDK version with other styles fails here, not on a shopper's phone."""
    sdk = Path(__file__).resolve().parents[2] / "static/js/vendor/braintree-web/hosted-fields.js"
    literal = re.search(r"var focusInterceptStyles = (\{.*?\});", sdk.read_text(), re.S)
    pairs = re.findall(r'([\w-]+): "([^"]*)"', literal.group(1))
    assert ";".join(f"{key}:{value}" for key, value in pairs) == BRAINTREE_FOCUS_INTERCEPT_STYLE


@pytest.mark.parametrize("missing", sorted(LIVE_BRAINTREE))
def test_csp_and_the_gateway_agree_on_live_mode(missing):
    with override_settings(**{**LIVE_BRAINTREE, missing: ""}):
        assert braintree_live() is is_live() is False


@pytest.mark.django_db
def test_permissions_policy_turns_off_what_a_shop_never_uses(client):
    header = client.get("/")["Permissions-Policy"]
    features = dict(item.split("=", 1) for item in header.split(", "))
    for feature in ("camera", "microphone", "geolocation", "usb", "browsing-topics"):
        assert features[feature] == "()"
    assert features["payment"] == "(self)"


@pytest.mark.django_db
def test_pages_with_personal_data_are_never_cached(client, product, kyiv):
    order = place_test_order(
        product=product,
        store=kyiv,
        quantity=1,
        payment_method="card",
        token="headers",
        customer=Customer.objects.create(phone="+380671234567", first_name="Olena"),
    )
    client.post(reverse("cart_add"), {"product": product.pk})
    pages = {
        "cart": client.get(reverse("cart")),
        "checkout": client.get(reverse("checkout_who")),
        "order page": client.get(order.private_path()),
        "login": client.get(reverse("account_login")),
    }
    user = get_user_model().objects.create_user(email="marta@example.com", password="pw-123-Xy")
    client.force_login(user)
    pages["account overview"] = client.get(reverse("account_overview"))
    pages["account orders"] = client.get(reverse("account_orders"))
    for name, response in pages.items():
        assert response.status_code == 200, name
        assert never_cached(response), (name, response.get("Cache-Control"))


@pytest.mark.django_db
def test_htmx_cart_answers_and_redirects_are_never_cached_either(client, product):
    added = client.post(reverse("cart_add"), {"product": product.pk})
    assert added.status_code in (200, 302)
    assert never_cached(added)
    anonymous_account = client.get(reverse("account_overview"))
    assert anonymous_account.status_code == 302  # to the login page
    assert never_cached(anonymous_account)


@pytest.mark.django_db
def test_public_pages_stay_cacheable(client, product):
    for url in ("/", product.url, product.get_parent().url):
        response = client.get(url)
        assert response.status_code == 200
        cache_control = response.get("Cache-Control", "")
        assert "no-store" not in cache_control and "private" not in cache_control, url
