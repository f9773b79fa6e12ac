"""Issue 5.1, 5.4, 5.5: discount models, the loader, loyalty tiers and the prices shown."""

import datetime
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from catalog.tests.factories import CategoryPageFactory, StoreFactory, make_product
from commerce.customers.models import Customer
from commerce.pricing.loader import cached_discounts, load_discounts
from commerce.pricing.loyalty import loyalty_percent_for, loyalty_record_completed_order
from commerce.pricing.models import Discount, DiscountKindChoice, DiscountProduct, LoyaltyTier
from commerce.pricing.types import DiscountKind, DiscountType, Priority
from commerce.testing import make_worked_example

D = Decimal


def text(node) -> str:
    """Visible text with the no-break spaces of amounts as plain spaces."""
    return node.get_text(" ", strip=True).replace("\u202f", " ").replace("\xa0", " ")


def product_discount(
    store,
    products,
    *,
    name="10% off",
    type=DiscountType.PERCENT,
    value="10",
    priority=Priority.MEDIUM,
    is_set=False,
    **fields,
):
    discount = Discount.objects.create(
        name=name,
        store=store,
        kind=DiscountKindChoice.PRODUCT,
        is_set=is_set,
        type=type,
        value=D(value),
        priority=priority,
        **fields,
    )
    for product in products:
        DiscountProduct.objects.create(discount=discount, product=product)
    return discount


@pytest.fixture
def phones(catalog):
    return CategoryPageFactory(parent=catalog, title="Phones", slug="phones")


@pytest.mark.django_db
class TestModelValidation:
    @pytest.mark.parametrize(
        ("fields", "field", "message"),
        [
            ({"type": "percent", "value": D("101")}, "value", "between 0 and 100"),
            ({"type": "percent", "value": D("-1")}, "value", "between 0 and 100"),
            ({"type": "amount", "value": D("0")}, "value", "must be above 0"),
            ({"type": "price", "value": D("-5")}, "value", "must be above 0"),
            (
                {
                    "starts_at": datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC),
                    "ends_at": datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC),
                },
                "ends_at",
                "after the start",
            ),
            ({"kind": "group"}, "category", "needs a category"),
            ({"kind": "cart", "condition": ""}, "condition", "needs a condition"),
            (
                {
                    "kind": "cart",
                    "condition": "min_items",
                    "threshold": D(3),
                    "type": "price",
                    "value": D(10),
                },
                "type",
                "percent or a fixed amount",
            ),
            ({"kind": "group", "is_set": True}, "is_set", "Only product discounts"),
        ],
    )
    def test_invalid_discounts_are_refused(self, store, fields, field, message):
        values = {
            "name": "x",
            "store": store,
            "kind": "product",
            "type": "percent",
            "value": D("5"),
            **fields,
        }
        with pytest.raises(ValidationError) as caught:
            Discount(**values).full_clean()
        assert any(message in text for text in caught.value.message_dict[field])

    def test_tier_percent_is_bounded(self):
        with pytest.raises(ValidationError):
            LoyaltyTier(threshold=D("10"), percent=D("120")).full_clean()


@pytest.mark.django_db
class TestLoader:
    def test_reads_active_discounts_with_products_and_paths(self, store, phones):
        phone = make_product(phones, sku="P1")
        product_discount(store, [phone], name="on")
        product_discount(store, [phone], name="off", is_active=False)
        product_discount(
            store, [phone], name="ended", ends_at=timezone.now() - datetime.timedelta(minutes=1)
        )
        Discount.objects.create(
            name="group", store=store, kind="group", type="amount", value=D("150"), category=phones
        )
        loaded = {d.name: d for d in load_discounts()}
        assert set(loaded) == {"on", "group"}
        assert loaded["on"].product_ids == frozenset({phone.pk})
        assert loaded["group"].kind == DiscountKind.GROUP
        assert phone.path.startswith(loaded["group"].category_path)

    def test_constant_queries_and_cache_invalidation(self, store, phones):
        products = [make_product(phones, sku=f"P{n}") for n in range(5)]
        for n in range(30):
            product_discount(store, products, name=f"d{n}")
        with CaptureQueriesContext(connection) as captured:
            load_discounts()
        assert len(captured.captured_queries) == 2
        cached_discounts()
        with CaptureQueriesContext(connection) as captured:
            assert len(cached_discounts()) == 30
        assert len(captured.captured_queries) == 0
        Discount.objects.filter(name="d0").first().delete()
        assert len(cached_discounts()) == 29  # a change is seen at once


@pytest.mark.django_db
class TestLoyalty:
    def test_seeded_with_specs_five_levels(self):
        assert list(LoyaltyTier.objects.values_list("threshold", "percent")) == [
            (D("100.00"), D("1.00")),
            (D("250.00"), D("2.00")),
            (D("500.00"), D("3.00")),
            (D("1000.00"), D("5.00")),
            (D("5000.00"), D("10.00")),
        ]

    @pytest.mark.parametrize(
        ("total", "percent"),
        [
            ("0", "0"),
            ("100.00", "0"),
            ("100.01", "1"),
            ("250.00", "1"),
            ("300", "2"),
            ("999.99", "3"),
            ("1000.01", "5"),
            ("12000", "10"),
        ],
    )
    def test_tier_follows_strictly_over_the_threshold(self, total, percent):
        assert loyalty_percent_for(
            purchases_total=D(total), tiers=list(LoyaltyTier.objects.all())
        ) == D(percent)

    def test_completed_orders_move_the_tier(self):
        customer = Customer.objects.create(first_name="Olena")
        assert loyalty_record_completed_order(customer=customer, amount=D("200")) == D("1")
        assert loyalty_record_completed_order(customer=customer, amount=D("100")) == D("2")
        customer.refresh_from_db()
        assert (customer.purchases_total, customer.loyalty_percent) == (D("300.00"), D("2.00"))

    def test_changing_the_table_recomputes_everyone(self, django_capture_on_commit_callbacks):
        a = Customer.objects.create(purchases_total=D("300"))
        b = Customer.objects.create(purchases_total=D("6000"))
        with django_capture_on_commit_callbacks(execute=True):
            LoyaltyTier.objects.filter(threshold=D("250")).update(percent=D("4"))
            LoyaltyTier.objects.get(threshold=D("250")).save()  # as the admin does
            LoyaltyTier.objects.filter(threshold=D("5000")).get().delete()
        a.refresh_from_db()
        b.refresh_from_db()
        assert (a.loyalty_percent, b.loyalty_percent) == (D("4.00"), D("5.00"))


@pytest.mark.django_db
class TestPricesShown:
    @pytest.fixture
    def discounted(self, phones, store):
        phone = make_product(phones, sku="P-1", title="Pixel", price="1000.00", stock={store: 5})
        plain = make_product(phones, sku="P-2", title="Plain", price="500.00", stock={store: 5})
        product_discount(store, [phone], name="Pixel −10%")
        return phone, plain

    def test_tiles_strike_the_base_price_only_when_discounted(self, client, phones, discounted):
        soup = BeautifulSoup(client.get(phones.url).content, "html.parser")
        tiles = {t["data-sku"]: t for t in soup.select(".tile")}
        assert "UAH 1,000.00" in text(tiles["P-1"].select_one("del.price-base"))
        assert "900.00" in text(tiles["P-1"].select_one(".price--discounted"))
        assert tiles["P-2"].select_one("del") is None

    def test_tiles_badge_the_percentage_off_only_when_discounted(self, client, phones, discounted):
        soup = BeautifulSoup(client.get(phones.url).content, "html.parser")
        tiles = {t["data-sku"]: t for t in soup.select(".tile")}
        badge = tiles["P-1"].select_one(".tile-badge")
        assert text(badge.select_one("[aria-hidden=true]")) == "−10 %"
        assert text(badge.select_one(".visually-hidden")) == "10 % off"
        assert tiles["P-2"].select_one(".tile-badge") is None

    def test_the_badge_rounds_half_up(self):
        from commerce.pricing.offers import Offer

        assert Offer(base=D("300.00"), current=D("200.00")).percent_off == 33
        assert Offer(base=D("200.00"), current=D("199.00")).percent_off == 1  # 0.5 %
        assert Offer(base=D("1000.00"), current=D("996.00")).percent_off == 0
        assert Offer(base=D("100.00"), current=D("100.00")).percent_off == 0

    def test_a_discount_of_another_store_does_not_show(self, client, phones, store):
        other = StoreFactory(code="lviv")
        phone = make_product(phones, sku="P-3", price="1000.00", stock={store: 5})
        product_discount(other, [phone], name="Lviv only")
        soup = BeautifulSoup(client.get(phone.url).content, "html.parser")
        assert soup.select_one(".product-price del") is None

    def test_customer_with_a_tier_sees_a_personal_price(
        self, client, phones, discounted, django_user_model
    ):
        phone, plain = discounted
        user = django_user_model.objects.create_user(email="vip@example.com", password="x")
        Customer.objects.create(user=user, purchases_total=D("300"), loyalty_percent=D("2"))
        client.force_login(user)
        soup = BeautifulSoup(client.get(plain.url).content, "html.parser")
        assert "500.00" in soup.select_one(".product-price del").text
        assert "490.00" in soup.select_one(".product-price .price--discounted").text
        tiles = {
            t["data-sku"]: t
            for t in BeautifulSoup(client.get(phones.url).content, "html.parser").select(".tile")
        }
        assert "882.00" in tiles["P-1"].select_one(".price--discounted").text  # 1000 −10% −2%

    def test_cart_lists_each_discount_subtotal_discount_total_and_total(
        self, client, phones, store
    ):
        from django.urls import reverse

        cases = CategoryPageFactory(parent=phones.get_parent(), title="Cases")
        a, b, c = make_worked_example(
            phones=phones, cases=cases, store=store, set_name="Set A+C −500"
        )
        for product in (a, c, b):
            client.post(reverse("cart_add"), {"product": product.pk})
        soup = BeautifulSoup(client.get(reverse("cart")).content, "html.parser")
        rows = [
            (text(r.select_one(".discount-name")), text(r.select_one("td.num")))
            for r in soup.select("tr.cart-discount")
        ]
        assert rows == [
            ("Set A+C −500", "−UAH 500.00"),
            ("Phones −150", "−UAH 300.00"),
            ("3 items −5%", "−UAH 885.00"),
        ]
        assert text(soup.select_one("#cart-subtotal")) == "UAH 18,500.00"
        assert text(soup.select_one("#cart-discount-total")) == "−UAH 1,685.00"
        assert text(soup.select_one("#cart-total")) == "UAH 16,815.00"
        assert text(soup.select_one("#cart-summary .cart-total")) == "UAH 16,815.00"

    def test_listing_stays_within_its_query_budget_with_discounts(self, client, phones, store):
        products = [make_product(phones, sku=f"Q{n}", stock={store: 3}) for n in range(20)]
        for n in range(40):
            product_discount(store, products[n % 20 : n % 20 + 2], name=f"d{n}")
        Discount.objects.create(
            name="group", store=store, kind="group", type="percent", value=D("3"), category=phones
        )
        client.get(phones.url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(phones.url)
        assert response.content.count(b"price--discounted") == 16
        assert len(captured.captured_queries) <= 15
