"""Issue 14.7: readable Latin slugs for Cyrillic titles — transliterated, unique among
siblings, stable — for pages made in the admin, by the importer and by code."""

import csv

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text

from catalog.importer import import_catalog_file
from catalog.models import CategoryPage, ProductPage
from catalog.slugs import latin_slug
from catalog.tests.factories import CategoryPageFactory, make_product


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Акваріумні рослини", "akvariumni-roslyny"),
        ("Київ", "kyiv"),  # ї after a consonant: i (the national rules), not "kyyiv"
        ("Згорани", "zghorany"),  # зг → zgh
        ("Юрій Ярмолюк", "yurii-yarmoliuk"),  # word-initial ю/я → yu/ya, inside → iu/ia
        ("Знам'янка", "znamianka"),  # the apostrophe is dropped
        ("Мох «Java» — 5 см", "mokh-java-5-sm"),
        ("Rotala 'H'ra'", "rotala-hra"),
        ("Ёлка", "elka"),  # letters the Ukrainian table lacks still become Latin
        ("!!!", ""),
    ],
)
def test_latin_slug(text, slug):
    assert latin_slug(text) == slug


def test_latin_slug_is_short_enough_for_a_suffix():
    assert len(latin_slug("Дуже " * 100)) == 200


@pytest.mark.django_db
class TestPagesMadeByCode:
    def test_cyrillic_title_gets_a_latin_slug(self, catalog):
        category = catalog.add_child(instance=CategoryPage(title="Акваріумні рослини"))
        assert category.slug == "akvariumni-roslyny"
        assert category.url == "/catalog/akvariumni-roslyny/"

    def test_a_cyrillic_slug_is_transliterated(self, catalog):
        category = catalog.add_child(instance=CategoryPage(title="Мохи", slug="мохи-і-печіночники"))
        assert category.slug == "mokhy-i-pechinochnyky"

    def test_siblings_get_numbered_slugs_cousins_do_not(self, catalog):
        first = catalog.add_child(instance=CategoryPage(title="Рослини"))
        second = catalog.add_child(instance=CategoryPage(title="Рослини"))
        third = catalog.add_child(instance=CategoryPage(title="рослини!"))
        cousin = first.add_child(instance=CategoryPage(title="Рослини"))
        assert [first.slug, second.slug, third.slug] == ["roslyny", "roslyny-2", "roslyny-3"]
        assert cousin.slug == "roslyny"

    def test_a_products_slug_comes_from_its_title(self, catalog):
        category = CategoryPageFactory(parent=catalog, title="Plants")
        product = make_product(category, sku="UA-1", title="Ротала круглолиста")
        assert product.slug == "rotala-kruhlolysta"
        assert ProductPage.objects.get(sku="UA-1").url_path.endswith("/rotala-kruhlolysta/")

    def test_a_title_of_signs_only_falls_back_to_the_page_kind(self, catalog):
        category = catalog.add_child(instance=CategoryPage(title="???"))
        assert category.slug == "category"

    def test_editing_the_title_keeps_the_slug(self, catalog):
        category = catalog.add_child(instance=CategoryPage(title="Акваріумні рослини"))
        category.save_revision().publish()
        category.title = "Рослини для акваріума"
        category.save_revision().publish()
        category.refresh_from_db()
        assert category.slug == "akvariumni-roslyny"
        assert category.title == "Рослини для акваріума"

    def test_a_latin_slug_chosen_by_hand_is_kept(self, catalog):
        category = catalog.add_child(instance=CategoryPage(title="Рослини", slug="plants"))
        assert category.slug == "plants"


def category_form(title: str, slug: str) -> dict:
    return nested_form_data({"title": title, "slug": slug, "intro": rich_text("")})


@pytest.mark.django_db
class TestPagesMadeInTheAdmin:
    """The editor's script copies the title into the slug field as typed (Cyrillic); the
    server makes it Latin."""

    def add(self, admin_client, parent, title, slug):
        url = reverse("wagtailadmin_pages:add", args=("catalog", "categorypage", parent.pk))
        response = admin_client.post(url, category_form(title, slug))
        assert response.status_code == 302, response.context["form"].errors
        return CategoryPage.objects.child_of(parent).order_by("-pk").first()

    def test_new_page_gets_a_latin_slug_unique_among_siblings(self, admin_client, catalog):
        first = self.add(admin_client, catalog, "Акваріумні рослини", "акваріумні-рослини")
        second = self.add(admin_client, catalog, "Акваріумні рослини", "акваріумні-рослини")
        assert first.slug == "akvariumni-roslyny"
        assert second.slug == "akvariumni-roslyny-2"
        # The draft revision the editor goes on from holds the same slug.
        assert second.get_latest_revision_as_object().slug == "akvariumni-roslyny-2"

    def test_editing_a_published_pages_title_keeps_its_slug(self, admin_client, catalog):
        page = self.add(admin_client, catalog, "Мохи", "мохи")
        page.save_revision().publish()
        url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
        form = {**category_form("Мохи та печіночники", page.slug), "action-publish": "publish"}
        response = admin_client.post(url, form)
        assert response.status_code == 302
        page.refresh_from_db()
        assert (page.title, page.slug) == ("Мохи та печіночники", "mokhy")


@pytest.mark.django_db
def test_importer_creates_latin_slugs(catalog, tmp_path):
    path = tmp_path / "import.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sku", "name", "category", "price"])
        writer.writerow(["UA-1", "Ротала круглолиста", "Акваріумні рослини / Стеблові", "65"])
        writer.writerow(["UA-2", "Ротала круглолиста", "Акваріумні рослини / Стеблові", "70"])
    report = import_catalog_file(path=path)
    assert report.ok, report.failures
    top = CategoryPage.objects.get(title="Акваріумні рослини")
    stem = CategoryPage.objects.get(title="Стеблові")
    assert (top.slug, stem.slug) == ("akvariumni-roslyny", "steblovi")
    assert sorted(ProductPage.objects.values_list("slug", flat=True)) == [
        "rotala-kruhlolysta",
        "rotala-kruhlolysta-2",
    ]
    assert ProductPage.objects.get(sku="UA-1").url == (
        "/catalog/akvariumni-roslyny/steblovi/rotala-kruhlolysta/"
    )


def test_every_page_type_of_the_shop_makes_latin_slugs():
    """A page type added without the mixin would keep Cyrillic slugs from the editor."""
    from django.apps import apps
    from wagtail.models import Page

    from catalog.slugs import LatinSlugMixin

    page_types = [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model._meta.app_label in {"catalog", "home", "support"}
    ]
    assert len(page_types) >= 3
    assert [model for model in page_types if not issubclass(model, LatinSlugMixin)] == []


@pytest.mark.django_db
def test_content_pages_get_latin_slugs_too(home):
    from home.models import InfoPage

    page = home.add_child(instance=InfoPage(title="Доставка і оплата"))
    assert page.slug == "dostavka-i-oplata"
