"""Issue 2.3 in the Wagtail editor: clear messages for a duplicate SKU and bad parameters."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from catalog.models import ParameterKind, ProductPage
from catalog.tests.factories import (
    CategoryPageFactory,
    ParameterDefinitionFactory,
    ProductPageFactory,
)


def product_form(sku: str, parameters: list[dict] | None = None, title: str = "New plant"):
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "sku": sku,
            "sale_unit": "1 pot",
            "description": rich_text("<p>Nice.</p>"),
            "photos": inline_formset([]),
            "parameters": inline_formset(parameters or []),
        }
    )


@pytest.fixture
def category(catalog):
    return CategoryPageFactory(parent=catalog, title="Stem plants")


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("catalog", "productpage", parent.pk))


@pytest.mark.django_db
class TestProductEditor:
    def test_a_valid_product_is_created(self, admin_client, category):
        response = admin_client.post(add_url(category), product_form("pl-55"))
        assert response.status_code == 302
        assert ProductPage.objects.get(sku="PL-55").title == "New plant"

    def test_duplicate_sku_shows_a_clear_error_and_creates_nothing(self, admin_client, category):
        ProductPageFactory(parent=category, sku="PL-1", title="Rotala")
        response = admin_client.post(add_url(category), product_form("pl-1", title="Copycat"))
        assert response.status_code == 200
        assert "SKU PL-1 is already used by “Rotala”" in response.text
        assert not ProductPage.objects.filter(title="Copycat").exists()

    def test_range_parameter_needs_from_not_above_to(self, admin_client, category):
        temperature = ParameterDefinitionFactory(
            name="Temperature", unit="°C", kind=ParameterKind.RANGE
        )
        form = product_form(
            "PL-2",
            [
                {
                    "definition": temperature.pk,
                    "range_min": "26",
                    "range_max": "22",
                    "number_value": "",
                    "text_value": "",
                }
            ],
        )
        response = admin_client.post(add_url(category), form)
        assert response.status_code == 200
        assert "“to” must not be smaller than “from”." in response.text
        assert not ProductPage.objects.filter(sku="PL-2").exists()

    def test_number_parameter_needs_a_number(self, admin_client, category):
        width = ParameterDefinitionFactory(name="Width", unit="cm", kind=ParameterKind.NUMBER)
        form = product_form(
            "PL-3",
            [
                {
                    "definition": width.pk,
                    "number_value": "",
                    "range_min": "",
                    "range_max": "",
                    "text_value": "wide",
                }
            ],
        )
        response = admin_client.post(add_url(category), form)
        assert "“Width” needs a number." in response.text
        assert not ProductPage.objects.filter(sku="PL-3").exists()

    def test_a_parameter_listed_twice_is_refused(self, admin_client, category):
        growth = ParameterDefinitionFactory(name="Growth", kind=ParameterKind.CHOICE)
        row = {
            "definition": growth.pk,
            "text_value": "submerged",
            "number_value": "",
            "range_min": "",
            "range_max": "",
        }
        response = admin_client.post(add_url(category), product_form("PL-4", [row, dict(row)]))
        assert "“Growth” is already listed above." in response.text
        assert not ProductPage.objects.filter(sku="PL-4").exists()

    def test_typed_values_are_stored_typed(self, admin_client, category):
        light = ParameterDefinitionFactory(name="Light", unit="W/l", kind=ParameterKind.RANGE)
        form = product_form(
            "PL-5",
            [
                {
                    "definition": light.pk,
                    "range_min": "0.5",
                    "range_max": "0.6",
                    "number_value": "",
                    "text_value": "",
                }
            ],
        )
        assert admin_client.post(add_url(category), form).status_code == 302
        value = ProductPage.objects.get(sku="PL-5").parameters.get()
        assert (str(value.range_min), str(value.range_max)) == ("0.5000", "0.6000")
        assert value.display_value == "0.5–0.6 W/l"

    def test_a_product_cannot_be_added_outside_a_category(self, admin_client, catalog):
        response = admin_client.get(add_url(catalog))
        assert response.status_code in (302, 403)
        admin_client.post(add_url(catalog), product_form("PL-6"))
        assert not ProductPage.objects.filter(sku="PL-6").exists()
