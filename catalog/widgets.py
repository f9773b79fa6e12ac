"""Admin widgets of the catalog."""

from django.utils.text import capfirst, format_lazy
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page


class PageChooser(AdminPageChooser):
    """Wagtail's page chooser whose button ("Choose a page (Category)") is written in each
    request's language. Wagtail joins the two parts into a plain string when the widget is
    built, and a panel's form class is built once: the first language stuck for everyone."""

    def __init__(self, target_models=None, **kwargs):
        super().__init__(target_models=target_models, **kwargs)
        if self.model is not Page:
            self.choose_one_text = format_lazy(
                "{} ({})", AdminPageChooser.choose_one_text, capfirst(self.model._meta.verbose_name)
            )
