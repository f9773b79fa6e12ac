"""What every payment gateway answers, and the errors a shopper may see."""

from dataclasses import dataclass

from config.errors import ShopError


class PaymentError(ShopError):
    """A payment that did not go through; the message is safe to show. ``status`` is the
    HTTP answer for it."""

    status = 402


class InvalidPaymentDetails(PaymentError):
    status = 400


class AlreadyPaid(PaymentError):
    status = 409


class PaymentInProgress(PaymentError):
    """Another attempt on the same order is waiting for its gateway's answer."""

    status = 409


class WrongPaymentMethod(PaymentError):
    """The order is to be paid another way (the method chosen at checkout)."""

    status = 409


class AccountPaymentsOffline(PaymentError):
    """No account gateway is configured: account orders are paid by bank transfer and marked
    paid by an accountant when the money arrives."""

    status = 409


class OrderCancelled(PaymentError):
    """A cancelled order's pieces went back to stock: it takes no money."""

    status = 409


@dataclass(frozen=True)
class ChargeResult:
    """A gateway's answer: ``status`` is the gateway's own word (e.g. submitted_for_settlement,
    processor_declined, gateway_rejected, failed); ``message`` is safe to show."""

    success: bool
    transaction_id: str
    status: str
    message: str
    last4: str = ""
