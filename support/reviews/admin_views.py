"""The review card and the Hide / Show actions in the Wagtail admin (issue 16.5, SPEC §8
content managers). Each action posts to its own URL and checks ``support.moderate_review``
itself; the services check again. Nothing here trusts the buttons being hidden."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.http import require_POST
from wagtail.admin.views.generic import InspectView

from support.models import Review
from support.reviews.selectors import review_author_name
from support.reviews.services import (
    MODERATE_REVIEW,
    ReviewError,
    review_hide,
    review_unhide,
)


class ReviewCardView(InspectView):
    """The review: product, author, rating, text, when written and edited, whether it is
    shown — and, for moderators, the Hide or Show button."""

    template_name = "support/reviews/admin/review_card.html"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Review.objects.select_related("product", "author", "author__customer", "hidden_by"),
            pk=self.pk,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        review = self.object
        context.update(
            review=review,
            author_name=review_author_name(review),
            may_moderate=self.request.user.has_perm(MODERATE_REVIEW),
            product_url=review.product.get_url(self.request),
            history_url=reverse("support_reviews:history", args=[review.pk]),
            back=self.request.get_full_path(),
        )
        return context


def _moderate(request, pk: int, action, done: str):
    if not request.user.has_perm(MODERATE_REVIEW):
        raise PermissionDenied
    review = get_object_or_404(Review.objects.select_related("product"), pk=pk)
    try:
        action(review=review, actor=request.user)
    except ReviewError as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, done % {"number": pk, "product": review.product.title})
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}) and back:
        return redirect(back)
    return redirect("support_reviews:inspect", pk)


@require_POST
def review_hide_view(request, pk: int):
    """Hide the review, then back to where the button was (the list or the card)."""
    return _moderate(
        request,
        pk,
        review_hide,
        gettext("Review %(number)s of “%(product)s” is hidden from the site."),
    )


@require_POST
def review_unhide_view(request, pk: int):
    """Show the review again, then back to where the button was."""
    return _moderate(
        request,
        pk,
        review_unhide,
        gettext("Review %(number)s of “%(product)s” is shown on the site again."),
    )
