"""The header's language switch (issue 13): plain links to the same page in each language,
so switching needs no JavaScript, no POST and no cookie, and every language has its own
cacheable address (config/urls.py). The same addresses are the page's ``hreflang``
alternates (``seo_tags``, issue 14.7)."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

register = template.Library()


def language_versions(path: str) -> list[tuple[str, str, str]]:
    """``[("uk", "Українська", "/cart/"), ("en", "English", "/en/cart/")]``: ``path`` (with
    or without a query string) in every language of ``settings.LANGUAGES``."""
    return [(code, name, translate_url(path, code)) for code, name in settings.LANGUAGES]


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """``[{"code": "uk", "name": "Українська", "url": "/cart/", "current": True}, …]`` for
    the current request's path (with its query string) in every language of
    ``settings.LANGUAGES``."""
    request = context.get("request")
    path = request.get_full_path() if request else "/"
    current = get_language()
    return [
        {"code": code, "name": name, "url": url, "current": code == current}
        for code, name, url in language_versions(path)
    ]
