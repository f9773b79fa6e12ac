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


# --- Reviews (issue 16.5) -----------------------------------------------------------------


@pytest.fixture
def reviewed_product(catalog, store):
    """A product on sale (65.00, 500 pieces in Kyiv) at /catalog/plants/rotala/."""
    from catalog.tests.factories import CategoryPageFactory, make_product

    plants = CategoryPageFactory(parent=catalog, title="Plants", slug="plants")
    return make_product(
        plants, sku="PL-1", title="Rotala", slug="rotala", price="65.00", stock={store: 500}
    )


@pytest.fixture
def make_buyer(db):
    """A factory of registered customers (a login and a customer card), by first name."""
    from django.contrib.auth import get_user_model

    from commerce.customers.models import Customer

    def make(first_name: str = "Olena", last_name: str = "Petrenko", email: str | None = None):
        email = email or f"{first_name.lower()}@example.com"
        user = get_user_model().objects.create_user(email=email, password="pw-Secret-123")
        Customer.objects.create(
            user=user,
            email=email,
            first_name=first_name,
            last_name=last_name,
            phone="+380671234567",
        )
        return user

    return make


@pytest.fixture
def make_order(store):
    """A factory of orders of ``user``'s customer card for one piece of ``product``, moved
    to ``status`` (default: completed) the way the status machine leaves it."""
    from commerce.orders.models import FulfilmentStatus, Order
    from commerce.testing import place_test_order

    count = iter(range(1, 10_000))

    def make(user, product, status=FulfilmentStatus.COMPLETED):
        order = place_test_order(
            product=product,
            store=store,
            quantity=1,
            customer=user.customer,
            token=f"review-{next(count)}",
        )
        Order.objects.filter(pk=order.pk).update(fulfilment_status=status)
        return order

    return make


@pytest.fixture
def buyer(make_buyer, make_order, reviewed_product):
    """Olena, who bought the product in a completed order."""
    user = make_buyer()
    make_order(user, reviewed_product)
    return user


@pytest.fixture
def content_manager(role_user):
    return role_user("Content manager")


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
