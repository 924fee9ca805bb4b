"""Indicator tables (一级 | 二级 | 三级 | 指标值): rows → raw indicators with the hierarchy filled down.

Rows come from the shape layer (``layout.level_words.indicator_level_rows`` cuts a stream of cells
into rows). A row's blank merged cells may have vanished or shifted it left, so cells are read from
the right — the last is the target, the one before it the indicator's name — and the cells before
the name are level words, told apart by the vocabulary (``产出指标`` is a level1, ``数量指标`` a level2).
"""

from __future__ import annotations

from jixiao.extract.document import Line
from jixiao.extract.layout.columns import line_tokens
from jixiao.extract.layout.level_words import indicator_level_rows, is_level1, is_level2_under, is_level_word
from jixiao.extract.records import RawIndicator
from jixiao.normalize.text import clean_text, fold_key, is_page_footer
from jixiao.normalize.vocabulary import (
    INDICATOR_VERTICAL_CAPTIONS, LEVEL_HEADER_WORDS
)

#: Vertical captions of a merged first column (``绩效 指标``, ``项目 绩效 目标``): layout, not data.
_VERTICAL_CAPTIONS = frozenset(INDICATOR_VERTICAL_CAPTIONS)
_L1_HEADERS = frozenset(LEVEL_HEADER_WORDS[1])
_L2_HEADERS = frozenset(LEVEL_HEADER_WORDS[2])


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
            if not self.has_level2 or (is_level1(cell) and not is_level2_under(cell, self.level1)):
                self.level1, self.level2 = clean_text(cell), None
            elif self.level2 is not None and is_level2_under(cell, self.level2):
                # the word taken for a 二级 was the 一级 over this one (成本指标 › 经济成本指标)
                self.level1, self.level2 = self.level2, clean_text(cell)
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
        out: list[RawIndicator] = []
        for line in indicator_level_rows(lines):
            cells = [c for c in line_tokens(line) if fold_key(c) not in _VERTICAL_CAPTIONS]
            if not cells:
                continue
            if len(line.cells) == 2 and line.is_row and not line.cells[1] and not is_level_word(cells[0]):
                out.append(self._indicator(cells[0], None, line))      # a name whose target is blank
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


def is_indicator_header_like(line: Line) -> bool:
    """A repeated table header after a page break."""
    words = {fold_key(t) for t in line_tokens(line)}
    return len(words & (_L1_HEADERS | _L2_HEADERS | set(LEVEL_HEADER_WORDS[3]))) >= 2
