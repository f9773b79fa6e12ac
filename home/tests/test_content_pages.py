"""Issue 14.1: the content page types — where each may be created, the delivery page's live
rate table, the article index (newest first, by tag, 12 a page), articles with their related
products — and the content manager creating them in the admin."""

import datetime
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page

from catalog.models import CatalogPage
from catalog.tests.factories import CategoryPageFactory, make_product
from commerce.delivery.models import DeliveryMethod, DeliveryRate
from home.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticleRelatedProduct,
    FeedbackPage,
    HomePage,
    InfoPage,
    PromotionIndexPage,
)

pytestmark = pytest.mark.django_db


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


class TestWhereEachPageGoes:
    def test_home_takes_the_catalog_and_every_content_page(self):
        allowed = set(HomePage.allowed_subpage_models())
        assert {
            CatalogPage,
            InfoPage,
            ArticleIndexPage,
            PromotionIndexPage,
            FeedbackPage,
        } <= allowed
        assert ArticlePage not in allowed  # articles live in the article index

    def test_articles_only_in_the_index_and_the_index_only_under_home(self):
        assert ArticlePage.allowed_parent_page_models() == [ArticleIndexPage]
        assert ArticleIndexPage.allowed_parent_page_models() == [HomePage]
        assert set(InfoPage.allowed_subpage_models()) == {InfoPage}
        assert PromotionIndexPage.allowed_subpage_models() == []

    def test_one_article_index_and_one_promotions_page(self, home):
        publish(home, ArticleIndexPage(title="Articles", slug="articles"))
        publish(home, PromotionIndexPage(title="Promotions", slug="promotions"))
        assert not ArticleIndexPage.can_create_at(home)
        assert not PromotionIndexPage.can_create_at(home)
        assert InfoPage.can_create_at(home)


class TestTheDeliveryPage:
    def test_its_rate_table_is_the_checkouts_own_read_live(self, client, home, kyiv):
        courier = DeliveryMethod.objects.create(name="Courier", code="courier", kind="courier")
        DeliveryRate.objects.create(method=courier, goods_total_from=0, fee=Decimal("120"))
        DeliveryRate.objects.create(method=courier, goods_total_from=1000, fee=Decimal("60"))
        DeliveryMethod.objects.create(name="Old post", code="old", kind="carrier", is_active=False)
        page = publish(
            home,
            InfoPage(
                title="Delivery and payment",
                slug="delivery",
                body=[
                    {"type": "text", "value": "<p>We ship across Ukraine.</p>"},
                    {"type": "delivery_rates", "value": None},
                ],
            ),
        )
        table = soup(client, page.url).select_one("#delivery-rates")
        rows = [row.get_text(" ", strip=True) for row in table.select("tbody tr")]
        assert rows == [
            "from UAH\xa00.00 to UAH\xa01,000.00 UAH\xa0120.00",
            "from UAH\xa01,000.00 UAH\xa060.00",
        ]
        assert "Old post" not in table.text  # switched off at the checkout: not offered here
        # A manager changes the rate: the page follows at once, there is no copy to update.
        DeliveryRate.objects.filter(method=courier, goods_total_from=1000).update(fee=0)
        table = soup(client, page.url).select_one("#delivery-rates")
        assert "free" in table.select("tbody tr")[1].text


class TestArticles:
    @pytest.fixture
    def journal(self, home):
        return publish(home, ArticleIndexPage(title="Articles", slug="articles"))

    def test_the_index_lists_live_articles_newest_first_and_by_tag(self, client, journal):
        for n, (title, tags) in enumerate(
            [("Carpets", ["plants"]), ("Phones", ["tech"]), ("Mosses", ["plants", "easy"])]
        ):
            article = ArticlePage(
                title=title, slug=title.lower(), date=datetime.date(2026, 11, 1 + n)
            )
            article.tags.add(*tags)
            publish(journal, article)
        draft = ArticlePage(title="Draft", slug="draft", live=False)
        journal.add_child(instance=draft)
        titles = [a.text for a in soup(client, journal.url).select(".article-card h2 a")]
        assert titles == ["Mosses", "Phones", "Carpets"]
        tagged = soup(client, journal.url + "?tag=plants").select(".article-card h2 a")
        assert [a.text for a in tagged] == ["Mosses", "Carpets"]

    def test_twelve_a_page(self, client, journal):
        for n in range(14):
            publish(journal, ArticlePage(title=f"Article {n}", slug=f"a{n}"))
        assert len(soup(client, journal.url).select(".article-card")) == 12
        assert len(soup(client, journal.url + "?page=2").select(".article-card")) == 2

    def test_an_article_shows_its_related_products_that_are_on_sale(
        self, client, journal, catalog, kyiv
    ):
        plants = CategoryPageFactory(parent=catalog, title="Plants", slug="plants")
        on_sale = make_product(plants, sku="P-1", title="Rotala", stock={kyiv: 3})
        sold_out = make_product(plants, sku="P-2", title="Moss", stock={kyiv: 0})
        article = ArticlePage(title="Stem plants", slug="stem", author="Olena")
        article.related_products.add(ArticleRelatedProduct(product=on_sale))
        article.related_products.add(ArticleRelatedProduct(product=sold_out))
        publish(journal, article)
        page = soup(client, article.url)
        assert [tile["data-sku"] for tile in page.select(".tile")] == ["P-1"]
        assert "Olena" in page.select_one(".article-meta").text


def test_the_content_manager_creates_an_info_page_in_the_admin(client, home, role_user):
    client.force_login(role_user("Content manager"))
    url = reverse("wagtailadmin_pages:add", args=["home", "infopage", home.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "title": "Returns",
            "slug": "returns",
            "intro": "Within 14 days.",
            "body-count": "0",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    page = InfoPage.objects.get(slug="returns")
    assert page.live and page.get_parent().specific == home


@pytest.mark.parametrize("articles", [1, 9])
def test_article_pages_cost_the_same_queries_whatever_the_count(
    client, home, articles, django_assert_max_num_queries
):
    journal = publish(home, ArticleIndexPage(title="Articles", slug="articles"))
    for n in range(articles):
        publish(journal, ArticlePage(title=f"Article {n}", slug=f"a{n}"))
    client.get(journal.url)
    with django_assert_max_num_queries(10):
        client.get(journal.url)
    with django_assert_max_num_queries(12):
        client.get(Page.objects.type(ArticlePage).first().url)
