"""Product pages are not deleted while the shop holds their goods (review of issue 7: a
content manager may delete pages, and a product's stock and price would go with it)."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from catalog.models import Price, StockRecord
from commerce.cart import services
from commerce.cart.models import Cart
from commerce.checkout.services import CheckoutData, place_order
from commerce.customers.models import Customer
from commerce.testing import stock_of


@pytest.fixture
def editor(client, role_user):
    client.force_login(role_user("Content manager"))
    return client


def delete_url(page) -> str:
    return reverse("wagtailadmin_pages:delete", args=[page.pk])


@pytest.mark.django_db
class TestProductDeletion:
    def test_a_product_with_stock_is_not_deleted(self, editor, rotala, kyiv):
        response = editor.post(delete_url(rotala), follow=True)
        assert "Not deleted: Rotala still has 8 pieces in stock." in response.content.decode()
        assert Page.objects.filter(pk=rotala.pk).exists()
        assert stock_of(rotala, kyiv) == 5 and Price.objects.filter(product=rotala).exists()

    def test_nor_a_category_holding_one(self, editor, plants, rotala):
        response = editor.post(delete_url(plants), follow=True)
        assert "Rotala still has" in response.content.decode()
        assert Page.objects.filter(pk__in=[plants.pk, rotala.pk]).count() == 2

    def test_nor_one_reserved_in_a_cart_or_in_an_open_order(self, editor, rotala, kyiv, lviv):
        StockRecord.objects.filter(product=rotala).update(quantity=0)
        StockRecord.objects.filter(product=rotala, store=kyiv).update(quantity=2)
        cart = Cart.objects.create()
        services.cart_add(cart=cart, product_id=rotala.pk, quantity=2, store_id=kyiv.pk)
        body = editor.post(delete_url(rotala), follow=True).content.decode()
        assert "2 pieces reserved in carts" in body and "in stock" not in body
        from commerce.delivery.models import DeliveryMethod

        method = DeliveryMethod.objects.create(name="P", code="p", kind="pickup", store=kyiv)
        place_order(
            cart=cart,
            customer=Customer.objects.create(phone="+380671234567", is_temporary=True),
            data=CheckoutData(delivery_method=method, city="", address="", payment_method="card"),
            checkout_token="t",
        )
        body = editor.post(delete_url(rotala), follow=True).content.decode()
        assert "Rotala still has open orders." in body
        assert Page.objects.filter(pk=rotala.pk).exists()

    def test_bulk_delete_is_guarded_too(self, editor, rotala, moss):
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        response = editor.post(f"{url}?id={rotala.pk}&id={moss.pk}", follow=True)
        body = response.content.decode()
        assert "Rotala still has" in body and "Java moss still has" in body
        assert Page.objects.filter(pk__in=[rotala.pk, moss.pk]).count() == 2

    def test_a_product_with_nothing_left_is_deleted(self, editor, rotala):
        StockRecord.objects.filter(product=rotala).update(quantity=0)
        response = editor.post(delete_url(rotala))
        assert response.status_code == 302
        assert not Page.objects.filter(pk=rotala.pk).exists()
