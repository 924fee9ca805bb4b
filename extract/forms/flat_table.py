"""Flat multi-project tables (四川 部门预算项目绩效目标申报表, T-SC-flat): one row per indicator, the
project's fields (单位名称 | 项目名称 | 预算数 | 年度目标) printed on its first row only → one form per
project.

The header row names project columns and indicator columns (一级 | 二级 | 三级 | 指标性质 | 指标值 |
度量单位 | 权重 | 指标方向性, any order). Exporters drop the cells a merged range covers, so a row
starts wherever its first printed cell is: at 单位名称, at 项目名称 (a unit with several projects), at
一级 or at 二级 (a run of equal 一级 cells). A row is placed on the columns by its operator cell
(``≥``, ``=``, ``定性``: the one cell whose shape is certain), else by its last cell. Cells left of
the printed ones are filled down within the project. A row that names a unit and an amount and
reaches no indicator column is the department's subtotal: no form, its name is each form's
department.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.extract.document import Line
from jixiao.extract.layout.columns import header_roles, is_empty_marker
from jixiao.extract.forms.common import FormSource, read_header
from jixiao.extract.records import RawBudgetLine, RawField, RawForm, RawIndicator
from jixiao.normalize.money import is_amount
from jixiao.normalize.text import clean_text
from jixiao.normalize.vocabulary import (
    DEPARTMENT_FIELD_LABEL, FLAT_PROJECT_COLUMN_WORDS, INDICATOR_COLUMN_WORDS, OPERATOR_KIND_WORDS,
    OPERATOR_SYMBOLS
)

_VOCABULARY = {**INDICATOR_COLUMN_WORDS, **FLAT_PROJECT_COLUMN_WORDS}
_OPERATORS = frozenset(OPERATOR_SYMBOLS + OPERATOR_KIND_WORDS)
_LEVELS = ("level1", "level2")
_FIELD_KEYS = {"reporting_unit": "reporting_unit", "project_name": "project_name",
               "annual_goal": "annual_goal"}


@dataclass(frozen=True)
class FlatHeader:
    index: int                      # line index of the header row
    roles: tuple[str, ...]          # one per column ("" for a column naming no role)
    labels: tuple[str, ...]         # the header cells as written


def _cells(line: Line) -> list[str]:
    cells = [c.strip() for c in line.cells] if line.is_row else [line.text.strip()]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def find_flat_header(lines: list[Line]) -> FlatHeader | None:
    """The header row of a flat multi-project table, if the lines hold one."""
    for i, line in enumerate(lines):
        if not line.is_row:
            continue
        cells = _cells(line)
        roles = [r or "" for r in header_roles(cells, _VOCABULARY)]
        if "project_name" in roles and "level3" in roles and ("budget" in roles or "reporting_unit" in roles):
            return FlatHeader(i, tuple(roles), tuple(cells))
    return None


@dataclass
class _Project:
    fields: dict[str, str]
    department: str | None
    first_line: Line
    level1: str | None = None
    level2: str | None = None
    indicators: list[RawIndicator] = field(default_factory=list)


def _place(cells: list[str], roles: tuple[str, ...]) -> dict[str, str] | None:
    """The row's cells by role: anchored on its operator cell, else right-aligned."""
    offset = None
    if "operator" in roles:
        op_col = roles.index("operator")
        hits = [i for i, c in enumerate(cells) if c in _OPERATORS]
        if len(hits) == 1 and hits[0] <= op_col:
            offset = op_col - hits[0]
    if offset is None:
        offset = len(roles) - len(cells)
    if offset < 0:
        return None
    # an empty cell is one a merged range above covers: its value is the one filled down
    return {roles[offset + i]: c for i, c in enumerate(cells) if offset + i < len(roles) and roles[offset + i] and c}


def _target_text(values: dict[str, str]) -> str | None:
    target = values.get("target", "").strip()
    if not target or is_empty_marker(target):
        return None
    operator = values.get("operator", "").strip()
    if operator in OPERATOR_KIND_WORDS:
        operator = ""
    return operator + target + values.get("unit", "").strip()


def _is_department_row(cells: list[str], values: dict[str, str] | None) -> bool:
    """``| 405-某某局部门 | 1,342.68 |``: a name and an amount, no indicator cell."""
    filled = [c for c in cells if c]
    return 2 <= len(filled) <= 3 and is_amount(filled[-1]) and not is_amount(filled[0]) \
        and (values is None or "level3" not in values)


def parse_flat_table(source: FormSource) -> list[RawForm]:
    """Every project of the table → a RawForm, numbered from the source's index."""
    lines = source.lines
    header = find_flat_header(lines)
    if header is None:
        return []
    first_index, title, year_text, default_unit = source.index, source.title_text, source.year_text, source.unit
    roles = header.roles
    labels = dict(zip(roles, header.labels))
    projects: list[_Project] = []
    # a caption above the header (主管部门：…) names the department; a subtotal row under it may rename it
    department = next((f.value for f in read_header(lines[:header.index], default_unit)[0]
                       if f.key == "department" and f.value), None)
    carried: dict[str, str] = {}
    for line in lines[header.index + 1:]:
        cells = _cells(line) if line.is_row else []
        if not cells:
            continue
        values = _place(cells, roles)
        if _is_department_row(cells, values):
            department = clean_text(cells[0])
            continue
        if values is None or "level3" not in values or not values["level3"]:
            continue
        if values.get("project_name"):
            carried = {k: v for k, v in carried.items() if k == "reporting_unit"}
            carried.update({k: values[k] for k in FLAT_PROJECT_COLUMN_WORDS if values.get(k)})
            projects.append(_Project(dict(carried), department, line))
        elif values.get("reporting_unit"):
            carried = {"reporting_unit": values["reporting_unit"]}
        if not projects:
            continue
        project = projects[-1]
        if "level1" in values:                       # a printed 一级 starts a new 二级 too
            project.level1, project.level2 = clean_text(values["level1"]), None
        if "level2" in values:
            project.level2 = clean_text(values["level2"])
        project.indicators.append(RawIndicator(
            "indicator_table", project.level1, project.level2, clean_text(values["level3"]),
            _target_text(values), weight_text=values.get("weight") or None, page=line.page,
            source_text=line.source_text.strip()))
    forms: list[RawForm] = []
    for n, project in enumerate(projects):
        form = RawForm(form_index=first_index + n, doc_kind="target_form", title=title,
                       fiscal_year_text=year_text)
        for key, value in project.fields.items():
            if key in _FIELD_KEYS:
                form.fields.append(RawField(labels.get(key, key), value, _FIELD_KEYS[key], project.first_line.page))
        if project.department:
            form.fields.append(RawField(DEPARTMENT_FIELD_LABEL, project.department, "department", project.first_line.page))
        budget = project.fields.get("budget")
        if budget:
            form.fields.append(RawField(labels["budget"], budget, None, project.first_line.page))
            form.budget_lines.append(RawBudgetLine(
                label=labels["budget"], amount_text=budget, item_hint="current_year_budget",
                unit_multiplier=default_unit, page=project.first_line.page,
                source_text=project.first_line.source_text.strip()))
        form.indicators = project.indicators
        forms.append(form)
    return forms
