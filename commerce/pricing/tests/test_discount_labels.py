"""Issue 13.1: the engine tells why a discount applied as data; the shopper reads it in their
own language, with the language's plural forms and number format."""

from decimal import Decimal

import pytest
from django.utils import translation

from commerce.money import format_money
from commerce.pricing.labels import applied_note, discount_name, name_of
from commerce.pricing.types import AppliedDiscount, CartCondition, DiscountKind


def applied(**data) -> AppliedDiscount:
    fields = {
        "discount_id": 1,
        "name": "Spring set",
        "kind": DiscountKind.SET,
        "priority": None,
        "amount": Decimal("10.00"),
        "shares": (),
    }
    return AppliedDiscount(**{**fields, **data})


@pytest.mark.parametrize(
    ("sets", "english", "ukrainian"),
    [
        (1, "1 complete set", "1 повний комплект"),
        (3, "3 complete sets", "3 повні комплекти"),
        (5, "5 complete sets", "5 повних комплектів"),
        (21, "21 complete sets", "21 повний комплект"),
    ],
)
def test_sets_are_counted_with_each_languages_plural(sets, english, ukrainian):
    with translation.override("en"):
        assert applied_note(applied(sets=sets)) == english
    with translation.override("uk"):
        assert applied_note(applied(sets=sets)) == ukrainian


def test_cart_conditions_in_ukrainian():
    def note(condition, threshold):
        cart = applied(kind=DiscountKind.CART, condition=condition, threshold=Decimal(threshold))
        return applied_note(cart)

    with translation.override("uk"):
        assert note(CartCondition.MIN_ITEMS, "3") == "щонайменше 3 шт."
        assert note(CartCondition.LINE_QUANTITY_OVER, "2.5") == "позиція, у якій понад 2 шт."
        money = format_money(Decimal("1500"), language="uk")  # 1 500,00 грн
        assert note(CartCondition.MIN_SUBTOTAL, "1500") == f"сума від {money}"


def test_the_loyalty_discount_is_named_by_its_percent_in_the_readers_language():
    loyalty = applied(
        discount_id=None, name="", kind=DiscountKind.LOYALTY, loyalty_percent=Decimal("0.50")
    )
    snapshot = {"name": "", "amount": "1.67", "loyalty_percent": "2.00"}
    with translation.override("uk"):
        assert name_of(loyalty) == "Персональна знижка 0,5%"
        assert name_of(snapshot) == "Персональна знижка 2%"
    with translation.override("en"):
        assert name_of(loyalty) == "Personal discount 0.5%"
        assert name_of(snapshot) == "Personal discount 2%"
    # A discount staff named keeps its name in every language.
    assert discount_name(name="Весняний комплект") == "Весняний комплект"
    assert name_of({"name": "3 items −5%", "amount": "9.75"}) == "3 items −5%"
