from django.urls import path

from commerce.views import cart

urlpatterns = [
    path("", cart.cart_page, name="cart"),
    path("add/", cart.cart_add, name="cart_add"),
    path("lines/<int:line_id>/quantity/", cart.cart_line_quantity, name="cart_line_quantity"),
    path("lines/<int:line_id>/remove/", cart.cart_line_remove, name="cart_line_remove"),
    path("lines/<int:line_id>/store/", cart.cart_line_store, name="cart_line_store"),
]
