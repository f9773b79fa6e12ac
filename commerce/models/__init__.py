from commerce.models.customers import Customer

__all__ = ["Customer"]
