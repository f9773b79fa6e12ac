"""Header navigation: the catalog's top-level categories, on every page."""

from django.utils.functional import SimpleLazyObject


def catalog_navigation(request):
    from catalog.selectors import top_categories

    # Lazy: pages that never render the header (admin, JSON) pay no query for it.
    return {"nav_categories": SimpleLazyObject(top_categories)}
