"""SPEC §1 / issue 2.3: the page tree's rules and the SKU's uniqueness."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from wagtail.models import Page

from catalog.models import CatalogPage, CategoryPage, ProductPage
from catalog.tests.factories import CategoryPageFactory, ProductPageFactory
from home.models import HomePage


@pytest.mark.django_db
class TestTreeRules:
    def test_catalog_only_under_home_and_only_once(self, home, catalog):
        assert CatalogPage in HomePage.allowed_subpage_models()
        assert CatalogPage.allowed_parent_page_models() == [HomePage]
        # max_count = 1: a second catalog cannot be created anywhere.
        assert not CatalogPage.can_create_at(home)

    def test_categories_nest_to_any_depth(self, catalog):
        parent = catalog
        for depth in range(6):
            assert CategoryPage.can_create_at(parent)
            parent = CategoryPageFactory(parent=parent, title=f"Level {depth}")
        assert parent.depth == catalog.depth + 6

    def test_category_not_directly_under_home(self, home):
        assert not CategoryPage.can_create_at(home)

    def test_product_only_in_a_category(self, home, catalog):
        category = CategoryPageFactory(parent=catalog)
        assert ProductPage.can_create_at(category)
        assert not ProductPage.can_create_at(catalog)
        assert not ProductPage.can_create_at(home)
        product = ProductPageFactory(parent=category)
        assert ProductPage.allowed_subpage_models() == []
        assert not CategoryPage.can_create_at(product)

    def test_home_page_only_under_root(self, home):
        assert HomePage.allowed_parent_page_models() == [Page]
        assert not HomePage.can_create_at(home)


@pytest.mark.django_db
class TestSku:
    def test_saving_a_duplicate_sku_names_the_owner(self, catalog):
        category = CategoryPageFactory(parent=catalog)
        ProductPageFactory(parent=category, sku="PL-0001", title="Rotala")
        with pytest.raises(ValidationError) as caught:
            ProductPageFactory(parent=category, sku="PL-0001", title="Other")
        assert caught.value.message_dict["sku"] == [
            "SKU PL-0001 is already used by “Rotala”. Each product needs its own SKU."
        ]
        assert ProductPage.objects.filter(sku="PL-0001").count() == 1

    def test_database_refuses_a_duplicate_sku(self, catalog):
        # Code that skips validation (a bulk update) still hits the unique constraint.
        category = CategoryPageFactory(parent=catalog)
        ProductPageFactory(parent=category, sku="PL-0001")
        other = ProductPageFactory(parent=category, sku="PL-0009")
        with pytest.raises(IntegrityError), transaction.atomic():
            ProductPage.objects.filter(pk=other.pk).update(sku="PL-0001")

    def test_sku_is_case_insensitive_and_trimmed(self, catalog):
        category = CategoryPageFactory(parent=catalog)
        product = ProductPageFactory(parent=category, sku="  pl-0002 ")
        product.refresh_from_db()
        assert product.sku == "PL-0002"
        with pytest.raises(ValidationError):
            ProductPageFactory(parent=category, sku="Pl-0002", title="Twin")

    def test_copies_get_their_own_placeholder_sku_and_no_price(self, catalog):
        category = CategoryPageFactory(parent=catalog)
        product = ProductPageFactory(parent=category, sku="EL-7", price="999.00")
        first = product.copy(update_attrs={"slug": "copy-1", "title": "Copy"}).specific
        second = product.copy(update_attrs={"slug": "copy-2", "title": "Copy"}).specific
        assert (first.sku, second.sku) == ("EL-7-COPY", "EL-7-COPY2")
        assert first.price.amount is None  # a copy is hidden until a manager prices it
