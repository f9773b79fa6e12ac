"""Issue 13.1: the Ukrainian catalog is complete, up to date with the code and compiled.

A string marked for translation in the code but missing from ``django.po``, an entry left
untranslated or fuzzy, or a ``django.mo`` that does not match its ``.po`` each fail here, so
every new template and message is born translated (``make messages`` fixes the first)."""

import importlib.util
import re
import shutil
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "locale" / "uk" / "LC_MESSAGES" / "django.po"
# Ukrainian for Wagtail's strings its own uk catalog lacks (scripts/messages.py).
UPSTREAM_PO = ROOT / "locale_upstream" / "uk" / "LC_MESSAGES" / "django.po"
CATALOGS = pytest.mark.parametrize("catalog", [PO, UPSTREAM_PO], ids=["shop", "upstream"])


def _messages_script():
    spec = importlib.util.spec_from_file_location("messages", ROOT / "scripts" / "messages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def entries(po: polib.POFile) -> set[tuple]:
    return {(e.msgctxt, e.msgid, e.msgid_plural) for e in po if not e.obsolete}


@CATALOGS
def test_every_entry_is_translated_and_none_is_fuzzy(catalog):
    po = polib.pofile(str(catalog))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert untranslated == [] and fuzzy == []


@CATALOGS
def test_the_header_is_ukrainian_with_djangos_plural_forms(catalog):
    """The same plural rule as Django's own Ukrainian catalog (four forms: one, few, many,
    and fractions), so ngettext picks the same form in our strings and in Django's."""
    import django

    po = polib.pofile(str(catalog))
    djangos = polib.pofile(
        str(Path(django.__file__).parent / "conf/locale/uk/LC_MESSAGES/django.po")
    )
    assert po.metadata["Language"] == "uk" and not po.metadata_is_fuzzy
    assert po.metadata["Plural-Forms"] == djangos.metadata["Plural-Forms"]


@CATALOGS
def test_the_compiled_catalog_matches_the_po(catalog):
    po, mo = polib.pofile(str(catalog)), polib.mofile(str(catalog.with_suffix(".mo")))
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in mo if e.msgid}
    written = {
        (e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural)
        for e in po
        if not e.obsolete and not e.fuzzy and e.msgid
    }
    assert compiled == written


def test_the_catalog_holds_every_string_the_code_marks(tmp_path):
    """The same extraction as ``make messages``, in a copy of the source tree (Django writes
    beside the files it reads): nothing new, nothing stale."""
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext is missing: `make gettext` (make test runs it) installs it")
    copy = tmp_path / "tree"
    skip = {".git", ".venv", "var", "media", "staticfiles", "test-artifacts", "mutants"}
    shutil.copytree(
        ROOT,
        copy,
        ignore=lambda folder, names: [n for n in names if n in skip or n.endswith(".pyc")],
    )
    _messages_script().extract(copy)
    fresh = polib.pofile(str(copy / PO.relative_to(ROOT)))
    committed = polib.pofile(str(PO))
    missing = entries(fresh) - entries(committed)
    stale = entries(committed) - entries(fresh)
    assert (sorted(missing, key=str), sorted(stale, key=str)) == ([], []), "run make messages"


PLACEHOLDER = re.compile(r"%\([a-z_0-9]+\)[sd]|%[sd]|\{\{[^}]*\}\}|</?[a-z]+[^>]*>")


@CATALOGS
def test_translations_keep_every_placeholder_and_tag(catalog):
    """A translation that drops or renames ``%(product)s`` crashes or shows the raw name; one
    that loses a tag breaks the page."""
    wrong = []
    for entry in polib.pofile(str(catalog)):
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            # One form may leave the count out ("one piece"); the names must still be there.
            expected = set(PLACEHOLDER.findall(entry.msgid_plural)) - {"%(count)d", "%d"}
            for form in entry.msgstr_plural.values():
                if not expected <= set(PLACEHOLDER.findall(form)):
                    wrong.append(entry.msgid)
        elif sorted(PLACEHOLDER.findall(entry.msgid)) != sorted(PLACEHOLDER.findall(entry.msgstr)):
            wrong.append(entry.msgid)
    assert wrong == []


def test_every_wagtail_string_its_ukrainian_catalog_lacks_is_translated_here():
    """Wagtail 8's bundled uk catalog lags behind its English one; a Wagtail upgrade that
    adds strings fails here until ``python scripts/messages.py gaps`` is empty again."""
    gaps = _messages_script().upstream_gaps()
    assert [entry.msgid for entry in gaps] == []
