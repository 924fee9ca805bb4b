"""The one table type of the shape layer, and its quality report.

Whatever shape a table arrived in (tab rows, a Word table with merged cells, ``pdftotext -layout``
columns, one cell per line, one glued run), a builder turns it into either

* a ``Grid``: rows of cells, all rows as wide as the table. ``""`` is an empty cell; ``None`` is a
  position covered by a spanning (merged) cell, whose text stands at the span's top-left position
  (pdfplumber's ``Table.extract`` makes the same distinction: filling down a merged 一级指标 cell
  needs it). Each row knows its page, source line and source text; or
* a ``CellStream``: cells in reading order whose row breaks are unknown (one cell per line, per
  paragraph, PDF content order). The column reader chooses the row breaks.

Both carry a ``ShapeReport`` (camelot's ``parsing_report``): the shape, how sure the builder is,
and what it had to guess.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from typing import Iterable, Sequence, Union

from jixiao.extract.document import Line


class Shape(str, Enum):
    """The text shapes a table can arrive in (each has one builder)."""

    ROWS = "rows"                    # tab, pipe, CSV rows; tables built by the PDF/DOCX/XLSX readers
    LAYOUT = "layout"                # pdftotext -layout: columns from character offsets
    SPACED = "spaced"                # cells split by single blanks, a whole form on one line
    STREAM = "stream"                # one cell per line or per paragraph
    GLUED = "glued"                  # no separators at all
    STREAM_ORDER = "stream_order"    # PDF content order: a block's values first, labels later


@dataclass(frozen=True)
class ShapeReport:
    """How a table was read: its shape, how sure the builder is (0–1) and what it guessed."""

    shape: Shape
    confidence: float
    guesses: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence is between 0 and 1, not {self.confidence!r}")

    def guessed(self, *notes: str) -> ShapeReport:
        return replace(self, guesses=self.guesses + tuple(notes))


@dataclass(frozen=True)
class RowSource:
    """Where a grid row or a stream cell came from."""

    page: int | None
    line_no: int | None
    text: str


@dataclass(frozen=True)
class Span:
    """A merged cell: its top-left position and how many rows and columns it covers."""

    row: int
    col: int
    row_span: int = 1
    col_span: int = 1


@dataclass(frozen=True)
class Grid:
    rows: tuple[tuple[str | None, ...], ...]
    sources: tuple[RowSource, ...]
    report: ShapeReport
    spans: tuple[Span, ...] = ()
    #: each cell stands in its column (an empty one ``""``); False when the builder's rows lost their
    #: empty cells (PDF line-major rows): their cells are read by fit, not by position
    blanks_kept: bool = True

    def __post_init__(self) -> None:
        if len(self.sources) != len(self.rows):
            raise ValueError(f"a grid of {len(self.rows)} rows needs {len(self.rows)} row sources, "
                             f"not {len(self.sources)}")
        widths = {len(r) for r in self.rows}
        if len(widths) > 1:
            raise ValueError(f"grid rows differ in width: {sorted(widths)}")
        for s in self.spans:
            if not (0 <= s.row < len(self.rows) and 0 <= s.col < self.width
                    and s.row + s.row_span <= len(self.rows) and s.col + s.col_span <= self.width):
                raise ValueError(f"span {s} lies outside the {len(self.rows)}×{self.width} grid")

    # -- building ----------------------------------------------------------------------------
    @classmethod
    def from_rows(cls, rows: Sequence[Sequence[str | None]], sources: Sequence[RowSource],
                  report: ShapeReport, spans: Sequence[Span] = (), blanks_kept: bool = True) -> Grid:
        """Rows of any widths → a grid; short rows are padded with empty cells on the right."""
        width = max((len(r) for r in rows), default=0)
        padded = tuple(tuple(r) + ("",) * (width - len(r)) for r in rows)
        return cls(padded, tuple(sources), report, tuple(spans), blanks_kept)

    # -- reading -----------------------------------------------------------------------------
    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    @property
    def height(self) -> int:
        return len(self.rows)

    def texts(self, r: int) -> list[str]:
        """Row r's cells as text: a covered position reads as an empty cell."""
        return [c or "" for c in self.rows[r]]

    def filled(self, r: int) -> list[str]:
        """Row r's non-empty cells, stripped."""
        return [c.strip() for c in self.rows[r] if c and c.strip()]

    def span_at(self, r: int, c: int) -> Span | None:
        """The merged cell covering position (r, c), if any."""
        return next((s for s in self.spans if s.row <= r < s.row + s.row_span
                     and s.col <= c < s.col + s.col_span), None)

    def copy_spanning_text(self, vertical: bool = True, horizontal: bool = False) -> Grid:
        """A grid whose covered positions hold their merged cell's text (camelot's
        ``copy_spanning_text``): fills a merged 一级指标 cell down its rows."""
        rows = [list(r) for r in self.rows]
        for s in self.spans:
            text = self.rows[s.row][s.col]
            for r in range(s.row, s.row + s.row_span):
                for c in range(s.col, s.col + s.col_span):
                    if (r, c) == (s.row, s.col):
                        continue
                    if (r != s.row and vertical) or (c != s.col and horizontal):
                        rows[r][c] = text
        return replace(self, rows=tuple(tuple(r) for r in rows))

    def to_lines(self) -> list[Line]:
        """The rows as the document model's flat lines (covered positions blank)."""
        return [Line(tuple(self.texts(r)), True, src.page, src.line_no, src.text, self.blanks_kept)
                for r, src in enumerate(self.sources)]


@dataclass(frozen=True)
class StreamCell:
    text: str
    source: RowSource


@dataclass(frozen=True)
class CellStream:
    """Cells in reading order, row breaks unknown. ``blanks_kept``: empty cells stand in the stream
    (an HTML table flattened), so a row is a fixed number of cells; otherwise they vanished."""

    cells: tuple[StreamCell, ...]
    blanks_kept: bool
    report: ShapeReport

    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    def filled(self) -> list[StreamCell]:
        return [c for c in self.cells if c.text.strip()]

    def to_grid(self, breaks: Iterable[int], report: ShapeReport | None = None) -> Grid:
        """The grid whose rows start at the given cell indexes (the first row starts at 0); its rows
        keep blank cells when the stream did."""
        starts = sorted({0, *breaks} - {len(self.cells)})
        if any(not 0 <= b < len(self.cells) for b in starts) and self.cells:
            raise ValueError(f"row breaks {starts} lie outside a stream of {len(self.cells)} cells")
        bounds = list(zip(starts, starts[1:] + [len(self.cells)]))
        rows = [[c.text for c in self.cells[a:b]] for a, b in bounds] if self.cells else []
        sources = [RowSource(self.cells[a].source.page, self.cells[a].source.line_no,
                             " ".join(c.text for c in self.cells[a:b] if c.text)) for a, b in bounds] \
            if self.cells else []
        return Grid.from_rows(rows, sources, report or self.report, blanks_kept=self.blanks_kept)

    def to_lines(self) -> list[Line]:
        """One paragraph line per cell (the flat view one-cell-per-line text has)."""
        return [Line((c.text,), False, c.source.page, c.source.line_no, c.source.text) for c in self.cells]


ShapedTable = Union[Grid, CellStream]


class RewrittenLines(list[str]):
    """A text's lines as a shape-layer reading rewrote them (``content_order_text`` …), and the
    indexes of the tab rows it wrote whose empty cells are gone (``blanks_dropped``: PDF line-major
    rows, ``覆盖行政村数量 = 5 个 12`` with no 完成值 or 得分): the table those rows stand in keeps
    no blanks, and its rows are read by fit, not by position."""

    def __init__(self, lines: Iterable[str] = (), blanks_dropped: Iterable[int] = ()) -> None:
        super().__init__(lines)
        self.blanks_dropped: frozenset[int] = frozenset(blanks_dropped)

