"""What a product page tells search engines (issue 14.7): a schema.org ``Product`` with its
``Offer`` and, once buyers have rated it (issue 16.5), its ``AggregateRating`` as JSON-LD.
(Its Open Graph image is the main photo's gallery rendition, chosen in
``ProductPage.get_context``.)"""

from django.conf import settings

from commerce.money import quantize_money
from config.seo import page_summary

IN_STOCK = "https://schema.org/InStock"
OUT_OF_STOCK = "https://schema.org/OutOfStock"


def product_json_ld(*, page, request, offer, in_stock: bool, image, rating=None) -> dict:
    """schema.org ``Product`` of ``page`` (a ProductPage) for ``request``.

    ``offer``: the price a guest sees (``commerce.pricing.offers.Offer``, UAH) or None (a
    product without a price, seen only in the editor's preview: no ``offers`` then);
    ``in_stock``: sellable pieces in an active store; ``image``: the main photo's rendition or
    None; ``rating``: the ready ``catalog.ProductRating`` or None — an ``aggregateRating``
    is given only when at least one visible review has stars (search engines refuse one
    without a rating). URLs are absolute, for the request's host. Returns a dict for
    ``config.seo.json_ld_script``::

        {"@context": "https://schema.org", "@type": "Product", "name": …, "sku": …,
         "url": …, "description": …, "image": [url],
         "offers": {"@type": "Offer", "url": …, "price": "65.00", "priceCurrency": "UAH",
                    "availability": "https://schema.org/InStock"},
         "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.50",
                             "bestRating": 5, "worstRating": 1, "ratingCount": 10,
                             "reviewCount": 12}}
    """
    url = request.build_absolute_uri(page.get_url(request))
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": page.title,
        "sku": page.sku,
        "url": url,
    }
    description = page_summary(page, limit=500)
    if description:
        data["description"] = description
    if image is not None:
        data["image"] = [request.build_absolute_uri(image.url)]
    if offer is not None:
        data["offers"] = {
            "@type": "Offer",
            "url": url,
            "price": str(quantize_money(offer.current)),
            "priceCurrency": settings.SHOP_CURRENCY,
            "availability": IN_STOCK if in_stock else OUT_OF_STOCK,
        }
    if rating is not None and rating.rating_count:
        data["aggregateRating"] = {
            "@type": "AggregateRating",
            "ratingValue": str(rating.rating_average),
            "bestRating": 5,
            "worstRating": 1,
            "ratingCount": rating.rating_count,
            "reviewCount": rating.review_count,
        }
    return data
