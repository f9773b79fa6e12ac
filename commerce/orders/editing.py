"""Sales operators edit placed orders (SPEC §8: "orders read/write: … edit lines (stock and
totals follow), operator comment").

``order_lines_edit`` changes quantities, removes lines and adds products by SKU: the pieces
move between the order and its stores' stock, and the order is repriced with the discount
engine. ``order_comment_set`` writes the operator comment. Both need ``commerce.change_order``
and journal old → new in Wagtail's audit log.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log

from catalog.glossary import term
from catalog.models import Price, ProductPage, StockRecord, Store
from catalog.models.pages import normalize_sku
from catalog.stock import (
    InsufficientStock,
    stock_journal_move,
    stock_lock,
    stock_return,
    stock_take,
)
from commerce.delivery.selectors import delivery_fee
from commerce.orders.models import FulfilmentStatus, Order, OrderLine, PaymentStatus
from commerce.orders.sales import order_day, sales_record
from commerce.orders.snapshots import line_discounts_snapshot, order_discounts_snapshot
from commerce.pricing.offers import price_lines
from commerce.pricing.types import LineInput
from config.errors import ShopError

ORDER_EDIT = "commerce.order.edit"
ORDER_COMMENT = "commerce.order.comment"
EDIT_PERMISSION = "commerce.change_order"
# Later statuses have pieces on a shelf or on the road: the warehouse, not the order, is the
# truth there, so the operator cancels instead.
EDITABLE_STATUSES = frozenset({FulfilmentStatus.PROCESSING, FulfilmentStatus.CONFIRMED})
COMMENT_MAX_LENGTH = 2000


class OrderEditRefused(ShopError):
    """An edit that the order's state, the user's role or the stock does not allow; nothing
    was changed. ``message`` is safe to show."""

    status = 409


@dataclass(frozen=True)
class LineAddition:
    """Add ``quantity`` pieces (≥ 1) of the product with ``sku`` (any case) from the store
    ``store_id``."""

    sku: str
    store_id: int
    quantity: int


@dataclass
class _Planned:
    """One line of the order as it will be: ``line`` None for a new one."""

    line: OrderLine | None
    product: ProductPage
    store: Store
    old: int
    new: int
    unit_price: Decimal

    @property
    def key(self) -> tuple[int, int]:
        return (self.product.pk, self.store.pk)


def _check_user(user) -> None:
    if user is None or not user.has_perm(EDIT_PERMISSION):
        raise OrderEditRefused(_("Your role may not edit orders."))


def _is_quantity(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def order_lines_edit(
    *, order: Order, user, quantities: dict[int, int], additions: list[LineAddition]
) -> Order:
    """Change the lines of ``order`` on behalf of ``user`` and return the order as saved.

    ``quantities`` maps OrderLine ids of this order to their new quantity in pieces (0
    removes the line); ``additions`` add pieces by SKU and store — to the line of that
    product and store when there is one (at its promised unit price), else to a new line at
    the product's current price. An addition to a line also in ``quantities`` adds to the new
    quantity. Extra pieces are taken from the store's stock, fewer pieces go back to it.

    Every line is then repriced through the discount engine with the customer's loyalty
    percent; the order's subtotal, discounts, goods total, delivery cost (its delivery
    method's rate for the new goods total) and grand total follow (UAH). A change is
    journaled (``ORDER_EDIT``); a call that changes nothing writes nothing.

    Raises OrderEditRefused, with nothing changed, when the user lacks
    ``commerce.change_order``; the order is not processing or confirmed, or is paid; a line
    id is not this order's; a quantity is negative or above
    ``settings.SHOP_CART_LINE_MAX_QUANTITY``; a SKU is unknown, not on sale or asked of an
    inactive store; a store lacks the pieces; or no line would remain. SPEC §8.
    """
    _check_user(user)
    cap = settings.SHOP_CART_LINE_MAX_QUANTITY
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        _check_editable(order)
        lines = list(
            OrderLine.objects.filter(order=order).select_related("product", "store").order_by("pk")
        )
        by_id = {line.pk: line for line in lines}
        for line_id, quantity in quantities.items():
            if line_id not in by_id:
                raise OrderEditRefused(
                    _("Line %(line)s is not part of order %(number)s; reload the order.")
                    % {"line": line_id, "number": order.number}
                )
            if not _is_quantity(quantity) or quantity < 0 or quantity > cap:
                raise OrderEditRefused(
                    _("%(sku)s: the quantity must be a whole number of pieces from 0 to %(cap)s.")
                    % {"sku": by_id[line_id].sku, "cap": cap}
                )
        gone = [line.sku for line in lines if line.product_id is None]
        if gone:
            # Its stock records went with the product page, so its pieces have nowhere to go.
            raise OrderEditRefused(
                _(
                    "Order %(number)s holds %(skus)s, whose product was deleted; its lines can "
                    "no longer be edited. Cancel the order instead."
                )
                % {"number": order.number, "skus": ", ".join(gone)}
            )

        planned = {
            (line.product_id, line.store_id): _Planned(
                line=line,
                product=line.product,
                store=line.store,
                old=line.quantity,
                new=quantities.get(line.pk, line.quantity),
                unit_price=line.unit_price,
            )
            for line in lines
        }
        for addition in additions:
            product, store, price = _addition_source(addition)
            plan = planned.get((product.pk, store.pk))
            if plan is None:
                plan = planned[(product.pk, store.pk)] = _Planned(
                    line=None, product=product, store=store, old=0, new=0, unit_price=price
                )
            plan.new += addition.quantity

        changed = [plan for plan in planned.values() if plan.new != plan.old]
        if not changed:
            return order
        for plan in changed:
            if plan.new > plan.old:
                _check_can_grow(plan, cap)
        if not any(plan.new for plan in planned.values()):
            raise OrderEditRefused(
                _("Order %(number)s must keep at least one line; cancel the order instead.")
                % {"number": order.number}
            )

        stock_lock(pairs=sorted(plan.key for plan in changed))
        for plan in changed:
            _move_stock(plan)
            stock_journal_move(
                product_id=plan.product.pk,
                store_id=plan.store.pk,
                delta=plan.old - plan.new,
                user=user,
                source=f"Order {order.number} edited",
            )
        # Issue 15: the pieces sold follow the lines (counted on the day the order was placed).
        deltas: dict[int, int] = {}
        for plan in changed:
            deltas[plan.product.pk] = deltas.get(plan.product.pk, 0) + plan.new - plan.old
        sales_record(day=order_day(order), deltas=deltas)

        old_total = order.grand_total
        _reprice(order, [plan for plan in planned.values() if plan.new])
        log(
            instance=order,
            action=ORDER_EDIT,
            user=user,
            data={
                "number": order.number,
                "lines": [
                    {
                        "sku": plan.product.sku,
                        "store": term(plan.store.name),
                        "old": plan.old,
                        "new": plan.new,
                    }
                    for plan in changed
                ],
                "old_total": str(old_total),
                "new_total": str(order.grand_total),
            },
        )
    return order


def order_lines_editable(order: Order) -> bool:
    """Whether the order's lines may still change: processing or confirmed, and not paid."""
    return (
        order.fulfilment_status in EDITABLE_STATUSES and order.payment_status != PaymentStatus.PAID
    )


def _check_editable(order: Order) -> None:
    """Raises OrderEditRefused saying why, unless ``order_lines_editable``."""
    if order.fulfilment_status not in EDITABLE_STATUSES:
        status = FulfilmentStatus(order.fulfilment_status).label.lower()
        raise OrderEditRefused(
            _("Order %(number)s is %(status)s; only processing or confirmed orders can be edited.")
            % {"number": order.number, "status": status}
        )
    if order.payment_status == PaymentStatus.PAID:
        raise OrderEditRefused(
            _(
                "Order %(number)s is paid; its lines cannot change because the charge would no "
                "longer match the total."
            )
            % {"number": order.number}
        )


def _addition_source(addition: LineAddition) -> tuple[ProductPage, Store, Decimal]:
    """The product, store and current base unit price (UAH) an addition takes pieces from."""
    sku = normalize_sku(addition.sku) if isinstance(addition.sku, str) else None
    shown = sku or str(addition.sku)
    cap = settings.SHOP_CART_LINE_MAX_QUANTITY
    if not _is_quantity(addition.quantity) or not 1 <= addition.quantity <= cap:
        raise OrderEditRefused(
            _("%(sku)s: add a whole number of pieces from 1 to %(cap)s.")
            % {"sku": shown, "cap": cap}
        )
    product = ProductPage.objects.filter(sku=sku).first() if sku else None
    if product is None:
        raise OrderEditRefused(_("There is no product with SKU %(sku)s.") % {"sku": shown})
    price = Price.objects.filter(product=product).values_list("amount", flat=True).first()
    if not product.live or price is None:
        raise OrderEditRefused(
            _("%(sku)s (%(title)s) is not on sale.") % {"sku": shown, "title": product.title}
        )
    store = (
        Store.objects.filter(pk=addition.store_id, is_active=True).first()
        if _is_quantity(addition.store_id)
        else None
    )
    if store is None:
        raise OrderEditRefused(
            _("%(sku)s: choose an active store to take the pieces from.") % {"sku": shown}
        )
    return product, store, price


def _check_can_grow(plan: _Planned, cap: int) -> None:
    """More pieces are a sale made now: the product must still be on sale in an active store."""
    sku = plan.product.sku
    if plan.new > cap:
        raise OrderEditRefused(
            ngettext(
                "%(sku)s: at most %(cap)s pieces per line.",
                "%(sku)s: at most %(cap)s pieces per line.",
                cap,
            )
            % {"sku": sku, "cap": cap}
        )
    if plan.line is None:
        return  # checked by _addition_source
    on_sale = (
        plan.product.live
        and Price.objects.filter(product=plan.product, amount__isnull=False).exists()
    )
    if not on_sale:
        raise OrderEditRefused(
            _("%(sku)s (%(title)s) is no longer on sale.")
            % {"sku": sku, "title": plan.product.title}
        )
    if not plan.store.is_active:
        raise OrderEditRefused(
            _("%(sku)s: %(store)s is closed; it cannot give more pieces.")
            % {"sku": sku, "store": term(plan.store.name)}
        )


def _move_stock(plan: _Planned) -> None:
    product_id, store_id = plan.key
    if plan.new < plan.old:
        stock_return(product_id=product_id, store_id=store_id, quantity=plan.old - plan.new)
        return
    wanted = plan.new - plan.old
    try:
        stock_take(product_id=product_id, store_id=store_id, quantity=wanted)
    except InsufficientStock:
        available = (
            StockRecord.objects.filter(product_id=product_id, store_id=store_id)
            .values_list("quantity", flat=True)
            .first()
        ) or 0
        raise OrderEditRefused(
            ngettext(
                "%(sku)s: %(store)s has %(available)s pieces available, %(wanted)s more were "
                "asked for.",
                "%(sku)s: %(store)s has %(available)s pieces available, %(wanted)s more were "
                "asked for.",
                available,
            )
            % {
                "sku": plan.product.sku,
                "store": term(plan.store.name),
                "available": available,
                "wanted": wanted,
            }
        ) from None


def _reprice(order: Order, plans: list[_Planned]) -> None:
    """Write the lines and totals the engine gives for ``plans`` (the surviving lines)."""
    priced = price_lines(
        [
            LineInput(
                product_id=plan.product.pk,
                store_id=plan.store.pk,
                quantity=plan.new,
                unit_price=plan.unit_price,
                path=plan.product.path,
                name=plan.product.title,
            )
            for plan in plans
        ],
        loyalty_percent=order.customer.loyalty_percent,
    )
    OrderLine.objects.filter(order=order).exclude(
        pk__in=[plan.line.pk for plan in plans if plan.line is not None]
    ).delete()
    for plan in plans:
        pl = priced.line(plan.key)
        line = plan.line or OrderLine(
            order=order,
            product=plan.product,
            sku=plan.product.sku,
            name=plan.product.title,
            store=plan.store,
            unit_price=plan.unit_price,
        )
        line.quantity = plan.new
        line.base_amount = pl.base_amount
        line.final_amount = pl.final_amount
        line.discounts = line_discounts_snapshot(pl)
        line.save()
    fee = delivery_fee(method=order.delivery_method, goods_total=priced.total)
    order.subtotal = priced.subtotal
    order.discount_total = priced.discount_total
    order.goods_total = priced.total
    order.discounts = order_discounts_snapshot(priced)
    order.delivery_cost = fee
    order.grand_total = priced.total + fee
    order.save(
        update_fields=[
            "subtotal",
            "discount_total",
            "goods_total",
            "discounts",
            "delivery_cost",
            "grand_total",
            "updated_at",
        ]
    )


def order_comment_set(*, order: Order, user, comment: str) -> Order:
    """Set the operator comment of ``order`` (shown to the warehouse; any status) to
    ``comment`` with surrounding blanks stripped, journal old → new (``ORDER_COMMENT``) and
    return the order as saved; the same text again writes nothing.

    Raises OrderEditRefused, with nothing changed, when the user lacks
    ``commerce.change_order`` or the comment is longer than 2000 characters. SPEC §8.
    """
    _check_user(user)
    comment = (comment or "").strip()
    if len(comment) > COMMENT_MAX_LENGTH:
        raise OrderEditRefused(
            ngettext(
                "The operator comment is %(length)s characters long; at most %(max)s are kept.",
                "The operator comment is %(length)s characters long; at most %(max)s are kept.",
                len(comment),
            )
            % {"length": len(comment), "max": COMMENT_MAX_LENGTH}
        )
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        old = order.operator_comment
        if old == comment:
            return order
        order.operator_comment = comment
        order.save(update_fields=["operator_comment", "updated_at"])
        log(
            instance=order,
            action=ORDER_COMMENT,
            user=user,
            data={"number": order.number, "old": old, "new": comment},
        )
    return order
