"""Helpers for samples/blind11: rows are typed once, documents and expectations are written from them.

Written without reading the parser. Truth is by construction: the target / actual / money conversions below are the
contract's normal forms applied to strings typed here (and checked with assertions by the document scripts)."""
from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent

LEVEL1_STD = {"产出指标": "产出", "效益指标": "效益", "满意度指标": "满意度", "成本指标": "成本",
              "产出目标": "产出", "效益目标": "效益", "满意度目标": "满意度"}
OPS = [("≥", ">="), ("≤", "<="), (">=", ">="), ("<=", "<="), (">", ">"), ("<", "<"), ("=", "="), ("＝", "=")]
DATE = re.compile(r"\d{4}年|\d+月")  # a date or deadline, not a number with a unit
NUM = re.compile(r"^(\d+(?:\.\d+)?)(万|亿)?(.*)$")


def money(text: str | None, per: int = 10000) -> str | None:
    """Amount as printed (万元 by default) -> 元 string with two decimals; '—' / '' / None -> None."""
    if text is None or text.strip() in ("", "—", "-", "/"):
        return None
    value = Decimal(text.replace(",", "")) * per
    return f"{value:.2f}"


def number_with_unit(text: str) -> tuple[float, str | None] | None:
    match = NUM.match(text)
    if not match:
        return None
    value = Decimal(match.group(1))
    if match.group(2) == "万":
        value *= 10000
    elif match.group(2) == "亿":
        value *= 100000000
    unit = match.group(3).strip() or None
    if unit is not None:
        unit = unit.strip("()（）") or None
    return float(value), unit


def target(raw: str, unit_column: str | None = None) -> dict[str, Any]:
    """The target columns of an indicator from its typed target text (plus a separate unit column's text)."""
    text = raw if unit_column is None else raw
    operator = None
    rest = text
    for sign, op in OPS:
        if text.startswith(sign):
            operator, rest = op, text[len(sign):]
            break
    parsed = number_with_unit(rest)
    if parsed is None or DATE.search(text):
        return {"target_raw": raw, "operator": None, "value": None, "value_max": None, "unit": None,
                "qualitative": raw, "conditions": []}
    value, unit = parsed
    if operator is None:
        operator = "="
    if unit == "‰":
        value, unit = value / 10, "%"
    return {"target_raw": raw, "operator": operator, "value": value, "value_max": None, "unit": unit,
            "qualitative": None, "conditions": [{"label": None, "operator": operator, "value": value, "unit": unit}]}


def actual_number(raw: str | None) -> float | None:
    """actual_value: the number of a completion cell, 万 folded; words, dates and '—' give None."""
    if raw is None:
        return None
    parsed = number_with_unit(raw)
    if parsed is None:
        return None
    if DATE.search(raw):
        return None
    return parsed[0]


def indicator(level1: str | None, level2: str | None, name: str, target_raw: str, actual_raw: str | None = None,
              weight: float | None = None, score: float | None = None, origin: str = "indicator_table",
              actual_value: Any = "auto", lenient: bool = False, **override: Any) -> dict[str, Any]:
    row: dict[str, Any] = {"origin": origin, "level1": level1, "level2": level2, "level3": name,
                           "level1_std": LEVEL1_STD.get(level1) if level1 else None}
    row.update(target(target_raw))
    row["actual_raw"] = actual_raw
    row["actual_value"] = actual_number(actual_raw) if actual_value == "auto" else actual_value
    row["weight"] = None if weight is None else float(weight)
    row["score"] = None if score is None else float(score)
    row["lenient"] = lenient
    row.update(override)
    return row


def line(item: str, label: str, amount: str | None, parent: str | None = None, initial: str | None = None,
         actual: str | None = None, rate: float | None = None, per: int = 10000) -> dict[str, Any]:
    return {"item": item, "label": label, "parent_label": parent, "amount_yuan": money(amount, per),
            "initial_yuan": money(initial, per), "actual_yuan": money(actual, per), "execution_rate": rate}


def score(level: int, name: str, weight: float | None, value: float | None, parent: str | None = None,
          code: str | None = None, actual_raw: str | None = None, actual_value: Any = "auto",
          group: str | None = None) -> dict[str, Any]:
    return {"level": level, "code": code, "name": name, "parent_code": parent, "group": group,
            "weight": None if weight is None else float(weight), "actual_raw": actual_raw,
            "actual_value": actual_number(actual_raw) if actual_value == "auto" else actual_value,
            "score": None if value is None else float(value)}


def leaf_scores(indicators: list[dict[str, Any]], parent_of: dict[str, str | None] | None = None) -> list[dict[str, Any]]:
    """Level-3 score rows of a self-evaluation: one per indicator that has a 分值 and 得分."""
    rows = []
    for ind in indicators:
        if ind["weight"] is None:
            continue
        parent = (parent_of or {}).get(ind["level1"]) if parent_of else None
        rows.append({"level": 3, "code": None, "name": ind["level3"], "parent_code": parent, "group": None,
                     "weight": ind["weight"], "actual_raw": ind["actual_raw"], "actual_value": ind["actual_value"],
                     "score": ind["score"]})
    return rows


def form(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"form_index": 0, "fiscal_year": None, "project_name": None, "reporting_unit": None,
                            "department": None, "project_type": None, "project_class": None,
                            "performance_type": None, "fund_use": None, "includes_procurement": None,
                            "start_date": None, "end_date": None, "budget_lines": [], "indicators": [],
                            "scores": [], "evaluation": None}
    for key, value in fields.items():
        assert key in base, key
        base[key] = value
    return base


def evaluation(fiscal_year: int, project_name: str, total: float | None, grade: str | None = None,
               budget: str | None = None, spent: str | None = None, rate: float | None = None,
               evaluator: str | None = None, commissioned_by: str | None = None, per: int = 10000) -> dict[str, Any]:
    return {"fiscal_year": fiscal_year, "project_name": project_name, "evaluator": evaluator,
            "commissioned_by": commissioned_by, "total_score": total, "grade": grade,
            "budget_yuan": money(budget, per), "spent_yuan": money(spent, per), "execution_rate": rate}


def check(condition: bool, what: str) -> None:
    if not condition:
        raise AssertionError(what)


def rate(actual: str, budget: str) -> float:
    return float((Decimal(actual) / Decimal(budget) * 100).quantize(Decimal("0.01")))


def write(name: str, content: str | bytes | None, doc_kind: str, notes: str, forms: list[dict[str, Any]]) -> None:
    path = OUT / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    expected = {"doc": name, "doc_kind": doc_kind, "notes": notes, "forms": forms}
    (OUT / f"{name}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
    print("wrote", name)


def docx_to_pdf(docx_path: Path, out_dir: Path) -> Path:
    """Print a .docx to PDF with LibreOffice (headless, its own profile so other sessions' soffice is not disturbed)."""
    import subprocess
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/blind11-lo-profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out_dir), str(docx_path)], check=True, capture_output=True, timeout=300)
    pdf = out_dir / (docx_path.stem + ".pdf")
    assert pdf.exists(), pdf
    return pdf


def docx_table(document: Any, rows: list[list[Any]], widths_cm: list[float] | None = None,
               font_pt: float = 9) -> Any:
    """A python-docx table from a grid where a cell is text, ('<', ) = merged into the cell on its left,
    ('^', ) = merged into the cell above; the merged cell keeps the first cell's text."""
    from docx.shared import Cm, Pt
    n_cols = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=n_cols)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, str):
                cell = table.cell(r, c)
                cell.text = value
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        run.font.size = Pt(font_pt)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value == ("<",):
                start = c - 1
                while rows[r][start] == ("<",):
                    start -= 1
                table.cell(r, start).merge(table.cell(r, c))
            elif value == ("^",):
                start = r - 1
                while rows[start][c] == ("^",):
                    start -= 1
                table.cell(start, c).merge(table.cell(r, c))
    # merge() joins the texts of the merged cells; the merged-away cells were empty, so strip the empty paragraphs
    for row in table.rows:
        for cell in row.cells:
            paragraphs = cell.paragraphs
            for paragraph in paragraphs[1:]:
                if not paragraph.text.strip():
                    paragraph._element.getparent().remove(paragraph._element)
    if widths_cm:
        for row in table.rows:
            for c, width in enumerate(widths_cm):
                if c < len(row.cells):
                    row.cells[c].width = Cm(width)
    return table
