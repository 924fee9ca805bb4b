"""An indicator table with value columns (权重, 得分, 完成值 …) flattened to one cell per line, its
blank cells kept (an HTML table copied out cell by cell, ``|``-ended cells), cut back into rows.

A self-evaluation's indicator table spans its level cells down over many rows, so a flattened row
does not have the header's width: a level word (``产出指标``, ``数量指标``, ``效益指标(30分)``) stands
alone, and an indicator is its name and then exactly one cell per column after the name column
(blank cells included). Blank cells between rows are the merged cells' covered positions. The table
ends at its total row (``合计`` and its figures, kept as a row) or at a trailer (评价结论, 填报人 …).

``rows_of_indicator_stream`` gives each such table as the other stream cutters do — (end, rows, the
first cell of each row) — for the text reader to turn into a ``Table``; the family reads its rows.
"""

from __future__ import annotations

from typing import Callable, Sequence

import regex as re

from jixiao.extract.layout.columns import is_empty_marker, is_plain_number, is_points, role_of
from jixiao.extract.layout.reader import fit, read_stream
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from jixiao.normalize.text import alternation, fold_key, is_page_footer
from jixiao.normalize.vocabulary import (
    EXPLANATION_PREFIXES,
    FILL_IN_HINT_PATTERN,
    FLAT_PROJECT_COLUMN_WORDS,
    GOAL_LEVEL_WORDS,
    INDICATOR_COLUMN_WORDS,
    INDICATOR_TABLE_TRAILER_WORDS,
    INDICATOR_VERTICAL_CAPTIONS,
    LEVEL1_KIND_NOTED_PATTERN,
    LEVEL1_WORDS,
    LEVEL2_WORDS,
    LEVEL_POINTS_PATTERN,
    LEVEL_SUFFIXES,
    NATIONAL_DIMENSION_NAMES,
    NATIONAL_LEVEL2_NAMES,
    OPERATOR_CELLS,
    OPERATOR_SUFFIXES,
    OPERATOR_SYMBOLS,
    REVIEW_OPINION_WORD,
    SCORE_DEDUCTION_WORDS,
    SELF_EVALUATION_TOTAL_WORDS,
    SENTENCE_END_MARKS,
    SEAL_MARK_WORDS, SIGNATURE_LINE_WORDS,
    SIGNATURE_WORD_NOT_BEFORE,
    WEB_PAGE_CHROME_WORDS,
    WEIGHT_IN_LABEL_PATTERN,
)

#: Labels after an indicator table (conclusions, signatures, notes): the table ends there.
TABLE_TRAILER = re.compile(rf"^(?:{alternation(INDICATOR_TABLE_TRAILER_WORDS)}|\p{{Han}}{{0,6}}{REVIEW_OPINION_WORD}|"
                           rf"(?:{alternation(SIGNATURE_LINE_WORDS)})(?!{SIGNATURE_WORD_NOT_BEFORE})|"
                           rf"\p{{Han}}{{0,8}}[(（](?:{alternation(SEAL_MARK_WORDS)})[)）])")
#: A level cell with its block weight (``产出指标(50分)``), or a block weight alone.
WEIGHTED_LABEL = re.compile(rf"^(?P<name>[\p{{Han}}]*?)\s*{WEIGHT_IN_LABEL_PATTERN}$")
_FILL_IN_HINT = re.compile(FILL_IN_HINT_PATTERN)
_VALUE_START = re.compile(rf"^(?:{alternation(OPERATOR_SYMBOLS)}|\d)")
_TOTAL_KEYS = frozenset(fold_key(w) for w in SELF_EVALUATION_TOTAL_WORDS)
_POINTS_IN_KEY = re.compile(LEVEL_POINTS_PATTERN)
_LEVEL_KEYS = frozenset(fold_key(w) for w in LEVEL1_WORDS | LEVEL2_WORDS | set(GOAL_LEVEL_WORDS)
                        | set(NATIONAL_LEVEL2_NAMES))
#: A score table's 扣分原因 column: why points were taken off, a note after the row's figures.
_DEDUCTION_KEYS = frozenset(fold_key(w) for w in SCORE_DEDUCTION_WORDS)
#: A national dimension with its full marks (过程（20分）): a level word whole, never the end of one
#: wrapped over lines (the 扣分原因 before it is the row above's).
_WEIGHTED_DIMENSION = re.compile(rf"^(?:{alternation(NATIONAL_DIMENSION_NAMES)})\s*{WEIGHT_IN_LABEL_PATTERN}$")
_LEVEL_SUFFIX = LEVEL_SUFFIXES[0]
_NOTED_LEVEL1 = re.compile(rf"^{LEVEL1_KIND_NOTED_PATTERN}$")
_MIN_LEVEL_LENGTH, _MAX_LEVEL_LENGTH = 4, 12
#: Columns that make a table one the family reads as a value table (the row tables of ``stream``
#: leave these to it): a weight, a score or a result per indicator.
_VALUE_TABLE_ROLES = frozenset({"weight", "score", "actual"})
_LEVEL_ROLES = frozenset({"level1", "level2"})
#: Columns that hold a figure or nothing.
_FIGURE_ROLES = frozenset({"weight", "score"})
#: The value column whose cell a form merges down a run of rows (指标性质: 定量 over the quantitative rows).
_MERGED_KIND_ROLE = "operator"
_OPERATOR_CELLS = frozenset(OPERATOR_CELLS)


def is_table_trailer(text: str) -> bool:
    """A line after an indicator table that is none of its rows: a signature or contact line
    (填报人:…, 联系电话:…), a note on filling it in, a conclusion's label."""
    return bool(TABLE_TRAILER.match(text.strip()))


def is_level_cell(text: str) -> bool:
    """A 一级/二级 cell (a level word, or a word ending in 指标), with or without its block weight."""
    key = fold_key(text)
    if WEIGHTED_LABEL.match(key):
        return True
    key = _POINTS_IN_KEY.sub("", key)
    return key in _LEVEL_KEYS or bool(_NOTED_LEVEL1.match(key)) \
        or (key.endswith(_LEVEL_SUFFIX) and _MIN_LEVEL_LENGTH <= len(key) <= _MAX_LEVEL_LENGTH)


def looks_like_value(text: str) -> bool:
    """A target or figure (``≥90%``, ``100``, ``90%以上``): a comparison or a digit first, or a
    percent sign or comparison word at its end."""
    t = text.strip()
    if _FILL_IN_HINT.search(t) and not _FILL_IN_HINT.fullmatch(t):
        return False                        # a name with its template's hint left in (合规率≥**%)
    return bool(_VALUE_START.match(t)) or t.endswith(("%", "％", *OPERATOR_SUFFIXES))


def is_total(text: str) -> bool:
    return fold_key(text) in _TOTAL_KEYS


def _header(texts: Sequence[str], i: int, settings: LayoutSettings) -> list[str] | None:
    """The roles of an indicator value table's header standing one cell per line from ``i``."""
    if i > 0 and role_of(texts[i - 1], INDICATOR_COLUMN_WORDS):
        return None                                  # inside a header, not its start
    roles: list[str] = []
    while i + len(roles) < len(texts) and (role := role_of(texts[i + len(roles)], INDICATOR_COLUMN_WORDS)):
        roles.append(role)
    if len(roles) < settings.stream_header_min_cells or "level3" not in roles \
            or not (set(roles) & _LEVEL_ROLES or roles[0] == "level3") or not set(roles) & _VALUE_TABLE_ROLES:
        return None                                  # level columns, or the name first (重庆 部门整体 指标名称 | …)
    return roles


def _total_row(texts: Sequence[str], k: int, width: int) -> list[str]:
    """The total row from ``k``: the label, then its figures (blank cells kept) up to the next word."""
    row = [texts[k]]
    for text in texts[k + 1:k + width]:
        t = text.strip()
        if t and not is_plain_number(t) and not is_empty_marker(t):
            break
        row.append(text)
    return row


def _row_fits(row: Sequence[str], roles: Sequence[str]) -> bool:
    """An indicator row cut at the right places: no total among its values and a figure (or nothing)
    in each figure column; otherwise blank cells were missing and the cut is no evidence (a value
    may end in 指标: 达成预期指标 is a result, so a level-like word alone proves nothing)."""
    level3 = roles.index("level3")
    for cell, role in zip(row[level3 + 1:], roles[level3 + 1:]):
        t = cell.strip()
        if t and (is_total(t) or role in _FIGURE_ROLES and not (is_plain_number(t) or is_empty_marker(t))):
            return False
    return True


def _merged_cell_covered(cell: Sequence[str]) -> bool:
    """At the 指标性质 column's place a filled cell that is no operator or kind (定量/定性): the column's
    merged cell covers this row, so its position is not in the stream (a blank cell is an empty line)."""
    t = cell[0].strip() if cell else ""
    return bool(t) and t not in _OPERATOR_CELLS


def _rows(texts: Sequence[str], body: int, roles: list[str]) -> tuple[int, list[list[str]], list[int], int]:
    """(end, rows, starts, covered) of the table body from ``body``: an indicator its name and one cell per
    value column, the level words before it in its level columns (as a merged cell's text stands in
    its first row; more level words than columns: rows of their own), the total row last; ``covered``
    counts the rows whose 指标性质 position a merged cell covers (as a blank cell, evidence of the cut)."""
    width = len(roles)
    level3 = roles.index("level3")
    n_values = width - level3 - 1
    merged = roles.index(_MERGED_KIND_ROLE) - level3 - 1 if _MERGED_KIND_ROLE in roles[level3 + 1:] else None
    covered = 0
    rows: list[list[str]] = []
    starts: list[int] = []
    labels: list[tuple[str, int]] = []

    def flush_labels() -> None:
        rows.extend([t] + [""] * (width - 1) for t, _ in labels)
        starts.extend(at for _, at in labels)
        labels.clear()

    k = body
    while k < len(texts):
        text = texts[k].strip()
        if not text:
            k += 1
            continue
        if is_page_footer(text):
            k += 1
            continue
        if is_table_trailer(text) or _header(texts, k, DEFAULT_SETTINGS) == roles:
            break                                   # a trailer, or the header repeated after a page break
        if is_total(text):
            flush_labels()
            total = _total_row(texts, k, width)
            rows.append(total + [""] * (width - len(total)))
            starts.append(k)
            k += len(total)
            break
        following = next((c for c in texts[k + 1:k + 3] if c.strip()), "")
        if is_level_cell(text) and not looks_like_value(following):
            labels.append((text, k))
            k += 1
            continue
        taken = n_values
        if merged is not None and _merged_cell_covered(texts[k + 1 + merged:k + 2 + merged]):
            taken = n_values - 1                    # the merged 指标性质 cell stands in its run's first row only
            covered += 1
            values = list(texts[k + 1:k + 1 + merged]) + [""] + list(texts[k + 1 + merged:k + 1 + taken])
        else:
            values = list(texts[k + 1:k + 1 + n_values])
        cuts = _with_levels([t for t, _ in labels], [""] * level3 + [text] + values
                            + [""] * (n_values - len(values)), level3)
        alone = len(cuts) - 1                       # level words standing as rows of their own
        rows += cuts
        starts += [at for _, at in labels[:alone]] + [labels[alone][1] if len(labels) > alone else k]
        labels.clear()
        k += 1 + taken
    flush_labels()
    return min(k, len(texts)), rows, starts, covered  # a last row cut short by the end of the cells


def rows_of_indicator_stream(texts: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS,
                             ) -> list[tuple[int, list[list[str]], list[int]]]:
    """(end, rows with the header first, the first cell of each row) of each indicator value table
    in a stream of one cell per line whose blank cells stand in it: at least
    ``stream_min_blank_cells`` empty cells among its rows before the total (without them a row's width is no
    evidence: the family's reader of cell streams chooses the row breaks by the values' shapes)."""
    out: list[tuple[int, list[list[str]], list[int]]] = []
    i = 0
    while i < len(texts):
        roles = _header(texts, i, settings) if texts[i].strip() else None
        if roles is None:
            i += 1
            continue
        body = i + len(roles)
        end, rows, starts, covered = _rows(texts, body, roles)
        last = starts[-1] if rows and is_total(rows[-1][0]) else end      # a total row spans its blanks
        blanks = sum(1 for t in texts[body:last] if not t.strip()) + covered
        indicators = sum(1 for r in rows if any(c.strip() for c in r[1:]))
        fits = all(_row_fits(r, roles) for r in rows if not r[0].strip())
        if covered:                      # covered merged cells are evidence only when every row's values fit
            level3 = roles.index("level3")
            fits = fits and all(_cells_fit(r[level3 + 1:], roles[level3 + 1:]) for r in rows
                                if any(c.strip() for c in r[level3 + 1:]) and not is_total(r[0]))
        if fits and indicators >= settings.stream_min_rows and blanks >= settings.stream_min_blank_cells:
            out.append((end, [list(texts[i:body])] + rows, [i] + starts))
            i = end
        else:
            i = body
    return out


# -- the same table with its blank cells dropped: rows by the column reader ------------------------

#: Columns that make an indicator table one whose dropped-blank stream the column reader cuts: a
#: weight and a score per indicator, or a target and a weight (an evaluation indicator table of
#: weighted targets, 目标值 | 分值 and no 得分): the total's weight decides between readings; or a
#: target, an actual and a score with no 分值 column (the District 项目自评表: 年初目标值(A) | 实际完成值(B) | 得分).
_SCORED_ROLE_SETS = (frozenset({"weight", "score"}), frozenset({"target", "weight"}),
                     frozenset({"target", "actual", "score"}))


def _joins_level_word(pieces: Sequence[str]) -> bool:
    """The pieces are one level word wrapped over lines (``服务对象`` ``满意度指`` ``标``), not a level
    word followed by another (``产出指标`` ``数量指标``), nor a row's last values before the next
    row's level (``人`` ``7`` ``质量指标``, ``合理`` ``10`` ``经济效益指标``: a figure is never a piece of a word)."""
    if not is_level_cell("".join(pieces)) or any(is_plain_number(p) for p in pieces):
        return False
    if len(pieces) == 2 and _POINTS_ONLY.match(fold_key(pieces[1])) and not _POINTS_ONLY.match(fold_key(pieces[0])):
        return True                  # a level word and its block weight wrapped under it (产出指标 | (60分))
    if len(pieces) > 1 and _WEIGHTED_DIMENSION.match(fold_key(pieces[-1])):
        return False
    return len(pieces) == 1 or not (is_level_cell(pieces[0]) and is_level_cell("".join(pieces[1:])))


def level_word_width(texts: Sequence[str], i: int) -> int:
    """How many cells from ``i`` make one level word (wrapped over up to three lines), or 0; a level
    word never starts with a figure."""
    if is_plain_number(texts[i]) or looks_like_value(texts[i]):
        return 0                     # nor with a target (≤800元 | 7 | 社会效益指标 is no wrapped word)
    if _WEIGHTED_CELL.match(texts[i]):
        return 1                     # a group's cell with its weight (A1.项目立项(9分)): a level whatever its words
    width = next((w for w in (3, 2, 1) if _joins_level_word(list(texts[i:i + w]))), 0)
    if width and i + width < len(texts) and looks_like_value(texts[i + width]):
        return 0                     # a level-like name with its values after it (服务对象满意度 | 10 | …)
    return width


_SENTENCE_ENDS = tuple(SENTENCE_END_MARKS)
#: A cell that ends in its weight (``A.决策(15分)``, ``产出指标（50分）``).
_WEIGHTED_CELL = re.compile(rf"^\S.*?\s*{WEIGHT_IN_LABEL_PATTERN}\s*$")
_BRACKET_ONLY = re.compile(r"^[(（][A-Za-z/]+[)）]$")
#: A block weight standing alone (``(60分)``: wrapped under its level word).
_POINTS_ONLY = re.compile(rf"^{WEIGHT_IN_LABEL_PATTERN}$")


def _scored_header(texts: Sequence[str], i: int, settings: LayoutSettings) -> tuple[list[str], list[str], int] | None:
    """(roles, header cells, end) of a scored indicator table's header standing one cell per line
    from ``i``. None unless it names a 三级, a level, and a weight with a score or a target (not
    after a flat table's project columns)."""
    found = _header_cells(texts, i)
    if found is None:
        return None
    roles = found[0]
    if len(roles) < settings.stream_header_min_cells or "level3" not in roles \
            or not any(need <= set(roles[roles.index("level3"):]) for need in _SCORED_ROLE_SETS):
        return None
    if "score" not in roles and i > 0 and role_of(texts[i - 1], FLAT_PROJECT_COLUMN_WORDS) \
            and not _WEIGHTED_CELL.match(texts[i - 1]):
        return None                  # a flat multi-project table's weighted targets (单位名称 … 年度目标 | 一级指标 …),
                                     # not a caption with its points (年度绩效目标（90分）)
    return found


def _header_cells(texts: Sequence[str], i: int) -> tuple[list[str], list[str], int] | None:
    """(roles, header cells, end) of an indicator table's header standing one cell per line from
    ``i``: cells naming columns, a header word wrapped over two cells (``年度`` + ``指标值``) joined,
    a bracket note (``(B/A)``) passed over."""
    if i > 0 and role_of(texts[i - 1], INDICATOR_COLUMN_WORDS):
        return None
    roles: list[str] = []
    cells: list[str] = []
    j = i
    while j < len(texts) and texts[j]:
        role = role_of(texts[j], INDICATOR_COLUMN_WORDS) or ("reason" if roles and fold_key(texts[j]) in _DEDUCTION_KEYS
                                                             else None)
        joined = role_of(texts[j] + texts[j + 1], INDICATOR_COLUMN_WORDS) \
            if role is None and j + 1 < len(texts) and texts[j + 1] else None
        if role or joined:
            roles.append(role or joined)
            cells.append(texts[j] if role else texts[j] + texts[j + 1])
            j += 1 if role else 2
        elif roles and _BRACKET_ONLY.match(fold_key(texts[j])):
            cells[-1] += texts[j]
            j += 1
        else:
            break
    return roles, cells, j


def _with_levels(labels: list[str], name_row: list[str], level3: int) -> list[list[str]]:
    """An indicator row with the level words before it in its level columns (the last one in the
    column next to the name, as a merged cell's text stands in its first row); level words more than
    the columns stand as rows of their own before it."""
    placed = labels[len(labels) - level3:] if level3 else []
    alone = [[t] for t in labels[:len(labels) - len(placed)]]
    return alone + [[""] * (level3 - len(placed)) + placed + name_row[level3:]]


def _dropped_rows(texts: Sequence[str], body: int, roles: list[str],
                  ) -> tuple[int, list[list[str]], list[int], str | None]:
    """(end, rows, starts, note when the reading is uncertain) of a scored indicator table's body
    from ``body``, its blank cells dropped (empty cells left are passed over): up to the total or a
    trailer, level words (rejoined when wrapped) in the level columns of the next indicator's row,
    every indicator its name and its values, row breaks and columns chosen together by the column
    reader, the total's weight deciding; the total row (its figures) last."""
    end = next((k for k in range(body, len(texts)) if is_total(texts[k]) or is_table_trailer(texts[k])), len(texts))
    stop = end
    if not (end < len(texts) and is_total(texts[end])):
        while stop > body and (not texts[stop - 1] or texts[stop - 1].endswith(_SENTENCE_ENDS)):
            stop -= 1                # a sentence under a table without a total (综合评分…。) is none of its rows
        end = stop
    cells = [(texts[k], k) for k in range(body, stop) if texts[k] and not is_page_footer(texts[k])]
    level3 = roles.index("level3")
    value_roles = roles[level3 + 1:]
    figures = [k for k in range(end + 1, min(len(texts), end + len(roles))) if texts[k]][:2] \
        if end < len(texts) and is_total(texts[end]) else []
    figures = figures[:next((n for n, k in enumerate(figures) if not is_plain_number(texts[k])), len(figures))]
    total_weight = texts[figures[0]] if figures else None
    if "weight" in roles[:level3] or not level3:   # a weight column per level, or no level column named
        rows, starts = _side_weight_rows(cells, roles, level3)
        if level3 or all(_cells_fit(r[1:], roles[1:]) for r in rows):
            return _with_total(texts, end, figures, rows, starts, None)
        # no level column and rows of several widths (重庆 部门整体: a merged 指标性质, blank 调整指标值 gone):
        # the column reader cuts them by the values' shapes
    level_width = level_word_width if level3 else (lambda _texts, _i: 0)
    # the weights printed before the table (a money block's 分值) that its total may cover as well
    block_weights = [t for t in texts[:body] if is_points(t) and t.strip().isdigit()]
    reading = read_stream(cells, value_roles, level_width, total_weight=total_weight,
                          block_weights=block_weights)
    rows: list[list[str]] = []
    starts: list[int] = []
    labels: list[tuple[str, int]] = []
    for row in reading.rows:
        if row.label:
            labels.append((row.name, row.first))
            continue
        name_row = [""] * level3 + [row.name] + [row.values.get(r, "") for r in value_roles]
        cuts = _with_levels([t for t, _ in labels], name_row, level3)
        alone = len(cuts) - 1                  # level words standing as rows of their own
        rows += cuts
        starts += [k for _, k in labels[:alone]] + [labels[alone][1] if len(labels) > alone else row.first]
        labels = []
    rows += [[t] for t, _ in labels]
    starts += [k for _, k in labels]
    return _with_total(texts, end, figures, rows, starts, reading.note if reading.uncertain else None)


def _cells_fit(values: Sequence[str], value_roles: Sequence[str]) -> bool:
    """Each value of a row fits its column's profile at all (a name in a 是否核心指标 column does not);
    a row with no values does not."""
    return bool(values) and all(not text.strip() or fit(role, text) > 0 for text, role in zip(values, value_roles))


def _with_total(texts: Sequence[str], end: int, figures: list[int], rows: list[list[str]], starts: list[int],
                note: str | None) -> tuple[int, list[list[str]], list[int], str | None]:
    """The reading with the total row (its label and figures) last, when the table has one."""
    if end < len(texts) and is_total(texts[end]):
        rows.append([texts[end]] + [texts[k] for k in figures])
        starts.append(end)
        end = (figures[-1] if figures else end) + 1
    return end, rows, starts, note


def _scored_values_fit(values: dict[str, str]) -> bool:
    """A weight (points) and a score (points, a dash or nothing) where their columns are."""
    score = values.get("score", "")
    return is_points(values.get("weight", "")) and (not score or is_points(score) or is_empty_marker(score))


def _side_weight_rows(cells: Sequence[tuple[str, int]], roles: list[str], level3: int,
                      ) -> tuple[list[list[str]], list[int]]:
    """(rows, starts) of a table with a weight column per level (一级指标 | 权重 | 二级指标 | 权重 | 三级指标
    | 权重 | 得分): a name is a cell whose next cells fit the value columns (a weight, a score); the
    cells before it since the last row are its level cells and their weights, in the columns
    before the name (more than the columns: rows of their own; no column named: leading the row)."""
    value_roles = roles[level3 + 1:]
    rows: list[list[str]] = []
    starts: list[int] = []
    pending: list[tuple[str, int]] = []
    i = 0
    while i < len(cells):
        text, k = cells[i]
        following = [t for t, _ in cells[i + 1:i + 1 + len(value_roles)]]
        values = dict(zip(value_roles, following))
        if len(following) == len(value_roles) and _scored_values_fit(values) and not _WEIGHTED_CELL.match(text):
            side = pending[len(pending) - level3:] if level3 else pending    # no level column: all lead the row
            for t, at in pending[:len(pending) - len(side)]:
                rows.append([t])
                starts.append(at)
            rows.append([""] * (level3 - len(side)) + [t for t, _ in side] + [text] + following)
            starts.append(side[0][1] if side else k)
            pending = []
            i += 1 + len(value_roles)
            continue
        pending.append((text, k))
        i += 1
    rows += [[t] for t, _ in pending]
    starts += [k for _, k in pending]
    return rows, starts


#: A table found in a stream: (start, end, rows with the header first, the first cell of each row,
#: a note when the row breaks were not certain).
StreamTable = tuple[int, int, list[list[str]], list[int], str | None]


def rows_of_dropped_indicator_stream(texts: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS,
                                     ) -> list[StreamTable]:
    """(start, end, rows with the header first, the first cell of each row, a note when the row
    breaks were not certain) of each indicator table with a weight and a score column in a stream
    of one cell per line (``""`` an empty line) whose blank cells vanished, wholly or but for a few
    (a score table or self-evaluation printed one cell per line): the column reader cuts its rows
    by the values' shapes."""
    return _tables_in_stream(texts, lambda t, i: _scored_header(t, i, settings), _dropped_rows, settings.stream_min_rows)


def _tables_in_stream(texts: Sequence[str],
                      header_at: Callable[[Sequence[str], int], tuple[list[str], list[str], int] | None],
                      rows_from: Callable[[Sequence[str], int, list[str]],
                                          tuple[int, list[list[str]], list[int], str | None]],
                      min_rows: int) -> list[StreamTable]:
    """Every table of a stream whose header ``header_at`` finds (its roles, cells and first body
    cell) and whose body ``rows_from`` cuts into at least ``min_rows`` rows of several cells."""
    out: list[StreamTable] = []
    i = 0
    while i < len(texts):
        found = header_at(texts, i) if texts[i] else None
        if found is None:
            i += 1
            continue
        roles, header, body = found
        end, rows, starts, note = rows_from(texts, body, roles)
        if sum(1 for r in rows if len(r) > 1) >= min_rows:
            out.append((i, end, [header] + rows, [i] + starts, note))
            i = end
        else:
            i = body
    return out


# -- an indicator table with an explanation column, blanks dropped (湖北: 一级 | 二级 | 绩效标准 | 指标值 | 措施)

#: Vertical captions of a merged first column (``绩效 指标``): layout, not cells of a row.
_VERTICAL_CAPTION_KEYS = frozenset(fold_key(w) for w in INDICATOR_VERTICAL_CAPTIONS)
_EXPLANATION_PREFIXES = tuple(EXPLANATION_PREFIXES)
_PROSE = re.compile(r"[，。；,;]")
#: The first piece of a level word wrapped over lines is at most this long (``社会效益`` + ``指标``).
_MAX_LEVEL_PIECE = 6
#: A word target (健全, 有效改善) is at most this long; a longer cell without a figure is prose.
_MAX_WORD_TARGET = 12


def is_explanation(text: str) -> bool:
    """An explanation cell (``反映城区道路机械化清扫作业覆盖面积``)."""
    return fold_key(text).startswith(_EXPLANATION_PREFIXES)


def _explained_header(texts: Sequence[str], i: int, settings: LayoutSettings) -> tuple[list[str], list[str], int] | None:
    """The header of an indicator table with an explanation and a target column and neither a weight
    nor a score, one cell per line from ``i`` (None otherwise)."""
    found = _header_cells(texts, i)
    if found is None:
        return None
    roles = found[0]
    if len(roles) < settings.stream_header_min_cells or not {"explanation", "target"} <= set(roles) \
            or not set(roles) & (_LEVEL_ROLES | {"level3"}) or set(roles) & _FIGURE_ROLES:
        return None
    name = _name_column(roles)                  # the explanation right after the name, the target after it
    if "level3" in roles or name + 1 >= len(roles) or roles[name + 1] != "explanation" \
            or roles.index("target") < name + 1:
        return None                             # 湖北's two levels only: its 二级 column holds the names
    return found


def _name_column(roles: Sequence[str]) -> int:
    """The column of the indicators' names: 三级, else the last level column (一级 | 二级 | 绩效标准 …)."""
    if "level3" in roles:
        return roles.index("level3")
    return max(k for k, r in enumerate(roles) if r in _LEVEL_ROLES)


def _explained_level_width(texts: Sequence[str], i: int) -> int:
    """How many cells from ``i`` make one level word wrapped over up to three lines (``社会效益`` +
    ``指标``), or 0: a target (``>120批次``) is none, and a word followed by a level word of its own
    (``有效改善`` + ``时效指标``) is two cells."""
    if looks_like_value(texts[i]):
        return 0
    for width in (3, 2, 1):
        pieces = list(texts[i:i + width])
        if len(pieces) < width or not is_level_cell("".join(pieces)):
            continue
        if width == 1 or fold_key("".join(pieces)) in _LEVEL_KEYS \
                or (len(pieces[0]) <= _MAX_LEVEL_PIECE and not any(is_level_cell(p) for p in pieces[1:])):
            return width
    return 0


def ends_indicator_table(text: str) -> bool:
    """A trailer (审核意见, 填报人 …) or a web page's chrome (网站地图, 打印本页 …): the table ends."""
    return is_table_trailer(text) or any(word in text for word in WEB_PAGE_CHROME_WORDS)


def _is_target_cell(text: str) -> bool:
    """A target standing after its name: a figure or comparison, or a short word (健全, 及时)."""
    return not is_explanation(text) and (looks_like_value(text) or (
        len(text) <= _MAX_WORD_TARGET and not _PROSE.search(text)))


def _explained_rows(texts: Sequence[str], body: int, roles: list[str]) -> tuple[int, list[list[str]], list[int]]:
    """(end, rows, starts) of the table body from ``body`` up to a trailer: a name is the cell before
    an explanation, its target the cell after; level words (rejoined when wrapped) in the level
    columns of the next row; between two such rows, a name followed by a target is a row whose
    explanation was empty, and the other cells are the merged measures cell (in the row before)."""
    end = next((k for k in range(body, len(texts)) if ends_indicator_table(texts[k])), len(texts))
    cells = [(texts[k], k) for k in range(body, end)      # a bare bar (``|``) closes an empty cell
             if texts[k].strip("| ") and not is_page_footer(texts[k]) and fold_key(texts[k]) not in _VERTICAL_CAPTION_KEYS]
    width, name = len(roles), _name_column(roles)
    explanation, target = roles.index("explanation"), roles.index("target")
    rest = next((k for k in range(width - 1, -1, -1) if k not in (name, explanation, target)
                 and roles[k] not in _LEVEL_ROLES), None)   # the measures column, if there is one
    rows: list[list[str]] = []
    starts: list[int] = []
    levels: list[tuple[str, int]] = []
    between: list[tuple[str, int]] = []

    def add(name_cell: tuple[str, int], explained: str, aimed: str) -> None:
        row = [""] * width
        placed = levels[len(levels) - name:] if name else []
        for t, k in levels[:len(levels) - len(placed)]:
            rows.append([t])
            starts.append(k)
        row[name - len(placed):name] = [t for t, _ in placed]
        row[name], row[explanation], row[target] = name_cell[0], explained, aimed
        rows.append(row)
        starts.append(placed[0][1] if placed else name_cell[1])
        levels.clear()

    def note(pieces: list[tuple[str, int]]) -> None:
        """Cells of no row: the measures cell of the row before, or a row of their own."""
        if not pieces:
            return
        if rows and rest is not None and len(rows[-1]) == width and not rows[-1][rest]:
            rows[-1][rest] = "".join(t for t, _ in pieces)
        else:
            rows.append(["".join(t for t, _ in pieces)])
            starts.append(pieces[0][1])
        pieces.clear()

    def flush() -> None:
        pieces: list[tuple[str, int]] = []
        k = 0
        while k < len(between):
            text = between[k][0]
            if (rows or levels) and k + 1 < len(between) and not _PROSE.search(text) \
                    and not is_explanation(text) and _is_target_cell(between[k + 1][0]):
                note(pieces)
                add(between[k], "", between[k + 1][0])
                k += 2
                continue
            pieces.append(between[k])
            k += 1
        note(pieces)
        between.clear()

    i = 0
    while i < len(cells):
        text = cells[i][0]
        if i + 1 < len(cells) and is_explanation(cells[i + 1][0]) and not is_explanation(text):
            flush()
            after = cells[i + 2][0] if i + 2 < len(cells) else None
            has_target = after is not None and not is_explanation(after) \
                and not (i + 3 < len(cells) and is_explanation(cells[i + 3][0])) \
                and not _explained_level_width([t for t, _ in cells], i + 2)
            add(cells[i], cells[i + 1][0], after if has_target and after is not None else "")
            i += 3 if has_target else 2
            continue
        joined = _explained_level_width([t for t, _ in cells], i)
        if joined:
            flush()
            levels.append(("".join(t for t, _ in cells[i:i + joined]), cells[i][1]))
            i += joined
            continue
        between.append(cells[i])
        i += 1
    flush()
    rows.extend([t] for t, _ in levels)
    starts.extend(k for _, k in levels)
    return end, rows, starts


def merged_columns(header: Sequence[str]) -> list[int]:
    """The columns of an explained table whose cells are merged down over the rows under them: the
    level columns before the name and the measures column (保障绩效目标实现措施)."""
    roles = [role_of(c, INDICATOR_COLUMN_WORDS) for c in header]
    if not set(roles) & (_LEVEL_ROLES | {"level3"}) or "explanation" not in roles or "target" not in roles:
        return []
    name = _name_column([r or "" for r in roles])
    return list(range(name)) + [k for k, r in enumerate(roles)
                                if k > name and r not in ("explanation", "target")]


def rows_of_explained_stream(texts: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS,
                             min_rows: int | None = None,
                             ) -> list[StreamTable]:
    """(start, end, rows with the header first, the first cell of each row, None) of each indicator
    table with an explanation column (``反映…``) and no weight or score in a stream of one cell per
    line whose blank cells vanished (湖北's target form printed one cell per line), of ``min_rows``
    rows at least (``stream_min_rows`` unless the cells are known to be a table's)."""
    min_rows = settings.stream_min_rows if min_rows is None else min_rows
    return _tables_in_stream(texts, lambda t, i: _explained_header(t, i, settings),
                             lambda t, body, roles: (*_explained_rows(t, body, roles), None), min_rows)
