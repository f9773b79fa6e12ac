from commerce.models.cart import Cart, CartLine
from commerce.models.customers import Customer
from commerce.models.discounts import Discount, DiscountKindChoice, DiscountProduct, LoyaltyTier

__all__ = [
    "Cart",
    "CartLine",
    "Customer",
    "Discount",
    "DiscountKindChoice",
    "DiscountProduct",
    "LoyaltyTier",
]
