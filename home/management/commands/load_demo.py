"""``python manage.py load_demo`` — the demo catalog through the real importer, then the demo
discounts and delivery methods, then the content: info pages, articles, promotions, the
feedback page, banners and the footer. It lives in home, the top layer, because it seeds
every app (catalog and commerce never import the content's demo)."""

from django.core.management.base import BaseCommand, CommandError

from catalog.demo.loader import load_demo_catalog
from catalog.models import ProductPage
from commerce.demo import ensure_demo_delivery, ensure_demo_discounts
from home.demo import ensure_demo_content


class Command(BaseCommand):
    help = (
        "Load the bundled demo catalog (stores, categories, ~90 products with photos, discounts)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the catalog already has products.",
        )

    def handle(self, *args, if_empty: bool, **options):
        if if_empty and ProductPage.objects.exists():
            self.stdout.write("Catalog already has products; demo not loaded.")
            # Data added by later versions of the demo still arrives (each step is idempotent).
            ensure_demo_discounts()
            ensure_demo_delivery()
            ensure_demo_content()
            return
        report = load_demo_catalog(progress=True)
        for failure in report.failures:
            self.stderr.write(f"row {failure.row} ({failure.sku}): {failure.message}")
        self.stdout.write(report.summary())
        self.stdout.write(f"Demo discounts created: {ensure_demo_discounts()}")
        self.stdout.write(f"Demo delivery methods created: {ensure_demo_delivery()}")
        self.stdout.write(f"Demo content created: {ensure_demo_content()}")
        if not report.ok:
            raise CommandError("The demo catalog did not import cleanly.")
