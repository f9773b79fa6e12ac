"""Keeps the cached navigation and the banner draw true to the content (issue 14.2, 14.5)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from home.banners import redraw
from home.models import Banner, FooterLink, NavigationSettings, SocialLink
from home.navigation import forget_navigation

for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
    signal.connect(forget_navigation, dispatch_uid=f"home-navigation-{signal!r}")
for model in (NavigationSettings, FooterLink, SocialLink):
    post_save.connect(forget_navigation, sender=model, dispatch_uid=f"home-nav-save-{model}")
    post_delete.connect(forget_navigation, sender=model, dispatch_uid=f"home-nav-del-{model}")


@receiver(post_delete, sender="wagtailcore.Page", dispatch_uid="home-navigation-page-deleted")
def _page_deleted(**kwargs):
    forget_navigation()


@receiver(post_save, sender=Banner, dispatch_uid="home-banner-saved")
@receiver(post_delete, sender=Banner, dispatch_uid="home-banner-deleted")
@receiver(post_save, sender="commerce.Discount", dispatch_uid="home-banner-discount-saved")
def _banners_changed(**kwargs):
    redraw()
