"""The skeleton every shape builder follows (camelot's ``BaseParser``: one order, flavour hooks).

``Builder.build`` fixes the order — ``detect`` (how sure is it this shape, 0 = not at all) →
``rows_and_columns`` (cells of each row, guesses noted) → ``make`` (the ``Grid`` or
``CellStream``, with its ``ShapeReport``). A builder supplies the hooks and reads every threshold
from its ``LayoutSettings``.

Builders read the document model's flat lines (``Line``): a row line carries its cells, a paragraph
line its raw text. ``lines_of_text`` makes such lines from plain text.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar, Sequence

from jixiao.extract.document import Line
from jixiao.extract.layout.grid import (
    CellStream, Grid, RowSource, Shape, ShapedTable, ShapeReport, StreamCell,
)
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings

#: One row as a builder found it: its cells (``None`` = covered by a span) and the line it came from.
RawRow = tuple[list[str | None], Line]


def source_of(line: Line) -> RowSource:
    return RowSource(line.page, line.line_no, line.source_text)


def lines_of_text(text: str, page: int | None = None, first_line_no: int = 1) -> list[Line]:
    """Plain text → one paragraph line per text line (blank lines kept: they may be empty cells)."""
    return [Line((t,), False, page, first_line_no + i, t) for i, t in enumerate(text.split("\n"))]


class Builder(ABC):
    shape: ClassVar[Shape]
    #: whether the rows (or the stream) this builder makes keep their empty cells: decided here, once,
    #: for the family parsers (``Line.blanks_kept``: read a row by position, else by fit)
    blanks_kept: ClassVar[bool] = True

    def __init__(self, settings: LayoutSettings = DEFAULT_SETTINGS) -> None:
        self.settings = settings

    def build(self, lines: Sequence[Line]) -> ShapedTable | None:
        """The lines as this shape's table, or None when they are not this shape."""
        confidence = self.detect(lines)
        if confidence <= 0:
            return None
        guesses: list[str] = []
        rows = self.rows_and_columns(lines, guesses)
        return self.make(rows, ShapeReport(self.shape, min(1.0, confidence), tuple(guesses)))

    @abstractmethod
    def detect(self, lines: Sequence[Line]) -> float:
        """How sure the builder is that the lines are its shape: 0 (not) to 1 (certain)."""

    @abstractmethod
    def rows_and_columns(self, lines: Sequence[Line], guesses: list[str]) -> list[RawRow]:
        """The rows and their cells; what had to be guessed is appended to ``guesses``."""

    def make(self, rows: list[RawRow], report: ShapeReport) -> ShapedTable:
        """Default: a grid of the rows as found."""
        return Grid.from_rows([cells for cells, _ in rows], [source_of(l) for _, l in rows], report,
                              blanks_kept=self.blanks_kept)


class StreamBuilder(Builder, ABC):
    """Builders whose output is a cell stream: each raw row is one cell."""

    def make(self, rows: list[RawRow], report: ShapeReport) -> CellStream:
        cells = tuple(StreamCell((cells[0] or "") if cells else "", source_of(line)) for cells, line in rows)
        return CellStream(cells, self.keeps_blanks(rows), report)

    def keeps_blanks(self, rows: list[RawRow]) -> bool:
        return self.blanks_kept


def best_table(builders: Sequence[Builder], lines: Sequence[Line]) -> ShapedTable | None:
    """The table of the builder most sure of its shape (the first one on a tie)."""
    ranked = sorted(((b.detect(lines), n, b) for n, b in enumerate(builders)), key=lambda t: (-t[0], t[1]))
    for confidence, _, builder in ranked:
        if confidence > 0:
            return builder.build(lines)
    return None
