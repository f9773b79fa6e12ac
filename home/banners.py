"""Which banners the home page shows (SPEC §2, issue 14.2): three drawn at random from the
active ones, the draw kept for 10 minutes in the shared cache so every worker process shows
the same three until the next draw. Active: it has an image and its discount is live now."""

import random

from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from home.models import Banner

SHOWN = 3
DRAW_SECONDS = 10 * 60
DRAW_KEY = "home:banner-draw:v1"


def active_banners(now=None):
    """Banners with an image whose product discount is switched on and inside its dates."""
    now = now or timezone.now()
    return Banner.objects.filter(
        image__isnull=False,
        discount__is_active=True,
        discount__kind="product",
    ).filter(
        (Q(discount__starts_at__isnull=True) | Q(discount__starts_at__lte=now))
        & (Q(discount__ends_at__isnull=True) | Q(discount__ends_at__gt=now))
    )


def drawn_banners() -> list[Banner]:
    """The current draw: up to three active banners in the drawn order. A banner that stopped
    being active since the draw drops out at once; the rest keep their places."""
    ids = cache.get(DRAW_KEY)
    if ids is None:
        candidates = list(active_banners().values_list("pk", flat=True))
        drawn = random.sample(candidates, min(SHOWN, len(candidates)))
        # Two processes may miss the draw at once: the first to store it wins (an atomic
        # add on Redis), and both show that one.
        cache.add(DRAW_KEY, drawn, DRAW_SECONDS)
        ids = cache.get(DRAW_KEY, drawn)
    if not ids:
        return []
    found = {
        banner.pk: banner
        for banner in active_banners().filter(pk__in=ids).select_related("image", "discount")
    }
    return [found[pk] for pk in ids if pk in found]


def redraw() -> None:
    """Forget the draw (a banner or its discount changed): the next visit draws anew."""
    cache.delete(DRAW_KEY)
