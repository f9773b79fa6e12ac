"""Issue 3.6 / 12.8: in Debian's Chromium a shopper registers (confirming the mailed code), logs
out, logs in and edits the card."""

import pytest
from playwright.sync_api import expect

from accounts.tests.signup import mailed_code
from catalog.tests.browser import ARTIFACTS, chromium_page

PASSWORD = "Vallisneria-2026"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_register_logout_login_and_edit_card(live_server):
    with chromium_page() as page:
        page.goto(live_server.url + "/")
        page.get_by_role("link", name="Register").click()
        page.fill("input[name=email]", "marta@example.com")
        page.fill("input[name=password1]", PASSWORD)
        page.fill("input[name=password2]", PASSWORD)
        page.get_by_role("button", name="Sign Up").click()
        # Not logged in yet: the e-mail is confirmed first, by the code mailed to it (12.8).
        expect(page.locator("h1")).to_have_text("Enter Email Verification Code")
        expect(page.get_by_role("link", name="Log in")).to_be_visible()
        page.fill("input[name=code]", mailed_code("marta@example.com"))
        page.get_by_role("button", name="Confirm").click()
        expect(page.locator("h1")).to_have_text("My account")  # then straight to the card form

        page.get_by_role("button", name="Log out").click()
        expect(page.get_by_role("link", name="Log in")).to_be_visible()

        page.get_by_role("link", name="Log in").click()
        page.fill("input[name=login]", "marta@example.com")
        page.fill("input[name=password]", PASSWORD)
        page.get_by_role("button", name="Sign In").click()
        expect(page.locator(".account-link")).to_contain_text("My account")

        page.get_by_role("link", name="Edit card").first.click()
        page.fill("#id_first_name", "Marta")
        page.fill("#id_phone", "12345")
        page.get_by_role("button", name="Save").click()
        expect(page.locator("#id_phone-error")).to_contain_text("not a valid phone number")
        page.screenshot(path=ARTIFACTS / "04-card-error.png", full_page=True)

        page.fill("#id_phone", "067 123 45 67")
        page.fill("#id_call_from", "10:00")
        page.fill("#id_call_to", "18:00")
        page.fill("#id_default_city", "Odesa")
        page.get_by_role("button", name="Save").click()
        expect(page.locator(".card-fields")).to_contain_text("+380 67 123 4567")
        expect(page.locator(".card-fields")).to_contain_text("10:00–18:00")
        expect(page.locator(".account-link")).to_contain_text("Marta · My account")
        page.screenshot(path=ARTIFACTS / "05-account.png", full_page=True)
