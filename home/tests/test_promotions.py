"""Issue 14.3: the promotions page lists the live product, set and group discounts with their
products and rule in words; each promotion has its page with product tiles priced at its
store; an ended or unknown promotion answers 410 (never 500); the pages cost a fixed number
of queries whatever the number of products."""

from datetime import timedelta
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail_factories import ImageFactory

from catalog.tests.factories import CategoryPageFactory, make_product
from commerce.customers.models import Customer
from commerce.pricing.models import Discount, DiscountProduct
from home.models import PromotionIndexPage

pytestmark = pytest.mark.django_db


def uah(amount: str) -> str:
    """A price as read (``text`` turns the no-break space into a space)."""
    return f"UAH {amount}"


@pytest.fixture
def promotions(home):
    page = home.add_child(instance=PromotionIndexPage(title="Promotions", slug="promotions"))
    page.save_revision().publish()
    return page


@pytest.fixture
def plants(catalog):
    return CategoryPageFactory(parent=catalog, title="Plants")


@pytest.fixture
def tools(catalog):
    return CategoryPageFactory(parent=catalog, title="Tools")


def discount(store, *, name, products=(), **fields) -> Discount:
    fields = {"kind": "product", "type": "percent", "value": "10", **fields}
    made = Discount.objects.create(name=name, store=store, **fields)
    for order, product in enumerate(products):
        DiscountProduct.objects.create(discount=made, product=product, sort_order=order)
    return made


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def sections(response) -> dict[str, BeautifulSoup]:
    """The index's promotions by their heading."""
    return {
        section.h2.get_text(strip=True): section
        for section in soup(response).select("section.promotion")
    }


def tile_skus(node) -> list[str]:
    return [tile["data-sku"] for tile in node.select("article.tile")]


def text(node) -> str:
    return " ".join(node.get_text().split())


class TestIndex:
    def test_lists_live_product_set_and_group_discounts_only(
        self, client, promotions, plants, kyiv
    ):
        rotala = make_product(plants, sku="PL-1", title="Rotala", stock={kyiv: 5})
        moss = make_product(plants, sku="PL-2", title="Moss", stock={kyiv: 5})
        now = timezone.now()
        discount(kyiv, name="Rotala week", products=[rotala])
        discount(kyiv, name="Moss and rotala", products=[rotala, moss], is_set=True)
        discount(kyiv, name="All plants", kind="group", category=plants, value="5")
        discount(kyiv, name="Started yesterday", products=[moss], starts_at=now - timedelta(days=1))
        discount(kyiv, name="Cart 3%", kind="cart", condition="min_items", threshold="2")
        discount(kyiv, name="Switched off", products=[rotala], is_active=False)
        discount(
            kyiv,
            name="Ended",
            products=[rotala],
            starts_at=now - timedelta(days=10),
            ends_at=now - timedelta(minutes=1),
        )
        discount(kyiv, name="Next week", products=[rotala], starts_at=now + timedelta(days=7))

        response = client.get(promotions.url)

        assert response.status_code == 200
        assert set(sections(response)) == {
            "Rotala week",
            "Moss and rotala",
            "All plants",
            "Started yesterday",
        }
        assert "No promotions right now" not in response.text

    def test_no_live_promotion_says_so(self, client, promotions, plants, kyiv):
        rotala = make_product(plants, sku="PL-1", stock={kyiv: 5})
        discount(kyiv, name="Switched off", products=[rotala], is_active=False)

        response = client.get(promotions.url)

        assert response.status_code == 200
        assert sections(response) == {}
        assert "No promotions right now" in response.text

    def test_each_promotion_in_words_with_its_products_and_a_link_to_its_page(
        self, client, promotions, plants, kyiv
    ):
        rotala = make_product(plants, sku="PL-1", title="Rotala", stock={kyiv: 5})
        moss = make_product(plants, sku="PL-2", title="Moss", stock={kyiv: 5})
        week = discount(kyiv, name="Rotala week", products=[rotala])
        pair = discount(
            kyiv, name="Pair", products=[rotala, moss], is_set=True, type="price", value="150"
        )
        fifty = discount(
            kyiv, name="Fifty off", products=[moss], is_set=False, type="amount", value="50"
        )
        group = discount(kyiv, name="All plants", kind="group", category=plants, value="5")

        found = sections(client.get(promotions.url))

        rules = {name: text(found[name].select_one(".promotion-rule")) for name in found}
        assert rules == {
            "Rotala week": "−10% on each piece",
            "Pair": f"Together, the whole set for {uah('150.00')}",
            "Fifty off": f"−{uah('50.00')} on each piece",
            "All plants": "Everything in «Plants»: −5% on each piece",
        }
        assert tile_skus(found["Rotala week"]) == ["PL-1"]
        assert tile_skus(found["Pair"]) == ["PL-1", "PL-2"]
        assert tile_skus(found["All plants"]) == []  # its products are on its page
        for made in (week, pair, fifty, group):
            name = made.name
            links = {a["href"] for a in found[name].select("a")}
            assert f"{promotions.url}{made.pk}/" in links

    def test_the_same_rule_in_two_stores_is_one_promotion_naming_both(
        self, client, promotions, plants, kyiv, lviv
    ):
        rotala = make_product(plants, sku="PL-1", stock={kyiv: 5, lviv: 5})
        ends = timezone.now() + timedelta(days=3)
        first = discount(kyiv, name="Rotala week", products=[rotala], ends_at=ends)
        discount(lviv, name="Rotala week", products=[rotala], ends_at=ends)
        discount(lviv, name="Lviv only", products=[rotala], value="20")

        response = client.get(promotions.url)

        page = soup(response)
        headings = [h2.get_text(strip=True) for h2 in page.select("section.promotion h2")]
        assert sorted(headings) == ["Lviv only", "Rotala week"]
        found = sections(response)
        terms = text(found["Rotala week"].select_one(".promotion-terms"))
        assert "In stores: Kyiv warehouse, Lviv shop." in terms
        assert "Until " in terms
        assert "In store: Lviv shop." in text(found["Lviv only"].select_one(".promotion-terms"))
        # The one promotion links to the first copy's page, which names both stores too.
        assert found["Rotala week"].h2.a["href"] == f"{promotions.url}{first.pk}/"

    def test_a_customers_personal_percent_counts_on_the_index_as_on_the_promotions_page(
        self, client, django_user_model, promotions, plants, kyiv
    ):
        rotala = make_product(plants, sku="PL-1", price="100.00", stock={kyiv: 5})
        week = discount(kyiv, name="Rotala week", products=[rotala])
        user = django_user_model.objects.create_user(email="olena@example.com", password="x")
        Customer.objects.create(user=user, phone="+380671234567", loyalty_percent=Decimal("5"))
        client.force_login(user)

        [index_tile] = sections(client.get(promotions.url))["Rotala week"].select("article.tile")
        [page_tile] = soup(client.get(f"{promotions.url}{week.pk}/")).select("article.tile")

        on_index = text(index_tile.select_one(".price--discounted"))
        assert on_index == text(page_tile.select_one(".price--discounted"))
        assert on_index != uah("90.00")  # the personal 5% is on top of the promotion's 10%

    def test_a_product_that_is_not_listed_is_not_a_tile(self, client, promotions, plants, kyiv):
        shown = make_product(plants, sku="PL-1", stock={kyiv: 5})
        sold_out = make_product(plants, sku="PL-2", stock={kyiv: 0})
        priceless = make_product(plants, sku="PL-3", price=None, stock={kyiv: 5})
        discount(kyiv, name="Plants", products=[shown, sold_out, priceless])

        found = sections(client.get(promotions.url))

        assert tile_skus(found["Plants"]) == ["PL-1"]


class TestPromotionPage:
    def test_tiles_strike_through_the_base_price_at_the_discounts_store(
        self, client, promotions, plants, kyiv, lviv
    ):
        # Most pieces are in Lviv, so a plain tile would price it there (no discount).
        rotala = make_product(
            plants, sku="PL-1", title="Rotala", price="100.00", stock={kyiv: 1, lviv: 50}
        )
        week = discount(kyiv, name="Rotala week", products=[rotala], description="Only in Kyiv.")

        response = client.get(f"{promotions.url}{week.pk}/")

        assert response.status_code == 200
        page = soup(response)
        assert page.h1.get_text(strip=True) == "Rotala week"
        assert text(page.select_one(".promotion-rule")) == "−10% on each piece"
        assert "In store: Kyiv warehouse." in text(page.select_one(".promotion-terms"))
        assert "Only in Kyiv." in response.text
        [tile] = page.select("#promotion-products article.tile")
        assert tile["data-sku"] == "PL-1"
        assert text(tile.select_one("del.price-base")) == uah("100.00")
        assert text(tile.select_one(".price--discounted")) == uah("90.00")
        assert page.select_one(f'a[href="{promotions.url}"]') is not None  # breadcrumbs

    def test_dates_of_a_promotion_that_ends(self, client, promotions, plants, kyiv):
        rotala = make_product(plants, sku="PL-1", stock={kyiv: 5})
        ends = timezone.now() + timedelta(days=30)
        week = discount(kyiv, name="Rotala month", products=[rotala], ends_at=ends)

        response = client.get(f"{promotions.url}{week.pk}/")

        terms = text(soup(response).select_one(".promotion-terms"))
        assert terms.startswith("Until ")
        assert str(timezone.localtime(ends).year) in terms

    def test_a_set_shows_its_price_together_and_the_base(self, client, promotions, plants, kyiv):
        rotala = make_product(plants, sku="PL-1", price="100.00", stock={kyiv: 5})
        moss = make_product(plants, sku="PL-2", price="60.00", stock={kyiv: 5})
        pair = discount(
            kyiv, name="Pair", products=[rotala, moss], is_set=True, type="price", value="120"
        )

        response = client.get(f"{promotions.url}{pair.pk}/")

        page = soup(response)
        assert tile_skus(page.select_one("#promotion-products")) == ["PL-1", "PL-2"]
        assert text(page.select_one(".promotion-set")) == (
            f"The set together: {uah('120.00')} instead of {uah('160.00')}."
        )
        assert text(page.select_one(".promotion-set del")) == uah("160.00")

    def test_a_percent_set_priced_together(self, client, promotions, plants, kyiv):
        rotala = make_product(plants, sku="PL-1", price="100.00", stock={kyiv: 5})
        moss = make_product(plants, sku="PL-2", price="60.00", stock={kyiv: 5})
        pair = discount(kyiv, name="Pair", products=[rotala, moss], is_set=True, value="25")

        page = soup(client.get(f"{promotions.url}{pair.pk}/"))

        assert text(page.select_one(".promotion-rule")) == "Bought together: −25% off the set"
        assert text(page.select_one(".promotion-set")) == (
            f"The set together: {uah('120.00')} instead of {uah('160.00')}."
        )

    def test_a_set_with_a_sold_out_product_offers_no_set_price(
        self, client, promotions, plants, kyiv
    ):
        rotala = make_product(plants, sku="PL-1", price="100.00", stock={kyiv: 5})
        moss = make_product(plants, sku="PL-2", price="60.00", stock={kyiv: 0})
        pair = discount(kyiv, name="Pair", products=[rotala, moss], is_set=True, value="25")

        response = client.get(f"{promotions.url}{pair.pk}/")

        assert response.status_code == 200
        page = soup(response)
        assert tile_skus(page.select_one("#promotion-products")) == ["PL-1"]
        # Not "The set together: UAH 100.00 instead of UAH 100.00": the set cannot be bought.
        assert page.select_one(".promotion-set") is None

    def test_a_group_lists_the_listed_products_of_its_category_subtree(
        self, client, promotions, plants, tools, kyiv
    ):
        stems = CategoryPageFactory(parent=plants, title="Stem plants")
        make_product(plants, sku="PL-1", stock={kyiv: 5})
        make_product(stems, sku="PL-2", stock={kyiv: 5})
        make_product(stems, sku="PL-3", price=None, stock={kyiv: 5})
        make_product(stems, sku="PL-4", stock={kyiv: 0})
        draft = make_product(stems, sku="PL-5", stock={kyiv: 5})
        draft.unpublish()
        make_product(tools, sku="TL-1", stock={kyiv: 5})
        group = discount(kyiv, name="All plants", kind="group", category=plants, value="5")

        response = client.get(f"{promotions.url}{group.pk}/")

        assert response.status_code == 200
        page = soup(response)
        assert sorted(tile_skus(page.select_one("#promotion-products"))) == ["PL-1", "PL-2"]
        assert text(page.select_one(".promotion-rule")) == (
            "Everything in «Plants»: −5% on each piece"
        )
        for tile in page.select("#promotion-products article.tile"):
            assert text(tile.select_one("del.price-base")) == uah("100.00")
            assert text(tile.select_one(".price--discounted")) == uah("95.00")

    def test_a_group_whose_products_are_all_sold_out_says_so(
        self, client, promotions, plants, kyiv
    ):
        make_product(plants, sku="PL-1", stock={kyiv: 0})
        group = discount(kyiv, name="All plants", kind="group", category=plants, value="5")

        response = client.get(f"{promotions.url}{group.pk}/")

        assert response.status_code == 200
        assert "sold out for now" in response.text


class TestGonePromotions:
    @pytest.mark.parametrize(
        "fields",
        [
            {"is_active": False},
            {"ends_at": "past"},
            {"starts_at": "future"},
            {"kind": "cart", "condition": "min_items", "threshold": "2"},
        ],
        ids=["switched-off", "ended", "not-started", "cart-discount"],
    )
    def test_answers_410_with_a_link_to_the_running_promotions(
        self, client, promotions, plants, kyiv, fields
    ):
        rotala = make_product(plants, sku="PL-1", stock={kyiv: 5})
        now = timezone.now()
        fields = dict(fields)
        if fields.get("ends_at") == "past":
            fields.update(starts_at=now - timedelta(days=9), ends_at=now - timedelta(days=1))
        if fields.get("starts_at") == "future":
            fields["starts_at"] = now + timedelta(days=1)
        gone = discount(kyiv, name="Gone", products=[rotala], **fields)

        response = client.get(f"{promotions.url}{gone.pk}/")

        assert response.status_code == 410
        page = soup(response)
        assert page.h1.get_text(strip=True) == "The promotion has ended"
        link = page.find("a", string="See the promotions running now")
        assert link is not None and link["href"] == promotions.url

    def test_a_promotion_that_ended_after_the_index_was_read(
        self, client, promotions, plants, kyiv
    ):
        rotala = make_product(plants, sku="PL-1", stock={kyiv: 5})
        week = discount(kyiv, name="Rotala week", products=[rotala])
        assert client.get(f"{promotions.url}{week.pk}/").status_code == 200

        Discount.objects.filter(pk=week.pk).update(ends_at=timezone.now() - timedelta(seconds=1))

        assert client.get(f"{promotions.url}{week.pk}/").status_code == 410

    @pytest.mark.parametrize("tail", ["999999/", "1/", "123456789/"])
    def test_an_unknown_id_answers_410(self, client, promotions, tail):
        response = client.get(f"{promotions.url}{tail}")

        assert response.status_code == 410
        assert f'href="{promotions.url}"' in response.text

    @pytest.mark.parametrize("tail", ["abc/", "12abc/", "-1/", "1.5/", "1234567890/", "%20/"])
    def test_a_tail_that_is_not_an_id_answers_404(self, client, promotions, tail):
        response = client.get(f"{promotions.url}{tail}")

        assert response.status_code == 404


class TestQueryBudget:
    """The index and a promotion's page cost the same number of queries for 2 or 12
    products (issue 14.3)."""

    @staticmethod
    def _queries(client, url: str) -> int:
        client.get(url)  # warm: tile renditions, the discount and navigation caches
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured.captured_queries)

    @staticmethod
    def _add_products(parent, discount_, store, image, *, start: int, count: int) -> None:
        for n in range(start, start + count):
            product = make_product(
                parent, sku=f"Q-{n:03d}", title=f"Item {n}", stock={store: 3}, photos=[image]
            )
            DiscountProduct.objects.create(discount=discount_, product=product, sort_order=n)

    def test_index_and_promotion_pages_are_constant_in_products(
        self, client, promotions, plants, kyiv, lviv
    ):
        image = ImageFactory()
        stems = CategoryPageFactory(parent=plants, title="Stem plants")
        week = discount(kyiv, name="Plants week", value="10")
        discount(lviv, name="Plants week lviv", value="15")
        group = discount(kyiv, name="All plants", kind="group", category=plants, value="5")
        pair = discount(kyiv, name="Pair", is_set=True, type="amount", value="30")
        self._add_products(stems, week, kyiv, image, start=0, count=2)
        self._add_products(plants, pair, kyiv, image, start=100, count=2)
        urls = {
            "index": promotions.url,
            "product": f"{promotions.url}{week.pk}/",
            "group": f"{promotions.url}{group.pk}/",
            "set": f"{promotions.url}{pair.pk}/",
        }
        few = {name: self._queries(client, url) for name, url in urls.items()}
        assert soup(client.get(urls["product"])).select("#promotion-products article.tile")

        self._add_products(stems, week, kyiv, image, start=2, count=10)
        self._add_products(plants, pair, kyiv, image, start=102, count=10)
        many = {name: self._queries(client, url) for name, url in urls.items()}

        product_page = soup(client.get(urls["product"]))
        assert len(product_page.select("#promotion-products article.tile")) == 12
        group_page = soup(client.get(urls["group"]))
        assert len(group_page.select("#promotion-products article.tile")) == 24
        assert many == few
