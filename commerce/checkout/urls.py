from django.urls import path

from commerce.checkout import views

urlpatterns = [
    path("", views.checkout_who, name="checkout_who"),
    path("delivery/", views.checkout_delivery, name="checkout_delivery"),
    path("payment/", views.checkout_payment, name="checkout_payment"),
    path("confirm/", views.checkout_confirm, name="checkout_confirm"),
]
