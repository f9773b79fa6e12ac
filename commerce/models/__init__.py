from commerce.models.cart import Cart, CartLine
from commerce.models.customers import Customer
from commerce.models.discounts import Discount, DiscountKindChoice, DiscountProduct, LoyaltyTier
from commerce.models.orders import (
    DeliveryMethod,
    DeliveryRate,
    FulfilmentStatus,
    Order,
    OrderLine,
    OrderStatusChange,
    Payment,
    PaymentMethod,
    PaymentStatus,
)
from commerce.models.tokens import ApiToken

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
    "Cart",
    "CartLine",
    "Customer",
    "Discount",
    "DiscountKindChoice",
    "DiscountProduct",
    "LoyaltyTier",
]
