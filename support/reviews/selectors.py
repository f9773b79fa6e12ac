"""Reads of reviews (SPEC §1, issue 16.5): the reviews a product page lists, whether a
customer bought the product in a completed order, and what a given visitor may do with the
product's review form (``review_standing``) — the same answer the services enforce."""

from dataclasses import dataclass
from datetime import timedelta

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from commerce.orders.models import FulfilmentStatus, OrderLine
from support.models import Review

# The author may change their review for this long after writing it.
EDIT_WINDOW = timedelta(hours=24)
REVIEWS_PER_PAGE = 10
ACCESS_ADMIN = "wagtailadmin.access_admin"


def reviews_visible(*, product_id: int) -> QuerySet[Review]:
    """The product's reviews shown on its page, newest first, each with its author and the
    author's customer card (for the name shown), in one query."""
    return (
        Review.objects.filter(product_id=product_id, is_hidden=False)
        .select_related("author", "author__customer")
        .order_by("-created_at", "-pk")
    )


def is_staff_account(user) -> bool:
    """Shop staff (any role in the Wagtail admin, a superuser, a Django staff account):
    they do not review the shop's own products."""
    return bool(user.is_staff or user.is_superuser or user.has_perm(ACCESS_ADMIN))


def has_completed_purchase(*, user, product_id: int) -> bool:
    """Whether an order of ``user``'s customer account that is *completed* (not processing,
    on its way or cancelled) has a line of the product. One query."""
    return OrderLine.objects.filter(
        product_id=product_id,
        order__fulfilment_status=FulfilmentStatus.COMPLETED,
        order__customer__user=user,
    ).exists()


def review_edit_deadline(review: Review):
    """Until when the author may change ``review`` (an aware datetime)."""
    return review.created_at + EDIT_WINDOW


@dataclass(frozen=True)
class ReviewStanding:
    """What a visitor may do with a product's review form.

    ``may_write``: the form may be sent (a new review, or a change to ``review`` when it
    is set); otherwise ``reason`` says why not, in words to show (and ``status`` is the HTTP
    answer a refused POST gets: 403; ``login`` is True when logging in could help). ``review``
    is the visitor's own review of the product, if any (hidden ones too)."""

    may_write: bool
    reason: str = ""
    review: Review | None = None
    login: bool = False
    status: int = 200

    @property
    def is_edit(self) -> bool:
        return self.may_write and self.review is not None


ONLY_BUYERS = gettext_noop("Only buyers of a completed order can review this product.")


def review_standing(*, user, product_id: int, now=None) -> ReviewStanding:
    """What ``user`` (a User or AnonymousUser) may do with a review of the product (SPEC §1):

    - anonymous → refused, with ``login`` (only buyers of a completed order can review);
    - staff → refused (they do not review the shop's products);
    - no completed order with the product → refused;
    - their review exists: hidden by the shop → refused; written more than 24 hours ago →
      refused (the edit window is over); else they may edit it;
    - else they may write one.

    At most three queries (permissions, own review, purchase)."""
    if user is None or not user.is_authenticated:
        return ReviewStanding(
            may_write=False,
            reason=_(ONLY_BUYERS) + " " + _("Log in to write a review of a product you bought."),
            login=True,
            status=403,
        )
    if is_staff_account(user):
        return ReviewStanding(
            may_write=False,
            reason=_("Shop staff do not review the shop's products."),
            status=403,
        )
    review = Review.objects.filter(product_id=product_id, author=user).first()
    if not has_completed_purchase(user=user, product_id=product_id):
        return ReviewStanding(may_write=False, reason=_(ONLY_BUYERS), review=review, status=403)
    if review is None:
        return ReviewStanding(may_write=True)
    if review.is_hidden:
        return ReviewStanding(
            may_write=False,
            reason=_("The shop has hidden your review of this product; it cannot be changed."),
            review=review,
            status=403,
        )
    deadline = review_edit_deadline(review)
    if (now or timezone.now()) >= deadline:
        return ReviewStanding(
            may_write=False,
            reason=_(
                "You have already reviewed this product. A review can be changed for 24 hours "
                "after it is written; yours was written at %(time)s on %(day)s."
            )
            % {
                "day": date_format(timezone.localtime(review.created_at), "DATE_FORMAT"),
                "time": date_format(timezone.localtime(review.created_at), "H:i"),
            },
            review=review,
            status=403,
        )
    return ReviewStanding(may_write=True, review=review)


def reviews_page(*, product_id: int, number, count: int | None = None) -> Page:
    """Page ``number`` (any string; a bad or missing one gives the first, one past the end
    the last) of the product's visible reviews, REVIEWS_PER_PAGE a page, newest first.
    ``count``: how many there are, when the caller has it from the ready rating — then only
    the page's rows are read (one query; none at all when ``count`` is 0)."""
    paginator = Paginator(reviews_visible(product_id=product_id), REVIEWS_PER_PAGE)
    if count is not None:
        paginator.count = count  # a cached_property: Django's COUNT(*) is not run
    return paginator.get_page(number)


def review_author_name(review: Review) -> str:
    """How the product page names a review's author: the first name and the last name's
    initial ("Olena P."), from the account or else the customer card; "A buyer" when neither
    has a name. Never the e-mail."""
    user = review.author
    customer = getattr(user, "customer", None)
    first = (user.first_name or (customer.first_name if customer else "") or "").strip()
    last = (user.last_name or (customer.last_name if customer else "") or "").strip()
    if not first:
        return _("A buyer")
    return f"{first} {last[0]}." if last else first
