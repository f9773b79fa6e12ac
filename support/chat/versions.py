"""Versions of conversations in the shared cache, so that polling costs no query when nothing
changed (issue 16.1).

Every write to a conversation (a message, a read mark, closing…) bumps its version after the
commit; the chat box polls with the version it shows and gets "nothing new" (204) from the
cache alone when they match. The staff inbox has one version of its own, bumped by every
customer message and every change an operator makes, so operators' screens poll the same way.
The versions live in the shared cache (Redis in production), so every worker sees them; a
cache that lost a version answers as if something changed, and the page reads the database
once — never a stale "nothing new".
"""

import time

from django.core.cache import cache
from django.db import transaction

INBOX_KEY = "support:chat:inbox:v"
TIMEOUT = 60 * 60 * 24  # seconds; a version older than a day is read from the database again


def _key(token) -> str:
    return f"support:chat:v:{token}"


def conversation_version(token) -> str | None:
    """The conversation's current version (an opaque string), or None when the cache does not
    know it. One cache read, no database query."""
    return cache.get(_key(token))


def inbox_version() -> str | None:
    """The staff inbox's current version, or None when the cache does not know it."""
    return cache.get(INBOX_KEY)


def _fresh() -> str:
    # Nanoseconds: two bumps in a row never give the same version (a counter in the cache
    # would need the key to exist first, and a lost key must not repeat an old value).
    return str(time.time_ns())


def versions_bump(token, *, inbox: bool = True) -> None:
    """After the current transaction commits (at once outside one): a new version for the
    conversation ``token`` and, unless ``inbox=False``, for the staff inbox."""

    def bump():
        cache.set(_key(token), _fresh(), TIMEOUT)
        if inbox:
            cache.set(INBOX_KEY, _fresh(), TIMEOUT)

    transaction.on_commit(bump)


def version_remember(token) -> str:
    """The conversation's version, made now if the cache lost it (after a database read)."""
    version = conversation_version(token)
    if version is None:
        version = _fresh()
        cache.add(_key(token), version, TIMEOUT)
        version = conversation_version(token) or version
    return version


def inbox_version_remember() -> str:
    """The inbox's version, made now if the cache lost it."""
    version = inbox_version()
    if version is None:
        version = _fresh()
        cache.add(INBOX_KEY, version, TIMEOUT)
        version = inbox_version() or version
    return version
