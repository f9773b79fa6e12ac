"""The engine's inputs and outputs. Amounts are Decimal UAH with 2 places; quantities pieces."""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import IntEnum, StrEnum
from typing import NamedTuple


class Priority(IntEnum):
    """Walked high → medium → low (SPEC §4)."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3


class DiscountKind(StrEnum):
    PRODUCT = "product"  # listed products, each line on its own
    SET = "set"  # listed products together: only complete sets
    GROUP = "group"  # every product of a category subtree
    CART = "cart"  # the store's whole cart, when a condition holds
    LOYALTY = "loyalty"  # the customer's personal percent, last


class DiscountType(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"  # per unit (product, group), per set, per cart
    PRICE = "price"  # a promo unit price; for a set, the set's price


class CartCondition(StrEnum):
    MIN_ITEMS = "min_items"  # at least N pieces
    MIN_SUBTOTAL = "min_subtotal"  # undiscounted subtotal at least X UAH
    LINE_QUANTITY_OVER = "line_quantity_over"  # any line with more than N pieces


LineKey = tuple[int, int]  # (product_id, store_id): one line per product and store


@dataclass(frozen=True)
class LineInput:
    """A cart line: ``unit_price`` is the base price; ``path`` the product page's tree path
    (a group discount applies when it starts with the category's path)."""

    product_id: int
    store_id: int
    quantity: int
    unit_price: Decimal
    path: str = ""
    name: str = ""

    @property
    def key(self) -> LineKey:
        return (self.product_id, self.store_id)


@dataclass(frozen=True)
class DiscountInput:
    """One discount. ``product_ids`` for product and set discounts, ``category_path`` for
    group ones, ``condition``/``threshold`` for cart ones. Activity is judged by the engine
    against ``now`` so every rule lives in one place."""

    id: int
    name: str
    kind: DiscountKind
    store_id: int
    type: DiscountType
    value: Decimal
    priority: Priority
    is_active: bool = True
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    product_ids: frozenset[int] = frozenset()
    category_path: str = ""
    condition: CartCondition | None = None
    threshold: Decimal = Decimal("0")

    def is_live(self, now: datetime | None) -> bool:
        if not self.is_active:
            return False
        if now is None:
            return True
        if self.starts_at is not None and now < self.starts_at:
            return False
        return not (self.ends_at is not None and now >= self.ends_at)


@dataclass(frozen=True)
class Share:
    key: LineKey
    amount: Decimal


@dataclass(frozen=True)
class AppliedDiscount:
    """A discount the engine applied: its total ``amount`` and each line's ``shares``
    (they add up exactly). ``discount_id`` is None for the loyalty percent."""

    discount_id: int | None
    name: str
    kind: DiscountKind
    priority: Priority | None
    amount: Decimal
    shares: tuple[Share, ...]
    # Why it applied, as data: the display layer words it in the shopper's language
    # (commerce.pricing.labels). Complete sets counted, for a set discount:
    sets: int = 0
    # The condition that held and its N or X, for a cart discount:
    condition: CartCondition | None = None
    threshold: Decimal | None = None
    # The loyalty discount has no name of its own; it is called by its percent (0–100).
    loyalty_percent: Decimal | None = None


class LineDiscount(NamedTuple):
    """One applied discount's share of a line: the discount's ``name`` (empty for the loyalty
    discount, named by ``loyalty_percent`` when shown) and the ``amount`` (UAH)."""

    name: str
    amount: Decimal
    loyalty_percent: Decimal | None = None


@dataclass(frozen=True)
class PricedLine:
    key: LineKey
    product_id: int
    store_id: int
    quantity: int
    unit_price: Decimal
    base_amount: Decimal  # unit_price × quantity
    final_amount: Decimal
    discounts: tuple[LineDiscount, ...]  # in walk order

    @property
    def discount_amount(self) -> Decimal:
        return self.base_amount - self.final_amount

    @property
    def final_unit_price(self) -> Decimal:
        """Average unit price after discounts, rounded to 0.01 (for display only)."""
        from commerce.money import quantize_money

        return quantize_money(self.final_amount / self.quantity) if self.quantity else Decimal(0)


@dataclass(frozen=True)
class Step:
    """One application in the walk, with every line's amount after it (the simulator)."""

    applied: AppliedDiscount
    amounts_after: tuple[tuple[LineKey, Decimal], ...]


@dataclass(frozen=True)
class PricedCart:
    lines: tuple[PricedLine, ...]
    applied: tuple[AppliedDiscount, ...]
    steps: tuple[Step, ...] = field(default=())

    @property
    def subtotal(self) -> Decimal:
        return sum((line.base_amount for line in self.lines), Decimal("0.00"))

    @property
    def total(self) -> Decimal:
        return sum((line.final_amount for line in self.lines), Decimal("0.00"))

    @property
    def discount_total(self) -> Decimal:
        return self.subtotal - self.total

    def line(self, key: LineKey) -> PricedLine:
        return next(line for line in self.lines if line.key == key)
