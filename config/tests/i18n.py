"""Helpers for tests of the Ukrainian shop (the suite itself runs in English)."""

from contextlib import contextmanager

from django.test import override_settings
from django.urls import clear_url_caches
from django.utils import translation
from django.utils.translation import gettext, pgettext


def uk(text: str, context: str | None = None) -> str:
    """The Ukrainian catalog's word for ``text`` (so tests follow the translators); fails
    when there is none."""
    with translation.override("uk"):
        translated = pgettext(context, text) if context else gettext(text)
    assert translated != text, f"no Ukrainian for {text!r}"
    return translated


@contextmanager
def ukrainian_shop():
    """The shop on its real default language. URL resolvers cache each language's prefix
    when they first reverse in it, and Django does not clear them when LANGUAGE_CODE changes:
    they are cleared on the way in and out, or later tests would reverse to /en/… addresses."""
    try:
        with override_settings(LANGUAGE_CODE="uk"):
            clear_url_caches()
            yield
    finally:
        clear_url_caches()
