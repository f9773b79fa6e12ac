"""Issue 12.6: the Django error report (what mail_admins or an error tracker receives) of a
crash while paying holds no card number, CVV, expiry or IBAN: not in the POST data, not in
any frame's local variables."""

import sys

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.views.debug import ExceptionReporter

from commerce.payments import accounts, cards, views
from commerce.testing import GOOD_IBAN, place_test_order

CARD, CVV, EXPIRY = "4111111111111111", "737", "12/30"


class GatewayDown(RuntimeError):
    """Stands in for any unexpected failure (a library bug, a lost connection)."""


def _crash_luhn(number):
    raise GatewayDown("boom")


def _crash_charge(*, iban, amount, order_number):
    raise GatewayDown("boom")


def posted(order, data):
    """The payment POST as the view receives it (built outside the reported frames, as
    Django's handler builds it outside the view)."""
    request = RequestFactory().post(
        f"/orders/{order.number}/pay/", {"key": order.access_key, **data}
    )
    request.user = AnonymousUser()
    request.session = {}
    return request


def crash_report(view, request, number) -> str:
    """The error report Django would send for the crash inside ``view``."""
    try:
        view(request, number)
    except GatewayDown:
        report = ExceptionReporter(request, *sys.exc_info())
        return report.get_traceback_text() + report.get_traceback_html()
    raise AssertionError("the view did not crash")


@pytest.mark.django_db
def test_a_crash_inside_the_card_check_reports_no_card_data(monkeypatch, kyiv, rotala):
    order = place_test_order(product=rotala, store=kyiv, payment_method="card")
    monkeypatch.setattr(cards.luhn, "is_valid", _crash_luhn)  # fails after the digits are read
    request = posted(order, {"number": CARD, "cvv": CVV, "expiry": EXPIRY})
    text = crash_report(views.order_pay_card, request, order.number)
    assert "card_nonce" in text and "GatewayDown" in text  # the report is about that frame
    # A bare "737" may appear in any number on the page (object ids): look for it as a value.
    quoted_cvv = [f"'{CVV}'", f'"{CVV}"', f"&#x27;{CVV}&#x27;", f"&quot;{CVV}&quot;"]
    for secret in (CARD, EXPIRY, *quoted_cvv):
        assert secret not in text


def _crash_normalize(raw):
    raise GatewayDown("boom")


@pytest.mark.django_db
def test_a_crash_while_paying_by_account_reports_no_iban(monkeypatch, kyiv, rotala):
    order = place_test_order(product=rotala, store=kyiv, payment_method="account")
    monkeypatch.setattr(accounts, "normalize_iban", _crash_normalize)
    text = crash_report(views.order_pay_account, posted(order, {"iban": GOOD_IBAN}), order.number)
    assert "order_pay_by_account" in text and "GatewayDown" in text
    assert GOOD_IBAN not in text


@pytest.mark.django_db
def test_a_gateway_crash_is_logged_without_the_iban(monkeypatch, kyiv, rotala, caplog):
    """The gateway call is outside the view's crash path: the shopper sees "did not answer"
    and the exception goes to the log (and to mail_admins, which renders this same report)."""
    order = place_test_order(product=rotala, store=kyiv, payment_method="account")
    real_normalize = accounts.normalize_iban

    def crash_after_reading(raw):
        real_normalize(raw)
        if sys._getframe(1).f_code.co_name == "charge":
            raise GatewayDown("boom")
        return real_normalize(raw)

    monkeypatch.setattr(accounts, "normalize_iban", crash_after_reading)
    spaced = " ".join(GOOD_IBAN[i : i + 4] for i in range(0, len(GOOD_IBAN), 4))
    response = views.order_pay_account(posted(order, {"iban": spaced}), order.number)
    assert response.status_code == 402 and "did not answer" in response.content.decode()
    [record] = [r for r in caplog.records if r.exc_info]
    report = ExceptionReporter(None, *record.exc_info)
    text = report.get_traceback_text() + report.get_traceback_html()
    assert "charge" in text and "GatewayDown" in text
    assert GOOD_IBAN not in text and spaced not in text
