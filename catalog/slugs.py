"""Readable Latin page slugs (issue 14.7): the one place where the shop makes a slug.

A page titled "Акваріумні рослини" lives at ``…/akvariumni-roslyny/``: Cyrillic is written in
Latin letters by Ukraine's national transliteration (Cabinet of Ministers resolution No. 55
of 2010, the one in passports and on road signs: "Київ" → "kyiv", "Згорани" → "zghorany"),
through the maintained ``translitua`` library; anything it leaves (Russian letters, accents,
signs such as "№") goes through ``anyascii``, which Wagtail already depends on; Django's
``slugify`` then keeps ``a-z0-9-``.

How each kind of page gets its slug — ``LatinSlugMixin`` on the page class does it on save:

- **Made by code** (the catalog importer, the demo, factories): the page is added without a
  slug, or with a non-Latin one, and gets ``latin_slug(title)``, made unique among its
  siblings by ``-2``, ``-3``, ….
- **Made in the Wagtail editor**: the editor's script copies the title into the slug field as
  the editor types (Cyrillic as typed: ``WAGTAIL_ALLOW_UNICODE_SLUGS`` stays on, so a slug
  typed in Cyrillic is accepted too); on validation the slug is transliterated and, once the
  parent is known, made unique the same way. A Latin slug typed by the editor is kept as it is
  (Wagtail then refuses it if a sibling already has it).
- **Stable**: a Latin slug is never touched again: editing the title of a published page
  does not move it (Wagtail's editor does not follow the title on a live page, and the server
  only rewrites slugs that are empty or non-Latin). Should a page still carry a non-Latin slug
  from before, its next save transliterates it, and Wagtail's redirects app records the old
  address (a redirect is created on every slug change of a live page).
"""

from anyascii import anyascii
from django.utils.text import slugify
from translitua import UkrainianKMU, translit

# Page.slug holds 255 characters: leave room for the "-N" that keeps siblings apart.
MAX_BASE_LENGTH = 200


def latin_slug(text: str) -> str:
    """``"Акваріумні рослини"`` → ``"akvariumni-roslyny"``; ``"Rotala 'H'ra'"`` →
    ``"rotala-hra"``. At most ``MAX_BASE_LENGTH`` characters of ``[a-z0-9-]``; ``""`` when
    nothing readable is left (a title of signs only)."""
    latin = anyascii(translit(text or "", UkrainianKMU))
    return slugify(latin)[:MAX_BASE_LENGTH].strip("-")


def unique_child_slug(parent, base: str, *, exclude_pk: int | None = None) -> str:
    """``base``, or ``base-2``, ``base-3``, … — the first that no child of ``parent`` (a
    Wagtail page) other than ``exclude_pk`` uses. One query."""
    siblings = parent.get_children().filter(slug__startswith=base)
    if exclude_pk is not None:
        siblings = siblings.exclude(pk=exclude_pk)
    taken = set(siblings.values_list("slug", flat=True))
    candidate, counter = base, 2
    while candidate in taken:
        candidate, counter = f"{base}-{counter}", counter + 1
    return candidate


class LatinSlugMixin:
    """For Wagtail page classes (``class CategoryPage(LatinSlugMixin, Page)``): an empty or
    non-Latin slug becomes ``latin_slug`` of the slug typed, or else of the title, unique among
    the siblings; a Latin slug is left alone (module docstring).

    Runs in ``full_clean`` (the editor's form validates the page before it is saved, so the
    draft revision already holds the Latin slug) and in ``save`` (pages made by code; Wagtail
    skips ``full_clean`` for drafts). A new page validated before its parent is known (the
    editor's "add" form) is made unique when it is added to the tree.
    """

    def full_clean(self, *args, **kwargs):
        self.ensure_latin_slug()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.ensure_latin_slug()
        return super().save(*args, **kwargs)

    def ensure_latin_slug(self) -> None:
        """Set ``self.slug`` as the class docstring says; no query unless the slug changes."""
        pending = getattr(self, "_latin_slug_pending", False)
        if self.slug and self.slug.isascii() and not pending:
            return
        if not pending:
            default = self._meta.model_name.removesuffix("page") or "page"
            self.slug = latin_slug(self.slug) or latin_slug(self.title) or default
        parent = self.get_parent() if self.path else None
        if parent is None:
            # Not in the tree yet (the editor's "add" form): finish when it is added.
            self._latin_slug_pending = True
            return
        self.slug = unique_child_slug(parent, self.slug, exclude_pk=self.pk)
        self._latin_slug_pending = False
