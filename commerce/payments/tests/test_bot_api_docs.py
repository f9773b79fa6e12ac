"""Issue 12.8: the bot API's docs and OpenAPI schema are for the shop's staff (admin users),
and the Swagger page loads nothing from another host."""

import json
import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from commerce.payments.models import ApiToken

pytestmark = pytest.mark.django_db

DOCS = "/api/bot/docs"
SCHEMA = "/api/bot/openapi.json"


@pytest.fixture
def customer(db):
    return get_user_model().objects.create_user(email="shopper@example.com", password="pw-1-Aa")


def assets(html: str) -> list[str]:
    """Every address a <script src> or <link href> on the page loads."""
    return re.findall(r"<(?:script|link)\b[^>]*?\b(?:src|href)=[\"']([^\"']+)", html)


class TestWhoMayRead:
    @pytest.mark.parametrize("url", [DOCS, SCHEMA])
    def test_anonymous_is_sent_to_the_login(self, client, url):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")
        assert b"/orders/{number}" not in response.content

    @pytest.mark.parametrize("url", [DOCS, SCHEMA])
    def test_a_customer_is_refused(self, client, customer, url):
        client.force_login(customer)
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert b"/orders/{number}" not in response.content

    @pytest.mark.parametrize("url", [DOCS, SCHEMA])
    def test_a_bot_token_does_not_open_the_docs(self, client, url):
        raw = ApiToken.issue(name="bot")[1]
        response = client.get(url, HTTP_AUTHORIZATION=f"Bearer {raw}")
        assert response.status_code == 302

    @pytest.mark.parametrize("role", ["Accountant", "Sales operator"])
    def test_a_staff_member_reads_both(self, client, role_user, role):
        client.force_login(role_user(role))
        assert client.get(DOCS).status_code == 200
        schema = client.get(SCHEMA).json()
        assert "/api/bot/orders/{number}/status" in schema["paths"]

    def test_a_superuser_reads_both(self, admin_client):
        assert admin_client.get(DOCS).status_code == 200
        assert admin_client.get(SCHEMA).status_code == 200


class TestLocalAssets:
    def test_the_docs_page_loads_only_local_static_files(self, admin_client):
        html = admin_client.get(DOCS).content.decode()
        found = assets(html)
        assert any(src.endswith("swagger-ui-bundle.js") for src in found), found
        assert any(href.endswith("swagger-ui.css") for href in found), found
        for address in found:
            assert not re.match(r"^(https?:)?//", address), address
            assert address.startswith(settings.STATIC_URL), address
        assert "cdn.jsdelivr" not in html and "django-ninja.dev" not in html

    def test_the_local_files_are_served(self, admin_client, client):
        for address in assets(admin_client.get(DOCS).content.decode()):
            response = client.get(address)  # static files need no login
            assert response.status_code == 200, address
            body = b"".join(response.streaming_content) if response.streaming else response.content
            assert body, address

    def test_swagger_asks_no_outside_validator(self, admin_client):
        html = admin_client.get(DOCS).content.decode()
        raw = re.search(r'id="swagger-settings">(.*?)</script>', html, re.S).group(1)
        config = json.loads(raw)
        assert config["validatorUrl"] is None
        assert config["url"] == SCHEMA
