from django.apps import AppConfig


class CommerceConfig(AppConfig):
    name = "commerce"
    verbose_name = "Commerce"

    def ready(self):
        # Each concern connects its own receivers.
        from commerce.cart import signals as cart_signals  # noqa: F401
        from commerce.customers import signals as customer_signals  # noqa: F401
        from commerce.pricing import signals as pricing_signals  # noqa: F401
