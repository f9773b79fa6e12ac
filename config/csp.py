"""The Content-Security-Policy (issue 12.9) through django-csp 4.0, and its two additions.

Why a policy at all: a script smuggled into a page (a product description, a review, a
customer's comment shown to staff) must not run. Shopper pages load nothing but our own
static files (no inline ``<script>``, no CDN), so their policy is ``'self'`` and nothing more.

Two additions are made per request by ``ShopCSPMiddleware``:

- **Braintree**, only when live credentials are set (the test of
  ``commerce.payments.braintree_gateway.is_live()``; the offline simulator needs nothing):
  Hosted Fields run in iframes served from assets.braintreegateway.com and the client talks
  to Braintree's APIs. Hosts as Braintree's CSP guidance and the vendored braintree-web
  3.144.0 (``static/js/vendor``) use them, plus the hash of the one ``style`` attribute that
  SDK writes into our page (below).
- **The Wagtail admin** (everything under its URL prefix) gets ``'unsafe-inline'`` for scripts
  and styles. Wagtail 8.0 still renders inline ``<script>`` for its date/time widgets (the
  page editor's go-live dates, listings' date filters), InlinePanel and MultipleChooserPanel
  (templates under ``wagtailadmin/widgets/`` and ``wagtailadmin/panels/``; wagtail/wagtail#1288
  is open), and inline ``style`` attributes and elements in its own templates and ours
  (``commerce/orders/admin/``, ``commerce/pricing/``); the multiple-image upload shows
  ``blob:`` thumbnails. Nonces cannot help: Wagtail's templates carry none, and a nonce makes
  browsers ignore ``'unsafe-inline'``. Staff pages are reached only after login; shoppers
  never get this.
"""

import base64
import hashlib
from functools import cache

from csp.constants import NONE, SELF, UNSAFE_HASHES, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.urls import reverse

# Shopper pages: our own files only. ``data:`` images are what stylesheets (ours, Swagger UI's
# on the bot API docs) inline; ``frame-ancestors 'self'`` matches X_FRAME_OPTIONS and lets the
# admin preview pages in its own iframe.
DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "frame-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}

# Live Braintree (Hosted Fields): the card fields are iframes from the assets host; the client
# fetches its configuration from the API hosts (sandbox and production), tokenizes through
# GraphQL (*.braintree-api.com) and reports analytics (Braintree's documented
# client-analytics hosts; braintree-web 3.144 posts to PayPal's logger instead).
# On phones and in Firefox, Hosted Fields put hidden "focus intercept" inputs beside each
# field and hide them with setAttribute("style", this) (braintree-web's focus-intercept.js).
# Allowing exactly this attribute by its hash keeps every other inline style blocked.
BRAINTREE_FOCUS_INTERCEPT_STYLE = (
    "border:none !important;display:block !important;height:1px !important;"
    "left:-1px !important;opacity:0 !important;position:absolute !important;"
    "top:-1px !important;width:1px !important"
)


def source_hash(text: str) -> str:
    """The CSP source expression (``'sha256-…'``) that allows exactly ``text``."""
    digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
    return f"'sha256-{digest}'"


BRAINTREE_DIRECTIVES = {
    "script-src": ["https://js.braintreegateway.com", "https://assets.braintreegateway.com"],
    "style-src": [UNSAFE_HASHES, source_hash(BRAINTREE_FOCUS_INTERCEPT_STYLE)],
    "frame-src": ["https://assets.braintreegateway.com"],
    "img-src": ["https://assets.braintreegateway.com"],
    "connect-src": [
        "https://api.braintreegateway.com",
        "https://api.sandbox.braintreegateway.com",
        "https://client-analytics.braintreegateway.com",
        "https://client-analytics.sandbox.braintreegateway.com",
        "https://payments.braintree-api.com",
        "https://payments.sandbox.braintree-api.com",
        "https://www.paypal.com/xoplatform/logger/",
    ],
}

# The Wagtail admin's needs (see the module docstring for why each is there).
ADMIN_DIRECTIVES = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["blob:"],  # thumbnails of images being uploaded ("Add multiple images")
}


def braintree_live() -> bool:
    """The same test as ``commerce.payments.braintree_gateway.is_live()`` (config sits below
    commerce and cannot import it; a test keeps the two in step)."""
    return bool(
        settings.BRAINTREE_MERCHANT_ID
        and settings.BRAINTREE_PUBLIC_KEY
        and settings.BRAINTREE_PRIVATE_KEY
    )


@cache
def admin_prefix() -> str:
    """Where the Wagtail admin is mounted (``/admin/``), read from the URLconf once."""
    return reverse("wagtailadmin_home")


def _merged(*updates: dict | None) -> dict:
    merged: dict[str, list] = {}
    for update in updates:
        for directive, sources in (update or {}).items():
            merged.setdefault(directive, []).extend(sources)
    return merged


class ShopCSPMiddleware(CSPMiddleware):
    """django-csp's middleware plus the Braintree and admin additions (module docstring)."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(admin_prefix()):
            # Never Braintree's hash here: beside a hash, browsers ignore 'unsafe-inline'.
            addition = ADMIN_DIRECTIVES
        else:
            addition = BRAINTREE_DIRECTIVES if braintree_live() else None
        parts.update = _merged(parts.update, addition) or None
        return parts
