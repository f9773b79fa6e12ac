"""Print every URL route and its name, in resolution order (one per line, tab-separated).

Run it before and after a change that must not touch URLs and diff the two:
``.venv/bin/python scripts/url_table.py > before.txt``.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.urls import URLResolver, get_resolver  # noqa: E402


def routes(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from routes(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield f"{prefix}{pattern.pattern}\t{pattern.name}"


if __name__ == "__main__":
    print("\n".join(routes(get_resolver().url_patterns)))
