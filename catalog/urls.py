"""The catalog's shopper URLs outside the page tree (inside the language prefixes)."""

from django.urls import path

from catalog import views

urlpatterns = [
    path("search/", views.search_view, name="search"),
    path("search/suggest/", views.suggest_view, name="search_suggest"),
]
