"""Cart errors: each message is safe to show; ``status`` is the HTTP answer for it."""

from catalog.stock import InsufficientStock
from config.errors import ShopError


class CartError(ShopError):
    status = 400


class InvalidQuantity(CartError):
    """Not a whole number of pieces between 1 and the per-line cap."""


class ProductUnavailable(CartError):
    """Unknown, unpublished or priceless product."""

    status = 404


class StoreNotStocking(CartError):
    """The chosen store does not sell this product."""


class LineNotFound(CartError):
    """No such line in this shopper's cart (it may belong to another cart)."""

    status = 404


class CartGone(CartError):
    """The cart was merged or removed meanwhile (another tab logged in, say)."""

    status = 409


class CartLimitReached(CartError):
    """The cart already holds as many lines or pieces as one cart may (issue 12.3)."""

    status = 409


class TooManyCartWrites(CartError):
    """Cart changes arrive faster than a person makes them (issue 12.3)."""

    status = 429


class OutOfStock(CartError):
    """The store lacks the pieces; nothing was changed."""

    status = 409


__all__ = [
    "CartError",
    "CartLimitReached",
    "TooManyCartWrites",
    "InsufficientStock",
    "InvalidQuantity",
    "LineNotFound",
    "OutOfStock",
    "ProductUnavailable",
    "StoreNotStocking",
]
