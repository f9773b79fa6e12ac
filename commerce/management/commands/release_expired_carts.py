"""``python manage.py release_expired_carts`` — run it every few minutes (cron or a worker)."""

from django.core.management.base import BaseCommand

from commerce.cart.services import release_expired_carts


class Command(BaseCommand):
    help = "Return the reserved stock of carts idle longer than their time-to-live."

    def handle(self, *args, **options):
        released = release_expired_carts()
        self.stdout.write(f"Released {released} expired cart(s).")
