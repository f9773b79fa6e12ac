"""Issue 12.2: production refuses to start on unsafe settings, naming the variable; app
servers default to production settings, manage.py to development."""

import pytest

from config.production_checks import unsafe_settings
from config.tests.test_settings import SAFE_PRODUCTION_ENV, run_python

SETUP = (
    "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='config.settings.production';"
    "django.setup(); from django.conf import settings;"
)


def env(**changes) -> dict:
    environment = dict(SAFE_PRODUCTION_ENV)
    for name, value in changes.items():
        if value is None:
            environment.pop(name, None)
        else:
            environment[name] = value
    return environment


def test_a_complete_environment_has_no_problem():
    assert unsafe_settings(env()) == []


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"SECRET_KEY": None}, "SECRET_KEY"),
        ({"SECRET_KEY": "dev-" + "x" * 50}, "SECRET_KEY"),
        ({"BRAINTREE_MERCHANT_ID": None}, "BRAINTREE_MERCHANT_ID"),
        ({"BRAINTREE_PRIVATE_KEY": ""}, "BRAINTREE_PRIVATE_KEY"),
        ({"DATABASE_URL": None}, "DATABASE_URL"),
        ({"DATABASE_URL": "sqlite:////srv/shop/db.sqlite3"}, "DATABASE_URL points to SQLite"),
        ({"REDIS_URL": None}, "REDIS_URL"),
        ({"EMAIL_HOST": "  "}, "EMAIL_HOST"),
        ({"SHOP_BANK_IBAN": None}, "SHOP_BANK_IBAN"),
        ({"SHOP_BANK_IBAN": "UA213223130000026007233566002"}, "SHOP_BANK_IBAN"),
        ({"SHOP_ACCOUNT_GATEWAY": "simulator"}, "SHOP_ACCOUNT_GATEWAY=simulator"),
    ],
)
def test_each_unsafe_setting_is_refused_by_name(changes, named):
    [problem] = unsafe_settings(env(**changes))
    assert named in problem


def test_the_payment_simulator_is_allowed_only_on_purpose():
    no_braintree = env(
        BRAINTREE_MERCHANT_ID=None, BRAINTREE_PUBLIC_KEY=None, BRAINTREE_PRIVATE_KEY=None
    )
    assert len(unsafe_settings(no_braintree)) == 1
    assert unsafe_settings({**no_braintree, "SHOP_PAYMENT_SIMULATOR": "true"}) == []
    assert len(unsafe_settings({**no_braintree, "SHOP_PAYMENT_SIMULATOR": "no"})) == 1


def test_production_does_not_start_and_lists_every_problem():
    refused = run_python(SETUP, SECRET_KEY="x" * 50)
    assert refused.returncode != 0
    assert "Production refuses to start" in refused.stderr
    for name in ("BRAINTREE_MERCHANT_ID", "DATABASE_URL", "REDIS_URL", "EMAIL_HOST"):
        assert name in refused.stderr


def test_a_safe_production_uses_redis_smtp_and_no_simulator():
    code = SETUP + (
        "print(settings.CACHES['default']['BACKEND'], settings.EMAIL_BACKEND,"
        " settings.SESSION_ENGINE, settings.SHOP_PAYMENT_SIMULATOR,"
        " repr(settings.SHOP_ACCOUNT_GATEWAY), settings.DATABASES['default']['ENGINE'])"
    )
    started = run_python(code, **env())
    assert started.returncode == 0, started.stderr
    assert started.stdout.split() == [
        "django.core.cache.backends.redis.RedisCache",
        "django.core.mail.backends.smtp.EmailBackend",
        "django.contrib.sessions.backends.cached_db",
        "False",
        "''",
        "django.db.backends.postgresql",
    ]


def test_a_demo_deployment_simulates_every_payment_and_says_so():
    code = SETUP + (
        "from commerce.payments import braintree_gateway;"
        "print(settings.SHOP_PAYMENT_SIMULATOR, settings.SHOP_ACCOUNT_GATEWAY,"
        " braintree_gateway.is_live())"
    )
    demo = run_python(code, **env(SHOP_PAYMENT_SIMULATOR="true"))
    assert demo.returncode == 0, demo.stderr
    assert demo.stdout.split() == ["True", "simulator", "False"]


def test_app_servers_default_to_production_and_manage_py_to_development():
    for module in ("config.wsgi", "config.asgi"):
        refused = run_python(f"import {module}", SECRET_KEY="x" * 50)
        assert refused.returncode != 0 and "Production refuses to start" in refused.stderr
    served = run_python("import config.wsgi; print('ok')", **env())
    assert served.returncode == 0 and served.stdout.strip() == "ok", served.stderr
    manage = run_python(
        "import subprocess, sys; print(subprocess.run([sys.executable, 'manage.py', 'shell',"
        " '-c', 'from django.conf import settings; print(settings.SETTINGS_MODULE)'],"
        " capture_output=True, text=True).stdout)"
    )
    assert manage.stdout.strip().splitlines()[-1] == "config.settings.dev", manage.stderr


@pytest.mark.django_db
def test_every_page_says_test_payments_while_simulated(client, settings):
    settings.SHOP_PAYMENT_SIMULATOR = True
    assert "Test payments" in client.get("/cart/").text
    settings.SHOP_PAYMENT_SIMULATOR = False
    assert "Test payments" not in client.get("/cart/").text
