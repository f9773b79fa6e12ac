"""Reads of inquiries (issue 14.6)."""

from support.models import Inquiry, InquiryStatus


def new_inquiry_count() -> int:
    """How many inquiries nobody has answered or closed yet (the admin menu's count)."""
    return Inquiry.objects.filter(status=InquiryStatus.NEW).count()
