"""Reads for the shop's shared pages (home page, header navigation), each in a fixed number of
queries. Visibility itself (visible / listed) is ``ProductPage.objects``' queryset
(SPEC §1); category and product pages read their own context."""

from collections.abc import Iterable

from catalog.models import CategoryPage, ProductPage

# The tree rules fix the depths: root 1 → HomePage 2 (one) → CatalogPage 3 (one) → categories 4.
TOP_CATEGORY_DEPTH = 4


def top_categories() -> list[CategoryPage]:
    """Live categories directly under the catalog root, in tree order (one query)."""
    return list(CategoryPage.objects.live().filter(depth=TOP_CATEGORY_DEPTH).order_by("path"))


def listed_tiles(ids: Iterable[int]) -> dict[int, ProductPage]:
    """The listed products among ``ids`` (id → product) with what a tile needs, in the fixed
    number of queries of ``with_tile_data``; products not on sale are left out."""
    return {
        product.pk: product
        for product in ProductPage.objects.listed().filter(pk__in=list(ids)).with_tile_data()
    }


def listed_in_order(ids: list[int]) -> list[ProductPage]:
    """``listed_tiles`` in the order of ``ids`` (an editor's choice of products)."""
    tiles = listed_tiles(ids)
    return [tiles[pk] for pk in ids if pk in tiles]
