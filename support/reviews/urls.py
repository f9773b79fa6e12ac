"""The shopper's review URLs (inside the language prefixes; ``config/urls.py``)."""

from django.urls import path

from support.reviews import views

urlpatterns = [
    path("reviews/<int:product_id>/", views.review_write_view, name="review_write"),
    path("reviews/<int:product_id>/list/", views.review_list_view, name="review_list"),
]
