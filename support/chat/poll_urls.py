"""The chat box's poll, outside the language prefixes: one address per conversation whatever
the page's language (the box sends it as ``lang``), under a prefix the cart middleware skips
(``commerce.cart.middleware``), so an unchanged poll costs no query."""

from django.urls import path

from support.chat import views

urlpatterns = [
    path("<uuid:token>/", views.chat_poll, name="chat_poll"),
]
