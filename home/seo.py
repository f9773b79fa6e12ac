"""robots.txt and sitemap.xml (issue 14.7), both at the site root outside the language
prefixes: one of each serves every language.

**robots.txt** keeps crawlers out of the admin, the bot API and the shopper pages that belong
to one visitor — cart, checkout, account, sign-in, orders — in every language (``/cart/`` and
``/en/cart/``), and names the sitemap. The paths come from the URL names, so they follow the
URLconf.

**sitemap.xml** is Wagtail's sitemap (``wagtail.contrib.sitemaps``: every live page of the
site that is not behind a view restriction) less the products a shopper may not open
(``ProductPage.objects.not_visible()``: drafts and products without a price). Every page is
served in each language of ``settings.LANGUAGES`` (``/catalog/…`` in Ukrainian, ``/en/catalog/…``
in English), so each page is listed once per language, and every entry names all its
languages as ``hreflang`` alternates plus ``x-default`` (the default language), as search
engines ask of multilingual sites. Addresses use the request's host, like the pages' canonical
links (the Wagtail Site record's host, ``localhost`` from the first migration, is not
trusted to be the public one).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as wagtail_sitemap_views

from catalog.models import ProductPage

# (URL name, arguments): each one's first path segment is kept from crawlers.
PRIVATE_URLS = (
    ("wagtailadmin_home", ()),
    ("bot_api:api-root", ()),
    ("cart", ()),
    ("checkout_who", ()),
    ("account_overview", ()),
    ("account_login", ()),
    ("order_detail", ("0",)),
)


def disallowed_paths() -> list[str]:
    """``["/admin/", "/api/", "/cart/", …, "/en/cart/", …]``: the first path segment of each
    of ``PRIVATE_URLS`` in every language, each once, in that order."""
    paths: dict[str, None] = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            language_root = reverse("wagtail_serve", args=("",))  # "/" or "/en/"
            for name, args in PRIVATE_URLS:
                path = reverse(name, args=args)
                root = language_root if path.startswith(language_root) else "/"
                paths[f"{root}{path[len(root) :].split('/', 1)[0]}/"] = None
    return list(paths)


@require_GET
def robots_txt(request):
    """``text/plain``: ``User-agent: *``, a ``Disallow`` line per ``disallowed_paths()`` and
    the sitemap's absolute address."""
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in disallowed_paths()]
    lines += ["", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


class ShopSitemap(Sitemap):
    """Wagtail's sitemap, once per language, without hidden products (module docstring).
    Queries do not grow with the number of pages: one for the pages, one per page type."""

    def items(self):
        return super().items().exclude(pk__in=ProductPage.objects.not_visible().values("pk"))

    def _urls(self, page, protocol, domain):
        # Wagtail's own _urls (which this replaces) asks each page for its entries
        # (get_sitemap_urls); here each page is asked once per language.
        languages = [code for code, _name in settings.LANGUAGES]
        urls, last_mods = [], set()
        for item in self.paginator.page(page).object_list.iterator():
            entries = {}
            for code in languages:
                with translation.override(code):
                    entries[code] = item.get_sitemap_urls(self.request)
            for index, entry in enumerate(entries[settings.LANGUAGE_CODE]):
                if not entry.get("location"):
                    continue  # not routable
                locations = {
                    code: _on_host(entries[code][index]["location"], protocol, domain)
                    for code in languages
                }
                alternates = [
                    {"lang_code": code, "location": location}
                    for code, location in locations.items()
                ]
                alternates.append(
                    {"lang_code": "x-default", "location": locations[settings.LANGUAGE_CODE]}
                )
                for code in languages:
                    url_info = {
                        **entries[code][index],
                        "location": locations[code],
                        "alternates": alternates,
                    }
                    urls.append(url_info)
                    last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def _on_host(location: str, protocol: str, domain: str) -> str:
    """``location`` (a page's full URL on the Wagtail Site's host) on the request's host."""
    parts = urlsplit(location)
    query = f"?{parts.query}" if parts.query else ""
    return f"{protocol}://{domain}{parts.path}{query}"


def sitemap(request):
    """``/sitemap.xml``: ``ShopSitemap`` through Wagtail's sitemap view."""
    return wagtail_sitemap_views.sitemap(request, sitemaps={"pages": ShopSitemap})
