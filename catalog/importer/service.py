"""Apply an import file to the catalog: one savepoint per row, bad rows change nothing."""

from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import IntegrityError, transaction
from tqdm import tqdm
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.utils.file import hash_filelike

from catalog.importer.readers import read_table
from catalog.importer.spec import (
    DEFAULT_SALE_UNIT,
    FileError,
    ParamColumn,
    ProductRow,
    RowError,
    infer_kind,
    parse_header,
    parse_row,
)
from catalog.models import (
    CatalogPage,
    CategoryPage,
    ParameterDefinition,
    ParameterKind,
    ProductPage,
    ProductParameter,
    ProductPhoto,
    Store,
)
from catalog.models.pages import normalize_sku
from catalog.prices import price_set
from catalog.stock import stock_set

CREATED, UPDATED, UNCHANGED, FAILED = "created", "updated", "unchanged", "failed"


@dataclass(frozen=True)
class RowOutcome:
    """What happened to one data row (``row`` is the file's row number, header = 1)."""

    row: int
    sku: str
    status: str
    message: str = ""


@dataclass
class ImportReport:
    """Every row's outcome, in file order."""

    file_name: str
    outcomes: list[RowOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failures(self) -> list[RowOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status == FAILED]

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        return (
            f"{self.file_name}: {len(self.outcomes)} rows — {self.count(CREATED)} created, "
            f"{self.count(UPDATED)} updated, {self.count(UNCHANGED)} unchanged, "
            f"{self.count(FAILED)} failed"
        )


def import_catalog_file(
    *, path: Path, user=None, base_dir: Path | None = None, progress: bool = False
) -> ImportReport:
    """Import products from a ``.csv``/``.xlsx`` file (format in README.md).

    Products are matched by SKU: new ones are created, existing ones updated, so re-running a
    file is idempotent. Each row is applied in its own savepoint: a bad row is reported with
    its row number and reason and changes nothing; good rows still import. Photo paths are
    relative to ``base_dir`` (default: the file's folder). Price and stock changes are
    journaled with the user and "import <file name>".

    Raises FileError when the file as a whole cannot be used (unreadable, unknown column or
    store, parameter unit/kind clash); then nothing is imported.
    """
    path = Path(path)
    header, rows = read_table(path)
    stores = {store.code: store for store in Store.objects.all()}
    spec = parse_header(header, known_store_codes=set(stores))
    param_kinds = _parameter_kinds(spec.param_columns, rows)
    importer = _RowImporter(
        spec_columns=spec.param_columns,
        kinds=param_kinds,
        stores=stores,
        user=user,
        source=f"import {path.name}",
    )
    base = Path(base_dir) if base_dir else path.parent
    report = ImportReport(file_name=path.name)
    first_row_of_sku: dict[str, int] = {}
    for number, cells in tqdm(rows, desc=path.name, unit="row", disable=not progress):
        sku = normalize_sku(cells.get("sku", "")) or ""
        try:
            if sku in first_row_of_sku:
                raise RowError(
                    f"sku: {sku} already appears in row {first_row_of_sku[sku]}; "
                    f"each SKU may appear once per file"
                )
            if sku:
                first_row_of_sku[sku] = number
            row = parse_row(number, cells, spec=spec, base_dir=base, param_kinds=param_kinds)
            with transaction.atomic():
                status = importer.apply(row)
        except RowError as exc:
            report.outcomes.append(RowOutcome(number, sku, FAILED, str(exc)))
        except (ValidationError, IntegrityError) as exc:
            message = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            report.outcomes.append(RowOutcome(number, sku, FAILED, message))
        else:
            report.outcomes.append(RowOutcome(number, sku, status))
    return report


def _parameter_kinds(columns: tuple[ParamColumn, ...], rows) -> dict[str, str]:
    """Each parameter column's kind: the existing definition's, the declared one, or inferred.
    Raises FileError when the header contradicts an existing definition."""
    existing = {d.name.lower(): d for d in ParameterDefinition.objects.all()}
    kinds: dict[str, str] = {}
    problems = []
    for column in columns:
        definition = existing.get(column.name.lower())
        if definition is None:
            kinds[column.name] = column.kind or infer_kind(
                [cells.get(column.header, "") for _, cells in rows]
            )
            continue
        if column.unit != definition.unit:
            problems.append(
                f"“{column.header}”: parameter “{definition.name}” is measured in "
                f"“{definition.unit or 'no unit'}”"
            )
        if column.kind and column.kind != definition.kind:
            problems.append(
                f"“{column.header}”: parameter “{definition.name}” is of kind “{definition.kind}”"
            )
        kinds[column.name] = definition.kind
    if problems:
        raise FileError("row 1 (header): " + "; ".join(problems))
    return kinds


class _RowImporter:
    def __init__(
        self, *, spec_columns, kinds: dict[str, str], stores: dict[str, Store], user, source: str
    ):
        self.columns = {column.name: column for column in spec_columns}
        self.kinds = kinds
        self.stores = stores
        self.user = user
        self.source = source

    # --- one row ----------------------------------------------------------------------------

    def apply(self, row: ProductRow) -> str:
        category = self._category(row.category_path)
        product = ProductPage.objects.filter(sku=row.sku).first()
        created = product is None
        if created:
            product = ProductPage(
                title=row.name,
                sku=row.sku,
                live=False,  # its slug: catalog.slugs, when it is added under the category
                sale_unit=row.sale_unit or DEFAULT_SALE_UNIT,
                description=row.description_html or "",
            )
            category.add_child(instance=product)
        moved = not created and product.get_parent().pk != category.pk
        if moved:
            product.move(category, pos="last-child", user=self.user)
            product.refresh_from_db()  # tree fields and url_path changed in the database
        page_changed = self._update_content(product, row) or created or moved
        if page_changed:
            product.save_revision(user=self.user, log_action=True).publish(user=self.user)

        data_changed = False
        if row.has_price_column:
            data_changed |= price_set(
                product=product, amount=row.price, user=self.user, source=self.source
            ).changed
        for code, quantity in row.stock.items():
            data_changed |= stock_set(
                product=product,
                store=self.stores[code],
                quantity=quantity,
                user=self.user,
                source=self.source,
            ).changed
        if created:
            return CREATED
        return UPDATED if page_changed or data_changed else UNCHANGED

    def _update_content(self, product: ProductPage, row: ProductRow) -> bool:
        changed = False
        for attr, value in (
            ("title", row.name),
            ("sale_unit", row.sale_unit),
            ("description", row.description_html),
        ):
            if value is not None and getattr(product, attr) != value:
                setattr(product, attr, value)
                changed = True
        if row.photo_paths is not None:
            images = [self._image(path, row.name) for path in row.photo_paths]
            current = [photo.image_id for photo in product.photos.all()]
            if current != [image.pk for image in images]:
                product.photos = [
                    ProductPhoto(image=image, sort_order=i) for i, image in enumerate(images)
                ]
                changed = True
        if row.params:
            changed |= self._update_parameters(product, row)
        return changed

    def _update_parameters(self, product: ProductPage, row: ProductRow) -> bool:
        existing = list(product.parameters.select_related("definition"))
        by_name = {name.lower(): value for name, value in row.params.items()}
        wanted: list[tuple] = []
        placed: set[str] = set()
        for parameter in existing:
            key = parameter.definition.name.lower()
            if key not in by_name:
                wanted.append((parameter.definition, _values_of(parameter)))
            elif by_name[key] is not None:
                wanted.append((self._definition(by_name[key].name), _values_of(by_name[key])))
            placed.add(key)
        for name, value in row.params.items():
            if value is not None and name.lower() not in placed:
                wanted.append((self._definition(name), _values_of(value)))
        current = [(parameter.definition, _values_of(parameter)) for parameter in existing]
        if [(d.pk, v) for d, v in current] == [(d.pk, v) for d, v in wanted]:
            return False
        product.parameters = [
            ProductParameter(
                definition=definition,
                number_value=values[0],
                range_min=values[1],
                range_max=values[2],
                text_value=values[3],
                sort_order=i,
            )
            for i, (definition, values) in enumerate(wanted)
        ]
        return True

    # --- lookups that may create ----------------------------------------------------------

    def _definition(self, name: str) -> ParameterDefinition:
        column = self.columns[name]
        definition = ParameterDefinition.objects.filter(name__iexact=name).first()
        if definition is None:
            kind = self.kinds[name]
            definition = ParameterDefinition.objects.create(
                name=name, unit=column.unit, kind=kind, filterable=kind != ParameterKind.TEXT
            )
        return definition

    def _catalog(self) -> CatalogPage:
        catalog = CatalogPage.objects.first()
        if catalog is not None:
            return catalog
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise FileError("No default site: run the migrations first.")
        catalog = CatalogPage(title="Catalog", slug="catalog", live=False)
        site.root_page.specific.add_child(instance=catalog)
        catalog.save_revision(user=self.user).publish(user=self.user)
        return catalog

    def _category(self, path: list[str]) -> Page:
        parent: Page = self._catalog()
        for title in path:
            child = CategoryPage.objects.child_of(parent).filter(title__iexact=title).first()
            if child is None:
                # The slug (Latin, unique among siblings) is made on save: catalog.slugs.
                child = CategoryPage(title=title, live=False)
                parent.add_child(instance=child)
                child.save_revision(user=self.user).publish(user=self.user)
            parent = child
        return parent

    def _image(self, path: Path, title: str):
        image_model = get_image_model()
        with path.open("rb") as handle:
            file_hash = hash_filelike(handle)
        image = image_model.objects.filter(file_hash=file_hash).first()
        if image is not None:
            return image
        with path.open("rb") as handle:
            image = image_model(title=title[:255], file=ImageFile(handle, name=path.name))
            image._set_image_file_metadata()
            image.save()
        return image


def _values_of(item) -> tuple:
    """Comparable (number, low, high, text) of a stored parameter or a parsed value."""
    if isinstance(item, ProductParameter):
        return (item.number_value, item.range_min, item.range_max, item.text_value)
    return (item.number, item.low, item.high, item.text)
