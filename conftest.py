"""Shared fixtures: the page tree the migrations create, plus a catalog root."""

import pytest
from wagtail.models import Site


def pytest_collection_modifyitems(config, items):
    """Race tests need PostgreSQL (SQLite serializes every writer and hides races): on SQLite
    they are deselected, not skipped; `make test-pg` runs them."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    selected, deselected = [], []
    for item in items:
        (deselected if item.get_closest_marker("postgres") else selected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


@pytest.fixture
def home(db):
    """The HomePage created by home/migrations/0002 (the default site's root)."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def catalog(home):
    from catalog.tests.factories import CatalogPageFactory

    return CatalogPageFactory(parent=home, title="Catalog", slug="catalog")


@pytest.fixture
def store(db):
    from catalog.tests.factories import StoreFactory

    return StoreFactory(code="kyiv", name="Kyiv warehouse")


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits and renditions live in the cache; each test starts with it empty."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
