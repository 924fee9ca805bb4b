"""The indicator table of any form kind (target forms with operator/unit/weight columns,
self-evaluations, score tables) → raw indicators, and the column header finder they share.

A header names the columns (一级 | 二级 | 三级 | [指标性质 | 指标值 | 度量单位 |] 年度指标值 | 实际完成值 |
分值 | 得分 | 偏差原因 …, any order and spelling); rows run until the total (总分/合计).

Rows come in three shapes, all read here: table rows that kept every cell (read by position),
rows whose blank cells vanished (``指标1:工程质量合格 10 10``: aligned by value shape, see
``reader.align_by_fit``), and one cell per line with empty cells kept (HTML tables flattened;
rows are cut at level words and the column count).
"""

from __future__ import annotations

from dataclasses import dataclass, field
import regex as re

from jixiao.extract.document import Line
from jixiao.extract.layout.columns import (
    INDICATOR_SHAPES,
    header_roles,
    is_empty_marker,
    is_plain_number,
    line_cells,
)
from jixiao.extract.layout.level_words import is_level1, is_level2, level_key
from jixiao.extract.layout.indicator_stream import (
    TABLE_TRAILER as _TRAILER, WEIGHTED_LABEL, looks_like_value as _looks_like_value,
)
from jixiao.extract.layout.reader import align_by_fit
from jixiao.extract.records import RawIndicator
from jixiao.normalize.text import clean_text, fold_key, is_fill_in_hint, is_page_footer
from jixiao.normalize.vocabulary import (
    OPERATOR_CELLS,
    OPERATOR_KIND_WORDS,
    YES_NO_UNIT_WORDS,
    INDICATOR_COLUMN_WORDS,
    LEVEL2_PARENT,
    PLACEHOLDER_NAME_PREFIX,
    POINTS_WORD,
    SELF_EVALUATION_TOTAL_WORDS,
)

_OPERATOR_CELLS = frozenset(OPERATOR_CELLS)
_TOTAL_WORDS = frozenset(fold_key(w) for w in SELF_EVALUATION_TOTAL_WORDS)
_LEVEL2_PARENT = {fold_key(k): v for k, v in LEVEL2_PARENT.items()}
_PLACEHOLDER = re.compile(PLACEHOLDER_NAME_PREFIX)
_LEVEL_ROLES = ("level1", "level2")


@dataclass(frozen=True)
class ColumnHeader:
    first: int                      # line index of the header's first line
    last: int                       # line index of its last line
    roles: tuple[str | None, ...]   # one per header cell; None for a cell naming no role


def find_column_header(lines: list[Line], vocabulary: dict[str, tuple[str, ...]], required: set[str],
                       start: int = 0, min_roles: int = 3) -> ColumnHeader | None:
    """The first header naming at least ``min_roles`` columns including one of ``required``: one
    line with several cells, or (one cell per line) consecutive lines each naming one column."""
    i = start
    while i < len(lines):
        cells = line_cells(lines[i])
        roles = header_roles(cells, vocabulary)
        named = [r for r in roles if r]
        if len(cells) >= 2 and len(named) >= min_roles and required & set(named):
            return ColumnHeader(i, i, tuple(roles))
        if len(cells) == 1 and (roles[0] or _joined_role(lines, i, vocabulary)):
            run, j = _header_run(lines, i, vocabulary)
            if len(run) >= min_roles and required & set(run):
                return ColumnHeader(i, j, tuple(run))
            i = j + 1
            continue
        i += 1
    return None


_BRACKET_ONLY = re.compile(r"^[(（][A-Za-z/]+[)）]$")


def _single(lines: list[Line], i: int) -> str | None:
    cells = line_cells(lines[i]) if 0 <= i < len(lines) else []
    return cells[0] if len(cells) == 1 else None


def _joined_role(lines: list[Line], i: int, vocabulary: dict[str, tuple[str, ...]]) -> str | None:
    """The role of a header word split over two cells (``年初`` + ``预算数``)."""
    first, second = _single(lines, i), _single(lines, i + 1)
    if first is None or second is None:
        return None
    return header_roles([first + second], vocabulary)[0]


def _header_run(lines: list[Line], i: int, vocabulary: dict[str, tuple[str, ...]]) -> tuple[list[str], int]:
    """Consecutive one-cell lines naming columns, from line i: (roles, index of the last line)."""
    run: list[str] = []
    j = i
    while j < len(lines):
        cell = _single(lines, j)
        if cell is None:
            break
        role = header_roles([cell], vocabulary)[0]
        if role:
            run.append(role)
            j += 1
            continue
        joined = _joined_role(lines, j, vocabulary)
        if joined:
            run.append(joined)
            j += 2
            continue
        if run and _BRACKET_ONLY.match(fold_key(cell)):
            j += 1                                  # 执行率 + (B/A)
            continue
        break
    return run, j - 1


# -- the indicator table -------------------------------------------------------------------------

@dataclass
class _Block:
    """A level-1 block of the indicator table and the weight its label prints (产出指标(50分))."""

    name: str | None
    weight: str | None = None
    indicators: list[RawIndicator] = field(default_factory=list)


@dataclass
class IndicatorState:
    roles: list[str]
    #: the header names 一级 and 二级 but no 三级 (T-HB): the one level column holds the 一级 as
    #: written, even a 二级 word (数量指标), and the 二级 column holds the names
    levels_as_written: bool = False
    level1: str | None = None
    level2: str | None = None
    blocks: list[_Block] = field(default_factory=list)
    total: list[str] | None = None
    total_line: Line | None = None

    def block(self) -> _Block:
        if not self.blocks or self.blocks[-1].name != self.level1:
            self.blocks.append(_Block(self.level1))
        return self.blocks[-1]

    def set_level1(self, name: str) -> None:
        self.level1, self.level2 = name, None
        if self.blocks and self.blocks[-1].name is None and not self.blocks[-1].indicators:
            self.blocks[-1].name = name                  # a weight line "(50分)" came first
        else:
            self.block()

    def set_level2(self, name: str) -> None:
        self.level2 = name
        parent = _LEVEL2_PARENT.get(fold_key(name))
        if self.level1 is None and parent:               # the 一级 cell was lost: the framework's
            self.set_level1(parent)                      # parent of this 二级 stands in for it
            self.level2 = name
        elif self.level1 is not None and parent and fold_key(parent) != level_key(self.level1) \
                and self.blocks and self.blocks[-1].name is None:
            self.set_level1(parent)
            self.level2 = name

    def weight_line(self, weight: str) -> None:
        """A lone ``(50分)``: the weight of the level-1 block just named, or of a new block whose
        name the converter lost."""
        if self.blocks and self.blocks[-1].weight is None and not self.blocks[-1].indicators \
                and self.blocks[-1].name == self.level1 and self.level1 is not None:
            self.blocks[-1].weight = weight
            return
        self.level1, self.level2 = None, None
        self.blocks.append(_Block(None, weight))


def _level_piece(state: IndicatorState, text: str) -> bool:
    """Feed one lone cell that may be (part of) a level word or a block weight; True if used."""
    if _PLACEHOLDER.match(text) or _indicator_name(text) is None or fold_key(text) == POINTS_WORD:
        return True                               # 指标2: / …… : template placeholders, not data; 分: the
                                                  # last line of a level label's points (产出指标(20-50) / 分)
    m = WEIGHTED_LABEL.match(fold_key(text))
    if m:
        if m.group("name"):
            _take_level(state, m.group("name"))
        state.weight_line(m.group("weight"))
        return True
    if is_level1(text) or is_level2(text):
        _take_level(state, text)
        return True
    return False


def _take_levels(state: IndicatorState, cells: list[str]) -> None:
    """The level cells before a row's name. Two of them are a 一级 then its 二级, whatever the words
    (成本指标 | 经济成本指标: 成本指标 is a 一级 here, though older forms use it as a 二级)."""
    if len(cells) == 2 and not any(WEIGHTED_LABEL.match(fold_key(c)) for c in cells) \
            and all(is_level1(c) or is_level2(c) for c in cells):
        state.set_level1(clean_text(cells[0]) or cells[0])
        state.set_level2(clean_text(cells[1]) or cells[1])
        return
    for cell in cells:
        _level_piece(state, cell)


def _take_level(state: IndicatorState, text: str) -> None:
    name = clean_text(text) or text
    if state.levels_as_written:
        state.set_level1(name)
    elif is_level1(name) and not (state.level1 and fold_key(name) in _LEVEL2_PARENT):
        state.set_level1(name)
    else:
        state.set_level2(name)


def _indicator_name(text: str) -> str | None:
    name = _PLACEHOLDER.sub("", text.strip())
    if not name or is_empty_marker(name) or is_fill_in_hint(name) or set(name) <= {"…", ".", "。", "/", " "}:
        return None
    return clean_text(name)


def _target_text(values: dict[str, str]) -> str | None:
    """The target as written: operator, value and unit cells joined. Where the form has a 调整指标值
    column beside its 年初指标值, the adjusted value is the target when it is filled in."""
    target_role = "adjusted_target" if cell_value(values, "adjusted_target") else "target"
    parts = [values.get(r, "").strip() for r in ("operator", target_role, "unit")]
    if not parts[1] or is_empty_marker(parts[1]):
        return None
    if parts[0] in OPERATOR_KIND_WORDS:
        parts[0] = ""
    if parts[2] in YES_NO_UNIT_WORDS:
        parts[2] = ""
    return "".join(parts) or None


def cell_value(values: dict[str, str], role: str) -> str | None:
    text = values.get(role, "").strip()
    return None if not text or is_empty_marker(text) else text


def _add_indicator(state: IndicatorState, name_text: str, values: dict[str, str], line: Line) -> None:
    name = _indicator_name(name_text)
    if name is None:
        return
    indicator = RawIndicator("indicator_table", state.level1, state.level2, name, _target_text(values),
                             actual_text=cell_value(values, "actual"), weight_text=cell_value(values, "weight"),
                             score_text=cell_value(values, "score"), page=line.page,
                             source_text=line.source_text.strip())
    state.block().indicators.append(indicator)


def _read_row(state: IndicatorState, cells: list[str], line: Line) -> None:
    """One row of the indicator table. When the shape layer kept the row's blank cells
    (``line.blanks_kept``: table rows, cells per line), the row is read from the left: level cells
    (merged ones blank or gone), the name, then one cell per value column. When blanks vanished
    (blank-separated text, PDF line-major rows), the values are aligned to the value columns by
    their shapes."""
    roles = state.roles
    value_roles = roles[roles.index("level3") + 1:] if "level3" in roles else roles
    if line.blanks_kept:
        # a row with every column kept has its name in the 三级 column, whatever the cell says
        name_at = roles.index("level3") if "level3" in roles and len(cells) == len(roles) else None
        i = 0
        levels: list[str] = []
        while i < len(cells) and (not cells[i].strip() or _is_level_cell(cells[i])) \
                and not _names_row_start(cells, i) and i != name_at:
            if cells[i].strip():
                levels.append(cells[i])
            i += 1
        _take_levels(state, levels)
        if i >= len(cells):
            return
        values = dict(zip(value_roles, _merged_kind_restored(cells[i + 1:i + 1 + len(value_roles)], value_roles)))
        _add_indicator(state, cells[i], values, line)
        return
    tokens = [c for c in cells if c.strip()]
    levels: list[str] = []
    while len(tokens) > 1 and _is_level_cell(tokens[0]) and len(levels) < len(_LEVEL_ROLES):
        levels.append(tokens[0])             # at most a 一级 and a 二级: the next cell is the name
        tokens = tokens[1:]                  # (服务对象满意度指标 | 服务对象满意度 | …)
    _take_levels(state, levels)
    if not tokens:
        return
    if len(tokens) == 1:
        if not _level_piece(state, tokens[0]):
            _add_indicator(state, tokens[0], {}, line)
        return
    for split in range(1, len(tokens)):
        values = _align_values(tokens[split:], value_roles)
        if values is not None:
            _add_indicator(state, " ".join(tokens[:split]), values, line)
            return
    _add_indicator(state, tokens[0], {}, line)


#: Free-text columns at a table's right edge that are most often left empty (备注, 偏差原因 …).
_TRAILING_NOTE_ROLES = frozenset({"remark", "reason", "explanation", "scoring_rule", "direction", "measures"})


def _merged_kind_restored(values: list[str], value_roles: list[str]) -> list[str]:
    """A row that lost the position of a merged 指标性质 cell (定量 over a run of rows; its later rows
    shifted left, blank at their end): a value where the kind stands goes one column right."""
    at = value_roles.index("operator") if "operator" in value_roles else None
    if at is None or at >= len(values) or not values[at].strip() or values[at].strip() in _OPERATOR_CELLS \
            or (len(values) == len(value_roles) and values[-1].strip()):
        return values
    return (values[:at] + [""] + values[at:])[:len(value_roles)]


def _align_values(cells: list[str], value_roles: list[str]) -> dict[str, str] | None:
    """Cells (blanks gone) to value columns by shape. Trailing note columns are tried empty first:
    ``≥580公里`` under 指标值 | 备注 is the target, not a remark."""
    roles = list(value_roles)
    while roles and roles[-1] in _TRAILING_NOTE_ROLES and len(roles) > len(cells):
        roles.pop()
        values = align_by_fit(cells, roles, INDICATOR_SHAPES)
        if values is not None:
            return values
    return align_by_fit(cells, value_roles, INDICATOR_SHAPES)


def _names_row_start(cells: list[str], i: int) -> bool:
    """A level-like cell that is the indicator's name: the cell after it is a value
    (``服务对象满意度 | ≥90%``)."""
    following = next((c for c in cells[i + 1:] if c.strip()), "")
    return bool(cells[i].strip()) and _looks_like_value(following) and not _is_level_cell(following)


def _is_level_cell(text: str) -> bool:
    key = fold_key(text)
    return is_level1(text) or is_level2(text) or bool(WEIGHTED_LABEL.match(key)) or key == POINTS_WORD


def _is_total(text: str) -> bool:
    return fold_key(text) in _TOTAL_WORDS


def join_wrapped_level_cells(rows: list[tuple[list[str], Line]]) -> list[tuple[list[str], Line]]:
    """Lone cells that are pieces of one level word wrapped over lines (``经济效益`` + ``指标``,
    ``可持续影`` + ``响指标``, ``满意度指标`` + ``(10分)``) joined into one."""
    out: list[tuple[list[str], Line]] = []
    for cells, line in rows:
        filled = [c for c in cells if c.strip()]
        if len(filled) == 1 and out:
            previous = [c for c in out[-1][0] if c.strip()]
            if len(previous) == 1 and not _PLACEHOLDER.match(filled[0]) \
                    and not _PLACEHOLDER.match(previous[0]) and _indicator_name(previous[0]):
                joined = previous[0].strip() + filled[0].strip()
                if _is_level_cell(joined) and not _is_level_cell(previous[0]) \
                        or (_is_level_cell(previous[0]) and WEIGHTED_LABEL.match(fold_key(filled[0]))
                            and not WEIGHTED_LABEL.match(fold_key(previous[0]))):
                    out[-1] = ([joined], out[-1][1])
                    continue
                if _is_level_cell(joined) and _is_level_cell(previous[0]) \
                        and not _is_level_cell(filled[0]) and len(fold_key(filled[0])) <= 3:
                    out[-1] = ([joined], out[-1][1])            # 经济效益 + 指标
                    continue
        out.append((cells, line))
    return out


def join_vertical_text(rows: list[tuple[list[str], Line]]) -> list[tuple[list[str], Line]]:
    """A merged cell printed one character per line (``产`` ``出`` ``指`` ``标``) joined into one."""
    out: list[tuple[list[str], Line]] = []
    run: list[tuple[list[str], Line]] = []

    def flush() -> None:
        if len(run) >= 2:
            out.append((["".join(c[0].strip() for c, _ in run)], run[0][1]))
        else:
            out.extend(run)
        run.clear()

    for cells, line in rows:
        filled = [c for c in cells if c.strip()]
        if len(filled) == 1 and len(filled[0].strip()) == 1 and re.match(r"\p{Han}", filled[0].strip()):
            run.append((filled, line))
            continue
        flush()
        out.append((cells, line))
    flush()
    return out


def read_indicator_rows(lines: list[Line], roles: list[str],
                        levels_as_written: bool = False) -> list[RawIndicator]:
    """The indicators of a table whose columns are ``roles`` (any form kind); ``levels_as_written``:
    see ``IndicatorState``."""
    lead = 0
    while roles and not roles[0]:
        roles, lead = roles[1:], lead + 1
    if "level1" not in roles and "level2" in roles:
        roles = ["level1", *roles]
    state = read_indicators(lines, roles, lead, levels_as_written)
    return [ind for block in state.blocks for ind in block.indicators]


def _under_roles(cells: list[str], lead: int) -> list[str]:
    """A row's cells under the named columns: the blank cells below the ``lead`` header cells that
    name no column (a block caption spanning the rows: 绩效指标(90分)) dropped."""
    k = 0
    while k < lead and k < len(cells) and not cells[k].strip():
        k += 1
    return cells[k:]


def read_indicators(lines: list[Line], roles: list[str], lead: int = 0,
                    levels_as_written: bool = False) -> IndicatorState:
    """The indicator rows under a header whose named columns are ``roles``, after ``lead`` header
    cells naming none."""
    state = IndicatorState(roles, levels_as_written)
    rows = join_wrapped_level_cells(join_vertical_text([(_under_roles(line_cells(l), lead), l) for l in lines]))
    for cells, line in rows:
        filled = [c for c in cells if c.strip()]
        if not filled or is_page_footer(line.text):
            continue
        if _TRAILER.match(filled[0]):
            break
        if len([r for r in header_roles(filled, INDICATOR_COLUMN_WORDS) if r]) >= 3:
            continue                         # the header repeated after a page break
        if _is_total(filled[0]):
            state.total = [c for c in filled[1:3] if is_plain_number(c) or is_empty_marker(c)]
            state.total_line = line
            break
        _read_row(state, cells, line)
    return state


