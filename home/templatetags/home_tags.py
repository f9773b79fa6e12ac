"""``{% home_blocks page as blocks %}``: the home page's blocks (home.selectors.home_blocks)."""

from django import template

from home.selectors import home_blocks as read_home_blocks

register = template.Library()


@register.simple_tag(takes_context=True)
def home_blocks(context, page) -> dict:
    return read_home_blocks(page=page, request=context.get("request"))
