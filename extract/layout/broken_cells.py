"""Header rows whose cells hold line breaks: tab rows a converter wrote without quoting its cells, so
that a cell printed on two lines in the form (``一级`` over ``指标``) breaks the row over two lines::

    一级
    指标<TAB>二级
    指标<TAB>三级指标<TAB>分值<TAB>自评
    得分

Joined where the line breaks fall (inside a cell: the last cell of a line and the first of the next
are one cell) the lines are one header row, ``一级指标 | 二级指标 | 三级指标 | 分值 | 自评得分``.
The header vocabularies propose the joins: a run of lines is one row when every cell the join makes
is a column word, and the joined row names more columns than any of its lines alone. Data rows are
never joined (their words are not in any vocabulary, so nothing can prove a join there).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from jixiao.extract.layout.columns import header_key
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from jixiao.normalize.vocabulary import (
    EVALUATION_RESULT_COLUMN_WORDS,
    FLAT_PROJECT_COLUMN_WORDS,
    INDICATOR_COLUMN_WORDS,
    SCORE_SUMMARY_COLUMN_WORDS,
    SELF_EVALUATION_MONEY_COLUMN_WORDS,
)

_SEPARATOR = "\t"


@lru_cache(maxsize=1)
def _column_words() -> frozenset[str]:
    vocabularies = (INDICATOR_COLUMN_WORDS, SELF_EVALUATION_MONEY_COLUMN_WORDS, SCORE_SUMMARY_COLUMN_WORDS,
                    EVALUATION_RESULT_COLUMN_WORDS, FLAT_PROJECT_COLUMN_WORDS)
    return frozenset(header_key(w) for vocabulary in vocabularies for words in vocabulary.values() for w in words)


def is_column_word(cell: str) -> bool:
    """A header cell naming a column of any table kind (``自评得分``, ``*指标值``, ``全年预算数(A)``)."""
    key = header_key(cell)
    return bool(key) and key in _column_words()


def _named(cells: Sequence[str]) -> int:
    return sum(1 for c in cells if is_column_word(c))


def _joined_row(window: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """(cells, cells made by a join) of lines joined at their breaks; None unless a separator is in
    the window."""
    if not any(_SEPARATOR in line for line in window):
        return None
    pieces = [line.strip(" \u3000").split(_SEPARATOR) for line in window]
    cells: list[str] = list(pieces[0])
    made: list[str] = []
    for piece in pieces[1:]:
        if not cells[-1].strip() or not piece[0].strip():
            return None              # a line ending (or starting) with a separator: a row break, not a cell's
        cells[-1] += piece[0]
        made.append(cells[-1])
        cells.extend(piece[1:])
    return [c.strip() for c in cells], [c.strip() for c in made]


def _window_score(window: Sequence[str], settings: LayoutSettings) -> int | None:
    """How many columns the joined window names more than it leaves unnamed; None when it is no header."""
    joined = _joined_row(window)
    if joined is None:
        return None
    cells, made = joined
    if not all(is_column_word(c) for c in made):
        return None
    named = _named(cells)
    alone = max(_named([c.strip() for c in line.split(_SEPARATOR)]) for line in window)
    if named < settings.broken_header_min_words or named <= alone:
        return None
    return named - sum(1 for c in cells if c and not is_column_word(c))


def broken_header_rows(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> dict[int, tuple[int, str]]:
    """Header rows broken over lines: ``{first line index: (end index, the joined row)}``."""
    out: dict[int, tuple[int, str]] = {}
    i = 0
    while i < len(lines):
        best: tuple[int, int] | None = None            # (score, end)
        for end in range(i + 2, min(len(lines), i + settings.broken_header_max_lines) + 1):
            window = lines[i:end]
            if any(not line.strip() or "\f" in line for line in window):
                break
            score = _window_score(window, settings)
            if score is not None and (best is None or score > best[0]):
                best = (score, end)
        if best is None:
            i += 1
            continue
        end = best[1]
        cells, _ = _joined_row(lines[i:end]) or ([], [])
        out[i] = (end, _SEPARATOR.join(cells))
        i = end
    return out
