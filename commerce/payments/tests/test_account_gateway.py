"""Issue 12.1: a bank-account payment is money only when an account gateway says so. The
offline simulator declines and fails on documented IBANs; an order is paid only by the method
chosen at checkout; with no gateway, account orders get bank-transfer instructions and wait
for the accountant."""

from decimal import Decimal

import pytest
from django.urls import reverse

from commerce.money import format_money
from commerce.orders.models import PaymentStatus
from commerce.orders.status import mark_paid
from commerce.payments.base import AccountPaymentsOffline, PaymentError, WrongPaymentMethod
from commerce.payments.models import ApiToken, Payment
from commerce.payments.services import order_pay_by_account, order_pay_by_card
from commerce.testing import GOOD_IBAN

pytestmark = pytest.mark.django_db

DECLINED_IBAN = "UA833052990000026001234560002"  # ends in 0002: insufficient funds
FAILED_IBAN = "UA563052990000026001234560003"  # ends in 0003: the bank does not answer
SHOP_IBAN = "UA223052990000026001234567890"


def bot_pay(client, number, account=GOOD_IBAN):
    raw = ApiToken.issue(name="bot")[1]
    return client.post(
        f"/api/bot/orders/{number}/pay",
        {"account": account},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {raw}",
    )


def assert_not_processed_on_page_or_bot(client, placed, *, says: str) -> None:
    """The order page's account form and the bot both refuse with 409, saying ``says``."""
    page = client.post(
        reverse("order_pay_account", args=[placed.number]),
        {"key": placed.access_key, "iban": GOOD_IBAN},
    )
    assert page.status_code == 409 and says in page.text
    bot = bot_pay(client, placed.number)
    assert bot.status_code == 409
    assert bot.json()["result"] == "payment not processed"
    assert says in bot.json()["reason"]


def paid(order) -> bool:
    order.refresh_from_db()
    return order.payment_status == PaymentStatus.PAID


class TestSimulatedAccountGateway:
    def test_a_valid_account_is_debited(self, order):
        placed = order(payment_method="account")
        payment = order_pay_by_account(order=placed, iban=GOOD_IBAN)
        assert paid(placed)
        assert (payment.status, payment.gateway, payment.amount) == (
            "succeeded",
            "bank-account",
            Decimal("185.00"),
        )

    @pytest.mark.parametrize(
        ("iban", "status", "reason"),
        [(DECLINED_IBAN, "declined", "Insufficient funds"), (FAILED_IBAN, "failed", "not answer")],
    )
    def test_documented_accounts_are_refused_and_the_order_stays_not_paid(
        self, order, iban, status, reason
    ):
        placed = order(payment_method="account")
        with pytest.raises(PaymentError, match=reason):
            order_pay_by_account(order=placed, iban=iban)
        assert not paid(placed)
        assert Payment.objects.get().status == status
        order_pay_by_account(order=placed, iban=GOOD_IBAN)  # another account still works
        assert paid(placed)

    def test_the_bot_gets_the_declined_reason(self, client, order):
        placed = order(payment_method="account")
        response = bot_pay(client, placed.number, DECLINED_IBAN)
        assert response.status_code == 402
        assert response.json()["result"] == "payment not processed"
        assert "Insufficient funds" in response.json()["reason"]
        assert not paid(placed)


class TestTheChosenMethodOnly:
    def test_a_card_order_cannot_be_paid_from_an_account(self, client, order):
        placed = order(payment_method="card")
        with pytest.raises(WrongPaymentMethod, match="card"):
            order_pay_by_account(order=placed, iban=GOOD_IBAN)
        assert_not_processed_on_page_or_bot(client, placed, says="to be paid by card")
        assert not paid(placed) and not Payment.objects.exists()

    def test_an_account_order_cannot_be_paid_by_card(self, order):
        placed = order(payment_method="account")
        with pytest.raises(WrongPaymentMethod, match="to be paid from a bank account"):
            order_pay_by_card(order=placed, nonce="fake-valid-visa-nonce")
        assert not paid(placed) and not Payment.objects.exists()

    def test_each_order_page_offers_only_its_method(self, client, order):
        card = order(payment_method="card")
        account = order(number="GW000002", payment_method="account")
        card_page = client.get(card.private_path()).text
        account_page = client.get(account.private_path()).text
        assert 'name="cvv"' in card_page and 'name="iban"' not in card_page
        assert 'name="iban"' in account_page and 'name="cvv"' not in account_page
        assert "ending in 0002 is declined" in account_page  # the simulator's test accounts


@pytest.fixture
def no_account_gateway(settings):
    settings.SHOP_ACCOUNT_GATEWAY = ""
    settings.SHOP_BANK_IBAN = SHOP_IBAN
    settings.SHOP_BANK_RECIPIENT = "Greenwave LLC"


@pytest.mark.usefixtures("no_account_gateway")
class TestWithoutAnAccountGateway:
    def test_the_order_page_gives_transfer_instructions_and_no_form(self, client, order):
        placed = order(total="1234.50", payment_method="account")
        page = client.get(placed.private_path()).text
        assert 'name="iban"' not in page
        assert f"<code>{SHOP_IBAN}</code>" in page
        assert 'id="transfer-reference"><code>GW000001</code>' in page
        assert f'id="transfer-amount">{format_money(Decimal("1234.50"))}<' in page
        assert "Greenwave LLC" in page

    def test_paying_from_an_account_is_refused_with_the_instructions(self, client, order):
        placed = order(payment_method="account")
        with pytest.raises(AccountPaymentsOffline, match="not processed online"):
            order_pay_by_account(order=placed, iban=GOOD_IBAN)
        assert_not_processed_on_page_or_bot(
            client, placed, says=f"{SHOP_IBAN} with the reference GW000001"
        )
        assert not paid(placed) and not Payment.objects.exists()

    def test_the_accountant_marks_the_transfer_paid(self, client, order, role_user):
        placed = order(payment_method="account")
        mark_paid(order=placed, user=role_user("Accountant", email="acc@shop.test"))
        assert paid(placed)
        assert bot_pay(client, placed.number).status_code == 409  # already paid


class PluggedInGateway:
    """A stand-in for a bank's direct-debit adapter named by a dotted path."""

    name = "test-bank"
    calls: list = []

    def charge(self, *, iban, amount, order_number):
        from commerce.payments.base import ChargeResult

        self.calls.append((iban, amount, order_number))
        return ChargeResult(True, f"tb-{order_number}", "processed", "ok", iban[-4:])


def test_a_configured_gateway_class_is_used(settings, order):
    settings.SHOP_ACCOUNT_GATEWAY = f"{__name__}.PluggedInGateway"
    placed = order(total="99.00", payment_method="account")
    payment = order_pay_by_account(order=placed, iban=GOOD_IBAN)
    assert PluggedInGateway.calls[-1] == (GOOD_IBAN, Decimal("99.00"), "GW000001")
    assert (payment.gateway, payment.transaction_id) == ("test-bank", "tb-GW000001")
    assert paid(placed)
