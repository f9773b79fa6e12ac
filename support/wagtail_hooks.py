"""The support app's admin registration: the inquiries, chat and reviews screens and their journal
actions."""

from wagtail import hooks

from support.admin import InquiryViewSet
from support.chat.admin import ConversationViewSet
from support.chat.dashboard import chat_dashboard_panels
from support.chat.journal import register_chat_log_actions
from support.journal import register_inquiry_log_actions
from support.reviews.admin import ReviewViewSet
from support.reviews.journal import register_review_log_actions


@hooks.register("register_log_actions")
def register_log_actions(actions):
    register_inquiry_log_actions(actions)
    register_review_log_actions(actions)
    register_chat_log_actions(actions)


@hooks.register("register_admin_viewset")
def register_inquiry_viewset():
    return InquiryViewSet()


@hooks.register("register_admin_viewset")
def register_review_viewset():
    return ReviewViewSet()


@hooks.register("register_admin_viewset")
def register_chat_viewset():
    return ConversationViewSet()


@hooks.register("construct_homepage_panels")
def add_chat_dashboard_panel(request, panels):
    chat_dashboard_panels(request, panels)
