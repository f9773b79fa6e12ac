from django.urls import path

from commerce.views import account

urlpatterns = [
    path("", account.account_overview, name="account_overview"),
    path("card/", account.account_card_edit, name="account_card"),
    path("orders/", account.account_orders, name="account_orders"),
]
