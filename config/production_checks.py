"""What production refuses to start with (issue 12.2). Each problem names the variable to
set, and every problem is reported at once, so an operator fixes a deployment in one pass.

Why each one matters:

- a missing or development ``SECRET_KEY``: sessions, password-reset links and order keys
  could be forged;
- no Braintree credentials: the offline simulator would "approve" cards and take no money;
  a demo deployment says so on purpose with ``SHOP_PAYMENT_SIMULATOR=true``;
- no ``DATABASE_URL`` or a SQLite one: one file on one machine, no row locks for the races
  the shop is built to survive;
- no ``REDIS_URL``: per-process memory caches break rate limits and discount caches across
  workers (a deactivated promotion was still charged for minutes in other workers);
- no ``EMAIL_HOST``: console e-mail prints password-reset links into the logs;
- account payments without a gateway need the shop's own IBAN for the transfer
  instructions, and the account simulator takes no money either.
"""

from collections.abc import Mapping

from stdnum import iban

_TRUE = {"1", "true", "yes", "on"}


def _set(environ: Mapping[str, str], name: str) -> bool:
    return bool((environ.get(name) or "").strip())


def payment_simulator_on(environ: Mapping[str, str]) -> bool:
    """``SHOP_PAYMENT_SIMULATOR`` set to a true word: a demo deployment with test payments."""
    return (environ.get("SHOP_PAYMENT_SIMULATOR") or "").strip().lower() in _TRUE


def unsafe_settings(environ: Mapping[str, str]) -> list[str]:
    """The problems with a production environment (empty when it is safe to start)."""
    problems = []
    secret = environ.get("SECRET_KEY") or ""
    if len(secret) < 40 or secret.startswith(("dev-", "test-")):
        problems.append("Set SECRET_KEY to a random string of at least 40 characters.")
    simulator = payment_simulator_on(environ)
    braintree = ("BRAINTREE_MERCHANT_ID", "BRAINTREE_PUBLIC_KEY", "BRAINTREE_PRIVATE_KEY")
    missing = [name for name in braintree if not _set(environ, name)]
    if missing and not simulator:
        problems.append(
            f"Set {', '.join(missing)} (Braintree credentials), or SHOP_PAYMENT_SIMULATOR=true "
            "for a demo deployment that takes no money."
        )
    url = (environ.get("DATABASE_URL") or "").strip()
    if not url:
        problems.append("Set DATABASE_URL to the PostgreSQL database (postgres://...).")
    elif url.lower().startswith("sqlite"):
        problems.append("DATABASE_URL points to SQLite; production needs PostgreSQL.")
    if not _set(environ, "REDIS_URL"):
        problems.append(
            "Set REDIS_URL (redis://...): rate limits and caches must be shared by all workers."
        )
    if not _set(environ, "EMAIL_HOST"):
        problems.append(
            "Set EMAIL_HOST (the SMTP server): console e-mail would print password-reset "
            "links into the logs."
        )
    gateway = (environ.get("SHOP_ACCOUNT_GATEWAY") or "").strip()
    if gateway == "simulator" and not simulator:
        problems.append(
            "SHOP_ACCOUNT_GATEWAY=simulator takes no money: name a real gateway class, leave it "
            "empty for bank transfers, or set SHOP_PAYMENT_SIMULATOR=true for a demo."
        )
    if not gateway and not simulator and not iban.is_valid(environ.get("SHOP_BANK_IBAN") or ""):
        problems.append(
            "Set SHOP_BANK_IBAN to the shop's valid IBAN: without an account gateway, shoppers "
            "pay account orders by transfer to it."
        )
    return problems
