"""Bot API tokens in the Wagtail admin (SPEC §5): issued here, shown once, stored hashed."""

from django.contrib import messages
from django.utils.translation import gettext, gettext_lazy
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet

from commerce.payments.models import ApiToken


class ApiTokenCreateView(CreateView):
    """Issue a token: only its hash is kept, so the secret is shown this once."""

    def save_instance(self):
        token, raw = ApiToken.issue(name=self.form.cleaned_data["name"])
        messages.warning(
            self.request,
            gettext("Copy this token now, it is not shown again: %(token)s") % {"token": raw},
        )
        return token

    def get_success_message(self, instance):
        return None


class ApiTokenViewSet(ModelViewSet):
    model = ApiToken
    icon = "key"
    menu_label = gettext_lazy("Bot API tokens")
    url_prefix = "commerce/api-tokens"
    url_namespace = "commerce_api_tokens"
    add_view_class = ApiTokenCreateView
    copy_view_enabled = False
    form_fields = ["name", "is_active"]
    list_display = ["name", "prefix", "is_active", "created_at", "last_used_at"]
