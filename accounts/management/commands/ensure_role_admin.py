"""``python manage.py ensure_role_admin`` — create or repair the one role administrator.

The account is SHOP_ROLE_ADMIN_EMAIL (SPEC §8). The password comes from ``--password`` or
SHOP_ROLE_ADMIN_PASSWORD; a new account without one gets a generated password, printed once.
"""

import secrets

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts.role_admin import RoleAdminSetupRefused, role_admin_ensure


class Command(BaseCommand):
    help = "Create or repair the role administrator account named by SHOP_ROLE_ADMIN_EMAIL."

    def add_arguments(self, parser):
        parser.add_argument("--password", default=None)

    def handle(self, *args, **options):
        email = (settings.SHOP_ROLE_ADMIN_EMAIL or "").strip()
        if not email:
            raise CommandError("Set SHOP_ROLE_ADMIN_EMAIL to the role administrator's e-mail.")
        password = options["password"] or settings.SHOP_ROLE_ADMIN_PASSWORD or None
        generated = None
        from django.contrib.auth import get_user_model

        if password is None and not get_user_model().objects.filter(email__iexact=email).exists():
            password = generated = secrets.token_urlsafe(12)
        try:
            user, created = role_admin_ensure(email=email, password=password)
        except RoleAdminSetupRefused as refused:
            raise CommandError(str(refused)) from None
        what = "created" if created else "repaired"
        self.stdout.write(f"Role administrator {what}: {user.email}")
        if generated:
            self.stdout.write(f"    password: {generated}  (generated: shown only this once)")
