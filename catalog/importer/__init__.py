"""Catalog import from CSV / XLSX (the file format is documented in README.md)."""

from catalog.importer.service import ImportReport, RowOutcome, import_catalog_file
from catalog.importer.spec import FileError

__all__ = ["FileError", "ImportReport", "RowOutcome", "import_catalog_file"]
