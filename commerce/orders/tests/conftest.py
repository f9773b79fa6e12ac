"""Fixtures of the order back-office tests."""

import pytest

from commerce.testing import ROLES


@pytest.fixture
def staff(role_user):
    """One account per shop role, by role name."""
    return {name: role_user(name) for name in ROLES}
