"""The site root (SPEC §2). Its full blocks (banners, articles, popular) come in later issues."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """Home: the store's description, catalog sections and new arrivals."""

    intro = RichTextField(
        blank=True, help_text=_("A few words about the store."), verbose_name=_("introduction")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["catalog.CatalogPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from catalog.selectors import new_arrivals, top_categories
        from commerce.pricing.offers import attach_offers

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = top_categories()
        context["new_arrivals"] = new_arrivals(limit=8)
        attach_offers(context["new_arrivals"], request)
        return context
