"""Promo banners (SPEC §2, issue 14.2): each linked one-to-one to a product discount and shown
only while that discount is live and the banner has its image. Managers link a banner to a
discount; content managers give it its image, title and link (SPEC §8)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# The two halves of a banner and who may change them (accounts.roles gives them to roles).
LINK_PERMISSION = "home.link_banner"
CONTENT_PERMISSION = "home.edit_banner_content"
LINK_FIELDS = ("discount",)
CONTENT_FIELDS = ("title", "image", "link_page", "link_url")


class Banner(models.Model):
    discount = models.OneToOneField(
        "commerce.Discount",
        on_delete=models.CASCADE,
        related_name="banner",
        limit_choices_to={"kind": "product"},
        verbose_name=_("discount"),
        help_text=_("A product discount: the banner shows while it is live."),
    )
    title = models.CharField(max_length=120, verbose_name=_("title"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
        help_text=_("Wide, about 1600 × 500 px. Without an image the banner is not shown."),
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("link to a page"),
        help_text=_("Left empty: the promotion's own page."),
    )
    link_url = models.URLField(blank=True, verbose_name=_("or an address"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("banner")
        verbose_name_plural = _("banners")
        ordering = ["-updated_at", "-pk"]
        permissions = [
            ("link_banner", _("Can link banners to discounts")),
            ("edit_banner_content", _("Can edit a banner's image, title and link")),
        ]

    def __str__(self) -> str:
        return self.title
