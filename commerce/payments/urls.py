from django.urls import path

from commerce.payments import views

urlpatterns = [
    path("<str:number>/", views.order_detail, name="order_detail"),
    path("<str:number>/pay/card/", views.order_pay_card, name="order_pay_card"),
    path("<str:number>/pay/account/", views.order_pay_account, name="order_pay_account"),
]
