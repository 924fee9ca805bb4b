"""Raw records → typed contract rows (plain dicts keyed by the schema's column names).

Every value is parsed by the pure functions of this package; nothing here reads a document.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import regex as re

from jixiao.extract.records import RawBudgetLine, RawField, RawForm, RawIndicator, RawIssue, RawScore
from jixiao.normalize.dates import parse_date, parse_fiscal_year, parse_month_bound
from jixiao.normalize.money import budget_item_for_label, money_unit_multiplier, parse_amount_yuan, parse_percent
from jixiao.normalize.numbers import parse_float
from jixiao.normalize.targets import ParsedTarget, parse_target_value
from jixiao.normalize.text import clean_text, fold_key
from jixiao.normalize.vocabulary import (
    LEVEL_POINTS_PATTERN,
    BASE_MONEY_UNIT,
    CORE_INDICATOR_MARK_PATTERN,
    FILL_IN_HINT_PATTERN,
    ENTITY_NAME_COLUMNS,
    EXPLANATION_OPERATORS,
    FISCAL_PARENT_LABELS,
    FISCAL_SOURCE_LABELS,
    FOLDED_SUB_ITEM_PREFIX_PATTERN,
    GRADE_WORDS,
    LEVEL1_STD,
    LEVEL2_DIMENSION_WORDS,
    LEVEL2_OUTPUT_DIMENSION,
    LEVEL2_OUTPUT_WORDS,
    LEVEL_SUFFIXES,
    NO_WORDS,
    OPERATOR_PREFIXES,
    PERIOD_SEPARATOR_PATTERN,
    PROJECT_TYPE_WHEN_NO_NATURE_LABEL,
    RATE_NAME_SUFFIXES,
    UNIT_BRACKET_PATTERN,
    YES_WORDS,
)

Row = dict[str, Any]
_LEVEL_POINTS_ANYWHERE = re.compile(LEVEL_POINTS_PATTERN)
#: A level label's points at its end: a weight (``产出指标(50分)``) or the range a template allows
#: (``成本指标(0-20)分``).
_LEVEL_POINTS = re.compile(rf"\s*{LEVEL_POINTS_PATTERN}\s*$")
#: Names and categories get CJK spacing cleanup; prose columns keep their words as joined.
_NAME_COLUMNS = ("project_name", "reporting_unit", "department", "project_type", "project_class",
                 "performance_type", "fund_use")
_PROSE_COLUMNS = ("overview", "basis", "necessity", "overall_goal", "annual_goal")


def level_name(text: str | None) -> str | None:
    """A 一级/二级 label as written without the points printed after it: ``产出指标(50分)`` → ``产出指标``,
    ``成本指标 (0-20)分`` → ``成本指标``."""
    name = clean_text(text)
    return (_LEVEL_POINTS.sub("", name) or name) if name else name


def standard_level1(level1: str | None, level2: str | None = None) -> str | None:
    """level1 without template words: ``产出指标`` → ``产出``, ``投入和管理目标`` → ``投入与管理``,
    ``产出指标(50分)`` → ``产出``. When level1 is blank, a level2 that names its block
    (``生态环境成本指标``) decides. Unknown words → None."""
    if level1:
        key = _LEVEL_POINTS_ANYWHERE.sub("", fold_key(level1))
        for _ in range(2):
            if key in LEVEL1_STD:
                return LEVEL1_STD[key]
            for suffix in LEVEL_SUFFIXES:
                if key.endswith(suffix) and len(key) > len(suffix):
                    key = key[: -len(suffix)]
                    break
        if key in LEVEL1_STD:
            return LEVEL1_STD[key]
        # a 一级 cell naming no dimension (项目年度绩效目标) or holding a 二级 word (数量指标):
        # the level-2 word decides, else the level-1 cell read as one
        return _std_of_level2(level2) or _std_of_level2(level1)
    return _std_of_level2(level2)


def _std_of_level2(level2: str | None) -> str | None:
    """The dimension a 二级 word belongs to (``生态环境成本指标`` → 成本, ``数量指标`` → 产出)."""
    key = fold_key(level2)
    if not key:
        return None
    for word, std in LEVEL2_DIMENSION_WORDS:
        if word in key:
            return std
    if any(w in key for w in LEVEL2_OUTPUT_WORDS):
        return LEVEL2_OUTPUT_DIMENSION
    return None


def parse_measure(text: str | None) -> float | None:
    """An actual value as a number, read like a target: ``86.57%`` → 86.57, ``100`` → 100.0,
    ``3.6万人`` → 36000.0, ``12.6公里`` → 12.6; words → None."""
    if text is None:
        return None
    percent = parse_percent(text)
    if percent is not None:
        return percent
    number = parse_float(text)
    if number is not None:
        return number
    measured = parse_target_value(text)
    return measured.value if measured.operator == "=" else None


def parse_yes_no(text: str | None) -> bool | None:
    if not text:
        return None
    t = fold_key(text)
    if t in YES_WORDS:
        return True
    if t in NO_WORDS:
        return False
    return None


def _field(fields: list[RawField], key: str) -> RawField | None:
    return next((f for f in fields if f.key == key and f.value), None)


_PERIOD_SEPARATOR = re.compile(PERIOD_SEPARATOR_PATTERN)


def parse_period(text: str | None) -> tuple:
    """``2019年1月1日至2021年12月31日`` → (start, end) dates; either may be None. A period in months
    (``2023年4月-2024年2月``) runs from its first month's first day to its last month's last day."""
    parts = _PERIOD_SEPARATOR.split(text or "", maxsplit=1)
    if len(parts) != 2:
        return None, None
    return parse_date(parts[0]) or parse_month_bound(parts[0], end=False), \
        parse_date(parts[1]) or parse_month_bound(parts[1], end=True)


def form_row(raw: RawForm, doc_id: str) -> Row:
    fields = raw.fields
    row: Row = {"form_id": f"{doc_id}:{raw.form_index}", "doc_id": doc_id,
                "form_index": raw.form_index, "doc_kind": raw.doc_kind, "title": raw.title,
                "fiscal_year": parse_fiscal_year(raw.fiscal_year_text)}
    for key in _NAME_COLUMNS + _PROSE_COLUMNS:
        f = _field(fields, key)
        row[key] = None if f is None else clean_text(f.value) if key in _NAME_COLUMNS else f.value
    entity = _field(fields, "entity_name")
    if entity is not None:               # a department-wide form: the department is its subject
        for key in ENTITY_NAME_COLUMNS:
            row[key] = row[key] or clean_text(entity.value)
    has_type_label = any(f.key == "project_type" for f in fields)
    if not has_type_label:
        # 2020 template: 项目类别 holds the project type (经常性专项业务费 …)
        klass = next((f for f in fields if fold_key(f.label) == PROJECT_TYPE_WHEN_NO_NATURE_LABEL), None)
        if klass is not None:
            row["project_type"], row["project_class"] = clean_text(klass.value), None
    procurement = _field(fields, "includes_procurement")
    row["includes_procurement"] = parse_yes_no(procurement.value) if procurement else None
    start, end = _field(fields, "start_date"), _field(fields, "end_date")
    row["start_date"] = parse_date(start.value) if start else None
    row["end_date"] = parse_date(end.value) if end else None
    period = _field(fields, "period")
    if period is not None and row["start_date"] is None and row["end_date"] is None:
        row["start_date"], row["end_date"] = parse_period(period.value)
    return row


#: A budget or unit code glued to a name (``51000021R000000019951-工资性支出``, ``405001-南部县教育局``,
#: ``【312】衡阳市…``): digits and capitals, at least three, then a dash, or in 【】 brackets.
_GLUED_CODE = re.compile(r"^\s*(?:(?P<code>[0-9A-Z]{3,})\s*[-—–]\s*|【(?P<bracketed>[0-9A-Z]{2,})】)(?=\p{Han})")


def split_glued_code(value: str | None) -> str | None:
    """The code a value starts with, if it is glued to a name (the value itself stays as written)."""
    m = _GLUED_CODE.match(value or "")
    if not m or not re.search(r"\d", m.group("code") or m.group("bracketed")):
        return None
    return m.group("code") or m.group("bracketed")


def field_rows(raw: RawForm, doc_id: str) -> list[Row]:
    return [{"form_id": f"{doc_id}:{raw.form_index}", "doc_id": doc_id, "seq": i,
             "label": f.label, "value": f.value, "code": split_glued_code(f.value)}
            for i, f in enumerate(raw.fields)]


#: A rate written as a fraction (``1``, ``0.95``) is read as a percent only when the line's own B/A
#: equals it within this much.
_FRACTION_RATE_TOLERANCE = 0.005


def _rate_as_percent(rate: float | None, rate_text: str | None, amount, actual) -> float | None:
    """A bare rate (no ``%``) that equals the line's B/A as a fraction is that fraction × 100
    (``执行率 1`` beside 600.00 / 600.00 is 100 %); without that proof it stays as written."""
    if rate is None or rate_text is None or "%" in rate_text or "％" in rate_text or not amount or actual is None:
        return rate
    fraction = float(actual) / float(amount)
    if rate <= 1.5 and abs(fraction - rate) <= _FRACTION_RATE_TOLERANCE \
            and abs(fraction * 100 - rate) > abs(fraction - rate):
        return round(rate * 100, 6)
    return rate


_SUB_ITEM_PREFIX = re.compile(FOLDED_SUB_ITEM_PREFIX_PATTERN)
_UNIT_BRACKET = re.compile(UNIT_BRACKET_PATTERN)
_FISCAL_SOURCES = frozenset(fold_key(label) for label in FISCAL_SOURCE_LABELS)
_FISCAL_PARENTS = frozenset(fold_key(label) for label in FISCAL_PARENT_LABELS)


def _bare_money_label(label: str) -> str:
    """A money line's label without 其中 and a unit bracket: ``其中：一般公共预算拨款（万元）`` → 一般公共预算拨款."""
    return _UNIT_BRACKET.sub("", _SUB_ITEM_PREFIX.sub("", fold_key(label)))


def nest_fiscal_sources(lines: list[RawBudgetLine]) -> list[RawBudgetLine]:
    """Lines that split 财政拨款 by kind or level (一般公共预算拨款, 中央财政资金 …), written right under a
    财政拨款 line, are nested in it: its label is their parent_label (a reader's own parent wins)."""
    out: list[RawBudgetLine] = []
    parent: str | None = None
    for line in lines:
        bare = _bare_money_label(line.label)
        if bare in _FISCAL_SOURCES and parent and line.parent_label is None and not line.item_hint:
            line = replace(line, parent_label=parent)
        elif bare not in _FISCAL_SOURCES:
            parent = line.label if bare in _FISCAL_PARENTS and line.parent_label is None else None
        out.append(line)
    return out


def with_label_units(lines: list[RawBudgetLine]) -> list[RawBudgetLine]:
    """A money unit written in a line's label (``年度资金总额（万元）``, ``…部门预算资金（万元）``) is that
    line's unit, and the unit of the lines after it that were given none by their reader."""
    out: list[RawBudgetLine] = []
    declared: int | None = None
    for line in lines:
        own = money_unit_multiplier(line.label)
        declared = own or declared
        if own and own != line.unit_multiplier:
            line = replace(line, unit_multiplier=own, unit_evidence=None)
        elif own is None and line.unit_multiplier is None and declared:
            line = replace(line, unit_multiplier=declared)
        out.append(line)
    return out


def budget_row(line: RawBudgetLine, form_id: str, doc_id: str, seq: int) -> Row:
    unit = line.unit_multiplier or 1
    rate = parse_percent(line.rate_text) if line.rate_text else None
    if rate is None and line.rate_text:
        rate = parse_float(line.rate_text)
    amount = parse_amount_yuan(line.amount_text, unit)
    actual = parse_amount_yuan(line.actual_text, unit)
    return {"form_id": form_id, "doc_id": doc_id, "seq": seq,
            "item": budget_item_for_label(line.label, line.item_hint),
            "label": line.label, "parent_label": line.parent_label,
            "amount_yuan": amount,
            "initial_yuan": parse_amount_yuan(line.initial_text, unit),
            "actual_yuan": actual,
            "execution_rate": _rate_as_percent(rate, line.rate_text, amount, actual),
            "raw": line.source_text or None}


def indicator_row(ind: RawIndicator, form_id: str, doc_id: str, seq: int) -> Row:
    target = fraction_as_percent(parse_target_value(ind.target_text, operator_for_text(ind.operator_text) or "="),
                                 ind.target_text, ind.level3)
    return {"form_id": form_id, "doc_id": doc_id, "seq": seq, "origin": ind.origin,
            "level1": level_name(ind.level1), "level2": level_name(ind.level2),
            "level3": indicator_name(ind.level3),
            "level1_std": standard_level1(ind.level1, ind.level2),
            "target_raw": ind.target_text, "operator": target.operator, "value": target.value,
            "value_max": target.value_max, "unit": target.unit, "qualitative": target.qualitative,
            "conditions": [{"label": c.label, "operator": c.operator, "value": c.value, "unit": c.unit}
                           for c in target.conditions],
            "actual_raw": ind.actual_text, "actual_value": parse_measure(ind.actual_text),
            "weight": parse_float(ind.weight_text), "score": parse_float(ind.score_text),
            "page": ind.page, "source_text": ind.source_text or None}


_BARE_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)?\s*$")


_CORE_MARK = re.compile(CORE_INDICATOR_MARK_PATTERN)
_FILL_IN_HINT = re.compile(FILL_IN_HINT_PATTERN)


def indicator_name(text: str | None) -> str | None:
    """An indicator's name without a core indicator's mark (``★``, ``*``) and without a template's
    fill-in hint (``( ≥**个 )``); as written otherwise (cleaned). A name of marks only stays as it was.

    >>> indicator_name('★资金拨付及时率'), indicator_name('新建道路( ≥**公里 )'), indicator_name('受益人口≥**人')
    ('资金拨付及时率', '新建道路', '受益人口')
    """
    name = clean_text(text)
    if name is None:
        return None
    bare = _CORE_MARK.sub("", _FILL_IN_HINT.sub("", name))
    return clean_text(bare) or name


def fraction_as_percent(target: ParsedTarget, text: str | None, name: str | None) -> ParsedTarget:
    """A rate indicator (``…合格率``, ``…进度``) whose target is a bare fraction (``0.9``, ``1``: an Excel
    percent cell shown as a number) → percent (90, 100). Anything else is returned unchanged."""
    if not (text and name and _BARE_NUMBER.match(text) and target.value is not None and target.unit is None):
        return target
    if not (0 < target.value <= 1 and fold_key(name).endswith(RATE_NAME_SUFFIXES)):
        return target
    value = round(target.value * 100, 8)
    conditions = tuple(replace(c, value=value, unit="%") for c in target.conditions)
    return replace(target, value=value, unit="%", conditions=conditions)


def operator_for_text(text: str | None) -> str | None:
    """The comparison a phrase outside the target cell states (``达到目标值`` → ``>=``), if any."""
    key = fold_key(text)
    if not key:
        return None
    return EXPLANATION_OPERATORS.get(key) or OPERATOR_PREFIXES.get(key)


def score_row(s: RawScore, form_id: str, doc_id: str, seq: int) -> Row:
    return {"doc_id": doc_id, "form_id": form_id, "seq": seq, "level": s.level, "code": s.code,
            "name": indicator_name(s.name) if s.level == 3 else clean_text(s.name), "parent_code": s.parent_code, "group": s.group,
            "weight": parse_float(s.weight_text), "actual_raw": s.actual_text,
            "actual_value": parse_measure(s.actual_text), "score": parse_float(s.score_text),
            "page": s.page, "source_text": s.source_text or None}


def _grade(text: str | None) -> str | None:
    if not text:
        return None
    return GRADE_WORDS.get(text, text)


def evaluation_row(raw: RawForm, form: Row, budget: list[Row]) -> Row | None:
    if raw.evaluation is None:
        return None
    total = next((b for b in budget if b["item"] == "current_year_budget"), None) or \
        next((b for b in budget if b["item"] == "total_budget"), None)
    return {"doc_id": form["doc_id"], "form_id": form["form_id"], "fiscal_year": form["fiscal_year"],
            "project_name": form["project_name"], "evaluator": raw.evaluation.evaluator,
            "commissioned_by": raw.evaluation.commissioned_by,
            "total_score": parse_float(raw.evaluation.total_score_text),
            "grade": _grade(raw.evaluation.grade_text),
            "budget_yuan": total["amount_yuan"] if total else None,
            "spent_yuan": total["actual_yuan"] if total else None,
            "execution_rate": total["execution_rate"] if total else None}


def issue_row(issue: RawIssue, doc_id: str, form_id: str | None) -> Row:
    return {"doc_id": doc_id, "form_id": form_id, "severity": issue.severity, "code": issue.code,
            "message": issue.message, "context": issue.context}


def normalize_form(raw: RawForm, doc_id: str) -> dict[str, list[Row]]:
    """All typed rows of one form, by table name."""
    form = form_row(raw, doc_id)
    form_id = form["form_id"]
    lines = with_label_units(nest_fiscal_sources(raw.budget_lines))
    budget = [budget_row(b, form_id, doc_id, i) for i, b in enumerate(lines)]
    rows: dict[str, list[Row]] = {
        "forms": [form],
        "form_fields": field_rows(raw, doc_id),
        "budget_lines": budget,
        "indicators": [indicator_row(x, form_id, doc_id, i) for i, x in enumerate(raw.indicators)],
        "scores": [score_row(s, form_id, doc_id, i) for i, s in enumerate(raw.scores)],
        "evaluations": [],
        "issues": [issue_row(x, doc_id, form_id) for x in raw.issues],
    }
    evaluation = evaluation_row(raw, form, budget)
    if evaluation is not None:
        rows["evaluations"].append(evaluation)
    for line in raw.budget_lines:
        if line.unit_multiplier is None and line.amount_text:
            rows["issues"].append({"doc_id": doc_id, "form_id": form_id, "severity": "warning",
                                   "code": "money_unit_missing",
                                   "message": f"no money unit is stated for this amount; it was taken as {BASE_MONEY_UNIT}",
                                   "context": line.source_text or line.label})
            break
    for line in raw.budget_lines:
        if line.unit_evidence:
            rows["issues"].append({"doc_id": doc_id, "form_id": form_id, "severity": "info",
                                   "code": "money_unit_inferred",
                                   "message": f"the table states no money unit; {line.unit_evidence}",
                                   "context": line.source_text})
            break
    return rows
