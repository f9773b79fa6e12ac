"""The Ukrainian catalog (issue 13): extract every translatable string of the shop into
``locale/uk/LC_MESSAGES/django.po`` (keeping the translations made) and compile it to the
committed ``django.mo`` with polib (pure Python: running the shop needs no gettext tools).

    python scripts/messages.py extract   # makemessages (needs GNU gettext: make messages)
    python scripts/messages.py compile   # .po → .mo, for both catalogs below
    python scripts/messages.py gaps      # Wagtail strings its uk catalog lacks, not yet in
                                         # locale_upstream (after a Wagtail upgrade)

``locale_upstream/uk/LC_MESSAGES/django.po`` holds Ukrainian for the strings of Wagtail's
English catalogs that its bundled Ukrainian ones do not translate yet (Wagtail's uk catalog
lags behind Wagtail 8: "Show filters", "Toggle breadcrumbs"…), so the admin around the
shop's screens reads Ukrainian too. It is listed after ``locale`` in LOCALE_PATHS.

``config/tests/test_i18n_catalog.py`` runs the same extraction into a temporary folder and
fails when the committed catalog is out of date, incomplete or not compiled.
"""

import os
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "locale"
UPSTREAM_DIR = ROOT / "locale_upstream"
LANGUAGES = ["uk"]
# Not the shop's own text: tests, generated or downloaded files, scratch folders.
IGNORE = [
    "*/tests/*",
    "conftest.py",
    "*/testing.py",
    "bench/*",
    "mutants/*",
    "media/*",
    "staticfiles/*",
    "static/js/vendor/*",
    "test-artifacts/*",
    "var/*",
    "node_modules/*",
]


def catalog(locale_dir: Path, language: str) -> Path:
    return locale_dir / language / "LC_MESSAGES" / "django.po"


def extract(root: Path = ROOT) -> None:
    """Run ``makemessages`` for every language in the source tree at ``root`` (its
    ``locale/``). Django writes to the ``locale/`` folder above the files it reads, so a check
    that must not touch the committed catalog runs this in a copy of the tree."""
    command = [sys.executable, "manage.py", "makemessages", "--no-obsolete"]
    command += ["--add-location=file", "--no-wrap"]
    for language in LANGUAGES:
        command += ["-l", language]
    for pattern in IGNORE:
        command += ["--ignore", pattern]
    env = {
        **os.environ,
        "SHOP_LOCALE_DIR": str(root / "locale"),
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
    }
    subprocess.run(command, cwd=root, env=env, check=True, capture_output=True)


def compile_catalogs(locale_dirs: tuple[Path, ...] = (LOCALE_DIR, UPSTREAM_DIR)) -> None:
    """Write ``django.mo`` beside every ``django.po``."""
    for locale_dir in locale_dirs:
        for language in LANGUAGES:
            po = catalog(locale_dir, language)
            polib.pofile(str(po)).save_as_mofile(str(po.with_suffix(".mo")))


def upstream_gaps(language: str = "uk") -> list[polib.POEntry]:
    """Entries of Wagtail's English catalogs (django domain) that neither Wagtail's catalog
    for ``language`` nor ``locale_upstream`` translates, each once."""
    import wagtail

    ours = polib.pofile(str(catalog(UPSTREAM_DIR, language)))
    done = {(e.msgctxt, e.msgid) for e in ours if e.translated()}
    gaps = {}
    for english in sorted(Path(wagtail.__file__).parent.glob("**/locale/en/LC_MESSAGES/django.po")):
        translated = english.parent.parent.parent / language / "LC_MESSAGES" / "django.po"
        if translated.exists():
            done |= {(e.msgctxt, e.msgid) for e in polib.pofile(str(translated)) if e.translated()}
        for entry in polib.pofile(str(english)):
            gaps.setdefault((entry.msgctxt, entry.msgid), entry)
    return [entry for key, entry in gaps.items() if key not in done and entry.msgid]


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else ""
    if action == "extract":
        extract()
    elif action == "compile":
        compile_catalogs()
    elif action == "gaps":
        for entry in upstream_gaps():
            print(entry)
    else:
        sys.exit("usage: python scripts/messages.py extract|compile|gaps")
