"""robots.txt and sitemap.xml at the site root, outside the language prefixes (home.seo)."""

from django.urls import path

from home.seo import robots_txt, sitemap

urlpatterns = [
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
]
