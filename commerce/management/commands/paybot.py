"""``python manage.py paybot status N`` / ``paybot pay N --account IBAN`` — a small client of
the payment bot API, over HTTP (SPEC §5). ``--url`` (default $SHOP_BOT_URL or
http://127.0.0.1:8000/api/bot) and ``--token`` (default $SHOP_BOT_TOKEN)."""

import os

import requests
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Ask the payment API for an order's status, or pay it from a bank account."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["status", "pay"])
        parser.add_argument("number", help="The order number, e.g. GW000001")
        parser.add_argument("--account", help="IBAN to pay from (for pay)")
        parser.add_argument(
            "--url", default=os.environ.get("SHOP_BOT_URL", "http://127.0.0.1:8000/api/bot")
        )
        parser.add_argument("--token", default=os.environ.get("SHOP_BOT_TOKEN", ""))

    def handle(self, *args, action, number, account, url, token, **options):
        if not token:
            raise CommandError("Give --token (or set SHOP_BOT_TOKEN); create one in the admin.")
        headers = {"Authorization": f"Bearer {token}"}
        base = url.rstrip("/")
        try:
            if action == "status":
                response = requests.get(
                    f"{base}/orders/{number}/status", headers=headers, timeout=30
                )
            else:
                if not account:
                    raise CommandError("pay needs --account IBAN")
                response = requests.post(
                    f"{base}/orders/{number}/pay",
                    headers=headers,
                    json={"account": account},
                    timeout=30,
                )
        except requests.RequestException as exc:
            raise CommandError(f"Cannot reach {base}: {exc}") from exc
        if response.status_code == 401:
            raise CommandError("The API refused the token.")
        data = response.json()
        if action == "status":
            if response.status_code == 404:
                raise CommandError(f"no such order: {number}", returncode=2)
            self.stdout.write(f"{data['order']}: {data['status']}")
            return
        line = data["result"] + (f" ({data['reason']})" if data.get("reason") else "")
        if response.status_code != 200:
            raise CommandError(line, returncode=2)
        self.stdout.write(line)
