"""Issue 14.5: the header's menu (catalog sections, then pages marked "show in menus") and the
footer (info-page links, contacts, social networks) come from the admin, are cached, and follow
every publish and settings change."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from catalog.tests.factories import CategoryPageFactory
from home.models import FooterLink, InfoPage, NavigationSettings, SocialLink

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache(fresh_cache):
    """Each test starts from an empty cache (home/tests/conftest.py)."""


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def page_soup(client, url="/"):
    return BeautifulSoup(client.get(url).content, "html.parser")


@pytest.fixture
def site_nav(home, catalog):
    CategoryPageFactory(parent=catalog, title="Plants", slug="plants")
    returns = publish(home, InfoPage(title="Returns", slug="returns"))
    publish(home, InfoPage(title="About us", slug="about", show_in_menus=True))
    settings = NavigationSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        phone="+380 44 123 45 67",
        email="hello@example.com",
        address="Kyiv, 12 Kyrylivska St",
    )
    FooterLink.objects.create(settings=settings, page=returns, sort_order=0)
    SocialLink.objects.create(settings=settings, network="telegram", url="https://t.me/shop")
    return settings


def test_the_header_menu_and_the_footer_come_from_the_admin(client, site_nav):
    page = page_soup(client)
    menu = [a.text for a in page.select(".catalog-nav a")]
    assert menu == ["Plants", "About us"]  # sections first; "Returns" is not in menus
    footer = page.select_one(".site-footer")
    assert [a.text for a in footer.select(".footer-links a")] == ["Returns"]
    assert footer.select_one(".footer-links a")["href"].endswith("/returns/")
    assert footer.select_one('a[href="tel:+380441234567"]').text == "+380 44 123 45 67"
    assert footer.select_one(".social-links a")["href"] == "https://t.me/shop"


def test_the_navigation_is_cached_and_follows_publishing_and_settings(client, home, site_nav):
    client.get("/")
    with CaptureQueriesContext(connection) as warm:
        client.get("/")
    read = [q["sql"] for q in warm.captured_queries if "home_navigationsettings" in q["sql"]]
    assert read == []  # served from the cache

    publish(home, InfoPage(title="Contacts", slug="contacts", show_in_menus=True))
    assert "Contacts" in [a.text for a in page_soup(client).select(".catalog-nav a")]

    site_nav.phone = "+380 67 000 00 00"
    site_nav.save()
    assert page_soup(client).select_one('a[href="tel:+380670000000"]')

    InfoPage.objects.get(slug="returns").unpublish()
    assert page_soup(client).select(".footer-links a") == []


def test_each_language_gets_its_own_links(client, site_nav, ukrainian):
    english = page_soup(client, "/en/")
    assert english.select_one(".footer-links a")["href"] == "/en/returns/"
    ukrainian = page_soup(client, "/")
    assert ukrainian.select_one(".footer-links a")["href"] == "/returns/"


def test_the_content_manager_edits_the_navigation_and_others_may_not(client, site_nav, role_user):
    from django.urls import reverse

    url = reverse("wagtailsettings:edit", args=["home", "navigationsettings", site_nav.site_id])
    form = {
        "phone": "+380 67 111 22 33",
        "email": "shop@example.com",
        "address": "Lviv",
        "hours": "",
        "footer_links-TOTAL_FORMS": "0",
        "footer_links-INITIAL_FORMS": "0",
        "social_links-TOTAL_FORMS": "0",
        "social_links-INITIAL_FORMS": "0",
    }
    for role in ("Manager", "Sales operator", "Warehouse worker"):
        client.force_login(role_user(role))
        assert client.get(url).status_code in (302, 403)
        assert client.post(url, form).status_code in (302, 403)
        site_nav.refresh_from_db()
        assert site_nav.phone == "+380 44 123 45 67"
    client.force_login(role_user("Content manager"))
    assert client.get(url).status_code == 200
    assert client.post(url, form).status_code == 302
    site_nav.refresh_from_db()
    assert site_nav.phone == "+380 67 111 22 33"
    assert "tel:+380671112233" in client.get("/").text
