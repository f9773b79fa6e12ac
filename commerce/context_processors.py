"""The header's cart summary (pieces and total), computed only when a template shows it."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject


def cart_header(request):
    from commerce.cart.selectors import cart_summary

    return {
        "cart_summary": SimpleLazyObject(lambda: cart_summary(getattr(request, "cart", None))),
        "cart_line_cap": settings.SHOP_CART_LINE_MAX_QUANTITY,
    }
