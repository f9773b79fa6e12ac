"""The ASGI entry point for app servers (gunicorn, uvicorn): production settings unless
DJANGO_SETTINGS_MODULE says otherwise, so a server never starts on development defaults by
accident. ``manage.py`` (runserver, tests) keeps the development settings."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_asgi_application()
