"""The site's URLs. Shopper pages sit inside ``i18n_patterns`` without a prefix for the
default language: Ukrainian at ``/cart/``, English at ``/en/cart/``. One URL per language
(rather than a cookie) keeps every page cacheable by its address and lets search engines index
both languages. The admin (each user's own language), the bot API and documents stay
unprefixed."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("", include("accounts.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("", include("commerce.api_urls")),
    path("documents/", include(wagtaildocs_urls)),
    # robots.txt and sitemap.xml: one of each for every language (issue 14.7).
    path("", include("home.seo_urls")),
    # The chat box's poll: one address whatever the language, answered from the cache.
    path("chat/poll/", include("support.chat.poll_urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("commerce.urls")),
    path("", include("catalog.urls")),
    path("", include("support.reviews.urls")),
    path("chat/", include("support.chat.urls")),
    # Wagtail serves every other URL from the page tree; it must come last.
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
