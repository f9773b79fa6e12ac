"""The site's pages (SPEC §2, issue 14.1): home, info pages (delivery and payment, returns,
contacts, about), the article index and articles, the promotions page and the feedback page.
The catalog's pages live in ``catalog``."""

import datetime

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from catalog.routing import RoutedPageMixin
from catalog.slugs import LatinSlugMixin
from home.blocks import body_blocks, info_blocks

ARTICLES_PER_PAGE = 12
CONTENT_PAGE_TYPES = [
    "home.InfoPage",
    "home.ArticleIndexPage",
    "home.PromotionIndexPage",
    "home.FeedbackPage",
]


class HomePage(RoutedPageMixin, LatinSlugMixin, Page):
    """Home (SPEC §2): banners, the store's description, a featured article, the catalog's
    sections, the most popular products and new arrivals — each block switchable."""

    intro = RichTextField(
        blank=True, help_text=_("A few words about the store."), verbose_name=_("introduction")
    )
    featured_article = models.ForeignKey(
        "home.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Left empty: the latest article."),
        verbose_name=_("featured article"),
    )
    show_banners = models.BooleanField(default=True, verbose_name=_("show banners"))
    show_intro = models.BooleanField(default=True, verbose_name=_("show the description"))
    show_featured_article = models.BooleanField(
        default=True, verbose_name=_("show the featured article")
    )
    show_sections = models.BooleanField(default=True, verbose_name=_("show catalog sections"))
    show_popular = models.BooleanField(default=True, verbose_name=_("show popular products"))
    show_new_arrivals = models.BooleanField(default=True, verbose_name=_("show new arrivals"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("show_banners"),
                FieldPanel("show_intro"),
                FieldPanel("show_featured_article"),
                FieldPanel("featured_article"),
                FieldPanel("show_sections"),
                FieldPanel("show_popular"),
                FieldPanel("show_new_arrivals"),
            ],
            heading=_("Blocks of the home page"),
        ),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["catalog.CatalogPage", *CONTENT_PAGE_TYPES]
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    # Its blocks are read by the template (``{% home_blocks page as blocks %}``,
    # home.templatetags.home_tags → home.selectors), which keeps the models free of the
    # selectors that read them.


class InfoPage(RoutedPageMixin, LatinSlugMixin, Page):
    """Delivery and payment, returns, contacts, about…: a body of blocks; the delivery page
    adds the live delivery-rate block."""

    intro = models.TextField(blank=True, max_length=400, verbose_name=_("introduction"))
    body = StreamField(info_blocks(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.InfoPage"]
    subpage_types = ["home.InfoPage"]

    class Meta:
        verbose_name = _("info page")
        verbose_name_plural = _("info pages")


class ArticleIndexPage(RoutedPageMixin, LatinSlugMixin, Page):
    """The articles, newest first, 12 a page; ``?tag=`` narrows them to one tag."""

    intro = models.TextField(blank=True, max_length=400, verbose_name=_("introduction"))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ArticlePage"]
    max_count = 1

    class Meta:
        verbose_name = _("article index")
        verbose_name_plural = _("article indexes")

    def articles(self, tag: str = ""):
        articles = (
            ArticlePage.objects.live()
            .public()
            .child_of(self)
            .select_related("lead_image")
            .order_by("-date", "-pk")
        )
        return articles.filter(tags__name=tag).distinct() if tag else articles

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tag = (request.GET.get("tag") or "").strip()[:100]
        context["tag"] = tag
        context["articles"] = Paginator(self.articles(tag), ARTICLES_PER_PAGE).get_page(
            request.GET.get("page")
        )
        return context


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "home.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(RoutedPageMixin, LatinSlugMixin, Page):
    """An article: its date, author, lead image and text, a body of blocks, tags and the
    products it talks about."""

    date = models.DateField(default=datetime.date.today, verbose_name=_("date"))
    author = models.CharField(max_length=120, blank=True, verbose_name=_("author"))
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead image"),
    )
    lead = models.TextField(
        max_length=400,
        blank=True,
        help_text=_("One or two sentences: shown on lists and the home page."),
        verbose_name=_("lead"),
    )
    body = StreamField(body_blocks(), blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("author"), FieldPanel("tags")],
            heading=_("About the article"),
        ),
        FieldPanel("lead_image"),
        FieldPanel("lead"),
        FieldPanel("body"),
        InlinePanel("related_products", label=_("Related products")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]
    parent_page_types = ["home.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def get_context(self, request, *args, **kwargs):
        from catalog.selectors import listed_in_order
        from commerce.pricing.offers import attach_offers

        context = super().get_context(request, *args, **kwargs)
        products = listed_in_order(list(self.related_products.values_list("product_id", flat=True)))
        attach_offers(products, request)
        context["related"] = products
        return context


class ArticleRelatedProduct(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_products")
    product = models.ForeignKey(
        "catalog.ProductPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("product")
    )

    panels = [FieldPanel("product")]

    class Meta(Orderable.Meta):
        verbose_name = _("related product")
        verbose_name_plural = _("related products")


class PromotionIndexPage(RoutedPageMixin, LatinSlugMixin, RoutablePageMixin, Page):
    """The promotions (SPEC §2, issue 14.3): live product, group and set discounts with their
    products; ``<discount id>/`` is one promotion's page. An ended or unknown promotion
    answers 410 with a link back here."""

    intro = models.TextField(blank=True, max_length=400, verbose_name=_("introduction"))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("promotions page")
        verbose_name_plural = _("promotions pages")

    @path("")
    def index(self, request):
        from home.promotions import live_promotions

        return self.render(
            request, context_overrides={"promotions": live_promotions(request=request)}
        )

    @re_path(r"^(?P<discount_id>\d{1,9})/$")
    def promotion(self, request, discount_id: str):
        from home.promotions import PromotionEnded, promotion_detail

        try:
            detail = promotion_detail(discount_id=int(discount_id), request=request)
        except PromotionEnded:
            response = self.render(request, template="home/promotion_ended.html")
            response.status_code = 410  # gone: it ran, and it has ended (or never was)
            return response
        return self.render(
            request,
            template="home/promotion_page.html",
            context_overrides={"promotion": detail},
        )


class FeedbackPage(RoutedPageMixin, LatinSlugMixin, Page):
    """ "Reviews and suggestions" / contact form (issue 14.6): what is sent is stored as an
    inquiry for the sales operators (``support``)."""

    intro = RichTextField(
        blank=True, features=["bold", "italic", "link"], verbose_name=_("introduction")
    )
    thanks = models.CharField(
        max_length=250,
        blank=True,
        help_text=_("Shown after sending; left empty, a standard thank-you."),
        verbose_name=_("thank-you text"),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("thanks")]
    parent_page_types = ["home.HomePage", "home.InfoPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("feedback page")
        verbose_name_plural = _("feedback pages")

    def serve(self, request, *args, **kwargs):
        from support.views import feedback_page_serve

        return feedback_page_serve(request, page=self)
