"""Home and content (SPEC §2, issue 14): the site root, info and article pages, promotions,
the feedback page, banners and the site's navigation settings."""

from home.models.banners import Banner
from home.models.navigation import FooterLink, NavigationSettings, SocialLink
from home.models.pages import (
    ArticleIndexPage,
    ArticlePage,
    ArticleRelatedProduct,
    ArticleTag,
    FeedbackPage,
    HomePage,
    InfoPage,
    PromotionIndexPage,
)

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "ArticleRelatedProduct",
    "ArticleTag",
    "Banner",
    "FeedbackPage",
    "FooterLink",
    "HomePage",
    "InfoPage",
    "NavigationSettings",
    "PromotionIndexPage",
    "SocialLink",
]
