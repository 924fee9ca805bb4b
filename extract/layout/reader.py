"""The column reader: cells → labelled rows, by header roles, value shapes and the form's arithmetic.

A table's columns are *roles* named by its header (``INDICATOR_COLUMN_WORDS`` and the other header
vocabularies, ``columns.header_roles``). Each role has a *value-shape profile*: how well a text fits
it, from 0 (cannot be) to 1 (typical) — an operator with a number and a unit for a target, a number
from 0 to 100 for a weight or a score, a ``%`` for a rate, an amount for money, words for a reason.

When a table lost its row breaks (one cell per line, blank cells dropped), one search chooses the
row breaks and the cell → column assignment together: a beam over the cells in order, each row a
name cell and the cells given to an increasing run of value columns, scored by the profiles, a
skipped column costing a little and a score above its weight ruled out. The form's own arithmetic
then decides between the best readings: the rows' weights must add up to the total the table
states. When the best readings differ and nothing decides, the best is kept, its rows are marked
and the caller writes an ``issues`` row (``row_split_uncertain``); nothing is dropped silently.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from decimal import Decimal, InvalidOperation
from typing import Callable, Generic, Mapping, Sequence, TypeVar

import regex as re

from jixiao.extract.layout.columns import is_empty_marker, is_percent, is_plain_number, is_points
from jixiao.normalize.money import is_amount
from jixiao.normalize.numbers import parse_float
from jixiao.normalize.text import fold_key
from jixiao.normalize.vocabulary import (
    EXPLANATION_OPERATORS,
    LEVEL1_KIND_NOTED_PATTERN,
    EXPLANATION_PREFIXES,
    GRADE_WORDS,
    GRADES,
    INDICATOR_DIRECTION_WORDS,
    LEVEL1_WORDS,
    LEVEL2_WORDS,
    LEVEL_SUFFIXES,
    OPERATOR_CELLS,
    OPERATOR_SYMBOL_CHARS,
    OPERATOR_SYMBOLS,
    QUALITATIVE_RESULT_WORDS,
    SCORE_CODED_NAME_PATTERN,
    UNITS,
    LEVEL_POINTS_PATTERN,
    NO_WORDS,
    YES_WORDS,
)

_OPERATOR_START = re.compile(rf"^(?:{'|'.join(re.escape(o) for o in sorted(OPERATOR_SYMBOLS, key=len, reverse=True))})")
_NUMBER_IN = re.compile(r"\d")
_PROSE = re.compile(r"[，。；,;]")

Profile = Callable[[str], float]
_MAX_UNIT_LENGTH = 6


#: A profile is a pure function of a cell's text that a stream's search asks again and again: each
#: keeps its answers (``fit`` runs tens of thousands of times on a few hundred cells).
_PROFILE_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=_PROFILE_CACHE_SIZE)
def _text_fit(text: str) -> float:
    """Words (a name, a reason): anything but a bare figure."""
    t = text.strip()
    if is_plain_number(t) or is_percent(t):
        return 0.05
    return 0.8


@lru_cache(maxsize=_PROFILE_CACHE_SIZE)
def _indicator_name_fit(text: str) -> float:
    """An indicator's name: words, never an 指标说明 that states the comparison (达到目标值)."""
    return 0.0 if text.strip() in EXPLANATION_OPERATORS else _text_fit(text)


@lru_cache(maxsize=_PROFILE_CACHE_SIZE)
def _target_fit(text: str) -> float:
    t = text.strip()
    if is_empty_marker(t):
        return 0.4
    if _OPERATOR_START.match(t) and _NUMBER_IN.search(t):
        return 1.0                                  # ≥90%, =100.00(套)
    if _NUMBER_IN.search(t):
        return 0.8 if not is_plain_number(t) else 0.6
    return 0.6 if len(t) <= 12 and not _PROSE.search(t) else 0.2      # a word target: 及时, 健全


@lru_cache(maxsize=_PROFILE_CACHE_SIZE)
def _actual_fit(text: str) -> float:
    t = text.strip()
    if is_empty_marker(t):
        return 0.4
    if _NUMBER_IN.search(t):
        return 0.9
    return 0.6 if len(t) <= 12 and not _PROSE.search(t) else 0.2


@lru_cache(maxsize=_PROFILE_CACHE_SIZE)
def _points_fit(text: str) -> float:
    t = text.strip()
    return 1.0 if is_points(t) else 0.3 if is_empty_marker(t) else 0.0


@lru_cache(maxsize=_PROFILE_CACHE_SIZE)
def _rate_fit(text: str) -> float:
    t = text.strip()
    if is_percent(t):
        return 1.0
    value = parse_float(t) if is_plain_number(t) else None
    return 0.4 if value is not None and 0 <= value <= 100 else 0.3 if is_empty_marker(t) else 0.0


@lru_cache(maxsize=_PROFILE_CACHE_SIZE)
def _money_fit(text: str) -> float:
    t = text.strip()
    return 1.0 if is_amount(t) else 0.3 if is_empty_marker(t) else 0.0


@lru_cache(maxsize=_PROFILE_CACHE_SIZE)
def _unit_fit(text: str) -> float:
    """A unit: one of the vocabulary's, or a short word ending in one (万平方米, 人次)."""
    t = text.strip()
    if t in UNITS:
        return 1.0
    if len(t) <= _MAX_UNIT_LENGTH and not _NUMBER_IN.search(t) and t.endswith(UNITS):
        return 0.9
    return 0.5 if "/" in t or (len(t) <= 2 and not is_plain_number(t)) else 0.0


@lru_cache(maxsize=_PROFILE_CACHE_SIZE)
def _operator_fit(text: str) -> float:
    return 1.0 if text.strip() in _OPERATOR_CELLS else 0.0


_YES_NO_CELLS = frozenset((*YES_WORDS, *NO_WORDS))


@lru_cache(maxsize=_PROFILE_CACHE_SIZE)
def _score_ratio_fit(text: str) -> float:
    """A score as a percent of its weight (得分系数: ``100``, ``85.73``): a figure from 0 to 100, ``%`` or not."""
    t = text.strip()
    if is_percent(t):
        return 1.0
    value = parse_float(t) if is_plain_number(t) else None
    return 0.9 if value is not None and 0 <= value <= 100 else 0.3 if is_empty_marker(t) else 0.0


@lru_cache(maxsize=_PROFILE_CACHE_SIZE)
def _yes_no_fit(text: str) -> float:
    """A yes/no cell (是否核心指标: 是 | 否)."""
    return 1.0 if text.strip() in _YES_NO_CELLS else 0.0


#: Value-shape profile of each column role (roles not listed take any text at 0.5).
PROFILES: dict[str, Profile] = {
    "target": _target_fit,
    "adjusted_target": _target_fit,
    "score_ratio": _score_ratio_fit,
    "core": _yes_no_fit,
    "actual": _actual_fit,
    "weight": _points_fit,
    "score": _points_fit,
    "rate": _rate_fit,
    "initial": _money_fit,
    "amount": _money_fit,
    "unit": _unit_fit,
    "operator": _operator_fit,
    "reason": _text_fit,
    "remark": _text_fit,
    "scoring_rule": _text_fit,
    "direction": _text_fit,
    "level3": _indicator_name_fit,
}
#: What leaving a column of a row empty costs (log scale): optional notes cost little.
SKIP_COST: dict[str, float] = {"reason": 0.1, "remark": 0.1, "explanation": 0.1, "scoring_rule": 0.1, "basis": 0.1,
                               "direction": 0.1, "measures": 0.1, "actual": 0.7, "unit": 0.7,
                               "operator": 0.7, "adjusted_target": 0.7, "core": 0.1}
#: The same for one indicator row whose blank cells vanished: a result (得分) left blank costs less
#: than a weight, which a self-evaluation carries over from its target form before it is scored (a
#: form filed unfilled keeps its weights alone: ``= 5 个 12`` ends with the weight).
ROW_SKIP_COST: dict[str, float] = {**SKIP_COST, "score": 1.0}
DEFAULT_SKIP_COST = 1.2
#: A fit below this is not a reading at all.
MIN_FIT = 0.01


def fit(role: str, text: str, profiles: Mapping[str, Profile] = PROFILES) -> float:
    profile = profiles.get(role)
    return profile(text) if profile else 0.5


# -- one row: cells → columns -----------------------------------------------------------------

@dataclass(frozen=True)
class Assignment:
    """Cells given to value columns: ``values`` role → text, and the reading's log score."""

    values: dict[str, str]
    score: float


def assign_cells(cells: Sequence[str], roles: Sequence[str], profiles: Mapping[str, Profile] = PROFILES,
                 keep: int = 3, skip_costs: Mapping[str, float] = SKIP_COST) -> list[Assignment]:
    """The best ways (at most ``keep``, best first) to give ``cells`` in order to an increasing run
    of ``roles``: fits multiply, a skipped role costs ``skip_costs`` (``SKIP_COST``), a score above its weight is
    ruled out. On a tie the cells sit as far right as they can (blank cells are most often the
    optional ones on the left)."""
    n, m = len(cells), len(roles)
    if n > m:
        return []
    # states: (cells placed, roles used) → list of (score, placement)
    beams: dict[tuple[int, int], list[tuple[float, tuple[int, ...]]]] = {(0, 0): [(0.0, ())]}
    for k in range(m):
        nxt: dict[tuple[int, int], list[tuple[float, tuple[int, ...]]]] = {}
        for (i, _), entries in beams.items():
            for score, placed in entries:
                options = []
                if m - k - 1 >= n - i:                              # leave role k empty
                    options.append((i, score - skip_costs.get(roles[k], DEFAULT_SKIP_COST), placed))
                if i < n:
                    f = fit(roles[k], cells[i], profiles)
                    if f >= MIN_FIT:
                        options.append((i + 1, score + math.log(f), placed + (k,)))
                for i2, s2, p2 in options:
                    nxt.setdefault((i2, k + 1), []).append((s2, p2))
        beams = {key: sorted(v, key=lambda e: (-e[0], [-x for x in reversed(e[1])]))[:keep]
                 for key, v in nxt.items()}
    found = []
    for score, placed in beams.get((n, m), []):
        values = {roles[k]: cells[i] for i, k in enumerate(placed)}
        if _score_above_weight(values):
            continue
        found.append(Assignment(values, score))
    return found


def align_by_fit(cells: Sequence[str], roles: Sequence[str],
                 shapes: Mapping[str, Callable[[str], bool]]) -> dict[str, str] | None:
    """Cells of one row whose blank cells vanished, given to an increasing run of ``roles`` by the
    best reading (``assign_cells``: the value-shape profiles, a skipped column's cost, no score above
    its weight; ``ROW_SKIP_COST``), each cell also within its role's ``shapes`` (a unit column holds a
    unit). None when nothing fits. ``≥90 | 个 | 12`` under 指标值 | 度量单位 | 完成值 | 权重 | 得分 is target, unit and
    weight: a result left blank costs less than a weight (the form was filed before it was scored)."""
    profiles = {role: _within_shape(role, shapes.get(role)) for role in set(roles)}
    found = assign_cells(cells, roles, profiles, skip_costs=ROW_SKIP_COST)
    return found[0].values if found else None


def _within_shape(role: str, shape: Callable[[str], bool] | None) -> Profile:
    """``role``'s profile, 0 for a text outside ``shape``."""
    profile = PROFILES.get(role)
    return lambda text: 0.0 if shape is not None and not shape(text) else profile(text) if profile else 0.5


def _number(text: str | None) -> float | None:
    return parse_float(text.strip()) if text and is_plain_number(text) else None


def _score_above_weight(values: Mapping[str, str]) -> bool:
    weight, score = _number(values.get("weight")), _number(values.get("score"))
    return weight is not None and score is not None and score > weight + 0.011


# -- a stream of cells: row breaks and columns together -----------------------------------------

T = TypeVar("T")


@dataclass(frozen=True)
class StreamRow(Generic[T]):
    """A row the search found: a label row (a level word, one cell) or a name with its values."""

    name: str
    values: dict[str, str]
    first: T                              # the item (line) the row starts at
    label: bool = False


@dataclass
class StreamReading(Generic[T]):
    rows: list[StreamRow[T]]
    score: float
    uncertain: bool = False
    note: str | None = None
    dropped: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _State:
    score: float
    rows: tuple
    dropped: tuple


def read_stream(cells: Sequence[tuple[str, T]], value_roles: Sequence[str],
                label_at: Callable[[Sequence[str], int], int],
                total_weight: str | None = None, beam: int = 8,
                profiles: Mapping[str, Profile] = PROFILES,
                block_weights: Sequence[str] = ()) -> StreamReading[T]:
    """Cells in reading order (blanks gone) → rows. ``label_at(texts, i)`` says how many cells from
    ``i`` make a label row (a level word, rejoined when wrapped), 0 when cell i is not one. Every
    other row is a name and up to ``len(value_roles)`` values; a cell that fits nowhere (a wrapped
    reason) is dropped and listed. Among the best readings the one whose weights add up to
    ``total_weight`` wins — or to the total less one of ``block_weights``, the weight of a part of the
    form outside the table that its total covers (a self-evaluation's 预算执行率 分值 in the money
    block); when the best two differ and the total does not decide, the reading is marked uncertain."""
    texts = [t for t, _ in cells]
    n = len(texts)
    states: list[list[_State]] = [[] for _ in range(n + 1)]
    states[0] = [_State(0.0, (), ())]
    for i in range(n):
        if not states[i]:
            continue
        states[i] = sorted(states[i], key=lambda s: -s.score)[:beam]
        width = min(label_at(texts, i), n - i)            # a label rejoined past the last cell ends there
        for state in states[i]:
            if width:
                row = StreamRow("".join(texts[i:i + width]), {}, cells[i][1], label=True)
                states[i + width].append(_State(state.score, state.rows + (row,), state.dropped))
                continue
            name_fit = fit("level3", texts[i], profiles)
            for j in range(i + 1, min(n, i + 1 + len(value_roles)) + 1):
                if any(label_at(texts, k) for k in range(i + 1, j)):
                    break                                     # a label cannot be a value
                for a in assign_cells(texts[i + 1:j], value_roles, profiles, keep=2, skip_costs=ROW_SKIP_COST):
                    row = StreamRow(texts[i], a.values, cells[i][1])
                    states[j].append(_State(state.score + math.log(max(name_fit, MIN_FIT)) + a.score,
                                            state.rows + (row,), state.dropped))
            # the cell belongs to no column (a wrapped note): dropped at a cost
            states[i + 1].append(_State(state.score - 4.0, state.rows, state.dropped + (texts[i],)))
    finals = sorted(states[n], key=lambda s: -s.score)[:beam]
    if not finals:
        return StreamReading([], float("-inf"), True, "no reading of the cells fits the columns", list(texts))
    best = finals[0]
    uncertain, note = False, None
    total = _decimal(total_weight)
    if total is not None:
        totals = {total} | {total - w for w in map(_decimal, block_weights) if w is not None and 0 < w < total}
        adding = [s for s in finals if _weights_sum(s.rows) in totals]
        if adding and adding[0] is not best:
            best, note = adding[0], f"row breaks chosen by the weights adding up to {total_weight}"
        elif not adding and len(finals) > 1 and _layout_of(finals[0]) != _layout_of(finals[1]):
            uncertain = True
            note = f"no reading's weights add up to {total_weight}; the best-fitting one kept"
    elif len(finals) > 1 and finals[1].score == best.score and _layout_of(finals[1]) != _layout_of(best):
        uncertain, note = True, "two readings fit equally well and no total decides; the first kept"
    return StreamReading(list(best.rows), best.score, uncertain, note, list(best.dropped))


def _layout_of(state: _State) -> tuple:
    return tuple((r.name, tuple(sorted(r.values.items()))) for r in state.rows)


def _decimal(text: str | None) -> Decimal | None:
    try:
        return Decimal(text.strip()) if text and is_plain_number(text) else None
    except InvalidOperation:
        return None


def _weights_sum(rows: Sequence[StreamRow]) -> Decimal:
    total = Decimal(0)
    for r in rows:
        w = _decimal(r.values.get("weight"))
        if w is not None:
            total += w
    return total


# -- a row table whose blank cells vanished: rows of an increasing run of columns ------------------

def is_level_word(text: str) -> bool:
    """A 一级/二级 cell: a level word of the vocabulary, or a short word ending in 指标/目标."""
    key = _POINTS_IN_KEY.sub("", fold_key(text))
    if text.strip() in INDICATOR_DIRECTION_WORDS or text.strip() in QUALITATIVE_RESULT_WORDS:
        return False                      # 正向指标 says which way, 达成预期指标 is a result: no level
    return key in _LEVEL_KEYS or (key.endswith(LEVEL_SUFFIXES[:2]) and 4 <= len(key) <= 10) \
        or bool(_NOTED_LEVEL1.match(key))       # 项目年度绩效目标(定量指标)


#: A figure with at most a short unit after it (580个, 90%以上, ≥85%): a value, never a name (a
#: name may start with a code: 405001-南部县教育局).
_VALUE_LIKE = re.compile(rf"^(?:[+-]?\d[\d.,]*\s*[^\d\s]{{0,5}}|[{re.escape(OPERATOR_SYMBOL_CHARS)}].*)$")


_NOTED_LEVEL1 = re.compile(rf"^{LEVEL1_KIND_NOTED_PATTERN}$")


def _level_fit(text: str) -> float:
    return 1.0 if is_level_word(text) else 0.0


#: A long level word of the vocabulary without its 指标 (服务对象满意度) as a name: where nothing else
#: reads (a short one, 满意度 or 质量, is always the level).
_LEVEL_WORD_AS_NAME_FIT = 0.05
_MIN_LEVEL_WORD_AS_NAME = 5


def _name_fit(text: str) -> float:
    """A name (project, unit, indicator, goal): words, never a figure, an operator, a grade, a
    direction or a level word (a long one without its 指标, 服务对象满意度, hardly)."""
    t = text.strip()
    if is_plain_number(t) or is_percent(t) or is_amount(t) or t in _OPERATOR_CELLS or t in _GRADE_CELLS \
            or t in INDICATOR_DIRECTION_WORDS or is_field_label(t) or t in EXPLANATION_OPERATORS:
        return 0.0                   # 达到目标值: an 指标说明 stating the comparison, no name
    if is_level_word(t):
        # a level word is a name only where nothing else reads: an indicator named after its level
        # (服务对象满意度 under 服务对象满意度指标) is the last row of many tables
        return _LEVEL_WORD_AS_NAME_FIT if len(t) >= _MIN_LEVEL_WORD_AS_NAME and not t.endswith(LEVEL_SUFFIXES[:2]) \
            else 0.0
    return 0.1 if _OPERATOR_START.match(t) or _VALUE_LIKE.match(t) else 0.8     # ≥210批次, 580个: targets


_CODED_NAME = re.compile(SCORE_CODED_NAME_PATTERN)


#: A line's name opening with a number (a hotline's: ``12345服务器采购``): in a report's table a
#: name, not a figure with its unit (units are short; the name's words go on).
_NUMBERED_NAME = re.compile(r"^\d{3,}\p{Han}{3,}")


def _coded_name_fit(text: str) -> float:
    """A row name of a report's score table: led by its code (``A2项目目标`` is a name there,
    though it ends in 目标), or by a number (``12345服务器采购``), else any name."""
    t = text.strip()
    if _CODED_NAME.match(t):
        return 1.0
    return max(_name_fit(t), 0.8) if _NUMBERED_NAME.match(t) else _name_fit(t)


#: A sub-line's number in brackets (（1）, (2)): the 序号 of a line split under a numbered one.
_BRACKETED_SEQ = re.compile(r"^[(（]\d{1,2}[)）]$")


def _seq_fit(text: str) -> float:
    t = text.strip()
    return 1.0 if (t.isdigit() and 0 < int(t) < 10000) or _BRACKETED_SEQ.match(t) else 0.0


def _grade_fit(text: str) -> float:
    t = text.strip()
    return 1.0 if t in _GRADE_CELLS else 0.3 if is_empty_marker(t) else 0.0


def _direction_fit(text: str) -> float:
    t = text.strip()
    return 1.0 if t in INDICATOR_DIRECTION_WORDS else 0.0


def _explanation_fit(text: str) -> float:
    """An 指标解释 cell: most often ``反映…`` or a comparison (达到目标值); any words."""
    t = fold_key(text)
    return 1.0 if t.startswith(EXPLANATION_PREFIXES) or t in EXPLANATION_OPERATORS else 0.5


def _note_fit(text: str) -> float:
    """A remark: words; a cell that looks like a figure is most often the next row's target."""
    t = text.strip()
    return 0.2 if _OPERATOR_START.match(t) or _VALUE_LIKE.match(t) else _text_fit(t)


def _row_target_fit(text: str) -> float:
    """A target in a row table: as ``_target_fit``, a long word less likely (word targets are short:
    及时, 健全, 有效改善; a long one is more often a name)."""
    t = text.strip()
    f = _target_fit(t)
    return min(f, 0.3) if not _NUMBER_IN.search(t) and len(t) > _MAX_WORD_TARGET else f


_MAX_WORD_TARGET = 6


def _not_level(profile: Profile) -> Profile:
    return lambda text: 0.0 if is_level_word(text) or is_field_label(text) else profile(text)


def is_field_label(text: str) -> bool:
    """A label ending in a colon (``填表人:``, ``联系电话：``): what follows a table, never a cell of it."""
    return text.strip().endswith((":", "："))


_OPERATOR_CELLS = frozenset(OPERATOR_CELLS)
_GRADE_CELLS = frozenset((*GRADES, *GRADE_WORDS))
_POINTS_IN_KEY = re.compile(LEVEL_POINTS_PATTERN)
_LEVEL_KEYS = frozenset(fold_key(w) for w in LEVEL1_WORDS | LEVEL2_WORDS)

#: Profiles of a row table's columns (flat multi-project tables, several projects' results).
ROW_TABLE_PROFILES: dict[str, Profile] = {
    **{role: _not_level(p) for role, p in PROFILES.items()},
    "level1": _level_fit,
    "level2": _level_fit,
    "level3": _name_fit,
    "project_name": _name_fit,
    "dimension": _name_fit,
    "item": _coded_name_fit,
    "item_group": _coded_name_fit,
    "reporting_unit": _name_fit,
    "department": _name_fit,
    "annual_goal": _name_fit,
    "budget": _money_fit,
    "seq": _seq_fit,
    "grade": _grade_fit,
    "direction": _direction_fit,
    "explanation": _not_level(_explanation_fit),
    "remark": _not_level(_note_fit),
    "target": _not_level(_row_target_fit),
}


@dataclass(frozen=True)
class TableRow:
    """A row the search found: the index of its first cell and its cells by column (``""`` for a
    column the row leaves empty)."""

    first: int
    cells: tuple[str, ...]
    tied: bool = False                    # another placement of its cells fits almost as well


@dataclass
class RowTableReading:
    rows: list[TableRow]
    end: int                              # index after the table's last cell
    uncertain: bool = False
    note: str | None = None


def place_row(cells: Sequence[str], roles: Sequence[str], required: frozenset[str],
              profiles: Mapping[str, Profile] = ROW_TABLE_PROFILES,
              edge_cost: float = 0.05) -> tuple[float, tuple[int, ...]] | None:
    """The best way to give ``cells`` in order to an increasing run of ``roles``: (log score,
    column of each cell), or None. Columns before the row's first cell or after its last cost
    ``edge_cost`` each (exporters drop the cells a merged range above covers); a column skipped
    inside the row costs ``SKIP_COST``; a ``required`` column is never left empty."""
    found = place_row_readings(cells, roles, required, profiles, edge_cost)
    return found[0] if found else None


def place_row_readings(cells: Sequence[str], roles: Sequence[str], required: frozenset[str],
                       profiles: Mapping[str, Profile] = ROW_TABLE_PROFILES, edge_cost: float = 0.05,
                       keep: int = 2) -> list[tuple[float, tuple[int, ...]]]:
    """The ``keep`` best placements of ``place_row``, best first."""
    n, m = len(cells), len(roles)
    if not 0 < n <= m:
        return []
    # best[i][k]: the best placements of cells[:i] on roles[:k]
    best: list[list[list[tuple[float, tuple[int, ...]]]]] = [[[] for _ in range(m + 1)] for _ in range(n + 1)]
    best[0][0] = [(0.0, ())]
    for k in range(m):
        role = roles[k]
        for i in range(n + 1):
            entries = sorted(best[i][k], key=lambda e: -e[0])[:keep]
            for score, placed in entries:
                if role not in required:
                    cost = edge_cost if i in (0, n) else SKIP_COST.get(role, DEFAULT_SKIP_COST)
                    best[i][k + 1].append((score - cost, placed))
                if i < n and not is_field_label(cells[i]):
                    f = fit(role, cells[i], profiles)
                    if f >= MIN_FIT:
                        best[i + 1][k + 1].append((score + math.log(f), placed + (k,)))
    return sorted(best[n][m], key=lambda e: -e[0])[:keep]


def row_by_columns(cells: Sequence[str], roles: Sequence[str], required: frozenset[str],
                   profiles: Mapping[str, Profile] = ROW_TABLE_PROFILES) -> dict[str, str]:
    """A table row's cells by column (role → text). Cell for cell when every filled cell fits its
    column; else (a row whose first cells a merged column above covered, its cells shifted left, as
    pipe rows print it) its filled cells placed on the columns (``place_row``), the ``required``
    columns filled; when no placement fits, cell for cell."""
    values = dict(zip(roles, cells))
    if all(fit(role, text, profiles) >= MIN_FIT for role, text in values.items() if role and text.strip()):
        return values
    filled = [c for c in cells if c.strip()]
    placed = place_row(filled, roles, required, profiles)
    if placed is None:
        return values
    return {roles[k]: filled[i] for i, k in enumerate(placed[1])}


def amounts_under_columns(row: Sequence[str], header: Sequence[str], first: int) -> list[str]:
    """A row of amounts under a money header whose named columns start at ``first`` (``资金金额(万元)
    | | 合计 | 福州市 …``), cell for cell. A row whose first cells were merged with the caption above
    comes shifted left (``9200 | 1500 | … ||||``): its amounts are set under the header's named
    columns from ``first`` on when there are exactly as many amounts as those columns, every one an
    amount and the columns contiguous; otherwise the row stands as it is."""
    filled_at = [k for k, c in enumerate(row) if c]
    named_at = [k for k in range(first, len(header)) if header[k]]
    amounts = [row[k] for k in filled_at]
    if filled_at == named_at or len(amounts) != len(named_at) or not all(is_amount(a) for a in amounts) \
            or named_at != list(range(first, first + len(named_at))):
        return list(row)
    return [""] * first + amounts


#: A kind of row a row table holds: the columns it may fill (None: any) and the ones it must fill.
RowKind = tuple[frozenset[str] | None, frozenset[str]]


def best_row(cells: Sequence[str], roles: Sequence[str], kinds: Sequence[RowKind],
             profiles: Mapping[str, Profile] = ROW_TABLE_PROFILES, margin: float = 0.5,
             ) -> tuple[float, tuple[int, ...], bool] | None:
    """(log score, column of each cell, whether another placement fits almost as well) of the best
    placement of the row's cells over the row kinds, or None."""
    readings: list[tuple[float, tuple[int, ...]]] = []
    for allowed, required in kinds:
        columns = [k for k, r in enumerate(roles) if allowed is None or r in allowed]
        for score, placed in place_row_readings(cells, [roles[k] for k in columns], required, profiles):
            readings.append((score, tuple(columns[k] for k in placed)))
    if not readings:
        return None
    readings.sort(key=lambda e: -e[0])
    tied = len(readings) > 1 and readings[0][0] - readings[1][0] < margin and readings[0][1] != readings[1][1]
    return readings[0][0], readings[0][1], tied


def read_row_table(texts: Sequence[str], roles: Sequence[str], kinds: Sequence[RowKind],
                   is_header: Callable[[str], bool] = lambda t: False,
                   profiles: Mapping[str, Profile] = ROW_TABLE_PROFILES,
                   beam: int = 4, margin: float = 0.5,
                   proof: Callable[[Sequence[TableRow]], bool | None] | None = None) -> RowTableReading:
    """Cells in reading order (blanks gone) after a row table's header → rows. Each row is an
    increasing run of columns of one of the ``kinds``, scored by the value-shape profiles
    (``place_row``); the search chooses row breaks and columns together. The table ends where no
    further row fits (a header word ends it too). ``proof`` is the form's arithmetic (True: the
    rows' figures add up, False: they do not, None: nothing to check): among the best readings the
    first it proves wins. Otherwise, when the best two readings differ by less than ``margin`` (log
    score) the reading is marked uncertain: the caller keeps the raw text and reports it."""
    n, width = len(texts), len(roles)
    states: list[list[tuple[float, tuple[TableRow, ...]]]] = [[] for _ in range(n + 1)]
    states[0] = [(0.0, ())]
    for i in range(n):
        if not states[i]:
            continue
        states[i] = sorted(states[i], key=lambda s: -s[0])[:beam]
        for j in range(i + 1, min(n, i + width) + 1):
            if is_header(texts[j - 1]):
                break
            placed = best_row(texts[i:j], roles, kinds, profiles)
            if placed is None:
                continue
            score, columns, tied = placed
            row_cells = [""] * width
            for text, k in zip(texts[i:j], columns):
                row_cells[k] = text
            row = TableRow(i, tuple(row_cells), tied)
            for s, rows in states[i]:
                states[j].append((s + score, rows + (row,)))
    end = max(j for j in range(n + 1) if states[j])
    finals = sorted(states[end], key=lambda s: -s[0])[:beam]
    best_score, best_rows = finals[0]
    uncertain, note = False, None
    proven = [f for f in finals if proof is not None and proof(f[1])]
    if proven:
        if proven[0][1] != best_rows:
            note = f"row breaks chosen by the form's arithmetic over a reading {best_score - proven[0][0]:.2f} better fitting"
        return RowTableReading(list(proven[0][1]), end, False, note)
    if len(finals) > 1 and best_score - finals[1][0] < margin and finals[1][1] != best_rows:
        uncertain = True
        other = finals[1][1]
        at = next((k for k, (a, b) in enumerate(zip(best_rows, other)) if a != b), min(len(best_rows), len(other)) - 1)
        note = (f"row breaks of {end} cells: two readings fit almost equally well "
                f"({best_score:.2f} against {finals[1][0]:.2f}); kept row {at + 1} as "
                f"{' | '.join(best_rows[at].cells)}, not {' | '.join(other[at].cells)}")
    elif any(r.tied for r in best_rows):
        uncertain = True
        note = (f"the cells of {sum(r.tied for r in best_rows)} row(s) fit two columns almost equally "
                "well; the best placement kept")
    return RowTableReading(list(best_rows), end, uncertain, note)
