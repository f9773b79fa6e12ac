"""Inquiry services (issue 14.6): what is stored, who is mailed and when, the journal, and the
refusals that change nothing."""

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from wagtail.models import ModelLogEntry

from support.models import Inquiry, InquiryStatus
from support.services import (
    INQUIRY_ANSWERED,
    INQUIRY_CLOSED,
    InquiryForbidden,
    InquiryRefused,
    InvalidInquiry,
    answer_inquiry,
    close_inquiry,
    submit_inquiry,
)

S = InquiryStatus
BASE = "http://shop.example:8100"


def submit(**changes) -> Inquiry:
    fields = {
        "name": "Olena",
        "email": "",
        "phone": "+380 67 123 45 67",
        "message": "Hello",
        "order_number": "",
        "base_url": BASE,
    }
    return submit_inquiry(**{**fields, **changes})


def entries(inquiry) -> list[ModelLogEntry]:
    return list(ModelLogEntry.objects.for_instance(inquiry).order_by("pk"))


def state(inquiry) -> tuple:
    inquiry.refresh_from_db()
    return (inquiry.status, inquiry.answer, inquiry.answered_at, inquiry.closed_at)


@pytest.mark.django_db
class TestSubmit:
    def test_values_are_normalised(self):
        inquiry = submit(name=" Olena\n\tPetrenko ", order_number="№ GW000042", email=" a@b.ua ")
        assert (inquiry.name, inquiry.phone, inquiry.order_number, inquiry.email) == (
            "Olena Petrenko",
            "+380671234567",
            "GW000042",
            "a@b.ua",
        )

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            ({"phone": ""}, "Give an e-mail or a phone number"),
            ({"phone": "067"}, "is not a valid phone number"),
            ({"email": "nobody", "phone": ""}, "Enter a valid e-mail address."),
            ({"message": " \n "}, "Write your message."),
            ({"message": "я" * 5001}, "at most 5000 characters"),
            ({"name": "x" * 101}, "at most 100 characters"),
            ({"order_number": "GW42"}, "GW000042"),
        ],
    )
    def test_bad_input_stores_nothing(self, changes, message, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks() as callbacks:
            with pytest.raises(InvalidInquiry, match=message):
                submit(**changes)
        assert Inquiry.objects.count() == 0 and callbacks == []

    def test_the_database_refuses_an_inquiry_nobody_could_answer(self):
        with pytest.raises(IntegrityError), transaction.atomic():
            Inquiry.objects.create(name="Ghost", message="Boo")

    def test_no_operator_no_mail(self, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            submit()
        assert mail.outbox == []

    def test_the_shared_mailbox_hears_of_it_too(
        self, settings, role_user, django_capture_on_commit_callbacks
    ):
        settings.SHOP_SALES_EMAILS = ["sales@example.com"]
        role_user("Sales operator", email="op@example.com")
        with django_capture_on_commit_callbacks(execute=True):
            inquiry = submit()
        (message,) = mail.outbox
        assert sorted(message.to) == ["op@example.com", "sales@example.com"]
        assert f"{BASE}/admin/support/inquiries/inspect/{inquiry.pk}/" in message.body


@pytest.mark.django_db
class TestAnswer:
    def test_an_answer_is_mailed_to_the_visitor_and_journaled(
        self, operator, make_inquiry, django_capture_on_commit_callbacks
    ):
        inquiry = make_inquiry(message="Do you ship\nto Odesa?")
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            answer_inquiry(
                inquiry=inquiry, actor=operator, text="  Yes, <b>Nova Poshta</b>.  ", base_url=BASE
            )
        assert len(callbacks) == 1
        inquiry.refresh_from_db()
        assert inquiry.status == S.ANSWERED and inquiry.answered_by == operator
        assert inquiry.answer == "Yes, <b>Nova Poshta</b>." and not inquiry.answered_by_phone
        assert inquiry.answered_at is not None
        (message,) = mail.outbox
        assert message.to == ["olena@example.com"] and message.alternatives == []
        assert "Yes, <b>Nova Poshta</b>." in message.body
        assert "> Do you ship\n> to Odesa?" in message.body
        assert message.body.startswith("Hello, Olena!")
        (entry,) = entries(inquiry)
        assert entry.action == INQUIRY_ANSWERED and entry.user_id == operator.pk
        assert entry.data["answer"] == "Yes, <b>Nova Poshta</b>."
        assert entry.data["channel"] == "email" and entry.data["email"] == "olena@example.com"

    def test_without_an_e_mail_the_answer_is_a_note_of_a_phone_call(
        self, operator, make_inquiry, django_capture_on_commit_callbacks
    ):
        inquiry = make_inquiry(email="")
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            answer_inquiry(inquiry=inquiry, actor=operator, text="Called: ships Friday.")
        assert callbacks == [] and mail.outbox == []
        inquiry.refresh_from_db()
        assert inquiry.status == S.ANSWERED and inquiry.answered_by_phone
        assert entries(inquiry)[0].data["channel"] == "phone"

    def test_an_operator_may_answer_by_phone_although_there_is_an_e_mail(
        self, operator, make_inquiry, django_capture_on_commit_callbacks
    ):
        inquiry = make_inquiry()
        with django_capture_on_commit_callbacks(execute=True):
            answer_inquiry(inquiry=inquiry, actor=operator, text="Called her.", by_phone=True)
        assert mail.outbox == [] and Inquiry.objects.get().answered_by_phone

    def test_two_quick_answers_each_go_out_as_written(
        self, operator, make_inquiry, django_capture_on_commit_callbacks
    ):
        inquiry = make_inquiry()
        with django_capture_on_commit_callbacks() as callbacks:
            answer_inquiry(inquiry=inquiry, actor=operator, text="First")
            answer_inquiry(inquiry=inquiry, actor=operator, text="Second")
        for callback in callbacks:
            callback()
        assert ["First" in m.body for m in mail.outbox] == [True, False]
        assert ["Second" in m.body for m in mail.outbox] == [False, True]
        assert [e.data["answer"] for e in entries(inquiry)] == ["First", "Second"]

    def test_a_rolled_back_answer_sends_nothing(
        self, operator, make_inquiry, django_capture_on_commit_callbacks
    ):
        inquiry = make_inquiry()
        with django_capture_on_commit_callbacks(execute=True):
            with pytest.raises(RuntimeError), transaction.atomic():
                answer_inquiry(inquiry=inquiry, actor=operator, text="Never sent")
                raise RuntimeError
        assert mail.outbox == [] and state(inquiry)[0] == S.NEW and entries(inquiry) == []

    def test_refusals_change_nothing(
        self, operator, role_user, make_inquiry, django_capture_on_commit_callbacks
    ):
        inquiry = make_inquiry()
        before = state(inquiry)
        with django_capture_on_commit_callbacks(execute=True):
            with pytest.raises(InvalidInquiry, match="Write the answer"):
                answer_inquiry(inquiry=inquiry, actor=operator, text=" ")
            for role in ("Manager", "Content manager", "Warehouse worker", "Accountant"):
                with pytest.raises(InquiryForbidden):
                    answer_inquiry(inquiry=inquiry, actor=role_user(role), text="Hi")
                with pytest.raises(InquiryForbidden):
                    close_inquiry(inquiry=inquiry, actor=role_user(role, email=f"2{role}@x.ua"))
            with pytest.raises(InquiryForbidden):
                answer_inquiry(inquiry=inquiry, actor=None, text="Hi")
        assert state(inquiry) == before and entries(inquiry) == [] and mail.outbox == []


@pytest.mark.django_db
class TestClose:
    def test_new_or_answered_inquiries_close_once(self, operator, make_inquiry):
        answered = make_inquiry()
        answer_inquiry(inquiry=answered, actor=operator, text="Done", by_phone=True)
        for inquiry in (make_inquiry(), answered):
            close_inquiry(inquiry=inquiry, actor=operator)
            inquiry.refresh_from_db()
            assert inquiry.status == S.CLOSED and inquiry.closed_at is not None
            assert entries(inquiry)[-1].action == INQUIRY_CLOSED
            before = state(inquiry)
            with pytest.raises(InquiryRefused, match="already closed"):
                close_inquiry(inquiry=inquiry, actor=operator)
            with pytest.raises(InquiryRefused, match="is closed"):
                answer_inquiry(inquiry=inquiry, actor=operator, text="Late")
            assert state(inquiry) == before
        assert [e.data["old"] for e in entries(answered)] == [S.NEW, S.ANSWERED]
