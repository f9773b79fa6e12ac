"""A large generated catalog for benchmarks (issue 15.5): ``manage.py generate_catalog``.

Wagtail's ``add_child`` saves one page at a time (tree locks, revisions, signals): fine for
the few categories, far too slow for 20,000 products. Products are written in bulk instead,
with the paths treebeard would give them: each leaf category is new, so its children are
steps 1…n under its path, and its ``numchild`` is set once at the end. The product table of
the multi-table page is filled with the rows' primary keys (Django's ``bulk_create`` refuses
inherited models), then price, stock, parameter values, popularity counters and the search
index in bulk. Every product is live, priced and in stock.
"""

import datetime
import random
import time
import uuid
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import router, transaction
from django.utils import timezone
from wagtail.models import Page, Site

from catalog.models import (
    CatalogPage,
    CategoryPage,
    ParameterDefinition,
    ParameterKind,
    Price,
    ProductPage,
    ProductParameter,
    ProductPopularity,
    StockRecord,
    Store,
)

BATCH = 500
BRANDS = ("Aqua", "Flora", "Nord", "Volt", "Pixel", "Terra", "Luma", "Orbit")
COLOURS = ("green", "red", "blue", "white", "black")


@dataclass(frozen=True)
class Generated:
    products: int
    categories: int
    seconds: float
    root: CategoryPage


def _definitions() -> dict[str, ParameterDefinition]:
    specs = {
        "Brand": ("", ParameterKind.CHOICE),
        "Colour": ("", ParameterKind.CHOICE),
        "Weight": ("g", ParameterKind.NUMBER),
        "Temperature": ("°C", ParameterKind.RANGE),
    }
    return {
        name: ParameterDefinition.objects.get_or_create(
            name=name, defaults={"unit": unit, "kind": kind, "filterable": True}
        )[0]
        for name, (unit, kind) in specs.items()
    }


def _catalog() -> CatalogPage:
    catalog = CatalogPage.objects.first()
    if catalog is None:
        home = Site.objects.get(is_default_site=True).root_page
        catalog = home.add_child(instance=CatalogPage(title="Catalog", slug="catalog"))
    return catalog


def generate_catalog(
    *, products: int, branches: int = 4, leaves: int = 5, seed: int = 0, index: bool = True
) -> Generated:
    """Create a category "Generated <run>" under the catalog with ``branches`` subcategories of
    ``leaves`` leaf categories each and ``products`` products spread evenly over the leaves;
    every product has a price, stock in the store "gen", four parameter values (two choices,
    a number, a range) and a popularity counter. Returns what was made and how long it took."""
    started = time.perf_counter()
    rng = random.Random(seed)
    run = uuid.uuid4().hex[:6].upper()
    definitions = _definitions()
    store, _ = Store.objects.get_or_create(code="gen", defaults={"name": "Generated warehouse"})
    content_type = ContentType.objects.get_for_model(ProductPage)
    now = timezone.now()
    with transaction.atomic():
        root = _catalog().add_child(
            instance=CategoryPage(title=f"Generated {run}", slug=f"generated-{run.lower()}")
        )
        leaf_pages = []
        for b in range(branches):
            branch = root.add_child(
                instance=CategoryPage(title=f"Branch {b + 1}", slug=f"branch-{b + 1}")
            )
            for leaf in range(leaves):
                leaf_pages.append(
                    branch.add_child(
                        instance=CategoryPage(title=f"Leaf {leaf + 1}", slug=f"leaf-{leaf + 1}")
                    )
                )
        number = 0
        for position, leaf in enumerate(leaf_pages):
            count = products // len(leaf_pages) + (position < products % len(leaf_pages))
            for start in range(0, count, BATCH):
                size = min(BATCH, count - start)
                _write_batch(
                    leaf=leaf,
                    first_step=start + 1,
                    numbers=range(number, number + size),
                    run=run,
                    rng=rng,
                    now=now,
                    content_type=content_type,
                    store=store,
                    definitions=definitions,
                    index=index,
                )
                number += size
            Page.objects.filter(pk=leaf.pk).update(numchild=count)
        _analyze()
    return Generated(
        products=number,
        categories=1 + branches + len(leaf_pages),
        seconds=time.perf_counter() - started,
        root=root,
    )


def _analyze() -> None:
    """Fresh planner statistics for the tables just filled (PostgreSQL; SQLite plans without
    them). Without them the planner takes the tables for as small as before the import and
    may pick nested loops that run for minutes; autovacuum would analyze them only later
    (and never inside an open transaction, where tests generate). ANALYZE counts the rows
    the running transaction inserted."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    tables = [
        model._meta.db_table
        for model in (Page, ProductPage, Price, StockRecord, ProductParameter, ProductPopularity)
    ]
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {', '.join(tables)}")


def _write_batch(
    *, leaf, first_step, numbers, run, rng, now, content_type, store, definitions, index
):
    pages = []
    for step, n in enumerate(numbers, start=first_step):
        slug = f"item-{n + 1}"
        published = now - datetime.timedelta(minutes=n)
        pages.append(
            Page(
                title=f"{rng.choice(BRANDS)} item {n + 1}",
                draft_title=f"Item {n + 1}",
                slug=slug,
                content_type=content_type,
                live=True,
                has_unpublished_changes=False,
                url_path=f"{leaf.url_path}{slug}/",
                path=Page._get_path(leaf.path, leaf.depth + 1, step),
                depth=leaf.depth + 1,
                numchild=0,
                first_published_at=published,
                last_published_at=published,
                locale_id=leaf.locale_id,
                translation_key=uuid.uuid4(),
            )
        )
    for page in pages:
        page.draft_title = page.title
    Page.objects.bulk_create(pages)
    products = []
    for page, n in zip(pages, numbers, strict=True):
        product = ProductPage(sku=f"GEN{run}-{n + 1:06d}", sale_unit="1 pc", description="")
        product.__dict__.update(
            {f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields}
        )
        product.page_ptr_id = page.pk
        products.append(product)
    db = router.db_for_write(ProductPage)
    ProductPage._base_manager._insert(
        products, fields=ProductPage._meta.local_concrete_fields, using=db
    )
    Price.objects.bulk_create(
        [Price(product_id=p.pk, amount=Decimal(rng.randrange(50, 50000))) for p in products]
    )
    StockRecord.objects.bulk_create(
        [StockRecord(product_id=p.pk, store=store, quantity=rng.randrange(1, 40)) for p in products]
    )
    values = []
    for p in products:
        low = Decimal(rng.randrange(15, 25))
        values += [
            ProductParameter(
                product_id=p.pk,
                definition=definitions["Brand"],
                text_value=p.title.split()[0],
                sort_order=0,
            ),
            ProductParameter(
                product_id=p.pk,
                definition=definitions["Colour"],
                text_value=rng.choice(COLOURS),
                sort_order=1,
            ),
            ProductParameter(
                product_id=p.pk,
                definition=definitions["Weight"],
                number_value=Decimal(rng.randrange(5, 5000)),
                sort_order=2,
            ),
            ProductParameter(
                product_id=p.pk,
                definition=definitions["Temperature"],
                range_min=low,
                range_max=low + rng.randrange(2, 8),
                sort_order=3,
            ),
        ]
    ProductParameter.objects.bulk_create(values)
    # Seeded sales so the popular sort has something to order by; the nightly window
    # recompute, which knows only real orders, sets them back to 0.
    ProductPopularity.objects.bulk_create(
        [ProductPopularity(product_id=p.pk, units=rng.randrange(0, 200)) for p in products]
    )
    if index:
        from wagtail.search.backends import get_search_backend

        get_search_backend().add_bulk(ProductPage, products)
