"""Issue 12.3: one visitor cannot empty the shop. Caps on lines and pieces per cart, a rate
limit on cart writes per session and per address, a shorter anonymous hold, expired carts'
pieces reclaimed by the next shopper's add with no job run, and a merge that keeps the
per-line cap."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from catalog.tests.factories import make_product
from commerce.cart import services
from commerce.cart.errors import CartLimitReached, OutOfStock
from commerce.cart.models import Cart, CartLine
from commerce.testing import cart_snapshot, stock_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def cart(db):
    return Cart.objects.create()


def expire(cart: Cart) -> None:
    """Make ``cart`` idle for longer than any time-to-live."""
    Cart.objects.filter(pk=cart.pk).update(touched_at=timezone.now() - datetime.timedelta(days=3))


class TestCaps:
    def test_distinct_lines_are_capped(self, settings, cart, plants, kyiv):
        settings.SHOP_CART_MAX_LINES = 3
        products = [make_product(plants, sku=f"CAP-{n}", stock={kyiv: 5}) for n in range(4)]
        for product in products[:3]:
            services.cart_add(cart=cart, product_id=product.pk)
        before = cart_snapshot()
        with pytest.raises(CartLimitReached, match="at most 3 different products"):
            services.cart_add(cart=cart, product_id=products[3].pk)
        assert cart_snapshot() == before
        services.cart_add(cart=cart, product_id=products[0].pk)  # a line may still grow
        assert CartLine.objects.get(cart=cart, product=products[0]).quantity == 2

    def test_pieces_in_all_are_capped_on_add_and_on_a_quantity_change(
        self, settings, cart, plants, kyiv, lviv
    ):
        settings.SHOP_CART_MAX_PIECES = 10
        first = make_product(plants, sku="CAP-A", stock={kyiv: 20})
        second = make_product(plants, sku="CAP-B", stock={kyiv: 20, lviv: 20})
        line = services.cart_add(cart=cart, product_id=first.pk, quantity=6).line
        before = cart_snapshot()
        with pytest.raises(CartLimitReached, match="at most 10 pieces in all and yours has 6"):
            services.cart_add(cart=cart, product_id=second.pk, quantity=5)
        with pytest.raises(CartLimitReached):
            services.cart_add(cart=cart, product_id=second.pk, quantity=5, store_id=lviv.pk)
        with pytest.raises(CartLimitReached):
            services.cart_line_set_quantity(cart=cart, line_id=line.pk, quantity=11)
        assert cart_snapshot() == before
        services.cart_add(cart=cart, product_id=second.pk, quantity=4)  # exactly 10 is fine
        assert stock_of(first, kyiv) == 14
        services.cart_line_set_quantity(cart=cart, line_id=line.pk, quantity=2)  # going down

    def test_the_shopper_is_told_why_over_http(self, settings, client, plants, kyiv):
        settings.SHOP_CART_MAX_PIECES = 4
        product = make_product(plants, sku="CAP-H", stock={kyiv: 20})
        client.post(reverse("cart_add"), {"product": product.pk, "quantity": 4})
        refused = client.post(reverse("cart_add"), {"product": product.pk, "quantity": 1})
        assert refused.status_code == 409
        assert "at most 4 pieces in all" in refused.text
        assert stock_of(product, kyiv) == 16

    def test_defaults_are_set(self, settings):
        assert settings.SHOP_CART_MAX_LINES == 30 and settings.SHOP_CART_MAX_PIECES == 200
        assert settings.SHOP_CART_TTL_ANONYMOUS == datetime.timedelta(minutes=30)
        assert settings.SHOP_CART_TTL_CUSTOMER == datetime.timedelta(days=1)


class TestRateLimit:
    def post(self, client, product, address="10.0.0.1"):
        return client.post(reverse("cart_add"), {"product": product.pk}, REMOTE_ADDR=address)

    def test_one_session_is_limited(self, settings, client, plants, kyiv):
        settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "cart_write": "3/m/key"}
        product = make_product(plants, sku="RL-1", stock={kyiv: 50})
        assert [self.post(client, product).status_code for _ in range(3)] == [302] * 3
        before = cart_snapshot()
        refused = self.post(client, product)
        assert refused.status_code == 429 and "Too many cart changes" in refused.text
        line = CartLine.objects.get()
        quantity = client.post(reverse("cart_line_quantity", args=[line.pk]), {"quantity": 1})
        assert quantity.status_code == 429  # every cart write counts, not only adds
        assert cart_snapshot() == before
        assert self.post(client.__class__(), product).status_code == 302  # another session

    def test_one_address_is_limited_whatever_its_sessions(self, settings, plants, kyiv):
        settings.ACCOUNT_RATE_LIMITS = {
            **settings.ACCOUNT_RATE_LIMITS,
            "cart_write": "100/m/key,4/m/ip",
        }
        product = make_product(plants, sku="RL-2", stock={kyiv: 50})
        # A script without cookies is a new session every time.
        answers = [self.post(Client(), product).status_code for _ in range(6)]
        assert answers == [302, 302, 302, 302, 429, 429]
        assert stock_of(product, kyiv) == 46
        assert self.post(Client(), product, address="10.0.0.2").status_code == 302

    def test_the_htmx_answer_is_the_notice_with_429(self, settings, client, plants, kyiv):
        settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "cart_write": "1/m/key"}
        product = make_product(plants, sku="RL-3", stock={kyiv: 50})
        self.post(client, product)
        refused = client.post(reverse("cart_add"), {"product": product.pk}, HTTP_HX_REQUEST="true")
        assert refused.status_code == 429 and "Too many cart changes" in refused.text
        assert "<html" not in refused.text


class TestReclaimOnContention:
    def test_an_expired_carts_pieces_go_to_the_next_shopper_with_no_job_run(self, plants, kyiv):
        product = make_product(plants, sku="RC-1", title="Ludwigia", stock={kyiv: 5})
        idle = Cart.objects.create()
        services.cart_add(cart=idle, product_id=product.pk, quantity=5)
        newcomer = Cart.objects.create()
        with pytest.raises(OutOfStock):  # the idle cart still holds them
            services.cart_add(cart=newcomer, product_id=product.pk, quantity=3)
        expire(idle)
        services.cart_add(cart=newcomer, product_id=product.pk, quantity=3, store_id=kyiv.pk)
        assert stock_of(product, kyiv) == 2
        idle.refresh_from_db()
        assert idle.is_reserved is False
        assert CartLine.objects.get(cart=idle).quantity == 5  # the wish is kept
        notices = services.cart_wake(cart=idle)  # the idle shopper returns: 2 are left
        assert notices == ["Only 2 of 5 × Ludwigia could be kept in Kyiv warehouse."]
        assert stock_of(product, kyiv) == 0

    def test_the_best_store_path_and_a_quantity_increase_reclaim_too(self, plants, kyiv):
        product = make_product(plants, sku="RC-2", stock={kyiv: 4})
        idle = Cart.objects.create()
        services.cart_add(cart=idle, product_id=product.pk, quantity=3)
        newcomer = Cart.objects.create()
        line = services.cart_add(cart=newcomer, product_id=product.pk, quantity=1).line
        expire(idle)
        services.cart_line_set_quantity(cart=newcomer, line_id=line.pk, quantity=4)
        assert stock_of(product, kyiv) == 0 and not Cart.objects.get(pk=idle.pk).is_reserved

        other = make_product(plants, sku="RC-3", stock={kyiv: 2})
        holder = Cart.objects.create()
        services.cart_add(cart=holder, product_id=other.pk, quantity=2)
        expire(holder)
        services.cart_add(cart=Cart.objects.create(), product_id=other.pk)  # store at 0
        assert stock_of(other, kyiv) == 1

    def test_a_cart_in_use_is_never_reclaimed(self, plants, kyiv):
        product = make_product(plants, sku="RC-4", stock={kyiv: 2})
        active = Cart.objects.create()
        services.cart_add(cart=active, product_id=product.pk, quantity=2)
        before = cart_snapshot()
        with pytest.raises(OutOfStock):
            services.cart_add(cart=Cart.objects.create(), product_id=product.pk)
        assert Cart.objects.get(pk=active.pk).is_reserved
        assert cart_snapshot()[0] == before[0]  # stock untouched


class TestMergeKeepsTheLineCap:
    def test_99_and_99_become_99_and_the_rest_goes_back(self, settings, plants, kyiv):
        settings.SHOP_CART_MAX_PIECES = 500
        product = make_product(plants, sku="MG-1", title="Java fern", stock={kyiv: 250})
        user = get_user_model().objects.create_user(email="m@shop.test", password="x-Pw-1234")
        mine = Cart.objects.create(user=user)
        anonymous = Cart.objects.create()
        services.cart_add(cart=mine, product_id=product.pk, quantity=99)
        services.cart_add(cart=anonymous, product_id=product.pk, quantity=99)
        assert stock_of(product, kyiv) == 52
        change = services.cart_merge(source=anonymous, target=mine)
        assert CartLine.objects.get(cart=mine).quantity == 99
        assert stock_of(product, kyiv) == 151
        assert change.notices == ["Java fern: 99 pieces kept, at most that many per line."]
        line = CartLine.objects.get(cart=mine)
        services.cart_line_set_quantity(cart=mine, line_id=line.pk, quantity=98)  # editable
