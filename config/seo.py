"""Search-engine helpers that know no app (issue 14.7): the text a page is summed up by, the
Open Graph name of a language, and JSON-LD that is safe inside ``<script>``.

The pieces that know the shop live beside what they describe: robots.txt and the sitemap in
``home.seo``, a product's schema.org data in ``catalog.seo``, the tags in every page's head in
``home/templatetags/seo_tags.py``.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

# Open Graph wants language_TERRITORY (https://ogp.me/#optional).
OG_LOCALES = {"uk": "uk_UA", "en": "en_GB"}

# The characters Django's ``json_script`` escapes: no ``</script>`` or ``<!--`` can be formed
# from a value, whatever a product title holds. JSON reads them back unchanged.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def og_locale(language_code: str) -> str:
    """``"uk"`` → ``"uk_UA"``; a language without an entry → its code."""
    return OG_LOCALES.get(language_code, language_code)


def page_summary(page, *, limit: int = 160) -> str:
    """What a page is about, as plain text of at most ``limit`` characters: the editor's
    search description (Wagtail's Promote tab), else the text of the page's ``intro`` or
    ``description`` (rich text, tags stripped), else ``""``."""
    text = (getattr(page, "search_description", "") or "").strip()
    if not text:
        for field in ("intro", "description"):
            html = getattr(page, field, "") or ""
            text = " ".join(strip_tags(str(html)).split())
            if text:
                break
    return Truncator(text).chars(limit) if text else ""


def json_ld_script(data) -> SafeString:
    """``data`` (a dict of JSON types, dates, Decimals) as
    ``<script type="application/ld+json">…</script>`` with ``<``, ``>`` and ``&`` escaped as
    ``json_script`` does. The CSP needs no nonce for it: browsers never run a script element
    of a non-JavaScript type (a "data block"), so ``script-src`` does not apply."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_JSON_SCRIPT_ESCAPES)),  # noqa: S308 - escaped just above
    )
