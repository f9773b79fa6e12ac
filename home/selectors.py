"""What the home page shows (SPEC §2, issue 14.4), each block only when the content manager
has it switched on: banners, the store's description, a featured article, the catalog's
sections, popular products and new arrivals."""

from catalog.models import ProductPage
from catalog.selectors import listed_tiles, top_categories
from commerce.orders.selectors import popular_product_ids
from commerce.pricing.offers import attach_offers
from home.banners import drawn_banners
from home.models import ArticlePage
from home.navigation import navigation

POPULAR_SHOWN = 4
NEW_SHOWN = 8


def banner_links(banners, *, promotions_url: str) -> list[tuple]:
    """(banner, href) pairs: the banner's own link (a live page), else its promotion's page
    (``promotions_url`` + the discount's id)."""
    links = []
    for banner in banners:
        if banner.link_url:
            href = banner.link_url
        elif banner.link_page_id and banner.link_page and banner.link_page.live:
            href = banner.link_page.url  # a page taken down would be a 404: its promotion
        elif promotions_url:
            href = f"{promotions_url}{banner.discount_id}/"
        else:
            href = ""
        links.append((banner, href))
    return links


def featured_article(page) -> ArticlePage | None:
    """The article the editor chose (when it is live), else the latest one."""
    articles = ArticlePage.objects.live().public().select_related("lead_image")
    if page.featured_article_id:
        chosen = articles.filter(pk=page.featured_article_id).first()
        if chosen is not None:
            return chosen
    return articles.order_by("-date", "-pk").first()


def home_blocks(*, page, request) -> dict:
    """The home page's context: ``banners`` [(banner, href)], ``featured``, ``sections``,
    ``popular`` and ``new_arrivals`` (product tiles with offers); a switched-off block is
    empty. Popular and new products are read in one tile query."""
    context: dict = {"banners": [], "featured": None, "sections": [], "popular": []}
    if page.show_banners:
        banners = drawn_banners()
        if banners:
            promotions_url = navigation(request).promotions_url
            context["banners"] = banner_links(banners, promotions_url=promotions_url)
    if page.show_featured_article:
        context["featured"] = featured_article(page)
    if page.show_sections:
        context["sections"] = top_categories()
    popular_ids = popular_product_ids(limit=POPULAR_SHOWN) if page.show_popular else []
    new_ids = []
    if page.show_new_arrivals:
        new_ids = list(
            ProductPage.objects.listed()
            .order_by("-first_published_at", "-pk")
            .values_list("pk", flat=True)[:NEW_SHOWN]
        )
    tiles = listed_tiles([*popular_ids, *new_ids]) if popular_ids or new_ids else {}
    context["popular"] = [tiles[pk] for pk in popular_ids if pk in tiles][:POPULAR_SHOWN]
    context["new_arrivals"] = [tiles[pk] for pk in new_ids if pk in tiles]
    attach_offers(list(tiles.values()), request)
    return context
