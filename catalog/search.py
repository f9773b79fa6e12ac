"""Product search for shoppers (issue 15.1): reads only.

Matching goes through Wagtail's search framework (the ``database`` backend: SQLite FTS5 here,
PostgreSQL full-text in production) over the indexed fields of ``ProductPage``: title, SKU,
description and ``search_terms`` (parameter values and category titles in both languages).
The index knows nothing of price and stock: the backend returns the matching live products
by relevance, and the visibility rules (no price → never; out of stock → last, marked) are
applied in SQL on every request, so they are as current as the price and stock tables.

A results page costs a fixed number of queries whatever the catalog's size: the SKU jump,
the full-text match, the visible rows with their stock flag (sorted), and the page's 16 tiles
with their photos — at most ``MAX_RESULTS`` matches are ranked.
"""

import difflib
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Exists, OuterRef
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from catalog.glossary import term
from catalog.models import CategoryPage, ProductPage, StockRecord
from catalog.models.pages import SORT_OPTIONS, SORTS, SortOption, normalize_sku

MAX_QUERY_LENGTH = 100
MAX_RESULTS = 500  # ranked matches; a query matching more is too vague to page through
# Matches sorted by price, name, popularity or newest: the sort must see them all to put the
# cheapest first; beyond this a query names a large part of the catalog.
MAX_SORTED_RESULTS = 10000
SUGGESTIONS = 6  # products in the header's suggestion list
CATEGORY_SUGGESTIONS = 3
MIN_SUGGEST_LENGTH = 2
# difflib's ratio for the SQLite typo fallback: 0.75 lets one wrong letter through in words of
# five letters and more ("lileopsis" → "lilaeopsis"), not in shorter ones.
CLOSE_MATCH_CUTOFF = 0.75
# pg_trgm's word similarity for the PostgreSQL fallback ("lileopsis" ↔ "Lilaeopsis": ~0.6).
TRIGRAM_THRESHOLD = 0.4
VOCABULARY_TITLES = 5000

WORD = re.compile(r"\w+")

RELEVANCE = "relevance"
SEARCH_SORT_OPTIONS = (SortOption(RELEVANCE, _("Relevance"), ()), *SORT_OPTIONS)
SEARCH_SORTS = {option.key for option in SEARCH_SORT_OPTIONS}


def clean_query(raw: str | None) -> str:
    """``"  lilaeopsis   brasil "`` → ``"lilaeopsis brasil"``; at most 100 characters."""
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


def product_for_sku(query: str) -> ProductPage | None:
    """The visible product whose SKU is exactly ``query`` (any case), or None (one query)."""
    if not query or " " in query:
        return None
    return ProductPage.objects.visible().filter(sku=normalize_sku(query)).first()


def search_words(query: str) -> str:
    """The words of ``query`` only: quotes, stars and brackets mean something to the full-text
    engines (an unpaired quote is an SQLite error), so the backend sees plain words."""
    return " ".join(WORD.findall(query))


def _matching_ids(query: str, *, ranked: bool) -> list[int]:
    """Live products matching every word of ``query``; prefix matching on titles, SKUs and
    search terms when no whole word matches ("lilaeop" → Lilaeopsis). One query each.

    ``ranked``: the best ``MAX_RESULTS`` first, by the backend's relevance; else up to
    ``MAX_SORTED_RESULTS`` in no order (the caller sorts them by price, name… in SQL, so the
    cheapest of all matches comes first, and the backend scores nothing)."""
    query = search_words(query)
    if not query:
        return []
    live = ProductPage.objects.live().only("pk")
    limit = MAX_RESULTS if ranked else MAX_SORTED_RESULTS
    options = {"operator": "and", "order_by_relevance": ranked}
    ids = [page.pk for page in live.search(query, **options)[:limit]]
    if not ids:
        ids = [page.pk for page in live.autocomplete(query, **options)[:limit]]
    return ids


def _in_stock():
    return Exists(StockRecord.objects.sellable().filter(product=OuterRef("pk")))


@dataclass
class Results:
    """One page of results: ``products`` a Paginator page of ProductPage with tile data and
    ``in_stock`` set; ``paginator``; ``count``."""

    products: object
    paginator: Paginator

    @property
    def count(self) -> int:
        return self.paginator.count


def search_results(query: str, *, sort: str, page_number: str | None) -> Results:
    """Visible matches of ``query``: in stock first, then by relevance or the chosen sort."""
    ids = _matching_ids(query, ranked=sort == RELEVANCE)
    rows = ProductPage.objects.visible().filter(pk__in=ids).annotate(in_stock=_in_stock())
    if sort == RELEVANCE:
        rank = {pk: position for position, pk in enumerate(ids)}
        ordered = sorted(
            rows.values_list("pk", "in_stock"), key=lambda row: (not row[1], rank[row[0]])
        )
    else:
        ordered = list(
            rows.order_by("-in_stock", *SORTS[sort].ordering).values_list("pk", "in_stock")
        )
    paginator = Paginator(ordered, settings.SHOP_PRODUCTS_PER_PAGE)
    page = paginator.get_page(page_number)  # not a number: the first; past the end: the last
    stock_of = dict(page.object_list)
    tiles = {
        product.pk: product
        for product in ProductPage.objects.filter(pk__in=list(stock_of)).with_tile_data()
    }
    products = []
    for pk, in_stock in stock_of.items():
        if pk in tiles:
            tiles[pk].in_stock = bool(in_stock)
            products.append(tiles[pk])
    page.object_list = products
    return Results(products=page, paginator=paginator)


def did_you_mean(query: str) -> str | None:
    """A query close to ``query`` that names visible products, for one typo: on PostgreSQL the
    product title most similar by ``pg_trgm`` word similarity, elsewhere ``query`` with each
    unknown word replaced by the closest word of the visible products' titles (difflib)."""
    if not query:
        return None
    if connection.vendor == "postgresql":
        return _trigram_suggestion(query)
    return _close_words_suggestion(query)


def _trigram_suggestion(query: str) -> str | None:
    from django.contrib.postgres.search import TrigramWordSimilarity

    return (
        ProductPage.objects.visible()
        .annotate(similarity=TrigramWordSimilarity(query, "title"))
        .filter(similarity__gte=TRIGRAM_THRESHOLD)
        .order_by("-similarity", "title")
        .values_list("title", flat=True)
        .first()
    )


def _close_words_suggestion(query: str) -> str | None:
    titles = ProductPage.objects.visible().values_list("title", flat=True)[:VOCABULARY_TITLES]
    vocabulary: dict[str, str] = {}
    for title in titles:
        for word in WORD.findall(title):
            vocabulary.setdefault(word.lower(), word)
    changed = False
    corrected = []
    for word in query.split():
        lower = word.lower()
        if lower in vocabulary or len(lower) < 4:
            corrected.append(word)
            continue
        close = difflib.get_close_matches(lower, vocabulary, n=1, cutoff=CLOSE_MATCH_CUTOFF)
        if close:
            corrected.append(vocabulary[close[0]])
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None


def suggestions(query: str) -> dict:
    """The header's suggestion list as the shopper types: ``{"products": [ProductPage],
    "categories": [CategoryPage]}``; visible products whose title, SKU or search terms begin
    with the words typed, and live categories whose name contains them in either language."""
    words = search_words(query)
    if len(words) < MIN_SUGGEST_LENGTH:
        return {"products": [], "categories": []}
    live = ProductPage.objects.live().only("pk")
    ids = [page.pk for page in live.autocomplete(words, operator="and")[: SUGGESTIONS * 4]]
    rank = {pk: position for position, pk in enumerate(ids)}
    products = sorted(
        ProductPage.objects.visible().filter(pk__in=ids).only("pk", "title", "url_path"),
        key=lambda product: rank[product.pk],
    )[:SUGGESTIONS]
    return {"products": products, "categories": matching_categories(query)}


def matching_categories(query: str) -> list[CategoryPage]:
    """Live categories whose title contains ``query`` as typed or in the glossary's Ukrainian
    or English (one query: categories are few)."""
    needle = query.casefold()
    found = []
    for category in CategoryPage.objects.live().order_by("path"):
        names = {category.title}
        for language in ("uk", "en"):
            with translation.override(language):
                names.add(term(category.title))
        if any(needle in name.casefold() for name in names):
            found.append(category)
            if len(found) == CATEGORY_SUGGESTIONS:
                break
    return found
