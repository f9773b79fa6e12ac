"""Reads for the shop's shared pages (home page, header navigation), each in a fixed number of
queries. Visibility itself (visible / listed) is ``ProductPage.objects``' queryset
(SPEC §1); category and product pages read their own context."""

from catalog.models import CategoryPage

# The tree rules fix the depths: root 1 → HomePage 2 (one) → CatalogPage 3 (one) → categories 4.
TOP_CATEGORY_DEPTH = 4


def top_categories() -> list[CategoryPage]:
    """Live categories directly under the catalog root, in tree order (one query)."""
    return list(CategoryPage.objects.live().filter(depth=TOP_CATEGORY_DEPTH).order_by("path"))
