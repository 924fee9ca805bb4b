"""Target forms (绩效目标表 / 绩效目标申报表, any year's template): header fields, money lines and
the indicator table, as raw records.

The form is read in three regions: the header (labels and values, found by vocabulary, see
``header.py``), an optional sub-project money table (2019 template), and the indicator table
(from its header row — 一级/二级/三级 — to the end of the form).
"""

from __future__ import annotations


import regex as re

from jixiao.extract.document import Line
from jixiao.extract.forms.common import FormSource, read_header
from jixiao.extract.layout.columns import header_roles, line_tokens
from jixiao.extract.layout.glued_form import unglue_cost_table, unglue_indicator_rows
from jixiao.extract.forms.indicator_rows import read_indicator_rows
from jixiao.extract.layout.indicator_stream import is_table_trailer
from jixiao.extract.layout.reader import amounts_under_columns
from jixiao.extract.forms.levels import IndicatorTableReader
from jixiao.extract.records import RawBudgetLine, RawForm, RawIndicator
from jixiao.normalize.money import budget_item_for_label, is_amount, money_unit_multiplier
from jixiao.normalize.targets import OPERATOR_SYMBOL_PATTERN, split_name_and_target
from jixiao.normalize.text import clean_text, fold_key
from jixiao.normalize.vocabulary import (
    COMPONENT_TABLE_WORDS,
    COST_TABLE_PRIOR_YEAR_WORD,
    COST_TOTAL_WORDS,
    COST_TABLE_WORDS,
    DEPARTMENT_EXPENDITURE_LABELS,
    DUTY_TABLE_HEADER_WORDS,
    DUTY_TABLE_PARENT,
    FORM_FIELD_LABELS,
    INDICATOR_COLUMN_WORDS,
    INDICATOR_TABLE_HEADER_WORDS,
    TABLE_TOTAL_WORDS,
    YEAR_TOTAL_ITEM,
)

_HEADER_WORDS = frozenset(fold_key(w) for w in INDICATOR_TABLE_HEADER_WORDS)
_FIELD_LABEL_KEYS = {fold_key(label): key for key, labels in FORM_FIELD_LABELS.items() for label in labels}
#: Indicator columns beyond 一级/二级/三级/指标值 that the column-aware reader places.
_COLUMN_AWARE_ROLES = frozenset({"operator", "unit", "actual", "weight", "score", "explanation",
                                 "scoring_rule", "direction", "remark", "reason", "recipient"})
#: A named column after the target that no vocabulary knows: a transfer's recipient (福州市 …),
#: holding that recipient's share of the target.
RECIPIENT_ROLE = "recipient"


def is_indicator_header(line: Line) -> bool:
    """A row naming at least two indicator-table columns (一级指标 二级指标 …)."""
    words = {fold_key(t) for t in line_tokens(line)}
    return len(words & _HEADER_WORDS) >= 2


def find_indicator_header(lines: list[Line]) -> tuple[int, int] | None:
    """(first, last) line of the indicator table's header: one row naming two or more columns, or
    (one cell per line) consecutive lines each naming one column."""
    for i, line in enumerate(lines):
        if is_indicator_header(line):
            return i, i
        if fold_key(line.text) in _HEADER_WORDS:
            j = i
            while j + 1 < len(lines) and fold_key(lines[j + 1].text) in _HEADER_WORDS:
                j += 1
            if j > i:
                return i, j
    return None


def _first_field_key(line: Line) -> str | None:
    tokens = line_tokens(line)
    return _FIELD_LABEL_KEYS.get(fold_key(tokens[0])) if tokens else None


def _is_trailer_line(line: Line) -> bool:
    """A signature, contact or note line after the indicator table (填报人:…  联系电话:…)."""
    tokens = line_tokens(line)
    return bool(tokens) and is_table_trailer(tokens[0])


def _component_region(lines: list[Line]) -> tuple[int, int] | None:
    """(start, end) of a sub-project money table (``子项目名称 … 预算金额（元）``), if any."""
    for i, line in enumerate(lines):
        if any(w in fold_key(line.text) for w in COMPONENT_TABLE_WORDS[:1]):
            end = i + 1
            while end < len(lines) and _first_field_key(lines[end]) is None:
                end += 1
            return i, end
    return None


#: A service line's number a sub-project's name opens with (12345热线…, 110热线…), a cell of its own
#: where the text put a blank after it.
_LINE_NUMBER = re.compile(r"\d{3,5}")


def _component_lines(lines: list[Line], default_unit: int | None) -> list[RawBudgetLine]:
    unit = money_unit_multiplier(lines[0].text) or default_unit
    out: list[RawBudgetLine] = []
    for line in lines[1:]:
        tokens = line_tokens(line)
        if len(tokens) < 2 or not is_amount(tokens[-1]):
            continue
        names = [t for t in tokens[:-1] if not any(w in fold_key(t) for w in COMPONENT_TABLE_WORDS)]
        if not names:
            continue
        name = names[-1]
        if len(names) >= 2 and _LINE_NUMBER.fullmatch(names[-2].strip()):
            name = names[-2].strip() + name.strip()       # a service line's number the name opens with (110 热线…)
        out.append(RawBudgetLine(label=clean_text(name) or name, amount_text=tokens[-1],
                                 item_hint="component", unit_multiplier=unit, page=line.page,
                                 source_text=line.source_text))
    return out


def _duty_region(lines: list[Line]) -> tuple[int, int] | None:
    """(start, end) of a 年度履职目标 sub-table (部门职能 | 年度目标任务 | 支出项目名称 | 预算金额(万元))."""
    for i, line in enumerate(lines):
        key = fold_key(line.text)
        if all(w in key for w in DUTY_TABLE_HEADER_WORDS):
            end = i + 1
            while end < len(lines) and len(line_tokens(lines[end])) >= 2 and is_amount(line_tokens(lines[end])[-1]):
                end += 1
            return i, end
    return None


def _duty_lines(lines: list[Line], default_unit: int | None) -> list[RawBudgetLine]:
    """Each 支出项目 of the sub-table with its amount: components under ``年度履职目标``."""
    unit = money_unit_multiplier(lines[0].text) or default_unit
    out = []
    for line in lines[1:]:
        tokens = line_tokens(line)
        out.append(RawBudgetLine(label=clean_text(tokens[-2]) or tokens[-2], amount_text=tokens[-1],
                                 item_hint="component", parent_label=DUTY_TABLE_PARENT, unit_multiplier=unit,
                                 page=line.page, source_text=line.source_text.strip()))
    return out


def _expenditure_lines(lines: list[Line], budget: list[RawBudgetLine], default_unit: int | None) -> list[RawBudgetLine]:
    """A department-wide form's 基本支出 / 项目支出 under its 资金总额: components of it."""
    total = next((b for b in budget if budget_item_for_label(b.label, b.item_hint) == YEAR_TOTAL_ITEM), None)
    if total is None:
        return []
    out = []
    for line in lines:
        tokens = line_tokens(line)
        for k, token in enumerate(tokens[:-1]):
            if fold_key(token) in DEPARTMENT_EXPENDITURE_LABELS and is_amount(tokens[k + 1]):
                out.append(RawBudgetLine(label=token.strip(), amount_text=tokens[k + 1], item_hint="component",
                                         parent_label=total.label, unit_multiplier=total.unit_multiplier or default_unit,
                                         page=line.page, source_text=line.source_text.strip()))
    return out


def _recipient_money(lines: list[Line], default_unit: int | None) -> tuple[list[RawBudgetLine], set[int]]:
    """A transfer's money by recipient: a caption row (``资金金额(万元) | | 合计 | 福州市 …``) and a row
    of amounts under it → the 合计 (year budget) and one component per recipient. Returns the
    lines and the indexes of the rows used."""
    for i, line in enumerate(lines[:-1]):
        if not line.is_row:
            continue
        cells = [c.strip() for c in line.cells]
        filled = [c for c in cells if c]
        total_at = next((k for k, c in enumerate(cells) if c in TABLE_TOTAL_WORDS), None)
        if not filled or total_at is None or "资金" not in fold_key(filled[0]) or total_at + 1 >= len(cells):
            continue
        below = amounts_under_columns([c.strip() for c in lines[i + 1].cells] if lines[i + 1].is_row else [],
                                      cells, total_at)
        if len(below) <= total_at or not is_amount(below[total_at]):
            continue
        unit = money_unit_multiplier(filled[0]) or default_unit
        total_label = cells[total_at]
        source = lines[i + 1].source_text.strip()
        out = [RawBudgetLine(label=total_label, amount_text=below[total_at], item_hint=YEAR_TOTAL_ITEM,
                             unit_multiplier=unit, page=line.page, source_text=source)]
        for k in range(total_at + 1, min(len(cells), len(below))):
            if cells[k] and is_amount(below[k]):
                out.append(RawBudgetLine(label=cells[k], amount_text=below[k], item_hint="component",
                                         parent_label=total_label, unit_multiplier=unit, page=line.page,
                                         source_text=source))
        return out, {i, i + 1}
    return [], set()


_COST_TABLE_STOPS = frozenset({"绩效目标", "绩效指标", "年度绩效目标"})


def _cost_region(lines: list[Line]) -> tuple[int, int] | None:
    """(start, end) of a cost build-up table (``项目预算成本构成 | 金额 | 测算依据 | 2021年实际执行数``)."""
    for i, line in enumerate(lines):
        tokens = line_tokens(line)
        if tokens and any(fold_key(tokens[0]).startswith(w) for w in COST_TABLE_WORDS):
            end = i + 1
            while end < len(lines) and _first_field_key(lines[end]) is None \
                    and fold_key(lines[end].text) not in _COST_TABLE_STOPS and not is_indicator_header(lines[end]):
                end += 1
            return i, end
    return None


def _cost_lines(lines: list[Line], default_unit: int | None) -> list[RawBudgetLine]:
    """Cost lines (component) and their 合计 (the year's budget). Each row is a label, its amount,
    the basis text (free, may hold numbers with units and wrap over lines) and one number per
    earlier-year column; the earlier years' figures stay in the row's raw text."""
    tokens = [(t, l) for l in lines for t in line_tokens(l)]
    tokens = [(t, l) for t, l in tokens if not any(fold_key(t).startswith(w) for w in COST_TABLE_WORDS)]
    first = next((i for i in range(len(tokens) - 1)
                  if not is_amount(tokens[i][0]) and is_amount(tokens[i + 1][0])), None)
    if first is None:
        return []
    header = fold_key("".join(t for t, _ in tokens[:first]))
    n_prior = header.count(COST_TABLE_PRIOR_YEAR_WORD)
    unit = next((u for _, l in tokens[:first + 1] if (u := money_unit_multiplier(l.text))), None) or default_unit
    out: list[RawBudgetLine] = []
    i = first
    while i + 1 < len(tokens) and not is_amount(tokens[i][0]) and is_amount(tokens[i + 1][0]):
        label, line = tokens[i]
        j = i + 2
        while j < len(tokens) and not is_amount(tokens[j][0]) and not (
                j + 1 < len(tokens) and is_amount(tokens[j + 1][0]) and n_prior == 0):
            j += 1                                             # the basis text
        k = 0
        while k < n_prior and j < len(tokens) and is_amount(tokens[j][0]):
            j, k = j + 1, k + 1
        raw = _row_source(tokens[i:j])
        total = fold_key(label) in COST_TOTAL_WORDS
        out.append(RawBudgetLine(label=clean_text(label) or label, amount_text=tokens[i + 1][0],
                                 item_hint=YEAR_TOTAL_ITEM if total else "component", unit_multiplier=unit,
                                 page=line.page, source_text=raw))
        if total:
            break
        i = j
    return out


def _row_source(tokens: list[tuple[str, Line]]) -> str:
    """A cost row's text: its cells joined, or, when they were cut from one run of text (cells of
    several lines sharing one source), that run as found."""
    lines = {id(l): l for _, l in tokens}
    sources = {l.source_text for l in lines.values()}
    if len(lines) > 1 and len(sources) == 1:
        return sources.pop()
    return " ".join(t for t, _ in tokens)


_GOAL_ITEM = re.compile(
    rf"(?P<name>[\p{{Han}}A-Za-z0-9_/]+?)[ \u3000]*(?P<target>(?:{OPERATOR_SYMBOL_PATTERN})[ \u3000]*"
    rf"\d[\d,.]*[ \u3000]*(?:%|％|‰|[\p{{Han}}]{{1,2}})?)")


def goal_text_indicators(text: str | None, page: int | None) -> list[RawIndicator]:
    """Indicators listed in a free-text goal cell: ``热线接能率 ≥88% 话务员一次性解答率 ≥45% …``.
    Only clauses with an explicit comparison (≥ ≤ > < = 不低于 …) count: a bare number in prose
    is not a target."""
    if not text:
        return []
    out: list[RawIndicator] = []
    for m in _GOAL_ITEM.finditer(text):
        name, target = split_name_and_target(m.group("name") + " " + m.group("target"))
        if target is None:
            continue
        out.append(RawIndicator("goal_text", None, None, name, target, page=page,
                                source_text=m.group(0)))
    return out


def parse_target_form(source: FormSource) -> RawForm:
    """One target form (a title or none, then its lines) → RawForm."""
    form = source.new_form()
    default_unit = source.unit
    body = source.lines
    header_span = find_indicator_header(body)
    table_at = header_span[0] if header_span else None
    header_lines = body if header_span is None else body[:header_span[0]]
    table_lines = [] if header_span is None else body[header_span[1] + 1:]

    table_lines = unglue_indicator_rows(table_lines, [] if header_span is None else [
        c for l in body[header_span[0]:header_span[1] + 1] for c in line_tokens(l)])
    trailer: list[Line] = []
    for i, line in enumerate(table_lines):
        if _first_field_key(line) is not None:
            trailer, table_lines = table_lines[i:], table_lines[:i]
            break
    # the column-aware reader stops at a signature line itself (and its blank cells still tell
    # the table's shape); the other readers get the rows before it
    column_lines = table_lines
    signed = next((i for i, line in enumerate(table_lines) if _is_trailer_line(line)), None)
    if signed is not None:
        trailer, table_lines = table_lines[signed:] + trailer, table_lines[:signed]

    components = []
    region = _component_region(header_lines)
    if region is not None:
        start, end = region
        components = _component_lines(header_lines[start:end], default_unit)
        header_lines = header_lines[:start] + header_lines[end:]
    region = _cost_region(header_lines)
    if region is not None:
        start, end = region
        cost_lines, issues = unglue_cost_table(header_lines[start:end])
        form.issues.extend(issues)
        components += _cost_lines(cost_lines, default_unit)
        header_lines = header_lines[:start] + header_lines[end:]
    recipients, used = _recipient_money(header_lines, default_unit)
    header_lines = [l for k, l in enumerate(header_lines) if k not in used]
    duties = []
    region = _duty_region(header_lines)
    if region is not None:
        start, end = region
        duties = _duty_lines(header_lines[start:end], default_unit)
        header_lines = header_lines[:start] + header_lines[end:]

    fields, budget = read_header(header_lines + trailer, default_unit)
    form.fields = fields
    form.budget_lines = budget + _expenditure_lines(header_lines, budget, default_unit) + components + duties \
        + recipients

    for f in fields:
        if f.key == "annual_goal" and fold_key(f.label) == fold_key("年度绩效目标"):
            form.indicators.extend(goal_text_indicators(f.value, f.page))
    if table_at is not None:
        header = Line(tuple(l.text for l in body[header_span[0]:header_span[1] + 1]), True,
                      body[table_at].page, body[table_at].line_no, body[table_at].source_text)
        header_cells = [c for l in body[header_span[0]:header_span[1] + 1] for c in line_tokens(l)]
        roles = [r or "" for r in header_roles(header_cells, INDICATOR_COLUMN_WORDS)]
        if "target" in roles:           # named columns after the target that are no role: recipients
            at = roles.index("target")
            roles = roles[:at + 1] + [RECIPIENT_ROLE if not r and c.strip() else r
                                      for r, c in zip(roles[at + 1:], header_cells[at + 1:])]
        two_level = "level1" in roles and "level2" in roles and "level3" not in roles
        if two_level:                   # 一级 | 二级 | 绩效标准 …: the 二级 column holds the names
            roles = ["level3" if r == "level2" else r for r in roles]
        if set(roles) & _COLUMN_AWARE_ROLES and "level3" in roles:
            # operator/unit/weight/explanation columns: read by the column-aware reader
            form.indicators.extend(read_indicator_rows(column_lines, roles, levels_as_written=two_level))
        else:
            form.indicators.extend(IndicatorTableReader(header).read(table_lines))
    # an indicator the goal names (河道水质达标率达到90%以上) that the table lists too is the table's
    in_table = {fold_key(i.level3) for i in form.indicators if i.origin == "indicator_table" and i.level3}
    form.indicators = [i for i in form.indicators
                       if not (i.origin == "goal_text" and i.level3 and fold_key(i.level3) in in_table)]
    return form
