"""Template helpers for shop pages: money in the shop currency, the catalog's dictionary
words in the active language (``term``), sort/page links."""

from django import template

from catalog.glossary import term
from commerce.money import format_money

register = template.Library()

# {{ store.name|term }}: a dictionary word of the catalog in the active language.
register.filter("term", term)


@register.filter
def money(value):
    """``{{ price|money }}`` → ``38 999.00 грн``; empty for None or an empty value."""
    if value in (None, ""):
        return ""
    return format_money(value)


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with ``changes`` applied (``None`` removes a key)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"
