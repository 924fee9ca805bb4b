"""Targets against actuals: where a document gives both for one indicator, was the target met, and
by how much. Pure: rows in, new rows out.

Where the actual comes from:

- the indicator row itself (self-evaluation forms: 指标值 and 实际完成值 on one row);
- for a report's list of year targets (``origin = report_targets``), the 业绩值 of the level-3 row
  of its scoring table with the same name (compared after folding blanks and full-width forms;
  a name that matches no row, or several, is left alone rather than guessed).

Columns added to ``indicators``:

- ``actual_compared`` the actual the verdict used, in the target's unit;
- ``actual_ref`` where it came from: ``row`` or ``scores:<code>`` (``scores:<name>`` without a code);
- ``target_met`` True / False, null when there is nothing to compare (no actual, a word target, a
  compound target, units that differ);
- ``gap`` the margin, positive when better than the target, negative when short of it, in the
  target's unit: ``actual − value`` for ``>=``/``>``, ``value − actual`` for ``<=``/``<``, the
  distance outside the bounds (negative) or inside (≥ 0) for ``range``.

A bare number or ``=`` (``100%``, ``90%``, ``=1``) is a level to reach: templates write it for
``≥``. Exceeding it is met, except for a cost indicator (national 成本指标, or 二级 成本), where ``=``
is a ceiling.

Also the national framework columns ``level1_national``/``level2_national`` are filled here, so
ingest enriches indicator rows in one call (:func:`enrich_indicators`).
"""

from __future__ import annotations

from typing import Any

from jixiao.normalize.targets import parse_target_value
from jixiao.normalize.taxonomy import national_levels
from jixiao.normalize.text import fold_key
from jixiao.normalize.vocabulary import NATIONAL_COST_LEVEL

Row = dict[str, Any]
#: Floating-point slack when comparing an actual with its target (same unit).
_EPSILON = 1e-9


def is_cost_indicator(level1_national: str | None, level2_national: str | None) -> bool:
    return NATIONAL_COST_LEVEL in (level1_national, level2_national)


def target_verdict(operator: str | None, value: float | None, value_max: float | None,
                   actual: float | None, cost: bool = False) -> tuple[bool | None, float | None]:
    """(met, gap) of one actual against one target; (None, None) when they cannot be compared."""
    if actual is None or value is None or operator is None:
        return None, None
    if operator == "=":
        operator = "<=" if cost else ">="
    if operator in (">=", ">"):
        gap = actual - value
        met = gap >= -_EPSILON if operator == ">=" else gap > _EPSILON
    elif operator in ("<=", "<"):
        gap = value - actual
        met = gap >= -_EPSILON if operator == "<=" else gap > _EPSILON
    elif operator == "range" and value_max is not None:
        gap = min(actual - value, value_max - actual)
        met = gap >= -_EPSILON
    else:
        return None, None
    return met, round(gap, 6)


def _units_agree(target_unit: str | None, actual_unit: str | None) -> bool:
    return target_unit is None or actual_unit is None or target_unit == actual_unit


def _actual_of(text: str | None, number: float | None) -> tuple[float | None, str | None]:
    """(value, unit) of an actual as written; the parsed number when the text gives no unit."""
    if number is None:
        return None, None
    parsed = parse_target_value(text) if text else None
    if parsed is not None and parsed.operator == "=" and parsed.value is not None:
        return parsed.value, parsed.unit
    return number, None


def _scores_by_name(scores: list[Row]) -> dict[tuple[str, str], list[Row]]:
    by_name: dict[tuple[str, str], list[Row]] = {}
    for s in scores:
        if s["level"] == 3 and s["name"]:
            by_name.setdefault((s["form_id"], fold_key(s["name"])), []).append(s)
    return by_name


def mark_target_met(indicator: Row, scores_by_name: dict[tuple[str, str], list[Row]]) -> Row:
    """A copy of the indicator row with actual_compared, actual_ref, target_met and gap."""
    row = {**indicator, "actual_compared": None, "actual_ref": None, "target_met": None, "gap": None}
    actual, unit, ref = None, None, None
    if indicator.get("actual_value") is not None:
        actual, unit = _actual_of(indicator.get("actual_raw"), indicator["actual_value"])
        ref = "row"
    elif indicator.get("origin") == "report_targets" and indicator.get("level3"):
        matches = scores_by_name.get((indicator["form_id"], fold_key(indicator["level3"])), [])
        if len(matches) == 1 and matches[0]["actual_value"] is not None:
            score = matches[0]
            actual, unit = _actual_of(score["actual_raw"], score["actual_value"])
            ref = f"scores:{score['code'] or score['name']}"
    if actual is None or not _units_agree(indicator.get("unit"), unit):
        return row
    cost = is_cost_indicator(indicator.get("level1_national"), indicator.get("level2_national"))
    met, gap = target_verdict(indicator.get("operator"), indicator.get("value"),
                              indicator.get("value_max"), actual, cost)
    if met is None:
        return row
    row.update(actual_compared=actual, actual_ref=ref, target_met=met, gap=gap)
    return row


def with_national_levels(indicator: Row) -> Row:
    level1_national, level2_national = national_levels(
        indicator.get("level1_std"), indicator.get("level2"), indicator.get("level3"))
    return {**indicator, "level1_national": level1_national, "level2_national": level2_national}


def enrich_indicators(indicators: list[Row], scores: list[Row]) -> list[Row]:
    """One document's indicator rows with the national levels and the target-met columns."""
    by_name = _scores_by_name(scores)
    return [mark_target_met(with_national_levels(i), by_name) for i in indicators]
