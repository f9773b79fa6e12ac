"""Translatable labels for admin columns, filters and form fields whose model field has no
``verbose_name`` of its own (issue 13).

Django derives such a label from the field's name ("grand_total" → "Grand total"), so it never
reaches the message catalog; and a ``verbose_name`` is part of the migration state. Until the
models carry one, each screen gives the same English words, marked for translation, as a
mapping of field name → label.
"""

from collections.abc import Mapping

from django.utils.functional import cached_property
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView


def relabel_form_fields(fields: Mapping, labels: Mapping[str, str]) -> None:
    """Give the form ``fields`` named in ``labels`` their label."""
    for name, field in fields.items():
        if name in labels:
            field.label = labels[name]


class LabelledFilterSet(WagtailFilterSet):
    """A filter set whose filters made from ``Meta.fields`` carry the labels in
    ``field_labels`` (declared filters keep their own)."""

    field_labels: Mapping[str, str] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, filter_ in self.filters.items():
            if name in self.field_labels and name not in self.declared_filters:
                filter_.label = self.field_labels[name]


class LabelledIndexView(IndexView):
    """A listing whose columns and ``list_filter`` filters for the fields in ``field_labels``
    carry those labels (a ``filterset_class`` of its own subclasses LabelledFilterSet)."""

    field_labels: Mapping[str, str] = {}

    @cached_property
    def base_filterset_class(self):
        return type("LabelledFilterSet", (LabelledFilterSet,), {"field_labels": self.field_labels})

    @cached_property
    def columns(self):
        columns = super().columns
        for field, column in zip(self.list_display, columns, strict=True):
            if isinstance(field, str) and field in self.field_labels:
                column.label = self.field_labels[field]
        return columns
