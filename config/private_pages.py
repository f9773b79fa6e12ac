"""``Cache-Control: private, no-store`` on shopper pages that carry personal data (issue 12.9).

The cart, checkout, order page and account pages (ours and allauth's) show names, phones,
addresses and orders; no shared cache (a proxy, a CDN) and no browser history on a shared
computer may keep them. One middleware keyed on URL names rather than a decorator on each
view: a view added to one of these families later is covered without anyone remembering to.
Public pages (home, catalog, products) stay cacheable.
"""

from django.conf import settings
from django.utils.cache import add_never_cache_headers


def is_private(request) -> bool:
    """Whether the resolved view's URL name starts with one of
    ``settings.SHOP_PRIVATE_URL_NAME_PREFIXES``."""
    match = getattr(request, "resolver_match", None)
    name = match.url_name if match else None
    return bool(name) and name.startswith(tuple(settings.SHOP_PRIVATE_URL_NAME_PREFIXES))


class PrivatePagesMiddleware:
    """Adds Django's never-cache headers (``max-age=0, no-cache, no-store, must-revalidate,
    private``) to every answer of a private URL, redirects and errors included."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_private(request):
            add_never_cache_headers(response)
        return response
