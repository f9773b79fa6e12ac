"""Login URLs the shop owns beside allauth's (``config/urls.py`` includes this before the
Wagtail admin)."""

from django.urls import path
from django.views.generic import RedirectView

urlpatterns = [
    # Wagtail's own login form has no rate limit; everyone logs in through allauth's.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
]
