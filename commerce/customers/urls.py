from django.urls import path

from commerce.customers import views

urlpatterns = [
    path("", views.account_overview, name="account_overview"),
    path("card/", views.account_card_edit, name="account_card"),
    path("orders/", views.account_orders, name="account_orders"),
]
