"""The shop's shopper URLs, one prefix per concern (``config/urls.py`` includes this inside
the language prefixes; the bot API is in ``api_urls.py``)."""

from django.urls import include, path

urlpatterns = [
    path("account/", include("commerce.customers.urls")),
    path("cart/", include("commerce.cart.urls")),
    path("checkout/", include("commerce.checkout.urls")),
    path("orders/", include("commerce.payments.urls")),
]
