"""Where Django finds the app's models (app label ``commerce``). Each concern package owns its
models; concern code imports them from there, never from here."""

from commerce.cart.models import Cart, CartLine
from commerce.customers.models import Customer
from commerce.delivery.models import DeliveryMethod, DeliveryRate
from commerce.orders.models import (
    FulfilmentStatus,
    Order,
    OrderLine,
    OrderStatusChange,
    PaymentMethod,
    PaymentStatus,
    ProductSalesDay,
)
from commerce.payments.models import ApiToken, Payment
from commerce.pricing.models import Discount, DiscountKindChoice, DiscountProduct, LoyaltyTier

__all__ = [
    "ApiToken",
    "DeliveryMethod",
    "DeliveryRate",
    "FulfilmentStatus",
    "Order",
    "OrderLine",
    "OrderStatusChange",
    "Payment",
    "PaymentMethod",
    "PaymentStatus",
    "ProductSalesDay",
    "Cart",
    "CartLine",
    "Customer",
    "Discount",
    "DiscountKindChoice",
    "DiscountProduct",
    "LoyaltyTier",
]
