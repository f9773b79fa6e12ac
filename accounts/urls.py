"""Login URLs the shop owns beside allauth's (``config/urls.py`` includes this before the
Wagtail admin)."""

from django.urls import path, re_path
from django.views.generic import RedirectView


def to(name: str, query_string: bool = True) -> RedirectView:
    return RedirectView.as_view(pattern_name=name, query_string=query_string)


urlpatterns = [
    # Wagtail's own login form has no rate limit; everyone logs in through allauth's.
    path("admin/login/", to("account_login")),
    # Wagtail's password reset has no rate limit either (and WAGTAIL_PASSWORD_RESET_ENABLED is
    # off): its pages send people to allauth's rate-limited reset. A POST is redirected too, so
    # it sends nothing. A link from an old Wagtail reset e-mail (confirm/<uidb64>/<token>/)
    # cannot be honoured by allauth, so it leads to a fresh request.
    path("admin/password_reset/", to("account_reset_password")),
    path("admin/password_reset/done/", to("account_reset_password_done")),
    path("admin/password_reset/complete/", to("account_reset_password_from_key_done")),
    re_path(r"^admin/password_reset/", to("account_reset_password", query_string=False)),
]
