"""Production: everything from the environment; refuses to start with unsafe settings
(config/production_checks.py: SECRET_KEY, Braintree, PostgreSQL, Redis, SMTP, bank account)."""

import os

from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_str
from config.production_checks import payment_simulator_on, unsafe_settings

from .base import *  # noqa: F403

_problems = unsafe_settings(os.environ)
if _problems:
    raise ImproperlyConfigured("Production refuses to start:\n- " + "\n- ".join(_problems))

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY", "")

# A demo deployment (SHOP_PAYMENT_SIMULATOR=true) simulates every payment, even with
# Braintree credentials around, and every page says "test payments".
SHOP_PAYMENT_SIMULATOR = payment_simulator_on(os.environ)
if SHOP_PAYMENT_SIMULATOR:
    BRAINTREE_MERCHANT_ID = BRAINTREE_PUBLIC_KEY = BRAINTREE_PRIVATE_KEY = ""
SHOP_ACCOUNT_GATEWAY = env_str(
    "SHOP_ACCOUNT_GATEWAY", "simulator" if SHOP_PAYMENT_SIMULATOR else ""
)
SHOP_BANK_IBAN = env_str("SHOP_BANK_IBAN", "")

STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "whitenoise.storage.CompressedManifestStaticFilesStorage"
)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# HSTS (issue 12.9): browsers use only HTTPS for a year, on our subdomains too (turn that off
# with SECURE_HSTS_INCLUDE_SUBDOMAINS=false while one of them still serves plain HTTP).
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
# Preloading puts the domain into browsers' built-in lists, which takes months to undo, so it
# is an owner's decision (SECURE_HSTS_PRELOAD=true, then submit at hstspreload.org); until
# then check --deploy's reminder (security.W021) is silenced on purpose.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W021"]  # noqa: F405

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)

# The cache is Redis (base.py, REDIS_URL is required above). Sessions are written through to
# the database as well, so a Redis restart logs nobody out and loses no cart.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"

# E-mails and other background work wait in the database for `manage.py db_worker` processes
# (as many as wanted, on any machine), so a slow or failing mail server never holds a request
# and a failed send can be retried.
TASKS = DATABASE_TASKS  # noqa: F405
