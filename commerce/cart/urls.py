from django.urls import path

from commerce.cart import views

urlpatterns = [
    path("", views.cart_page, name="cart"),
    path("add/", views.cart_add, name="cart_add"),
    path("lines/<int:line_id>/quantity/", views.cart_line_quantity, name="cart_line_quantity"),
    path("lines/<int:line_id>/remove/", views.cart_line_remove, name="cart_line_remove"),
    path("lines/<int:line_id>/store/", views.cart_line_store, name="cart_line_store"),
]
