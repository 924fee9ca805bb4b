"""Field-level precision / recall / F1 of the parser against hand-checked expectations.

Every sample ``X`` with a twin ``X.expected.json`` is parsed; expected and produced rows are
matched by name (indicator name, budget label, score code) so one missing row does not shift all
the others, and each field of each matched row is compared:

* expected value, produced the same → true positive;
* expected value, produced another or nothing → false negative (and a false positive if something
  else was produced); * expected null, produced a value → false positive; both null → not counted.

Rows marked ``"lenient": true`` count only for being found.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.normalize.text import fold_key
from jixiao.pipelines.ingest import EXPECTED_SUFFIX, DocumentResult, parse_file

Row = dict[str, Any]

FORM_FIELDS = ("fiscal_year", "project_name", "reporting_unit", "department", "project_type",
               "project_class", "performance_type", "fund_use", "includes_procurement",
               "start_date", "end_date")
BUDGET_FIELDS = ("item", "label", "parent_label", "amount_yuan", "initial_yuan", "actual_yuan",
                 "execution_rate")
INDICATOR_FIELDS = ("origin", "level1", "level2", "level3", "level1_std", "target_raw", "operator",
                    "value", "value_max", "unit", "qualitative", "conditions", "actual_raw",
                    "actual_value", "weight", "score")
SCORE_FIELDS = ("level", "code", "name", "parent_code", "group", "weight", "actual_raw",
                "actual_value", "score")
EVALUATION_FIELDS = ("fiscal_year", "project_name", "evaluator", "commissioned_by", "total_score",
                     "grade", "budget_yuan", "spent_yuan", "execution_rate")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    tables: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    mismatches: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for c in self.tables.values():
            total.add(c)
        return total


def _normal(value: Any) -> Any:
    if value in (None, "", []):
        return None
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str):
        try:
            if value.replace(".", "", 1).lstrip("-").isdigit():
                return float(value)
        except ValueError:
            pass
        return value.strip()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, list):
        return [{k: _normal(v) for k, v in sorted(item.items())} for item in value]
    return value


def _equal(a: Any, b: Any) -> bool:
    a, b = _normal(a), _normal(b)
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 1e-6 * max(1.0, abs(a))
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(
            all(_equal(x.get(k), y.get(k)) for k in set(x) | set(y)) for x, y in zip(a, b))
    return a == b


def compare_fields(expected: Row, produced: Row | None, fields: tuple[str, ...], where: str,
                   report: Report, table: str) -> None:
    counts = report.tables[table]
    if expected.get("lenient"):
        if produced is None:
            counts.fn += 1
            report.mismatches.append(f"{where}: lenient row not found")
        else:
            counts.tp += 1
        return
    for name in fields:
        want = _normal(expected.get(name))
        got = _normal(produced.get(name)) if produced is not None else None
        if want is None and got is None:
            continue
        if want is not None and got is not None and _equal(want, got):
            counts.tp += 1
            continue
        if want is not None:
            counts.fn += 1
        if got is not None:
            counts.fp += 1
        report.mismatches.append(f"{where}.{name}: expected {want!r}, got {got!r}")


def _key(table: str, row: Row) -> tuple:
    if table == "indicators":
        return (fold_key(row.get("level3")),)
    if table == "budget_lines":
        return (row.get("item"), fold_key(row.get("label")), fold_key(row.get("parent_label")))
    return (row.get("level"), row.get("code") or fold_key(row.get("name")))


def match_rows(table: str, expected: list[Row], produced: list[Row], fields: tuple[str, ...],
               where: str, report: Report) -> None:
    """Pair rows with the same key in order of appearance; leftovers are missing or extra rows."""
    pool: dict[tuple, list[Row]] = defaultdict(list)
    for row in produced:
        pool[_key(table, row)].append(row)
    unmatched_expected: list[Row] = []
    for row in expected:
        candidates = pool.get(_key(table, row))
        if candidates:
            compare_fields(row, candidates.pop(0), fields, f"{where}/{table}[{_key(table, row)}]",
                           report, table)
        else:
            unmatched_expected.append(row)
    leftovers = [r for rows in pool.values() for r in rows]
    for row in unmatched_expected:
        # second chance: same position among the leftovers (a row found with a misspelt name)
        if leftovers and table == "indicators":
            compare_fields(row, leftovers.pop(0), fields, f"{where}/{table}[{_key(table, row)}]~",
                           report, table)
        else:
            compare_fields(row, None, fields, f"{where}/{table}[{_key(table, row)}] missing",
                           report, table)
    for row in leftovers:
        compare_fields({}, row, fields, f"{where}/{table}[{_key(table, row)}] extra", report, table)


def score_document(expected: dict[str, Any], result: DocumentResult, report: Report) -> None:
    name = expected.get("doc", result.document["source_path"])
    by_form: dict[int, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    form_rows = {f["form_index"]: f for f in result.rows["forms"]}
    index_of = {f["form_id"]: f["form_index"] for f in result.rows["forms"]}
    for table in ("budget_lines", "indicators", "scores", "evaluations"):
        for row in result.rows[table]:
            by_form[index_of[row["form_id"]]][table].append(row)
    compare_fields({"doc_kind": expected.get("doc_kind")}, result.document, ("doc_kind",),
                   f"{name}", report, "documents")
    for form in expected["forms"]:
        i = form["form_index"]
        where = f"{name}#{i}"
        compare_fields(form, form_rows.get(i), FORM_FIELDS, where, report, "forms")
        produced = by_form[i]
        match_rows("budget_lines", form.get("budget_lines", []), produced["budget_lines"],
                   BUDGET_FIELDS, where, report)
        match_rows("indicators", form.get("indicators", []), produced["indicators"],
                   INDICATOR_FIELDS, where, report)
        match_rows("scores", form.get("scores", []), produced["scores"], SCORE_FIELDS, where, report)
        evaluation = form.get("evaluation")
        got = produced["evaluations"][0] if produced["evaluations"] else None
        if evaluation is not None or got is not None:
            compare_fields(evaluation or {}, got, EVALUATION_FIELDS, where, report, "evaluations")
    for extra in sorted(set(form_rows) - {f["form_index"] for f in expected["forms"]}):
        compare_fields({}, form_rows[extra], FORM_FIELDS, f"{name}#{extra} extra", report, "forms")


def expected_files(folder: Path) -> list[tuple[Path, Path]]:
    """(document, expectation) pairs under a folder, or for one document."""
    if folder.is_file():
        candidates = [folder.with_name(folder.name + EXPECTED_SUFFIX),
                      folder.with_name(folder.stem + EXPECTED_SUFFIX)]
        return [(folder, exp) for exp in candidates[:1 if candidates[0].exists() else 2] if exp.exists()]
    pairs = []
    for exp in sorted(folder.rglob(f"*{EXPECTED_SUFFIX}")):
        doc = exp.with_name(exp.name[: -len(EXPECTED_SUFFIX)])
        if not doc.exists():
            doc = exp.with_name(exp.name[: -len(EXPECTED_SUFFIX)] + ".txt")
        pairs.append((doc, exp))
    return pairs


def measure(folder: Path) -> Report:
    report = Report()
    for doc, exp in expected_files(folder):
        expected = json.loads(exp.read_text(encoding="utf-8"))
        if not doc.exists():
            report.mismatches.append(f"{exp.name}: its document is missing")
            report.tables["documents"].fn += 1
            continue
        score_document(expected, parse_file(doc, folder if folder.is_dir() else folder.parent), report)
    return report
