"""How checkout prices an order (SPEC §4, §5): what the shopper confirms and what the order
stores are the engine's prices with every discount and the personal percent, the delivery fee
follows the goods total *after* discounts, and of two cart discounts on one level the bigger
one applies. Every expected amount below is worked out by hand from SPEC §4."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from catalog.tests.factories import CategoryPageFactory, make_product
from commerce.checkout.tests.test_checkout import walk_to_confirm
from commerce.customers.models import Customer
from commerce.delivery.models import DeliveryMethod
from commerce.orders.models import Order
from commerce.pricing.engine import price_cart
from commerce.pricing.models import Discount, DiscountProduct
from commerce.pricing.types import (
    CartCondition,
    DiscountInput,
    DiscountKind,
    DiscountType,
    LineInput,
    Priority,
)
from commerce.testing import make_worked_example

D = Decimal


def text(node) -> str:
    """Visible text with the no-break spaces of amounts as plain spaces."""
    return node.get_text(" ", strip=True).replace("\u202f", " ").replace("\xa0", " ")


def add(client, product, quantity=1):
    response = client.post(reverse("cart_add"), {"product": product.pk, "quantity": quantity})
    assert response.status_code in (200, 302)


def confirm_lines(soup) -> dict[str, dict]:
    """Per SKU on the confirm page: the final line amount (the struck base price left out)
    and the discounts listed under the product, as the shopper reads them."""
    lines = {}
    for row in soup.select("#confirm-lines tbody tr[data-sku]"):
        total = row.select("td.num")[-1]
        struck = total.find("del")
        if struck is not None:
            struck.extract()
        lines[row["data-sku"]] = {
            "total": text(total),
            "discounts": [text(li) for li in row.select("ul.cart-discounts li")],
        }
    return lines


def discount_rows(soup) -> list[tuple[str, str]]:
    return [
        (text(row.select_one(".discount-name")), text(row.select_one("td.num")))
        for row in soup.select("#confirm-lines tr.cart-discount")
    ]


def place(client, form):
    """Confirm the order; on a refusal, fail with the message the shopper was shown."""
    response = client.post(reverse("checkout_confirm"), form)
    shown = BeautifulSoup(response.content, "html.parser").select(".messages li")
    assert response.status_code == 302, [text(li) for li in shown]
    return Order.objects.get()


def line_snapshots(order) -> dict[str, tuple]:
    return {
        line.sku: (line.base_amount, line.final_amount, line.discounts)
        for line in order.lines.all()
    }


@pytest.fixture
def pickup(kyiv):
    """Pickup at the Kyiv store: no rate rows, so always free."""
    return DeliveryMethod.objects.create(
        name="Pickup in Kyiv", code="pickup-kyiv", kind="pickup", store=kyiv
    )


@pytest.fixture
def loyal_client(client, django_user_model):
    """A logged-in customer on the 2% tier (purchases over 250, SPEC §4) with a phone, so
    checkout skips the "who" step."""
    user = django_user_model.objects.create_user(email="vip@example.com", password="x")
    Customer.objects.create(
        user=user,
        phone="+380671234567",
        purchases_total=D("300.00"),
        loyalty_percent=D("2.00"),
    )
    client.force_login(user)
    return client


@pytest.mark.django_db
class TestWorkedExampleAtCheckout:
    def test_loyal_customer_confirms_and_the_order_stores_specs_worked_example(
        self, loyal_client, catalog, kyiv, pickup
    ):
        """SPEC §4's worked example, bought over HTTP by a 2% customer: the confirm page and
        the stored order both carry every discount, the personal one included."""
        client = loyal_client
        phones = CategoryPageFactory(parent=catalog, title="Phones", slug="phones")
        cases = CategoryPageFactory(parent=catalog, title="Cases", slug="cases")
        a, b, c = make_worked_example(
            phones=phones, cases=cases, store=kyiv, set_name="Set A+C −500"
        )
        for product in (a, c, b):
            add(client, product)

        soup, form = walk_to_confirm(client, pickup, guest=False)

        # Subtotal 10000 + 8000 + 500 = 18500.00.
        # High, set {A, C} −500 shared 10000:500 → A 476.19, C 23.81 (largest remainder).
        # Medium, Phones −150 a unit → A −150, B −150 (shown once: −300.00).
        # Low, 5% of 9373.81 + 7850.00 + 476.19 = 17700.00 → 885.00
        #   (A 468.69, B 392.50, C 23.81) → 16815.00.
        # Personal 2% of 16815.00 = 336.30, exactly 2% of each line:
        #   A 178.1024 → 178.10, B 149.15, C 9.0476 → 9.05 (the leftover cent to C).
        # Final: A 8905.12 − 178.10 = 8727.02, B 7457.50 − 149.15 = 7308.35,
        #        C 452.38 − 9.05 = 443.33; total 16478.70; pickup is free.
        assert text(soup.select_one("#confirm-goods")) == "UAH 16,478.70"
        assert text(soup.select_one("#confirm-delivery")) == "free"
        assert text(soup.select_one("#confirm-total")) == "UAH 16,478.70"
        assert form["expected_total"] == "16478.70"
        assert discount_rows(soup) == [
            ("Set A+C −500", "−UAH 500.00"),
            ("Phones −150", "−UAH 300.00"),
            ("3 items −5%", "−UAH 885.00"),
            ("Personal discount 2%", "−UAH 336.30"),
        ]
        assert confirm_lines(soup) == {
            "A": {
                "total": "UAH 8,727.02",
                "discounts": [
                    "Set A+C −500: −UAH 476.19",
                    "Phones −150: −UAH 150.00",
                    "3 items −5%: −UAH 468.69",
                    "Personal discount 2%: −UAH 178.10",
                ],
            },
            "C": {
                "total": "UAH 443.33",
                "discounts": [
                    "Set A+C −500: −UAH 23.81",
                    "3 items −5%: −UAH 23.81",
                    "Personal discount 2%: −UAH 9.05",
                ],
            },
            "B": {
                "total": "UAH 7,308.35",
                "discounts": [
                    "Phones −150: −UAH 150.00",
                    "3 items −5%: −UAH 392.50",
                    "Personal discount 2%: −UAH 149.15",
                ],
            },
        }

        order = place(client, form)
        assert (
            order.subtotal,
            order.discount_total,
            order.goods_total,
            order.delivery_cost,
            order.grand_total,
        ) == (
            D("18500.00"),
            D("2021.30"),  # 500 + 300 + 885 + 336.30
            D("16478.70"),
            D("0.00"),
            D("16478.70"),
        )
        # One entry per application, in the walk's order: Phones −150 applied to A and to B.
        assert order.discounts == [
            {"name": "Set A+C −500", "amount": "500.00"},
            {"name": "Phones −150", "amount": "150.00"},
            {"name": "Phones −150", "amount": "150.00"},
            {"name": "3 items −5%", "amount": "885.00"},
            {"name": "", "amount": "336.30", "loyalty_percent": "2.00"},
        ]
        assert line_snapshots(order) == {
            "A": (
                D("10000.00"),
                D("8727.02"),
                [
                    {"name": "Set A+C −500", "amount": "476.19"},
                    {"name": "Phones −150", "amount": "150.00"},
                    {"name": "3 items −5%", "amount": "468.69"},
                    {"name": "", "amount": "178.10", "loyalty_percent": "2.00"},
                ],
            ),
            "C": (
                D("500.00"),
                D("443.33"),
                [
                    {"name": "Set A+C −500", "amount": "23.81"},
                    {"name": "3 items −5%", "amount": "23.81"},
                    {"name": "", "amount": "9.05", "loyalty_percent": "2.00"},
                ],
            ),
            "B": (
                D("8000.00"),
                D("7308.35"),
                [
                    {"name": "Phones −150", "amount": "150.00"},
                    {"name": "3 items −5%", "amount": "392.50"},
                    {"name": "", "amount": "149.15", "loyalty_percent": "2.00"},
                ],
            ),
        }


@pytest.mark.django_db
class TestDeliveryFeeAfterDiscounts:
    def test_a_discount_that_drops_goods_below_1000_pays_the_120_rate(
        self, client, catalog, kyiv, courier
    ):
        """The courier fee follows the goods total after discounts (SPEC §5): 1100.00 of goods
        −10% is 990.00, under 1000, so 120.00 — not the 60.00 the subtotal would give."""
        lamps = CategoryPageFactory(parent=catalog, title="Lamps", slug="lamps")
        lamp = make_product(lamps, sku="L-1", title="Lamp", price="1100.00", stock={kyiv: 3})
        ten = Discount.objects.create(
            name="Lamp −10%", store=kyiv, kind="product", type="percent", value=D(10), priority=2
        )
        DiscountProduct.objects.create(discount=ten, product=lamp)
        add(client, lamp)

        soup, form = walk_to_confirm(client, courier)

        # 1100.00 − 10% (110.00) = 990.00 < 1000 → courier 120.00; 990.00 + 120.00 = 1110.00.
        assert text(soup.select_one("#confirm-goods")) == "UAH 990.00"
        assert text(soup.select_one("#confirm-delivery")) == "UAH 120.00"
        assert text(soup.select_one("#confirm-total")) == "UAH 1,110.00"
        order = place(client, form)
        assert (
            order.subtotal,
            order.goods_total,
            order.delivery_cost,
            order.grand_total,
        ) == (D("1100.00"), D("990.00"), D("120.00"), D("1110.00"))


@pytest.mark.django_db
class TestBestCartDiscountOfALevel:
    def test_of_two_cart_discounts_on_one_level_the_bigger_applies(
        self, client, catalog, kyiv, pickup
    ):
        """Both low cart discounts hold (3 pieces; 360.00 ≥ 300): the shopper gets the bigger,
        10% (36.00), not 5% (18.00) — and not both. The 5% one is created first so that
        "the first one found" would not pass either."""
        plants = CategoryPageFactory(parent=catalog, title="Plants", slug="plants")
        moss = make_product(plants, sku="PL-2", title="Java moss", price="120.00", stock={kyiv: 9})
        Discount.objects.create(
            name="3 items −5%",
            store=kyiv,
            kind="cart",
            type="percent",
            value=D(5),
            priority=1,
            condition="min_items",
            threshold=D(3),
        )
        Discount.objects.create(
            name="From 300 −10%",
            store=kyiv,
            kind="cart",
            type="percent",
            value=D(10),
            priority=1,
            condition="min_subtotal",
            threshold=D(300),
        )
        add(client, moss, 3)

        soup, form = walk_to_confirm(client, pickup)

        # 3 × 120.00 = 360.00; 10% = 36.00 → 324.00 (5% would be 18.00 → 342.00).
        assert discount_rows(soup) == [("From 300 −10%", "−UAH 36.00")]
        assert confirm_lines(soup) == {
            "PL-2": {"total": "UAH 324.00", "discounts": ["From 300 −10%: −UAH 36.00"]}
        }
        assert text(soup.select_one("#confirm-total")) == "UAH 324.00"
        order = place(client, form)
        assert (order.subtotal, order.discount_total, order.grand_total) == (
            D("360.00"),
            D("36.00"),
            D("324.00"),
        )
        assert order.discounts == [{"name": "From 300 −10%", "amount": "36.00"}]
        assert line_snapshots(order) == {
            "PL-2": (D("360.00"), D("324.00"), [{"name": "From 300 −10%", "amount": "36.00"}])
        }

    def test_engine_takes_the_bigger_cart_discount_whatever_the_order(self):
        """The same rule in the pure engine, with the discounts given in either order."""
        line = LineInput(product_id=1, store_id=1, quantity=3, unit_price=D("120.00"))
        five = DiscountInput(
            id=1,
            name="3 items −5%",
            kind=DiscountKind.CART,
            store_id=1,
            type=DiscountType.PERCENT,
            value=D(5),
            priority=Priority.LOW,
            condition=CartCondition.MIN_ITEMS,
            threshold=D(3),
        )
        ten = DiscountInput(
            id=2,
            name="From 300 −10%",
            kind=DiscountKind.CART,
            store_id=1,
            type=DiscountType.PERCENT,
            value=D(10),
            priority=Priority.LOW,
            condition=CartCondition.MIN_SUBTOTAL,
            threshold=D(300),
        )
        for discounts in ([five, ten], [ten, five]):
            priced = price_cart([line], discounts)
            # 360.00 − 10% (36.00) = 324.00
            assert [(a.name, a.amount) for a in priced.applied] == [("From 300 −10%", D("36.00"))]
            assert priced.total == D("324.00")
