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

from typing import Sequence

import regex as re

from jixiao.extract.layout.columns import is_empty_marker, is_plain_number, role_of
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from jixiao.normalize.text import alternation, fold_key, is_page_footer
from jixiao.normalize.vocabulary import (
    INDICATOR_COLUMN_WORDS,
    INDICATOR_TABLE_TRAILER_WORDS,
    LEVEL1_WORDS,
    LEVEL2_WORDS,
    LEVEL_SUFFIXES,
    OPERATOR_SUFFIXES,
    OPERATOR_SYMBOLS,
    REVIEW_OPINION_WORD,
    SELF_EVALUATION_TOTAL_WORDS,
    SIGNATURE_LINE_WORDS,
    SIGNATURE_WORD_NOT_BEFORE,
    WEIGHT_IN_LABEL_PATTERN,
)

#: Labels after an indicator table (conclusions, signatures, notes): the table ends there.
TABLE_TRAILER = re.compile(rf"^(?:{alternation(INDICATOR_TABLE_TRAILER_WORDS)}|\p{{Han}}{{0,6}}{REVIEW_OPINION_WORD}|"
                           rf"(?:{alternation(SIGNATURE_LINE_WORDS)})(?!{SIGNATURE_WORD_NOT_BEFORE}))")
#: A level cell with its block weight (``产出指标(50分)``), or a block weight alone.
WEIGHTED_LABEL = re.compile(rf"^(?P<name>[\p{{Han}}]*?)\s*{WEIGHT_IN_LABEL_PATTERN}$")
_VALUE_START = re.compile(rf"^(?:{alternation(OPERATOR_SYMBOLS)}|\d)")
_TOTAL_KEYS = frozenset(fold_key(w) for w in SELF_EVALUATION_TOTAL_WORDS)
_WEIGHT_IN_KEY = re.compile(WEIGHT_IN_LABEL_PATTERN)
_LEVEL_KEYS = frozenset(fold_key(w) for w in LEVEL1_WORDS | LEVEL2_WORDS)
_LEVEL_SUFFIX = LEVEL_SUFFIXES[0]
_MIN_LEVEL_LENGTH, _MAX_LEVEL_LENGTH = 4, 12
#: Columns that make a table one the family reads as a value table (the row tables of ``stream``
#: leave these to it): a weight, a score or a result per indicator.
_VALUE_TABLE_ROLES = frozenset({"weight", "score", "actual"})
_LEVEL_ROLES = frozenset({"level1", "level2"})
#: Columns that hold a figure or nothing.
_FIGURE_ROLES = frozenset({"weight", "score"})


def is_table_trailer(text: str) -> bool:
    """A line after an indicator table that is none of its rows: a signature or contact line
    (填报人:…, 联系电话:…), a note on filling it in, a conclusion's label."""
    return bool(TABLE_TRAILER.match(text.strip()))


def is_level_cell(text: str) -> bool:
    """A 一级/二级 cell (a level word, or a word ending in 指标), with or without its block weight."""
    key = fold_key(text)
    if WEIGHTED_LABEL.match(key):
        return True
    key = _WEIGHT_IN_KEY.sub("", key)
    return key in _LEVEL_KEYS or (key.endswith(_LEVEL_SUFFIX) and _MIN_LEVEL_LENGTH <= len(key) <= _MAX_LEVEL_LENGTH)


def looks_like_value(text: str) -> bool:
    """A target or figure (``≥90%``, ``100``, ``90%以上``): a comparison or a digit first, or a
    percent sign or comparison word at its end."""
    t = text.strip()
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
            or not set(roles) & _LEVEL_ROLES or not set(roles) & _VALUE_TABLE_ROLES:
        return None
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


def _rows(texts: Sequence[str], body: int, roles: list[str]) -> tuple[int, list[list[str]], list[int]]:
    """(end, rows, starts) of the table body from ``body``: level words alone, an indicator its name
    and one cell per value column, the total row last."""
    width = len(roles)
    level3 = roles.index("level3")
    n_values = width - level3 - 1
    rows: list[list[str]] = []
    starts: list[int] = []
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
            total = _total_row(texts, k, width)
            rows.append(total + [""] * (width - len(total)))
            starts.append(k)
            k += len(total)
            break
        following = next((c for c in texts[k + 1:k + 3] if c.strip()), "")
        if is_level_cell(text) and not looks_like_value(following):
            rows.append([text] + [""] * (width - 1))
            starts.append(k)
            k += 1
            continue
        values = list(texts[k + 1:k + 1 + n_values])
        rows.append([""] * level3 + [text] + values + [""] * (n_values - len(values)))
        starts.append(k)
        k += 1 + n_values
    return min(k, len(texts)), rows, starts          # a last row cut short by the end of the cells


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
        end, rows, starts = _rows(texts, body, roles)
        last = starts[-1] if rows and is_total(rows[-1][0]) else end      # a total row spans its blanks
        blanks = sum(1 for t in texts[body:last] if not t.strip())
        indicators = sum(1 for r in rows if any(c.strip() for c in r[1:]))
        fits = all(_row_fits(r, roles) for r in rows if not r[0].strip())
        if fits and indicators >= settings.stream_min_rows and blanks >= settings.stream_min_blank_cells:
            out.append((end, [list(texts[i:body])] + rows, [i] + starts))
            i = end
        else:
            i = body
    return out
