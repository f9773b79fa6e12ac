"""The review form (SPEC §1, issue 16.5): an optional rating of 1–5 stars and the text. The
fields are checked by the same functions the service uses (``support.reviews.services``),
so what the form accepts the service stores, and every refusal reads the same."""

from django import forms
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from support.models import RATING_MAX, RATING_MIN, REVIEW_MAX_LENGTH, Review
from support.reviews.services import InvalidReview, review_rating_clean, review_text_clean

NO_RATING = ""


def _rating_choices() -> list[tuple[str, str]]:
    stars = [
        (str(n), ngettext("%(stars)s star", "%(stars)s stars", n) % {"stars": n})
        for n in range(RATING_MAX, RATING_MIN - 1, -1)
    ]
    return [*stars, (NO_RATING, _("No rating"))]


class ReviewForm(forms.Form):
    rating = forms.ChoiceField(
        label=_("Your rating (optional)"),
        choices=_rating_choices,
        required=False,
        widget=forms.RadioSelect(attrs={"class": "rating-choice"}),
    )
    text = forms.CharField(
        label=_("Your review"),
        # The length is checked by review_text_clean (its message says how long it is).
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": REVIEW_MAX_LENGTH}),
        error_messages={"required": _("Write a few words about the product.")},
    )

    def __init__(self, *args, review: Review | None = None, **kwargs):
        if review is not None and not args and "data" not in kwargs:
            kwargs.setdefault(
                "initial",
                {"rating": str(review.rating or NO_RATING), "text": review.text},
            )
        kwargs.setdefault("initial", {"rating": NO_RATING})
        kwargs.setdefault("auto_id", "review-%s")  # unique beside the page's other forms
        super().__init__(*args, **kwargs)
        self.fields["text"].help_text = gettext(
            "What did you like, what not? At most %(limit)s characters."
        ) % {"limit": REVIEW_MAX_LENGTH}
        # The rating's refusal speaks of stars, whatever value came (0, 6, letters).
        self.fields["rating"].error_messages["invalid_choice"] = gettext(
            "Choose a rating from %(min)s to %(max)s stars, or no rating."
        ) % {"min": RATING_MIN, "max": RATING_MAX}

    def clean_rating(self) -> int | None:
        return self._checked(review_rating_clean, self.cleaned_data["rating"])

    def clean_text(self) -> str:
        return self._checked(review_text_clean, self.cleaned_data["text"])

    @staticmethod
    def _checked(clean, value):
        try:
            return clean(value)
        except InvalidReview as exc:
            raise forms.ValidationError(exc.message) from exc
