from django.urls import path

from commerce.views import checkout, orders, payments

urlpatterns = [
    path("checkout/", checkout.checkout_who, name="checkout_who"),
    path("checkout/delivery/", checkout.checkout_delivery, name="checkout_delivery"),
    path("checkout/payment/", checkout.checkout_payment, name="checkout_payment"),
    path("checkout/confirm/", checkout.checkout_confirm, name="checkout_confirm"),
    path("orders/<str:number>/", orders.order_detail, name="order_detail"),
    path("orders/<str:number>/pay/card/", payments.order_pay_card, name="order_pay_card"),
    path("orders/<str:number>/pay/account/", payments.order_pay_account, name="order_pay_account"),
]
