"""Cart writes (SPEC §3). Every function runs in one transaction that first locks the cart
row, then the stock records it touches in primary-key order, so concurrent requests neither
oversell nor deadlock. Quantities are pieces; a line's pieces are taken from its store's stock
while the cart ``is_reserved``.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from catalog.glossary import term
from catalog.models import ProductPage, StockRecord, Store
from catalog.stock import InsufficientStock, stock_lock, stock_return, stock_take_up_to
from commerce.cart.errors import (
    CartGone,
    InvalidQuantity,
    LineNotFound,
    OutOfStock,
    ProductUnavailable,
    StoreNotStocking,
)
from commerce.cart.expiry import expired_carts_filter, return_reserved_pieces, take_or_reclaim
from commerce.cart.limits import check_cart_limits, line_quantity_cap
from commerce.cart.models import Cart, CartLine
from commerce.pricing.loader import cached_discounts
from commerce.pricing.types import DiscountKind
from config.numbers import is_whole_number, parse_id


@dataclass
class CartChange:
    """What a cart operation did: the line it touched (None when removed/merged) and notices
    for the shopper (e.g. what an expired cart could not take back)."""

    line: CartLine | None = None
    notices: list[str] = field(default_factory=list)


def parse_quantity(raw) -> int:
    """A whole number of pieces from 1 to the cap; raises InvalidQuantity with the reason."""
    cap = line_quantity_cap()
    text = str(raw).strip() if raw is not None else ""
    if not is_whole_number(text, signed=True):
        raise InvalidQuantity(
            _("“%(text)s” is not a quantity: enter a whole number of pieces.") % {"text": text[:20]}
        )
    value = int(text) if len(text) < 12 else cap + 1
    if value < 1:
        raise InvalidQuantity(_("The quantity must be at least 1; use Remove to drop a line."))
    if value > cap:
        raise InvalidQuantity(
            ngettext("At most %(cap)d piece per line.", "At most %(cap)d pieces per line.", cap)
            % {"cap": cap}
        )
    return value


def lock_cart(cart: Cart) -> Cart:
    """Lock the cart's row for the rest of the transaction and record the activity, in one
    statement (UPDATE … RETURNING works on SQLite ≥ 3.35 and PostgreSQL). Every write starts
    here, so operations on one cart run one after another. Raises CartGone."""
    quote = connection.ops.quote_name
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {quote(Cart._meta.db_table)} SET {quote('touched_at')} = %s "
            f"WHERE {quote('id')} = %s RETURNING {quote('is_reserved')}, {quote('user_id')}",
            [now, cart.pk],
        )
        row = cursor.fetchone()
    if row is None:
        raise CartGone(_("Your cart is no longer there; please add the product again."))
    cart.is_reserved, cart.user_id = bool(row[0]), row[1]
    return cart


def _locked_line(cart: Cart, line_id) -> CartLine:
    try:
        return CartLine.objects.select_related("product", "store").get(
            pk=parse_id(line_id), cart_id=cart.pk
        )
    except (CartLine.DoesNotExist, ValueError, TypeError):
        raise LineNotFound(_("That line is not in your cart (it may have been removed).")) from None


def sellable_product(product_id) -> ProductPage:
    """The live, priced product with this id; raises ProductUnavailable."""
    try:
        return ProductPage.objects.visible().get(pk=parse_id(product_id))
    except (ProductPage.DoesNotExist, ValueError, TypeError):
        raise ProductUnavailable(_("This product is not on sale.")) from None


def _out_of_stock(product: ProductPage, store: Store, wanted: int) -> OutOfStock:
    return OutOfStock(
        _(
            "%(store)s does not have %(wanted)d more × %(product)s right now; "
            "your cart was not changed."
        )
        % {"store": term(store.name), "wanted": wanted, "product": product.title}
    )


def _not_stocking(store_id, product: ProductPage) -> StoreNotStocking:
    pk = parse_id(store_id)
    name = (
        Store.objects.filter(pk=pk).values_list("name", flat=True).first()
        if pk is not None
        else None
    )
    if name is None:
        return StoreNotStocking(_("Choose one of the stores listed for this product."))
    return StoreNotStocking(
        _("%(store)s does not sell %(product)s.") % {"store": name, "product": product.title}
    )


def cart_add(*, cart: Cart, product_id, quantity=1, store_id=None) -> CartChange:
    """Add ``quantity`` pieces of a product, taking them from a store's stock at once.

    Without ``store_id`` an existing line of the product grows; otherwise the store with the
    most stock is chosen. An add that finds too little free stock first reclaims what
    expired carts hold on that record. Raises InvalidQuantity, CartLimitReached,
    ProductUnavailable, StoreNotStocking or OutOfStock (then nothing changed).
    """
    quantity = parse_quantity(quantity)
    with transaction.atomic():
        cart = lock_cart(cart)
        change = CartChange(notices=wake_locked_cart(cart))
        product = sellable_product(product_id)
        records = {
            record.store_id: record
            for record in StockRecord.objects.filter(
                product=product, store__is_active=True
            ).select_related("store")
        }
        if store_id not in (None, ""):
            record = records.get(parse_id(store_id))
            if record is None:
                raise _not_stocking(store_id, product)
            store = record.store
            line = CartLine.objects.filter(cart=cart, product=product, store=store).first()
        else:
            line = (
                CartLine.objects.filter(cart=cart, product=product).select_related("store").first()
            )
            if line is not None:
                store = line.store
            else:
                check_cart_limits(cart=cart, new_line=True, added_pieces=quantity)
                return _add_to_best_store(cart, product, records, quantity, change)
        new_quantity = (line.quantity if line else 0) + quantity
        if new_quantity > line_quantity_cap():
            cap = line_quantity_cap()
            raise InvalidQuantity(
                ngettext(
                    "At most %(cap)d piece of one product per store; your cart already has "
                    "%(has)d.",
                    "At most %(cap)d pieces of one product per store; your cart already has "
                    "%(has)d.",
                    cap,
                )
                % {"cap": cap, "has": new_quantity - quantity}
            )
        check_cart_limits(cart=cart, new_line=line is None, added_pieces=quantity)
        try:
            take_or_reclaim(product_id=product.pk, store_id=store.pk, quantity=quantity)
        except InsufficientStock:
            raise _out_of_stock(product, store, quantity) from None
        if line is None:
            line = CartLine.objects.create(
                cart=cart, product=product, store=store, quantity=quantity
            )
        else:
            line.quantity = new_quantity
            line.save(update_fields=["quantity"])
    change.line = line
    return change


def _set_completing_stores(cart, product_id: int) -> set[int]:
    """The stores where ``product_id`` completes a live set discount whose other products are
    already in the cart from that store: a set discount belongs to one store and counts only
    the lines from it (``commerce.pricing.engine``). No query unless such a set exists."""
    now = timezone.now()
    sets = [
        d
        for d in cached_discounts()
        if d.kind == DiscountKind.SET and product_id in d.product_ids and d.is_live(now)
    ]
    if not sets:
        return set()
    held = set(CartLine.objects.filter(cart=cart).values_list("product_id", "store_id"))
    return {
        d.store_id
        for d in sets
        if all((other, d.store_id) in held for other in d.product_ids - {product_id})
    }


def _add_to_best_store(cart, product, records, quantity, change) -> CartChange:
    """A new line from the store that completes a set discount already in the cart (its
    products from that store), else from the store with the most stock; when a concurrent
    buyer empties it first, the next store is tried (a store at 0 too: expired carts may hold
    its pieces), so the shopper is refused only when every store is out."""
    completing = _set_completing_stores(cart, product.pk)
    candidates = sorted(
        records.values(),
        key=lambda r: (r.store_id not in completing, -r.quantity, r.store_id),
    )
    for record in candidates:
        try:
            take_or_reclaim(product_id=product.pk, store_id=record.store_id, quantity=quantity)
        except InsufficientStock:
            continue
        change.line = CartLine.objects.create(
            cart=cart, product=product, store=record.store, quantity=quantity
        )
        return change
    stocked = [record for record in candidates if record.quantity > 0]
    if not stocked:
        raise OutOfStock(_("%(product)s is out of stock.") % {"product": product.title})
    if len(stocked) == 1:
        raise _out_of_stock(product, stocked[0].store, quantity)
    raise OutOfStock(
        _("No store has %(quantity)d × %(product)s right now; your cart was not changed.")
        % {"quantity": quantity, "product": product.title}
    )


def cart_line_set_quantity(*, cart: Cart, line_id, quantity) -> CartChange:
    """Set a line to ``quantity`` pieces, taking or returning the difference.

    An increase the store cannot cover keeps the old quantity (OutOfStock). Raises
    InvalidQuantity, CartLimitReached or LineNotFound.
    """
    quantity = parse_quantity(quantity)
    with transaction.atomic():
        cart = lock_cart(cart)
        notices = wake_locked_cart(cart)
        line = _locked_line(cart, line_id)
        difference = quantity - line.quantity
        if difference > 0:
            check_cart_limits(cart=cart, new_line=False, added_pieces=difference)
            try:
                take_or_reclaim(
                    product_id=line.product_id, store_id=line.store_id, quantity=difference
                )
            except InsufficientStock:
                raise OutOfStock(
                    _(
                        "%(store)s does not have %(wanted)d more × %(product)s; "
                        "the quantity stays %(quantity)d."
                    )
                    % {
                        "store": term(line.store.name),
                        "wanted": difference,
                        "product": line.product.title,
                        "quantity": line.quantity,
                    }
                ) from None
        elif difference < 0:
            stock_return(product_id=line.product_id, store_id=line.store_id, quantity=-difference)
        line.quantity = quantity
        line.save(update_fields=["quantity"])
    return CartChange(line=line, notices=notices)


def cart_line_remove(*, cart: Cart, line_id) -> CartChange:
    """Remove a line and return its pieces to the store. Raises LineNotFound."""
    with transaction.atomic():
        cart = lock_cart(cart)
        line = _locked_line(cart, line_id)
        if cart.is_reserved:
            stock_return(product_id=line.product_id, store_id=line.store_id, quantity=line.quantity)
        line.delete()
    return CartChange()


def cart_line_switch_store(*, cart: Cart, line_id, store_id) -> CartChange:
    """Move a line to another store: its pieces go back to the old store and are taken from
    the new one only if it has them all; a line of the same product in the new store absorbs
    it. One transaction. Raises LineNotFound, StoreNotStocking, OutOfStock or InvalidQuantity.
    """
    with transaction.atomic():
        cart = lock_cart(cart)
        notices = wake_locked_cart(cart)
        line = _locked_line(cart, line_id)
        try:
            store = Store.objects.get(pk=parse_id(store_id), is_active=True)
        except (Store.DoesNotExist, ValueError, TypeError):
            raise StoreNotStocking(_("Choose one of the stores listed for this product.")) from None
        if store.pk == line.store_id:
            return CartChange(line=line, notices=notices)
        if not StockRecord.objects.filter(product_id=line.product_id, store=store).exists():
            raise StoreNotStocking(
                _("%(store)s does not sell %(product)s.")
                % {"store": term(store.name), "product": line.product.title}
            )
        twin = CartLine.objects.filter(cart=cart, product_id=line.product_id, store=store).first()
        merged_quantity = line.quantity + (twin.quantity if twin else 0)
        if merged_quantity > line_quantity_cap():
            raise InvalidQuantity(
                ngettext(
                    "Together that would be %(merged)d piece; at most %(cap)d per line.",
                    "Together that would be %(merged)d pieces; at most %(cap)d per line.",
                    merged_quantity,
                )
                % {"merged": merged_quantity, "cap": line_quantity_cap()}
            )
        stock_lock(pairs=[(line.product_id, line.store_id), (line.product_id, store.pk)])
        try:
            take_or_reclaim(product_id=line.product_id, store_id=store.pk, quantity=line.quantity)
        except InsufficientStock:
            raise OutOfStock(
                _("%(store)s does not have %(quantity)d × %(product)s; the line stays in %(old)s.")
                % {
                    "store": term(store.name),
                    "quantity": line.quantity,
                    "product": line.product.title,
                    "old": term(line.store.name),
                }
            ) from None
        stock_return(product_id=line.product_id, store_id=line.store_id, quantity=line.quantity)
        if twin is not None:
            twin.quantity = merged_quantity
            twin.save(update_fields=["quantity"])
            line.delete()
            line = twin
        else:
            line.store = store
            line.save(update_fields=["store"])
    return CartChange(line=line, notices=notices)


def cart_merge(*, source: Cart, target: Cart) -> CartChange:
    """Move every line of ``source`` (an anonymous cart) into ``target`` (the customer's);
    lines of the same product and store add up and ``source`` is deleted. No stock moves
    (both carts' reservations are brought up to date first, SPEC §3), except that a merged
    line keeps the per-line cap: the pieces over it go back to the store (issue 12.3)."""
    if source.pk == target.pk:
        return CartChange()
    with transaction.atomic():
        for cart in sorted([source, target], key=lambda c: c.pk):  # lock in pk order
            lock_cart(cart)
        notices = wake_locked_cart(target) + wake_locked_cart(source)
        existing = {(line.product_id, line.store_id): line for line in target.lines.all()}
        for line in source.lines.all():
            twin = existing.get((line.product_id, line.store_id))
            if twin is None:
                line.cart = target
                line.save(update_fields=["cart"])
            else:
                merged = twin.quantity + line.quantity
                twin.quantity = min(merged, line_quantity_cap())
                if merged > twin.quantity:
                    stock_return(
                        product_id=line.product_id,
                        store_id=line.store_id,
                        quantity=merged - twin.quantity,
                    )
                    notices.append(
                        ngettext(
                            "%(product)s: %(kept)d piece kept, at most that many per line.",
                            "%(product)s: %(kept)d pieces kept, at most that many per line.",
                            twin.quantity,
                        )
                        % {"product": line.product.title, "kept": twin.quantity}
                    )
                twin.save(update_fields=["quantity"])
                line.delete()
        source.delete()
    return CartChange(notices=notices)


def cart_release(*, cart: Cart) -> bool:
    """Return every reserved piece of ``cart`` to stock and mark it unreserved (lines keep
    their wanted quantities). Returns False when it held nothing."""
    with transaction.atomic():
        cart = lock_cart(cart)
        if not cart.is_reserved:
            return False
        return_reserved_pieces(cart)
    return True


def cart_wake(*, cart: Cart) -> list[str]:
    """Take an expired cart's pieces again; returns notices for what could not be kept."""
    with transaction.atomic():
        return wake_locked_cart(lock_cart(cart))


def wake_locked_cart(cart: Cart) -> list[str]:
    """Inside a transaction holding the cart's lock: re-reserve an unreserved cart, keeping
    as many pieces of each line as its store still has."""
    if cart.is_reserved:
        return []
    notices: list[str] = []
    lines = list(cart.lines.select_related("product", "store"))
    sellable = set(
        ProductPage.objects.visible()
        .filter(pk__in=[line.product_id for line in lines])
        .values_list("pk", flat=True)
    )
    stock_lock(pairs=[(line.product_id, line.store_id) for line in lines])
    for line in lines:
        if line.product_id not in sellable:
            notices.append(
                _("%(product)s is no longer on sale and left your cart.")
                % {"product": line.product.title}
            )
            line.delete()
            continue
        taken = stock_take_up_to(
            product_id=line.product_id, store_id=line.store_id, quantity=line.quantity
        )
        if taken == 0:
            notices.append(
                _("%(product)s is sold out in %(store)s and left your cart.")
                % {"product": line.product.title, "store": term(line.store.name)}
            )
            line.delete()
        elif taken < line.quantity:
            notices.append(
                _("Only %(taken)d of %(quantity)d × %(product)s could be kept in %(store)s.")
                % {
                    "taken": taken,
                    "quantity": line.quantity,
                    "product": line.product.title,
                    "store": term(line.store.name),
                }
            )
            line.quantity = taken
            line.save(update_fields=["quantity"])
    cart.is_reserved = True
    Cart.objects.filter(pk=cart.pk).update(is_reserved=True, touched_at=timezone.now())
    return notices


def release_expired_carts(*, now: datetime | None = None) -> int:
    """Return the stock of every expired cart, one cart per transaction; returns how many
    carts were released. A cart touched after it was selected is left alone."""
    now = now or timezone.now()
    released = 0
    for cart_id in Cart.objects.filter(expired_carts_filter(now)).values_list("pk", flat=True):
        with transaction.atomic():
            cart = (
                Cart.objects.select_for_update()
                .filter(expired_carts_filter(now), pk=cart_id)
                .first()
            )
            if cart is not None and cart_release(cart=cart):
                released += 1
    return released
