"""Issue 6.9: schemathesis generates requests from the bot API's own OpenAPI schema and sends
them to the app in process: no answer is a server error, and without a token every operation
is 401 (an undocumented method is 405)."""

import json

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from ninja.responses import NinjaJSONEncoder
from schemathesis.checks import not_a_server_error

from commerce.payments.api import api as bot_api
from commerce.payments.models import ApiToken

# The schema at /api/bot/openapi.json is for logged-in staff only, and there is no session at
# import time: take the same document from the API object, and send the requests to the app.
schema = schemathesis.openapi.from_dict(
    json.loads(json.dumps(bot_api.get_openapi_schema(), cls=NinjaJSONEncoder))
)
schema.app = get_wsgi_application()


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """Calling the WSGI app directly fires request_started/finished, whose handler closes a
    connection that is inside the test's transaction (on PostgreSQL). Django's own test client
    unhooks it the same way."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def token(db, order):
    order(number="GW000001")  # a real order, so some generated numbers hit it
    return ApiToken.issue(name="schemathesis")[1]


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case, token):
    case.call_and_validate(
        headers={"Authorization": f"Bearer {token}"}, checks=[not_a_server_error]
    )


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
def test_without_a_token_every_operation_is_401(case, db):
    # A plain order number, so the request reaches the operation (a generated number with a
    # "/" in it would address another URL altogether).
    case.path_parameters = {"number": "GW000001"}
    response = case.call()
    # Schemathesis also tries methods the operation does not have: those are 405.
    documented = case.method.upper() == case.operation.method.upper()
    assert response.status_code == (401 if documented else 405)
