"""Test settings: fast hashing, in-memory mail, media in a throw-away folder."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="shop-test-media-"))
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="shop-test-static-"))
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

SHOP_ROLE_ADMIN_EMAIL = "roles@example.com"

# Cart-write rate limits count in the process-wide cache, across tests: off here, and the
# tests of the limit itself (commerce/cart/tests/test_cart_hoarding*.py) switch them on.
# Chat messages likewise (support/tests/test_chat_box.py switches the limit on).
ACCOUNT_RATE_LIMITS = {**ACCOUNT_RATE_LIMITS, "cart_write": "", "chat": ""}  # noqa: F405

# The tests read the shop's English copy at unprefixed URLs; the Ukrainian default and the
# catalog's completeness have their own tests (config/tests/test_i18n*.py).
LANGUAGE_CODE = "en"
