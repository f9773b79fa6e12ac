"""SPEC §8: sales operators edit the lines of placed orders (stock and totals follow) and set
the operator comment; both are journaled."""

from decimal import Decimal

import pytest

from catalog.models import Price, StockRecord
from commerce.delivery.selectors import delivery_fee
from commerce.orders.editing import (
    EDITABLE_STATUSES,
    LineAddition,
    order_lines_edit,
)
from commerce.orders.models import Order, OrderLine
from commerce.orders.snapshots import line_discounts_snapshot, order_discounts_snapshot
from commerce.pricing.models import Discount, DiscountKindChoice, DiscountProduct
from commerce.pricing.offers import price_lines
from commerce.pricing.types import LineInput
from commerce.testing import stock_of

D = Decimal


def line_of(order, product, store) -> OrderLine:
    return OrderLine.objects.get(order=order, product=product, store=store)


def state(order) -> tuple:
    """What a refused edit must leave alone: stock, the order's lines and its totals."""
    order = Order.objects.get(pk=order.pk)
    lines = list(
        OrderLine.objects.filter(order=order)
        .order_by("pk")
        .values_list("pk", "store_id", "quantity", "unit_price", "base_amount", "final_amount")
    )
    totals = (
        order.subtotal,
        order.discount_total,
        order.goods_total,
        order.delivery_cost,
        order.grand_total,
        order.discounts,
    )
    stock = sorted(StockRecord.objects.values_list("product_id", "store_id", "quantity"))
    return stock, lines, totals


def assert_priced_by_the_engine(order) -> None:
    """The stored lines and totals are exactly what the engine and the rate table give for the
    order's current lines (at their recorded unit prices) and the customer's loyalty."""
    order = Order.objects.select_related("customer").get(pk=order.pk)
    lines = list(OrderLine.objects.filter(order=order).select_related("product"))
    priced = price_lines(
        [
            LineInput(
                product_id=line.product_id,
                store_id=line.store_id,
                quantity=line.quantity,
                unit_price=line.unit_price,
                path=line.product.path,
                name=line.name,
            )
            for line in lines
        ],
        loyalty_percent=order.customer.loyalty_percent,
    )
    for line in lines:
        pl = priced.line((line.product_id, line.store_id))
        assert (line.base_amount, line.final_amount) == (pl.base_amount, pl.final_amount)
        assert line.discounts == line_discounts_snapshot(pl)
    fee = delivery_fee(method=order.delivery_method, goods_total=priced.total)
    assert (order.subtotal, order.discount_total, order.goods_total) == (
        priced.subtotal,
        priced.discount_total,
        priced.total,
    )
    assert order.discounts == order_discounts_snapshot(priced)
    assert (order.delivery_cost, order.grand_total) == (fee, priced.total + fee)


@pytest.mark.django_db
class TestLinesAndStock:
    def test_raising_a_quantity_takes_the_pieces_and_reprices(self, place, operator, rotala, kyiv):
        order = place((rotala, kyiv, 2))
        assert (stock_of(rotala, kyiv), order.grand_total) == (3, D("250.00"))
        line = order.lines.get()
        edited = order_lines_edit(order=order, user=operator, quantities={line.pk: 3}, additions=[])
        assert stock_of(rotala, kyiv) == 2
        line.refresh_from_db()
        assert (line.quantity, line.base_amount, line.final_amount) == (3, D("195.00"), D("195.00"))
        order.refresh_from_db()
        assert (order.goods_total, order.delivery_cost, order.grand_total) == (
            D("195.00"),
            D("120.00"),
            D("315.00"),
        )
        assert edited.grand_total == D("315.00")

    def test_lowering_a_quantity_returns_the_pieces(self, place, operator, rotala, kyiv):
        order = place((rotala, kyiv, 4))
        assert stock_of(rotala, kyiv) == 1
        line = order.lines.get()
        order_lines_edit(order=order, user=operator, quantities={line.pk: 1}, additions=[])
        assert stock_of(rotala, kyiv) == 4
        order.refresh_from_db()
        assert (order.lines.get().quantity, order.grand_total) == (1, D("185.00"))

    def test_zero_removes_a_line_and_returns_all_its_pieces(
        self, place, operator, rotala, moss, kyiv
    ):
        order = place((rotala, kyiv, 2), (moss, kyiv, 1))
        order_lines_edit(
            order=order,
            user=operator,
            quantities={line_of(order, rotala, kyiv).pk: 0},
            additions=[],
        )
        assert (stock_of(rotala, kyiv), stock_of(moss, kyiv)) == (5, 9)
        assert list(order.lines.values_list("sku", "quantity")) == [("PL-2", 1)]
        order.refresh_from_db()
        assert (order.subtotal, order.grand_total) == (D("120.00"), D("240.00"))

    def test_adding_by_sku_makes_a_new_line_from_that_store(
        self, place, operator, rotala, moss, kyiv
    ):
        order = place((rotala, kyiv, 2))
        order_lines_edit(
            order=order,
            user=operator,
            quantities={},
            additions=[LineAddition(sku=" pl-2 ", store_id=kyiv.pk, quantity=2)],
        )
        assert stock_of(moss, kyiv) == 8
        added = line_of(order, moss, kyiv)
        assert (added.sku, added.name, added.quantity, added.unit_price) == (
            "PL-2",
            "Java moss",
            2,
            D("120.00"),
        )
        order.refresh_from_db()
        assert (order.goods_total, order.grand_total) == (D("370.00"), D("490.00"))

    def test_adding_a_sku_already_in_that_store_grows_its_line(
        self, place, operator, rotala, kyiv, lviv
    ):
        order = place((rotala, kyiv, 2))
        order_lines_edit(
            order=order,
            user=operator,
            quantities={},
            additions=[
                LineAddition(sku="PL-1", store_id=kyiv.pk, quantity=1),
                LineAddition(sku="PL-1", store_id=lviv.pk, quantity=2),
            ],
        )
        assert sorted(order.lines.values_list("store__code", "quantity")) == [
            ("kyiv", 3),
            ("lviv", 2),
        ]
        assert (stock_of(rotala, kyiv), stock_of(rotala, lviv)) == (2, 1)

    def test_a_line_set_and_added_to_in_one_call_gets_both(self, place, operator, rotala, kyiv):
        order = place((rotala, kyiv, 2))
        line = order.lines.get()
        order_lines_edit(
            order=order,
            user=operator,
            quantities={line.pk: 1},
            additions=[LineAddition(sku="PL-1", store_id=kyiv.pk, quantity=3)],
        )
        line.refresh_from_db()
        assert (line.quantity, stock_of(rotala, kyiv)) == (4, 1)

    def test_confirmed_orders_can_be_edited(self, place, operator, rotala, kyiv):
        order = place((rotala, kyiv, 2))
        Order.objects.filter(pk=order.pk).update(fulfilment_status="confirmed")
        line = order.lines.get()
        order_lines_edit(order=order, user=operator, quantities={line.pk: 1}, additions=[])
        assert (order.lines.get().quantity, stock_of(rotala, kyiv)) == (1, 4)
        assert EDITABLE_STATUSES == frozenset({"processing", "confirmed"})


@pytest.mark.django_db
class TestPricing:
    def test_existing_lines_keep_their_promised_price_new_ones_take_todays(
        self, place, operator, rotala, moss, kyiv
    ):
        order = place((rotala, kyiv, 2))
        Price.objects.filter(product=rotala).update(amount=D("80.00"))
        Price.objects.filter(product=moss).update(amount=D("130.00"))
        order_lines_edit(
            order=order,
            user=operator,
            quantities={line_of(order, rotala, kyiv).pk: 3},
            additions=[LineAddition(sku="PL-2", store_id=kyiv.pk, quantity=1)],
        )
        # Rotala keeps its promised 65.00: 3 × 65.00 = 195.00; the new moss line takes today's
        # 130.00. No discounts: goods 195.00 + 130.00 = 325.00, courier 120.00 (below 1000),
        # grand total 445.00.
        kept, added = line_of(order, rotala, kyiv), line_of(order, moss, kyiv)
        assert (kept.unit_price, kept.base_amount, kept.final_amount) == (
            D("65.00"),
            D("195.00"),
            D("195.00"),
        )
        assert (added.unit_price, added.base_amount, added.final_amount) == (
            D("130.00"),
            D("130.00"),
            D("130.00"),
        )
        order.refresh_from_db()
        assert (order.subtotal, order.discount_total, order.goods_total) == (
            D("325.00"),
            D("0.00"),
            D("325.00"),
        )
        assert (order.delivery_cost, order.grand_total) == (D("120.00"), D("445.00"))
        assert_priced_by_the_engine(order)

    def test_a_cart_discount_comes_and_goes_with_the_quantity(self, place, operator, rotala, kyiv):
        Discount.objects.create(
            name="3 items −5%",
            store=kyiv,
            kind=DiscountKindChoice.CART,
            type="percent",
            value=D("5"),
            priority=1,
            condition="min_items",
            threshold=D("3"),
        )
        order = place((rotala, kyiv, 2))
        assert order.discount_total == D("0.00")
        line = order.lines.get()

        order_lines_edit(order=order, user=operator, quantities={line.pk: 3}, additions=[])
        order.refresh_from_db()
        line.refresh_from_db()
        assert (order.subtotal, order.discount_total, order.goods_total) == (
            D("195.00"),
            D("9.75"),
            D("185.25"),
        )
        assert order.discounts == [{"name": "3 items −5%", "amount": "9.75"}]
        assert line.discounts == [{"name": "3 items −5%", "amount": "9.75"}]
        assert line.final_amount == D("185.25")
        assert order.grand_total == D("305.25")
        assert_priced_by_the_engine(order)

        order_lines_edit(order=order, user=operator, quantities={line.pk: 2}, additions=[])
        order.refresh_from_db()
        line.refresh_from_db()
        assert (order.discount_total, order.discounts, line.discounts) == (D("0.00"), [], [])
        assert order.grand_total == D("250.00")

    def test_a_product_discount_and_the_loyalty_percent_price_a_new_line(
        self, place, operator, customer, rotala, moss, kyiv
    ):
        customer.loyalty_percent = D("2.00")
        customer.save()
        moss_off = Discount.objects.create(
            name="Moss −10%",
            store=kyiv,
            kind=DiscountKindChoice.PRODUCT,
            type="percent",
            value=D("10"),
            priority=2,
        )
        DiscountProduct.objects.create(discount=moss_off, product=moss)
        order = place((rotala, kyiv, 1))
        order_lines_edit(
            order=order,
            user=operator,
            quantities={},
            additions=[LineAddition(sku="PL-2", store_id=kyiv.pk, quantity=1)],
        )
        # By hand (SPEC §4): moss 120.00 − 10% = 108.00 (−12.00); rotala 65.00 untouched.
        # Then the 2% loyalty on the remaining 65.00 + 108.00 = 173.00 is 3.46, shared in
        # proportion to the lines' current amounts: rotala 3.46 × 65/173 = 1.30 and moss
        # 3.46 × 108/173 = 2.16 (both exact, so the largest-remainder step moves no cent;
        # 1.30 + 2.16 = 3.46). Lines: rotala 65.00 − 1.30 = 63.70, moss 108.00 − 2.16 = 105.84.
        # Order: subtotal 185.00, discounts 12.00 + 3.46 = 15.46, goods 169.54, courier
        # 120.00 (below 1000), grand total 289.54.
        added = line_of(order, moss, kyiv)
        assert added.discounts == [
            {"name": "Moss −10%", "amount": "12.00"},
            {"name": "", "amount": "2.16", "loyalty_percent": "2.00"},
        ]
        assert (added.base_amount, added.final_amount) == (D("120.00"), D("105.84"))
        kept = line_of(order, rotala, kyiv)
        assert kept.discounts == [{"name": "", "amount": "1.30", "loyalty_percent": "2.00"}]
        assert (kept.base_amount, kept.final_amount) == (D("65.00"), D("63.70"))
        order.refresh_from_db()
        assert order.discounts == [
            {"name": "Moss −10%", "amount": "12.00"},
            {"name": "", "amount": "3.46", "loyalty_percent": "2.00"},
        ]
        assert (
            order.subtotal,
            order.discount_total,
            order.goods_total,
            order.delivery_cost,
            order.grand_total,
        ) == (D("185.00"), D("15.46"), D("169.54"), D("120.00"), D("289.54"))
        assert_priced_by_the_engine(order)

    def test_the_delivery_fee_follows_the_goods_total_through_its_tiers(
        self, place, operator, rotala, moss, kyiv
    ):
        order = place((rotala, kyiv, 2))
        order_lines_edit(
            order=order,
            user=operator,
            quantities={},
            additions=[LineAddition(sku="PL-2", store_id=kyiv.pk, quantity=9)],
        )
        order.refresh_from_db()
        assert (order.goods_total, order.delivery_cost, order.grand_total) == (
            D("1210.00"),
            D("60.00"),
            D("1270.00"),
        )
        order_lines_edit(
            order=order,
            user=operator,
            quantities={line_of(order, moss, kyiv).pk: 7},
            additions=[],
        )
        order.refresh_from_db()
        assert (order.goods_total, order.delivery_cost, order.grand_total) == (
            D("970.00"),
            D("120.00"),
            D("1090.00"),
        )
        assert stock_of(moss, kyiv) == 3
