from commerce.models.cart import Cart, CartLine
from commerce.models.customers import Customer

__all__ = ["Cart", "CartLine", "Customer"]
