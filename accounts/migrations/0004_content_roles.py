"""Banners and the site's navigation (issue 14.2, 14.5): managers link banners to discounts,
content managers edit banners' images and texts and the navigation; the role groups are
synced again now that those permissions exist (accounts.roles)."""

from django.db import migrations


def sync_roles(apps, schema_editor):
    from accounts.roles import sync_role_groups

    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_support_roles"),
        ("home", "0004_content_pages_banners_navigation"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
