"""Category filters (SPEC §1, issue 15.2–15.3): facets built from the filterable parameters
present in a category's subtree, the shopper's choice read from the URL, and the listing
narrowed by it.

URL format (a GET form, so every state is a shareable address and the back button works):

- ``p<definition id>=<value>`` (repeatable) — a choice parameter; several values of one
  parameter are OR-ed (``p3=easy&p3=medium``);
- ``p<definition id>_min`` / ``p<definition id>_max`` — a number or range parameter;
- ``price_min`` / ``price_max`` — the base price in UAH;
- ``in_stock=1`` — in stock only (listings hold only products in stock, SPEC §1, so it is
  always satisfied; it is accepted so such addresses stay valid).

Different parameters are AND-ed. Numbers accept ``0,5`` and ``0.5``.

Semantics: a number parameter keeps ``min ≤ value ≤ max`` (either side may be open). A range
parameter (temperature 22–26 °C, "fits my tank") given **one value** ``v`` (only one box
filled, or both equal) keeps products whose range contains it: ``range_min ≤ v ≤ range_max``
("tolerates 24 °C"); given **a range** ``[a, b]`` it keeps products whose range overlaps it
(which includes lying inside it): ``range_min ≤ b and range_max ≥ a`` ("overlaps 22–26 °C").

Bad values (letters in a number, min > max, an unknown or non-filterable parameter, a
parameter used the wrong way) drop that filter and add a notice; the page never fails.

Queries: one for the facets (definitions present in the subtree with their numeric bounds),
one aggregate for every choice count at once (each parameter's counts ignore that parameter's
own selection: a conditional ``COUNT(DISTINCT product)`` per definition), and the listing's
own — a constant number whatever the products and the filters.

It sits in ``catalog.models`` because ``CategoryPage.listing`` uses it and it queries the
parameter models (a module beside them keeps the package free of import cycles).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db.models import Count, Exists, Max, Min, OuterRef, Q
from django.db.models.functions import Coalesce
from django.http import QueryDict
from django.utils.translation import gettext

from catalog.glossary import term
from catalog.models.parameters import ParameterKind, format_number
from catalog.models.product_parts import ProductParameter
from commerce.money import format_money

PRICE_MIN, PRICE_MAX, IN_STOCK = "price_min", "price_max", "in_stock"
# Largest magnitude the value columns hold (max_digits=14, decimal_places=4).
_LIMIT = Decimal("9999999999")


def parameter_key(definition_id: int) -> str:
    """``3`` → ``"p3"``: the URL name of a parameter's filter."""
    return f"p{definition_id}"


def parse_number(text: str) -> Decimal | None:
    """``"0,5"`` / ``" 0.5 "`` → ``Decimal("0.5")``; ``""`` → None. Raises ValueError for
    anything that is not a finite number the catalog can store."""
    text = text.strip().replace(",", ".").replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite() or abs(value) > _LIMIT:
        raise ValueError(text)
    return value


@dataclass
class Choice:
    value: str  # as stored (the URL carries it)
    label: str  # in the page's language
    count: int = 0
    selected: bool = False


@dataclass
class Facet:
    """One filter of the panel: a parameter present in the subtree."""

    definition_id: int
    name: str  # in the page's language
    unit: str  # in the page's language
    kind: str
    low: Decimal | None = None  # numeric bounds over the subtree (placeholders)
    high: Decimal | None = None
    choices: list[Choice] = field(default_factory=list)
    selected_min: str = ""  # the inputs' values as the shopper sees them
    selected_max: str = ""

    @property
    def key(self) -> str:
        return parameter_key(self.definition_id)

    @property
    def key_min(self) -> str:
        return f"{self.key}_min"

    @property
    def key_max(self) -> str:
        return f"{self.key}_max"

    @property
    def is_choice(self) -> bool:
        return self.kind == ParameterKind.CHOICE

    @property
    def is_range(self) -> bool:
        return self.kind == ParameterKind.RANGE

    @property
    def low_text(self) -> str:
        return format_number(self.low)

    @property
    def high_text(self) -> str:
        return format_number(self.high)

    @property
    def legend(self) -> str:
        return f"{self.name}, {self.unit}" if self.unit else self.name


@dataclass(frozen=True)
class ActiveFilter:
    """One applied filter as the shopper reads it, with the address that removes it."""

    label: str
    remove_query: str


@dataclass
class FilterState:
    """What the shopper asked for, typed; ``notices`` say what was left out and why."""

    price_min: Decimal | None = None
    price_max: Decimal | None = None
    in_stock: bool = False
    numbers: dict[int, tuple[Decimal | None, Decimal | None]] = field(default_factory=dict)
    choices: dict[int, tuple[str, ...]] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)

    @property
    def is_active(self) -> bool:
        return bool(
            self.price_min is not None or self.price_max is not None or self.numbers or self.choices
        )

    def params(self) -> list[tuple[str, str]]:
        """The canonical URL parameters of this state (``0.5``, never ``0,5``)."""
        pairs: list[tuple[str, str]] = []
        for key, value in ((PRICE_MIN, self.price_min), (PRICE_MAX, self.price_max)):
            if value is not None:
                pairs.append((key, _plain(value)))
        if self.in_stock:
            pairs.append((IN_STOCK, "1"))
        for definition_id, (low, high) in sorted(self.numbers.items()):
            key = parameter_key(definition_id)
            if low is not None:
                pairs.append((f"{key}_min", _plain(low)))
            if high is not None:
                pairs.append((f"{key}_max", _plain(high)))
        for definition_id, values in sorted(self.choices.items()):
            pairs.extend((parameter_key(definition_id), value) for value in values)
        return pairs


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def _between(low: Decimal | None, high: Decimal | None, unit: str = "", *, money=False) -> str:
    """``22–26 °C``, ``from 5 cm``, ``up to 300 грн`` in the active language."""

    def shown(value: Decimal) -> str:
        if money:
            return format_money(value)
        return f"{format_number(value)} {unit}".strip()

    if low is not None and high is not None:
        if money:
            return f"{shown(low)} – {shown(high)}"
        return f"{format_number(low)}–{shown(high)}"
    if low is not None:
        return gettext("from %(value)s") % {"value": shown(low)}
    return gettext("up to %(value)s") % {"value": shown(high)}


def range_single_value(low: Decimal | None, high: Decimal | None) -> Decimal | None:
    """The one value a range filter holds ("fits my tank"), or None when it is a range."""
    if low is None or high is None:
        return low if high is None else high
    return low if low == high else None


class FilteredListing:
    """A category's products narrowed by the URL's filters, with the panel's facets.

    ``products`` is the filtered queryset (unordered, not yet paginated); ``facets`` the
    panel's filters (choices with counts); ``state`` the typed request; ``active`` the applied
    filters with their remove links; ``notices`` what was left out. Two queries (facets, then
    every choice count at once) run on construction.
    """

    def __init__(self, products, query: QueryDict, *, keep: dict[str, str] | None = None):
        self._base = products
        self._keep = {key: value for key, value in (keep or {}).items() if value}
        self.facets = self._load_facets()
        self.state = self._parse(query)
        self.products = self._apply(products, self.state)
        self._count_choices()
        for definition_id, (low, high) in self.state.numbers.items():
            self.facets[definition_id].selected_min = format_number(low)
            self.facets[definition_id].selected_max = format_number(high)
        self.price_min = format_number(self.state.price_min)
        self.price_max = format_number(self.state.price_max)
        self.active = self._active_filters()

    @property
    def notices(self) -> list[str]:
        return self.state.notices

    # --- facets -------------------------------------------------------------------------

    def _parameters(self):
        """Filterable parameter values of the listed products of the subtree."""
        return ProductParameter.objects.filter(
            product__in=self._base.values("pk"), definition__filterable=True
        ).exclude(definition__kind=ParameterKind.TEXT)

    def _load_facets(self) -> dict[int, Facet]:
        rows = (
            self._parameters()
            .values("definition_id", "definition__name", "definition__unit", "definition__kind")
            .annotate(
                low=Min(Coalesce("number_value", "range_min")),
                high=Max(Coalesce("number_value", "range_max")),
            )
            .order_by()
        )
        facets = [
            Facet(
                definition_id=row["definition_id"],
                name=term(row["definition__name"]),
                unit=term(row["definition__unit"]),
                kind=row["definition__kind"],
                low=row["low"],
                high=row["high"],
            )
            for row in rows
        ]
        facets.sort(key=lambda facet: facet.name.casefold())
        return {facet.definition_id: facet for facet in facets}

    # --- parsing ------------------------------------------------------------------------

    def _number(self, query: QueryDict, key: str, name: str) -> tuple[Decimal | None, bool]:
        """(value, ok) of ``query[key]``; a notice when it is not a number."""
        text = query.get(key, "")
        try:
            return parse_number(text), True
        except ValueError:
            self.state.notices.append(
                gettext("“%(value)s” is not a number, so the filter “%(name)s” is not applied.")
                % {"value": text[:40], "name": name}
            )
            return None, False

    def _pair(self, query: QueryDict, key_min: str, key_max: str, name: str):
        low, low_ok = self._number(query, key_min, name)
        high, high_ok = self._number(query, key_max, name)
        if not (low_ok and high_ok):
            return None
        if low is not None and high is not None and low > high:
            self.state.notices.append(
                gettext(
                    "In the filter “%(name)s” the lower bound is above the upper one, "
                    "so it is not applied."
                )
                % {"name": name}
            )
            return None
        if low is None and high is None:
            return None
        return low, high

    def _parse(self, query: QueryDict) -> FilterState:
        self.state = state = FilterState()
        price = self._pair(query, PRICE_MIN, PRICE_MAX, gettext("Price"))
        if price:
            state.price_min, state.price_max = price
        state.in_stock = query.get(IN_STOCK) == "1"
        seen: set[str] = set()
        for key in query:
            if not key.startswith("p") or key in (PRICE_MIN, PRICE_MAX, "page"):
                continue
            base = key.removesuffix("_min").removesuffix("_max")
            if base in seen:
                continue
            seen.add(base)
            number = base[1:]
            facet = self.facets.get(int(number)) if number.isdigit() else None
            if facet is None:
                state.notices.append(
                    gettext("There is no filter “%(key)s” here, so it is not applied.")
                    % {"key": base[:40]}
                )
                continue
            if facet.is_choice:
                values = tuple(dict.fromkeys(v for v in query.getlist(facet.key) if v.strip()))
                if values:
                    state.choices[facet.definition_id] = values
                if facet.key_min in query or facet.key_max in query:
                    state.notices.append(
                        gettext("“%(name)s” is chosen from a list, not by numbers.")
                        % {"name": facet.name}
                    )
                continue
            if facet.key in query:
                state.notices.append(
                    gettext("“%(name)s” is filtered by numbers, not by a list.")
                    % {"name": facet.name}
                )
            pair = self._pair(query, facet.key_min, facet.key_max, facet.name)
            if pair:
                state.numbers[facet.definition_id] = pair
        return state

    # --- filtering ----------------------------------------------------------------------

    def _condition(self, definition_id: int):
        """The Exists() that one parameter's filter adds."""
        rows = ProductParameter.objects.filter(product=OuterRef("pk"), definition_id=definition_id)
        if definition_id in self.state.choices:
            return Exists(rows.filter(text_value__in=self.state.choices[definition_id]))
        low, high = self.state.numbers[definition_id]
        if self.facets[definition_id].is_range:
            single = range_single_value(low, high)
            if single is not None:
                return Exists(rows.filter(range_min__lte=single, range_max__gte=single))
            return Exists(rows.filter(range_min__lte=high, range_max__gte=low))
        if low is not None:
            rows = rows.filter(number_value__gte=low)
        if high is not None:
            rows = rows.filter(number_value__lte=high)
        return Exists(rows)

    def _apply(self, products, state: FilterState, *, skip: int | None = None):
        if state.price_min is not None:
            products = products.filter(price__amount__gte=state.price_min)
        if state.price_max is not None:
            products = products.filter(price__amount__lte=state.price_max)
        for definition_id in [*state.numbers, *state.choices]:
            if definition_id != skip:
                products = products.filter(self._condition(definition_id))
        return products

    def _count_choices(self) -> None:
        """Every choice's count in one aggregate query: the products that match all the
        *other* active filters and carry that value."""
        choice_ids = [f.definition_id for f in self.facets.values() if f.is_choice]
        if not choice_ids:
            return
        everything = Q(product__in=self.products.values("pk"))
        selected = list(self.state.choices)
        counted = everything & ~Q(definition_id__in=selected) if selected else everything
        for definition_id in selected:
            others = self._apply(self._base, self.state, skip=definition_id)
            counted |= Q(definition_id=definition_id, product__in=others.values("pk"))
        rows = (
            self._parameters()
            .filter(definition_id__in=choice_ids)
            .values("definition_id", "text_value")
            .annotate(count=Count("product", distinct=True, filter=counted))
            .order_by()
        )
        for row in rows:
            facet = self.facets[row["definition_id"]]
            chosen = self.state.choices.get(facet.definition_id, ())
            facet.choices.append(
                Choice(
                    value=row["text_value"],
                    label=term(row["text_value"]),
                    count=row["count"],
                    selected=row["text_value"] in chosen,
                )
            )
        for facet in self.facets.values():
            facet.choices.sort(key=lambda choice: choice.label.casefold())

    # --- what the shopper sees ----------------------------------------------------------

    def query_without(self, *, drop: set[str] = frozenset(), value: str | None = None) -> str:
        """The canonical query string without the parameters ``drop`` (or, with ``value``,
        only that value of a choice), keeping sort (the page returns to 1)."""
        pairs = [
            (key, val)
            for key, val in self.state.params()
            if not (key in drop and (value is None or val == value))
        ]
        query = QueryDict(mutable=True)
        for key, val in [*pairs, *self._keep.items()]:
            query.appendlist(key, val)
        encoded = query.urlencode()
        return f"?{encoded}" if encoded else "?"

    def _active_filters(self) -> list[ActiveFilter]:
        state, active = self.state, []
        if state.price_min is not None or state.price_max is not None:
            label = gettext("Price: %(between)s") % {
                "between": _between(state.price_min, state.price_max, money=True)
            }
            active.append(ActiveFilter(label, self.query_without(drop={PRICE_MIN, PRICE_MAX})))
        for definition_id, (low, high) in state.numbers.items():
            facet = self.facets[definition_id]
            unit = f" {facet.unit}" if facet.unit else ""
            single = range_single_value(low, high) if facet.is_range else None
            if single is not None:
                text = gettext("tolerates %(value)s") % {"value": f"{format_number(single)}{unit}"}
            elif facet.is_range:
                text = gettext("overlaps %(range)s") % {"range": _between(low, high, facet.unit)}
            else:
                text = _between(low, high, facet.unit)
            active.append(
                ActiveFilter(
                    f"{facet.name}: {text}",
                    self.query_without(drop={facet.key_min, facet.key_max}),
                )
            )
        for definition_id, values in state.choices.items():
            facet = self.facets[definition_id]
            for value in values:
                active.append(
                    ActiveFilter(
                        f"{facet.name}: {term(value)}",
                        self.query_without(drop={facet.key}, value=value),
                    )
                )
        return active

    @property
    def clear_query(self) -> str:
        query = QueryDict(mutable=True)
        for key, val in self._keep.items():
            query[key] = val
        encoded = query.urlencode()
        return f"?{encoded}" if encoded else "?"
