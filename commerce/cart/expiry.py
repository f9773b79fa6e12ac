"""Idle carts give their stock back (SPEC §3, issue 12.3): the scheduled job releases every
expired cart, and an add that finds too little free stock first reclaims the pieces that
expired carts still hold on that stock record, in the same transaction, so a new shopper
never waits for the job."""

from datetime import datetime

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils import timezone

from catalog.stock import InsufficientStock, stock_lock, stock_return, stock_take
from commerce.cart.models import Cart, CartLine

# One add reclaims from at most this many expired carts (the contended record rarely needs
# more; the job handles the rest).
RECLAIM_BATCH = 50


def expired_carts_filter(now: datetime) -> Q:
    """Reserved carts idle longer than their time-to-live (anonymous and customers' apart)."""
    return Q(is_reserved=True) & (
        Q(user__isnull=True, touched_at__lt=now - settings.SHOP_CART_TTL_ANONYMOUS)
        | Q(user__isnull=False, touched_at__lt=now - settings.SHOP_CART_TTL_CUSTOMER)
    )


def return_reserved_pieces(cart: Cart) -> None:
    """Inside a transaction holding ``cart``'s lock: put every piece of its lines back in
    stock and mark it unreserved (the lines keep their wanted quantities)."""
    lines = list(cart.lines.all())
    stock_lock(pairs=[(line.product_id, line.store_id) for line in lines])
    for line in lines:
        stock_return(product_id=line.product_id, store_id=line.store_id, quantity=line.quantity)
    Cart.objects.filter(pk=cart.pk).update(is_reserved=False)


def reclaim_expired(*, product_id: int, store_id: int, now: datetime | None = None) -> int:
    """Release the expired carts that hold pieces of this stock record; returns how many.

    Carts another transaction has locked are skipped (SKIP LOCKED), so reclaiming never
    waits on, or deadlocks with, a shopper using their cart or the job releasing it."""
    now = now or timezone.now()
    holding = CartLine.objects.filter(product_id=product_id, store_id=store_id).values("cart_id")
    released = 0
    with transaction.atomic():
        carts = list(
            Cart.objects.select_for_update(skip_locked=True)
            .filter(expired_carts_filter(now), pk__in=holding)
            .order_by("pk")[:RECLAIM_BATCH]
        )
        for cart in carts:
            try:
                with transaction.atomic():  # a savepoint: one stuck cart spoils nothing else
                    return_reserved_pieces(cart)
            except DatabaseError:
                continue
            released += 1
    return released


def take_or_reclaim(*, product_id: int, store_id: int, quantity: int) -> None:
    """``stock_take``, reclaiming expired carts' pieces of that record when it falls short.
    Raises InsufficientStock when even then the store lacks the pieces (nothing taken)."""
    try:
        stock_take(product_id=product_id, store_id=store_id, quantity=quantity)
    except InsufficientStock:
        if not reclaim_expired(product_id=product_id, store_id=store_id):
            raise
        stock_take(product_id=product_id, store_id=store_id, quantity=quantity)
