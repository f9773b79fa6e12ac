"""Issue 5.6: discounts and tiers in the Wagtail admin — permissions, filters, journal — and
the price simulator."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from catalog.tests.factories import CategoryPageFactory, make_product
from catalog.tests.test_admin_price_stock import staff_with
from commerce.pricing.journal import DISCOUNT_CHANGE, TIER_CHANGE
from commerce.pricing.models import Discount, LoyaltyTier
from commerce.testing import make_worked_example

D = Decimal


def discount_form(store, products=(), links=(), **fields):
    """Admin form data; ``links`` are existing product rows kept as they are (edit form)."""
    rows = [{"id": link.pk, "product": link.product_id} for link in links]
    rows += [{"product": p.pk} for p in products]
    data = {
        "name": "Rotala −10%",
        "description": "",
        "store": store.pk,
        "kind": "product",
        "type": "percent",
        "value": "10",
        "priority": "2",
        "is_active": "on",
        "starts_at": "",
        "ends_at": "",
        "category": "",
        "condition": "",
        "threshold": "",
        "product_links": inline_formset(rows, initial=len(links)),
        **fields,
    }
    if not data["is_active"]:
        data.pop("is_active")
    return nested_form_data(data)


@pytest.fixture
def plants(catalog):
    return CategoryPageFactory(parent=catalog, title="Plants")


@pytest.fixture
def rotala(plants, store):
    return make_product(plants, sku="PL-1", title="Rotala", stock={store: 5})


@pytest.mark.django_db
class TestDiscountScreens:
    def test_manager_creates_and_edits_and_both_are_journaled(self, client, store, rotala):
        manager = staff_with(
            "commerce.add_discount",
            "commerce.change_discount",
            "commerce.view_discount",
            email="m@shop.test",
        )
        client.force_login(manager)
        response = client.post(reverse("commerce_discounts:add"), discount_form(store, [rotala]))
        assert response.status_code == 302
        discount = Discount.objects.get()
        assert list(discount.product_links.values_list("product_id", flat=True)) == [rotala.pk]
        edit = client.post(
            reverse("commerce_discounts:edit", args=[discount.pk]),
            discount_form(store, links=discount.product_links.all(), value="15", priority="3"),
        )
        assert edit.status_code == 302
        entries = list(ModelLogEntry.objects.filter(action=DISCOUNT_CHANGE).order_by("pk"))
        assert [e.user_id for e in entries] == [manager.pk, manager.pk]
        assert entries[0].data["changes"]["products"] == ["", "PL-1"]
        assert entries[1].data["changes"] == {
            "value": ["10.00", "15.00"],
            "priority": ["Medium", "High"],
        }
        history = client.get(reverse("commerce_discounts:history", args=[discount.pk]))
        assert "Changed value: 10.00 → 15.00; priority: Medium → High" in history.text

    def test_removing_a_product_and_adding_it_again_in_one_save(self, admin_client, store, rotala):
        admin_client.post(reverse("commerce_discounts:add"), discount_form(store, [rotala]))
        discount = Discount.objects.get()
        link = discount.product_links.get()
        data = discount_form(store, [rotala])
        data.update(
            {
                "product_links-TOTAL_FORMS": "2",
                "product_links-INITIAL_FORMS": "1",
                "product_links-0-id": str(link.pk),
                "product_links-0-product": rotala.pk,
                "product_links-0-DELETE": "on",
                "product_links-0-ORDER": "1",
                "product_links-1-product": rotala.pk,
                "product_links-1-ORDER": "2",
            }
        )
        response = admin_client.post(reverse("commerce_discounts:edit", args=[discount.pk]), data)
        assert response.status_code == 302
        assert list(discount.product_links.values_list("product_id", flat=True)) == [rotala.pk]

    def test_product_discount_needs_products_and_a_set_needs_two(self, admin_client, store, rotala):
        no_products = admin_client.post(reverse("commerce_discounts:add"), discount_form(store))
        assert "A product discount needs at least one product." in no_products.text
        lonely_set = admin_client.post(
            reverse("commerce_discounts:add"), discount_form(store, [rotala], is_set="on")
        )
        assert "A set needs at least two products." in lonely_set.text
        twice = admin_client.post(
            reverse("commerce_discounts:add"), discount_form(store, [rotala, rotala])
        )
        assert "Rotala is already listed." in twice.text
        assert not Discount.objects.exists()

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            ({"value": "150"}, "A percent is between 0 and 100."),
            ({"type": "amount", "value": "0"}, "An amount or a price must be above 0."),
            (
                {"starts_at": "2026-12-02 10:00", "ends_at": "2026-12-01 10:00"},
                "The end must be after the start.",
            ),
            ({"kind": "group"}, "A group discount needs a category."),
        ],
    )
    def test_invalid_discount_shows_the_error_and_saves_nothing(
        self, admin_client, store, rotala, fields, message
    ):
        response = admin_client.post(
            reverse("commerce_discounts:add"), discount_form(store, [rotala], **fields)
        )
        assert response.status_code == 200
        assert message in response.text
        assert not Discount.objects.exists()

    def test_without_permission_nothing_changes(self, client, store, rotala):
        discount = Discount.objects.create(
            name="d", store=store, kind="product", type="percent", value=D("5")
        )
        pricer = staff_with("catalog.change_price", "catalog.view_price", email="p@shop.test")
        client.force_login(pricer)
        assert client.get(reverse("commerce_discounts:index")).status_code in (302, 403)
        client.post(reverse("commerce_discounts:add"), discount_form(store, [rotala]))
        client.post(
            reverse("commerce_discounts:edit", args=[discount.pk]),
            discount_form(store, [rotala], value="90"),
        )
        client.post(reverse("commerce_discounts:delete", args=[discount.pk]))
        assert list(Discount.objects.values_list("value", flat=True)) == [D("5.00")]
        assert not ModelLogEntry.objects.filter(action=DISCOUNT_CHANGE).exists()

    def test_list_filters_by_kind_store_priority_and_active(self, admin_client, store, plants):
        from catalog.tests.factories import StoreFactory

        lviv = StoreFactory(code="lviv", name="Lviv")
        Discount.objects.create(
            name="cart one",
            store=store,
            kind="cart",
            type="percent",
            value=D("5"),
            condition="min_items",
            threshold=D(3),
            priority=1,
        )
        Discount.objects.create(
            name="group one",
            store=lviv,
            kind="group",
            type="percent",
            value=D("3"),
            category=plants,
            priority=3,
            is_active=False,
        )
        url = reverse("commerce_discounts:index")

        def names(**params):
            soup = BeautifulSoup(admin_client.get(url, params).content, "html.parser")
            return [
                row.select_one("td a").get_text(strip=True)
                for row in soup.select("table.listing tbody tr")
            ]

        assert names(kind="cart") == ["cart one"]
        assert names(store=lviv.pk) == ["group one"]
        assert names(priority=3) == ["group one"]
        assert names(is_active="true") == ["cart one"]


@pytest.mark.django_db
class TestTierScreen:
    def test_tier_change_is_journaled_and_recomputes_customers(
        self, client, django_capture_on_commit_callbacks
    ):
        from commerce.customers.models import Customer

        customer = Customer.objects.create(purchases_total=D("300"), loyalty_percent=D("2"))
        manager = staff_with(
            "commerce.change_loyaltytier", "commerce.view_loyaltytier", email="m@shop.test"
        )
        client.force_login(manager)
        tier = LoyaltyTier.objects.get(threshold=D("250"))
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("commerce_loyalty_tiers:edit", args=[tier.pk]),
                {"threshold": "250.00", "percent": "2.5"},
            )
        assert response.status_code == 302
        entry = ModelLogEntry.objects.get(action=TIER_CHANGE)
        assert entry.data["changes"] == {"personal discount, %": ["2.00", "2.50"]}
        customer.refresh_from_db()
        assert customer.loyalty_percent == D("2.50")

    def test_without_permission_tiers_do_not_change(self, client):
        tier = LoyaltyTier.objects.get(threshold=D("250"))
        someone = staff_with("catalog.view_price", email="x@shop.test")
        client.force_login(someone)
        client.post(
            reverse("commerce_loyalty_tiers:edit", args=[tier.pk]),
            {"threshold": "1", "percent": "99"},
        )
        tier.refresh_from_db()
        assert (tier.threshold, tier.percent) == (D("250.00"), D("2.00"))


@pytest.mark.django_db
class TestSimulator:
    def test_breakdown_of_the_worked_example(self, admin_client, store, catalog):
        phones = CategoryPageFactory(parent=catalog, title="Phones")
        cases = CategoryPageFactory(parent=catalog, title="Cases")
        a, b, c = make_worked_example(phones=phones, cases=cases, store=store, set_name="Set A+C")
        tier = LoyaltyTier.objects.get(threshold=D("250"))
        params = {
            "store": store.pk,
            "tier": tier.pk,
            "loyalty_percent": "0",
            "lines-TOTAL_FORMS": "3",
            "lines-INITIAL_FORMS": "0",
            "lines-0-product": a.pk,
            "lines-0-quantity": "1",
            "lines-1-product": c.pk,
            "lines-1-quantity": "1",
            "lines-2-product": b.pk,
            "lines-2-quantity": "1",
        }
        response = admin_client.get(reverse("price_simulator:index"), params)
        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        steps = [
            row.select("td")[2].get_text(" ", strip=True).split(" (")[0]
            for row in soup.select("#sim-steps tbody tr")[1:]
        ]
        assert steps == [
            "Set A+C",
            "Phones −150",
            "Phones −150",
            "3 items −5%",
            "Personal discount 2%",
        ]
        total = soup.select_one("#sim-total").get_text(strip=True).replace("\xa0", " ")
        assert total == "UAH 16,478.70"

    def test_needs_the_discount_view_permission(self, client):
        someone = staff_with("catalog.view_price", email="x@shop.test")
        client.force_login(someone)
        response = client.get(reverse("price_simulator:index"))
        assert response.status_code in (302, 403)


@pytest.mark.django_db
class TestDeliveryScreen:
    def test_manager_edits_a_rate_table_others_cannot(self, client):
        from commerce.delivery.models import DeliveryMethod, DeliveryRate

        method = DeliveryMethod.objects.create(name="Courier", code="courier", kind="courier")
        rate = DeliveryRate.objects.create(method=method, goods_total_from=D("0"), fee=D("120"))
        data = nested_form_data(
            {
                "name": "Courier",
                "code": "courier",
                "kind": "courier",
                "store": "",
                "is_active": "on",
                "sort_order": "0",
                "rates": inline_formset(
                    [{"id": rate.pk, "goods_total_from": "0", "fee": "99"}], initial=1
                ),
            }
        )
        outsider = staff_with("catalog.view_price", email="x@shop.test")
        client.force_login(outsider)
        client.post(reverse("commerce_delivery:edit", args=[method.pk]), data)
        rate.refresh_from_db()
        assert rate.fee == D("120.00")
        manager = staff_with(
            "commerce.change_deliverymethod", "commerce.view_deliverymethod", email="m@shop.test"
        )
        client.force_login(manager)
        response = client.post(reverse("commerce_delivery:edit", args=[method.pk]), data)
        assert response.status_code == 302
        rate.refresh_from_db()
        assert rate.fee == D("99.00")
