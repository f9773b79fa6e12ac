"""Issue 2.4: price and stock screens, their permissions, and the journal of changes."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import ModelLogEntry

from accounts.models import User
from catalog.journal import PRICE_CHANGE, STOCK_CHANGE
from catalog.models import Price, StockRecord
from catalog.tests.factories import CategoryPageFactory, StoreFactory, make_product


def listed_rows(response) -> list[list[str]]:
    """Cell texts of each row of an admin listing table."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in soup.select("table.listing tbody tr")
    ]


def staff_with(*codenames: str, email: str) -> User:
    """An admin user whose group holds ``wagtailadmin.access_admin`` plus ``codenames``."""
    group = Group.objects.create(name=f"group for {email}")
    perms = ["wagtailadmin.access_admin", *codenames]
    for dotted in perms:
        app_label, codename = dotted.split(".")
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    user = User.objects.create_user(email=email, password="pw-Secret-123")
    user.groups.add(group)
    return user


@pytest.fixture
def product(catalog):
    category = CategoryPageFactory(parent=catalog, title="Phones")
    return make_product(category, sku="EL-1", title="Pixel 8", price="25999.00", stock=None)


@pytest.fixture
def kyiv(db):
    return StoreFactory(code="kyiv", name="Kyiv")


@pytest.mark.django_db
class TestPriceScreen:
    def edit_url(self, product):
        return reverse("catalog_prices:edit", args=[product.pk])

    def test_manager_changes_price_and_it_is_journaled(self, client, product):
        manager = staff_with("catalog.change_price", "catalog.view_price", email="m@shop.test")
        client.force_login(manager)
        response = client.post(self.edit_url(product), {"amount": "24999.50"})
        assert response.status_code == 302
        assert Price.objects.get(product=product).amount == Decimal("24999.50")
        entry = ModelLogEntry.objects.get(action=PRICE_CHANGE)
        assert entry.user_id == manager.pk
        assert entry.data["old"] == "25999.00" and entry.data["new"] == "24999.50"
        assert entry.timestamp is not None

    def test_history_view_shows_who_and_old_to_new(self, client, product):
        manager = staff_with("catalog.change_price", "catalog.view_price", email="m2@shop.test")
        client.force_login(manager)
        client.post(self.edit_url(product), {"amount": "100.00"})
        history = client.get(reverse("catalog_prices:history", args=[product.pk]))
        assert history.status_code == 200
        changed = "Price of EL-1 changed: UAH 25,999.00 → UAH 100.00"
        assert changed in history.text.replace("\xa0", " ")
        assert "m2@shop.test" in history.text or manager.get_full_name() in history.text

    def test_site_history_can_be_filtered_by_price_changes(self, client, product, admin_user):
        client.force_login(admin_user)
        client.post(self.edit_url(product), {"amount": "120.00"})
        report = client.get(reverse("wagtailadmin_reports:site_history"), {"action": PRICE_CHANGE})
        assert report.status_code == 200
        assert "Price of EL-1 changed" in report.text

    def test_empty_amount_means_no_price(self, client, product, admin_user):
        client.force_login(admin_user)
        client.post(self.edit_url(product), {"amount": ""})
        assert Price.objects.get(product=product).amount is None
        assert ModelLogEntry.objects.get(action=PRICE_CHANGE).data["new"] is None

    @pytest.mark.parametrize("bad", ["-5", "0", "12.345", "abc"])
    def test_bad_amount_is_refused_and_nothing_changes(self, client, product, admin_user, bad):
        client.force_login(admin_user)
        response = client.post(self.edit_url(product), {"amount": bad})
        assert response.status_code == 200  # the form again, with the error
        assert Price.objects.get(product=product).amount == Decimal("25999.00")
        assert not ModelLogEntry.objects.filter(action=PRICE_CHANGE).exists()

    def test_unchanged_amount_writes_no_journal_entry(self, client, product, admin_user):
        client.force_login(admin_user)
        client.post(self.edit_url(product), {"amount": "25999.00"})
        assert not ModelLogEntry.objects.filter(action=PRICE_CHANGE).exists()

    def test_without_permission_price_cannot_be_seen_or_changed(self, client, product):
        editor = staff_with("catalog.change_stockrecord", email="c@shop.test")
        client.force_login(editor)
        assert client.get(reverse("catalog_prices:index")).status_code in (302, 403)
        response = client.post(self.edit_url(product), {"amount": "1.00"})
        assert response.status_code in (302, 403)
        assert Price.objects.get(product=product).amount == Decimal("25999.00")
        assert not ModelLogEntry.objects.filter(action=PRICE_CHANGE).exists()

    def test_anonymous_is_sent_to_login(self, client, product):
        response = client.post(self.edit_url(product), {"amount": "1.00"})
        assert response.status_code == 302 and "/login/" in response["Location"]
        assert Price.objects.get(product=product).amount == Decimal("25999.00")

    def test_prices_are_neither_added_nor_deleted_by_hand(self, client, product, admin_user):
        client.force_login(admin_user)
        assert client.get(reverse("catalog_prices:add")).status_code in (302, 403)
        client.post(reverse("catalog_prices:delete", args=[product.pk]))
        assert Price.objects.filter(product=product).exists()

    def test_list_is_searchable_and_filterable(self, client, product, admin_user, catalog):
        other = make_product(
            CategoryPageFactory(parent=catalog), sku="PL-77", title="Rotala", price=None
        )
        client.force_login(admin_user)
        found = client.get(reverse("catalog_prices:index"), {"q": "pixel"})
        assert "EL-1" in found.text and "PL-77" not in found.text
        by_sku = client.get(reverse("catalog_prices:index"), {"q": "pl-77"})
        assert "PL-77" in by_sku.text and "EL-1" not in by_sku.text
        priceless = client.get(reverse("catalog_prices:index"), {"has_price": "false"})
        assert other.sku in priceless.text and "EL-1" not in priceless.text


@pytest.mark.django_db
class TestStockScreen:
    def test_warehouse_adds_and_changes_stock_journaled(self, client, product, kyiv):
        keeper = staff_with(
            "catalog.add_stockrecord",
            "catalog.change_stockrecord",
            "catalog.view_stockrecord",
            email="w@shop.test",
        )
        client.force_login(keeper)
        response = client.post(
            reverse("catalog_stock:add"), {"product": product.pk, "store": kyiv.pk, "quantity": "7"}
        )
        assert response.status_code == 302
        record = StockRecord.objects.get(product=product, store=kyiv)
        assert record.quantity == 7
        client.post(reverse("catalog_stock:edit", args=[record.pk]), {"quantity": "3"})
        record.refresh_from_db()
        assert record.quantity == 3
        changes = [
            (e.data["old"], e.data["new"], e.user_id)
            for e in ModelLogEntry.objects.filter(action=STOCK_CHANGE).order_by("pk")
        ]
        assert changes == [(0, 7, keeper.pk), (7, 3, keeper.pk)]

    def test_stock_history_view_shows_the_change(self, client, product, kyiv, admin_user):
        record = StockRecord.objects.create(product=product, store=kyiv, quantity=5)
        client.force_login(admin_user)
        client.post(reverse("catalog_stock:edit", args=[record.pk]), {"quantity": "2"})
        history = client.get(reverse("catalog_stock:history", args=[record.pk]))
        assert "Stock of EL-1 in kyiv changed: 5 → 2 pcs" in history.text

    @pytest.mark.parametrize("bad", ["-1", "2.5", "many", ""])
    def test_bad_quantity_is_refused(self, client, product, kyiv, admin_user, bad):
        record = StockRecord.objects.create(product=product, store=kyiv, quantity=5)
        client.force_login(admin_user)
        response = client.post(reverse("catalog_stock:edit", args=[record.pk]), {"quantity": bad})
        assert response.status_code == 200
        record.refresh_from_db()
        assert record.quantity == 5
        assert not ModelLogEntry.objects.filter(action=STOCK_CHANGE).exists()

    def test_second_record_for_same_store_is_refused(self, client, product, kyiv, admin_user):
        StockRecord.objects.create(product=product, store=kyiv, quantity=5)
        client.force_login(admin_user)
        response = client.post(
            reverse("catalog_stock:add"), {"product": product.pk, "store": kyiv.pk, "quantity": "9"}
        )
        assert response.status_code == 200
        assert "already has a stock record in that store" in response.text
        assert StockRecord.objects.get(product=product, store=kyiv).quantity == 5

    def test_without_permission_stock_cannot_be_changed(self, client, product, kyiv):
        record = StockRecord.objects.create(product=product, store=kyiv, quantity=5)
        pricer = staff_with("catalog.change_price", "catalog.view_price", email="p@shop.test")
        client.force_login(pricer)
        assert client.get(reverse("catalog_stock:index")).status_code in (302, 403)
        client.post(reverse("catalog_stock:edit", args=[record.pk]), {"quantity": "0"})
        client.post(
            reverse("catalog_stock:add"),
            {"product": product.pk, "store": StoreFactory(code="lviv").pk, "quantity": 9},
        )
        record.refresh_from_db()
        assert record.quantity == 5
        assert StockRecord.objects.count() == 1
        assert not ModelLogEntry.objects.filter(action=STOCK_CHANGE).exists()

    def test_list_filters_by_store_and_out_of_stock(self, client, product, kyiv, admin_user):
        lviv = StoreFactory(code="lviv", name="Lviv")
        StockRecord.objects.create(product=product, store=kyiv, quantity=0)
        StockRecord.objects.create(product=product, store=lviv, quantity=4)
        client.force_login(admin_user)
        empty = client.get(reverse("catalog_stock:index"), {"out_of_stock": "true"})
        assert [row[2] for row in listed_rows(empty)] == ["Kyiv"]
        in_lviv = client.get(reverse("catalog_stock:index"), {"store": lviv.pk})
        assert [(row[2], row[3]) for row in listed_rows(in_lviv)] == [("Lviv", "4")]


@pytest.mark.django_db
class TestStoreScreen:
    def test_a_store_holding_stock_cannot_be_deleted(self, client, product, kyiv, admin_user):
        from catalog.stock import stock_set

        stock_set(product=product, store=kyiv, quantity=3)
        client.force_login(admin_user)
        response = client.post(reverse("catalog_stores:delete", args=[kyiv.pk]), follow=True)
        assert response.status_code == 200
        assert "“Kyiv” still has 1 stock record(s)" in response.text
        assert StockRecord.objects.get(store=kyiv).quantity == 3

    def test_an_unused_store_can_be_deleted(self, client, kyiv, admin_user):
        from catalog.models import Store

        client.force_login(admin_user)
        assert client.post(reverse("catalog_stores:delete", args=[kyiv.pk])).status_code == 302
        assert not Store.objects.filter(pk=kyiv.pk).exists()


@pytest.mark.django_db
class TestParameterScreen:
    @pytest.fixture
    def used(self, product):
        from catalog.models import ParameterDefinition, ParameterKind, ProductParameter

        definition = ParameterDefinition.objects.create(
            name="RAM", unit="GB", kind=ParameterKind.NUMBER
        )
        ProductParameter.objects.create(product=product, definition=definition, number_value=8)
        return definition

    def test_a_parameter_in_use_cannot_be_deleted(self, client, used, admin_user):
        from catalog.models import ParameterDefinition

        client.force_login(admin_user)
        url = reverse("wagtailsnippets_catalog_parameterdefinition:delete", args=[used.pk])
        response = client.post(url, follow=True)
        assert response.status_code == 200
        assert "Still used by products, not deleted: RAM." in response.text
        assert ParameterDefinition.objects.filter(pk=used.pk).exists()

    def test_bulk_delete_refuses_parameters_in_use(self, client, used, admin_user):
        from catalog.models import ParameterDefinition

        client.force_login(admin_user)
        url = (
            reverse("wagtail_bulk_action", args=("catalog", "parameterdefinition", "delete"))
            + f"?id={used.pk}"
        )
        response = client.post(url, follow=True)
        assert response.status_code == 200
        assert "Still used by products, not deleted: RAM." in response.text
        assert ParameterDefinition.objects.filter(pk=used.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("screen", ["catalog_prices:index", "catalog_stock:index"])
def test_price_and_stock_lists_cost_the_same_for_2_and_20_products(
    client, catalog, store, admin_user, screen, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from catalog.tests.factories import make_product

    for i in range(2):
        make_product(catalog, sku=f"QB-{i}", title=f"Budget {i}", price="10.00", stock={store: 1})
    client.force_login(admin_user)
    with CaptureQueriesContext(connection) as small:
        assert client.get(reverse(screen)).status_code == 200
    for i in range(2, 20):
        make_product(catalog, sku=f"QB-{i}", title=f"Budget {i}", price="10.00", stock={store: 1})
    with django_assert_max_num_queries(len(small)):
        response = client.get(reverse(screen))
    assert "QB-19" in response.content.decode()
