"""Issue 6.6: the payment bot API (django-ninja) and its command-line client over HTTP."""

import os
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from commerce.orders.models import PaymentStatus
from commerce.payments.models import ApiToken, Payment, hash_token
from commerce.testing import GOOD_IBAN

pytestmark = pytest.mark.django_db


@pytest.fixture
def token(db):
    return ApiToken.issue(name="test bot")[1]


@pytest.fixture
def placed(order):
    return order(payment_method="account")


def auth(token):
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


class TestApi:
    def test_status_of_an_order(self, client, token, placed):
        response = client.get(f"/api/bot/orders/{placed.number}/status", **auth(token))
        assert response.status_code == 200
        assert response.json() == {"order": placed.number, "status": "not paid"}

    def test_no_such_order(self, client, token):
        response = client.get("/api/bot/orders/GW999999/status", **auth(token))
        assert response.status_code == 404
        assert response.json() == {"detail": "No such order: GW999999"}

    def test_token_is_required_and_checked(self, client, placed):
        assert client.get(f"/api/bot/orders/{placed.number}/status").status_code == 401
        bad = client.get(f"/api/bot/orders/{placed.number}/status", **auth("wrong"))
        assert bad.status_code == 401
        revoked = ApiToken.issue(name="old")
        ApiToken.objects.filter(pk=revoked[0].pk).update(is_active=False)
        assert (
            client.get(f"/api/bot/orders/{placed.number}/status", **auth(revoked[1])).status_code
            == 401
        )

    def test_pay_then_status_then_pay_again(self, client, token, placed):
        url = f"/api/bot/orders/{placed.number}/pay"
        response = client.post(
            url, {"account": GOOD_IBAN}, content_type="application/json", **auth(token)
        )
        assert response.status_code == 200
        assert response.json()["result"] == "payment processed"
        status = client.get(f"/api/bot/orders/{placed.number}/status", **auth(token))
        assert status.json()["status"] == "paid"
        again = client.post(
            url, {"account": GOOD_IBAN}, content_type="application/json", **auth(token)
        )
        assert again.status_code == 409
        assert again.json()["result"] == "payment not processed"
        assert Payment.objects.count() == 1

    @pytest.mark.parametrize(
        ("number", "body", "status", "reason"),
        [
            ("GW000001", {"account": "UA00123"}, 400, "not a valid IBAN"),
            ("GW999999", {"account": GOOD_IBAN}, 404, "No such order"),
        ],
    )
    def test_pay_not_processed(self, client, token, placed, number, body, status, reason):
        response = client.post(
            f"/api/bot/orders/{number}/pay", body, content_type="application/json", **auth(token)
        )
        assert response.status_code == status
        assert response.json()["result"] == "payment not processed"
        assert reason in response.json()["reason"]
        placed.refresh_from_db()
        assert placed.payment_status == PaymentStatus.NOT_PAID

    def test_a_cancelled_order_is_not_processed(self, client, token, placed):
        from commerce.orders.models import Order

        Order.objects.filter(pk=placed.pk).update(fulfilment_status="cancelled")
        response = client.post(
            f"/api/bot/orders/{placed.number}/pay",
            {"account": GOOD_IBAN},
            content_type="application/json",
            **auth(token),
        )
        assert response.status_code == 409
        assert response.json()["result"] == "payment not processed"
        assert "cancelled" in response.json()["reason"]
        assert not Payment.objects.exists()

    def test_malformed_body_is_a_4xx(self, client, token, placed):
        response = client.post(
            f"/api/bot/orders/{placed.number}/pay",
            "not json",
            content_type="application/json",
            **auth(token),
        )
        assert 400 <= response.status_code < 500

    def test_openapi_schema_and_docs(self, admin_client):
        # Staff only (test_bot_api_docs.py checks who else may not).
        schema = admin_client.get("/api/bot/openapi.json").json()
        assert {"/api/bot/orders/{number}/status", "/api/bot/orders/{number}/pay"} <= set(
            schema["paths"]
        )
        assert admin_client.get("/api/bot/docs").status_code == 200


class TestTokenAdmin:
    def test_token_is_shown_once_and_stored_hashed(self, admin_client):
        response = admin_client.post(
            reverse("commerce_api_tokens:add"),
            {"name": "Telegram bot", "is_active": "on"},
            follow=True,
        )
        text = response.content.decode()
        marker = "it is not shown again: "
        raw = text[text.index(marker) + len(marker) :].split("<")[0].strip()
        token = ApiToken.objects.get()
        assert token.key_hash == hash_token(raw) and raw not in token.key_hash
        assert token.prefix == raw[:8]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
class TestCommandLineClient:
    @pytest.fixture(autouse=True)
    def no_proxy(self, monkeypatch):
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
            monkeypatch.delenv(name, raising=False)

    def run(self, live_server, token, *args):
        out = StringIO()
        call_command(
            "paybot", *args, f"--url={live_server.url}/api/bot", f"--token={token}", stdout=out
        )
        return out.getvalue().strip()

    def test_status_and_pay_over_http(self, live_server, order):
        placed = order(total="99.00", payment_method="account")
        token = ApiToken.issue(name="cli")[1]
        assert self.run(live_server, token, "status", placed.number) == (
            f"{placed.number}: not paid"
        )
        assert (
            self.run(live_server, token, "pay", placed.number, "--account", GOOD_IBAN)
            == "payment processed"
        )
        assert self.run(live_server, token, "status", placed.number) == f"{placed.number}: paid"
        with pytest.raises(CommandError, match="payment not processed"):
            self.run(live_server, token, "pay", placed.number, "--account", GOOD_IBAN)
        with pytest.raises(CommandError, match="no such order"):
            self.run(live_server, token, "status", "GW424242")
        assert Decimal(Payment.objects.get().amount) == Decimal("99.00")
        assert os.environ.get("HTTP_PROXY") is None
