"""Issue 6.9: the real SDK's own HTTP transport (requests) against a fake Braintree server
on the loopback address — the path production uses, minus the internet."""

import base64
import threading
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import braintree
import pytest

from commerce.payments.braintree_gateway import charge_card
from commerce.payments.simulator import SandboxSimulatorHttp


class FakeBraintree(BaseHTTPRequestHandler):
    """Answers /merchants/<id>/transactions like the sandbox; checks the credentials."""

    requests_seen: list[tuple[str, str]] = []

    def do_POST(self):  # noqa: N802 - the stdlib's name
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        expected = "Basic " + base64.b64encode(b"public:private").decode()
        FakeBraintree.requests_seen.append((self.path, self.headers.get("Authorization", "")))
        if self.headers.get("Authorization") != expected:
            status, text = 401, ""
        elif self.path != "/merchants/merchant/transactions":
            status, text = 404, ""
        else:
            status, text = SandboxSimulatorHttp.http_do(None, "POST", self.path, {}, body)
        payload = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):  # keep the test output quiet
        pass


@pytest.fixture
def fake_server(monkeypatch):
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "http_proxy",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeBraintree)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def real_gateway(port: int, private_key: str = "private") -> braintree.BraintreeGateway:
    environment = braintree.Environment(
        "loopback", "127.0.0.1", str(port), "http://127.0.0.1", False, None
    )
    return braintree.BraintreeGateway(
        braintree.Configuration(
            environment=environment,
            merchant_id="merchant",
            public_key="public",
            private_key=private_key,
        )
    )


def test_success_over_http(fake_server):
    result = charge_card(
        amount=Decimal("150.00"),
        nonce="fake-valid-visa-nonce",
        order_number="GW000001",
        gateway_=real_gateway(fake_server),
    )
    assert result.success and result.status == "submitted_for_settlement"
    assert result.last4 == "1111"
    path, authorization = FakeBraintree.requests_seen[-1]
    assert path == "/merchants/merchant/transactions" and authorization.startswith("Basic ")


def test_decline_over_http(fake_server):
    result = charge_card(
        amount=Decimal("2001.00"),
        nonce="fake-valid-visa-nonce",
        order_number="GW000002",
        gateway_=real_gateway(fake_server),
    )
    assert not result.success and result.status == "processor_declined"
    assert "2001" in result.message


def test_wrong_credentials_raise_the_sdks_authentication_error(fake_server):
    with pytest.raises(braintree.exceptions.AuthenticationError):
        charge_card(
            amount=Decimal("1.00"),
            nonce="fake-valid-visa-nonce",
            order_number="GW000003",
            gateway_=real_gateway(fake_server, "wrong"),
        )
