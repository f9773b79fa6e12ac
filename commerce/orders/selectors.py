"""Reads of orders for shoppers (SPEC §5): an order is reached by its owner when logged in, or
by anyone holding its secret link (guests)."""

import secrets

from django.http import Http404

from commerce.orders.models import Order


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
