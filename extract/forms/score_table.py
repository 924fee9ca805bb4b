"""An evaluation's score table published on its own (绩效评价指标评分表, 绩效评价指标表: kind c) →
raw records: the evaluated project, the money table, the score tree and the indicators in it.

The document is read in regions found by their header words, never by position:

* header fields (项目名称, 主管部门, 实施单位, 委托单位, 评价机构, 评价年度) before the first table;
* a money table (资金情况(万元) | 预算数 | 实际支出数 | 预算执行率, one row per source or a 合计);
* a summary table (一级指标 | 分值 | 得分 | 得分率): the level-1 rows and the total;
* the detail table (一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 目标值 | 实际完成值 | 得分, or
  评价指标 | 评价内容 | 指标名称 | 指标说明 | 目标值 | 分值 | 备注): the scoring tree. Level cells that
  print a weight (``决策（15分）``) are weighted rows of their own; a level-2 cell without one is a
  sub-heading, the ``group`` of the rows under it. A row that states a target is also an indicator
  (every row, in a table with no score or actual column: a table of weighted targets).

Rows come as table rows or as one cell per line (merged cells absent from continuation rows). A table
run together with no separator (``产出数量指标享受资助人数达到预计值210010``) was cut into rows by the
shape layer (``layout.glued_score``); a row it could cut more than one way carries the other cuts
(``Line.alternatives``), and the weights adding up to the table's total decide (``_resolve_alternatives``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import product

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.layout.columns import (
    is_empty_marker, is_plain_number, is_points, line_cells)
from jixiao.extract.forms.common import FormSource, read_header, total_score_and_grade
from jixiao.extract.layout.reader import assign_cells, is_level_word
from jixiao.extract.forms.indicator_rows import ColumnHeader, find_column_header
from jixiao.extract.records import RawBudgetLine, RawEvaluation, RawField, RawForm, RawIndicator, RawIssue, RawScore
from jixiao.normalize.money import money_unit_multiplier
from jixiao.normalize.numbers import parse_float
from jixiao.normalize.text import clean_text, fold_key, is_page_footer, join_wrapped_lines
from jixiao.normalize.vocabulary import (
    WEIGHT_IN_LABEL_PATTERN,
    BUDGET_ITEM_LABELS,
    INDICATOR_COLUMN_WORDS,
    SCORE_CODE_PREFIX_PATTERN,
    SCORE_CODED_NAME_PATTERN,
    SCORE_SUMMARY_COLUMN_WORDS,
    SCORE_TABLE_TITLE_WORDS,
    SCORE_TOTAL_WORDS,
    SELF_EVALUATION_MONEY_COLUMN_WORDS,
    YEAR_TOTAL_ITEM,
)

_WEIGHTED = re.compile(rf"^(?P<name>.*?)\s*{WEIGHT_IN_LABEL_PATTERN}\s*$")
_TOTALS = frozenset(fold_key(w) for w in SCORE_TOTAL_WORDS)
_CAPTION = re.compile(r"^表\s*\d")
_LEVEL_ROLES = ("level1", "level2")
_MAX_COMBINATIONS = 4096
_CODED_NAME = re.compile(SCORE_CODED_NAME_PATTERN)
_CODE_PREFIX = re.compile(SCORE_CODE_PREFIX_PATTERN)
#: How many level-2/3 names must carry a code (``A1``, ``A11``) before a tree's names are read as coded.
_MIN_CODED_NAMES = 2


def is_score_table_title(key: str) -> bool:
    """A folded title line that names an evaluation's score table."""
    return any(w in key for w in SCORE_TABLE_TITLE_WORDS) and not _CAPTION.match(key)


def _weighted(text: str) -> tuple[str, str | None]:
    """``决策（15分）`` → (``决策``, ``15``); other text → (text, None)."""
    m = _WEIGHTED.match(text.strip())
    if m and m.group("name"):
        return clean_text(m.group("name")) or m.group("name"), m.group("weight")
    return clean_text(text) or text.strip(), None


def _is_total(text: str) -> bool:
    return fold_key(text) in _TOTALS


# -- regions -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Regions:
    money: ColumnHeader | None
    summary: ColumnHeader | None
    detail: ColumnHeader | None


def _find_detail(body: list[Line]) -> ColumnHeader | None:
    header = find_column_header(body, INDICATOR_COLUMN_WORDS, {"level3"})
    return header if header is not None and "weight" in header.roles else None


def _regions(body: list[Line]) -> _Regions:
    detail = _find_detail(body)
    end = detail.first if detail else len(body)
    summary = find_column_header(body[:end], SCORE_SUMMARY_COLUMN_WORDS, {"level1"})
    if summary is not None and not {"weight", "score"} <= set(summary.roles):
        summary = None
    money_end = summary.first if summary else end
    money = find_column_header(body[:money_end], SELF_EVALUATION_MONEY_COLUMN_WORDS, {"amount"}, min_roles=2)
    return _Regions(money, summary, detail)


def _row_units(lines: list[Line]) -> list[tuple[list[str], Line]]:
    """Each line's cells (a cell stream is a table the shape layer already cut into rows)."""
    return [(line_cells(l, trailing_blanks=True), l) for l in lines if l.text.strip() and not is_page_footer(l.text)]


# -- money -----------------------------------------------------------------------------------------

def _money_lines(body: list[Line], header: ColumnHeader, end: int, unit: int | None) -> list[RawBudgetLine]:
    roles = [r for r in header.roles if r]
    rows: list[tuple[str, list[str], Line]] = []
    for cells, line in _row_units(body[header.last + 1:end]):
        filled = [c for c in cells if c]
        if len(filled) < 2 or is_plain_number(filled[0]) or _CAPTION.match(filled[0]):
            if rows:
                break
            continue
        rows.append((filled[0], filled[1:1 + len(roles)], line))
    out: list[RawBudgetLine] = []
    for label, values, line in rows:
        by_role = {r: v for r, v in zip(roles, values) if v and not is_empty_marker(v)}
        out.append(RawBudgetLine(
            label=clean_text(label) or label, amount_text=by_role.get("amount"),
            item_hint=_money_item(label, len(rows)), initial_text=by_role.get("initial"),
            actual_text=by_role.get("actual"), rate_text=by_role.get("rate"), unit_multiplier=unit,
            page=line.page, source_text=line.source_text.strip()))
    return out


def _money_item(label: str, n_rows: int) -> str | None:
    """A named source keeps its item (财政资金 …); the table's 合计, or its only row, is the year's
    budget of the evaluated project; other rows are components."""
    key = fold_key(label)
    if any(written in key for written, _ in BUDGET_ITEM_LABELS):
        return None
    if _is_total(label) or n_rows == 1:
        return YEAR_TOTAL_ITEM
    return "component"


# -- summary table -----------------------------------------------------------------------------------

def _summary_scores(body: list[Line], header: ColumnHeader, end: int) -> list[RawScore]:
    roles = list(header.roles)
    rows: list[tuple[list[str], Line]] = []
    for cells, line in _row_units(body[header.last + 1:end]):
        if len(cells) < 2 or not _fits(cells[:len(roles)], roles):
            if rows:
                break
            continue
        rows.append((cells, line))
    scores: list[RawScore] = []
    for cells, line in rows:
        values = dict(zip(roles, cells))
        name, weight = _weighted(values.get("level1", ""))
        level = 0 if _is_total(name) else 1
        scores.append(RawScore(level, None, name, weight_text=_number(values.get("weight")) or weight,
                               score_text=_number(values.get("score")), page=line.page,
                               source_text=line.source_text.strip()))
    return scores


def _fits(cells: list[str], roles: list[str | None]) -> bool:
    """The summary row's cells: a name, then numbers (or blanks) in the weight and score columns."""
    values = dict(zip(roles, cells))
    name = values.get("level1", "")
    weight = values.get("weight", "")
    return bool(name) and not is_plain_number(name) and is_plain_number(weight) \
        and (is_plain_number(values.get("score", "")) or is_empty_marker(values.get("score", "")))


def _number(text: str | None) -> str | None:
    t = (text or "").strip()
    return t if is_plain_number(t) else None


# -- detail table ----------------------------------------------------------------------------------

@dataclass
class _DetailRow:
    levels: list[str]               # level cells printed on this row (deepest last)
    values: dict[str, str]          # level3 and value roles -> text
    line: Line
    alternatives: list[dict[str, str]] = field(default_factory=list)   # other cuts of a row run together


def _value_fits(values: dict[str, str]) -> bool:
    weight = values.get("weight")
    score = values.get("score")
    if weight is not None and not is_points(weight):
        return False
    return score is None or not score or is_points(score) or is_empty_marker(score)


def _split_row(cells: list[str], roles: list[str]) -> tuple[list[str], dict[str, str]] | None:
    """A row's cells → (level cells, name and values), trying the name at each position; values
    fewer than their columns (blank cells gone) are placed by their shapes (a 指标说明 left blank);
    a level word is not the name when the cell right after it can be."""
    value_roles = roles[roles.index("level3") + 1:]
    found: list[tuple[int, dict[str, str]]] = []
    for i in range(len(cells)):
        if not cells[i] or is_plain_number(cells[i]):
            continue
        rest = cells[i + 1:i + 1 + len(value_roles)]
        if any(c for c in cells[i + 1 + len(value_roles):]):
            continue
        readings = [dict(zip(value_roles, rest + [""] * (len(value_roles) - len(rest))))]
        if 0 < len(rest) < len(value_roles) and all(rest):
            readings += [{r: a.values.get(r, "") for r in value_roles} for a in assign_cells(rest, value_roles)]
        values = next((v for v in readings if _value_fits(v) and v.get("weight", "x")), None)
        if values is not None:
            found.append((i, values))
    if not found:
        return None
    i, values = found[0]
    if len(found) > 1 and found[1][0] == i + 1 and is_level_word(cells[i]):
        i, values = found[1]          # 质量指标 | 项目验收合格率 | 100% | 3: the level word leads the name
    return [c for c in cells[:i] if c], {"level3": cells[i], **values}


def _detail_rows(lines: list[Line], roles: list[str]) -> tuple[list[_DetailRow], list[str], Line | None]:
    """Rows of the detail table, and the total row's numbers (weight, score) and line."""
    units = _row_units(lines)
    rows: list[_DetailRow] = []
    total: list[str] = []
    total_line: Line | None = None
    for k, (cells, line) in enumerate(units):
        filled = [c for c in cells if c]
        if not filled:
            continue
        if _is_total(filled[0]):
            following = filled[1:] or [c for u, _ in units[k + 1:k + 3] for c in u]
            total, total_line = _total_numbers(following, []), line
            break
        split = _split_row(cells if line.blanks_kept else filled, roles)
        if line.blanks_kept and (split is None or is_level_word(split[1]["level3"])):
            # cells set by position with a blank dropped (a level word read as the name): by shape
            split = next((s for s in [_split_row(filled, roles)] if s and not is_level_word(s[1]["level3"])), split)
        if split is None:
            if len(filled) == 1 and rows:
                continue
            continue
        levels, values = split
        rows.append(_DetailRow(levels, values, line, [_cut(a, roles) for a in line.alternatives]))
    return rows, total, total_line


def _cut(cells: tuple[str, ...], roles: list[str]) -> dict[str, str]:
    """Another cut of a row (cells in their columns) → its name and values by role."""
    return {r: c for r, c in zip(roles, cells) if r and r not in _LEVEL_ROLES and c}


def _total_numbers(cells: list[str], roles: list[str]) -> list[str]:
    """(weight, score) of a total row: by column when its blanks were kept, else in order."""
    if roles and len(cells) >= len(roles):
        values = dict(zip(roles, cells))
        if is_plain_number(values.get("weight", "")):
            return [values.get("weight", ""), values.get("score", "") or ""]
    return [c for c in cells if is_plain_number(c)][:2]


def _resolve_alternatives(rows: list[_DetailRow], total_weight: str | None, issues: list[RawIssue]) -> None:
    """Rows the shape layer could cut more than one way (``…12015``: 120 + 15 or 1201 + 5, carried as
    ``Line.alternatives``): the cut whose weights add up to the stated total wins (arithmetic, the
    family's); if none or several do, the first is kept and an issue says so."""
    open_rows = [r for r in rows if r.alternatives]
    if not open_rows:
        return
    target = parse_float(total_weight) if total_weight else None
    options = [[{**r.values}] + r.alternatives for r in open_rows]
    fixed = sum(parse_float(r.values.get("weight")) or 0 for r in rows if not r.alternatives)
    winners: list[tuple[dict[str, str], ...]] = []
    n = 1
    for o in options:
        n *= len(o)
    if target is not None and n <= _MAX_COMBINATIONS:
        for combo in product(*options):
            s = fixed + sum(parse_float(c.get("weight")) or 0 for c in combo)
            if abs(s - target) < 0.01:
                winners.append(combo)
    if len(winners) == 1:
        for row, choice in zip(open_rows, winners[0]):
            row.values = choice
        return
    for row in open_rows:
        issues.append(RawIssue("warning", "row_split_uncertain",
                               "the row's cells were run together and can be split more than one way; "
                               f"kept {row.values.get('level3')!r} with target {row.values.get('target')!r} "
                               f"and weight {row.values.get('weight')!r}",
                               row.line.source_text.strip()))


def _printed_levels(levels: list[str], roles: list[str], level_roles: list[str],
                    ) -> tuple[dict[str, str], dict[str, str]]:
    """The level cells a row prints (the last columns before its name: merged cells above were
    not repeated) → (level role → name, level role → weight). A 权重 column right after a level's
    column is that level's weight (一级指标 | 权重 | 二级指标 | 权重 | 三级指标 | 权重 | 得分)."""
    side = roles[:roles.index("level3")] if "level3" in roles else []
    if "weight" not in side or not any(is_plain_number(c) for c in levels):    # names only
        printed = levels[-len(level_roles):] if level_roles else []
        return dict(zip(level_roles[len(level_roles) - len(printed):], printed)), {}
    printed = levels[-len(side):]
    columns = side[len(side) - len(printed):]
    given: dict[str, str] = {}
    weights: dict[str, str] = {}
    for k, (role, cell) in enumerate(zip(columns, printed)):
        if role in _LEVEL_ROLES:
            given[role] = cell
        elif role == "weight" and k > 0 and columns[k - 1] in _LEVEL_ROLES and is_plain_number(cell):
            weights[columns[k - 1]] = cell
    return given, weights


def _tree(rows: list[_DetailRow], roles: list[str]) -> tuple[list[RawScore], list[RawIndicator], list[tuple[str, str | None, Line]]]:
    """Level-2/3 score rows, the indicators, and the level-1 names met (name, weight, line)."""
    level_roles = [r for r in roles if r in _LEVEL_ROLES]
    has_results = "score" in roles or "actual" in roles
    level1: str | None = None
    level2: tuple[str, str | None] | None = None
    scores: list[RawScore] = []
    indicators: list[RawIndicator] = []
    level1s: list[tuple[str, str | None, Line]] = []
    for row in rows:
        given, column_weights = _printed_levels(row.levels, roles, level_roles)
        if "level1" in given:
            name, weight = _weighted(given["level1"])
            weight = column_weights.get("level1", weight)
            level1, level2 = name, None
            level1s.append((name, weight, row.line))
        if "level2" in given:
            name, weight = _weighted(given["level2"])
            weight = column_weights.get("level2", weight)
            level2 = (name, weight)
            if weight is not None:
                scores.append(RawScore(2, None, name, parent_code=level1, weight_text=weight,
                                       page=row.line.page, source_text=row.line.source_text.strip()))
        weighted2 = level2 is not None and level2[1] is not None
        values = row.values
        name = clean_text(values.get("level3")) or values.get("level3", "")
        actual = _text(values.get("actual"))
        scores.append(RawScore(3, None, name, parent_code=level2[0] if weighted2 and level2 else level1,
                               group=level2[0] if level2 and not weighted2 else None,
                               weight_text=_text(values.get("weight")), actual_text=actual,
                               score_text=_text(values.get("score")), page=row.line.page,
                               source_text=row.line.source_text.strip()))
        target = _text(values.get("target"))
        if target is not None or not has_results:
            indicators.append(RawIndicator(
                "indicator_table", level1, level2[0] if level2 else None, name, target,
                actual_text=actual, weight_text=_text(values.get("weight")),
                score_text=_text(values.get("score")), page=row.line.page,
                source_text=row.line.source_text.strip(), operator_text=_text(values.get("explanation"))))
    return scores, indicators, level1s


def _code_and_name(text: str) -> tuple[str | None, str]:
    m = _CODE_PREFIX.match(text)
    return (m.group("code"), text[m.end():]) if m else (None, text)


def _split_codes(scores: list[RawScore], indicators: list[RawIndicator],
                 ) -> tuple[list[RawScore], list[RawIndicator]]:
    """A tree whose names carry their codes (``A决策``, ``A1项目立项``, ``A11.立项依据充分性``): each
    code moved to ``code``, each ``parent_code`` the parent's code, a level-1 row met twice (the
    summary's ``决策`` and the detail's ``A决策``) kept once. Other trees are returned as they are:
    a lone ``B超…`` name is no code."""
    if sum(1 for s in scores if s.level in (2, 3) and _CODED_NAME.match(s.name)) < _MIN_CODED_NAMES:
        return scores, indicators
    code_of: dict[str, str] = {}
    for s in scores:
        code, name = _code_and_name(s.name)
        if code and s.level in (1, 2):
            code_of[fold_key(name)] = code
            code_of[fold_key(s.name)] = code
    out: list[RawScore] = []
    level1_names: dict[str, int] = {}
    for s in scores:
        code, name = _code_and_name(s.name) if s.level else (None, s.name)
        parent = s.parent_code
        if parent is not None:
            parent = code_of.get(fold_key(parent)) or code_of.get(fold_key(_code_and_name(parent)[1])) or parent
        row = replace(s, code=s.code or code, name=name, parent_code=parent)
        if s.level == 1 and fold_key(name) in level1_names:
            kept = out[level1_names[fold_key(name)]]
            out[level1_names[fold_key(name)]] = replace(kept, code=kept.code or row.code,
                                                        weight_text=kept.weight_text or row.weight_text,
                                                        score_text=kept.score_text or row.score_text)
            continue
        if s.level == 1:
            level1_names[fold_key(name)] = len(out)
        out.append(row)
    named = [replace(i, level1=_code_and_name(i.level1)[1] if i.level1 else i.level1,
                     level2=_code_and_name(i.level2)[1] if i.level2 else i.level2,
                     level3=_code_and_name(i.level3)[1] if i.level3 else i.level3) for i in indicators]
    return out, named


def _text(value: str | None) -> str | None:
    t = (value or "").strip()
    return None if not t or is_empty_marker(t) else t


# -- the form ---------------------------------------------------------------------------------------

_TITLE_SUFFIX = re.compile(r"(?:绩效)?(?:评价)?(?:指标)?(?:体系)?(?:及)?(?:评分)?表$")
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?")


def project_from_title(title: str) -> str | None:
    """``2019年度宁晋县高中助学金项目绩效评价指标表`` → ``宁晋县高中助学金项目``."""
    name = _TITLE_SUFFIX.sub("", _YEAR.sub("", fold_key(title), count=1))
    return name or None


def parse_score_table(source: FormSource) -> RawForm:
    """One score table (a title or none, then its lines) → RawForm (doc_kind evaluation_report)."""
    title = source.title_text
    default_unit = source.unit
    body = source.lines
    regions = _regions(body)
    starts = [h.first for h in (regions.money, regions.summary, regions.detail) if h is not None]
    header_end = min(starts) if starts else len(body)
    unit = next((u for l in body[max(0, header_end - 3):header_end + 1] if (u := money_unit_multiplier(l.text))),
                None) or default_unit
    fields, _ = read_header(body[:header_end], unit)
    by_key = {f.key: f.value for f in fields if f.key and f.value}
    form = RawForm(form_index=source.index, doc_kind="evaluation_report", title=title,
                   fiscal_year_text=by_key.get("evaluation_year") or title or source.year_text)
    form.fields = fields
    if "project_name" not in by_key and "entity_name" not in by_key and title:
        # a department-wide table's subject is its 部门名称, not words of its title
        form.fields = [RawField("项目名称", project_from_title(title), "project_name"), *fields]

    if regions.money is not None:
        end = regions.summary.first if regions.summary else (regions.detail.first if regions.detail else len(body))
        form.budget_lines = _money_lines(body, regions.money, end, unit)

    summary = _summary_scores(body, regions.summary, regions.detail.first if regions.detail else len(body)) \
        if regions.summary else []
    detail_rows: list[_DetailRow] = []
    total: list[str] = []
    total_line: Line | None = None
    roles: list[str] = []
    if regions.detail is not None:
        roles = [r or "" for r in regions.detail.roles]
        detail_rows, total, total_line = _detail_rows(body[regions.detail.last + 1:], roles)
        _resolve_alternatives(detail_rows, total[0] if total else None, form.issues)
    tree, form.indicators, level1s = _tree(detail_rows, roles) if roles else ([], [], [])

    scores: list[RawScore] = [s for s in summary if s.level == 0]
    if not scores and total_line is not None:
        name = next((c for c in line_cells(total_line, trailing_blanks=True) if _is_total(c)), "合计")
        scores.append(RawScore(0, None, name, weight_text=total[0] if total else None,
                               score_text=total[1] if len(total) > 1 and total[1] else None,
                               page=total_line.page, source_text=total_line.source_text.strip()))
    level1_rows = [s for s in summary if s.level == 1]
    known = {fold_key(s.name) for s in level1_rows}
    for name, weight, line in level1s:
        if fold_key(name) not in known:
            known.add(fold_key(name))
            level1_rows.append(RawScore(1, None, name, weight_text=weight, page=line.page,
                                        source_text=line.source_text.strip()))
    form.scores, form.indicators = _split_codes(scores + level1_rows + tree, form.indicators)

    prose = join_wrapped_lines([l.text.replace("\t", " ") for l in body])
    total_text, grade = total_score_and_grade(prose)
    total_score = scores[0].score_text if scores and scores[0].score_text else total_text
    if total_score or grade or by_key.get("evaluator"):
        form.evaluation = RawEvaluation(evaluator=clean_text(by_key.get("evaluator")),
                                        commissioned_by=clean_text(by_key.get("commissioned_by")),
                                        total_score_text=total_score, grade_text=grade)
    return form
