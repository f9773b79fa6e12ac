"""Payments (SPEC §5): cards through the Braintree SDK, bank accounts by IBAN."""
