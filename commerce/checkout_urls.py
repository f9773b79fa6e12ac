from django.urls import path

from commerce.views import checkout, orders

urlpatterns = [
    path("checkout/", checkout.checkout_who, name="checkout_who"),
    path("checkout/delivery/", checkout.checkout_delivery, name="checkout_delivery"),
    path("checkout/payment/", checkout.checkout_payment, name="checkout_payment"),
    path("checkout/confirm/", checkout.checkout_confirm, name="checkout_confirm"),
    path("orders/<str:number>/", orders.order_detail, name="order_detail"),
]
