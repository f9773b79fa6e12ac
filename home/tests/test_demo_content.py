"""Issue 14.1: `load_demo` writes the content a shop opens with — delivery and payment (with
the checkout's live rates), returns within 14 days, contacts, about, articles, promotions,
the feedback page, banners for the demo's product discounts and the footer — in the shop's
language, and a second run changes nothing the content managers may have edited."""

from io import StringIO

import pytest
from django.core.management import call_command

from home.models import (
    ArticlePage,
    Banner,
    FeedbackPage,
    InfoPage,
    NavigationSettings,
    PromotionIndexPage,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    call_command("load_demo", stdout=StringIO())


def test_the_demo_opens_with_every_content_page_in_ukrainian(client, demo):
    titles = set(InfoPage.objects.live().values_list("title", flat=True))
    assert {"Доставка і оплата", "Повернення", "Контакти", "Про нас"} <= titles
    delivery = InfoPage.objects.get(slug="dostavka-i-oplata")
    page = client.get(delivery.url).text
    assert 'id="delivery-rates"' in page and "Нова пошта" in page and "Укрпошт" in page
    returns = client.get(InfoPage.objects.get(slug="povernennia").url).text
    assert "14 днів" in returns
    assert ArticlePage.objects.live().count() >= 2
    assert PromotionIndexPage.objects.live().exists() and FeedbackPage.objects.live().exists()
    banners = Banner.objects.select_related("discount")
    assert banners.count() >= 3 and all(
        b.image_id and b.discount.kind == "product" for b in banners
    )
    assert NavigationSettings.objects.get().footer_links.count() == 5
    home = client.get("/").text
    assert "banner-slide" in home and "Доставка і оплата" in home


def test_a_second_run_keeps_what_editors_changed(demo):
    InfoPage.objects.filter(slug="povernennia").update(intro="Edited by the content manager.")
    Banner.objects.update(title="Edited")
    counts = (InfoPage.objects.count(), ArticlePage.objects.count(), Banner.objects.count())
    call_command("load_demo", "--if-empty", stdout=StringIO())
    assert (InfoPage.objects.count(), ArticlePage.objects.count(), Banner.objects.count()) == counts
    assert InfoPage.objects.get(slug="povernennia").intro == "Edited by the content manager."
    assert set(Banner.objects.values_list("title", flat=True)) == {"Edited"}
