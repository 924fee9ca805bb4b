"""A table of several projects' evaluation results (项目名称 | 主管部门 | 预算数 | 执行数 | 执行率 |
自评分数 | 自评等级), published beside or instead of the forms: one form and one evaluation per project.

The header's columns are named by ``EVALUATION_RESULT_COLUMN_WORDS``; each later row that names a
project is read by position. A table total row (合计, however split) names no project and is skipped; a signature
line (填报人, 填报单位（盖章）) ends the table. The money unit
is the one a header cell or the caption above states (预算数(万元)), else the document's.
"""

from __future__ import annotations

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.layout.columns import header_roles, is_empty_marker, line_cells
from jixiao.extract.layout.indicator_stream import is_table_trailer
from jixiao.extract.layout.reader import row_by_columns
from jixiao.extract.forms.common import FormSource
from jixiao.extract.records import RawBudgetLine, RawEvaluation, RawField, RawForm
from jixiao.normalize.money import money_unit_multiplier
from jixiao.normalize.text import clean_text, fold_key
from jixiao.normalize.vocabulary import (
    EVALUATION_RESULT_COLUMN_WORDS, SELF_EVALUATION_MARK_WORDS, SELF_EVALUATION_TITLE_WORDS,
    TABLE_TOTAL_WORDS, UNIT_BRACKET_PATTERN, YEAR_TOTAL_ITEM
)

_UNIT_BRACKET = re.compile(UNIT_BRACKET_PATTERN)
_REQUIRED = frozenset({"project_name", "score", "grade"})
_PLACED_REQUIRED = frozenset({"project_name"})
_FIELD_KEYS = ("project_name", "department", "reporting_unit")
_TOTALS = frozenset(fold_key(w) for w in TABLE_TOTAL_WORDS)


def _header(lines: list[Line]) -> tuple[int, list[str], list[str]] | None:
    """(line index, roles, header cells) of the results table's header row."""
    for i, line in enumerate(lines):
        cells = line_cells(line)
        roles = [r or "" for r in header_roles([_UNIT_BRACKET.sub("", c) for c in cells],
                                               EVALUATION_RESULT_COLUMN_WORDS)]
        if _REQUIRED <= set(roles):
            return i, roles, cells
    return None


def _is_total_row(cells: list[str]) -> bool:
    """The table's 合计 row, wherever its label stands and however it is split (``合  计`` cut
    into two cells by a converter, ``合计 | 共32个项目``, a 序号 cell left blank before it)."""
    return fold_key("".join(c.strip() for c in cells if c.strip())).startswith(tuple(_TOTALS))


def _value(values: dict[str, str], role: str) -> str | None:
    text = (values.get(role) or "").strip()
    return None if not text or is_empty_marker(text) else text


def parse_evaluation_results(source: FormSource) -> list[RawForm]:
    """Every project row of the table → a RawForm with its evaluation (score, grade, money)."""
    lines = source.lines
    found = _header(lines)
    if found is None:
        return []
    at, roles, labels = found
    label_of = dict(zip(roles, labels))
    caption = " ".join(l.text for l in lines[max(0, at - 2):at + 1])
    unit = money_unit_multiplier(label_of.get("amount", "")) or money_unit_multiplier(caption) or source.unit
    self_evaluated = any(w in fold_key(label_of["score"] + label_of["grade"]) for w in SELF_EVALUATION_MARK_WORDS) or \
        any(w in fold_key(source.title_text or "") for w in SELF_EVALUATION_TITLE_WORDS)
    kind = "self_evaluation" if self_evaluated else "evaluation_report"
    forms: list[RawForm] = []
    carried_department = ""
    for line in lines[at + 1:]:
        cells = line_cells(line)
        if cells and is_table_trailer(cells[0]):
            break                        # a signature line (填报单位（盖章）：…) ends the table
        if len(cells) < len(_REQUIRED):
            continue
        values = row_by_columns(cells, roles, _PLACED_REQUIRED)
        name = clean_text(_value(values, "project_name"))
        if not name or _is_total_row(cells):
            continue
        if "department" in roles and not _value(values, "department"):
            values["department"] = carried_department      # a 主管部门 cell merged down its projects
        carried_department = values.get("department", "")
        form = RawForm(form_index=source.index + len(forms), doc_kind=kind, title=source.title_text,
                       fiscal_year_text=source.year_text)
        for key in _FIELD_KEYS:
            value = clean_text(_value(values, key))
            if value:
                form.fields.append(RawField(clean_text(label_of[key]) or key, value, key, line.page))
        amount, actual, rate = (_value(values, r) for r in ("amount", "actual", "rate"))
        if amount or actual:
            form.budget_lines.append(RawBudgetLine(
                label=clean_text(label_of.get("amount") or label_of.get("actual")) or YEAR_TOTAL_ITEM,
                amount_text=amount, actual_text=actual, rate_text=rate, item_hint=YEAR_TOTAL_ITEM,
                unit_multiplier=unit, page=line.page, source_text=line.source_text.strip()))
        form.evaluation = RawEvaluation(total_score_text=_value(values, "score"),
                                        grade_text=_value(values, "grade"))
        forms.append(form)
    return forms
