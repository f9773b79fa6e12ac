"""Listing benchmark (issue 15.5): the category page and the search page on a generated
catalog of 20,000 products (``manage.py generate_catalog``).

Run: ``.venv/bin/python bench/listings.py [--products N]`` (or ``make bench``; ``make
bench-pg`` on PostgreSQL). Uses a throw-away database, generates the catalog (its time is
printed), then measures each page through Django's test client: queries per request and the
median wall time, against a bare Django view (one query, a tiny template) measured in the
same run, so the ratio is what to watch.
"""

import argparse
import statistics
import time

import django_setup  # first: the test settings on a throw-away database
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings

REPEATS = 15


def three_filters() -> dict[str, list[str] | str]:
    """Three active filters of issue 15.5 on the generated parameters: two brands (OR within
    the parameter), a temperature the products must tolerate (one value in their range) and a
    top weight."""
    from catalog.models import ParameterDefinition

    ids = dict(ParameterDefinition.objects.values_list("name", "pk"))
    return {
        f"p{ids['Brand']}": ["Aqua", "Flora"],
        f"p{ids['Temperature']}_min": "22",
        f"p{ids['Weight']}_max": "4000",
    }


def bare_view(request):
    """The baseline: a bare Django view with one small query and a tiny template."""
    from django.http import HttpResponse
    from django.template import engines

    from catalog.models import Price

    amount = Price.objects.values_list("amount", flat=True).first()
    template = engines["django"].from_string("<p>{{ amount }}</p>")
    return HttpResponse(template.render({"amount": amount}))


def measure(client, url, params) -> tuple[int, float, int]:
    """(status, median ms, queries) of GET ``url`` after one warm-up request."""
    first = client.get(url, params)
    if first.status_code != 200:
        return first.status_code, 0.0, 0
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url, params)
    samples = []
    started = time.perf_counter()
    client.get(url, params)
    # A page slower than a second (SQLite's full-text ranking of a broad query) is timed 3
    # times, not 15: the figure is clear and the run stays minutes long.
    repeats = REPEATS if time.perf_counter() - started < 1 else 3
    for _ in range(repeats):
        start = time.perf_counter()
        client.get(url, params)
        samples.append((time.perf_counter() - start) * 1000)
    return 200, statistics.median(samples), len(executed)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=20000)
    args = parser.parse_args()

    import importlib

    from django.urls import path

    from catalog.generator import generate_catalog
    from catalog.models import CategoryPage

    project_urls = importlib.import_module(settings.ROOT_URLCONF)
    project_urls.urlpatterns.insert(0, path("bench-bare/", bare_view))
    call_command("migrate", verbosity=0)
    made = generate_catalog(products=args.products)
    print(
        f"listing benchmark: generated {made.products} products in {made.categories} "
        f"categories in {made.seconds:.1f} s; median of {REPEATS} requests (3 over 1 s), "
        f"{django_setup.DATABASE}"
    )
    # The largest branch: a quarter of the catalog (5,000 of 20,000) in its subtree.
    branch = CategoryPage.objects.child_of(made.root).first()
    filters = three_filters()
    client = Client()
    with override_settings(ALLOWED_HOSTS=["*"], DEBUG=False):
        _, bare_ms, bare_queries = measure(client, "/bench-bare/", {})
        print(f"  bare Django view (baseline): {bare_ms:.2f} ms, {bare_queries} query")
        pages = [
            ("category, newest", branch.url, {}),
            ("category, sort=popular", branch.url, {"sort": "popular"}),
            ("category, sort=popular, page 50", branch.url, {"sort": "popular", "page": "50"}),
            ("category, three filters", branch.url, filters),
            ("category, sort=popular + three filters", branch.url, {"sort": "popular", **filters}),
            ("search /search/?q=aqua", "/search/", {"q": "aqua"}),
            ("search /search/?q=aqua&sort=popular", "/search/", {"q": "aqua", "sort": "popular"}),
            ("search, one typo /search/?q=aqau", "/search/", {"q": "aqau"}),
            ("search, every product /search/?q=item", "/search/", {"q": "item"}),
            ("search, every product, by price", "/search/", {"q": "item", "sort": "price"}),
        ]
        for label, url, params in pages:
            status, ms, queries = measure(client, url, params)
            if status != 200:
                print(f"  {label}: answered {status}")
                continue
            print(f"  {label}: {ms:.2f} ms, {queries} queries, {ms / bare_ms:.1f}x the baseline")


if __name__ == "__main__":
    main()
