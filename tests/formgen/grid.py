"""A document's blocks as a grid of slots: the one input every shape renderer reads.

A table's position is a cell's text (``""`` for an empty cell), or covered by a spanning cell —
to its right (``COVERED_RIGHT``) or below it (``COVERED_BELOW``). pdfplumber's convention: a
covered position is not an empty cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from jixiao.extract.document import Cell, Document, Paragraph, Table


class _Covered(str):
    """A position covered by a spanning cell (a str subclass so it prints; never a cell)."""


COVERED_RIGHT = _Covered("<covered-right>")
COVERED_BELOW = _Covered("<covered-below>")
Slot = str                        # a cell's text, "" for an empty cell, or a COVERED marker


def is_covered(slot: Slot) -> bool:
    return isinstance(slot, _Covered)


@dataclass(frozen=True)
class GridTable:
    slots: tuple[tuple[Slot, ...], ...]
    spans: tuple[tuple[int, int, int, int], ...] = ()       # (row, col, row_span, col_span) > 1

    @property
    def width(self) -> int:
        return max((len(r) for r in self.slots), default=0)


GridBlock = Union[Paragraph, GridTable]


def table_slots(table: Table) -> GridTable:
    """A document-model table → its slots, spans kept."""
    width = max((c.col + c.col_span for row in table.rows for c in row), default=0)
    height = max(len(table.rows), max((c.row + c.row_span for row in table.rows for c in row),
                                      default=0))
    slots: list[list[Slot]] = [[""] * width for _ in range(height)]
    spans = []
    for row in table.rows:
        for cell in row:
            for i in range(cell.row_span):
                for j in range(cell.col_span):
                    r, c = cell.row + i, cell.col + j
                    if r >= height or c >= width:
                        continue
                    if i == 0 and j == 0:
                        slots[r][c] = cell.text
                    else:
                        slots[r][c] = COVERED_BELOW if i > 0 else COVERED_RIGHT
            if cell.row_span > 1 or cell.col_span > 1:
                spans.append((cell.row, cell.col, cell.row_span, cell.col_span))
    return GridTable(tuple(tuple(r) for r in slots), tuple(spans))


def grid_of(document: Document) -> list[GridBlock]:
    return [b if isinstance(b, Paragraph) else table_slots(b) for b in document.blocks]


def make_table(rows: list[list[str | tuple[str, int, int]]]) -> GridTable:
    """A table from rows of cells written left to right; a cell is text or (text, row_span,
    col_span). Positions covered by an earlier span are skipped automatically, so a row under a
    vertical span simply lists the cells that follow it."""
    occupied: dict[tuple[int, int], Slot] = {}
    placed: dict[tuple[int, int], str] = {}
    spans = []
    for r, row in enumerate(rows):
        c = 0
        for item in row:
            while (r, c) in occupied:
                c += 1
            text, rs, cs = (item, 1, 1) if isinstance(item, str) else item
            placed[(r, c)] = text
            occupied[(r, c)] = text
            for i in range(rs):
                for j in range(cs):
                    if i or j:
                        occupied[(r + i, c + j)] = COVERED_BELOW if i else COVERED_RIGHT
            if rs > 1 or cs > 1:
                spans.append((r, c, rs, cs))
            c += cs
    height = max(r for r, _ in occupied) + 1 if occupied else 0
    width = max(c for _, c in occupied) + 1 if occupied else 0
    slots = [[occupied.get((r, c), "") for c in range(width)] for r in range(height)]
    return GridTable(tuple(tuple(r) for r in slots), tuple(spans))


def to_document_table(table: GridTable) -> Table:
    """Back to the document model (cells with spans), e.g. to compare with a reader's output."""
    span_of = {(r, c): (rs, cs) for r, c, rs, cs in table.spans}
    rows = []
    for r, row in enumerate(table.slots):
        cells = []
        for c, slot in enumerate(row):
            if is_covered(slot):
                continue
            rs, cs = span_of.get((r, c), (1, 1))
            cells.append(Cell(slot, r, c, rs, cs))
        rows.append(tuple(cells))
    return Table(tuple(rows))


def merged_dropped(table: GridTable) -> GridTable:
    """The table a converter that drops merged cells leaves (F6 markdown, F9 xls rendered inline):
    the cells under a vertical span vanish and the row's cells shift left, a horizontal span leaves
    its text and blank cells, and every row is padded with blank cells at its end to the width."""
    width = table.width
    rows = []
    for row in table.slots:
        cells = ["" if s is COVERED_RIGHT else s for s in row if s is not COVERED_BELOW]
        rows.append(tuple(cells + [""] * (width - len(cells))))
    return GridTable(tuple(rows))


def merged_blanked(table: GridTable) -> GridTable:
    """The table an xls → csv/text export leaves (F9): a merged cell's text in its first position,
    every position it covered an empty cell, nothing shifted."""
    return GridTable(tuple(tuple("" if is_covered(s) else s for s in row) for row in table.slots))
