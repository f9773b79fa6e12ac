"""What every shopper page tells search engines and link previews (issue 14.7): the
canonical address, its ``hreflang`` alternates, the meta description, Open Graph, and
schema.org JSON-LD (the breadcrumb trail here, a product's data from ``catalog.seo``)."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page

from catalog.glossary import term
from catalog.routing import ancestors_of
from config.seo import json_ld_script, og_locale, page_summary
from home.templatetags.language_tags import language_versions

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_head(context) -> dict:
    """The head's SEO data for the request (all URLs absolute, on the request's host)::

        {"canonical": the address without query string (sorted or paged listings
                      canonicalise to the listing itself),
         "alternates": [{"code": "uk", "url": …}, …] (the same path in every language),
         "x_default": the default language's one,
         "locale": "uk_UA", "alternate_locales": ["en_GB"],
         # on Wagtail pages only:
         "title": the Promote tab's SEO title, else the title,
         "description": the Promote tab's search description, else the intro's text,
         "type": the page class's ``og_type`` ("product") or "website",
         "image": {"url", "width", "height"} of the context's ``seo_image`` rendition}

    ``{}`` without a request."""
    request = context.get("request")
    if request is None:
        return {}
    current = get_language()
    alternates = [
        {"code": code, "url": request.build_absolute_uri(url)}
        for code, _name, url in language_versions(request.path)
    ]
    data = {
        "canonical": request.build_absolute_uri(request.path),
        "alternates": alternates,
        "x_default": next(
            (item["url"] for item in alternates if item["code"] == settings.LANGUAGE_CODE), ""
        ),
        "locale": og_locale(current),
        "alternate_locales": [
            og_locale(item["code"]) for item in alternates if item["code"] != current
        ],
    }
    page = context.get("page")
    if isinstance(page, Page):
        data["title"] = page.seo_title or term(page.title)
        data["description"] = page_summary(page)
        data["type"] = getattr(page, "og_type", "website")
        image = context.get("seo_image")
        if image is not None:
            data["image"] = {
                "url": request.build_absolute_uri(image.url),
                "width": image.width,
                "height": image.height,
            }
    return data


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page) -> list[dict]:
    """``[{"title", "url", "absolute_url"}, …]`` from the home page down to ``page`` itself
    (the tree's root is left out); titles as ``term`` shows them. No query when the page is
    being served (routing met its ancestors), else one."""
    request = context.get("request")
    pages = [ancestor for ancestor in ancestors_of(page) if ancestor.depth > 1] + [page]
    trail = []
    for crumb in pages:
        url = crumb.get_url(request)
        trail.append(
            {
                "title": term(crumb.title),
                "url": url,
                "absolute_url": request.build_absolute_uri(url) if request else url,
            }
        )
    return trail


@register.simple_tag
def breadcrumb_json_ld(trail: list[dict]):
    """schema.org ``BreadcrumbList`` of ``breadcrumb_trail``'s items (positions from 1) as a
    JSON-LD script."""
    return json_ld_script(
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": crumb["title"],
                    "item": crumb["absolute_url"],
                }
                for position, crumb in enumerate(trail, start=1)
            ],
        }
    )


@register.filter
def json_ld(data):
    """``{{ product_json_ld|json_ld }}``: a dict as a safely escaped JSON-LD script
    (``config.seo.json_ld_script``); nothing for an empty value."""
    return json_ld_script(data) if data else ""
