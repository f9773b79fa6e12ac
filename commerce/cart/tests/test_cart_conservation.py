"""Issue 4.10: whatever shoppers do, no piece is created or lost (hypothesis state machine).

Over random sequences of add, quantity change, remove, store switch, login merge, expiry and
the next visit, for every product: pieces in stores + pieces in reserved carts stay constant,
no stock record or line is ever negative, and every refused operation leaves every stock
record, cart line and reservation exactly as it was.
"""

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from catalog.models import StockRecord
from catalog.tests.factories import CategoryPageFactory, StoreFactory, make_product
from commerce.cart import services
from commerce.cart.errors import CartError
from commerce.cart.models import Cart, CartLine
from commerce.testing import cart_snapshot

INITIAL = {("A", "s1"): 6, ("A", "s2"): 3, ("A", "s3"): 2, ("B", "s1"): 4, ("B", "s2"): 5}


@pytest.mark.django_db
def test_stock_is_conserved(catalog, django_user_model):
    category = CategoryPageFactory(parent=catalog, title="Conservation")
    stores = {code: StoreFactory(code=code) for code in ("s1", "s2", "s3")}
    products = {sku: make_product(category, sku=sku, stock=None) for sku in ("A", "B")}
    user = django_user_model.objects.create_user(email="c@example.com", password="x")
    outcomes = {"refused": 0}

    class CartMachine(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            CartLine.objects.all().delete()
            Cart.objects.all().delete()
            StockRecord.objects.all().delete()
            for (sku, code), quantity in INITIAL.items():
                StockRecord.objects.create(
                    product=products[sku], store=stores[code], quantity=quantity
                )
            self.carts = [
                Cart.objects.create(),
                Cart.objects.create(),
                Cart.objects.create(user=user),
            ]

        def _cart(self, index: int) -> Cart:
            return self.carts[index % len(self.carts)]

        def _line_id(self, cart: Cart, pick: int):
            ids = list(
                CartLine.objects.filter(cart=cart).order_by("pk").values_list("pk", flat=True)
            )
            return ids[pick % len(ids)] if ids else 999_999

        def _try(self, operation, **kwargs):
            before = cart_snapshot()
            try:
                operation(**kwargs)
            except CartError as refusal:
                # A refusal changes nothing at all: not one stock record, not one line, not
                # a cart's reservation (totals alone would miss pieces moved between stores
                # or a wake that took stock back before the refusal).
                outcomes["refused"] += 1
                assert cart_snapshot() == before, (operation.__name__, refusal.message)

        @rule(
            cart=st.integers(0, 2),
            sku=st.sampled_from("AB"),
            store=st.sampled_from([None, "s1", "s2", "s3"]),
            quantity=st.integers(1, 4),
        )
        def add(self, cart, sku, store, quantity):
            self._try(
                services.cart_add,
                cart=self._cart(cart),
                product_id=products[sku].pk,
                quantity=quantity,
                store_id=stores[store].pk if store else None,
            )

        @rule(cart=st.integers(0, 2), pick=st.integers(0, 5), quantity=st.integers(1, 8))
        def change_quantity(self, cart, pick, quantity):
            cart = self._cart(cart)
            self._try(
                services.cart_line_set_quantity,
                cart=cart,
                line_id=self._line_id(cart, pick),
                quantity=quantity,
            )

        @rule(cart=st.integers(0, 2), pick=st.integers(0, 5))
        def remove(self, cart, pick):
            cart = self._cart(cart)
            self._try(services.cart_line_remove, cart=cart, line_id=self._line_id(cart, pick))

        @rule(
            cart=st.integers(0, 2),
            pick=st.integers(0, 5),
            store=st.sampled_from(["s1", "s2", "s3"]),
        )
        def switch_store(self, cart, pick, store):
            cart = self._cart(cart)
            self._try(
                services.cart_line_switch_store,
                cart=cart,
                line_id=self._line_id(cart, pick),
                store_id=stores[store].pk,
            )

        @rule(source=st.integers(0, 1))
        def login_merge(self, source):
            anonymous = self.carts[source]
            services.cart_merge(source=anonymous, target=self.carts[2])
            self.carts[source] = Cart.objects.create()  # the shopper's next anonymous cart

        @rule(cart=st.integers(0, 2))
        def expire(self, cart):
            services.cart_release(cart=self._cart(cart))

        @rule(cart=st.integers(0, 2))
        def next_visit(self, cart):
            services.cart_wake(cart=self._cart(cart))

        @invariant()
        def pieces_are_conserved(self):
            for sku, product in products.items():
                in_stores = sum(
                    StockRecord.objects.filter(product=product).values_list("quantity", flat=True)
                )
                held = sum(
                    CartLine.objects.filter(product=product, cart__is_reserved=True).values_list(
                        "quantity", flat=True
                    )
                )
                initial = sum(q for (s, _), q in INITIAL.items() if s == sku)
                assert in_stores + held == initial, (sku, in_stores, held)

        @invariant()
        def nothing_is_negative(self):
            assert not StockRecord.objects.filter(quantity__lt=0).exists()
            assert not CartLine.objects.filter(quantity__lte=0).exists()

    run_state_machine_as_test(
        CartMachine,
        settings=settings(
            max_examples=40,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
    assert outcomes["refused"]  # the refusal path was walked
