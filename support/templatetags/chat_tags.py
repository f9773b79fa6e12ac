"""Showing chat messages (issue 16.1): the text escaped, its web links clickable, and who
wrote it."""

from django import template
from django.utils.html import Urlizer
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from support.models import MessageAuthor

register = template.Library()


class ChatUrlizer(Urlizer):
    """Django's ``urlize`` (it escapes everything that is not a link) with links that open
    apart and pass nothing on: ``rel="nofollow noopener noreferrer"`` and a new tab. Only web
    addresses become links (``http(s)://…``, ``www.…``, ``name.com``): Django's own urlize
    would also turn e-mail addresses into ``mailto:`` links."""

    url_template = (
        '<a href="{href}" rel="nofollow noopener noreferrer" target="_blank"{attrs}>{url}</a>'
    )

    @staticmethod
    def is_email_simple(value) -> bool:
        return False


chat_urlize = ChatUrlizer()


@register.filter
def chat_text(text: str) -> str:
    """A message's text as safe HTML: escaped, web links clickable (line breaks are kept by
    the stylesheet's ``white-space: pre-wrap``). Every word is escaped by the urlizer (the
    text is never marked safe before), so the result is."""
    return mark_safe(chat_urlize(str(text or ""), trim_url_limit=60, autoescape=True))


@register.filter
def chat_author(message) -> str:
    """Who wrote ``message``, as the customer sees it: "You", or the operator's first name
    (the shop's name for its staff when the operator has none)."""
    if message.author_kind == MessageAuthor.CUSTOMER:
        return gettext("You")
    first_name = getattr(message.author, "first_name", "") if message.author_id else ""
    return first_name or str(MessageAuthor.STAFF.label)


@register.simple_tag(takes_context=True)
def chat_product_url(context, product) -> str:
    """The product's page for the shopper's language, or "" when it is gone or no longer
    live (the message still shows the title, SKU and price it was asked about)."""
    if product is None or not product.live:
        return ""
    return product.get_url(request=context.get("request")) or ""
