"""The stream builder: a table flattened to one cell per line or per paragraph, row breaks lost.

Three text shapes come out of converters that flatten HTML or PDF tables:

* one cell per paragraph: cells separated by empty lines, an empty cell written as a line of blanks;
* one cell per line ending in ``|`` (a bare ``|`` is an empty cell), the ``|`` on the same line,
  alone on the next one, or opening the next line before the next cell;
* one cell per line with nothing around it (pdfplumber page text), blank cells kept as empty lines
  or dropped.

The result is a ``CellStream``; ``blanks_kept`` says whether empty cells still stand in it.
"""

from __future__ import annotations

from typing import Sequence

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.layout.base import RawRow, StreamBuilder
from jixiao.extract.layout.grid import Shape
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings

#: A line holding one cell and its closing ``|`` (not a pipe row of several cells).
CELL_TERMINATED = re.compile(r"^(?!\s*\|.*\|.*\|)(?P<cell>[^|]*)\|\s*$")
#: A line opened by the ``|`` that closed the cell above, then the next cell (``\n        | 下一格``).
CELL_AFTER_BAR = re.compile(r"^\s*\|(?P<cell>[^|]*)$")
_WORD_GAP = re.compile(r"[ \u3000\t]+")


def terminated_cell(text: str) -> str | None:
    """The cell of a line ending in ``|`` (``""`` for a bare ``|``), or of a line the bar of the
    cell above opens; None for other lines."""
    m = CELL_TERMINATED.match(text) or CELL_AFTER_BAR.match(text)
    return m.group("cell").strip() if m else None


# -- raw text (the text reader decides a file's shape once) ------------------------------------

def is_cell_per_paragraph(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """HTML tables flattened to one paragraph per cell: most lines are empty, no two filled lines
    touch, and some lines of blanks stand for empty cells."""
    filled = [i for i, l in enumerate(lines) if l.strip()]
    if len(filled) < settings.cell_per_paragraph_min_lines:
        return False
    touching = sum(1 for a, b in zip(filled, filled[1:]) if b == a + 1)
    blank_cells = sum(1 for l in lines if l and not l.strip())
    return touching / len(filled) < settings.cell_per_paragraph_max_touching \
        and blank_cells >= settings.stream_min_blank_cells


def is_cell_per_line(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """HTML tables flattened to one cell per line, each ending in ``|``."""
    filled = [l for l in lines if l.strip()]
    ended = sum(1 for l in filled if terminated_cell(l) is not None)
    return len(filled) >= settings.cell_per_line_min_lines and ended / len(filled) >= settings.cell_per_line_share


# -- document lines (a region of a form) --------------------------------------------------------

def _words(line: Line) -> list[str]:
    if line.is_row:
        return [c.strip() for c in line.cells if c.strip()]
    return [t for t in _WORD_GAP.split(line.cells[0].strip()) if t]


def _one_cell(line: Line) -> bool:
    return not line.is_row and len(_words(line)) <= 1


def single_cell_share(lines: Sequence[Line]) -> float:
    """Share of the filled lines that hold one cell (a paragraph of one word)."""
    filled = [l for l in lines if l.text.strip()]
    return sum(1 for l in filled if _one_cell(l)) / len(filled) if filled else 0.0


def is_cell_stream(lines: Sequence[Line], settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """One cell per line (blank cells kept or dropped): most filled lines hold one cell."""
    return single_cell_share(lines) >= settings.stream_share and any(l.text.strip() for l in lines)


def is_blank_keeping_stream(lines: Sequence[Line], settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """One cell per line with the empty cells kept as empty lines (an HTML table flattened)."""
    if not lines:
        return False
    singles = sum(1 for l in lines if _one_cell(l))
    blanks = sum(1 for l in lines if not l.is_row and not l.text.strip())
    return singles / len(lines) >= settings.stream_share and blanks >= settings.stream_min_blank_cells


def is_row_region(lines: Sequence[Line], settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """Enough filled lines hold two cells or more for the region to be read row by row."""
    filled = [l for l in lines if l.text.strip()]
    return bool(filled) and sum(1 for l in filled if len(_words(l)) >= 2) / len(filled) >= settings.rows_share


class CellStreamBuilder(StreamBuilder):
    """One cell per line or paragraph; a line ending in ``|`` is a cell, a bare ``|`` an empty
    cell, a ``|`` alone on the line after a cell closes that cell."""

    shape = Shape.STREAM

    def detect(self, lines: Sequence[Line]) -> float:
        texts = [l.cells[0] for l in lines if not l.is_row]
        if len(texts) < len(lines) or not any(t.strip() for t in texts):
            return 0.0
        if is_cell_per_line(texts, self.settings) or is_cell_per_paragraph(texts, self.settings):
            return 0.95
        share = single_cell_share(lines)
        return share if share >= self.settings.stream_share else 0.0

    def rows_and_columns(self, lines: Sequence[Line], guesses: list[str]) -> list[RawRow]:
        texts = [l.cells[0] for l in lines]
        ended = is_cell_per_line(texts, self.settings)
        paragraphs = not ended and is_cell_per_paragraph(texts, self.settings)
        out: list[RawRow] = []
        for n, line in enumerate(lines):
            text = line.cells[0]
            if ended:
                cell = terminated_cell(text)
                if cell is None and text.strip() and n + 1 < len(lines) and lines[n + 1].cells[0].strip() == "|":
                    out.append(([text.strip()], line))          # the ``|`` closing it stands on the next line
                    continue
                if cell is None:
                    if text.strip() and text.strip() != "|":
                        out.append(([text.strip()], line))
                    continue
                if text.strip() == "|" and n > 0 and terminated_cell(lines[n - 1].cells[0]) is None \
                        and lines[n - 1].cells[0].strip():
                    continue                                    # closed the cell above
                out.append(([cell], line))
            elif paragraphs:
                if text and not text.strip():
                    out.append(([""], line))                    # a line of blanks: an empty cell
                elif text.strip():
                    out.append(([text.strip()], line))
            else:
                out.append(([text.strip()], line))
        self._blanks = ended or paragraphs or sum(1 for c, _ in out if not c[0]) >= self.settings.stream_min_blank_cells
        if not self._blanks:
            guesses.append("blank cells dropped by the converter: columns of a row are assigned by value shape")
        return out

    def keeps_blanks(self, rows: list[RawRow]) -> bool:
        return self._blanks
