"""Reviews in the Wagtail admin (SPEC §1, §8; issue 16.5/16.6): content managers list the
buyers' reviews — newest first, filtered by visible/hidden, product and date, searched by
text, product and author — hide a review or show it again (from the list or the review's
card), and read who did it when in the review's history and in Reports → Site history.

Nobody adds, edits or deletes a review here (it is the buyer's text): the generic forms are
closed by the permission policy to everyone. Reading needs ``support.view_review``; hiding
and showing ``support.moderate_review``, checked by the action views and again by the
services. Other roles reach none of it (Wagtail's redirect or 403, nothing changes).
"""

import django_filters
from django.middleware.csrf import get_token
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import HistoryView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from catalog.models import ProductPage
from catalog.permissions import ReadOnlyPolicy
from support.models import Review
from support.reviews.admin_views import ReviewCardView, review_hide_view, review_unhide_view
from support.reviews.services import MODERATE_REVIEW

register_permission_policy(Review, ReadOnlyPolicy(Review))

VISIBLE, HIDDEN = "visible", "hidden"


def _reviewed_products(request):
    """The filter's choice: only products that have reviews, by name."""
    return ProductPage.objects.filter(reviews__isnull=False).distinct().order_by("title")


class ReviewFilterSet(WagtailFilterSet):
    shown = django_filters.ChoiceFilter(
        label=_("Shown on the site"),
        choices=[(VISIBLE, _("Visible")), (HIDDEN, _("Hidden"))],
        method="filter_shown",
        empty_label=_("All"),
    )
    product = django_filters.ModelChoiceFilter(
        label=_("Product"), queryset=_reviewed_products, empty_label=_("All")
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Written"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Review
        fields = ["shown", "product", "created_at"]

    def filter_shown(self, queryset, name, value):
        if value == HIDDEN:
            return queryset.filter(is_hidden=True)
        if value == VISIBLE:
            return queryset.filter(is_hidden=False)
        return queryset


class ReviewIndexView(IndexView):
    default_ordering = "-created_at"

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("product", "author", "hidden_by")


class ReviewHistoryView(HistoryView):
    """The review's journal (hidden, shown), for whoever may read reviews (Wagtail's asks for
    add, change or delete, which the generic screens never grant here)."""

    any_permission_required = ["view", "change", "delete"]


def _excerpt(review: Review) -> str:
    return Truncator(" ".join(review.text.split())).chars(90)


def _stars(review: Review) -> str:
    return "★" * review.rating if review.rating else "—"


def _status(review: Review) -> str:
    return str(_("Hidden")) if review.is_hidden else str(_("Visible"))


class ModerateColumn(Column):
    """The row's Hide / Show button (a POST form back to this list), for moderators."""

    cell_template_name = "support/reviews/admin/moderate_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = context["request"]
        context.update(
            review=instance,
            may_moderate=request is not None and request.user.has_perm(MODERATE_REVIEW),
            csrf_token=get_token(request) if request is not None else "",
            action=reverse(
                "support_reviews:unhide" if instance.is_hidden else "support_reviews:hide",
                args=[instance.pk],
            ),
            back=_listing_address(request),
        )
        return context


def _listing_address(request) -> str:
    """The list with the filters in use: where a row's button comes back to. (The rows may be
    rendered by the listing's AJAX results URL, which is no page to come back to.)"""
    if request is None:
        return ""
    index = reverse("support_reviews:index")
    return f"{index}?{request.GET.urlencode()}" if request.GET else index


class ReviewViewSet(ModelViewSet):
    """Reviews for the content managers: list, card, hide, show (issue 16.5)."""

    model = Review
    icon = "comment"
    menu_label = _("Reviews")
    menu_order = 198
    add_to_admin_menu = True
    url_prefix = "support/reviews"
    url_namespace = "support_reviews"
    index_view_class = ReviewIndexView
    inspect_view_enabled = True
    inspect_view_class = ReviewCardView
    history_view_class = ReviewHistoryView
    copy_view_enabled = False
    list_display = [
        "product",  # the title column: links to the review's card
        Column("author", label=_("Author"), accessor="author"),
        Column("rating", label=_("Rating"), accessor=_stars),
        Column("text", label=_("Review"), accessor=_excerpt),
        "created_at",
        Column("status", label=_("Status"), accessor=_status),
        ModerateColumn("moderate", label=_("Action")),
    ]
    filterset_class = ReviewFilterSet
    search_fields = ["text", "product__title", "author__email"]
    search_backend_name = None
    # The generic forms are closed by the policy; without fields even a bypassed check could
    # change nothing.
    form_fields: list[str] = []

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/hide/", review_hide_view, name="hide"),
            path("<int:pk>/unhide/", review_unhide_view, name="unhide"),
        ]
