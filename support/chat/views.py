"""The shopper's side of the chat (SPEC §7, issue 16.1–16.2).

- ``chat_poll`` — ``GET /chat/poll/<token>/?v=<version>``: the chat box's polling. When the
  version it shows is the conversation's current one (the shared cache,
  ``support.chat.versions``) it answers 204 from the cache alone: no query, no session. Else
  it checks that the conversation is this visitor's and answers the messages after the one
  the box shows (``after``) and the new state; ``open=1`` (the panel is open) marks the
  shop's answers read. Outside the language prefixes: the box sends its page's ``lang``.
- ``chat_panel`` — ``GET /chat/panel/``: the panel's body (the last messages, the form), which
  the box loads when first opened; ``?product=<id>`` attaches a product ("question to the
  consultant"). Opening it marks the answers read.
- ``chat_history`` — ``GET /chat/history/?before=<id>``: a page of earlier messages.
- ``chat_page`` — ``/chat/``: the same history and form as a page of its own, for browsers
  without JavaScript (and the link in the answer e-mails); its POST is also where the box
  sends: with htmx the answer is the fresh form plus the new messages, without it a redirect
  back (POST-redirect-GET). Bad input answers 400, too many messages 429, and neither stores
  anything.

Every answer carries private, no-store headers (the ``chat_`` URL names are in
SHOP_PRIVATE_URL_NAME_PREFIXES).
"""

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET, require_http_methods

from commerce.orders.notifications import base_url_for
from support.chat.forms import PRODUCT_GONE, ChatMessageForm
from support.chat.presence import presence_note
from support.chat.selectors import messages_after, messages_latest, product_for_chat
from support.chat.services import (
    ChatError,
    conversation_email_set,
    conversation_read,
    conversation_seen,
    message_post,
)
from support.chat.session import (
    conversation_for_request,
    conversation_start_for_request,
    request_owns,
    token_remember,
)
from support.chat.throttle import chat_refusal
from support.chat.versions import conversation_version, version_remember
from support.models import CHAT_MESSAGE_MAX_LENGTH, Conversation, MessageAuthor

# Ids from the query string or the form beyond the database's integers are junk (SQLite
# refuses them outright): treated as missing, never a 500.
ID_MAX = 2**63 - 1


def _int(value) -> int | None:
    try:
        number = int(str(value).strip()) if value is not None else None
    except (TypeError, ValueError):
        return None
    return number if number is not None and 0 <= number <= ID_MAX else None


def _state(conversation: Conversation | None, *, version: str, after: int | None) -> dict:
    """What the box keeps between requests (templates/support/chat/_state.html)."""
    return {
        "conversation": conversation,
        "version": version,
        "after": after or 0,
        "unread": conversation.unread_by_customer if conversation is not None else 0,
    }


def _last_id(messages, fallback: int | None = None) -> int | None:
    return messages[-1].pk if messages else fallback


def _opened(request, conversation: Conversation | None) -> str:
    """The visitor sees the conversation: answers read, presence noted; returns the version
    to show, read after these writes (their bumps are in it) and before the messages are
    (a message committed meanwhile changes the version again: the next poll fetches it)."""
    if conversation is None:
        return ""
    conversation_read(conversation=conversation, by=MessageAuthor.CUSTOMER)
    conversation_seen(conversation=conversation)
    token_remember(request, conversation)
    return version_remember(conversation.token)


def _product(request, product_id):
    found = product_for_chat(product_id=product_id, request=request)
    return found or (None, None)


def _form_context(request, form, *, product=None, price=None, refusal: str = "") -> dict:
    return {
        "form": form,
        "product": product,
        "price": price,
        "refusal": refusal,
        # An account has its e-mail; an anonymous visitor who gave none may leave one.
        "ask_email": not request.user.is_authenticated,
        "max_length": CHAT_MESSAGE_MAX_LENGTH,
    }


@require_GET
def chat_poll(request, token):
    """The box's poll (module docstring). 204 when nothing changed; 404 when the token is
    not this visitor's conversation (any more: it joined their account at login)."""
    known = request.GET.get("v", "")
    version = conversation_version(token)
    if known and known == version:
        # Nothing new: the cache said so. Only the visitor's presence is noted, in the cache.
        presence_note(token)
        return HttpResponse(status=204)
    conversation = Conversation.objects.filter(token=token).first()
    if conversation is None or not request_owns(request, conversation):
        return HttpResponseNotFound()
    if request.GET.get("open") == "1":
        version = _opened(request, conversation)
    else:
        conversation_seen(conversation=conversation)
        version = version_remember(token)
    after = _int(request.GET.get("after"))
    messages = []
    if after is not None:  # the panel is loaded: the messages it does not show yet
        messages = messages_after(conversation=conversation, after_id=after)
    language = request.GET.get("lang", "")
    if language not in dict(settings.LANGUAGES):
        language = translation.get_language()
    with translation.override(language):
        return render(
            request,
            "support/chat/_poll.html",
            {
                "chat_messages": messages,
                **_state(conversation, version=version, after=_last_id(messages, after)),
            },
        )


@require_GET
def chat_panel(request):
    """The panel's body: the last messages and the form (``?product=<id>`` attached)."""
    conversation = conversation_for_request(request)
    version = _opened(request, conversation)
    messages, earlier = (
        messages_latest(conversation=conversation, limit=settings.SHOP_CHAT_PAGE_SIZE)
        if conversation is not None
        else ([], False)
    )
    product, price = _product(request, request.GET.get("product"))
    form = ChatMessageForm(initial={"product": product.pk if product else None})
    return render(
        request,
        "support/chat/_panel.html",
        {
            "chat_messages": messages,
            "earlier": earlier,
            **_form_context(request, form, product=product, price=price),
            **_state(conversation, version=version, after=_last_id(messages)),
        },
    )


@require_GET
def chat_history(request):
    """Earlier messages: the page before message ``before`` (oldest first)."""
    conversation = conversation_for_request(request)
    before = _int(request.GET.get("before"))
    if conversation is None or before is None:
        return HttpResponse(status=204)
    messages, earlier = messages_latest(
        conversation=conversation, limit=settings.SHOP_CHAT_PAGE_SIZE, before_id=before
    )
    return render(
        request,
        "support/chat/_earlier.html",
        {"chat_messages": messages, "earlier": earlier},
    )


@require_http_methods(["GET", "HEAD", "POST"])
def chat_page(request):
    """The chat as a page of its own (no JavaScript needed); its POST sends a message."""
    if request.method == "POST":
        return _send(request)
    conversation = conversation_for_request(request)
    version = _opened(request, conversation)
    before = _int(request.GET.get("before"))
    messages, earlier = (
        messages_latest(
            conversation=conversation, limit=settings.SHOP_CHAT_PAGE_SIZE, before_id=before
        )
        if conversation is not None
        else ([], False)
    )
    product, price = _product(request, request.GET.get("product"))
    form = ChatMessageForm(initial={"product": product.pk if product else None})
    return _page(
        request,
        chat_messages=messages,
        earlier=earlier,
        before=before,
        **_form_context(request, form, product=product, price=price),
        **_state(conversation, version=version, after=_last_id(messages)),
    )


def _page(request, *, status: int = 200, **context) -> HttpResponse:
    return render(request, "support/chat/chat_page.html", context, status=status)


def _refused(request, form, *, product, price, message: str, status: int) -> HttpResponse:
    """The form again with ``message`` (and what the visitor typed), nothing stored."""
    context = _form_context(request, form, product=product, price=price, refusal=message)
    if request.htmx:
        return render(request, "support/chat/_form.html", context, status=status)
    conversation = conversation_for_request(request)
    messages, earlier = (
        messages_latest(conversation=conversation, limit=settings.SHOP_CHAT_PAGE_SIZE)
        if conversation is not None
        else ([], False)
    )
    return _page(
        request,
        status=status,
        chat_messages=messages,
        earlier=earlier,
        before=None,
        **context,
        **_state(conversation, version="", after=_last_id(messages)),
    )


def _send(request) -> HttpResponse:
    form = ChatMessageForm(request.POST)
    valid = form.is_valid()
    product = price = None
    product_id = form.cleaned_data.get("product") if valid else _int(request.POST.get("product"))
    if product_id:
        product, price = _product(request, product_id)
        if product is None and valid:
            form.add_error("product", PRODUCT_GONE)
            valid = False
    if not valid:
        return _refused(request, form, product=product, price=price, message="", status=400)
    refusal = chat_refusal(request)
    if refusal is not None:
        return _refused(
            request, form, product=product, price=price, message=refusal.message, status=429
        )
    try:
        conversation = conversation_start_for_request(request)
        conversation_email_set(conversation=conversation, email=form.cleaned_data["email"])
        message_post(
            conversation=conversation,
            author_kind=MessageAuthor.CUSTOMER,
            text=form.cleaned_data["text"],
            author=request.user,
            product=product,
            price=price,
            base_url=base_url_for(request),
        )
    except ChatError as exc:  # the form checks the same; kept as the last guard
        return _refused(
            request, form, product=product, price=price, message=exc.message, status=exc.status
        )
    if not request.htmx:
        response = HttpResponseRedirect(reverse("chat_page"))
        response.status_code = 303  # See Other: the browser comes back with a GET
        return response
    version = _opened(request, conversation)
    after = _int(request.POST.get("after")) or 0
    messages = messages_after(conversation=conversation, after_id=after)
    return render(
        request,
        "support/chat/_sent.html",
        {
            "chat_messages": messages,
            **_form_context(request, ChatMessageForm()),
            **_state(conversation, version=version, after=_last_id(messages, after)),
        },
    )
