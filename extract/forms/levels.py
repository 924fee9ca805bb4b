"""Indicator tables (一级 | 二级 | 三级 | 指标值): rows → raw indicators with the hierarchy filled down.

Converters lose merged cells in two ways, and both are read here:

* **row text** (tab cells, pipe cells, blank-separated pdftotext lines): a row keeps its cells but
  blank merged cells vanish or shift the row left. Cells are read from the right — the last is the
  target, the one before it the indicator's name — and the cells before the name are level words,
  told apart by the vocabulary (``产出指标`` is a level1, ``数量指标`` a level2);
* **one cell per line** (pdfplumber page text): no row boundaries. Level words (rejoined when a
  cell wrapped: ``社会效益`` + ``指标``) set the hierarchy and the other cells come in
  name/target pairs.
"""

from __future__ import annotations

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.layout.columns import line_tokens
from jixiao.extract.layout.stream import is_row_region
from jixiao.extract.records import RawIndicator
from jixiao.normalize.text import clean_text, fold_key, is_page_footer
from jixiao.normalize.vocabulary import (
    INDICATOR_VERTICAL_CAPTIONS, INDICATOR_WORD, LEVEL1_WORDS, LEVEL2_WORDS,
    LEVEL_HEADER_WORDS, LEVEL_POINTS_PATTERN
)

_LEVEL1 = frozenset(fold_key(w) for w in LEVEL1_WORDS)
_LEVEL2 = frozenset(fold_key(w) for w in LEVEL2_WORDS)
_POINTS_IN_LABEL = re.compile(LEVEL_POINTS_PATTERN)
#: Vertical captions of a merged first column (``绩效 指标``, ``项目 绩效 目标``): layout, not data.
_VERTICAL_CAPTIONS = frozenset(INDICATOR_VERTICAL_CAPTIONS)
_L1_HEADERS = frozenset(LEVEL_HEADER_WORDS[1])
_L2_HEADERS = frozenset(LEVEL_HEADER_WORDS[2])


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


class IndicatorTableReader:
    """Reads the rows under one indicator-table header."""

    def __init__(self, header: Line, two_level: bool = False) -> None:
        """``two_level``: the header names 一级 and 二级 but no 三级, and the 二级 column holds the
        indicators' names (湖北): the level column's words are level1 as written."""
        words = {fold_key(t) for t in line_tokens(header)}
        self.has_level2 = not two_level and (bool(words & _L2_HEADERS) or not (words & _L1_HEADERS))
        self.level1: str | None = None
        self.level2: str | None = None

    # -- hierarchy -------------------------------------------------------------------------
    def _set_levels(self, prefix: list[str]) -> None:
        prefix = [p for p in prefix if fold_key(p) not in _VERTICAL_CAPTIONS]
        if len(prefix) >= 2 and self.has_level2:
            self.level1, self.level2 = clean_text(prefix[-2]), clean_text(prefix[-1])
        elif len(prefix) >= 1:
            cell = prefix[-1]
            if not self.has_level2 or is_level1(cell):
                self.level1, self.level2 = clean_text(cell), None
            else:
                self.level2 = clean_text(cell)

    def _indicator(self, name: str, target: str | None, line: Line) -> RawIndicator:
        return RawIndicator("indicator_table", self.level1, self.level2, clean_text(name),
                            target.strip() if target and target.strip() else None,
                            page=line.page, source_text=line.source_text.strip())

    # -- reading -----------------------------------------------------------------------------
    def read(self, lines: list[Line]) -> list[RawIndicator]:
        lines = [l for l in lines if l.nonempty_cells and not is_page_footer(l.text)
                 and not is_indicator_header_like(l)]
        if not lines:
            return []
        if is_row_region(lines):
            return self._read_rows(lines)
        return self._read_stream(lines)

    def _read_rows(self, lines: list[Line]) -> list[RawIndicator]:
        out: list[RawIndicator] = []
        for line in lines:
            cells = [c for c in line_tokens(line) if fold_key(c) not in _VERTICAL_CAPTIONS]
            if not cells:
                continue
            if len(cells) == 1 or all(is_level_word(c) for c in cells) and len(cells) <= 2:
                self._set_levels(cells)
                continue
            target, name, prefix = cells[-1], cells[-2], cells[:-2]
            if is_level_word(name) and not prefix and not is_level_word(target):
                # a level word and one other cell ('时效指标 | 审计工作及时性' with a blank target):
                # the level and an indicator without target, not a name and its target
                self._set_levels([name])
                out.append(self._indicator(target, None, line))
                continue
            self._set_levels(prefix)
            out.append(self._indicator(name, target, line))
        return out

    def _read_stream(self, lines: list[Line]) -> list[RawIndicator]:
        tokens: list[tuple[str, Line]] = []
        for line in lines:
            for cell in line.nonempty_cells:
                tokens.append((cell.strip(), line))
        out: list[RawIndicator] = []
        pending: tuple[str, Line] | None = None
        i = 0
        while i < len(tokens):
            word, joined = self._level_word_at(tokens, i)
            if word is not None and pending is None:
                if is_level1(word):
                    self.level1, self.level2 = word, None
                else:
                    self.level2 = word
                i += joined
                continue
            text, line = tokens[i]
            if pending is None:
                pending = (text, line)
            else:
                out.append(self._indicator(pending[0], text, pending[1]))
                pending = None
            i += 1
        if pending is not None:
            out.append(self._indicator(pending[0], None, pending[1]))
        return out

    @staticmethod
    def _level_word_at(tokens: list[tuple[str, Line]], i: int) -> tuple[str | None, int]:
        """A level word starting at token i, rejoining up to three wrapped pieces."""
        for width in (3, 2, 1):
            if i + width > len(tokens):
                continue
            text = "".join(t for t, _ in tokens[i:i + width])
            # a wrapped word's continuation pieces are not words of their own (社会效益 + 指标 joins,
            # 产出指标 + 数量指标 does not)
            pieces_are_words = any(is_level_word(t) for t, _ in tokens[i + 1:i + width])
            known = level_key(text) in _LEVEL1 | _LEVEL2          # 生态环境 + 成本指标
            if is_level_word(text) and (width == 1 or known
                                        or (len(tokens[i][0]) <= 6 and not pieces_are_words)):
                return clean_text(text), width
        return None, 1


def is_indicator_header_like(line: Line) -> bool:
    """A repeated table header after a page break."""
    words = {fold_key(t) for t in line_tokens(line)}
    return len(words & (_L1_HEADERS | _L2_HEADERS | set(LEVEL_HEADER_WORDS[3]))) >= 2
