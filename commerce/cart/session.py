"""Which cart belongs to this request: the user's, or the one whose id the session keeps."""

from django.contrib import messages
from django.utils.translation import gettext as _

from commerce.cart import services
from commerce.cart.models import Cart

SESSION_CART_ID = "cart_id"


def cart_for_request(request, *, create: bool = False) -> Cart | None:
    """The request's cart, created on demand (``create``); None when there is none yet.

    Anonymous carts are found through the id in the session data (not the session key),
    so they survive the key change at login and can be merged then.
    """
    if request.user.is_authenticated:
        cart = Cart.objects.filter(user=request.user).first()
        if cart is None and create:
            cart, _created = Cart.objects.get_or_create(user=request.user)
        return cart
    cart_id = request.session.get(SESSION_CART_ID)
    cart = Cart.objects.filter(pk=cart_id, user__isnull=True).first() if cart_id else None
    if cart is None and create:
        cart = Cart.objects.create()
        request.session[SESSION_CART_ID] = cart.pk
    return cart


def wake_cart_for_request(request) -> Cart | None:
    """The request's cart with its reservation renewed if it had expired; what could not be
    taken back is told through messages (SPEC §3)."""
    cart = cart_for_request(request)
    if cart is not None and not cart.is_reserved:
        for notice in services.cart_wake(cart=cart):
            messages.warning(request, notice)
        cart.refresh_from_db()
    return cart


def attach_anonymous_cart(request, user) -> None:
    """At login or registration: the session's anonymous cart becomes the user's cart, or
    merges into the one the user already has (no stock moves)."""
    cart_id = request.session.pop(SESSION_CART_ID, None) if hasattr(request, "session") else None
    if not cart_id:
        return
    anonymous = Cart.objects.filter(pk=cart_id, user__isnull=True).first()
    if anonymous is None:
        return
    existing = Cart.objects.filter(user=user).first()
    if existing is None:
        Cart.objects.filter(pk=anonymous.pk, user__isnull=True).update(user=user)
        return
    change = services.cart_merge(source=anonymous, target=existing)
    for notice in change.notices:
        messages.warning(request, notice)
    messages.info(request, _("The items you added before logging in are in your cart."))
