"""The site's navigation (issue 14.5): the footer's links to info pages, the contacts and the
social networks, edited in the admin as a site setting. The header's menu is the catalog's
sections and the pages marked "show in menus" (Wagtail's own flag, on the promote tab)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="list-ul")
class NavigationSettings(ClusterableModel, BaseSiteSetting):
    """Contacts and links of the footer, per site."""

    phone = models.CharField(max_length=40, blank=True, verbose_name=_("phone"))
    email = models.EmailField(blank=True, verbose_name=_("e-mail"))
    address = models.CharField(max_length=250, blank=True, verbose_name=_("address"))
    hours = models.CharField(
        max_length=120,
        blank=True,
        help_text=_("e.g. Mon–Fri 9:00–19:00"),
        verbose_name=_("opening hours"),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("address"), FieldPanel("hours")],
            heading=_("Contacts"),
        ),
        InlinePanel("footer_links", label=_("Footer links")),
        InlinePanel("social_links", label=_("Social networks")),
    ]

    class Meta:
        verbose_name = _("navigation")
        verbose_name_plural = _("navigation")


class FooterLink(Orderable):
    settings = ParentalKey(
        NavigationSettings, on_delete=models.CASCADE, related_name="footer_links"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    label = models.CharField(
        max_length=60,
        blank=True,
        help_text=_("Left empty: the page's title."),
        verbose_name=_("label"),
    )

    panels = [FieldPanel("page"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("footer link")
        verbose_name_plural = _("footer links")


class SocialLink(Orderable):
    class Network(models.TextChoices):
        FACEBOOK = "facebook", "Facebook"
        INSTAGRAM = "instagram", "Instagram"
        TELEGRAM = "telegram", "Telegram"
        YOUTUBE = "youtube", "YouTube"
        TIKTOK = "tiktok", "TikTok"
        VIBER = "viber", "Viber"

    settings = ParentalKey(
        NavigationSettings, on_delete=models.CASCADE, related_name="social_links"
    )
    network = models.CharField(max_length=20, choices=Network.choices, verbose_name=_("network"))
    url = models.URLField(verbose_name=_("address"))

    panels = [FieldPanel("network"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social network")
        verbose_name_plural = _("social networks")
