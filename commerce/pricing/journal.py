"""Journal of discount and loyalty-tier changes (SPEC §8: who, when, old → new), written to
Wagtail's audit log so it shows in each object's history and in Reports → Site history."""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log

DISCOUNT_CHANGE = "commerce.discount.change"
TIER_CHANGE = "commerce.loyaltytier.change"


def snapshot(instance: models.Model) -> dict[str, str]:
    """Displayable field values of a discount or tier (choices by label, products by SKU),
    in the shop's language whoever makes the change, so the journal reads in one language."""
    with translation.override(settings.LANGUAGE_CODE):
        return _snapshot(instance)


def _snapshot(instance: models.Model) -> dict[str, str]:
    values: dict[str, str] = {}
    for field in instance._meta.concrete_fields:
        if field.name in ("id", "created_at", "updated_at"):
            continue
        if field.choices:
            value = getattr(instance, f"get_{field.name}_display")()
        elif field.is_relation:
            related = getattr(instance, field.name)
            value = "" if related is None else str(related)
        else:
            raw = getattr(instance, field.attname)
            value = "" if raw is None else str(raw)
        values[str(field.verbose_name)] = value
    if hasattr(instance, "product_links"):
        skus = sorted(link.product.sku for link in instance.product_links.all())
        values["products"] = ", ".join(skus)
    return values


def record_change(*, instance, before: dict[str, str] | None, user, action: str) -> None:
    """Log the fields that differ between ``before`` (None for a new object) and now."""
    after = snapshot(instance)
    before = before or {}
    changes = {
        name: [before.get(name, ""), value]
        for name, value in after.items()
        if before.get(name, "") != value
    }
    if changes:
        log(instance=instance, action=action, user=user, data={"changes": changes})


class ChangeFormatter(LogFormatter):
    def format_message(self, log_entry):
        changes = (log_entry.data or {}).get("changes", {})
        parts = [f"{name}: {old or '—'} → {new or '—'}" for name, (old, new) in changes.items()]
        if not parts:
            return gettext("Changed")
        return gettext("Changed %(changes)s") % {"changes": "; ".join(parts)}


class DiscountChangeFormatter(ChangeFormatter):
    label = _("Change discount")


class TierChangeFormatter(ChangeFormatter):
    label = _("Change loyalty tier")


def register_pricing_log_actions(actions) -> None:
    """The ``register_log_actions`` hook's part for discounts and tiers."""
    actions.register_action(DISCOUNT_CHANGE)(DiscountChangeFormatter)
    actions.register_action(TIER_CHANGE)(TierChangeFormatter)
