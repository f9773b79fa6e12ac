"""Payment API for bots (SPEC §5): the status of order N, and paying order N from a bank
account. Token-authenticated (Authorization: Bearer <token>); documented by OpenAPI at
/api/bot/docs."""

from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema, Status, Swagger
from ninja.security import HttpBearer
from wagtail.admin.auth import require_admin_access

from commerce.orders.models import Order, PaymentStatus
from commerce.payments.base import PaymentError
from commerce.payments.models import ApiToken, hash_token
from commerce.payments.services import order_pay_by_account


class BearerToken(HttpBearer):
    def authenticate(self, request, token):
        found = ApiToken.objects.filter(key_hash=hash_token(token or ""), is_active=True).first()
        if found is None:
            return None
        ApiToken.objects.filter(pk=found.pk).update(last_used_at=timezone.now())
        return found


api = NinjaAPI(
    title="Greenwave payment bot API",
    version="1.0",
    urls_namespace="bot_api",
    auth=BearerToken(),
    description="Ask whether an order is paid, or pay it from a bank account (IBAN).",
    # The docs and the schema are for the shop's staff (admin users), not the public; Swagger
    # UI comes from ninja's static files ("ninja" in INSTALLED_APPS) and asks no validator.
    docs=Swagger(settings={"validatorUrl": None}),
    docs_decorator=require_admin_access,
)


class StatusOut(Schema):
    order: str
    status: str  # "paid" or "not paid"


class Message(Schema):
    detail: str


class PayIn(Schema):
    account: str  # an IBAN, spaces allowed


class PayOut(Schema):
    order: str
    result: str  # "payment processed" or "payment not processed"
    reason: str = ""
    transaction_id: str = ""


STATUS_WORDS = {PaymentStatus.PAID: "paid", PaymentStatus.NOT_PAID: "not paid"}


@api.get(
    "/orders/{number}/status",
    response={200: StatusOut, 404: Message},
    summary="Payment status of an order",
)
def order_status(request, number: str):
    order = Order.objects.filter(number=number).first()
    if order is None:
        return Status(404, {"detail": _("No such order: %(number)s") % {"number": number}})
    return Status(200, {"order": order.number, "status": STATUS_WORDS[order.payment_status]})


@api.post(
    "/orders/{number}/pay",
    response={200: PayOut, 400: PayOut, 402: PayOut, 404: PayOut, 409: PayOut},
    summary="Pay an order from a bank account",
)
def order_pay(request, number: str, payload: PayIn):
    order = Order.objects.filter(number=number).first()
    if order is None:
        return Status(
            404,
            {
                "order": number,
                "result": "payment not processed",
                "reason": _("No such order: %(number)s") % {"number": number},
            },
        )
    try:
        payment = order_pay_by_account(order=order, iban=payload.account)
    except PaymentError as error:
        return Status(
            error.status,
            {
                "order": number,
                "result": "payment not processed",
                "reason": error.message,
            },
        )
    return Status(
        200,
        {
            "order": number,
            "result": "payment processed",
            "transaction_id": payment.transaction_id,
        },
    )
