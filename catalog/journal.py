"""Journal actions for catalog commerce data (SPEC §8: who, when, old → new).

Entries go to Wagtail's audit log, so they appear in Reports → Site history (filterable by
action) and in each price's / stock record's own history view.
"""

from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import LogFormatter

from commerce.money import format_money

PRICE_CHANGE = "catalog.price.change"
STOCK_CHANGE = "catalog.stock.change"


def _money(value: str | None) -> str:
    return format_money(Decimal(value)) if value not in (None, "") else _("no price")


class PriceChangeFormatter(LogFormatter):
    label = gettext_lazy("Change price")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _("Price of %(sku)s changed: %(old)s → %(new)s") % {
            "sku": data.get("sku") or _("product"),
            "old": _money(data.get("old")),
            "new": _money(data.get("new")),
        }

    def format_comment(self, log_entry):
        return (log_entry.data or {}).get("source", "")


class StockChangeFormatter(LogFormatter):
    label = gettext_lazy("Change stock")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        source = data.get("source")
        values = {
            "sku": data.get("sku") or _("product"),
            "store": data.get("store") or _("store"),
            "old": data.get("old"),
            "new": data.get("new"),
            "source": source,
        }
        if source:
            return (
                _("Stock of %(sku)s in %(store)s changed: %(old)s → %(new)s pcs (%(source)s)")
                % values
            )
        return _("Stock of %(sku)s in %(store)s changed: %(old)s → %(new)s pcs") % values

    def format_comment(self, log_entry):
        return (log_entry.data or {}).get("source", "")


def register_catalog_log_actions(actions) -> None:
    """Called from the ``register_log_actions`` hook."""
    actions.register_action(PRICE_CHANGE)(PriceChangeFormatter)
    actions.register_action(STOCK_CHANGE)(StockChangeFormatter)
