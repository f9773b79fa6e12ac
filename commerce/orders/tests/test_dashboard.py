"""The shop's dashboard panels per role (SPEC §8, issue 7.9): what each role sees on the
Wagtail admin home page."""

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from catalog.models import StockRecord
from catalog.tests.factories import StoreFactory, make_product
from commerce.money import format_money
from commerce.orders.models import Order

HOME = "wagtailadmin_home"
HEADINGS = ("Orders waiting for you", "New orders today", "Low stock")
ORDERS = reverse("commerce_orders:index")

# (fulfilment status, payment status, payment method, how many)
STATUSES = [
    ("processing", "not_paid", "card", 2),
    ("processing", "not_paid", "account", 1),  # a bank transfer not paid yet
    ("confirmed", "not_paid", "card", 2),
    ("assembling", "not_paid", "card", 4),
    ("ready", "paid", "card", 1),
    ("in_transit", "paid", "card", 2),
    ("in_transit", "not_paid", "account", 1),  # not paid: cannot be completed yet
    ("completed", "paid", "card", 1),
    ("cancelled", "not_paid", "account", 1),  # cancelled: nothing to pay any more
]


def make_orders(order, statuses, *, start=1, total="185.00") -> list[Order]:
    made = []
    for fulfilment, payment, method, count in statuses:
        for _ in range(count):
            placed = order(total=total, number=f"GW{start + len(made):06d}")
            Order.objects.filter(pk=placed.pk).update(
                fulfilment_status=fulfilment, payment_status=payment, payment_method=method
            )
            made.append(placed)
    return made


@pytest.fixture
def orders(order):
    """15 orders placed now (185.00 UAH each) in the statuses of STATUSES."""
    return make_orders(order, STATUSES)


def dashboard(client, user) -> BeautifulSoup:
    client.force_login(user)
    response = client.get(reverse(HOME))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def panel_headings(soup) -> list[str]:
    """The headings of the dashboard's panels, top to bottom."""
    return [h.get_text(strip=True) for h in soup.select("[data-panel-heading-text]")]


def shop_headings(soup) -> list[str]:
    return [heading for heading in panel_headings(soup) if heading in HEADINGS]


def panel(soup, heading):
    for section in soup.select("section[data-panel]"):
        found = section.select_one("[data-panel-heading-text]")
        if found and found.get_text(strip=True) == heading:
            return section
    raise AssertionError(f"no panel {heading!r}; panels: {panel_headings(soup)}")


def waiting(soup) -> dict[str, tuple[int, str]]:
    """Orders waiting for you: {row text: (count, link)}."""
    rows = {}
    for tr in panel(soup, "Orders waiting for you").select("tbody tr"):
        link = tr.select_one("a")
        rows[link.get_text(strip=True)] = (int(tr.select_one("[data-count]").text), link["href"])
    return rows


def new_today(soup) -> tuple[int, str]:
    section = panel(soup, "New orders today")
    return int(section.select_one("[data-count]").text), section.select_one("[data-total]").text


def low_stock(soup) -> tuple[int, list[tuple[str, str, str, int, str]]]:
    """(total, [(title, SKU, store, pieces, link)]) as listed."""
    section = panel(soup, "Low stock")
    rows = []
    for tr in section.select("tbody tr"):
        title, sku, store, pieces = (td.get_text(strip=True) for td in tr.select("td"))
        rows.append((title, sku, store, int(pieces), tr.select_one("a")["href"]))
    return int(section.select_one("[data-total]").text), rows


def stock_url(product, store) -> str:
    record = StockRecord.objects.get(product=product, store=store)
    return reverse("catalog_stock:edit", args=[record.pk])


def paid_in_transit_pks() -> set[int]:
    return set(
        Order.objects.filter(fulfilment_status="in_transit", payment_status="paid").values_list(
            "pk", flat=True
        )
    )


@pytest.mark.django_db
class TestOrdersPanels:
    def test_the_sales_operator_confirms_and_ships(self, client, role_user, orders):
        soup = dashboard(client, role_user("Sales operator"))
        assert shop_headings(soup) == ["Orders waiting for you", "New orders today"]
        assert waiting(soup) == {
            "Processing — to confirm": (3, f"{ORDERS}?fulfilment_status=processing"),
            "Ready to ship — to hand to delivery": (1, f"{ORDERS}?fulfilment_status=ready"),
        }
        assert "Assembling" not in panel(soup, "Orders waiting for you").text

    def test_the_warehouse_worker_accepts_and_assembles(self, client, role_user, orders):
        soup = dashboard(client, role_user("Warehouse worker"))
        assert shop_headings(soup) == ["Orders waiting for you", "New orders today"]
        assert waiting(soup) == {
            "Confirmed — to accept for assembly": (2, f"{ORDERS}?fulfilment_status=confirmed"),
            "Assembling — to mark assembled": (4, f"{ORDERS}?fulfilment_status=assembling"),
        }

    def test_the_accountant_completes_paid_orders_and_marks_transfers_paid(
        self, client, role_user, orders
    ):
        soup = dashboard(client, role_user("Accountant"))
        assert shop_headings(soup) == ["Orders waiting for you", "New orders today"]
        assert waiting(soup) == {
            # in transit: 2 paid, 1 not paid (cannot be completed yet)
            "In transit — to complete (paid)": (
                2,
                f"{ORDERS}?fulfilment_status=in_transit&payment_status=paid",
            ),
            # account, not paid: 1 processing + 1 in transit; the cancelled one is not owed
            "Bank transfers not paid — to mark paid": (
                2,
                f"{ORDERS}?payment_method=account&payment_status=not_paid&is_open=true",
            ),
        }

    def test_a_row_link_lists_the_orders_it_counts(self, client, role_user, orders):
        user = role_user("Accountant")
        count, link = waiting(dashboard(client, user))["In transit — to complete (paid)"]
        listed = client.get(link).content.decode()
        expected = [o.number for o in orders if o.pk in paid_in_transit_pks()]
        assert len(expected) == count == 2
        assert all(number in listed for number in expected)
        others = [o.number for o in orders if o.number not in expected]
        assert not any(number in listed for number in others)

    def test_the_bank_transfer_link_lists_exactly_the_orders_it_counts(
        self, client, role_user, orders
    ):
        user = role_user("Accountant")
        count, link = waiting(dashboard(client, user))["Bank transfers not paid — to mark paid"]
        listed = client.get(link).content.decode()
        owed = Order.objects.filter(payment_method="account", payment_status="not_paid").exclude(
            fulfilment_status="cancelled"
        )
        expected = set(owed.values_list("number", flat=True))
        assert len(expected) == count == 2
        shown = {o.number for o in orders if o.number in listed}
        assert shown == expected

    def test_new_orders_today_count_from_local_midnight(self, client, role_user, order, orders):
        midnight = datetime.now(ZoneInfo(settings.TIME_ZONE)).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        yesterday, at_midnight = make_orders(
            order, [("completed", "paid", "card", 2)], start=100, total="1000.00"
        )
        Order.objects.filter(pk=yesterday.pk).update(created_at=midnight - timedelta(seconds=1))
        Order.objects.filter(pk=at_midnight.pk).update(created_at=midnight)
        soup = dashboard(client, role_user("Sales operator"))
        # 15 orders of 185.00 placed now + one of 1000.00 at midnight; not yesterday's
        assert new_today(soup) == (16, format_money(Decimal("3775.00")))
        # The admin is in English in these tests.
        assert format_money(Decimal("3775.00")) == "UAH\u00a03,775.00"

    def test_no_orders_today_shows_zero(self, client, role_user):
        soup = dashboard(client, role_user("Warehouse worker"))
        assert new_today(soup) == (0, format_money(Decimal("0")))
        assert waiting(soup) == {
            "Confirmed — to accept for assembly": (0, f"{ORDERS}?fulfilment_status=confirmed"),
            "Assembling — to mark assembled": (0, f"{ORDERS}?fulfilment_status=assembling"),
        }


@pytest.mark.django_db
class TestLowStockPanel:
    def test_the_manager_sees_low_stock_but_no_orders(
        self, client, role_user, orders, rotala, moss, plants, kyiv, lviv
    ):
        draft = make_product(plants, sku="PL-9", title="Draft fern", stock={kyiv: 0}, live=False)
        assert not draft.live
        soup = dashboard(client, role_user("Manager"))
        assert shop_headings(soup) == ["Low stock"]
        # Rotala: 3 in Lviv (at the threshold) is listed, 5 in Kyiv is not; moss has 10
        assert low_stock(soup) == (
            1,
            [("Rotala", "PL-1", "Lviv shop", 3, stock_url(rotala, lviv))],
        )
        assert "Java moss" not in soup.text
        assert "Draft fern" not in soup.text

    def test_lowest_first_ten_listed_threshold_from_settings(
        self, client, role_user, settings, rotala, moss, plants, kyiv, lviv
    ):
        settings.SHOP_LOW_STOCK_PIECES = 5
        stores = [StoreFactory(code=f"s{i:02d}", name=f"Shop {i:02d}") for i in range(10)]
        StockRecord.objects.bulk_create(
            StockRecord(product=moss, store=store, quantity=i % 6) for i, store in enumerate(stores)
        )
        soup = dashboard(client, role_user("Manager"))
        total, rows = low_stock(soup)
        # moss in 10 shops at 0,1,2,3,4,5,0,1,2,3 + Rotala 5 in Kyiv and 3 in Lviv
        assert total == 12
        assert [(title, store, pieces) for title, _, store, pieces, _ in rows] == [
            ("Java moss", "Shop 00", 0),
            ("Java moss", "Shop 06", 0),
            ("Java moss", "Shop 01", 1),
            ("Java moss", "Shop 07", 1),
            ("Java moss", "Shop 02", 2),
            ("Java moss", "Shop 08", 2),
            ("Java moss", "Shop 03", 3),
            ("Java moss", "Shop 09", 3),
            ("Rotala", "Lviv shop", 3),
            ("Java moss", "Shop 04", 4),
        ]
        assert "the 10 lowest are listed" in " ".join(panel(soup, "Low stock").text.split())

    def test_a_product_title_is_escaped(self, client, role_user, plants, kyiv):
        title = "<script>alert('x')</script> Fern"
        fern = make_product(plants, sku="<b>SKU</b>", title=title, stock={kyiv: 1})
        client.force_login(role_user("Manager"))
        html = client.get(reverse(HOME)).content.decode()
        assert "<script>alert(" not in html
        assert fern.sku == "<B>SKU</B>"  # SKUs are kept upper-case
        assert "<B>SKU</B>" not in html
        assert "&lt;script&gt;alert(" in html
        soup = BeautifulSoup(html, "html.parser")
        assert low_stock(soup) == (
            1,
            [(title, fern.sku, "Kyiv warehouse", 1, stock_url(fern, kyiv))],
        )


@pytest.mark.django_db
class TestNoShopPanels:
    def test_the_content_manager_sees_no_shop_panel(self, client, role_user, orders, rotala):
        soup = dashboard(client, role_user("Content manager"))
        assert shop_headings(soup) == []
        assert not soup.select('section[id^="shop-"]')

    def test_the_role_administrator_sees_no_shop_panel(self, client, role_admin, orders, rotala):
        soup = dashboard(client, role_admin)
        assert shop_headings(soup) == []
        assert not soup.select('section[id^="shop-"]')


@pytest.mark.django_db
def test_the_dashboard_costs_the_same_for_2_and_30_orders_and_stock_records(
    client, role_user, order, moss, django_assert_max_num_queries
):
    """One user holding every shop role sees all three panels; their queries do not grow
    with the number of orders or low stock records."""
    user = role_user("Sales operator", email="all@example.com")
    user.groups.add(*Group.objects.filter(name__in=["Warehouse worker", "Accountant", "Manager"]))
    client.force_login(user)
    client.get(reverse(HOME))  # warm the caches

    def add(count, start):
        cycle = [row[:3] + (1,) for row in STATUSES]
        make_orders(order, (cycle * count)[:count], start=start)
        stores = [StoreFactory(code=f"s{start + i}") for i in range(count)]
        StockRecord.objects.bulk_create(StockRecord(product=moss, store=s) for s in stores)

    add(2, start=1)
    with CaptureQueriesContext(connection) as small:
        soup = dashboard(client, user)
    assert shop_headings(soup) == list(HEADINGS)
    assert low_stock(soup)[0] == 2
    assert new_today(soup)[0] == 2
    shop_queries = [
        q["sql"] for q in small if "commerce_order" in q["sql"] or "catalog_stockrecord" in q["sql"]
    ]
    assert len(shop_queries) == 4  # waiting orders, orders today, low stock list and count

    add(30, start=100)
    with django_assert_max_num_queries(len(small)):
        soup = dashboard(client, user)
    assert low_stock(soup)[0] == 32
    assert len(low_stock(soup)[1]) == 10
    assert new_today(soup)[0] == 32
