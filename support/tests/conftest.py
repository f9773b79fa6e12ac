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


# --- the chat (issue 16) -------------------------------------------------------------------


@pytest.fixture
def chat_product(catalog):
    """A product on sale at 250.00 UAH in one store: what a "question to the consultant"
    is about."""
    from catalog.tests.factories import CategoryPageFactory, StoreFactory, make_product

    plants = CategoryPageFactory(parent=catalog, title="Aquarium plants", slug="plants")
    store = StoreFactory(code="kyiv", name="Kyiv warehouse")
    return make_product(
        plants, sku="PL-0042", title="Rotala rotundifolia", price="250.00", stock={store: 5}
    )


@pytest.fixture
def chat_operator(role_user):
    """A sales operator called Oksana (the shopper sees her first name on her answers)."""
    user = role_user("Sales operator", email="oksana@example.com")
    user.first_name = "Oksana"
    user.save(update_fields=["first_name"])
    return user


@pytest.fixture
def shopper(db):
    """A registered customer, not logged in (password: CHAT_PASSWORD)."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(email="marta@example.com", password=CHAT_PASSWORD)


CHAT_PASSWORD = "Vallisneria-2026"
