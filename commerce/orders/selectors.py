"""Reads of orders (SPEC §5): an order is reached by its owner when logged in, or by anyone
holding its secret link (guests); and the products most bought lately (the home page)."""

import datetime
import secrets

from django.core.cache import cache
from django.db.models import Sum
from django.http import Http404
from django.utils import timezone

from commerce.orders.models import FulfilmentStatus, Order, OrderLine


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


POPULAR_DAYS = 30
POPULAR_CACHE_SECONDS = 10 * 60
POPULAR_CACHE_KEY = "orders:popular-products:v1"


def popular_product_ids(*, limit: int = 8, days: int = POPULAR_DAYS) -> list[int]:
    """The products most bought in the last ``days`` days, by pieces on the order lines of
    orders not cancelled, most first (ties: the smaller id); up to ``limit`` × 2 ids so a
    caller that drops products no longer on sale still fills its row (SPEC §2, issue 14.4).
    Computed in one query and kept for 10 minutes in the shared cache."""
    key = f"{POPULAR_CACHE_KEY}:{days}:{limit}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    since = timezone.now() - datetime.timedelta(days=days)
    ids = list(
        OrderLine.objects.filter(order__created_at__gte=since, product__isnull=False)
        .exclude(order__fulfilment_status=FulfilmentStatus.CANCELLED)
        .values("product_id")
        .annotate(pieces=Sum("quantity"))
        .order_by("-pieces", "product_id")
        .values_list("product_id", flat=True)[: limit * 2]
    )
    cache.set(key, ids, POPULAR_CACHE_SECONDS)
    return ids
