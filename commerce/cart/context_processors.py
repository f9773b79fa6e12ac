"""The header's cart summary (pieces and total), computed only when a template shows it."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject


def cart_header(request):
    from commerce.cart.selectors import cart_summary
    from commerce.pricing.offers import loyalty_percent_for_request

    def summary():
        cart = getattr(request, "cart", None)
        if cart is None:
            return cart_summary(None)
        return cart_summary(cart, loyalty_percent=loyalty_percent_for_request(request))

    return {
        "cart_summary": SimpleLazyObject(summary),
        "cart_line_cap": settings.SHOP_CART_LINE_MAX_QUANTITY,
    }
