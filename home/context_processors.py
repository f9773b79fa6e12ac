"""The header's menu and the footer on every shopper page (home.navigation)."""

from django.utils.functional import SimpleLazyObject


def site_navigation(request):
    from home.navigation import navigation

    # Lazy: pages that never render the header (admin, JSON) pay nothing for it.
    return {"navigation": SimpleLazyObject(lambda: navigation(request))}
