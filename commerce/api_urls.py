"""The bot API's URLs: outside the language prefixes (a machine interface speaks one language
and keeps one address; ``config/urls.py`` includes this beside the shopper URLs)."""

from django.urls import path

from commerce.payments.api import api as bot_api

urlpatterns = [path("api/bot/", bot_api.urls)]
