"""``python manage.py ensure_demo_staff`` — one demo account per shop role, plus the role
administrator, for ``make run`` (issue 7.10). Prints who is who on every run.

Development only (refuses unless DEBUG): the accounts share the known password
SHOP_DEMO_STAFF_PASSWORD, which is re-applied on each run.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from accounts.models import login_email_mark_verified
from accounts.role_admin import role_admin_ensure
from accounts.roles import ROLES


def demo_email(role_name: str) -> str:
    return f"{role_name.lower().replace(' ', '-')}@example.com"


class Command(BaseCommand):
    help = "Create or refresh one demo account per shop role and the role administrator."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo staff accounts have a known password: development only.")
        password = settings.SHOP_DEMO_STAFF_PASSWORD
        user_model = get_user_model()
        rows = []
        for role in ROLES:
            email = demo_email(role.name)
            user = user_model.objects.filter(email__iexact=email).first()
            if user is None:
                user = user_model.objects.create_user(
                    email=email, password=password, first_name="Demo", last_name=role.name
                )
            else:
                user.set_password(password)
                user.save(update_fields=["password"])
                login_email_mark_verified(user)  # made before verification was mandatory
            user.groups.set([Group.objects.get(name=role.name)])
            rows.append((role.name, email))
        if settings.SHOP_ROLE_ADMIN_EMAIL:
            admin, _ = role_admin_ensure(email=settings.SHOP_ROLE_ADMIN_EMAIL, password=password)
            rows.append(("Role administrator", admin.email))
        width = max(len(name) for name, _ in rows)
        self.stdout.write(f"Demo staff (password for all: {password}):")
        for name, email in rows:
            self.stdout.write(f"    {name.ljust(width)}  {email}")
