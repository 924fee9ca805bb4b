"""The rows builder: tables whose row breaks and cell separators are written down.

Tab-separated rows, markdown pipe rows (``| a | b |``, a row cut before its closing ``|`` inside a
pipe table too), CSV, and the tables the PDF, DOCX, XLSX and HTML readers build (``Table`` blocks,
merged cells with their spans: ``grid_from_table``).
"""

from __future__ import annotations

import csv
from typing import Sequence

import regex as re

from jixiao.extract.document import Line, Table
from jixiao.extract.layout.base import Builder, RawRow
from jixiao.extract.layout.grid import Grid, RowSource, Shape, ShapeReport, Span
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")


def split_row(line: str, in_table: bool = False, settings: LayoutSettings = DEFAULT_SETTINGS) -> list[str] | None:
    """Cells of a tab-separated or markdown pipe row; None for a plain paragraph line. Inside a
    pipe table, a row cut before its closing ``|`` (a truncated page) is still a row."""
    if "\t" in line:
        return line.split("\t")
    bars = line.count("|")
    if _PIPE_ROW.match(line) and bars >= settings.pipe_min_bars:
        return line.strip()[1:-1].split("|")
    if in_table and line.lstrip().startswith("|") and bars >= settings.pipe_min_bars:
        return line.strip()[1:].split("|")
    return None


def is_comma_separated(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """A spreadsheet saved as CSV: most non-empty lines split into the same number of fields."""
    filled = [l for l in lines if l.strip()]
    if len(filled) < settings.csv_min_lines:
        return False
    widths = [len(row) for row in csv.reader(filled)]
    common = max(set(widths), key=widths.count)
    return common >= settings.csv_min_width and widths.count(common) / len(widths) >= settings.csv_common_share


def grid_from_table(table: Table) -> Grid:
    """A reader's table → a grid with its merged cells kept: the span's text at its top-left
    position, ``None`` at every position it covers, ``""`` for an empty cell."""
    height = len(table.rows)
    width = max((c.col + c.col_span for row in table.rows for c in row), default=0)
    cells: list[list[str | None]] = [[""] * width for _ in range(height)]
    spans: list[Span] = []
    for r, row in enumerate(table.rows):
        for c in row:
            cells[r][c.col] = c.text
            if c.row_span > 1 or c.col_span > 1:
                row_span = min(c.row_span, height - r)
                spans.append(Span(r, c.col, row_span, c.col_span))
                for rr in range(r, r + row_span):
                    for cc in range(c.col, c.col + c.col_span):
                        if (rr, cc) != (r, c.col):
                            cells[rr][cc] = None
    sources = []
    for r in range(height):
        text = table.source_lines[r] if r < len(table.source_lines) else "\t".join(x or "" for x in cells[r])
        line_no = table.line_no + r if table.line_no is not None else None
        sources.append(RowSource(table.page_of_row(r), line_no, text))
    return Grid(tuple(tuple(r) for r in cells), tuple(sources), ShapeReport(Shape.ROWS, 1.0), tuple(spans))


class RowsBuilder(Builder):
    """Lines that are rows already (reader tables) or hold tab or pipe separators."""

    shape = Shape.ROWS

    def _cells(self, line: Line, in_table: bool) -> list[str] | None:
        if line.is_row:
            return list(line.cells)
        return split_row(line.cells[0], in_table, self.settings)

    def detect(self, lines: Sequence[Line]) -> float:
        filled = [l for l in lines if l.text.strip()]
        if not filled:
            return 0.0
        rows = sum(1 for l in filled if self._cells(l, True) is not None)
        share = rows / len(filled)
        return share if share >= self.settings.rows_share else 0.0

    def rows_and_columns(self, lines: Sequence[Line], guesses: list[str]) -> list[RawRow]:
        out: list[RawRow] = []
        in_table = False
        for line in lines:
            if not line.text.strip():
                in_table = False
                continue
            cells = self._cells(line, in_table)
            in_table = cells is not None
            out.append((list(cells) if cells is not None else [line.cells[0]], line))
        widths = {len(c) for c, _ in out if len(c) > 1}
        if len(widths) > 1:
            guesses.append(f"rows differ in width ({min(widths)}–{max(widths)} cells): short rows "
                           "padded on the right")
        return out
