"""Sales operators handle inquiries from the feedback form (issue 14.6): the role groups are
synced again now that ``support.Inquiry``'s permissions exist (accounts.roles)."""

from django.db import migrations


def sync_roles(apps, schema_editor):
    from accounts.roles import sync_role_groups

    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_shop_roles"),
        ("support", "0001_initial"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
