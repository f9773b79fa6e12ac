"""Writes of reviews (SPEC §1, issue 16.5): a buyer writes or edits their review of a
product; content managers hide it and show it again.

Every write is one transaction that also recomputes the product's ready rating
(``catalog.ratings``: count of visible reviews, of those with stars, and their average), so
tiles and the product page never disagree with the reviews they summarise. The product's
rating row is locked first: writers of one product's reviews take turns. Hiding and showing
are journaled in Wagtail's audit log (who, when), shown in the review's history and in
Reports → Site history. The checks that matter — who may write (``selectors.review_standing``),
the text, the rating, the moderator's permission — are made here, whatever the page showed.
Errors are ``ReviewError`` subclasses whose message is safe to show.
"""

from django.db import IntegrityError, transaction
from django.db.models import Count, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from catalog.models import ProductRating
from catalog.ratings import rating_lock, rating_store
from config.errors import ShopError
from support.models import RATING_MAX, RATING_MIN, REVIEW_MAX_LENGTH, Review
from support.reviews.selectors import review_standing

MODERATE_REVIEW = "support.moderate_review"
# Journal actions (registered in support.wagtail_hooks, worded in support.reviews.journal).
REVIEW_HIDDEN = "support.review.hidden"
REVIEW_SHOWN = "support.review.shown"


class ReviewError(ShopError):
    """Nothing was stored or changed; ``message`` says why."""

    status = 400


class InvalidReview(ReviewError):
    """The text or the rating is not acceptable."""


class ReviewForbidden(ReviewError):
    """This user may not write (or change, or moderate) this review."""

    status = 403


class ReviewRefused(ReviewError):
    """The review's state does not allow this any more (a stale page)."""

    status = 409


def review_text_clean(raw: str | None) -> str:
    """The text as stored: Windows line ends made ``\\n``, outer blanks stripped, inner line
    breaks kept. Raises InvalidReview when nothing is left or when longer than
    REVIEW_MAX_LENGTH characters."""
    text = (raw or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise InvalidReview(_("Write a few words about the product."))
    if len(text) > REVIEW_MAX_LENGTH:
        raise InvalidReview(
            _("A review can be at most %(limit)s characters long; this one has %(length)s.")
            % {"limit": REVIEW_MAX_LENGTH, "length": len(text)}
        )
    return text


def review_rating_clean(raw) -> int | None:
    """The rating as stored: None (no rating; also for ``""``) or an int of 1–5 stars
    (``"4"`` → 4). Raises InvalidReview for anything else (0, 6, 4.5, letters)."""
    if raw is None or raw == "":
        return None
    try:
        stars = int(str(raw).strip())
    except ValueError:
        stars = None
    if stars is None or str(stars) != str(raw).strip() or not RATING_MIN <= stars <= RATING_MAX:
        raise InvalidReview(
            _("Choose a rating from %(min)s to %(max)s stars, or no rating.")
            % {"min": RATING_MIN, "max": RATING_MAX}
        )
    return stars


def _rating_recount(product_id: int) -> None:
    """Store the product's ready rating from its visible reviews (after ``rating_lock``)."""
    totals = Review.objects.filter(product_id=product_id, is_hidden=False).aggregate(
        reviews=Count("pk"), ratings=Count("rating"), stars=Sum("rating")
    )
    rating_store(
        product_id=product_id,
        review_count=totals["reviews"],
        rating_count=totals["ratings"],
        rating_sum=totals["stars"] or 0,
    )


def review_write(*, user, product_id: int, text: str, rating) -> tuple[Review, bool]:
    """Write ``user``'s review of the product — or, when they already wrote one less than
    24 hours ago, change it (one review per customer and product). ``text``: up to
    REVIEW_MAX_LENGTH characters; ``rating``: None or 1–5 stars (an int or its digits).
    The product's ready rating is recomputed in the same transaction. Returns
    ``(review, created)``.

    Raises InvalidReview (bad text or rating) or ReviewForbidden (anonymous, staff, no
    completed order with the product, the review hidden or older than 24 hours: the
    message says which). Nothing is stored then. SPEC §1."""
    text = review_text_clean(text)
    rating = review_rating_clean(rating)
    with transaction.atomic():
        rating_lock(product_id=product_id)
        # Checked under the lock: a second tab's review, written meanwhile, is seen here.
        standing = review_standing(user=user, product_id=product_id)
        if not standing.may_write:
            raise ReviewForbidden(standing.reason)
        now = timezone.now()
        review = standing.review
        created = review is None
        if created:
            try:
                with transaction.atomic():
                    review = Review.objects.create(
                        product_id=product_id,
                        author=user,
                        text=text,
                        rating=rating,
                        created_at=now,
                        updated_at=now,
                    )
            except IntegrityError:
                raise ReviewRefused(
                    _("You have already reviewed this product. Reload the page to see it.")
                ) from None
        else:
            review.text, review.rating, review.updated_at = text, rating, now
            review.save(update_fields=["text", "rating", "updated_at"])
        _rating_recount(product_id)
    return review, created


def _require_moderator(actor) -> None:
    if actor is None or not actor.is_active or not actor.has_perm(MODERATE_REVIEW):
        raise ReviewForbidden(_("Your role may not hide or show reviews."))


def _moderate(*, review: Review, actor, hide: bool) -> Review:
    _require_moderator(actor)
    with transaction.atomic():
        rating_lock(product_id=review.product_id)
        locked = Review.objects.select_for_update().select_related("product").get(pk=review.pk)
        if locked.is_hidden == hide:
            message = (
                _("Review %(number)s is already hidden.")
                if hide
                else _("Review %(number)s is already shown.")
            )
            raise ReviewRefused(message % {"number": locked.pk})
        locked.is_hidden = hide
        locked.hidden_at = timezone.now() if hide else None
        locked.hidden_by = actor if hide else None
        locked.save(update_fields=["is_hidden", "hidden_at", "hidden_by"])
        _rating_recount(locked.product_id)
        log(
            instance=locked,
            action=REVIEW_HIDDEN if hide else REVIEW_SHOWN,
            user=actor,
            data={
                "number": locked.pk,
                "product": locked.product.title,
                "product_id": locked.product_id,
                "rating": locked.rating,
            },
        )
    return locked


def review_hide(*, review: Review, actor) -> Review:
    """Hide a review from the product page and from its rating (recomputed in the same
    transaction); who and when are kept on the review and journaled. Needs
    ``support.moderate_review`` (content managers). Raises ReviewForbidden, or ReviewRefused
    when it is hidden already. Returns the updated review. SPEC §1, §8."""
    return _moderate(review=review, actor=actor, hide=True)


def review_unhide(*, review: Review, actor) -> Review:
    """Show a hidden review again (on the page and in the rating, recomputed in the same
    transaction); journaled with who and when. Needs ``support.moderate_review``. Raises
    ReviewForbidden, or ReviewRefused when it is shown already. Returns the updated review."""
    return _moderate(review=review, actor=actor, hide=False)


def review_rating_refresh(*, product_id: int) -> None:
    """Recompute the product's ready rating from its visible reviews (after reviews left
    without the services: an author's account deleted). Does nothing for a product that is
    gone or was never reviewed."""
    with transaction.atomic():
        if not ProductRating.objects.select_for_update().filter(product_id=product_id).exists():
            return
        _rating_recount(product_id)
