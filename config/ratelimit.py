"""The key a visitor's writes are counted under by django-allauth's limiter (cart writes,
feedback messages): the account when logged in, else the session — a first-time visitor gets a
session, so a bucket of their own rather than one shared by every cookieless client."""


def visitor_key(request) -> str:
    """``"user:<id>"`` or ``"session:<key>"`` (creating the session if there is none)."""
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    if not request.session.session_key:
        request.session.save()
    return f"session:{request.session.session_key}"
