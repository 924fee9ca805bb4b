"""The one document model every reader produces and every form parser reads.

A document is a sequence of blocks in reading order: paragraphs (one line of text) and tables
(rows of cells, merged cells carrying their span). Every block knows its page and where in the
source it came from, so every extracted row can be traced back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Cell:
    text: str
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1


@dataclass(frozen=True)
class Table:
    """Rows of cells. A position covered by a spanning cell is absent from ``rows`` (readers that
    only know blanks, such as converter text, give ``""`` cells instead)."""

    rows: tuple[tuple[Cell, ...], ...]
    page: int | None = None
    line_no: int | None = None                      # first source line, for text inputs
    source_lines: tuple[str, ...] = ()
    row_pages: tuple[int, ...] = ()                 # page of each row, for tables across pages
    #: each cell stands in its column, an empty one as ``""`` (False: the shape that printed the rows
    #: dropped their empty cells, as PDF line-major page text does: a row's cells are read by fit)
    blanks_kept: bool = True

    def page_of_row(self, r: int) -> int | None:
        return self.row_pages[r] if r < len(self.row_pages) else self.page


@dataclass(frozen=True)
class Paragraph:
    text: str
    page: int | None = None
    line_no: int | None = None


Block = Union[Paragraph, Table]


@dataclass(frozen=True)
class Line:
    """The flat view form parsers read: one table row (several cells) or one paragraph (one cell).

    ``blanks_kept``: the row's cells stand in their columns (an empty cell kept as ``""``), so a
    family reads them by position; otherwise by fit (their value shapes against the columns). A
    paragraph's cells are its words split at blanks: it never keeps them."""

    cells: tuple[str, ...]
    is_row: bool
    page: int | None
    line_no: int | None
    source_text: str
    blanks_kept: bool = True
    #: other readings of a row whose cells the shape layer cut from a run with no separator (each as
    #: many cells as ``cells``, in the same columns), when its shapes could not tell them apart: the
    #: family decides by the table's own sums (weights adding up to the total).
    alternatives: tuple[tuple[str, ...], ...] = ()

    def __post_init__(self) -> None:
        if not self.is_row and self.blanks_kept:
            object.__setattr__(self, "blanks_kept", False)

    @property
    def text(self) -> str:
        return "\t".join(self.cells) if self.is_row else self.cells[0]

    @property
    def nonempty_cells(self) -> tuple[str, ...]:
        return tuple(c for c in self.cells if c.strip())


@dataclass(frozen=True)
class Document:
    source_format: str
    blocks: tuple[Block, ...]
    text_source: str = "native"                      # text_layer | ocr | native
    n_pages: int | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def lines(self) -> list[Line]:
        """Blocks flattened to lines; a merged cell's text stands in its first row and column, the
        rows below it are blank there (the shape converter text has), and the columns it spans to
        its right are no cells of any row it covers, unless it runs to the table's right edge (a row
        then keeps the table's width): a row is read in the cells its table drew for it (a form whose
        head and indicator rows split the page differently prints one grid of both in a PDF:
        ``二级指标`` over two of its columns is one cell of the indicator rows)."""
        out: list[Line] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                out.append(Line((block.text,), False, block.page, block.line_no, block.text))
                continue
            width = max((c.col + c.col_span for row in block.rows for c in row), default=0)
            spanned = {(r + dr, c.col + dc) for r, row in enumerate(block.rows) for c in row
                       if 1 < c.col_span and c.col + c.col_span < width
                       for dr in range(c.row_span) for dc in range(1, c.col_span)}
            for r, row in enumerate(block.rows):
                cells = [""] * width
                for c in row:
                    cells[c.col] = c.text
                cells = [text for k, text in enumerate(cells) if (r, k) not in spanned]
                source = block.source_lines[r] if r < len(block.source_lines) else "\t".join(cells)
                line_no = (block.line_no + r) if block.line_no is not None else None
                out.append(Line(tuple(cells), True, block.page_of_row(r), line_no, source, block.blanks_kept))
        return out

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines())
