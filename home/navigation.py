"""The header's menu and the footer (issue 14.5), read once and kept in the shared cache per
site and language: a page view pays no query for them. Any page published, unpublished,
moved or deleted, and any save of the navigation settings, starts a new generation
(``forget_navigation``), so the next view reads them afresh."""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page, Site

from catalog.glossary import term

GENERATION_KEY = "home:navigation:generation"
SECONDS = 60 * 60


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    network: str = ""


@dataclass(frozen=True)
class Navigation:
    """``menu``: the catalog's sections and the site's pages marked "show in menus";
    ``footer_links`` and ``social_links`` from the navigation settings; the contacts."""

    menu: list[Link] = field(default_factory=list)
    footer_links: list[Link] = field(default_factory=list)
    social_links: list[Link] = field(default_factory=list)
    phone: str = ""
    email: str = ""
    address: str = ""
    hours: str = ""
    promotions_url: str = ""  # the promotions page (banners link to its promotions)


def _read(site: Site) -> Navigation:
    from catalog.models import CatalogPage
    from catalog.selectors import top_categories
    from home.models import NavigationSettings, PromotionIndexPage

    home = site.root_page
    menu = [Link(term(page.title), page.get_url()) for page in top_categories()]
    # The catalog page itself is the sections above; other pages under home marked
    # "show in menus" (promote tab) follow them.
    menu += [
        Link(page.title, page.get_url())
        for page in Page.objects.child_of(home).live().public().in_menu().not_type(CatalogPage)
    ]
    promotions = PromotionIndexPage.objects.live().public().first()
    promotions_url = promotions.get_url() if promotions else ""
    settings = (
        NavigationSettings.objects.filter(site=site)
        .prefetch_related("footer_links__page", "social_links")
        .first()
    )
    if settings is None:
        return Navigation(menu=menu, promotions_url=promotions_url)
    footer_links = [
        Link(link.label or link.page.title, link.page.get_url())
        for link in settings.footer_links.all()
        if link.page.live
    ]
    social_links = [
        Link(link.get_network_display(), link.url, link.network)
        for link in settings.social_links.all()
    ]
    return Navigation(
        menu=menu,
        footer_links=footer_links,
        social_links=social_links,
        phone=settings.phone,
        email=settings.email,
        address=settings.address,
        hours=settings.hours,
        promotions_url=promotions_url,
    )


def navigation(request) -> Navigation:
    """The current site's navigation in the active language (from the cache when warm; read
    once a request — the header, the footer and the home page's banners all ask)."""
    key = f"_navigation_{get_language()}"
    if hasattr(request, key):
        return getattr(request, key)
    found = _cached(request)
    setattr(request, key, found)
    return found


def _cached(request) -> Navigation:
    site = Site.find_for_request(request)
    if site is None:
        return Navigation()
    generation = cache.get_or_set(GENERATION_KEY, 1, None)
    key = f"home:navigation:{generation}:{site.pk}:{get_language()}"
    found = cache.get(key)
    if found is None:
        found = _read(site)
        cache.set(key, found, SECONDS)
    return found


def forget_navigation(**kwargs) -> None:
    """Start a new generation: every cached menu and footer is read again on its next view."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)
