"""The shopper's side of reviews (SPEC §1, issue 16.5).

- ``review_write_view`` (``/reviews/<product id>/``): GET shows the form on a page of its own
  (the product page shows the same form); POST writes the review — or changes the visitor's
  own within 24 hours — and sends them back to the product's reviews (303). Whoever may not
  write gets 403 with the reason (anonymous visitors with a link to log in), bad input 400
  with the form and its errors; neither stores anything.
- ``review_list_view`` (``/reviews/<product id>/list/?page=N``): one more page of the
  product's reviews for the "More reviews" button (htmx appends it to the list). Without
  JavaScript the same button is a link to the product page's ``?reviews=N``.

The product page's reviews section is the ``product_reviews`` template tag
(``support.templatetags.review_tags``).
"""

from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_http_methods

from catalog.models import ProductPage
from support.reviews.forms import ReviewForm
from support.reviews.selectors import (
    ReviewStanding,
    review_edit_deadline,
    review_standing,
    reviews_page,
)
from support.reviews.services import InvalidReview, ReviewError, review_write

WRITE_TEMPLATE = "support/reviews/write_page.html"
LIST_TEMPLATE = "support/reviews/_review_items.html"


def _product(product_id: int) -> ProductPage:
    """The product, if shoppers may see it (live, with a price); else 404."""
    return get_object_or_404(ProductPage.objects.visible(), pk=product_id)


def reviews_address(request, product: ProductPage) -> str:
    """The product page's reviews section (``…/product/#reviews``)."""
    return f"{product.get_url(request)}#reviews"


@require_http_methods(["GET", "HEAD", "POST"])
def review_write_view(request, product_id: int) -> HttpResponse:
    product = _product(product_id)
    standing = review_standing(user=request.user, product_id=product.pk)
    if not standing.may_write:
        response = _render(request, product, standing, None, status=standing.status)
    elif request.method == "POST":
        response = _post(request, product, standing)
    else:
        response = _render(request, product, standing, ReviewForm(review=standing.review))
    # The form carries this visitor's CSRF token and what they typed: no shared cache.
    add_never_cache_headers(response)
    return response


def _post(request, product: ProductPage, standing: ReviewStanding) -> HttpResponse:
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return _render(request, product, standing, form, status=400)
    try:
        _review, created = review_write(
            user=request.user,
            product_id=product.pk,
            text=form.cleaned_data["text"],
            rating=form.cleaned_data["rating"],
        )
    except InvalidReview as exc:  # the form checks the same; kept as the last guard
        form.add_error(None, exc.message)
        return _render(request, product, standing, form, status=exc.status)
    except ReviewError as exc:  # refused under the lock (a second tab, a role changed)
        refused = ReviewStanding(may_write=False, reason=exc.message, status=exc.status)
        return _render(request, product, refused, None, status=exc.status)
    if created:
        messages.success(request, gettext("Thank you! Your review is published."))
    else:
        messages.success(request, gettext("Your review is updated."))
    response = HttpResponseRedirect(reviews_address(request, product))
    response.status_code = 303  # See Other: the browser comes back with a GET
    return response


def _render(request, product, standing, form, *, status: int = 200) -> HttpResponse:
    context = {
        "product": product,
        "product_url": product.get_url(request),
        "standing": standing,
        "form": form,
        "deadline": review_edit_deadline(standing.review) if standing.is_edit else None,
        "login_url": _login_url(request, product),
    }
    return TemplateResponse(request, WRITE_TEMPLATE, context, status=status)


def _login_url(request, product: ProductPage) -> str:
    return f"{reverse('account_login')}?{urlencode({'next': reviews_address(request, product)})}"


@require_GET
def review_list_view(request, product_id: int) -> HttpResponse:
    product = _product(product_id)
    number = request.GET.get("page") or "1"
    if not request.htmx:
        return HttpResponseRedirect(
            f"{product.get_url(request)}?{urlencode({'reviews': number})}#reviews"
        )
    rating = product.rating_summary
    page_obj = reviews_page(
        product_id=product.pk, number=number, count=rating.review_count if rating else 0
    )
    context = {"product": product, "product_url": product.get_url(request), "page_obj": page_obj}
    return TemplateResponse(request, LIST_TEMPLATE, context)
