"""What a refused admin request looks like: Wagtail answers a forbidden admin page with a
redirect (to its login, or to the dashboard with a message), a 403, or a 404 for an object the
user may not see; a view that takes no POST answers 405."""

REFUSED_CODES = {302, 403, 404, 405}


def is_refused(response, url: str) -> bool:
    if response.status_code == 302:
        return response.url.split("?")[0] != url.split("?")[0]
    return response.status_code in REFUSED_CODES


def assert_refused(response, url: str = "") -> None:
    assert is_refused(response, url), (url, response.status_code, getattr(response, "url", ""))
