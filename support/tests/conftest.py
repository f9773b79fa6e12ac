"""Fixtures of the inquiry tests: a published feedback page, a sales operator, inquiries."""

import pytest

from support.models import Inquiry


@pytest.fixture
def feedback(home):
    """The "reviews and suggestions" page under the home page, published, at /feedback/."""
    from home.models import FeedbackPage

    page = home.add_child(
        instance=FeedbackPage(
            title="Відгуки та пропозиції",
            slug="feedback",
            intro="<p>Tell us what you think of <b>the shop</b>.</p>",
        )
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def operator(role_user):
    return role_user("Sales operator")


@pytest.fixture
def make_inquiry(db):
    """An inquiry as the site stores it (the admin tests start from here)."""

    def make(**fields):
        values = {
            "name": "Olena",
            "email": "olena@example.com",
            "phone": "+380671234567",
            "message": "Do you ship to Odesa?",
        }
        return Inquiry.objects.create(**{**values, **fields})

    return make
