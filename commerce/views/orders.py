"""A customer's view of an order: its lines, totals, status and payment (SPEC §5). Reached by
its owner when logged in, or by anyone holding the secret link (guests)."""

import secrets

from django.http import Http404
from django.shortcuts import render

from commerce.models import Order


def order_for_request(request, number: str) -> Order:
    """The order if this request may see it; Http404 otherwise (no hint it exists)."""
    order = (
        Order.objects.select_related("customer", "delivery_method").filter(number=number).first()
    )
    if order is None:
        raise Http404("No such order.")
    owner = order.customer.user_id
    if request.user.is_authenticated and owner == request.user.pk:
        return order
    key = request.GET.get("key") or request.POST.get("key") or ""
    if key and secrets.compare_digest(key, order.access_key):
        return order
    raise Http404("No such order.")


def order_detail(request, number):
    from commerce.payments import braintree_gateway
    from commerce.payments.cards import TEST_CARDS

    order = order_for_request(request, number)
    live = braintree_gateway.is_live()
    payable = order.payment_status == "not_paid"
    return render(
        request,
        "commerce/orders/order_detail.html",
        {
            "order": order,
            "lines": list(order.lines.select_related("store")),
            "key": order.access_key,
            "braintree_live": live,
            "client_token": braintree_gateway.client_token() if live and payable else "",
            "test_cards": [] if live else [(n, label) for n, (label, _) in TEST_CARDS.items()],
        },
    )
