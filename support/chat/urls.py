"""The chat's shopper URLs inside the language prefixes (``/chat/``, ``/en/chat/``);
config/urls.py includes them. The poll is apart (``poll_urls.py``): see views."""

from django.urls import path

from support.chat import views

urlpatterns = [
    path("", views.chat_page, name="chat_page"),
    path("panel/", views.chat_panel, name="chat_panel"),
    path("history/", views.chat_history, name="chat_history"),
]
