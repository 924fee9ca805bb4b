"""Checks on a document's typed rows → ``issues`` rows. Pure: rows in, issue rows out.

Every check has a stable code; the message says what is wrong in words, the context quotes the
text concerned.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

import regex as re

Row = dict[str, Any]
_TOLERANCE_YUAN = Decimal("1.00")
_TOLERANCE_SCORE = 0.011
#: 项目支出绩效评价管理办法: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60.
GRADE_BANDS: dict[str, tuple[float, float]] = {"优": (90, 1000), "良": (80, 90), "中": (60, 80),
                                               "差": (-1000, 60)}


def _issue(row: Row, severity: str, code: str, message: str, context: str | None) -> Row:
    return {"doc_id": row["doc_id"], "form_id": row.get("form_id"), "severity": severity,
            "code": code, "message": message, "context": context}


def check_budget(budget: list[Row]) -> list[Row]:
    """Components against the year's total; nested lines against their 小计."""
    out: list[Row] = []
    by_form: dict[str, list[Row]] = defaultdict(list)
    for b in budget:
        by_form[b["form_id"]].append(b)
    for lines in by_form.values():
        total = next((b for b in lines if b["item"] == "current_year_budget"), None)
        top = [b for b in lines if b["item"] == "component" and b["parent_label"] is None]
        for column in ("amount_yuan", "actual_yuan"):
            if total is not None and len(top) >= 2 and total[column] is not None:
                parts = [b[column] for b in top]
                if all(p is not None for p in parts) or column == "amount_yuan" and any(
                        p is not None for p in parts):
                    sub = _subtotals(lines, column)
                    total_parts = sum((p if p is not None else sub.get(b["label"], Decimal(0))
                                       for p, b in zip(parts, top)), Decimal(0))
                    if abs(total_parts - total[column]) > _TOLERANCE_YUAN:
                        out.append(_issue(total, "warning", "budget_sum_mismatch",
                                          f"the components add up to {total_parts} 元 but "
                                          f"{total['label']} says {total[column]} 元 ({column})",
                                          total["raw"]))
        for sub_line in (b for b in lines if b["item"] == "subtotal" and b["parent_label"]):
            children = [b for b in lines if b["item"] == "component"
                        and b["parent_label"] == sub_line["parent_label"]]
            for column in ("amount_yuan", "actual_yuan"):
                values = [c[column] for c in children]
                if children and sub_line[column] is not None and all(v is not None for v in values):
                    s = sum(values, Decimal(0))
                    if abs(s - sub_line[column]) > _TOLERANCE_YUAN:
                        out.append(_issue(sub_line, "warning", "budget_sum_mismatch",
                                          f"lines under {sub_line['parent_label']} add up to {s} 元 "
                                          f"but its 小计 says {sub_line[column]} 元", sub_line["raw"]))
    return out


def _subtotals(lines: list[Row], column: str) -> dict[str, Decimal]:
    return {b["parent_label"]: b[column] for b in lines
            if b["item"] == "subtotal" and b["parent_label"] and b[column] is not None}


def check_scores(scores: list[Row]) -> list[Row]:
    """Children's weights and scores against their parent; score above weight."""
    out: list[Row] = []
    for s in scores:
        if s["weight"] is not None and s["score"] is not None and s["score"] > s["weight"] + 1e-9:
            out.append(_issue(s, "warning", "score_exceeds_weight",
                              f"{s['name']} scores {s['score']} out of a weight of {s['weight']}",
                              s["source_text"]))
    by_form: dict[str, list[Row]] = defaultdict(list)
    for s in scores:
        by_form[s["form_id"]].append(s)
    for rows in by_form.values():
        for parent in rows:
            if parent["level"] == 0:
                children = [r for r in rows if r["level"] == 1]
            else:
                key = parent["code"] or parent["name"]
                children = [r for r in rows if r["level"] > parent["level"] and r["parent_code"] == key]
            for column in ("weight", "score"):
                values = [c[column] for c in children]
                if len(children) < 1 or parent[column] is None or any(v is None for v in values):
                    continue
                total = round(sum(values), 4)
                if abs(total - parent[column]) > _TOLERANCE_SCORE:
                    out.append(_issue(parent, "warning", "score_sum_mismatch",
                                      f"the rows under {parent['name']} add up to {total} ({column}) "
                                      f"but it says {parent[column]}", parent["source_text"]))
    return out


def check_evaluations(evaluations: list[Row]) -> list[Row]:
    out: list[Row] = []
    for e in evaluations:
        grade, total = e["grade"], e["total_score"]
        if grade in GRADE_BANDS and total is not None:
            low, high = GRADE_BANDS[grade]
            if not (low <= total < high or (grade == "优" and total >= low)):
                out.append(_issue(e, "warning", "grade_band_mismatch",
                                  f"a total of {total} is not in the band of grade {grade}",
                                  f"{total} {grade}"))
    return out


def check_indicators(indicators: list[Row]) -> list[Row]:
    out: list[Row] = []
    for i in indicators:
        raw = i["target_raw"]
        if raw and re.search(r"\d", raw) and i["operator"] is None and not i["conditions"]:
            out.append(_issue(i, "info", "value_unparsed",
                              f"the target of {i['level3']} has a number but no operator/value could be "
                              f"read from it; kept as qualitative text", raw))
    return out


def check_forms(forms: list[Row]) -> list[Row]:
    out: list[Row] = []
    for f in forms:
        for column in ("project_name", "fiscal_year"):
            if f[column] is None:
                out.append(_issue(f, "warning", "missing_field",
                                  f"the form has no {column}", f.get("title")))
    return out


def validate(rows: dict[str, list[Row]]) -> list[Row]:
    """Every check over one document's rows."""
    return (check_forms(rows.get("forms", [])) + check_budget(rows.get("budget_lines", []))
            + check_indicators(rows.get("indicators", [])) + check_scores(rows.get("scores", []))
            + check_evaluations(rows.get("evaluations", [])))
