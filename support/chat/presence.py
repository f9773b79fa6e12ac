"""Whether a visitor is on the site now, for the "answer by e-mail when they have left" rule
(SPEC §7, issue 16.4).

Every poll of the chat box notes the time in the shared cache: a poll that finds nothing new
must stay free of database queries, so its only trace is this cache write. The e-mail code
takes the later of this and ``Conversation.customer_seen_at`` (written on the visits that read
the database anyway). A visitor whose chat box has not polled for
``settings.SHOP_CHAT_AWAY_SECONDS`` has left: the open panel polls every few seconds, the
closed box every 15 s, a hidden tab not at all.
"""

from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

TIMEOUT = 60 * 60 * 24  # seconds; after a day away the database's customer_seen_at is enough


def _key(token) -> str:
    return f"support:chat:seen:{token}"


def presence_note(token, *, at: datetime | None = None) -> None:
    """Note that the visitor of conversation ``token`` is here now (one cache write)."""
    cache.set(_key(token), (at or timezone.now()).timestamp(), TIMEOUT)


def presence_last_seen(token, *, stored: datetime | None = None) -> datetime | None:
    """When the visitor was last seen: the later of the cache's note and ``stored`` (the
    conversation's ``customer_seen_at``); None when never."""
    noted = cache.get(_key(token))
    seen = datetime.fromtimestamp(noted, tz=UTC) if noted is not None else None
    if stored is not None and (seen is None or stored > seen):
        seen = stored
    return seen


def presence_away(token, *, stored: datetime | None = None, now: datetime | None = None) -> bool:
    """Whether the visitor has left: not seen for ``SHOP_CHAT_AWAY_SECONDS`` (or never)."""
    seen = presence_last_seen(token, stored=stored)
    now = now or timezone.now()
    return seen is None or now - seen >= timedelta(seconds=settings.SHOP_CHAT_AWAY_SECONDS)
