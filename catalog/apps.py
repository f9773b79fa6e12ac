from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogConfig(AppConfig):
    name = "catalog"
    verbose_name = _("Catalog")

    def ready(self):
        from django.db.models import ForeignKey
        from wagtail.admin.forms.models import register_form_field_override
        from wagtail.models import AbstractPage

        from catalog import signals  # noqa: F401
        from catalog.widgets import PageChooser

        # Every page chooser of the admin's forms (a discount's category, its products…)
        # names its page type in the language of the request (catalog.widgets).
        register_form_field_override(
            ForeignKey,
            to=AbstractPage,
            override=lambda db_field: {
                "widget": PageChooser(target_models=[db_field.remote_field.model])
            },
        )
