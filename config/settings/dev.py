"""Local development: `make run`. Embedded defaults, never for production."""

from config.env import env_list, env_str

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY") or "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

SHOP_ROLE_ADMIN_EMAIL = env_str("SHOP_ROLE_ADMIN_EMAIL", "roles@example.com")
# Demo staff accounts (`make run`): one known password, development only.
SHOP_DEMO_STAFF_PASSWORD = env_str("SHOP_DEMO_STAFF_PASSWORD", "demo-Staff-2026")
