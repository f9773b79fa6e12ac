"""The feedback page (SPEC §2 "reviews and suggestions", issue 14.6), served for
``home.FeedbackPage``: GET shows the form; a good POST stores an inquiry and redirects back
with a thank-you (POST-redirect-GET); bad input answers 400 with the form and its errors,
too many messages 429, and neither stores anything. A filled honeypot gets the thank-you a
person would get, and nothing is stored or sent."""

from django.contrib import messages
from django.http import HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext

from commerce.orders.notifications import base_url_for
from support.forms import InquiryForm
from support.services import InvalidInquiry, submit_inquiry
from support.throttle import inquiry_refusal

TEMPLATE = "support/feedback_page.html"


def feedback_page_serve(request, *, page) -> HttpResponse:
    """Serve ``page`` (a ``home.FeedbackPage``: ``title``, ``intro``, ``thanks``) for GET,
    HEAD and POST; any other method answers 405."""
    if request.method == "POST":
        response = _post(request, page)
    elif request.method in ("GET", "HEAD"):
        response = _render(request, page, InquiryForm())
    else:
        response = HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    # The form carries this visitor's CSRF token (and, after an error, what they typed):
    # no shared cache may keep it.
    add_never_cache_headers(response)
    return response


def _post(request, page) -> HttpResponse:
    form = InquiryForm(request.POST)
    if form.is_bot:
        return _sent(request, page)
    if not form.is_valid():
        return _render(request, page, form, status=400)
    refusal = inquiry_refusal(request)
    if refusal is not None:
        return _render(request, page, form, status=refusal.status, refusal=refusal.message)
    try:
        submit_inquiry(**form.inquiry_fields(), base_url=base_url_for(request))
    except InvalidInquiry as exc:  # the form checks the same; kept as the last guard
        form.add_error(None, exc.message)
        return _render(request, page, form, status=exc.status)
    return _sent(request, page)


def _sent(request, page) -> HttpResponse:
    messages.success(
        request,
        page.thanks or gettext("Thank you! Your message has been sent; we will answer soon."),
    )
    response = HttpResponseRedirect(request.path)
    response.status_code = 303  # See Other: the browser comes back with a GET
    return response


def _render(request, page, form, *, status: int = 200, refusal: str = "") -> HttpResponse:
    context = page.get_context(request)
    context.update(form=form, refusal=refusal)
    return TemplateResponse(request, TEMPLATE, context, status=status)
