"""``python manage.py ensure_demo_admin`` — the demo superuser for ``make run``.

E-mail from SHOP_DEMO_ADMIN_EMAIL (default admin@example.com). The password comes from
SHOP_DEMO_ADMIN_PASSWORD when set (and is then re-applied on every run); otherwise a random one
is generated and printed once, when the account is created.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from accounts.models import login_email_mark_verified


class Command(BaseCommand):
    help = "Create (or update from the environment) the demo admin account and say how to log in."

    def handle(self, *args, **options):
        user_model = get_user_model()
        email = settings.SHOP_DEMO_ADMIN_EMAIL
        password = settings.SHOP_DEMO_ADMIN_PASSWORD
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/"
        user = user_model.objects.filter(email__iexact=email).first()
        if user is None:
            shown = password or secrets.token_urlsafe(12)
            user_model.objects.create_superuser(
                email=email, password=shown, first_name="Demo", last_name="Admin"
            )
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo admin created. Log in at {admin_url}\n"
                    f"    e-mail:   {email}\n    password: {shown}\n"
                    + ("" if password else "    (generated: shown only this once)")
                )
            )
            return
        # An account from before e-mail verification became mandatory would be asked for a code.
        login_email_mark_verified(user)
        if password:
            user.set_password(password)
            user.save(update_fields=["password"])
            self.stdout.write(f"Log in at {admin_url} as {email} with SHOP_DEMO_ADMIN_PASSWORD.")
        else:
            self.stdout.write(
                f"Log in at {admin_url} as {email} (password printed when it was created; "
                f"`.venv/bin/python manage.py changepassword {email}` sets a new one)."
            )
