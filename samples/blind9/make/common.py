"""Helpers shared by the blind9 make scripts: rows are typed once, the document and its expectation are both drawn from them.

Nothing here reads the parser. Amounts are typed as the document prints them (万元 or 元 strings) and converted to 元 with
Decimal, so the expectation's figures are exact.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

BLIND9 = Path(__file__).resolve().parent.parent

LEVEL1_STD: dict[str, str] = {
    "产出指标": "产出", "产出目标": "产出", "效益指标": "效益", "效益目标": "效益", "满意度指标": "满意度",
    "满意度目标": "满意度", "成本指标": "成本", "投入和管理目标": "投入与管理", "投入与管理": "投入与管理",
    "效果目标": "效果", "影响力目标": "影响力",
}


def yuan(printed: str | None, wan: bool) -> str | None:
    """The printed amount ('1,286.40', '—') as 元 with two decimals; None for a blank or placeholder cell."""
    if printed is None or printed.strip() in ("", "—", "/", "-"):
        return None
    amount = Decimal(printed.replace(",", ""))
    if wan:
        amount *= 10000
    return f"{amount.quantize(Decimal('0.01'))}"


def budget_line(item: str, label: str, amount: str | None, *, parent: str | None = None, initial: str | None = None,
                actual: str | None = None, rate: float | None = None) -> dict[str, Any]:
    return {"item": item, "label": label, "parent_label": parent, "amount_yuan": amount, "initial_yuan": initial,
            "actual_yuan": actual, "execution_rate": rate}


def target(raw: str, operator: str | None = None, value: float | None = None, unit: str | None = None) -> dict[str, Any]:
    """A numeric target when operator is given, else a word target (qualitative = the text)."""
    if operator is None:
        return {"target_raw": raw, "operator": None, "value": None, "value_max": None, "unit": None, "qualitative": raw,
                "conditions": []}
    return {"target_raw": raw, "operator": operator, "value": float(value), "value_max": None, "unit": unit,
            "qualitative": None, "conditions": [{"label": None, "operator": operator, "value": float(value), "unit": unit}]}


def indicator(level1: str | None, level2: str | None, name: str, tgt: dict[str, Any], *, origin: str = "indicator_table",
              actual_raw: str | None = None, actual_value: float | None = None, weight: float | None = None,
              score: float | None = None) -> dict[str, Any]:
    row: dict[str, Any] = {"origin": origin, "level1": level1, "level2": level2, "level3": name,
                           "level1_std": LEVEL1_STD[level1] if level1 else None}
    row.update(tgt)
    row.update({"actual_raw": actual_raw, "actual_value": None if actual_value is None else float(actual_value),
                "weight": None if weight is None else float(weight), "score": None if score is None else float(score),
                "lenient": False})
    return row


def score_row(level: int, name: str, weight: float | None, score: float | None, *, code: str | None = None,
              parent: str | None = None, group: str | None = None, actual_raw: str | None = None,
              actual_value: float | None = None) -> dict[str, Any]:
    return {"level": level, "code": code, "name": name, "parent_code": parent, "group": group,
            "weight": None if weight is None else float(weight), "actual_raw": actual_raw,
            "actual_value": None if actual_value is None else float(actual_value),
            "score": None if score is None else float(score)}


def form(index: int, *, fiscal_year: int | None, project_name: str | None, reporting_unit: str | None = None,
         department: str | None = None, project_type: str | None = None, project_class: str | None = None,
         performance_type: str | None = None, fund_use: str | None = None, includes_procurement: bool | None = None,
         start_date: str | None = None, end_date: str | None = None, budget_lines: list | None = None,
         indicators: list | None = None, scores: list | None = None, evaluation: dict | None = None) -> dict[str, Any]:
    return {"form_index": index, "fiscal_year": fiscal_year, "project_name": project_name,
            "reporting_unit": reporting_unit, "department": department, "project_type": project_type,
            "project_class": project_class, "performance_type": performance_type, "fund_use": fund_use,
            "includes_procurement": includes_procurement, "start_date": start_date, "end_date": end_date,
            "budget_lines": budget_lines or [], "indicators": indicators or [], "scores": scores or [],
            "evaluation": evaluation}


def evaluation(fiscal_year: int | None, project_name: str | None, *, total: float | None, grade: str | None = None,
               evaluator: str | None = None, commissioned_by: str | None = None, budget: str | None = None,
               spent: str | None = None, rate: float | None = None) -> dict[str, Any]:
    return {"fiscal_year": fiscal_year, "project_name": project_name, "evaluator": evaluator,
            "commissioned_by": commissioned_by, "total_score": total, "grade": grade, "budget_yuan": budget,
            "spent_yuan": spent, "execution_rate": rate}


def write_expectation(doc: str, doc_kind: str, notes: str, forms: list[dict[str, Any]]) -> None:
    payload = {"doc": doc, "doc_kind": doc_kind, "notes": notes, "forms": forms}
    (BLIND9 / f"{doc}.expected.json").write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")


def write_text(doc: str, text: str) -> None:
    (BLIND9 / doc).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
