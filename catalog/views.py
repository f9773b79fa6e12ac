"""Shopper views of the catalog that are not pages of the tree: search (issue 15.1)."""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from catalog import search
from catalog.selectors import top_categories


@require_GET
def search_view(request):
    """``/search/?q=``: an exact SKU opens its product; otherwise the results page (tiles,
    16 per page, sortable), a "did you mean" page for a typo, or help for an empty query or
    no result. Works without JavaScript."""
    from commerce.pricing.offers import attach_offers

    query = search.clean_query(request.GET.get("q"))
    sort = request.GET.get("sort")
    sort = sort if sort in search.SEARCH_SORTS else search.RELEVANCE
    context = {
        "search_query": query,
        "sort": sort,
        "sort_options": search.SEARCH_SORT_OPTIONS,
        "results": None,
        "suggestion": None,
    }
    if query:
        product = search.product_for_sku(query)
        if product is not None:
            return redirect(product.get_url(request))
        results = search.search_results(query, sort=sort, page_number=request.GET.get("page"))
        if not results.count:
            suggestion = search.did_you_mean(query)
            if suggestion:
                context["suggestion"] = suggestion
                results = search.search_results(suggestion, sort=sort, page_number=None)
        context["results"] = results
        attach_offers(results.products.object_list, request)
    if not context["results"] or not context["results"].count:
        context["categories"] = top_categories()
    return render(request, "catalog/search_results.html", context)


@require_GET
def suggest_view(request):
    """``/search/suggest/?q=``: the header's suggestion list, an HTML fragment for htmx (empty
    when nothing matches, which closes the list)."""
    query = search.clean_query(request.GET.get("q"))
    context = {"search_query": query, **search.suggestions(query)}
    return render(request, "catalog/search_suggestions.html", context)
