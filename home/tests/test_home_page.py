"""Issue 14.4: the home page's blocks — banners, the store's description, a featured article,
the catalog's sections, popular products (pieces sold in the last 30 days, cancelled orders
left out) and new arrivals — each switchable by the content manager; and its query budget."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from catalog.tests.factories import CategoryPageFactory, make_product
from commerce.orders.models import FulfilmentStatus, Order
from commerce.orders.selectors import popular_product_ids
from commerce.pricing.models import Discount, DiscountProduct
from commerce.testing import place_test_order
from home.models import ArticleIndexPage, ArticlePage, Banner

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache(fresh_cache):
    """Each test starts from an empty cache (home/tests/conftest.py)."""


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def plants(catalog):
    return CategoryPageFactory(parent=catalog, title="Plants", slug="plants")


def sell(product, store, pieces, *, days_ago=0, cancelled=False, token):
    order = place_test_order(product=product, store=store, quantity=pieces, token=token)
    if days_ago:
        Order.objects.filter(pk=order.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=days_ago)
        )
    if cancelled:
        Order.objects.filter(pk=order.pk).update(fulfilment_status=FulfilmentStatus.CANCELLED)
    return order


def soup(client, url="/"):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


class TestPopularProducts:
    def test_ranked_by_pieces_sold_in_the_last_30_days_without_cancelled_orders(self, plants, kyiv):
        stock = {kyiv: 100}
        rotala, moss, fern, old = (
            make_product(plants, sku=f"P-{n}", title=title, stock=stock)
            for n, title in enumerate(["Rotala", "Moss", "Fern", "Old"])
        )
        sell(rotala, kyiv, 2, token="a")
        sell(moss, kyiv, 5, token="b")
        sell(fern, kyiv, 9, cancelled=True, token="c")  # cancelled: not a sale
        sell(old, kyiv, 20, days_ago=31, token="d")  # too long ago
        sell(rotala, kyiv, 4, days_ago=29, token="e")  # 2 + 4 = 6 > moss's 5
        assert popular_product_ids(limit=4) == [rotala.pk, moss.pk]

    def test_the_home_page_shows_them_and_only_products_on_sale(self, client, home, plants, kyiv):
        rotala = make_product(plants, sku="P-1", title="Rotala", stock={kyiv: 50})
        gone = make_product(plants, sku="P-2", title="Gone", stock={kyiv: 50})
        sell(rotala, kyiv, 3, token="a")
        sell(gone, kyiv, 7, token="b")
        gone.unpublish()
        popular = soup(client).select("#popular .tile")
        assert [tile["data-sku"] for tile in popular] == ["P-1"]


class TestBlocksAreSwitchable:
    @pytest.fixture
    def filled(self, home, plants, kyiv):
        product = make_product(plants, sku="P-1", title="Rotala", stock={kyiv: 50})
        sell(product, kyiv, 2, token="a")
        journal = publish(home, ArticleIndexPage(title="Journal", slug="journal"))
        publish(journal, ArticlePage(title="Stem plants in spring", slug="spring", lead="Trim."))
        discount = Discount.objects.create(
            name="Rotala −10%", store=kyiv, kind="product", type="percent", value=10, priority=2
        )
        DiscountProduct.objects.create(discount=discount, product=product)
        image = get_image_model().objects.create(title="b", file=get_test_image_file())
        Banner.objects.create(discount=discount, title="Rotala week", image=image)
        home.intro = "<p>We grow plants.</p>"
        home.save_revision().publish()
        return home

    def test_every_block_shows_when_on(self, client, filled):
        page = soup(client)
        assert page.select(".banners .banner-slide")
        assert "We grow plants." in page.text
        assert page.select_one(".featured-article a").text == "Stem plants in spring"
        assert page.select(".section-cards a")
        assert page.select("#popular .tile") and page.select("#new-arrivals .tile")

    @pytest.mark.parametrize(
        ("switch", "selector"),
        [
            ("show_banners", ".banners"),
            ("show_intro", ".hero .intro"),
            ("show_featured_article", ".featured-article"),
            ("show_sections", ".sections"),
            ("show_popular", "#popular"),
            ("show_new_arrivals", "#new-arrivals"),
        ],
    )
    def test_a_block_switched_off_is_gone(self, client, filled, switch, selector):
        assert soup(client).select(selector)
        setattr(filled, switch, False)
        filled.save_revision().publish()
        cache.clear()
        assert soup(client).select(selector) == []

    def test_the_editor_chooses_the_featured_article_else_the_latest(self, client, filled):
        journal = ArticleIndexPage.objects.get()
        older = publish(
            journal,
            ArticlePage(title="Carpets", slug="carpets", date=datetime.date(2026, 1, 5)),
        )
        assert soup(client).select_one(".featured-article a").text == "Stem plants in spring"
        filled.featured_article = older
        filled.save_revision().publish()
        assert soup(client).select_one(".featured-article a").text == "Carpets"
        older.unpublish()  # a chosen article that is no longer live gives way to the latest
        assert soup(client).select_one(".featured-article a").text == "Stem plants in spring"


def test_the_home_page_runs_at_most_12_queries_with_every_block_filled(
    client, home, plants, kyiv, django_assert_max_num_queries
):
    products = [
        make_product(plants, sku=f"P-{n}", title=f"Plant {n}", stock={kyiv: 50}) for n in range(12)
    ]
    for n, product in enumerate(products[:6]):
        sell(product, kyiv, n + 1, token=f"t{n}")
    journal = publish(home, ArticleIndexPage(title="Journal", slug="journal"))
    image = get_image_model().objects.create(title="lead", file=get_test_image_file())
    publish(journal, ArticlePage(title="Spring", slug="spring", lead="Trim.", lead_image=image))
    for n in range(4):
        discount = Discount.objects.create(
            name=f"Promo {n}", store=kyiv, kind="product", type="percent", value=5, priority=2
        )
        DiscountProduct.objects.create(discount=discount, product=products[n])
        picture = get_image_model().objects.create(title=f"b{n}", file=get_test_image_file())
        Banner.objects.create(discount=discount, title=f"Promo {n}", image=picture)
    client.get("/")  # renditions are made and the shared caches filled once
    with django_assert_max_num_queries(12):
        page = soup(client)
    assert len(page.select(".banner-slide")) == 3
    assert page.select(".featured-article img")
    assert len(page.select("#popular .tile")) == 4 and len(page.select("#new-arrivals .tile")) == 8


def test_popular_products_cost_one_query_then_none_for_ten_minutes(
    plants, kyiv, django_assert_num_queries
):
    product = make_product(plants, sku="P-1", title="Rotala", stock={kyiv: 50})
    sell(product, kyiv, 2, token="a")
    with django_assert_num_queries(1):
        assert popular_product_ids(limit=4) == [product.pk]
    with django_assert_num_queries(0):
        assert popular_product_ids(limit=4) == [product.pk]
