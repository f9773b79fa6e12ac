"""Registering through allauth's signup as a shopper does (SPEC §6): the form, then the code
mailed to confirm the address (verification is mandatory, by code), typed in the same session."""

import re

from django.core import mail
from django.urls import reverse

PASSWORD = "Rotala-Wallichii-9"
# allauth's code: groups of capitals and digits (ABCD-EFGH), on a line of their own.
CODE = re.compile(r"^\s*([A-Z0-9]{4,}(?:-[A-Z0-9]{4,})*)\s*$", re.MULTILINE)


def signup(client, email, password=PASSWORD, *, next_url: str | None = None):
    """POST the signup form; ``next_url`` as the checkout's "register" link passes it."""
    url = reverse("account_signup")
    data = {"email": email, "password1": password, "password2": password}
    if next_url:
        url += f"?next={next_url}"
        data["next"] = next_url
    return client.post(url, data)


def mailed_code(email: str) -> str:
    """The verification code in the last mail to ``email`` (AssertionError if none)."""
    messages = [message for message in mail.outbox if message.to == [email]]
    assert messages, f"no mail to {email}"
    found = CODE.search(messages[-1].body)
    assert found, messages[-1].body
    return found.group(1)


def confirm(client, email: str):
    """Type the mailed code into the code page, in ``client``'s session."""
    return client.post(reverse("account_email_verification_sent"), {"code": mailed_code(email)})
