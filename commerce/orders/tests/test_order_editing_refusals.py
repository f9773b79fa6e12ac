"""SPEC §8: order edits that are refused change nothing; edits and operator comments are
journaled; pieces are conserved over any sequence of edits."""

import pytest
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import ModelLogEntry

from catalog.models import ProductPage, StockRecord
from catalog.tests.factories import StoreFactory, make_product
from commerce.orders.editing import (
    ORDER_COMMENT,
    ORDER_EDIT,
    LineAddition,
    OrderEditRefused,
    order_comment_set,
    order_lines_edit,
)
from commerce.orders.models import Order, OrderLine
from commerce.orders.tests.test_order_editing import D, assert_priced_by_the_engine, line_of, state


@pytest.mark.django_db
class TestRefusals:
    @pytest.fixture
    def setup(self, place, rotala, moss, kyiv, lviv, plants):
        order = place((rotala, kyiv, 2), (moss, kyiv, 1))
        other = place((rotala, lviv, 1))
        hidden = make_product(plants, sku="PL-3", title="Hidden", price="10.00", stock={kyiv: 4})
        ProductPage.objects.filter(pk=hidden.pk).update(live=False)
        make_product(plants, sku="PL-4", title="Priceless", price=None, stock={kyiv: 4})
        closed = StoreFactory(code="closed", name="Closed shop", is_active=False)
        StockRecord.objects.create(product=rotala, store=closed, quantity=9)
        return {
            "order": order,
            "rotala": line_of(order, rotala, kyiv).pk,
            "moss": line_of(order, moss, kyiv).pk,
            "other": other.lines.get().pk,
            "kyiv": kyiv.pk,
            "lviv": lviv.pk,
            "closed": closed.pk,
        }

    CASES = {
        "unknown line": (lambda s: ({999_999: 1}, []), "not part of order"),
        "another order's line": (lambda s: ({s["other"]: 2}, []), "not part of order"),
        "negative quantity": (lambda s: ({s["rotala"]: -1}, []), "from 0 to 99"),
        "absurd quantity": (lambda s: ({s["rotala"]: 100}, []), "from 0 to 99"),
        "not a number": (lambda s: ({s["rotala"]: "3"}, []), "whole number"),
        "unknown sku": (
            lambda s: ({}, [LineAddition(sku="NOPE-1", store_id=s["kyiv"], quantity=1)]),
            "no product with SKU NOPE-1",
        ),
        "unpublished product": (
            lambda s: ({}, [LineAddition(sku="PL-3", store_id=s["kyiv"], quantity=1)]),
            "PL-3 .* not on sale",
        ),
        "product without a price": (
            lambda s: ({}, [LineAddition(sku="PL-4", store_id=s["kyiv"], quantity=1)]),
            "PL-4 .* not on sale",
        ),
        "inactive store": (
            lambda s: ({}, [LineAddition(sku="PL-1", store_id=s["closed"], quantity=1)]),
            "PL-1: choose an active store",
        ),
        "unknown store": (
            lambda s: ({}, [LineAddition(sku="PL-1", store_id=999_999, quantity=1)]),
            "PL-1: choose an active store",
        ),
        "zero pieces added": (
            lambda s: ({}, [LineAddition(sku="PL-1", store_id=s["kyiv"], quantity=0)]),
            "from 1 to 99",
        ),
        "not enough stock": (
            lambda s: ({s["rotala"]: 6}, []),
            "PL-1: Kyiv warehouse has 3 pieces available, 4 more",
        ),
        "no stock record in that store": (
            lambda s: ({}, [LineAddition(sku="PL-2", store_id=s["lviv"], quantity=1)]),
            "PL-2: Lviv shop has 0 pieces available",
        ),
        # The rotala pieces go back first; the moss shortfall must roll that back too.
        "a return then a shortfall": (
            lambda s: ({s["rotala"]: 0, s["moss"]: 12}, []),
            "PL-2: Kyiv warehouse has 9 pieces available",
        ),
        "a merged line above the cap": (
            lambda s: ({}, [LineAddition(sku="PL-1", store_id=s["kyiv"], quantity=98)]),
            "at most 99 pieces",
        ),
        "removing every line": (
            lambda s: ({s["rotala"]: 0, s["moss"]: 0}, []),
            "must keep at least one line; cancel the order instead",
        ),
    }

    @pytest.mark.parametrize("case", CASES)
    def test_a_refused_edit_changes_nothing(self, setup, operator, case):
        build, message = self.CASES[case]
        quantities, additions = build(setup)
        order = setup["order"]
        before = state(order)
        with pytest.raises(OrderEditRefused, match=message):
            order_lines_edit(order=order, user=operator, quantities=quantities, additions=additions)
        assert state(order) == before
        assert not ModelLogEntry.objects.filter(action=ORDER_EDIT).exists()

    def test_a_warehouse_worker_may_not_edit(self, setup, role_user):
        order = setup["order"]
        before = state(order)
        with pytest.raises(OrderEditRefused, match="Your role may not edit orders."):
            order_lines_edit(
                order=order,
                user=role_user("Warehouse worker"),
                quantities={setup["rotala"]: 1},
                additions=[],
            )
        assert state(order) == before

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            ({"fulfilment_status": "assembling"}, "is assembling; only processing or confirmed"),
            ({"fulfilment_status": "ready"}, "is ready to ship; only processing or confirmed"),
            ({"fulfilment_status": "cancelled"}, "is cancelled; only processing or confirmed"),
            ({"payment_status": "paid"}, "is paid; .*charge would no longer match"),
        ],
    )
    def test_orders_past_confirmation_or_paid_are_refused(self, setup, operator, fields, message):
        order = setup["order"]
        Order.objects.filter(pk=order.pk).update(**fields)
        before = state(order)
        with pytest.raises(OrderEditRefused, match=f"Order {order.number} {message}"):
            order_lines_edit(
                order=order, user=operator, quantities={setup["rotala"]: 1}, additions=[]
            )
        assert state(order) == before

    def test_an_off_sale_product_cannot_grow_but_can_shrink(self, setup, operator, rotala):
        order = setup["order"]
        ProductPage.objects.filter(pk=rotala.pk).update(live=False)
        with pytest.raises(OrderEditRefused, match="PL-1 .* no longer on sale"):
            order_lines_edit(
                order=order, user=operator, quantities={setup["rotala"]: 3}, additions=[]
            )
        order_lines_edit(order=order, user=operator, quantities={setup["rotala"]: 1}, additions=[])
        assert OrderLine.objects.get(pk=setup["rotala"]).quantity == 1

    def test_the_cap_follows_the_setting(self, setup, operator):
        with override_settings(SHOP_CART_LINE_MAX_QUANTITY=2):
            with pytest.raises(OrderEditRefused, match="from 0 to 2"):
                order_lines_edit(
                    order=setup["order"],
                    user=operator,
                    quantities={setup["rotala"]: 3},
                    additions=[],
                )

    def test_an_order_holding_a_deleted_product_is_refused(
        self, place, operator, rotala, moss, kyiv
    ):
        order = place((rotala, kyiv, 1), (moss, kyiv, 1))
        moss_line = line_of(order, moss, kyiv).pk
        ProductPage.objects.get(pk=moss.pk).delete()
        before = state(order)
        with pytest.raises(OrderEditRefused, match="PL-2, whose product was deleted"):
            order_lines_edit(order=order, user=operator, quantities={moss_line: 0}, additions=[])
        assert state(order) == before


@pytest.mark.django_db
class TestJournal:
    def test_an_edit_is_journaled_with_who_old_and_new(
        self, place, operator, rotala, moss, kyiv, lviv
    ):
        order = place((rotala, kyiv, 2), (moss, kyiv, 1))
        order_lines_edit(
            order=order,
            user=operator,
            quantities={line_of(order, rotala, kyiv).pk: 3, line_of(order, moss, kyiv).pk: 0},
            additions=[LineAddition(sku="PL-1", store_id=lviv.pk, quantity=1)],
        )
        entry = ModelLogEntry.objects.get(action=ORDER_EDIT)
        assert (entry.user_id, entry.object_id) == (operator.pk, str(order.pk))
        assert entry.data == {
            "number": order.number,
            "lines": [
                {"sku": "PL-1", "store": "Kyiv warehouse", "old": 2, "new": 3},
                {"sku": "PL-2", "store": "Kyiv warehouse", "old": 1, "new": 0},
                {"sku": "PL-1", "store": "Lviv shop", "old": 0, "new": 1},
            ],
            "old_total": "370.00",
            "new_total": "380.00",
        }
        assert entry.formatter.label == "Edit order lines"
        assert entry.message == (
            f"Order {order.number}: PL-1 (Kyiv warehouse) 2 → 3, PL-2 (Kyiv warehouse) 1 → 0, "
            "PL-1 (Lviv shop) 0 → 1; grand total 370.00 → 380.00"
        )

    def test_an_edit_that_changes_nothing_writes_nothing(self, place, operator, rotala, kyiv):
        order = place((rotala, kyiv, 2))
        line = order.lines.get()
        before = state(order)
        order_lines_edit(order=order, user=operator, quantities={line.pk: 2}, additions=[])
        order_lines_edit(order=order, user=operator, quantities={}, additions=[])
        assert state(order) == before
        assert not ModelLogEntry.objects.filter(action=ORDER_EDIT).exists()


@pytest.mark.django_db
class TestOperatorComment:
    def test_the_comment_is_stripped_saved_and_journaled(self, place, operator, rotala, kyiv):
        order = place((rotala, kyiv, 1))
        order_comment_set(order=order, user=operator, comment="  Call before 10:00 \n")
        order.refresh_from_db()
        assert order.operator_comment == "Call before 10:00"
        order_comment_set(order=order, user=operator, comment="Leave at the door")
        entries = list(ModelLogEntry.objects.filter(action=ORDER_COMMENT).order_by("pk"))
        assert [(e.user_id, e.data["old"], e.data["new"]) for e in entries] == [
            (operator.pk, "", "Call before 10:00"),
            (operator.pk, "Call before 10:00", "Leave at the door"),
        ]
        assert entries[0].formatter.label == "Change operator comment"
        assert entries[0].message == (
            f"Order {order.number}: operator comment — → “Call before 10:00”"
        )
        assert entries[1].message == (
            f"Order {order.number}: operator comment “Call before 10:00” → “Leave at the door”"
        )

    def test_the_same_text_writes_nothing(self, place, operator, rotala, kyiv):
        order = place((rotala, kyiv, 1))
        order_comment_set(order=order, user=operator, comment="Fragile")
        order_comment_set(order=order, user=operator, comment=" Fragile ")
        assert ModelLogEntry.objects.filter(action=ORDER_COMMENT).count() == 1

    @pytest.mark.parametrize("status", ["assembling", "completed", "cancelled"])
    def test_any_status_takes_a_comment(self, place, operator, rotala, kyiv, status):
        order = place((rotala, kyiv, 1))
        Order.objects.filter(pk=order.pk).update(fulfilment_status=status, payment_status="paid")
        saved = order_comment_set(order=order, user=operator, comment="Customer called")
        assert Order.objects.get(pk=order.pk).operator_comment == "Customer called"
        assert saved.operator_comment == "Customer called"

    def test_refusals_keep_the_old_comment(self, place, operator, role_user, rotala, kyiv):
        order = place((rotala, kyiv, 1))
        order_comment_set(order=order, user=operator, comment="Keep me")
        with pytest.raises(OrderEditRefused, match="at most 2000"):
            order_comment_set(order=order, user=operator, comment="x" * 2001)
        with pytest.raises(OrderEditRefused, match="Your role may not edit orders."):
            order_comment_set(order=order, user=role_user("Warehouse worker"), comment="Mine")
        assert Order.objects.get(pk=order.pk).operator_comment == "Keep me"
        assert ModelLogEntry.objects.filter(action=ORDER_COMMENT).count() == 1
        order_comment_set(order=order, user=operator, comment="y" * 2000)
        assert len(Order.objects.get(pk=order.pk).operator_comment) == 2000


STEP = st.one_of(
    st.tuples(st.just("set"), st.integers(0, 3), st.integers(-1, 12)),
    st.tuples(
        st.just("add"),
        st.sampled_from(["PL-1", "pl-2", "NOPE"]),
        st.sampled_from(["kyiv", "lviv"]),
        st.integers(1, 7),
    ),
    st.tuples(st.just("clear")),
)


@pytest.mark.django_db
def test_pieces_are_conserved_over_any_sequence_of_edits(
    place, operator, customer, rotala, moss, kyiv, lviv
):
    """For every product and store, stock + the order's pieces never change, whatever the
    operator does, accepted or refused; accepted edits leave the order priced by the engine
    and, with no discount here, at pieces × promised unit prices plus the courier's tier."""
    initial = {(rotala.pk, kyiv.pk): 5, (rotala.pk, lviv.pk): 3, (moss.pk, kyiv.pk): 10}
    stores = {"kyiv": kyiv, "lviv": lviv}
    outcomes = {"accepted": 0, "refused": 0}

    def held_and_stocked() -> dict:
        totals = dict.fromkeys(initial, 0)
        for product_id, store_id, quantity in StockRecord.objects.values_list(
            "product_id", "store_id", "quantity"
        ):
            totals[(product_id, store_id)] = totals.get((product_id, store_id), 0) + quantity
        for product_id, store_id, quantity in OrderLine.objects.values_list(
            "product_id", "store_id", "quantity"
        ):
            totals[(product_id, store_id)] = totals.get((product_id, store_id), 0) + quantity
        return {key: value for key, value in totals.items() if value or key in initial}

    @settings(
        max_examples=30,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(steps=st.lists(STEP, min_size=1, max_size=8))
    def run(steps):
        Order.objects.all().delete()
        StockRecord.objects.all().delete()
        for (product_id, store_id), quantity in initial.items():
            StockRecord.objects.create(product_id=product_id, store_id=store_id, quantity=quantity)
        order = place((rotala, kyiv, 2), (moss, kyiv, 1))
        for step in steps:
            line_ids = list(order.lines.order_by("pk").values_list("pk", flat=True))
            if step[0] == "set":
                quantities, additions = {line_ids[step[1] % len(line_ids)]: step[2]}, []
            elif step[0] == "add":
                _, sku, code, quantity = step
                quantities = {}
                additions = [LineAddition(sku=sku, store_id=stores[code].pk, quantity=quantity)]
            else:
                quantities, additions = dict.fromkeys(line_ids, 0), []
            before = state(order)
            try:
                order = order_lines_edit(
                    order=order, user=operator, quantities=quantities, additions=additions
                )
            except OrderEditRefused:
                outcomes["refused"] += 1
                assert state(order) == before
            else:
                outcomes["accepted"] += 1
                assert_priced_by_the_engine(order)
                # No discount exists here and the customer has 0% loyalty, so by hand: goods
                # = Σ pieces × promised unit price; courier 120.00 below 1000, 60.00 from
                # 1000, free from 3000 (the ``courier`` rate table).
                goods = sum(
                    (line.quantity * line.unit_price for line in order.lines.all()), D("0.00")
                )
                fee = D("0.00") if goods >= 3000 else D("60.00") if goods >= 1000 else D("120.00")
                order.refresh_from_db()
                assert (order.discount_total, order.goods_total) == (D("0.00"), goods)
                assert (order.delivery_cost, order.grand_total) == (fee, goods + fee)
            assert held_and_stocked() == initial
            assert not StockRecord.objects.filter(quantity__lt=0).exists()
            assert order.lines.exists()

    run()
    assert outcomes["accepted"] and outcomes["refused"]  # both paths were walked
