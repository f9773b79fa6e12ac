"""Cart pages and actions (SPEC §3). Every action is a POST (CSRF-protected); with htmx it
answers with fragments (the cart body or a notice, plus the header summary out of band),
without JavaScript with a redirect, or with an error page carrying the 4xx status."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from catalog.glossary import term
from commerce.cart import services
from commerce.cart.errors import CartError, LineNotFound
from commerce.cart.selectors import cart_summary, cart_view
from commerce.cart.session import cart_for_request
from commerce.cart.throttle import cart_write_refusal
from commerce.pricing.offers import loyalty_percent_for_request


def _summary(request, cart):
    return cart_summary(cart, loyalty_percent=loyalty_percent_for_request(request))


def _view(request, cart):
    return cart_view(cart, loyalty_percent=loyalty_percent_for_request(request))


def _safe_next(request, fallback: str) -> str:
    target = request.POST.get("next") or request.META.get("HTTP_REFERER") or fallback
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def _error(request, error: CartError, *, template: str = "commerce/cart/_notice.html"):
    if request.htmx:
        return render(
            request,
            template,
            {
                "notice": error.message,
                "level": "error",
                "cart_summary": _summary(request, request.cart),
            },
            status=error.status,
        )
    return render(
        request, "commerce/cart/error.html", {"message": error.message}, status=error.status
    )


def _cart_fragment(request, notices=()):
    view = _view(request, cart_for_request(request))
    return render(
        request,
        "commerce/cart/_cart_body.html",
        {"cart": view, "notices": list(notices), "cart_summary": view.summary, "oob_summary": True},
    )


@require_GET
def cart_page(request):
    view = _view(request, request.cart)
    # The header's summary comes from the priced cart already at hand (no second pricing).
    return render(
        request, "commerce/cart/cart_page.html", {"cart": view, "cart_summary": view.summary}
    )


@require_POST
def cart_add(request):
    if refusal := cart_write_refusal(request):
        return _error(request, refusal)
    try:
        if request.cart is None:
            # Refuse bad input before a cart row exists for this visitor at all.
            services.parse_quantity(request.POST.get("quantity", "1"))
            services.sellable_product(request.POST.get("product"))
        cart = request.cart or cart_for_request(request, create=True)
        change = services.cart_add(
            cart=cart,
            product_id=request.POST.get("product"),
            quantity=request.POST.get("quantity", "1"),
            store_id=request.POST.get("store") or None,
        )
    except CartError as error:
        return _error(request, error)
    line = change.line
    text = _("Added %(product)s to your cart (%(quantity)d in %(store)s).") % {
        "product": line.product.title,
        "quantity": line.quantity,
        "store": term(line.store.name),
    }
    if request.htmx:
        return render(
            request,
            "commerce/cart/_notice.html",
            {
                "notice": text,
                "level": "success",
                "notices": change.notices,
                "cart_summary": _summary(request, cart),
                "oob_summary": True,
            },
        )
    for notice in change.notices:
        messages.warning(request, notice)
    messages.success(request, text)
    return redirect(_safe_next(request, reverse("cart")))


def _line_action(request, action, **kwargs):
    if refusal := cart_write_refusal(request):
        return _error(request, refusal)
    cart = request.cart
    if cart is None:
        return _error(request, LineNotFound(_("Your cart is empty.")))
    try:
        change = action(cart=cart, **kwargs)
    except CartError as error:
        if request.htmx:
            response = _cart_fragment(request, notices=[error.message])
            response.status_code = error.status
            return response
        return _error(request, error)
    if request.htmx:
        return _cart_fragment(request, notices=change.notices)
    for notice in change.notices:
        messages.warning(request, notice)
    return redirect("cart")


@require_POST
def cart_line_quantity(request, line_id):
    return _line_action(
        request,
        services.cart_line_set_quantity,
        line_id=line_id,
        quantity=request.POST.get("quantity"),
    )


@require_POST
def cart_line_remove(request, line_id):
    return _line_action(request, services.cart_line_remove, line_id=line_id)


@require_POST
def cart_line_store(request, line_id):
    return _line_action(
        request,
        services.cart_line_switch_store,
        line_id=line_id,
        store_id=request.POST.get("store"),
    )
