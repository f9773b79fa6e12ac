"""Pricing benchmark (issue 5.8): a 50-line cart against 500 active discounts.

Run: ``.venv/bin/python bench/pricing.py`` (or ``make bench``). Uses a throw-away SQLite
database, prints the loader's queries and the CPU time per priced cart, and the same cart with
no discounts as the baseline measured in the same run, so the ratio is what to watch.
"""

import statistics
import time
from decimal import Decimal

import django_setup  # noqa: F401  (first: the test settings on a throw-away database)
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

LINES, DISCOUNTS, REPEATS = 50, 500, 30


def build():
    from wagtail.models import Site

    from catalog.models import CatalogPage, CategoryPage, Price, ProductPage, Store
    from commerce.pricing.models import Discount, DiscountProduct

    call_command("migrate", verbosity=0)
    store = Store.objects.create(code="kyiv", name="Kyiv")
    home = Site.objects.get(is_default_site=True).root_page.specific
    catalog = home.add_child(instance=CatalogPage(title="Catalog", slug="catalog"))
    categories = [
        catalog.add_child(instance=CategoryPage(title=f"C{n}", slug=f"c{n}")) for n in range(10)
    ]
    products = []
    for n in range(LINES):
        product = categories[n % 10].add_child(
            instance=ProductPage(title=f"P{n}", slug=f"p{n}", sku=f"B-{n}")
        )
        Price.objects.filter(product=product).update(amount=Decimal(100 + n * 7))
        products.append(ProductPage.objects.get(pk=product.pk))
    kinds = ["product", "set", "group", "cart"]
    for n in range(DISCOUNTS):
        kind = kinds[n % 4]
        discount = Discount.objects.create(
            name=f"D{n}",
            store=store,
            kind="product" if kind == "set" else kind,
            is_set=kind == "set",
            type=["percent", "amount"][n % 2],
            value=Decimal(5 + n % 10),
            priority=1 + n % 3,
            category=categories[n % 10] if kind == "group" else None,
            condition="min_items" if kind == "cart" else "",
            threshold=Decimal(n % 60) if kind == "cart" else None,
        )
        if kind in ("product", "set"):
            for offset in range(2 if kind == "set" else 3):
                DiscountProduct.objects.create(
                    discount=discount, product=products[(n + offset * 7) % LINES]
                )
    return store, products


def lines_for(store, products):
    from commerce.pricing.types import LineInput

    return [
        LineInput(
            product_id=p.pk,
            store_id=store.pk,
            quantity=1 + i % 4,
            unit_price=p.price.amount,
            path=p.path,
        )
        for i, p in enumerate(products)
    ]


def cpu_ms(function) -> float:
    samples = []
    for _ in range(REPEATS):
        start = time.process_time()
        function()
        samples.append((time.process_time() - start) * 1000)
    return statistics.median(samples)


def main():
    from catalog.models import ProductPage
    from commerce.pricing.engine import price_cart
    from commerce.pricing.loader import load_discounts

    store, products = build()
    products = list(
        ProductPage.objects.filter(pk__in=[p.pk for p in products])
        .select_related("price")
        .order_by("pk")
    )
    lines = lines_for(store, products)
    with CaptureQueriesContext(connection) as loader_queries:
        discounts = load_discounts()
    priced = price_cart(lines, discounts, loyalty_percent=Decimal(2))
    with_discounts = cpu_ms(lambda: price_cart(lines, discounts, loyalty_percent=Decimal(2)))
    baseline = cpu_ms(lambda: price_cart(lines, [], loyalty_percent=Decimal(2)))
    loader = cpu_ms(load_discounts)
    print(
        f"pricing benchmark: {len(lines)} lines, {len(discounts)} active discounts, "
        f"median of {REPEATS} runs"
    )
    print(
        f"  loader: {len(loader_queries.captured_queries)} queries, {loader:.2f} ms CPU "
        f"(cached between discount changes)"
    )
    print(
        f"  engine, 500 discounts: {with_discounts:.2f} ms CPU per cart "
        f"({len(priced.applied)} applications, total {priced.total} of {priced.subtotal})"
    )
    print(f"  engine, no discounts (baseline): {baseline:.2f} ms CPU per cart")
    print(f"  ratio: {with_discounts / baseline:.1f}x the baseline")


if __name__ == "__main__":
    main()
