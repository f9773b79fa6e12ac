"""Helpers for Wagtail's inline (child) formsets in admin forms."""

from collections.abc import Callable


def distinct_chosen(form, relation: str, field: str, duplicate: Callable[[object], str]) -> list:
    """The objects chosen in ``field`` of the ``relation`` inline formset of a Wagtail admin
    ``form``, in order, skipping deleted and invalid rows; a row that repeats an earlier
    choice gets the ``duplicate(obj)`` error on that field.

    Child forms are validated after the parent form's ``clean``; they are validated here
    (``is_valid`` is idempotent) so the parent can compare them.
    """
    formset = form.formsets.get(relation)
    chosen: list = []
    if formset is None:
        return chosen
    for child in formset.forms:
        if not child.is_valid() or child.cleaned_data.get("DELETE"):
            continue
        value = child.cleaned_data.get(field)
        if value is None:
            continue
        if any(value.pk == other.pk for other in chosen):
            child.add_error(field, duplicate(value))
            continue
        chosen.append(value)
    return chosen
