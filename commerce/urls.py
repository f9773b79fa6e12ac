"""The shop's URLs, one prefix per concern (``config/urls.py`` includes this once)."""

from django.urls import include, path

from commerce.payments.api import api as bot_api

urlpatterns = [
    path("api/bot/", bot_api.urls),
    path("account/", include("commerce.customers.urls")),
    path("cart/", include("commerce.cart.urls")),
    path("checkout/", include("commerce.checkout.urls")),
    path("orders/", include("commerce.payments.urls")),
]
