"""The feedback page in Debian's Chromium (issue 14.6, 13.3/13.4): it fits screens from 360 px
without horizontal scroll, its tap targets are large enough, axe-core finds nothing serious —
with the form blank, with its errors shown and after sending — the keyboard never lands on
the honeypot, and the page raises no CSP violation."""

import pytest
from playwright.sync_api import expect

from catalog.tests.browser import chromium_page
from config.tests.test_responsive_browser import DESKTOP, HEIGHT, Survey
from support.models import Inquiry


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_feedback_page_fits_every_screen_and_passes_axe(live_server, feedback):
    address = live_server.url + feedback.url
    with chromium_page(width=DESKTOP, height=HEIGHT) as page:
        survey = Survey(page)
        page.goto(address)
        survey("feedback")

        # The keyboard goes from the message straight to the button, past the honeypot.
        page.locator("#id_message").focus()
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.type") == "submit"

        page.fill("#id_name", "Olena")
        page.fill("#id_phone", "12345")
        page.fill("#id_message", "Where is my parcel?")
        page.get_by_role("button", name="Send").click()
        expect(page.locator("#id_phone_error")).to_contain_text("not a valid phone number")
        assert page.locator("#id_phone").get_attribute("aria-invalid") == "true"
        survey("feedback-errors")

        page.fill("#id_phone", "067 123 45 67")
        page.get_by_role("button", name="Send").click()
        expect(page.locator(".messages")).to_contain_text("Thank you!")
        survey("feedback-sent")
    assert not survey.problems, "\n".join(survey.problems)
    # (The database is read outside Playwright's event loop.) The refused post stored nothing.
    assert list(Inquiry.objects.values_list("phone", flat=True)) == ["+380671234567"]
