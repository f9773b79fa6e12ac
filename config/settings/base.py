"""Settings shared by every environment; secure by default (DESIGN: Configuration)."""

from datetime import timedelta
from pathlib import Path

from config.csp import DIRECTIVES as CSP_DIRECTIVES
from config.env import database, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("SHOP_VAR_DIR") or BASE_DIR / "var")

SECRET_KEY = env_str("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "accounts",
    "home",
    "support",
    "catalog",
    "commerce",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",  # sitemap.xml (home.seo)
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "django_tasks_db",
    "wagtail_modeladmin",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_htmx",
    "csp",  # django-csp's system checks (the policy itself: config/csp.py)
    "ninja",  # the bot API docs: Swagger UI from ninja's own static files, not a CDN
    "allauth",
    "allauth.account",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",  # the sitemap.xml template Wagtail's sitemap renders
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "config.csp.ShopCSPMiddleware",
    "config.private_pages.PrivatePagesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "commerce.cart.middleware.CartMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.site_navigation",
                "commerce.cart.context_processors.cart_header",
                "commerce.payments.context_processors.payment_mode",
                "support.chat.context_processors.chat_box",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {"default": database(BASE_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "account_overview"

# Accounts (SPEC §6) through django-allauth: e-mail login, mandatory verification, rate limits.
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
# A new account logs in only once its e-mail is confirmed: allauth mails a code, which the
# shopper types in the same browser tab (read on any device). That session is kept, so the
# anonymous cart and the `next` (the checkout's "register" link) survive; confirming logs in.
# Accounts made in code (manage.py commands, createsuperuser, tests) come verified: see
# accounts.models.UserManager. Mandatory verification is also what lets signup hide taken
# e-mails (ACCOUNT_PREVENT_ENUMERATION below).
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
# "Send a new code" on the code page (two more), instead of starting over.
ACCOUNT_EMAIL_VERIFICATION_SUPPORTS_RESEND = True
# Stated for clarity: with codes allauth logs in on confirmation anyway (in the same session).
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_SIGNUP_REDIRECT_URL = "account_card"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Greenwave] "
ACCOUNT_RATE_LIMITS = {
    # Five wrong passwords for one e-mail in 5 minutes lock that e-mail's login for a while;
    # an address trying many e-mails is slowed down too.
    "login_failed": "5/5m/key,30/5m/ip",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}
# Neither a password reset nor a signup says whether the e-mail has an account (allauth 65's
# default, stated here on purpose). A reset answers the same page, and an unknown address gets
# a "no account here" e-mail. A signup with a taken e-mail (any case) answers the same code page
# as a new one and mails the owner "you already have an account" instead of a code; this needs
# the mandatory verification above (with "optional" allauth would tell that it is taken).
ACCOUNT_PREVENT_ENUMERATION = True
# The "ip" in the rate limits: behind N reverse proxies of ours the client is the N-th address
# from the right of X-Forwarded-For (nginx in front: 1). 0 ignores the header, which a client
# can forge; a proxy that passes the client in its own header (X-Real-IP, CF-Connecting-IP)
# may be named instead.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("SHOP_TRUSTED_PROXY_COUNT", 0)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env_str("SHOP_TRUSTED_CLIENT_IP_HEADER") or None
# The Wagtail admin uses the same (rate-limited) login page as the shop.
WAGTAILADMIN_LOGIN_URL = "account_login"
# ... and the same (rate-limited) password reset: Wagtail's own is off, its URLs redirect.
WAGTAIL_PASSWORD_RESET_ENABLED = False

# The shop speaks Ukrainian, and English for visitors who choose it (issue 13): the language
# comes from the URL (config/urls.py), the admin follows each user's preference.
LANGUAGE_CODE = env_str("LANGUAGE_CODE", "uk")
LANGUAGES = [("uk", "Українська"), ("en", "English")]
# The shop's own catalog first (it wins), then Ukrainian for the Wagtail 8 strings that
# Wagtail's bundled uk catalog does not have yet (scripts/messages.py, "upstream gaps").
LOCALE_PATHS = [
    Path(env_str("SHOP_LOCALE_DIR") or BASE_DIR / "locale"),
    BASE_DIR / "locale_upstream",
]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
TIME_ZONE = env_str("TIME_ZONE", "Europe/Kyiv")
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or BASE_DIR / "media")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
if env_str("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env_str("REDIS_URL"),
    }

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "shop@localhost")

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
# SAMEORIGIN, not DENY: Wagtail's editor shows the live preview of a page in an iframe of the
# admin. Nobody else may frame us (CSP frame-ancestors 'self' says the same), so check
# --deploy's advice to use DENY (security.W019) is silenced on purpose.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Security headers (issue 12.9). The Content-Security-Policy and what it adds for live
# Braintree and for the Wagtail admin: config/csp.py.
CONTENT_SECURITY_POLICY = {"DIRECTIVES": CSP_DIRECTIVES}
# Browser features a shop never uses are off for us and for any frame; the Payment Request
# API stays available to our own pages only.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": ["self"],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}
# Pages with personal data answer "Cache-Control: private, no-store" (config/private_pages.py):
# URL names starting with these (cart*, checkout_*, order_* — the order page, its payment
# views and the bot API —, account_* — "My account" and allauth's pages, chat_* — the chat's
# page, panel and polls, which show a visitor's messages).
SHOP_PRIVATE_URL_NAME_PREFIXES = ["account_", "cart", "checkout_", "order_", "chat_"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# Wagtail
WAGTAIL_SITE_NAME = env_str("SHOP_NAME", "Greenwave Store")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Staff cannot rename their login in the admin: the role administrator is known by e-mail.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
# Everything is served locally: no avatars fetched from gravatar.com (it would also hand the
# staff's e-mail hashes to a third party).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# Slugs (issue 14.7): the editor may type a Cyrillic slug (and its script copies a Cyrillic
# title into the slug field as typed); catalog.slugs turns it into Latin letters on save.
WAGTAIL_ALLOW_UNICODE_SLUGS = True

# Shop (SPEC: money is Decimal with 2 places in one shop currency)
SHOP_CURRENCY = env_str("SHOP_CURRENCY", "UAH")
SHOP_CURRENCY_SYMBOL = env_str("SHOP_CURRENCY_SYMBOL", "грн")
SHOP_PRODUCTS_PER_PAGE = 16
SHOP_PHONE_REGION = env_str("SHOP_PHONE_REGION", "UA")
# Cart (SPEC §3): per-line cap against hoarding; idle carts give their stock back.
SHOP_CART_LINE_MAX_QUANTITY = env_int("SHOP_CART_LINE_MAX_QUANTITY", 99)
# Against hoarding (issue 12.3): one cart holds at most this many distinct lines and pieces,
# and cart writes are rate-limited per session (key) and per client address (ip) through
# allauth's limiter on the shared cache (ACCOUNT_RATE_LIMITS["cart_write"] below).
SHOP_CART_MAX_LINES = env_int("SHOP_CART_MAX_LINES", 30)
SHOP_CART_MAX_PIECES = env_int("SHOP_CART_MAX_PIECES", 200)
SHOP_CART_WRITE_RATE = env_str("SHOP_CART_WRITE_RATE", "30/m/key,120/m/ip")
ACCOUNT_RATE_LIMITS["cart_write"] = SHOP_CART_WRITE_RATE
# An anonymous cart holds its pieces for half an hour of idleness (a customer's for a day);
# an expired cart's pieces go to the next shopper who needs them, job or no job.
SHOP_CART_TTL_ANONYMOUS = timedelta(minutes=env_int("SHOP_CART_TTL_ANONYMOUS_MINUTES", 30))
SHOP_CART_TTL_CUSTOMER = timedelta(minutes=env_int("SHOP_CART_TTL_CUSTOMER_MINUTES", 24 * 60))

# The feedback form (issue 14.6): messages sent per session (key) and per client address (ip),
# counted by allauth's limiter on the shared cache like cart writes; past it the form answers
# 429 and stores nothing.
SHOP_INQUIRY_RATE = env_str("SHOP_INQUIRY_RATE", "3/10m/key,5/10m/ip")
ACCOUNT_RATE_LIMITS["inquiry"] = SHOP_INQUIRY_RATE

# The chat (SPEC §7, issue 16). Messages sent per session (key) and per client address (ip),
# counted like the feedback form: a person chatting sends a few messages a minute, so 12 a
# minute and 120 an hour per visitor leave room for quick short lines while a script is
# stopped within a minute; 40 a minute per address lets an office or a mobile carrier's
# shared address chat at once. Past it the box answers 429 and stores nothing.
SHOP_CHAT_RATE = env_str("SHOP_CHAT_RATE", "12/m/key,120/h/key,40/m/ip")
ACCOUNT_RATE_LIMITS["chat"] = SHOP_CHAT_RATE
# Messages the chat box shows at once; "earlier messages" loads the same number more.
SHOP_CHAT_PAGE_SIZE = env_int("SHOP_CHAT_PAGE_SIZE", 20)
# A customer message unanswered this long is mailed to the sales operators (once per wait).
SHOP_CHAT_STAFF_WAIT_MINUTES = env_int("SHOP_CHAT_STAFF_WAIT_MINUTES", 5)
# A visitor whose chat box has not polled for this long has left the site: a staff answer
# is then mailed to them (the closed box polls every 15 s, so 2 minutes is several misses).
SHOP_CHAT_AWAY_SECONDS = env_int("SHOP_CHAT_AWAY_SECONDS", 120)
# How far back the periodic job looks for answers left unread by a customer who then left.
SHOP_CHAT_ANSWER_MAIL_HOURS = env_int("SHOP_CHAT_ANSWER_MAIL_HOURS", 1)

# New orders are mailed to every sales operator (SPEC §5) and to these extra addresses.
SHOP_SALES_EMAILS = env_list("SHOP_SALES_EMAILS", [])

# Payments (SPEC §5): real Braintree with these set; the offline simulator otherwise.
BRAINTREE_MERCHANT_ID = env_str("BRAINTREE_MERCHANT_ID", "")
BRAINTREE_PUBLIC_KEY = env_str("BRAINTREE_PUBLIC_KEY", "")
BRAINTREE_PRIVATE_KEY = env_str("BRAINTREE_PRIVATE_KEY", "")
BRAINTREE_ENVIRONMENT = env_str("BRAINTREE_ENVIRONMENT", "sandbox")
# Payments are simulated (no money moves): every page carries a "test payments" banner.
# Development and tests always simulate; production only with SHOP_PAYMENT_SIMULATOR=true.
SHOP_PAYMENT_SIMULATOR = True
# Bank-account payments (issue 12.1): "simulator", a dotted path to an AccountGateway class,
# or "" for none (then account orders are paid by bank transfer to the shop's account below
# and marked paid by an accountant). Production defaults to "" (see production.py).
SHOP_ACCOUNT_GATEWAY = env_str("SHOP_ACCOUNT_GATEWAY", "simulator")
SHOP_BANK_IBAN = env_str("SHOP_BANK_IBAN", "UA223052990000026001234567890")  # a demo account
SHOP_BANK_RECIPIENT = env_str("SHOP_BANK_RECIPIENT", "Greenwave LLC")
# A payment attempt with no answer after this long belonged to a process that died mid-call;
# it must exceed the gateways' own HTTP timeouts (Braintree's SDK: 60 s).
SHOP_PAYMENT_ATTEMPT_TIMEOUT = timedelta(
    minutes=env_int("SHOP_PAYMENT_ATTEMPT_TIMEOUT_MINUTES", 10)
)
# Pickup at a store that does not hold every cart line: the other lines are moved there, and
# the order is ready for pickup this many days later (said at checkout).
SHOP_PICKUP_TRANSFER_DAYS = env_int("SHOP_PICKUP_TRANSFER_DAYS", 2)

# Background work (DESIGN: django-tasks): run at once here; production may point elsewhere.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Production queues them in the database for `manage.py db_worker` (django-tasks-db).
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
SHOP_DEMO_ADMIN_EMAIL = env_str("SHOP_DEMO_ADMIN_EMAIL", "admin@example.com")
# The one role administrator (SPEC §8): moves users between shop roles and nothing else.
# Empty means none; `manage.py ensure_role_admin` creates or repairs the account.
SHOP_ROLE_ADMIN_EMAIL = env_str("SHOP_ROLE_ADMIN_EMAIL", "")
SHOP_ROLE_ADMIN_PASSWORD = env_str("SHOP_ROLE_ADMIN_PASSWORD")
SHOP_DEMO_STAFF_PASSWORD = env_str("SHOP_DEMO_STAFF_PASSWORD")
# Stock at or below this many pieces shows on the managers' dashboard (pieces).
SHOP_LOW_STOCK_PIECES = env_int("SHOP_LOW_STOCK_PIECES", 3)
SHOP_DEMO_ADMIN_PASSWORD = env_str("SHOP_DEMO_ADMIN_PASSWORD")
