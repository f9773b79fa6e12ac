"""Issue 7 in Debian's Chromium: a sales operator finds an order in the admin, writes the
operator comment and confirms it; the warehouse worker then sees the comment and accepts the
order for assembly."""

import pytest
from playwright.sync_api import expect

from catalog.tests.browser import ARTIFACTS, chromium_page
from commerce.customers.models import Customer
from commerce.orders.models import Order
from commerce.testing import place_test_order

PASSWORD = "pw-Secret-123"


def log_in(page, base: str, email: str) -> None:
    page.goto(base + "/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.get_by_role("button", name="Sign In").click()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_operator_confirms_and_warehouse_accepts(live_server, rotala, kyiv, role_user):
    role_user("Sales operator")
    role_user("Warehouse worker")
    order = place_test_order(
        product=rotala,
        store=kyiv,
        quantity=2,
        payment_method="card",
        token="browser",
        customer=Customer.objects.create(phone="+380671234567", first_name="Olena"),
    )
    with chromium_page() as page:
        log_in(page, live_server.url, "sales-operator@example.com")
        page.goto(live_server.url + "/admin/commerce/orders/")
        page.get_by_role("link", name=order.number).first.click()
        expect(page.locator(".order-card h2").first).to_contain_text("Processing")
        page.fill("textarea[name=operator_comment]", "Pack the stems upright")
        page.get_by_role("button", name="Save comment").click()
        page.get_by_role("button", name="Confirm", exact=True).click()
        expect(page.locator(".order-card h2").first).to_contain_text("Confirmed")
        page.screenshot(path=ARTIFACTS / "07-order-card-operator.png", full_page=True)

        page.context.clear_cookies()
        log_in(page, live_server.url, "warehouse-worker@example.com")
        page.goto(live_server.url + f"/admin/commerce/orders/inspect/{order.pk}/")
        expect(page.locator(".order-card")).to_contain_text("Pack the stems upright")
        expect(page.locator("textarea[name=operator_comment]")).to_have_count(0)
        expect(page.get_by_role("button", name="Confirm", exact=True)).to_have_count(0)
        page.get_by_role("button", name="Accept for assembly").click()
        expect(page.locator(".order-card h2").first).to_contain_text("Assembling")
        page.screenshot(path=ARTIFACTS / "08-order-card-warehouse.png", full_page=True)
    order.refresh_from_db()
    assert order.fulfilment_status == "assembling"
    assert order.operator_comment == "Pack the stems upright"
    assert list(
        Order.objects.get(pk=order.pk).status_changes.values_list("to_status", flat=True)
    ) == [
        "processing",
        "confirmed",
        "assembling",
    ]
