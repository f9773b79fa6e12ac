"""Shared fixtures: the page tree the migrations create, plus a catalog root."""

import os
import shutil
import tempfile
from pathlib import Path

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


@pytest.fixture
def kyiv(db):
    from catalog.tests.factories import StoreFactory

    return StoreFactory(code="kyiv", name="Kyiv warehouse")


@pytest.fixture
def lviv(db):
    from catalog.tests.factories import StoreFactory

    return StoreFactory(code="lviv", name="Lviv shop")


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits and renditions live in the cache; each test starts with it empty."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """LocaleMiddleware activates a request's language on the thread and leaves it there; the
    test client runs requests on the test's own thread, so without this a Ukrainian request
    would make the next test's ``reverse()`` answer /uk/… URLs."""
    from django.utils import translation

    yield
    translation.deactivate()


@pytest.fixture
def ukrainian():
    """The shop on its real default language, Ukrainian (config/tests/i18n.py)."""
    from config.tests.i18n import ukrainian_shop

    with ukrainian_shop():
        yield


@pytest.fixture
def role_user(db):
    """A factory of staff accounts holding one shop role (accounts.roles), by role name."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    def make(role_name: str, email: str | None = None):
        email = email or f"{role_name.lower().replace(' ', '-')}@example.com"
        user = get_user_model().objects.create_user(email=email, password="pw-Secret-123")
        user.groups.add(Group.objects.get(name=role_name))
        return user

    return make


@pytest.fixture
def role_admin(db):
    """The configured role administrator (SHOP_ROLE_ADMIN_EMAIL), set up by the service that
    `manage.py ensure_role_admin` runs."""
    from django.conf import settings

    from accounts.role_admin import role_admin_ensure

    user, _ = role_admin_ensure(email=settings.SHOP_ROLE_ADMIN_EMAIL, password="pw-Secret-123")
    return user


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """`make mutation` runs a short pytest session per mutant; migrating a fresh database
    each time would cost more than the tests. With SHOP_TEST_DB_TEMPLATE (and --reuse-db),
    the first session migrates into that file and every later one starts from a private
    copy of it, so concurrent sessions never share a database."""
    template = os.environ.get("SHOP_TEST_DB_TEMPLATE")
    if not template:
        yield
        return
    from django.conf import settings

    test_settings = settings.DATABASES["default"].setdefault("TEST", {})
    if not Path(template).exists():
        test_settings["NAME"] = template
        yield
        return
    handle, copy = tempfile.mkstemp(prefix="shop-mutation-", suffix=".sqlite3")
    os.close(handle)
    shutil.copyfile(template, copy)
    test_settings["NAME"] = copy
    yield
    Path(copy).unlink(missing_ok=True)
