"""Journal actions for catalog commerce data (SPEC §8: who, when, old → new).

Entries go to Wagtail's audit log, so they appear in Reports → Site history (filterable by
action) and in each price's / stock record's own history view.
"""

from wagtail.log_actions import LogFormatter

PRICE_CHANGE = "catalog.price.change"
STOCK_CHANGE = "catalog.stock.change"


def _money(value: str | None) -> str:
    return f"{value} UAH" if value not in (None, "") else "no price"


class PriceChangeFormatter(LogFormatter):
    label = "Change price"

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return (
            f"Price of {data.get('sku') or 'product'} changed: "
            f"{_money(data.get('old'))} → {_money(data.get('new'))}"
        )

    def format_comment(self, log_entry):
        return (log_entry.data or {}).get("source", "")


class StockChangeFormatter(LogFormatter):
    label = "Change stock"

    def format_message(self, log_entry):
        data = log_entry.data or {}
        source = data.get("source")
        return (
            f"Stock of {data.get('sku') or 'product'} in {data.get('store') or 'store'} "
            f"changed: {data.get('old')} → {data.get('new')} pcs"
            + (f" ({source})" if source else "")
        )

    def format_comment(self, log_entry):
        return (log_entry.data or {}).get("source", "")


def register_catalog_log_actions(actions) -> None:
    """Called from the ``register_log_actions`` hook."""
    actions.register_action(PRICE_CHANGE)(PriceChangeFormatter)
    actions.register_action(STOCK_CHANGE)(StockChangeFormatter)
