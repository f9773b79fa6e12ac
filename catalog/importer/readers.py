"""Read an import file into (row number, {column: text}) pairs; row 1 is the header."""

import csv
from collections.abc import Iterator
from pathlib import Path

from catalog.importer.spec import OVERFLOW_KEY, FileError

Row = tuple[int, dict[str, str]]


def read_table(path: Path) -> tuple[list[str], list[Row]]:
    """Header cells and data rows of a ``.csv`` (UTF-8, comma) or ``.xlsx`` (first sheet).

    Cells are stripped text; fully empty rows are skipped. Raises FileError for a missing or
    unreadable file, an unknown extension or a file without a header.
    """
    if not path.is_file():
        raise FileError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        header, rows = _read_csv(path)
    elif suffix == ".xlsx":
        header, rows = _read_xlsx(path)
    else:
        raise FileError(f"{path.name}: unsupported file type “{suffix}”; use .csv or .xlsx")
    if not header or not any(header):
        raise FileError(f"{path.name}: the first row must name the columns (sku, name, …)")
    return header, list(_as_dicts(header, rows))


def _read_csv(path: Path) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileError(f"{path.name}: not UTF-8 text ({exc.reason})") from exc
    reader = csv.reader(text.splitlines(keepends=True))
    try:
        header = next(reader)
    except StopIteration:
        return [], iter(())
    except csv.Error as exc:
        raise FileError(f"{path.name}: {exc}") from exc

    def rows():
        # Rows are numbered as a spreadsheet shows them (header = 1), so a quoted cell that
        # spans several lines is still one row.
        try:
            yield from enumerate(reader, start=2)
        except csv.Error as exc:
            raise FileError(f"{path.name}, line {reader.line_num}: {exc}") from exc

    return [cell.strip() for cell in header], rows()


def _read_xlsx(path: Path):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise FileError(f"{path.name}: not a readable .xlsx file ({exc})") from exc
    sheet = workbook.worksheets[0]
    iterator = sheet.iter_rows(values_only=True)
    try:
        header = [_cell_text(cell) for cell in next(iterator)]
    except StopIteration:
        return [], iter(())

    def rows():
        for number, cells in enumerate(iterator, start=2):
            yield number, [_cell_text(cell) for cell in cells]
        workbook.close()

    return header, rows()


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _as_dicts(header: list[str], rows) -> Iterator[Row]:
    for number, cells in rows:
        if not any((cell or "").strip() for cell in cells):
            continue
        padded = list(cells) + [""] * (len(header) - len(cells))
        row = {name: (padded[i] or "").strip() for i, name in enumerate(header) if name}
        overflow = [cell for cell in padded[len(header) :] if (cell or "").strip()]
        if overflow:
            row[OVERFLOW_KEY] = str(len(header) + len(overflow))
        yield number, row
