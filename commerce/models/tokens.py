"""API tokens for the payment bot (SPEC §5): only a SHA-256 hash is stored."""

import hashlib
import secrets

from django.db import models


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    name = models.CharField(max_length=100, help_text="Who uses it, e.g. “Telegram bot”.")
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(
        max_length=8, editable=False, help_text="The first characters, to recognise a token."
    )
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "bot API token"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def issue(cls, *, name: str) -> tuple["ApiToken", str]:
        """A new token; returns it with the raw secret, which is shown once and never kept."""
        raw = secrets.token_hex(32)  # hex: never starts with "-", safe on a command line
        token = cls.objects.create(name=name, key_hash=hash_token(raw), prefix=raw[:8])
        return token, raw
