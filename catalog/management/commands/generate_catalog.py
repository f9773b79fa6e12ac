from django.core.management.base import BaseCommand

from catalog.generator import generate_catalog


class Command(BaseCommand):
    help = (
        "Generate a large catalog for benchmarks (issue 15.5): a category tree of 1 + branches "
        "+ branches × leaves categories and N live, priced, in-stock products with parameters, "
        "written in bulk. Prints how long it took."
    )

    def add_arguments(self, parser):
        parser.add_argument("--products", type=int, default=20000)
        parser.add_argument("--branches", type=int, default=4)
        parser.add_argument("--leaves", type=int, default=5, help="leaf categories per branch")
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument(
            "--no-index", action="store_true", help="skip Wagtail's search index (faster)"
        )

    def handle(self, *args, products, branches, leaves, seed, no_index, **options):
        made = generate_catalog(
            products=products, branches=branches, leaves=leaves, seed=seed, index=not no_index
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {made.products} products in {made.categories} categories under "
                f"{made.root.url_path} in {made.seconds:.1f} s."
            )
        )
