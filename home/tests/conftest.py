import pytest
from django.core.cache import cache


@pytest.fixture
def fresh_cache():
    """An empty cache before and after: the banner draw, the navigation and the popular
    products are kept there between requests."""
    cache.clear()
    yield
    cache.clear()
