"""The chat and reviews (issue 16): sales operators answer conversations, managers read them,
content managers hide and show reviews; the role groups are synced again now that those
permissions exist (accounts.roles)."""

from django.db import migrations


def sync_roles(apps, schema_editor):
    from accounts.roles import sync_role_groups

    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_content_roles"),
        ("support", "0002_chat_and_reviews"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
