"""Sharing a reduction among lines so the shares add up exactly (SPEC §4)."""

from decimal import ROUND_DOWN, Decimal

from commerce.money import CENT
from commerce.pricing.types import LineKey


def allocate(total: Decimal, weights: dict[LineKey, Decimal]) -> dict[LineKey, Decimal]:
    """Split ``total`` (UAH, 2 places) in proportion to ``weights`` by the largest-remainder
    method: every share is floored to 0.01, then the leftover cents go to the largest
    remainders (ties to the smaller key, so the result never depends on input order).

    The shares add up to ``total`` exactly; a zero weight gets nothing. Raises ValueError
    when ``total`` is positive but all weights are zero.
    """
    keys = sorted(key for key, weight in weights.items() if weight > 0)
    if total == 0 or not keys:
        if total > 0:
            raise ValueError("Nothing to share a reduction over.")
        return dict.fromkeys(weights, Decimal("0.00"))
    weight_sum = sum(weights[key] for key in keys)
    exact = {key: total * weights[key] / weight_sum for key in keys}
    shares = {key: exact[key].quantize(CENT, rounding=ROUND_DOWN) for key in keys}
    leftover_cents = int(((total - sum(shares.values())) / CENT).to_integral_value())
    by_remainder = sorted(keys, key=lambda key: (-(exact[key] - shares[key]), key))
    for key in by_remainder[:leftover_cents]:
        shares[key] += CENT
    result = dict.fromkeys(weights, Decimal("0.00"))
    result.update(shares)
    return result
