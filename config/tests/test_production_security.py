"""Issue 12.9: production settings send HSTS for a year, and ``check --deploy`` is clean.

Production settings refuse to load without their real services, so each test runs Python in a
subprocess with a complete production environment (nothing is contacted: settings only).
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(48),
    "ALLOWED_HOSTS": "shop.example.com",
    "DATABASE_URL": "postgres://shop:pw@127.0.0.1:1/shop",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "EMAIL_HOST": "smtp.example.com",
    "SHOP_PAYMENT_SIMULATOR": "true",
}
# Whatever the developer's shell says about these must not leak into "production".
_SCRUBBED = ("DEBUG", "SECURE_", "BRAINTREE_", "DATABASE_URL", "SECRET_KEY", "DJANGO_SETTINGS")


def run_production(args: list[str], **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(_SCRUBBED)}
    environment.update(PRODUCTION_ENV, **env)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_settings(*names: str, **env: str) -> list[str]:
    code = "import django; django.setup(); from django.conf import settings; "
    code += f"print(*[repr(getattr(settings, n)) for n in {names!r}], sep='\\n')"
    result = run_production(["-c", code], **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_hsts_for_one_year_with_subdomains_by_default_preload_by_choice():
    assert production_settings(
        "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD"
    ) == ["31536000", "True", "False"]
    assert production_settings(
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SILENCED_SYSTEM_CHECKS",
        SECURE_HSTS_INCLUDE_SUBDOMAINS="false",
        SECURE_HSTS_PRELOAD="true",
    ) == ["False", "True", "['security.W019']"]


def test_check_deploy_reports_nothing_but_the_justified_silenced_checks():
    """security.W019 (X-Frame-Options SAMEORIGIN for Wagtail's preview; base.py) and
    security.W021 (HSTS preload is the owner's choice; production.py) are silenced with their
    reasons; anything else check --deploy says fails here."""
    result = run_production(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (2 silenced)." in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_check_deploy_would_report_a_short_hsts():
    """The check above can fail: with HSTS switched off check --deploy says so (W004)."""
    result = run_production(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], SECURE_HSTS_SECONDS="0"
    )
    assert result.returncode != 0
    assert "security.W004" in result.stderr + result.stdout
