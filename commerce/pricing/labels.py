"""Applied discounts in words, in the active language (issue 13.1).

The pricing engine stays free of language: it tells which discount applied and why as data
(its name, the complete sets counted, the cart condition that held, the loyalty percent), and
this module words it for the cart, the checkout, the order pages and the price simulator.
"""

import math
from collections.abc import Mapping
from decimal import Decimal

from django.utils.translation import gettext, ngettext

from catalog.models.parameters import format_number
from commerce.money import format_money
from commerce.pricing.types import AppliedDiscount, CartCondition


def discount_name(*, name: str, loyalty_percent: Decimal | str | None = None) -> str:
    """What to call a discount: the staff-given ``name``; the loyalty discount (no name of
    its own) as "Personal discount 2%"."""
    if loyalty_percent not in (None, ""):
        return gettext("Personal discount %(percent)s%%") % {
            "percent": format_number(Decimal(loyalty_percent))
        }
    return name


def name_of(discount: AppliedDiscount | Mapping | tuple) -> str:
    """``discount_name`` of an applied discount, a line's share of one (``LineDiscount``) or
    an order's snapshot of one (``{"name", "amount", "loyalty_percent"?}``)."""
    if isinstance(discount, Mapping):
        return discount_name(
            name=discount.get("name", ""), loyalty_percent=discount.get("loyalty_percent")
        )
    return discount_name(name=discount.name, loyalty_percent=discount.loyalty_percent)


def applied_note(applied: AppliedDiscount) -> str:
    """Why a discount applied, for the cart and the simulator: "2 complete sets",
    "at least 3 pieces", "subtotal at least 1 000,00 грн"; empty when there is nothing to say."""
    if applied.sets:
        return ngettext("%(count)s complete set", "%(count)s complete sets", applied.sets) % {
            "count": applied.sets
        }
    if applied.condition is None or applied.threshold is None:
        return ""
    if applied.condition == CartCondition.MIN_SUBTOTAL:
        return gettext("subtotal at least %(amount)s") % {"amount": format_money(applied.threshold)}
    # Pieces are whole: "at least 2.5" holds from 3 pieces, "more than 2.5" from 3 too,
    # that is more than 2.
    if applied.condition == CartCondition.MIN_ITEMS:
        pieces = math.ceil(applied.threshold)
        return ngettext("at least %(count)s piece", "at least %(count)s pieces", pieces) % {
            "count": pieces
        }
    pieces = math.floor(applied.threshold)
    return ngettext(
        "a line with more than %(count)s piece", "a line with more than %(count)s pieces", pieces
    ) % {"count": pieces}


def rule_in_words(discount) -> str:
    """A product, set or group discount (``commerce.pricing.models.Discount``) as a shopper
    reads it: "−10% on each piece", "−500,00 грн off the set", "everything in «Laptops»
    −3%", "promo price 7 999,00 грн" (issue 14.3)."""
    from catalog.glossary import term
    from commerce.pricing.models import DiscountKindChoice
    from commerce.pricing.types import DiscountType

    if discount.type == DiscountType.PERCENT:
        value = "−" + format_number(discount.value) + "%"
    else:
        value = format_money(discount.value)
    if discount.kind == DiscountKindChoice.GROUP:
        category = term(discount.category.title) if discount.category_id else ""
        if discount.type == DiscountType.PRICE:
            return gettext("Everything in «%(category)s» for %(price)s a piece") % {
                "category": category,
                "price": value,
            }
        if discount.type == DiscountType.AMOUNT:
            value = "−" + value
        return gettext("Everything in «%(category)s»: %(value)s on each piece") % {
            "category": category,
            "value": value,
        }
    if discount.is_set:
        if discount.type == DiscountType.PRICE:
            return gettext("Together, the whole set for %(price)s") % {"price": value}
        if discount.type == DiscountType.AMOUNT:
            value = "−" + value
        return gettext("Bought together: %(value)s off the set") % {"value": value}
    if discount.type == DiscountType.PRICE:
        return gettext("Promo price %(price)s a piece") % {"price": value}
    if discount.type == DiscountType.AMOUNT:
        value = "−" + value
    return gettext("%(value)s on each piece") % {"value": value}
