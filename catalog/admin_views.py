"""Admin views for catalog commerce data: saves go through the journaling services."""

from django.contrib import messages
from django.db import transaction
from django.db.models import ProtectedError
from django.shortcuts import redirect
from django.utils.translation import ngettext
from wagtail.admin.views import generic

from catalog.prices import price_set
from catalog.stock import stock_set


class RefuseProtectedDeleteMixin:
    """A delete that would orphan protected rows (stock records of a store, product values of
    a parameter) is refused with a message naming the reason, instead of a server error or
    Wagtail's generic "no permission"."""

    def protected_message(self, count: int) -> str:
        """Why the object cannot be deleted, for ``count`` rows keeping it."""
        return ngettext(
            "“%(object)s” is still used by %(count)d record(s), so it cannot be deleted.",
            "“%(object)s” is still used by %(count)d record(s), so it cannot be deleted.",
            count,
        ) % {"object": self.object, "count": count}

    def count_protected(self) -> int:
        """How many rows keep this object from being deleted."""
        return 0

    def refuse(self, count: int):
        messages.error(self.request, self.protected_message(count))
        return redirect(self.get_success_url())

    def post(self, request, *args, **kwargs):
        if count := self.count_protected():
            return self.refuse(count)
        try:
            with transaction.atomic():
                return super().post(request, *args, **kwargs)
        except ProtectedError as exc:  # a reference created between the count and the delete
            return self.refuse(len(exc.protected_objects))


class StoreDeleteView(RefuseProtectedDeleteMixin, generic.DeleteView):
    def protected_message(self, count: int) -> str:
        return ngettext(
            "“%(object)s” still has %(count)d stock record(s): set them to 0 and mark the "
            "store inactive instead of deleting it.",
            "“%(object)s” still has %(count)d stock record(s): set them to 0 and mark the "
            "store inactive instead of deleting it.",
            count,
        ) % {"object": self.object, "count": count}

    def count_protected(self) -> int:
        return self.object.stock_records.count()


class PriceEditView(generic.EditView):
    def save_instance(self):
        price = self.form.instance
        change = price_set(
            product=price.product,
            amount=self.form.cleaned_data["amount"],
            user=self.request.user,
            source="admin",
        )
        return change.price


class StockRecordCreateView(generic.CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        change = stock_set(
            product=data["product"].specific,
            store=data["store"],
            quantity=data["quantity"],
            user=self.request.user,
            source="admin",
        )
        return change.stock_record


class StockRecordEditView(generic.EditView):
    def save_instance(self):
        record = self.form.instance
        change = stock_set(
            product=record.product,
            store=record.store,
            quantity=self.form.cleaned_data["quantity"],
            user=self.request.user,
            source="admin",
        )
        return change.stock_record


class PriceIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("product")


class StockRecordIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("product", "store")
