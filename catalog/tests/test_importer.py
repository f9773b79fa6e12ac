"""Issue 2.6: `import_catalog` for CSV and XLSX — happy path, every error class, re-runs."""

import csv
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from PIL import Image
from wagtail.models import ModelLogEntry, PageLogEntry, Revision

from catalog.importer import FileError, import_catalog_file
from catalog.journal import PRICE_CHANGE, STOCK_CHANGE
from catalog.models import (
    CategoryPage,
    ParameterDefinition,
    ParameterKind,
    Price,
    ProductPage,
    StockRecord,
)
from catalog.tests.factories import StoreFactory

HEADER = [
    "sku",
    "name",
    "category",
    "price",
    "sale_unit",
    "description",
    "photos",
    "stock:kyiv",
    "stock:lviv",
    "param:Temperature [°C]",
    "param:Adult width [cm]",
    "param:Placement {choice}",
]


def write_csv(path: Path, rows: list[dict], header=HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        for row in rows:
            writer.writerow({key: row.get(key, "") for key in header})
    return path


def photo(folder: Path, name: str, colour=(30, 120, 70)) -> str:
    target = folder / "photos" / name
    target.parent.mkdir(exist_ok=True)
    Image.new("RGB", (40, 40), colour).save(target)
    return f"photos/{name}"


def good_row(folder: Path, n: int = 1, **overrides) -> dict:
    row = {
        "sku": f"pl-{n:04d}",
        "name": f"Rotala {n}",
        "category": "Aquarium plants / Stem plants / Rare stems",
        "price": "65.50",
        "sale_unit": "bunch of 5",
        "description": "Fast grower.\n\nNeeds <b>light</b>.",
        "photos": f"{photo(folder, f'p{n}a.png')}|{photo(folder, f'p{n}b.png', (200, 40, 40))}",
        "stock:kyiv": "4",
        "stock:lviv": "0",
        "param:Temperature [°C]": "22-26",
        "param:Adult width [cm]": "5",
        "param:Placement {choice}": "background",
    }
    row.update(overrides)
    return row


@pytest.fixture
def stores(db):
    return StoreFactory(code="kyiv", name="Kyiv"), StoreFactory(code="lviv", name="Lviv")


@pytest.mark.django_db
class TestHappyPath:
    def test_csv_creates_categories_products_prices_stock_and_typed_parameters(
        self, tmp_path, stores, catalog
    ):
        file = write_csv(tmp_path / "plants.csv", [good_row(tmp_path, 1), good_row(tmp_path, 2)])
        report = import_catalog_file(path=file)
        assert report.ok and report.count("created") == 2

        rare = CategoryPage.objects.get(title="Rare stems")
        assert [a.title for a in rare.get_ancestors()[2:]] == [
            "Catalog",
            "Aquarium plants",
            "Stem plants",
        ]
        product = ProductPage.objects.get(sku="PL-0001")
        assert product.live and product.get_parent().specific == rare
        assert product.sale_unit == "bunch of 5"
        assert product.description == "<p>Fast grower.</p><p>Needs &lt;b&gt;light&lt;/b&gt;.</p>"
        assert Price.objects.get(product=product).amount == Decimal("65.50")
        kyiv, lviv = stores
        assert StockRecord.objects.get(product=product, store=kyiv).quantity == 4
        assert StockRecord.objects.get(product=product, store=lviv).quantity == 0
        photos = list(product.photos.order_by("sort_order"))
        assert len(photos) == 2 and photos[0].image.width == 40

        params = {p.definition.name: p for p in product.parameters.select_related("definition")}
        temperature = params["Temperature"]
        assert temperature.definition.kind == ParameterKind.RANGE
        assert temperature.definition.unit == "°C"
        assert (temperature.range_min, temperature.range_max) == (Decimal(22), Decimal(26))
        assert params["Adult width"].definition.kind == ParameterKind.NUMBER
        assert params["Adult width"].number_value == Decimal(5)
        assert params["Placement"].definition.kind == ParameterKind.CHOICE
        assert params["Placement"].text_value == "background"
        # Numbers are stored as numbers, so filters can query them:
        assert (
            ProductPage.objects.filter(
                parameters__range_min__lte=22, parameters__range_max__gte=24
            ).count()
            == 2
        )

    def test_xlsx_imports_the_same_way(self, tmp_path, stores, catalog):
        from openpyxl import Workbook

        row = good_row(tmp_path, 3, price="1299.99")
        workbook = Workbook()
        sheet = workbook.active
        sheet.append(HEADER)
        values = [row[key] for key in HEADER]
        values[HEADER.index("stock:kyiv")] = 12  # a real number cell
        sheet.append(values)
        workbook.save(tmp_path / "plants.xlsx")
        report = import_catalog_file(path=tmp_path / "plants.xlsx")
        assert report.ok, report.failures
        product = ProductPage.objects.get(sku="PL-0003")
        assert Price.objects.get(product=product).amount == Decimal("1299.99")
        assert StockRecord.objects.get(product=product, store=stores[0]).quantity == 12

    def test_rerun_is_idempotent(self, tmp_path, stores, catalog):
        file = write_csv(tmp_path / "plants.csv", [good_row(tmp_path, 1), good_row(tmp_path, 2)])
        import_catalog_file(path=file)
        counts = (
            ProductPage.objects.count(),
            CategoryPage.objects.count(),
            Revision.objects.count(),
            ModelLogEntry.objects.count(),
            PageLogEntry.objects.count(),
        )
        report = import_catalog_file(path=file)
        assert report.count("unchanged") == 2 and report.ok
        assert counts == (
            ProductPage.objects.count(),
            CategoryPage.objects.count(),
            Revision.objects.count(),
            ModelLogEntry.objects.count(),
            PageLogEntry.objects.count(),
        )

    def test_rerun_updates_by_sku_and_journals_price_and_stock(self, tmp_path, stores, catalog):
        file = write_csv(tmp_path / "plants.csv", [good_row(tmp_path, 1)])
        import_catalog_file(path=file)
        write_csv(
            file,
            [
                good_row(
                    tmp_path,
                    1,
                    name="Rotala rotundifolia",
                    price="70.00",
                    **{"stock:kyiv": "9", "category": "Aquarium plants / Mosses"},
                )
            ],
        )
        report = import_catalog_file(path=file)
        assert report.count("updated") == 1
        product = ProductPage.objects.get(sku="PL-0001")
        assert product.title == "Rotala rotundifolia"
        assert product.get_parent().title == "Mosses"
        price_entry = ModelLogEntry.objects.filter(action=PRICE_CHANGE).latest("pk")
        assert (price_entry.data["old"], price_entry.data["new"]) == ("65.50", "70.00")
        assert price_entry.data["source"] == "import plants.csv"
        stock_entry = ModelLogEntry.objects.filter(action=STOCK_CHANGE).latest("pk")
        assert (stock_entry.data["old"], stock_entry.data["new"]) == (4, 9)

    def test_empty_price_means_no_price(self, tmp_path, stores, catalog):
        file = write_csv(tmp_path / "p.csv", [good_row(tmp_path, 1, price="")])
        assert import_catalog_file(path=file).ok
        assert Price.objects.get(product__sku="PL-0001").amount is None


@pytest.mark.django_db
class TestBadRows:
    def test_each_bad_row_is_reported_and_changes_nothing_good_rows_import(
        self, tmp_path, stores, catalog
    ):
        rows = [
            good_row(tmp_path, 1),  # row 2: good
            good_row(tmp_path, 2, sku=""),  # row 3: missing SKU
            good_row(tmp_path, 3, price="12,5x"),  # row 4: bad price
            good_row(tmp_path, 4, photos="photos/nowhere.png"),  # row 5: missing photo
            good_row(tmp_path, 1, name="Duplicate"),  # row 6: SKU twice
            good_row(tmp_path, 6),  # row 7: good
        ]
        report = import_catalog_file(path=write_csv(tmp_path / "mixed.csv", rows))
        failures = {f.row: f.message for f in report.failures}
        assert set(failures) == {3, 4, 5, 6}
        assert "sku: missing" in failures[3]
        assert "price: “12,5x” is not an amount" in failures[4]
        assert "photos: file “photos/nowhere.png” not found" in failures[5]
        assert "sku: PL-0001 already appears in row 2" in failures[6]
        assert sorted(ProductPage.objects.values_list("sku", flat=True)) == ["PL-0001", "PL-0006"]
        assert ProductPage.objects.get(sku="PL-0001").title == "Rotala 1"
        assert report.summary() == (
            "mixed.csv: 6 rows — 2 created, 0 updated, 0 unchanged, 4 failed"
        )

    def test_a_bad_row_for_an_existing_product_leaves_it_alone(self, tmp_path, stores, catalog):
        file = write_csv(tmp_path / "p.csv", [good_row(tmp_path, 1)])
        import_catalog_file(path=file)
        write_csv(
            file,
            [
                good_row(
                    tmp_path, 1, name="Renamed", price="70", **{"param:Temperature [°C]": "warm"}
                )
            ],
        )
        report = import_catalog_file(path=file)
        assert "Temperature [°C]: “warm” is not a number or a range" in report.failures[0].message
        product = ProductPage.objects.get(sku="PL-0001")
        assert product.title == "Rotala 1"
        assert Price.objects.get(product=product).amount == Decimal("65.50")

    @pytest.mark.parametrize(
        ("overrides", "expected"),
        [
            ({"stock:kyiv": "-3"}, "stock:kyiv: “-3” is not a whole number"),
            ({"stock:kyiv": "2.5"}, "stock:kyiv: “2.5” is not a whole number"),
            ({"price": "-10"}, "price: “-10” must be a positive amount"),
            ({"price": "10.999"}, "more than two decimal places"),
            ({"param:Temperature [°C]": "26-22"}, "starts above its end"),
            ({"photos": "../../etc/passwd"}, "points outside the import folder"),
            ({"category": "Plants //  / Stem"}, "has an empty level"),
            ({"name": ""}, "name: missing"),
            ({"sku": "PL 1"}, "must be one word"),
        ],
    )
    def test_row_errors_name_the_column(self, tmp_path, stores, catalog, overrides, expected):
        report = import_catalog_file(
            path=write_csv(tmp_path / "p.csv", [good_row(tmp_path, 1, **overrides)])
        )
        assert report.count("failed") == 1
        assert expected in report.failures[0].message
        assert not ProductPage.objects.exists()

    def test_a_value_must_fit_its_existing_parameter_kind(self, tmp_path, stores, catalog):
        ParameterDefinition.objects.create(name="Adult width", unit="cm", kind=ParameterKind.NUMBER)
        report = import_catalog_file(
            path=write_csv(
                tmp_path / "p.csv", [good_row(tmp_path, 1, **{"param:Adult width [cm]": "wide"})]
            )
        )
        assert "Adult width [cm]: “wide” is not a number" in report.failures[0].message

    def test_a_photo_that_is_not_an_image_is_refused(self, tmp_path, stores, catalog):
        (tmp_path / "notes.png").write_text("not a picture")
        report = import_catalog_file(
            path=write_csv(tmp_path / "p.csv", [good_row(tmp_path, 1, photos="notes.png")])
        )
        assert "is not a readable image" in report.failures[0].message


@pytest.mark.django_db
class TestBadFiles:
    def test_unknown_store_column_refuses_the_file(self, tmp_path, stores, catalog):
        header = [*HEADER, "stock:odesa"]
        file = write_csv(tmp_path / "p.csv", [good_row(tmp_path, 1)], header=header)
        with pytest.raises(FileError, match="unknown store column “stock:odesa”"):
            import_catalog_file(path=file)
        assert not ProductPage.objects.exists()

    def test_unknown_column_and_missing_required_column(self, tmp_path, stores, catalog):
        file = write_csv(
            tmp_path / "p.csv", [{"sku": "A", "colour": "red"}], header=["sku", "colour"]
        )
        with pytest.raises(FileError) as caught:
            import_catalog_file(path=file)
        assert "unknown column “colour”" in str(caught.value)
        assert "required column “name” is missing" in str(caught.value)

    def test_unit_clash_with_an_existing_parameter(self, tmp_path, stores, catalog):
        ParameterDefinition.objects.create(name="Temperature", unit="°F", kind=ParameterKind.RANGE)
        with pytest.raises(FileError, match="measured in “°F”"):
            import_catalog_file(path=write_csv(tmp_path / "p.csv", [good_row(tmp_path, 1)]))

    def test_unsupported_type_and_missing_file(self, tmp_path, db):
        (tmp_path / "list.json").write_text("{}")
        with pytest.raises(FileError, match="unsupported file type"):
            import_catalog_file(path=tmp_path / "list.json")
        with pytest.raises(FileError, match="no such file"):
            import_catalog_file(path=tmp_path / "absent.csv")


@pytest.mark.django_db
class TestCommand:
    def test_exit_status_and_messages(self, tmp_path, stores, catalog):
        file = write_csv(
            tmp_path / "p.csv", [good_row(tmp_path, 1), good_row(tmp_path, 2, price="12,5x")]
        )
        out, err = StringIO(), StringIO()
        with pytest.raises(CommandError) as caught:
            call_command("import_catalog", str(file), "--no-progress", stdout=out, stderr=err)
        assert caught.value.returncode == 1
        assert "row 3 (PL-0002): price: “12,5x” is not an amount" in err.getvalue()
        assert "1 created, 0 updated, 0 unchanged, 1 failed" in out.getvalue()
        assert ProductPage.objects.filter(sku="PL-0001").exists()

    def test_clean_file_exits_zero(self, tmp_path, stores, catalog):
        file = write_csv(tmp_path / "p.csv", [good_row(tmp_path, 1)])
        out = StringIO()
        call_command("import_catalog", str(file), "--no-progress", stdout=out)
        assert "1 created" in out.getvalue()

    def test_file_error_is_a_command_error(self, tmp_path, stores, catalog):
        file = write_csv(tmp_path / "p.csv", [good_row(tmp_path, 1)], header=[*HEADER, "stock:x"])
        with pytest.raises(CommandError, match="unknown store column"):
            call_command("import_catalog", str(file), "--no-progress")
