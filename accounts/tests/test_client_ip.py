"""Issue 12.8: the per-IP rate limits count clients, not the reverse proxy in front of them.

Behind nginx every request comes from the proxy's address (REMOTE_ADDR); the client is the
last X-Forwarded-For entry, the one our proxy appended. SHOP_TRUSTED_PROXY_COUNT says how many
of those entries are ours; with 0 the header (which anyone can send) is ignored."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

PROXY = "10.0.0.5"  # REMOTE_ADDR of every request: the proxy
IP_LIMIT = 20  # "reset_password": "20/m/ip,5/m/key"


def reset(client, email, forwarded_for=None):
    extra = {"REMOTE_ADDR": PROXY}
    if forwarded_for is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return client.post(reverse("account_reset_password"), {"email": email}, **extra)


def exhaust(client, forwarded_for):
    """Use up the per-IP limit (distinct e-mails, so the per-e-mail limit never bites)."""
    answers = [
        reset(client, f"a{i}@example.com", forwarded_for).status_code for i in range(IP_LIMIT)
    ]
    assert answers == [302] * IP_LIMIT
    assert reset(client, "one-more@example.com", forwarded_for).status_code == 429


def test_the_configured_limit_is_the_one_these_tests_exhaust():
    assert settings.ACCOUNT_RATE_LIMITS["reset_password"].startswith(f"{IP_LIMIT}/m/ip")


@pytest.mark.django_db
class TestBehindOneProxy:
    @pytest.fixture(autouse=True)
    def one_proxy(self, settings):
        settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1

    def test_one_client_exhausting_the_limit_does_not_lock_out_another(self, client):
        exhaust(client, "203.0.113.1")
        assert reset(client, "b@example.com", "203.0.113.2").status_code == 302
        assert reset(client, "c@example.com", "203.0.113.1").status_code == 429

    def test_a_forged_entry_before_the_proxys_does_not_help(self, client):
        """The client may send its own X-Forwarded-For; the proxy appends the real address."""
        exhaust(client, "203.0.113.1")
        for forged in ("198.51.100.7", "203.0.113.2", "127.0.0.1"):
            assert reset(client, "d@example.com", f"{forged}, 203.0.113.1").status_code == 429

    def test_without_the_header_the_proxy_address_counts(self, client):
        exhaust(client, None)
        assert reset(client, "e@example.com", "203.0.113.9").status_code == 302


@pytest.mark.django_db
class TestNoTrustedProxy:
    def test_the_default_trusts_no_proxy(self):
        assert settings.ALLAUTH_TRUSTED_PROXY_COUNT == 0
        assert settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER is None

    def test_a_spoofed_header_does_not_bypass_the_limit(self, client):
        exhaust(client, "203.0.113.1")
        sent = len(mail.outbox)
        for spoofed in ("203.0.113.2", "198.51.100.7, 203.0.113.3", None):
            assert reset(client, "f@example.com", spoofed).status_code == 429
        assert len(mail.outbox) == sent


@pytest.mark.django_db
def test_a_named_client_ip_header_is_used_instead(client, settings):
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"

    def reset_as(client_ip, email):
        return client.post(
            reverse("account_reset_password"),
            {"email": email},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR="198.51.100.7",  # ignored once a header is named
            HTTP_X_REAL_IP=client_ip,
        ).status_code

    answers = [reset_as("203.0.113.1", f"g{i}@example.com") for i in range(IP_LIMIT + 1)]
    assert answers == [302] * IP_LIMIT + [429]
    assert reset_as("203.0.113.2", "h@example.com") == 302


def settings_from_environment(**variables) -> str:
    code = (
        "from config.settings import base; "
        "print(base.ALLAUTH_TRUSTED_PROXY_COUNT, base.ALLAUTH_TRUSTED_CLIENT_IP_HEADER)"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHOP_TRUSTED_")}
    env.update(variables)
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    return (result.stdout + result.stderr).strip()


def test_the_settings_come_from_the_environment():
    assert settings_from_environment() == "0 None"
    assert (
        settings_from_environment(
            SHOP_TRUSTED_PROXY_COUNT="1", SHOP_TRUSTED_CLIENT_IP_HEADER="X-Real-IP"
        )
        == "1 X-Real-IP"
    )
    assert "is not an integer" in settings_from_environment(SHOP_TRUSTED_PROXY_COUNT="one")
