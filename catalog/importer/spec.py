"""The import file's columns and the pure parsing of one row (no database access)."""

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.utils.html import escape

from catalog.models.pages import normalize_sku
from catalog.models.parameters import ParameterKind
from commerce.money import InvalidAmount, parse_money
from config.errors import ShopError

REQUIRED_COLUMNS = ("sku", "name", "category")
PLAIN_COLUMNS = {"sku", "name", "category", "price", "sale_unit", "description", "photos"}
PARAM_RE = re.compile(
    r"^param:\s*(?P<name>[^\[\]{}]+?)\s*(?:\[(?P<unit>[^\]]*)\])?\s*(?:\{(?P<kind>[a-z]+)\})?\s*$"
)
STOCK_RE = re.compile(r"^stock:\s*(?P<code>[-\w]+)\s*$")
NUMBER_RE = re.compile(r"^-?\d+(?:\.\d+)?$")
RANGE_RE = re.compile(r"^(?P<low>-?\d+(?:\.\d+)?)\s*[-–]\s*(?P<high>-?\d+(?:\.\d+)?)$")
SKU_RE = re.compile(r"^\S{1,64}$")
CATEGORY_SEPARATOR = "/"
PHOTO_SEPARATOR = "|"
DEFAULT_SALE_UNIT = "1 pc"
# Set by the readers on a row that has more filled cells than the header has columns.
OVERFLOW_KEY = "\x00overflow"


class FileError(ShopError):
    """The whole file is refused (unreadable, or a header problem); nothing was imported.
    Shown to whoever runs the import."""

    status = 400


class RowError(ShopError):
    """One row is refused; the message names the column and is safe to show."""

    status = 400


@dataclass(frozen=True)
class ParamColumn:
    header: str
    name: str
    unit: str
    kind: str | None  # declared with {kind}, else inferred from the column's values


@dataclass(frozen=True)
class FileSpec:
    """What the header says: which optional columns exist, stores and parameters."""

    columns: frozenset[str]
    stock_columns: dict[str, str]  # header → store code
    param_columns: tuple[ParamColumn, ...]


@dataclass
class ParamValue:
    name: str
    kind: str
    number: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    text: str = ""


@dataclass
class ProductRow:
    """One valid row, ready to apply. ``None`` for a field means "column absent: keep"."""

    number: int
    sku: str
    name: str
    category_path: list[str]
    price: Decimal | None
    has_price_column: bool
    sale_unit: str | None
    description_html: str | None
    photo_paths: list[Path] | None
    stock: dict[str, int] = field(default_factory=dict)  # store code → pieces
    params: dict[str, ParamValue | None] = field(default_factory=dict)  # None = remove


def parse_header(header: list[str], *, known_store_codes: set[str]) -> FileSpec:
    """Check the header; raises FileError listing every problem (unknown column or store,
    duplicate column, bad parameter kind, missing required column)."""
    problems: list[str] = []
    seen: set[str] = set()
    stock_columns: dict[str, str] = {}
    params: list[ParamColumn] = []
    kinds = {choice.value for choice in ParameterKind}
    for raw in header:
        name = raw.strip()
        if not name:
            continue
        lowered = name.lower()
        if lowered in seen:
            problems.append(f"column “{name}” appears twice")
            continue
        seen.add(lowered)
        if lowered in PLAIN_COLUMNS:
            continue
        if match := STOCK_RE.match(name):
            code = match["code"].lower()
            if code not in known_store_codes:
                known = ", ".join(sorted(known_store_codes)) or "none yet"
                problems.append(
                    f"unknown store column “{name}”: no store with code “{code}” "
                    f"(known: {known}); create the store in the admin first"
                )
            stock_columns[name] = code
        elif match := PARAM_RE.match(name):
            kind = match["kind"]
            if kind and kind not in kinds:
                problems.append(f"column “{name}”: kind must be one of {', '.join(sorted(kinds))}")
            params.append(
                ParamColumn(name, match["name"].strip(), (match["unit"] or "").strip(), kind)
            )
        else:
            problems.append(
                f"unknown column “{name}” (expected sku, name, category, price, sale_unit, "
                f"description, photos, stock:<store code> or param:<name> [<unit>])"
            )
    for required in REQUIRED_COLUMNS:
        if required not in seen:
            problems.append(f"required column “{required}” is missing")
    if problems:
        raise FileError("row 1 (header): " + "; ".join(problems))
    return FileSpec(frozenset(seen), stock_columns, tuple(params))


def infer_kind(values: list[str]) -> str:
    """Kind for a new parameter from its column: all numbers → number; numbers and ranges →
    range; few distinct words → choice; otherwise text."""
    filled = [v for v in values if v]
    if filled and all(NUMBER_RE.match(v) for v in filled):
        return ParameterKind.NUMBER
    if filled and all(NUMBER_RE.match(v) or RANGE_RE.match(v) for v in filled):
        return ParameterKind.RANGE
    distinct = {v.lower() for v in filled}
    if filled and len(distinct) <= 12 and len(distinct) < len(filled):
        return ParameterKind.CHOICE
    return ParameterKind.TEXT


def parse_param_value(column: ParamColumn, kind: str, text: str) -> ParamValue:
    """Typed value of one parameter cell; raises RowError naming the column."""
    if kind == ParameterKind.NUMBER:
        if not NUMBER_RE.match(text):
            raise RowError(f"{column.header}: “{text}” is not a number (use a dot: 5.5)")
        return ParamValue(column.name, kind, number=Decimal(text))
    if kind == ParameterKind.RANGE:
        if NUMBER_RE.match(text):
            value = Decimal(text)
            return ParamValue(column.name, kind, low=value, high=value)
        match = RANGE_RE.match(text)
        if not match:
            raise RowError(f"{column.header}: “{text}” is not a number or a range like 22-26")
        low, high = Decimal(match["low"]), Decimal(match["high"])
        if low > high:
            raise RowError(f"{column.header}: range “{text}” starts above its end")
        return ParamValue(column.name, kind, low=low, high=high)
    if len(text) > 255:
        raise RowError(f"{column.header}: longer than 255 characters")
    return ParamValue(column.name, kind, text=text)


def description_to_html(text: str) -> str:
    """Plain text → rich text: blank lines split paragraphs, single newlines become <br>.
    Everything is escaped: an import file cannot inject markup."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    return "".join(
        f"<p>{'<br/>'.join(escape(line) for line in p.splitlines())}</p>" for p in paragraphs
    )


def _is_image(path: Path) -> bool:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return False
    return True


def parse_row(
    number: int,
    cells: dict[str, str],
    *,
    spec: FileSpec,
    base_dir: Path,
    param_kinds: dict[str, str],
) -> ProductRow:
    """Validate one row without touching the database; raises RowError with every problem."""
    problems: list[str] = []
    if OVERFLOW_KEY in cells:
        problems.append(f"the row has {cells[OVERFLOW_KEY]} cells but the header names fewer")
    sku = normalize_sku(cells.get("sku", "")) or ""
    if not sku:
        problems.append("sku: missing (every product needs a SKU)")
    elif not SKU_RE.match(sku):
        problems.append(f"sku: “{sku}” must be one word of at most 64 characters")
    name = cells.get("name", "")
    if not name:
        problems.append("name: missing")
    elif len(name) > 255:
        problems.append("name: longer than 255 characters")
    category = [part.strip() for part in cells.get("category", "").split(CATEGORY_SEPARATOR)]
    if not any(category):
        problems.append("category: missing (a path like “Plants / Stem plants”)")
    elif not all(category):
        problems.append(f"category: “{cells['category']}” has an empty level")
    elif any(len(part) > 255 for part in category):
        problems.append("category: a level is longer than 255 characters")

    price = None
    if "price" in spec.columns:
        try:
            price = parse_money(cells.get("price", ""))
        except InvalidAmount as exc:
            problems.append(f"price: {exc}")

    sale_unit = None
    if "sale_unit" in spec.columns:
        sale_unit = cells.get("sale_unit") or DEFAULT_SALE_UNIT
        if len(sale_unit) > 50:
            problems.append("sale_unit: longer than 50 characters")

    description_html = None
    if "description" in spec.columns:
        description_html = description_to_html(cells.get("description", ""))

    photo_paths = None
    if "photos" in spec.columns:
        photo_paths = []
        root = base_dir.resolve()
        for raw in filter(
            None, (p.strip() for p in cells.get("photos", "").split(PHOTO_SEPARATOR))
        ):
            path = (root / raw).resolve()
            if not path.is_relative_to(root):
                problems.append(f"photos: “{raw}” points outside the import folder")
            elif not path.is_file():
                problems.append(f"photos: file “{raw}” not found next to the import file")
            elif not _is_image(path):
                problems.append(f"photos: “{raw}” is not a readable image (use PNG, JPEG or WebP)")
            else:
                photo_paths.append(path)

    stock: dict[str, int] = {}
    for header, code in spec.stock_columns.items():
        text = cells.get(header, "")
        if text == "":
            continue
        if not re.fullmatch(r"\d{1,9}", text):
            problems.append(f"{header}: “{text}” is not a whole number of pieces (0 or more)")
            continue
        stock[code] = int(text)

    params: dict[str, ParamValue | None] = {}
    for column in spec.param_columns:
        text = cells.get(column.header, "")
        if not text:
            params[column.name] = None
            continue
        try:
            params[column.name] = parse_param_value(column, param_kinds[column.name], text)
        except RowError as exc:
            problems.append(str(exc))

    if problems:
        raise RowError("; ".join(problems))
    return ProductRow(
        number=number,
        sku=sku,
        name=name,
        category_path=category,
        price=price,
        has_price_column="price" in spec.columns,
        sale_unit=sale_unit,
        description_html=description_html,
        photo_paths=photo_paths,
        stock=stock,
        params=params,
    )
