"""The product page's reviews (SPEC §1, issue 16.5), for ``templates/catalog/product_page.html``.

The catalog does not know reviews (the apps are layered: support over catalog); its product
page hands over the ready rating (``product_rating``) and calls ``{% product_reviews %}``,
which reads the page of reviews to show and what the visitor may do with the form. Costs: the
reviews of one page (one query, none before the first review) and, for a logged-in visitor,
their permissions, their own review and their purchase (three).
"""

from django import template
from django.urls import reverse
from django.utils.http import urlencode

from catalog.models.ratings import STARS
from support.models import Review
from support.reviews.forms import ReviewForm
from support.reviews.selectors import (
    review_author_name,
    review_edit_deadline,
    review_standing,
    reviews_page,
)

register = template.Library()


@register.inclusion_tag("support/reviews/product_reviews.html", takes_context=True)
def product_reviews(context) -> dict:
    """The reviews section of the product page in ``context`` (``page``, ``request``,
    ``product_rating``): the summary, the form or why there is none, and page
    ``?reviews=N`` of the reviews, newest first."""
    request, product = context["request"], context["page"]
    rating = context.get("product_rating")
    page_obj = reviews_page(
        product_id=product.pk,
        number=request.GET.get("reviews"),
        count=rating.review_count if rating else 0,
    )
    standing = review_standing(user=request.user, product_id=product.pk)
    product_url = product.get_url(request)
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "product": product,
        "product_url": product_url,
        "rating": rating,
        "page_obj": page_obj,
        "standing": standing,
        "form": ReviewForm(review=standing.review) if standing.may_write else None,
        "deadline": review_edit_deadline(standing.review) if standing.is_edit else None,
        "login_url": f"{reverse('account_login')}?{urlencode({'next': product_url + '#reviews'})}",
    }


@register.filter
def review_author(review: Review) -> str:
    """``{{ review|review_author }}``: "Olena P." (see ``review_author_name``)."""
    return review_author_name(review)


@register.filter
def review_stars(rating: int | None) -> list[str]:
    """``{% for star in review.rating|review_stars %}``: "full" or "empty", five times;
    ``[]`` for a review without a rating."""
    if not rating:
        return []
    return ["full"] * rating + ["empty"] * (STARS - rating)
