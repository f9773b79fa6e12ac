"""Issue 2.1: a custom user model whose login is the e-mail address."""

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.db import IntegrityError, transaction


@pytest.mark.django_db
class TestEmailLogin:
    def test_user_model_has_no_username(self):
        user_model = get_user_model()
        assert user_model.USERNAME_FIELD == "email"
        assert "username" not in {f.name for f in user_model._meta.get_fields()}

    def test_login_by_email_ignores_case(self):
        get_user_model().objects.create_user(email="Olena@Example.com", password="x-Secret-987")
        user = authenticate(email="olena@example.COM", password="x-Secret-987")
        assert user is not None and user.email == "olena@example.com"
        assert authenticate(email="olena@example.com", password="wrong") is None

    def test_email_is_unique_whatever_the_case(self):
        users = get_user_model().objects
        users.create_user(email="ivan@example.com", password="x")
        with pytest.raises(IntegrityError), transaction.atomic():
            users.create_user(email="IVAN@example.com", password="y")

    def test_email_is_required(self):
        with pytest.raises(ValueError, match="e-mail address is required"):
            get_user_model().objects.create_user(email="", password="x")

    def test_superuser_flags(self):
        admin = get_user_model().objects.create_superuser(email="root@example.com", password="x")
        assert admin.is_staff and admin.is_superuser
