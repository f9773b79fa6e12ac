"""``python manage.py import_catalog FILE`` — create or update products from CSV / XLSX."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from catalog.importer import FileError, import_catalog_file


class Command(BaseCommand):
    help = "Import products from a .csv or .xlsx file (format: README.md, “Catalog import”)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--photos-dir",
            type=Path,
            default=None,
            help="Folder photo paths are relative to (default: the file's).",
        )
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args, file: Path, photos_dir: Path | None, no_progress: bool, **options):
        try:
            report = import_catalog_file(path=file, base_dir=photos_dir, progress=not no_progress)
        except FileError as exc:
            raise CommandError(str(exc)) from exc
        for failure in report.failures:
            self.stderr.write(f"row {failure.row} ({failure.sku or 'no SKU'}): {failure.message}")
        style = self.style.SUCCESS if report.ok else self.style.ERROR
        self.stdout.write(style(report.summary()))
        if not report.ok:
            raise CommandError(
                f"{len(report.failures)} row(s) failed; the rest were imported.", returncode=1
            )
