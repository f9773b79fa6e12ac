"""``{{ discount|discount_name }}`` and ``{{ applied|discount_note }}``: applied discounts in
the active language (commerce.pricing.labels)."""

from django import template

from commerce.pricing.labels import applied_note, name_of

register = template.Library()

register.filter("discount_name", name_of)
register.filter("discount_note", applied_note)
