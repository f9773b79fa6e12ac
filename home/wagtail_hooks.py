"""Home's admin screens: banners (home.admin); the navigation settings register themselves
(``register_setting``)."""

from wagtail import hooks

from home.admin import BannerViewSet


@hooks.register("register_admin_viewset")
def register_banner_viewset():
    return BannerViewSet("home_banners")
