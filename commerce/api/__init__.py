"""The payment bot API (SPEC §5), built with django-ninja."""
