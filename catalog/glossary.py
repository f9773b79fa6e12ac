"""The catalog's dictionary words in the shopper's language (issue 13.2).

Units, sale units, parameter names and choice values, category, store and delivery-method
names are data typed by staff, so they never pass through ``gettext`` on their own. The ones
the shop uses again and again are listed here and in ``catalog.demo.terms`` with the context
"catalog term"; the Ukrainian catalog translates them, and ``term`` shows a word in the active
language when the catalog has it, as typed otherwise. A shop whose staff write in Ukrainian
needs nothing: their words come back unchanged. (Translating whole pages, product names and
descriptions is content translation, which Wagtail's locales do; the demo keeps its content as
it is.)
"""

from django.utils.translation import pgettext, pgettext_lazy

# Written out in every call below too: xgettext reads only literal contexts.
CONTEXT = "catalog term"


def term(text: str) -> str:
    """``text`` in the active language if the glossary has it, else ``text`` itself:
    ``"cm"`` → ``"см"`` in Ukrainian; ``"Rotala"`` → ``"Rotala"``."""
    if not text:
        return text
    return pgettext(CONTEXT, str(text))


# Units staff type into parameter definitions and sale units (SI symbols and the shop's own).
UNITS = (
    pgettext_lazy("catalog term", "pc"),
    pgettext_lazy("catalog term", "pcs"),
    pgettext_lazy("catalog term", "g"),
    pgettext_lazy("catalog term", "kg"),
    pgettext_lazy("catalog term", "mg"),
    pgettext_lazy("catalog term", "l"),
    pgettext_lazy("catalog term", "ml"),
    pgettext_lazy("catalog term", "mm"),
    pgettext_lazy("catalog term", "cm"),
    pgettext_lazy("catalog term", "m"),
    pgettext_lazy("catalog term", "in"),
    pgettext_lazy("catalog term", "W"),
    pgettext_lazy("catalog term", "W/l"),
    pgettext_lazy("catalog term", "V"),
    pgettext_lazy("catalog term", "mAh"),
    pgettext_lazy("catalog term", "Hz"),
    pgettext_lazy("catalog term", "GHz"),
    pgettext_lazy("catalog term", "MB"),
    pgettext_lazy("catalog term", "GB"),
    pgettext_lazy("catalog term", "TB"),
    pgettext_lazy("catalog term", "h"),
    pgettext_lazy("catalog term", "mg/l"),
    pgettext_lazy("catalog term", "dGH"),
    pgettext_lazy("catalog term", "1 pc"),
)
