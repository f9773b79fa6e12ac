"""Banners in the Wagtail admin (issue 14.2, SPEC §8): managers create banners by linking
them to a product discount and may relink them; content managers give them their image,
title and link. Each half of the form is open only to its permission and is enforced on the
server: a disabled field ignores what is posted for it."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from home.models import Banner
from home.models.banners import CONTENT_FIELDS, CONTENT_PERMISSION, LINK_FIELDS, LINK_PERMISSION


class BannerForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        closed = []
        if user is None or not user.has_perm(LINK_PERMISSION):
            closed += LINK_FIELDS
        if user is None or not user.has_perm(CONTENT_PERMISSION):
            closed += CONTENT_FIELDS
        for name in closed:
            if name in self.fields:
                self.fields[name].disabled = True
                self.fields[name].required = False
        self.closed_fields = closed

    def clean(self):
        cleaned = super().clean()
        # A manager's new banner takes its discount's name until a content manager titles it.
        if "title" in self.closed_fields and not cleaned.get("title"):
            discount = cleaned.get("discount") or getattr(self.instance, "discount", None)
            if discount is not None:
                cleaned["title"] = self.instance.title or discount.name
        if not cleaned.get("discount") and not self.instance.pk:
            self.add_error(None, gettext("Only a manager can link a new banner to a discount."))
        return cleaned


class BannerViewSet(ModelViewSet):
    model = Banner
    icon = "image"
    menu_label = _("Banners")
    menu_order = 210
    add_to_admin_menu = True
    url_prefix = "banners"
    url_namespace = "home_banners"
    copy_view_enabled = False
    inspect_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("discount"),
            FieldPanel("title"),
            FieldPanel("image"),
            FieldPanel("link_page"),
            FieldPanel("link_url"),
        ],
        base_form_class=BannerForm,
    )
    list_display = [
        "title",
        Column("discount", label=_("Discount"), accessor="discount"),
        Column("image", label=_("Image"), accessor=lambda banner: "✓" if banner.image_id else "—"),
        "updated_at",
    ]
    search_fields = ["title", "discount__name"]
    search_backend_name = None
