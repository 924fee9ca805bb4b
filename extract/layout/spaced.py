"""The spaced builder: cells split by single blanks, up to a whole form on one line.

A converter that flattens a table to text with one blank between cells leaves either one row per
line (``三级名 ≥50个 50 8 8``: the families read those rows word by word) or the whole form on one
line. Such a run is no sentence: it is long, its words are short and some are the form's own
header words (field labels, level words, indicator column words). It is read as a stream of cells
in reading order whose blank cells vanished, the shape one cell per line with blanks dropped has,
and its row breaks are left to the column reader.
"""

from __future__ import annotations

from typing import Sequence

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.layout.base import RawRow, StreamBuilder
from jixiao.extract.layout.columns import spaced_cells
from jixiao.extract.layout.glued import split_glued_header
from jixiao.extract.layout.grid import Shape
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from jixiao.normalize.text import fold_key
from jixiao.normalize.vocabulary import (
    EVALUATION_RESULT_COLUMN_WORDS,
    FLAT_PROJECT_COLUMN_WORDS,
    FORM_FIELD_LABELS,
    INDICATOR_COLUMN_WORDS,
    INDICATOR_TABLE_HEADER_WORDS,
    LEVEL1_WORDS,
    LEVEL2_WORDS,
    REPORT_BUDGET_COLUMN_WORDS,
    SCORE_SUMMARY_COLUMN_WORDS,
    UNIT_BRACKET_PATTERN,
)

_BLANKS = re.compile(r"[ \u3000]+")
_TAB = "\t"
#: A header word's unit (全年预算数（万元）, 分值(分)): no part of the word.
_UNIT_BRACKET = re.compile(UNIT_BRACKET_PATTERN)
_HEADER_WORDS = frozenset(fold_key(w) for w in (*INDICATOR_TABLE_HEADER_WORDS, *LEVEL1_WORDS, *LEVEL2_WORDS,
                                                 *(l for labels in FORM_FIELD_LABELS.values() for l in labels),
                                                 *(w for vocabulary in (EVALUATION_RESULT_COLUMN_WORDS,
                                                                        FLAT_PROJECT_COLUMN_WORDS,
                                                                        REPORT_BUDGET_COLUMN_WORDS,
                                                                        SCORE_SUMMARY_COLUMN_WORDS)
                                                   for words in vocabulary.values() for w in words)))


def is_spaced_run(text: str, settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """A line that is many cells run together with single blanks, not a sentence (nor a tab or pipe
    row: a bar or two inside it, as in a web page's footer ``网站地图 | 联系我们``, are text)."""
    if _TAB in text or text.count("|") >= settings.pipe_min_bars or len(text) < settings.spaced_min_run_length:
        return False
    cells = spaced_cells(text)
    if len(cells) < settings.spaced_min_run_cells:
        return False
    if any(is_glued_header(c, settings) for c in cells):
        return True                  # rows run together each, split by blanks (评价指标评价内容… 项目…20)
    short = sum(1 for c in cells if len(c) <= settings.spaced_max_cell_length)
    known = sum(1 for c in cells if fold_key(_UNIT_BRACKET.sub("", c)) in _HEADER_WORDS)
    return short / len(cells) >= settings.spaced_short_share and known >= settings.spaced_min_header_words


def is_glued_header(cell: str, settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """A cell that is an indicator table's column words run together (``评价指标评价内容指标名称…备注``)."""
    roles = split_glued_header(cell, INDICATOR_COLUMN_WORDS)
    return roles is not None and len(roles) >= settings.spaced_glued_header_min_words and "level3" in roles


class SpacedRunBuilder(StreamBuilder):
    """Paragraph lines holding many cells run together with single blanks → one cell stream."""

    shape = Shape.SPACED
    blanks_kept = False

    def detect(self, lines: Sequence[Line]) -> float:
        runs = [l for l in lines if not l.is_row and is_spaced_run(l.cells[0], self.settings)]
        filled = [l for l in lines if l.text.strip()]
        return len(runs) / len(filled) if runs and filled else 0.0

    def rows_and_columns(self, lines: Sequence[Line], guesses: list[str]) -> list[RawRow]:
        out: list[RawRow] = []
        for line in lines:
            if not line.is_row and is_spaced_run(line.cells[0], self.settings):
                out.extend(([cell], line) for cell in spaced_cells(line.cells[0]))
                guesses.append(f"line {line.line_no}: {len(out)} cells split at single blanks; a cell "
                               "holding a blank of its own is cut in two")
            elif line.text.strip():
                out.append(([line.text.strip()], line))
        return out
