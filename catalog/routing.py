"""Routing a shopper's address in a fixed number of queries, at any depth (issue 15.5).

Wagtail's ``Page.route`` walks the address one slug at a time: for ``/catalog/plants/stem/``
it asks the database for each child, then for each child's specific page — two queries a
level, so a category four levels down costs eight queries before the page does any work, and
the view-restriction check and the breadcrumbs then ask for the same ancestors twice more.

``RoutedPageMixin`` (on every shop page type) keeps Wagtail's behaviour and its extension
point, and changes only how many queries it takes:

- **route**: from the site's root page, one query reads every page the address names (by
  ``url_path``, narrowed by the slugs and the tree path so it stays on indexes) together with
  the root page's own ancestors; the walk down then happens in Python, and only the page
  served is fetched as its specific type. A page whose type routes its own way (Wagtail's
  ``RoutablePageMixin``: the promotions index) gets the rest of the address exactly as
  Wagtail would hand it over. A missing slug is a 404, as in Wagtail.
- **ancestors**: the page served remembers the ancestors met on the way (``routed_ancestors``),
  so ``get_view_restrictions`` (Wagtail's privacy check, run before every page is served) and
  the breadcrumbs read them instead of querying the tree again.

Outside a request (previews, the admin, a page loaded by code) nothing is remembered, and
both fall back to Wagtail's own queries.
"""

from django.db.models import Q
from django.http import Http404
from wagtail.models import Page, PageViewRestriction


def _routes_by_slug(page_class) -> bool:
    """Whether pages of this type hand an address to their children by slug, as
    ``Page.route`` does (so the walk may go on past them without asking them)."""
    for klass in page_class.__mro__:
        if klass is Page:
            return True
        if "route" in vars(klass) and klass is not RoutedPageMixin:
            return False
    return True


def ancestors_of(page: Page) -> list[Page]:
    """The ancestors of ``page``, root first (base ``Page`` objects): the ones routing met
    when the page is being served, else one query."""
    remembered = getattr(page, "_routed_ancestors", None)
    if remembered is not None:
        return remembered
    return list(page.get_ancestors())


class RoutedPageMixin:
    """Wagtail routing and privacy checks in a fixed number of queries (see the module)."""

    def route(self, request, path_components):
        if not path_components or not _routes_by_slug(type(self)):
            return super().route(request, path_components)
        url_paths, url_path = [], self.url_path
        for slug in path_components:
            url_path += f"{slug}/"
            url_paths.append(url_path)
        steplen = Page.steplen
        above_paths = [self.path[:end] for end in range(steplen, len(self.path), steplen)]
        pages = Page.objects.filter(
            Q(path__in=above_paths)
            | Q(
                path__startswith=self.path,
                depth__gt=self.depth,
                depth__lte=self.depth + len(path_components),
                slug__in=set(path_components),
                url_path__in=url_paths,
            )
        ).order_by("path")
        above, named = [], {}
        for page in pages:
            if page.depth < self.depth:
                above.append(page)
            elif named.setdefault(page.url_path, page) is not page:
                # Two pages at one address (bulk-written data Wagtail never validated): let
                # Wagtail's own walk decide, as it always did.
                return super().route(request, path_components)

        trail, current, specific = above, self, self
        walked = 0
        for url_path in url_paths:
            if specific is None and not _routes_by_slug(current.specific_class):
                break
            child = named.get(url_path)
            if child is None:
                raise Http404
            child._cached_parent_obj = current
            trail = [*trail, current]
            current, specific = child, None
            walked += 1
        if specific is None:
            specific = current.specific
            specific._cached_parent_obj = current._cached_parent_obj
        specific._routed_ancestors = trail
        return specific.route(request, path_components[walked:])

    def get_view_restrictions(self):
        remembered = getattr(self, "_routed_ancestors", None)
        if remembered is None:
            return super().get_view_restrictions()
        # An alias is guarded by its source page's restrictions (as in Wagtail); an alias is
        # never made of another alias, so one step resolves it.
        page_ids = {page.alias_of_id or page.id for page in [*remembered, self]}
        return PageViewRestriction.objects.filter(page_id__in=page_ids)
