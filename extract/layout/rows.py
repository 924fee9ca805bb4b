"""The rows builder: tables whose row breaks and cell separators are written down.

Tab-separated rows, markdown pipe rows (``| a | b |``, a row cut before its closing ``|`` inside a
pipe table too), CSV, and the tables the PDF, DOCX, XLSX and HTML readers build (``Table`` blocks,
merged cells with their spans: ``grid_from_table``).
"""

from __future__ import annotations

import csv
import io
from typing import Sequence

import regex as re

from jixiao.extract.document import Line, Table
from jixiao.extract.layout.base import Builder, RawRow
from jixiao.extract.layout.grid import Grid, RowSource, Shape, ShapeReport, Span
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from jixiao.normalize.vocabulary import EMPTY_SLOT_PATTERN

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
#: a cell separator of a pipe row: a bar pandoc did not escape (``\|`` is a bar inside a cell)
_PIPE_BAR = re.compile(r"(?<!\\)\|")
_CELL_LINE_BREAK = re.compile(r"\s*\n\s*")
#: a document property as WPS writes it before a sheet saved as text: an ASCII key, one value
_PROPERTY_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*,[^,]*$")
#: a sheet's default name on a line of its own (``Sheet1``, its fields padded or not)
_SHEET_NAME = re.compile(r"^[A-Za-z]+ ?\d+,*$")
_EMPTY_SLOT = re.compile(EMPTY_SLOT_PATTERN)


def is_empty_slot(text: str) -> bool:
    """A template's unfilled indicator slot alone (``指标2:``, ``……``, ``指标 2:……``): no data."""
    return bool(_EMPTY_SLOT.fullmatch(text.strip()))


def without_empty_slots(lines: Sequence[str]) -> list[str]:
    """The lines without those that hold only a template's unfilled slot between two filled lines (a
    row of the indicator table with nothing in it, in text that prints no blank cell: PDF text, a
    stream with its blank cells dropped). Where blank lines stand for blank cells (one cell a line or
    a paragraph, blanks kept), a line's place is data: such a line (a blank one beside it) stays."""
    kept: list[str] = []
    feeds = ""                                  # a dropped line's page break goes to the next line
    for k, line in enumerate(lines):
        between = 0 < k < len(lines) - 1 and lines[k - 1].strip() != "" and lines[k + 1].strip() != ""
        if between and is_empty_slot(line):
            feeds += "\f" * line.count("\f")
            continue
        kept.append(feeds + line)
        feeds = ""
    return kept + ([feeds] if feeds else [])


def split_row(line: str, in_table: bool = False, settings: LayoutSettings = DEFAULT_SETTINGS) -> list[str] | None:
    """Cells of a tab-separated or markdown pipe row; None for a plain paragraph line. Inside a
    pipe table, a row cut before its closing ``|`` (a truncated page) is still a row."""
    if "\t" in line:
        return line.split("\t")
    bars = len(_PIPE_BAR.findall(line))
    if _PIPE_ROW.match(line) and bars >= settings.pipe_min_bars:
        return _pipe_cells(line.strip()[1:-1])
    if in_table and line.lstrip().startswith("|") and bars >= settings.pipe_min_bars:
        return _pipe_cells(line.strip()[1:])
    return None


def _pipe_cells(row: str) -> list[str]:
    return [cell.replace("\\|", "|") for cell in _PIPE_BAR.split(row)]


def csv_records(text: str) -> list[list[str]]:
    """The CSV records of a text; a quoted cell keeps its commas and its line breaks
    (``"a,\nb"`` is one cell)."""
    return list(csv.reader(io.StringIO(text)))


def is_comma_separated(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """A spreadsheet saved as CSV: most non-empty records split into the same number of fields."""
    filled = [r for r in csv_records("\n".join(lines)) if any(f.strip() for f in r)]
    if len(filled) < settings.csv_min_lines:
        return False
    widths = [len(row) for row in filled]
    common = max(set(widths), key=widths.count)
    return common >= settings.csv_min_width and widths.count(common) / len(widths) >= settings.csv_common_share


def property_stream_cut(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> tuple[int, int]:
    """The document-property stream WPS writes when it saves a sheet as text (``KSOProductBuildVer,
    2052-…``, ``Title,``, ``Author,…`` then the sheet's name ``Sheet1``) and the names of the other
    sheets at the end (``Sheet2``): (lines it takes at the start, at the end); (0, 0) when the text
    opens with fewer than ``property_stream_min_lines`` such lines. No part of any form."""
    k = 0
    while k < len(lines) and not lines[k].strip():
        k += 1
    start = k
    while k < len(lines) and _PROPERTY_LINE.match(lines[k].strip()):
        k += 1
    if k - start < settings.property_stream_min_lines:
        return 0, 0
    if k < len(lines) and _SHEET_NAME.match(lines[k].strip()):
        k += 1
    end = len(lines)
    while end > k and (not lines[end - 1].strip() or _SHEET_NAME.match(lines[end - 1].strip())):
        end -= 1
    return k, len(lines) - end


def csv_sheet_lines(lines: Sequence[str], saved_sheet: bool = False,
                    settings: LayoutSettings = DEFAULT_SETTINGS) -> list[str] | None:
    """A sheet saved as CSV as the tab rows a converter would have written (the rows shape reads
    both alike, as they read a sheet's rows), or None when the text is no CSV. A record of one
    filled field before the sheet's first row of two or after its last (a title, page chrome, a
    signature line, padded to the sheet's width) is a plain line; an empty record an empty line;
    a cell's line breaks blanks. ``saved_sheet``: the text is known to be a sheet (its property
    stream said so), read as CSV whatever its records' widths (a one-column sheet's quoted cells)."""
    if not saved_sheet and not is_comma_separated(lines, settings):
        return None
    records = [[_CELL_LINE_BREAK.sub(" ", c).strip() for c in r] for r in csv_records("\n".join(lines))]
    rows = [k for k, r in enumerate(records) if sum(1 for c in r if c) >= 2]
    first, last = (rows[0], rows[-1]) if rows else (0, len(records))
    out: list[str] = []
    for k, cells in enumerate(records):
        filled = [c for c in cells if c]
        if not filled:
            out.append("")
        elif len(filled) == 1 and not first <= k <= last:
            out.append(filled[0])
        else:
            out.append("\t".join(cells))
    return out


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
