"""Issue 2.1: configuration from the environment, SQLite tuned for a web server."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db.backends.sqlite3.base import DatabaseWrapper

from config.env import database

ROOT = Path(__file__).resolve().parents[2]
# Everything production needs to start (issue 12.2); nothing is contacted at start-up.
SAFE_PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "shop.example.com",
    "DATABASE_URL": "postgres://shop:pw@db.internal:5432/shop",
    "REDIS_URL": "redis://cache.internal:6379/0",
    "EMAIL_HOST": "smtp.example.com",
    "BRAINTREE_MERCHANT_ID": "merchant",
    "BRAINTREE_PUBLIC_KEY": "public",
    "BRAINTREE_PRIVATE_KEY": "private",
    "SHOP_BANK_IBAN": "UA223052990000026001234567890",
}


def run_python(code: str, **env) -> subprocess.CompletedProcess:
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in SAFE_PRODUCTION_ENV
        and k not in ("DJANGO_SETTINGS_MODULE", "SHOP_PAYMENT_SIMULATOR")
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_sqlite_by_default_with_immediate_transactions_and_busy_timeout(tmp_path, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = database(tmp_path)
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == str(tmp_path / "db.sqlite3")
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert config["OPTIONS"]["timeout"] >= 5


def test_sqlite_connection_really_runs_in_wal_mode(tmp_path, monkeypatch, django_db_blocker):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = database(tmp_path)
    config.update(
        {
            "TIME_ZONE": None,
            "CONN_HEALTH_CHECKS": False,
            "AUTOCOMMIT": True,
            "ATOMIC_REQUESTS": False,
            "TEST": {},
        }
    )
    wrapper = DatabaseWrapper(config, alias="wal-check")
    try:
        with django_db_blocker.unblock(), wrapper.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
            cursor.execute("PRAGMA busy_timeout")
            assert cursor.fetchone()[0] >= 5000
    finally:
        wrapper.close()


def test_database_url_selects_postgresql(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgres://shop:pw@db.internal:5432/shop")
    config = database(tmp_path)
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["NAME"]) == ("db.internal", "shop")
    assert "transaction_mode" not in config.get("OPTIONS", {})


def test_production_refuses_to_start_without_a_real_secret_key():
    code = "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='config.settings.production';"
    code += "django.setup()"
    refused = run_python(code)
    assert refused.returncode != 0
    assert "Set SECRET_KEY" in refused.stderr
    accepted = run_python(code, **SAFE_PRODUCTION_ENV)
    assert accepted.returncode == 0, accepted.stderr


def test_bad_boolean_in_environment_is_reported():
    code = "import os; os.environ['DJANGO_SETTINGS_MODULE']='config.settings.dev';"
    code += "import django; django.setup()"
    result = run_python(code, DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG='maybe' is not a boolean" in result.stderr


@pytest.mark.django_db
def test_the_admin_loads_nothing_from_other_hosts(client, role_user):
    """No CDN and no gravatar: everything the admin dashboard loads (images, scripts,
    stylesheets) is local; plain links to documentation may point anywhere."""
    import re

    client.force_login(role_user("Sales operator"))
    html = client.get("/admin/").content.decode()
    loaded = re.findall(r'src="([^"]+)"', html) + re.findall(
        r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html
    )
    external = [url for url in loaded if url.startswith(("http:", "https:", "//"))]
    assert external == []
    assert "gravatar" not in html
