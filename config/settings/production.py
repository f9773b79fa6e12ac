"""Production: everything from the environment; refuses to start without a real SECRET_KEY."""

from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_str

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY", "")
if len(SECRET_KEY) < 40 or SECRET_KEY.startswith(("dev-", "test-")):
    raise ImproperlyConfigured("Set SECRET_KEY to a random string of at least 40 characters.")

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

if env_str("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env_str("EMAIL_HOST")
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)

if env_str("REDIS_URL"):
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"

ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"

# E-mails and other background work wait in the database for `manage.py db_worker` processes
# (as many as wanted, on any machine), so a slow or failing mail server never holds a request
# and a failed send can be retried.
TASKS = DATABASE_TASKS  # noqa: F405
