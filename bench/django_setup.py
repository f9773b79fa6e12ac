"""Django for a benchmark: the project's test settings on a throw-away database, the project
root importable. Import this module first, then Django.

The database is SQLite in a temporary folder, or — with ``BENCH_POSTGRES=1`` (``make
bench-pg``) — a fresh ``shop_bench`` database on the local PostgreSQL cluster that
``scripts/start_postgres.sh`` starts (production's engine: its full-text search and planner
behave differently from SQLite's)."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"


def _fresh_postgres_database() -> str:
    import psycopg

    url = subprocess.run(
        [str(ROOT / "scripts" / "start_postgres.sh")], check=True, capture_output=True, text=True
    ).stdout.strip()
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS shop_bench")
        connection.execute("CREATE DATABASE shop_bench")
    return url.rsplit("/", 1)[0] + "/shop_bench"


if os.environ.get("BENCH_POSTGRES") == "1":
    DATABASE = "PostgreSQL"
    os.environ["DATABASE_URL"] = _fresh_postgres_database()
else:
    DATABASE = "SQLite"
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='shop-bench-')}/db.sqlite3"

import django  # noqa: E402

django.setup()
