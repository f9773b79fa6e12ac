"""Puts the shopper's cart on ``request.cart`` for shop pages, renewing an expired cart's
reservation on the visit (SPEC §3: "the cart re-reserves on the next visit")."""

from commerce.cart.session import cart_for_request, wake_cart_for_request

# The chat box's poll (support.chat) shows no cart and must stay free of queries.
SKIPPED_PREFIXES = ("/admin/", "/static/", "/media/", "/documents/", "/chat/poll/")


class CartMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(SKIPPED_PREFIXES):
            return self.get_response(request)
        if request.method == "GET":
            request.cart = wake_cart_for_request(request)
        else:
            request.cart = cart_for_request(request)
        return self.get_response(request)
