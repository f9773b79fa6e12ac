"""PostgreSQL's ``pg_trgm`` for the search's "did you mean" (issue 15.1). Django's
``TrigramExtension`` does nothing on other databases (SQLite uses difflib instead)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("catalog", "0003_popularity")]

    operations = [TrigramExtension()]
