"""Issue 15.5: ``generate_catalog`` writes a large catalog quickly, in bulk, as a valid tree."""

import time
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page

from catalog.models import CategoryPage, ProductPage, ProductParameter


@pytest.mark.django_db
def test_generates_n_listed_products_in_a_valid_tree_quickly(client, catalog):
    out = StringIO()
    started = time.perf_counter()
    call_command("generate_catalog", products=230, branches=2, leaves=3, stdout=out)
    assert time.perf_counter() - started < 30
    assert "Generated 230 products in 9 categories" in out.getvalue()
    root = CategoryPage.objects.get(slug__startswith="generated-")
    listed = ProductPage.objects.listed().descendant_of(root)
    assert listed.count() == 230
    assert ProductParameter.objects.filter(product__in=listed).count() == 4 * 230
    # treebeard's own consistency check: paths, depths and numchild agree.
    assert Page.find_problems() == ([], [], [], [], [])
    leaf = CategoryPage.objects.descendant_of(root).filter(numchild__gt=0).last()
    product = ProductPage.objects.child_of(leaf).last()
    assert product.get_parent().pk == leaf.pk
    assert client.get(product.url).status_code == 200
    response = client.get(root.url, {"sort": "popular"})
    assert response.status_code == 200
    assert len(response.context["products"].object_list) == 16
    # Wagtail can still add pages by hand after the bulk write.
    leaf.add_child(instance=ProductPage(title="By hand", slug="by-hand", sku="HAND-1"))
    assert Page.find_problems() == ([], [], [], [], [])
    assert ProductPage.objects.search("item").count() > 0
