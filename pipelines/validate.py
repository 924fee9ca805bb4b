"""Checks on a document's typed rows → ``issues`` rows. Pure: rows in, issue rows out.

Every check is one :class:`Rule` in :data:`RULES` with a stable code, a severity and a sentence
saying what it checks (README lists them from here: :func:`markdown_rules`). The message of an
issue says what is wrong in words, the context quotes the text concerned.

Severities: ``warning`` — the document's own figures or fields do not hold together (the document
becomes ``partial``); ``info`` — worth knowing, nothing wrong with the reading (a target not met is
a finding about the project, not about the parse).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable, Iterable

import regex as re
from rich.table import Table

from jixiao.normalize.vocabulary import YEAR_IN_TITLE_PATTERN

Row = dict[str, Any]
Rows = dict[str, list[Row]]
_TOLERANCE_YUAN = Decimal("1.00")
_TOLERANCE_SCORE = 0.011
#: A rate printed with decimals is checked to its rounding; a whole-number rate (100%) to ±0.5.
_TOLERANCE_RATE_DECIMALS = 0.051
_TOLERANCE_RATE_WHOLE = 0.5
#: 项目支出绩效评价管理办法: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60 (low inclusive, high exclusive).
GRADE_BANDS: dict[str, tuple[float, float]] = {"优": (90, float("inf")), "良": (80, 90),
                                               "中": (60, 80), "差": (float("-inf"), 60)}
#: Fields a row must have, by table: (column, what it is called in a message).
REQUIRED_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "forms": (("project_name", "project name (项目名称)"), ("fiscal_year", "fiscal year (年度)")),
    "indicators": (("level3", "indicator name (三级指标)"),),
    "evaluations": (("total_score", "total score (总分)"),),
}
#: A year in a form's title: ``2020年度``, ``2020年``, or bracketed alone ``（2021）``.
_YEAR_IN_TITLE = re.compile(YEAR_IN_TITLE_PATTERN)


@dataclass(frozen=True)
class Rule:
    code: str
    severity: str
    checks: str
    run: Callable[[Rows, "Rule"], list[Row]]


def _issue(row: Row, rule: Rule, message: str, context: str | None) -> Row:
    return {"doc_id": row["doc_id"], "form_id": row.get("form_id"), "severity": rule.severity,
            "code": rule.code, "message": message, "context": context}


def _by_form(rows: Iterable[Row]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        out[r["form_id"]].append(r)
    return out


# ------------------------------------------------------------------------------------- money

def _subtotals(lines: list[Row], column: str) -> dict[str, Decimal]:
    return {b["parent_label"]: b[column] for b in lines
            if b["item"] == "subtotal" and b["parent_label"] and b[column] is not None}


def check_budget_sum(rows: Rows, rule: Rule) -> list[Row]:
    """Top-level components against the year's total (a component left blank counts as its 小计);
    nested lines against their 小计."""
    out: list[Row] = []
    for lines in _by_form(rows.get("budget_lines", [])).values():
        total = next((b for b in lines if b["item"] == "current_year_budget"), None)
        top = [b for b in lines if b["item"] == "component" and b["parent_label"] is None]
        for column in ("amount_yuan", "actual_yuan"):
            if total is None or len(top) < 2 or total[column] is None:
                continue
            parts = [b[column] for b in top]
            if all(p is not None for p in parts) or column == "amount_yuan" and any(
                    p is not None for p in parts):
                sub = _subtotals(lines, column)
                total_parts = sum((p if p is not None else sub.get(b["label"], Decimal(0))
                                   for p, b in zip(parts, top)), Decimal(0))
                if abs(total_parts - total[column]) > _TOLERANCE_YUAN:
                    out.append(_issue(total, rule, f"the components add up to {total_parts} 元 but "
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
                        out.append(_issue(sub_line, rule,
                                          f"lines under {sub_line['parent_label']} add up to {s} 元 "
                                          f"but its 小计 says {sub_line[column]} 元", sub_line["raw"]))
    return out


#: Budget items that are the sources of the year's money (其中: 财政拨款 / 上年结转 / 其他资金).
SOURCE_ITEMS: tuple[str, ...] = ("fiscal_appropriation", "carryover", "other_funds")


def check_budget_sources(rows: Rows, rule: Rule) -> list[Row]:
    """The year's sources against its total: never more than it; equal to it when two or more
    sources are listed with amounts (a single 其中 line may name only part of the money)."""
    out: list[Row] = []
    for lines in _by_form(rows.get("budget_lines", [])).values():
        total = next((b for b in lines if b["item"] == "current_year_budget"), None)
        sources = [b for b in lines if b["item"] in SOURCE_ITEMS and b["parent_label"] is None]
        if total is None or not sources:
            continue
        for column in ("amount_yuan", "initial_yuan", "actual_yuan"):
            values = [b[column] for b in sources if b[column] is not None]
            if total[column] is None or not values:
                continue
            s = sum(values, Decimal(0))
            complete = len(values) == len(sources) >= 2
            if s - total[column] > _TOLERANCE_YUAN or complete and abs(s - total[column]) > _TOLERANCE_YUAN:
                labels = " + ".join(b["label"] for b in sources if b[column] is not None)
                out.append(_issue(total, rule, f"{labels} add up to {s} 元 but {total['label']} says "
                                  f"{total[column]} 元 ({column})", total["raw"]))
    return out


def check_execution_rate(rows: Rows, rule: Rule) -> list[Row]:
    """A line's 执行率 against its executed amount over its budget."""
    out: list[Row] = []
    for b in rows.get("budget_lines", []):
        amount, actual, rate = b.get("amount_yuan"), b.get("actual_yuan"), b.get("execution_rate")
        if amount is None or actual is None or rate is None or amount == 0:
            continue
        computed = float(actual / amount * 100)
        tolerance = _TOLERANCE_RATE_WHOLE if float(rate).is_integer() else _TOLERANCE_RATE_DECIMALS
        if abs(computed - rate) > tolerance:
            out.append(_issue(b, rule, f"{b['label']}: {actual} 元 of {amount} 元 is {computed:.2f}% "
                              f"but the document says {rate}%", b["raw"]))
    return out


# ------------------------------------------------------------------------------------ scores

def check_score_exceeds_weight(rows: Rows, rule: Rule) -> list[Row]:
    return [_issue(s, rule, f"{s['name']} scores {s['score']} out of a weight of {s['weight']}",
                   s["source_text"])
            for s in rows.get("scores", [])
            if s["weight"] is not None and s["score"] is not None and s["score"] > s["weight"] + 1e-9]


def check_score_sum(rows: Rows, rule: Rule) -> list[Row]:
    """The weights and the scores of a level's rows against their parent's (the level-1 rows
    against the total)."""
    out: list[Row] = []
    for form_rows in _by_form(rows.get("scores", [])).values():
        for parent in form_rows:
            if parent["level"] == 0:   # level-1 blocks, and rows under no block (a
                # self-evaluation prints a block row only where it prints the block's weight)
                children = [r for r in form_rows if r["level"] == 1
                            or r["level"] > 1 and r["parent_code"] is None]
            else:
                key = parent["code"] or parent["name"]
                children = [r for r in form_rows
                            if r["level"] > parent["level"] and r["parent_code"] == key]
            for column in ("weight", "score"):
                values = [c[column] for c in children]
                if not children or parent[column] is None or any(v is None for v in values):
                    continue
                total = round(sum(values), 4)
                if abs(total - parent[column]) > _TOLERANCE_SCORE:
                    out.append(_issue(parent, rule, f"the rows under {parent['name']} add up to "
                                      f"{total} ({column}) but it says {parent[column]}",
                                      parent["source_text"]))
    return out


def check_total_score(rows: Rows, rule: Rule) -> list[Row]:
    """An evaluation's total score against its scoring table's total row."""
    out: list[Row] = []
    totals = {s["form_id"]: s for s in rows.get("scores", [])
              if s["level"] == 0 and s["score"] is not None}
    for e in rows.get("evaluations", []):
        total_row = totals.get(e["form_id"])
        if e["total_score"] is not None and total_row is not None and \
                abs(e["total_score"] - total_row["score"]) > _TOLERANCE_SCORE:
            out.append(_issue(e, rule, f"the evaluation states a total of {e['total_score']} but its "
                              f"scoring table adds up to {total_row['score']}",
                              total_row["source_text"]))
    return out


def check_grade_band(rows: Rows, rule: Rule) -> list[Row]:
    out: list[Row] = []
    for e in rows.get("evaluations", []):
        grade, total = e["grade"], e["total_score"]
        if grade in GRADE_BANDS and total is not None:
            low, high = GRADE_BANDS[grade]
            if not low <= total < high:
                expected = next(g for g, (lo, hi) in GRADE_BANDS.items() if lo <= total < hi)
                out.append(_issue(e, rule, f"a total of {total} is grade {expected}, not {grade} "
                                  f"(优 ≥ 90, 良 80–90, 中 60–80, 差 < 60)", f"{total} {grade}"))
    return out


# ------------------------------------------------------------------------------ years, dates

def check_dates_reversed(rows: Rows, rule: Rule) -> list[Row]:
    return [_issue(f, rule, f"the project starts on {f['start_date']}, after it ends on "
                   f"{f['end_date']}", f.get("title"))
            for f in rows.get("forms", [])
            if isinstance(f.get("start_date"), dt.date) and isinstance(f.get("end_date"), dt.date)
            and f["start_date"] > f["end_date"]]


def check_year_outside_dates(rows: Rows, rule: Rule) -> list[Row]:
    out: list[Row] = []
    for f in rows.get("forms", []):
        start, end, year = f.get("start_date"), f.get("end_date"), f.get("fiscal_year")
        if year is None or start is None or end is None or start > end:
            continue
        if not start.year <= year <= end.year:
            out.append(_issue(f, rule, f"the fiscal year {year} is outside the project's dates "
                              f"{start} – {end}", f.get("title")))
    return out


def check_title_year(rows: Rows, rule: Rule) -> list[Row]:
    out: list[Row] = []
    for f in rows.get("forms", []):
        if f.get("doc_kind") == "evaluation_report":   # its title is the project's name
            continue
        years = {int(a or b) for a, b in _YEAR_IN_TITLE.findall(f.get("title") or "")}
        if years and f.get("fiscal_year") is not None and f["fiscal_year"] not in years:
            out.append(_issue(f, rule, f"the title names the year {', '.join(map(str, sorted(years)))} "
                              f"but the form's fiscal year is {f['fiscal_year']}", f.get("title")))
    return out


# ---------------------------------------------------------------------------- targets, fields

_DIGIT = re.compile(r"\d")


def check_value_unparsed(rows: Rows, rule: Rule) -> list[Row]:
    out: list[Row] = []
    for i in rows.get("indicators", []):
        raw = i["target_raw"]
        if raw and _DIGIT.search(raw) and i["operator"] is None and not i["conditions"]:
            out.append(_issue(i, rule, f"the target of {i['level3']} has a number but no "
                              f"operator/value could be read from it; kept as qualitative text", raw))
    return out


def check_missing_fields(rows: Rows, rule: Rule) -> list[Row]:
    out: list[Row] = []
    for table, fields in REQUIRED_FIELDS.items():
        for row in rows.get(table, []):
            for column, words in fields:
                if row.get(column) in (None, ""):
                    context = row.get("title") or row.get("source_text") or row.get("project_name")
                    out.append(_issue(row, rule, f"the {table[:-1].replace('_', ' ')} has no {words}",
                                      context))
    return out


def check_target_not_met(rows: Rows, rule: Rule) -> list[Row]:
    out: list[Row] = []
    for i in rows.get("indicators", []):
        if i.get("target_met") is False:
            unit = i.get("unit") or ""
            out.append(_issue(i, rule, f"{i['level3']}: the actual {i['actual_compared']:g}{unit} "
                              f"misses the target {i['target_raw']} by {abs(i['gap']):g}{unit}",
                              i.get("source_text") or i["target_raw"]))
    return out


#: Every check ingest runs, in the order issues are written.
RULES: tuple[Rule, ...] = (
    Rule("missing_field", "warning", "a form without project name or fiscal year, an indicator "
         "without a name, an evaluation without a total score", check_missing_fields),
    Rule("budget_sum_mismatch", "warning", "budget components against the year's total, and lines "
         "under a sub-project against its 小计 (to 1 元)", check_budget_sum),
    Rule("budget_sources_mismatch", "warning", "the sources (财政拨款 + 上年结转 + 其他资金) against "
         "the year's total: never above it, equal when two or more are given", check_budget_sources),
    Rule("execution_rate_mismatch", "warning", "a line's 执行率 against executed ÷ budgeted",
         check_execution_rate),
    Rule("score_exceeds_weight", "warning", "a score above its weight (分值/权重)",
         check_score_exceeds_weight),
    Rule("score_sum_mismatch", "warning", "the weights and scores of a level's rows against their "
         "parent's (level 1, and rows under no block, against the total)", check_score_sum),
    Rule("total_score_mismatch", "warning", "an evaluation's stated total against its scoring "
         "table's total row", check_total_score),
    Rule("grade_band_mismatch", "warning", "total score against the grade's band (优 ≥ 90, "
         "良 80–90, 中 60–80, 差 < 60)", check_grade_band),
    Rule("dates_reversed", "warning", "a start date after the end date", check_dates_reversed),
    Rule("year_outside_dates", "warning", "the fiscal year outside the project's start/end years",
         check_year_outside_dates),
    Rule("title_year_mismatch", "warning", "a year in the form's title (2020年度) that is not its "
         "fiscal year", check_title_year),
    Rule("value_unparsed", "info", "a target with a number from which no operator/value could be "
         "read", check_value_unparsed),
    Rule("target_not_met", "info", "an actual that misses its target (see the indicators' "
         "target_met and gap)", check_target_not_met),
)
#: Codes that the parser itself writes (not validation rules), documented beside the rules.
PARSER_CODES: dict[str, str] = {
    "money_unit_missing": "warning: no money unit stated anywhere; amounts taken as 元",
    "money_unit_inferred": "info: a table's money unit inferred from the narrative's figures",
    "row_split_uncertain": "warning: a score-table or cost-table row whose run-together cells split "
                           "more than one way and the table's totals do not decide, or a table whose "
                           "row breaks were lost (one cell per line, blank cells dropped) and can be cut "
                           "more than one way; the split kept is named, the table's raw text is the context",
    "cell_join_uncertain": "info: cells of PDF text (pdftotext -raw) put back from their wrapped lines by "
                           "the column's width alone, no vocabulary word or amount completed; the cells' "
                           "lines as written are the context",
    "number_repaired": "info: a damaged amount (digits split by a blank: 968.191 8; a lost decimal point: "
                       "7242318) read back because the row's 执行率 = B/A holds for that one reading only; "
                       "the context keeps the text as written",
    "cost_column_sum_mismatch": "info: a run-together cost table whose earlier-year column does not add up "
                                "to its 合计 in any split; the split kept (amounts proven) is named",
}


def validate(rows: Rows) -> list[Row]:
    """Every rule over one document's rows."""
    return [issue for rule in RULES for issue in rule.run(rows, rule)]


def markdown_rules() -> str:
    """The rules as a markdown table, for README (a test checks README carries it)."""
    lines = ["| code | severity | checks |", "|---|---|---|"]
    lines += [f"| `{r.code}` | {r.severity} | {r.checks} |" for r in RULES]
    lines += [f"| `{code}` | {text.split(':')[0]} | {text.split(': ', 1)[1]} (parser) |"
              for code, text in PARSER_CODES.items()]
    return "\n".join(lines) + "\n"


def summarize_issues(issues: list[Row]) -> Table | None:
    """Issue counts by severity and code, for the ingest summary; None when there are none."""
    counts: Counter[tuple[str, str]] = Counter((i["severity"], i["code"]) for i in issues)
    documents: Counter[tuple[str, str]] = Counter()
    for key in {((i["severity"], i["code"]), i["doc_id"]) for i in issues}:
        documents[key[0]] += 1
    return findings_table(counts, documents)


def findings_table(counts: Counter[tuple[str, str]], documents: Counter[tuple[str, str]]) -> Table | None:
    """(severity, code) → issues and documents, as the ingest summary's findings table."""
    if not counts:
        return None
    order = {"error": 0, "warning": 1, "info": 2}
    table = Table(title="validation findings (issues table)")
    for column in ("severity", "code", "issues", "documents"):
        table.add_column(column, justify="right" if column in ("issues", "documents") else "left")
    for (severity, code), n in sorted(counts.items(), key=lambda kv: (order.get(kv[0][0], 3), kv[0][1])):
        table.add_row(severity, code, str(n), str(documents[(severity, code)]))
    return table


if __name__ == "__main__":  # python -m jixiao.pipelines.validate prints the README's issue-codes table
    print(markdown_rules(), end="")
