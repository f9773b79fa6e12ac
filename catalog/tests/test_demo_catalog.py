"""Issue 2.7: the bundled demo catalog loads through the real importer with real-looking data."""

from io import BytesIO, StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count, Q, Sum
from PIL import Image

from catalog.demo.photos import draw_product_photo
from catalog.models import CategoryPage, ProductPage, Store

STEM = "Aquarium plants / Stem plants"
PHONES = "Electronics / Phones / Smartphones"

PLANT_PARAMETERS = {
    "Growth",
    "Difficulty",
    "Light",
    "Temperature",
    "Placement",
    "Adult width",
    "Adult height",
    "Water hardness",
    "pH",
    "CO2",
    "Other names",
}


@pytest.fixture
def demo(db, settings, tmp_path):
    """The demo loaded once; the checks below share it because loading takes seconds."""
    settings.VAR_DIR = tmp_path
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_demo_photos_tell_products_of_one_category_apart(tmp_path):
    """Issue 13.5: the SKU varies the drawing, not only the caption; the same SKU draws the
    same photo every time."""

    def draw(sku: str, name: str = "Rotala rotundifolia", folder: str = "a") -> bytes:
        target = tmp_path / folder / f"{sku}.png"
        draw_product_photo(target=target, name=name, sku=sku, category=STEM, index=1, total=1)
        return target.read_bytes()

    def picture(data: bytes) -> bytes:  # the drawing above the name and the caption
        with Image.open(BytesIO(data)) as image:
            return image.convert("RGB").crop((0, 0, 800, 560)).tobytes()

    first, second = draw("PL-0001"), draw("PL-0002")
    assert first != second
    assert picture(first) != picture(second)
    assert draw("PL-0001", folder="b") == first
    phones = [
        draw_product_photo(
            target=tmp_path / f"{sku}.png", name="Phone", sku=sku, category=PHONES, index=1, total=1
        ).read_bytes()
        for sku in ("EL-0001", "EL-0002")
    ]
    assert picture(phones[0]) != picture(phones[1])


def test_demo_catalog(demo):
    """One load, every promise of the demo checked against it."""
    assert " 0 failed" in demo
    for check in (
        check_at_least_40_plants_with_their_eleven_parameters,
        check_at_least_30_electronics_with_real_specs,
        check_categories_three_levels_deep,
        check_two_stores_hold_stock,
        check_some_products_without_price_and_some_out_of_stock,
        check_every_product_has_a_generated_photo,
        check_second_load_changes_nothing,
        check_demo_discounts,
        check_demo_delivery,
    ):
        check()


def check_at_least_40_plants_with_their_eleven_parameters():
    plants = ProductPage.objects.descendant_of(
        CategoryPage.objects.get(title="Aquarium plants", depth=4)
    )
    assert plants.count() >= 40
    for plant in plants.prefetch_related("parameters__definition"):
        names = {p.definition.name for p in plant.parameters.all()}
        assert names == PLANT_PARAMETERS, plant.sku


def check_at_least_30_electronics_with_real_specs():
    electronics = ProductPage.objects.descendant_of(
        CategoryPage.objects.get(title="Electronics", depth=4)
    )
    assert electronics.count() >= 30
    phones = electronics.filter(title__contains="Galaxy S24").prefetch_related(
        "parameters__definition"
    )
    s24 = next(p for p in phones if p.title == "Samsung Galaxy S24 128 GB")
    specs = {p.definition.name: p.display_value for p in s24.parameters.all()}
    assert specs["Brand"] == "Samsung"
    assert specs["RAM"] == "8 GB" or specs["RAM"] == "8"
    assert specs["Storage"].startswith("128")
    assert specs["Screen"] == "6.2 in"


def check_categories_three_levels_deep():
    # catalog root is depth 3: a third-level category sits at depth 6.
    assert CategoryPage.objects.filter(depth=6).exists()


def check_two_stores_hold_stock():
    stocked = Store.objects.annotate(units=Sum("stock_records__quantity")).filter(units__gt=0)
    assert stocked.count() >= 2


def check_some_products_without_price_and_some_out_of_stock():
    assert ProductPage.objects.filter(price__amount__isnull=True).count() >= 2
    out_of_stock = ProductPage.objects.annotate(units=Sum("stock_records__quantity")).filter(
        Q(units=0) | Q(units__isnull=True)
    )
    assert out_of_stock.count() >= 2


def check_every_product_has_a_generated_photo():
    assert not ProductPage.objects.annotate(n=Count("photos")).filter(n=0).exists()
    photo = ProductPage.objects.get(sku="PL-0001").photos.first().image
    with photo.open_file() as handle, Image.open(handle) as image:
        assert image.size == (800, 800)
        # A drawn card, not a blank square: many distinct colours.
        assert len(image.convert("RGB").getcolors(maxcolors=100_000)) > 20


def check_second_load_changes_nothing():
    out = StringIO()
    call_command("load_demo", "--if-empty", stdout=out)
    assert "already has products" in out.getvalue()


def check_demo_discounts():
    from commerce.pricing.models import Discount

    names = set(Discount.objects.values_list("name", flat=True))
    assert names == {
        "Pixel 8 autumn sale −10%",
        "Redmi Note 13 promo price",
        "Galaxy S24 + silicone case −500",
        "−3% on all laptops",
        "More than 3 items → 5%",
        "Any line over 3 units → 20% off the order",
    }
    s24_set = Discount.objects.filter(name="Galaxy S24 + silicone case −500").first()
    assert s24_set.is_set
    assert sorted(s24_set.product_links.values_list("product__sku", flat=True)) == [
        "EL-0001",
        "EL-0012",
    ]


def check_demo_delivery():
    from decimal import Decimal

    from commerce.delivery.models import DeliveryMethod

    methods = {m.code: m for m in DeliveryMethod.objects.prefetch_related("rates")}
    assert {"pickup-kyiv", "pickup-lviv", "pickup-odesa", "courier", "parcel"} <= set(methods)
    courier = [(r.goods_total_from, r.fee) for r in methods["courier"].rates.all()]
    assert courier == [
        (Decimal("0.00"), Decimal("120.00")),
        (Decimal("1000.00"), Decimal("60.00")),
        (Decimal("3000.00"), Decimal("0.00")),
    ]
    assert not methods["pickup-kyiv"].rates.exists()  # free


def test_the_demos_dictionary_words_read_in_ukrainian_and_english(demo, client, ukrainian):
    """Issue 13.2: the demo's categories, parameters, choice values, units, sale units,
    stores and delivery methods are UI to a shopper, so each reads naturally in both
    languages; product names and descriptions stay as they are."""
    from django.utils import translation

    from catalog.glossary import term
    from catalog.models import ParameterDefinition, ProductParameter
    from catalog.models.parameters import ParameterKind
    from commerce.delivery.models import DeliveryMethod

    universal = {"pH", "CO2", "°C"}  # the same in both languages
    choices = (
        ProductParameter.objects.filter(definition__kind=ParameterKind.CHOICE)
        .exclude(definition__name="Brand")
        .values_list("text_value", flat=True)
    )
    words = {
        *CategoryPage.objects.values_list("title", flat=True),
        *ParameterDefinition.objects.values_list("name", flat=True),
        *ParameterDefinition.objects.exclude(unit="").values_list("unit", flat=True),
        *(value for value in choices if not value.isdigit()),
        *ProductPage.objects.values_list("sale_unit", flat=True),
        *Store.objects.values_list("name", flat=True),
        *Store.objects.values_list("address", flat=True),
        *DeliveryMethod.objects.values_list("name", flat=True),
    } - universal
    assert len(words) > 60
    with translation.override("uk"):
        untranslated = sorted(word for word in words if term(word) == word)
    assert untranslated == []
    with translation.override("en"):
        assert all(term(word) == word for word in words)

    rotala = ProductPage.objects.get(sku="PL-0001")
    ukrainian_page = client.get(rotala.url).text
    for word in ("Temperature", "Stem plants", "bunch of 5", "Lviv shop"):
        with translation.override("uk"):
            assert term(word) in ukrainian_page
        assert f">{word}<" not in ukrainian_page
    assert "20–28 °C" in ukrainian_page and "0,5–0,8 Вт/л" in ukrainian_page
    with translation.override("en"):
        english_page = client.get(rotala.get_url()).text
    assert "Temperature" in english_page and "0.5–0.8 W/l" in english_page
    assert "bunch of 5" in english_page
