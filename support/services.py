"""Writes of inquiries (issue 14.6, SPEC §2 "reviews and suggestions", §8 sales operators).

A visitor's message is stored as an ``Inquiry`` and the sales operators are mailed after the
commit; operators answer it (by e-mail to the visitor, or by phone with a note) and close it.
Every answer and closing is journaled in Wagtail's audit log (the inquiry's history). The
checks that matter — input, role, status — are made here, whatever the form or the admin
screen showed. Errors are ``InquiryError`` subclasses whose message is safe to show.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from commerce.phones import InvalidPhone, phone_normalize
from config.errors import ShopError
from support.models import MESSAGE_MAX_LENGTH, NAME_MAX_LENGTH, Inquiry, InquiryStatus
from support.notifications import notify_inquiry_answered, notify_new_inquiry

CHANGE_INQUIRY = "support.change_inquiry"
# Journal actions (registered in support.wagtail_hooks, worded in support.journal).
INQUIRY_ANSWERED = "support.inquiry.answered"
INQUIRY_CLOSED = "support.inquiry.closed"

# Order numbers are "GW" and the order's id in at least six digits (commerce.orders.snapshots).
ORDER_NUMBER = re.compile(r"GW\d{6,12}")


class InquiryError(ShopError):
    """Nothing was stored or changed; ``message`` says why."""

    status = 400


class InvalidInquiry(InquiryError):
    """The visitor's (or operator's) input is not acceptable."""


class InquiryRefused(InquiryError):
    """The inquiry's status does not allow this any more (a stale page)."""

    status = 409


class InquiryForbidden(InquiryRefused):
    """The user's role may not handle inquiries."""

    status = 403


def name_normalize(raw: str) -> str:
    """A sender's name on one line: ``"  Olena \\n Petrenko "`` → ``"Olena Petrenko"`` (it
    goes into e-mail subjects, which allow no line breaks). Raises InvalidInquiry when empty
    or longer than NAME_MAX_LENGTH characters."""
    name = " ".join((raw or "").split())
    if not name:
        raise InvalidInquiry(_("Enter your name."))
    if len(name) > NAME_MAX_LENGTH:
        raise InvalidInquiry(
            _("The name is too long (at most %(limit)s characters).") % {"limit": NAME_MAX_LENGTH}
        )
    return name


def text_normalize(raw: str, *, empty_message: str) -> str:
    """A message or answer: Windows line ends made ``\\n``, outer blanks stripped. Raises
    InvalidInquiry with ``empty_message`` when nothing is left, or when longer than
    MESSAGE_MAX_LENGTH characters."""
    text = (raw or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise InvalidInquiry(empty_message)
    if len(text) > MESSAGE_MAX_LENGTH:
        raise InvalidInquiry(
            _("The text is too long (at most %(limit)s characters).")
            % {"limit": MESSAGE_MAX_LENGTH}
        )
    return text


def order_number_normalize(raw: str) -> str:
    """``"gw 000042"``, ``"№GW000042"`` → ``"GW000042"``; ``""`` for nothing. Only the form is
    checked, never whether such an order exists (the answer would tell strangers which order
    numbers are real). Raises InvalidInquiry for anything else."""
    text = re.sub(r"[\s#№-]", "", raw or "").upper()
    if not text:
        return ""
    if not ORDER_NUMBER.fullmatch(text):
        raise InvalidInquiry(_("An order number looks like GW000042."))
    return text


def email_normalize(raw: str) -> str:
    """The address without outer blanks, ``""`` for none. Raises InvalidInquiry when it is
    not an e-mail address."""
    email = (raw or "").strip()
    if not email:
        return ""
    try:
        validate_email(email)
    except ValidationError:
        raise InvalidInquiry(_("Enter a valid e-mail address.")) from None
    return email


def submit_inquiry(
    *, name: str, email: str, phone: str, message: str, order_number: str, base_url: str = ""
) -> Inquiry:
    """Store a visitor's message as a new inquiry and, once committed, mail the sales
    operators a link to it in the admin (links start with ``base_url``, the request's
    address; WAGTAILADMIN_BASE_URL when empty). ``phone`` is any form ``commerce.phones``
    reads (stored as E.164); at least one of ``email`` and ``phone`` is required.
    Raises InvalidInquiry (nothing stored). Issue 14.6, SPEC §2."""
    fields = {
        "name": name_normalize(name),
        "email": email_normalize(email),
        "phone": "",
        "message": text_normalize(message, empty_message=_("Write your message.")),
        "order_number": order_number_normalize(order_number),
    }
    if (phone or "").strip():
        try:
            fields["phone"] = phone_normalize(phone)
        except InvalidPhone as exc:
            raise InvalidInquiry(exc.message) from None
    if not fields["email"] and not fields["phone"]:
        raise InvalidInquiry(_("Give an e-mail or a phone number so that we can answer you."))
    with transaction.atomic():
        inquiry = Inquiry.objects.create(**fields)
        notify_new_inquiry(inquiry, base_url)
    return inquiry


def _require_handler(actor) -> None:
    if actor is None or not actor.is_active or not actor.has_perm(CHANGE_INQUIRY):
        raise InquiryForbidden(_("Your role may not handle inquiries."))


def answer_inquiry(
    *, inquiry: Inquiry, actor, text: str, base_url: str = "", by_phone: bool = False
) -> Inquiry:
    """Answer an inquiry that is not closed: ``text`` is e-mailed to the visitor after the
    commit — or, with ``by_phone`` or when the inquiry has no e-mail, kept as the note of a
    phone call and mailed to nobody. The status becomes *answered*, with who and when, and
    the answer (text and channel) is journaled. Answering again is allowed (a follow-up).
    Needs ``support.change_inquiry``. Raises InquiryForbidden, InvalidInquiry (empty or
    over MESSAGE_MAX_LENGTH) or InquiryRefused (closed). Returns the updated inquiry."""
    _require_handler(actor)
    text = text_normalize(
        text, empty_message=_("Write the answer (for a phone call: what was said).")
    )
    with transaction.atomic():
        locked = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
        if locked.status == InquiryStatus.CLOSED:
            raise InquiryRefused(
                _("Inquiry %(number)s is closed; it is not answered any more.")
                % {"number": locked.pk}
            )
        by_phone = by_phone or not locked.email
        old_status = locked.status
        locked.status = InquiryStatus.ANSWERED
        locked.answer = text
        locked.answered_at = timezone.now()
        locked.answered_by = actor
        locked.answered_by_phone = by_phone
        locked.save(
            update_fields=["status", "answer", "answered_at", "answered_by", "answered_by_phone"]
        )
        log(
            instance=locked,
            action=INQUIRY_ANSWERED,
            user=actor,
            data={
                "number": locked.pk,
                "old": old_status,
                "channel": "phone" if by_phone else "email",
                "email": "" if by_phone else locked.email,
                "answer": text,
            },
        )
        if not by_phone:
            notify_inquiry_answered(locked, text, base_url)
    return locked


def close_inquiry(*, inquiry: Inquiry, actor) -> Inquiry:
    """Close an inquiry (new or answered): nothing more is to be done with it. Journaled
    with the status it had. Needs ``support.change_inquiry``. Raises InquiryForbidden or
    InquiryRefused (already closed). Returns the updated inquiry."""
    _require_handler(actor)
    with transaction.atomic():
        locked = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
        if locked.status == InquiryStatus.CLOSED:
            raise InquiryRefused(_("Inquiry %(number)s is already closed.") % {"number": locked.pk})
        old_status = locked.status
        locked.status = InquiryStatus.CLOSED
        locked.closed_at = timezone.now()
        locked.save(update_fields=["status", "closed_at"])
        log(
            instance=locked,
            action=INQUIRY_CLOSED,
            user=actor,
            data={"number": locked.pk, "old": old_status, "new": InquiryStatus.CLOSED},
        )
    return locked
