"""Helpers for the blind10 make scripts: rows are typed once, documents and expectations come from them.

Written without reading the parser (only CONTRACT.md, LAYOUTS.md, docs/expectations.md and the blind READMEs).
"""
from __future__ import annotations

import json
import re
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path
from typing import Any

OUT_DIR = Path(__file__).resolve().parent.parent

LEVEL1_STD = {
    "产出指标": "产出", "产出目标": "产出", "效益指标": "效益", "效益目标": "效益",
    "满意度指标": "满意度", "满意度目标": "满意度", "成本指标": "成本",
}

OPERATORS = [("≥", ">="), ("≤", "<="), (">=", ">="), ("<=", "<="), ("＞", ">"), ("＜", "<"), (">", ">"),
             ("<", "<"), ("=", "="), ("＝", "=")]


def yuan(wan: str | None) -> str | None:
    """An amount typed in 万元 as printed -> 元 with two decimals (None stays None)."""
    if wan is None:
        return None
    return str((Decimal(wan) * 10000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def rate(spent: str, budget: str) -> float:
    """Execution rate in percent, two decimals, from amounts as printed."""
    return float((Decimal(spent) / Decimal(budget) * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def money(item: str, label: str, amount_wan: str | None, *, parent: str | None = None,
          initial_wan: str | None = None, actual_wan: str | None = None,
          execution_rate: float | None = None) -> dict[str, Any]:
    return {"item": item, "label": label, "parent_label": parent, "amount_yuan": yuan(amount_wan),
            "initial_yuan": yuan(initial_wan), "actual_yuan": yuan(actual_wan), "execution_rate": execution_rate}


def number_of(text: str) -> tuple[float, str | None]:
    """'3.8万人' -> (38000.0, '人'); '95%' -> (95.0, '%'); '12' -> (12.0, None). 万 folded into the value."""
    found = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*(万)?\s*(.*)", text)
    if not found:
        raise ValueError(text)
    value = Decimal(found.group(1))
    if found.group(2):
        value *= 10000
    unit = found.group(3).strip().strip("()（）") or None
    return float(value), unit


def target(raw: str) -> dict[str, Any]:
    """The target columns of a clean target text. Word targets (no leading number/operator) are qualitative."""
    text = raw.strip()
    for sign, operator in OPERATORS:
        if text.startswith(sign):
            value, unit = number_of(text[len(sign):].strip())
            return {"target_raw": raw, "operator": operator, "value": value, "value_max": None, "unit": unit,
                    "qualitative": None,
                    "conditions": [{"label": None, "operator": operator, "value": value, "unit": unit}]}
    if re.match(r"-?\d", text) and not re.search(r"\d年|月", text):
        value, unit = number_of(text)
        return {"target_raw": raw, "operator": "=", "value": value, "value_max": None, "unit": unit,
                "qualitative": None, "conditions": [{"label": None, "operator": "=", "value": value, "unit": unit}]}
    return {"target_raw": raw, "operator": None, "value": None, "value_max": None, "unit": None,
            "qualitative": raw, "conditions": []}


def actual_value_of(raw: str | None) -> float | None:
    """The number of an actual as written, 万 folded ('1.12万户' -> 11200); words and dates -> None."""
    if raw is None:
        return None
    text = raw.strip()
    if re.search(r"\d年|\d月", text):
        return None
    found = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*(万)?[^\d]*", text)
    if not found:
        return None
    value = Decimal(found.group(1))
    if found.group(2):
        value *= 10000
    return float(value)


def indicator(level1: str | None, level2: str | None, level3: str, target_raw: str, *,
              actual_raw: str | None = None, weight: float | None = None, score: float | None = None,
              override: dict[str, Any] | None = None, lenient: bool = False,
              origin: str = "indicator_table") -> dict[str, Any]:
    row: dict[str, Any] = {"origin": origin, "level1": level1, "level2": level2, "level3": level3,
                           "level1_std": LEVEL1_STD.get(level1) if level1 else None}
    row.update(target(target_raw))
    row.update({"actual_raw": actual_raw, "actual_value": actual_value_of(actual_raw),
                "weight": weight, "score": score, "lenient": lenient})
    if override:
        row.update(override)
    return row


def score_row(level: int, name: str, *, parent: str | None = None, weight: float | None = None,
              score: float | None = None, actual_raw: str | None = None,
              actual_value: float | None = None, code: str | None = None) -> dict[str, Any]:
    return {"level": level, "code": code, "name": name, "parent_code": parent, "group": None, "weight": weight,
            "actual_raw": actual_raw, "actual_value": actual_value, "score": score}


def leaf_scores(indicators: list[dict[str, Any]], parent_of: dict[str, str | None] | None = None) -> list[dict[str, Any]]:
    """Level-3 score rows of the indicators that carry a 分值 or 得分."""
    rows = []
    for row in indicators:
        if row["weight"] is None and row["score"] is None:
            continue
        parent = (parent_of or {}).get(row["level1"] or "", None)
        rows.append(score_row(3, row["level3"], parent=parent, weight=row["weight"], score=row["score"],
                              actual_raw=row["actual_raw"], actual_value=row["actual_value"]))
    return rows


def form(*, fiscal_year: int, project_name: str | None, reporting_unit: str | None = None,
         department: str | None = None, project_type: str | None = None, project_class: str | None = None,
         start_date: str | None = None, end_date: str | None = None, budget_lines: list | None = None,
         indicators: list | None = None, scores: list | None = None,
         evaluation: dict | None = None, form_index: int = 0) -> dict[str, Any]:
    return {"form_index": form_index, "fiscal_year": fiscal_year, "project_name": project_name,
            "reporting_unit": reporting_unit, "department": department, "project_type": project_type,
            "project_class": project_class, "performance_type": None, "fund_use": None,
            "includes_procurement": None, "start_date": start_date, "end_date": end_date,
            "budget_lines": budget_lines or [], "indicators": indicators or [], "scores": scores or [],
            "evaluation": evaluation}


def evaluation(*, fiscal_year: int, project_name: str | None, total_score: float | None, grade: str | None = None,
               budget_wan: str | None = None, spent_wan: str | None = None,
               execution_rate: float | None = None) -> dict[str, Any]:
    return {"fiscal_year": fiscal_year, "project_name": project_name, "evaluator": None, "commissioned_by": None,
            "total_score": total_score, "grade": grade, "budget_yuan": yuan(budget_wan), "spent_yuan": yuan(spent_wan),
            "execution_rate": execution_rate}


def write(name: str, content: str | bytes, doc_kind: str, notes: str, forms: list[dict[str, Any]]) -> None:
    path = OUT_DIR / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    expected = {"doc": name, "doc_kind": doc_kind, "notes": "Blind sample (blind10): " + notes, "forms": forms}
    (OUT_DIR / (name + ".expected.json")).write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def check(condition: bool, what: str) -> None:
    if not condition:
        raise AssertionError(what)


def total(values: list[str]) -> Decimal:
    return sum((Decimal(v) for v in values), Decimal("0"))
