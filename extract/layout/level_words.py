"""The level words of an indicator table (``产出指标`` is a level 1, ``数量指标`` a level 2), and an
indicator table printed one cell per line (pdfplumber page text: no row breaks) cut back into rows.

The vocabulary decides: a level cell's key is folded and its points removed (a weight ``(50分)``, a
range ``(0-20)分``); a level-1 word is one of ``LEVEL1_WORDS``; a level-2 word one of ``LEVEL2_WORDS``
or a 4–12 character name ending in 指标 that is no level 1. In a stream of cells the level words
(rejoined when a cell wrapped: ``社会效益`` + ``指标``) are rows of their own and the other cells come
in name / target pairs, so the family reads every region as rows.
"""

from __future__ import annotations

from typing import Sequence

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.layout.stream import is_row_region
from jixiao.normalize.text import clean_text, fold_key
from jixiao.normalize.vocabulary import INDICATOR_WORD, LEVEL1_WORDS, LEVEL2_PARENT, LEVEL2_WORDS, LEVEL_POINTS_PATTERN

_LEVEL1 = frozenset(fold_key(w) for w in LEVEL1_WORDS)
_LEVEL2 = frozenset(fold_key(w) for w in LEVEL2_WORDS)
_POINTS_IN_LABEL = re.compile(LEVEL_POINTS_PATTERN)
_PARENT_KEY = {fold_key(k): fold_key(v) for k, v in LEVEL2_PARENT.items()}
#: A level word wrapped over at most this many cells of a stream.
_MAX_WRAPPED_PIECES = 3
#: A wrapped level word's first piece is at most this long when the joined word is no vocabulary word.
_MAX_FIRST_PIECE = 6


def level_key(text: str) -> str:
    """Matching key of a level cell: folded, its points removed (a weight ``(50分)``, a range ``(0-20)分``)."""
    return _POINTS_IN_LABEL.sub("", fold_key(text))


def is_level1(text: str) -> bool:
    return level_key(text) in _LEVEL1


def is_level2(text: str) -> bool:
    key = level_key(text)
    return key in _LEVEL2 or (key.endswith(INDICATOR_WORD) and key not in _LEVEL1 and 4 <= len(key) <= 12)


def is_level_word(text: str) -> bool:
    return is_level1(text) or is_level2(text)


def is_level2_under(text: str, level1: str | None) -> bool:
    """A 二级 of the open 一级 ``level1`` by the national framework (成本指标 under 产出指标: the 2020
    template's place, though the 2021 framework makes 成本指标 a 一级 of its own)."""
    return level1 is not None and _PARENT_KEY.get(level_key(text)) == level_key(level1)


def _level_word_at(tokens: Sequence[tuple[str, Line]], i: int) -> tuple[str | None, int]:
    """A level word starting at token i, rejoining up to three wrapped pieces."""
    for width in range(_MAX_WRAPPED_PIECES, 0, -1):
        if i + width > len(tokens):
            continue
        text = "".join(t for t, _ in tokens[i:i + width])
        # a wrapped word's continuation pieces are not words of their own (社会效益 + 指标 joins,
        # 产出指标 + 数量指标 does not)
        pieces_are_words = any(is_level_word(t) for t, _ in tokens[i + 1:i + width])
        known = level_key(text) in _LEVEL1 | _LEVEL2          # 生态环境 + 成本指标
        if is_level_word(text) and (width == 1 or known
                                    or (len(tokens[i][0]) <= _MAX_FIRST_PIECE and not pieces_are_words)):
            return clean_text(text), width
    return None, 1


def _row(cells: tuple[str, ...], line: Line) -> Line:
    return Line(cells, True, line.page, line.line_no, line.source_text)


def indicator_level_rows(lines: list[Line]) -> list[Line]:
    """The lines of an indicator table's body as rows: row lines as they are; a stream of cells (too
    few lines hold two cells) cut into a row per level word and a row per name / target pair (a
    name left over at the end: a row of the name and an empty target)."""
    if is_row_region(lines):
        return lines
    tokens = [(cell.strip(), line) for line in lines for cell in line.nonempty_cells]
    out: list[Line] = []
    pending: tuple[str, Line] | None = None
    i = 0
    while i < len(tokens):
        word, joined = _level_word_at(tokens, i)
        if word is not None and pending is None:
            out.append(_row((word,), tokens[i][1]))
            i += joined
            continue
        text, line = tokens[i]
        if pending is None:
            pending = (text, line)
        else:
            out.append(_row((pending[0], text), pending[1]))
            pending = None
        i += 1
    if pending is not None:
        out.append(_row((pending[0], ""), pending[1]))
    return out
