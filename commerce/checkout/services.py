"""Placing an order (SPEC §5): one transaction, idempotent on a checkout token; the cart's
reserved stock passes to the order without being taken again, and the cart empties."""

from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from commerce.cart.models import Cart, CartLine
from commerce.cart.selectors import line_input, line_on_sale
from commerce.cart.services import lock_cart, wake_locked_cart
from commerce.customers.models import Customer
from commerce.delivery.models import DeliveryMethod
from commerce.delivery.selectors import delivery_fee
from commerce.orders.models import (
    FulfilmentStatus,
    Order,
    OrderLine,
    OrderStatusChange,
    PaymentMethod,
)
from commerce.orders.notifications import notify_order_placed
from commerce.orders.sales import lines_pieces, order_day, sales_record
from commerce.orders.snapshots import (
    line_discounts_snapshot,
    order_discounts_snapshot,
    order_number,
)
from commerce.pricing.offers import price_lines
from config.errors import ShopError


class CheckoutError(ShopError):
    """The order cannot be placed as it stands; nothing was changed. Safe to show."""

    status = 409


@dataclass(frozen=True)
class CheckoutData:
    """What the four steps collected."""

    delivery_method: DeliveryMethod
    city: str
    address: str
    payment_method: str
    comment: str = ""


def place_order(
    *,
    cart: Cart,
    customer: Customer,
    data: CheckoutData,
    checkout_token: str,
    expected_total: Decimal | None = None,
    user=None,
    base_url: str = "",
) -> Order:
    """Turn the cart into an order in ``processing`` / ``not paid`` and return it.

    The same ``checkout_token`` always gives the same order (a double click, a retry or two
    tabs). Prices are computed here, never taken from the browser; when ``expected_total``
    (the grand total the shopper confirmed) differs, CheckoutError asks them to look again.
    Raises CheckoutError for an empty cart, items no longer on sale, or stock that an expired
    reservation could not take back.
    """
    if data.payment_method not in PaymentMethod.values:
        raise CheckoutError(_("Choose how you will pay."))
    existing = Order.objects.filter(checkout_token=checkout_token).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            cart = lock_cart(cart)
            existing = Order.objects.filter(checkout_token=checkout_token).first()
            if existing is not None:  # the twin request committed while we waited
                return existing
            notices = wake_locked_cart(cart)
            if notices:
                raise CheckoutError(" ".join([*notices, _("Please check your order again.")]))
            lines = list(
                CartLine.objects.filter(cart=cart)
                .select_related("product", "product__price", "store")
                .order_by("created_at", "pk")
            )
            if not lines:
                raise CheckoutError(_("Your cart is empty."))
            gone = [line.product.title for line in lines if not line_on_sale(line)]
            if gone:
                raise CheckoutError(
                    _("No longer on sale: %(products)s. Please remove it from your cart.")
                    % {"products": ", ".join(gone)}
                )
            priced = price_lines(
                [line_input(line) for line in lines], loyalty_percent=customer.loyalty_percent
            )
            fee = delivery_fee(method=data.delivery_method, goods_total=priced.total)
            grand_total = priced.total + fee
            if expected_total is not None and expected_total != grand_total:
                raise CheckoutError(
                    _(
                        "Prices changed while you were checking out; please look "
                        "at the new total and confirm again."
                    )
                )
            order = Order.objects.create(
                customer=customer,
                delivery_method=data.delivery_method,
                city=data.city,
                address=data.address,
                phone=customer.phone,
                email=customer.email,
                payment_method=data.payment_method,
                subtotal=priced.subtotal,
                discount_total=priced.discount_total,
                goods_total=priced.total,
                delivery_cost=fee,
                grand_total=grand_total,
                discounts=order_discounts_snapshot(priced),
                customer_comment=data.comment,
                checkout_token=checkout_token,
            )
            order.number = order_number(order)
            Order.objects.filter(pk=order.pk).update(number=order.number)
            order_lines = OrderLine.objects.bulk_create(
                [
                    OrderLine(
                        order=order,
                        product=line.product,
                        sku=line.product.sku,
                        name=line.product.title,
                        store=line.store,
                        quantity=line.quantity,
                        unit_price=pl.unit_price,
                        base_amount=pl.base_amount,
                        final_amount=pl.final_amount,
                        discounts=line_discounts_snapshot(pl),
                    )
                    for line in lines
                    for pl in [priced.line((line.product_id, line.store_id))]
                ]
            )
            # Issue 15: the pieces count towards the "popular" sort at once.
            sales_record(day=order_day(order), deltas=lines_pieces(order_lines))
            OrderStatusChange.objects.create(
                order=order, from_status="", to_status=FulfilmentStatus.PROCESSING, user=user
            )
            # The reserved pieces now belong to the order: the lines go, the stock stays taken.
            CartLine.objects.filter(cart=cart).delete()
            notify_order_placed(order, base_url)
    except IntegrityError:
        existing = Order.objects.filter(checkout_token=checkout_token).first()
        if existing is None:
            raise
        return existing
    return order
