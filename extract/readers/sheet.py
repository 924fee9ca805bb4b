"""One worksheet's cells → document blocks: the shape shared by the .xlsx and .xls readers.

A reader hands over a ``SheetGrid``: the text of every non-empty cell (already formatted as the
sheet shows it, ``extract.readers.cell_text``), the merge ranges, and the hidden rows and columns.
``sheet_blocks`` turns it into blocks in reading order (top to bottom):

* hidden rows and columns are left out, as they are when the sheet is printed; a merge keeps the
  span it has over the visible rows and columns;
* a merged range becomes one cell with ``row_span``/``col_span``, its text (Excel keeps only the
  top-left cell's value) in its first visible row and column; the positions it covers are absent;
* the sheet is cut into separate tables at fully blank rows (rows no text and no merged text
  crosses), so forms stacked down one sheet, or a form and its notes, are separate tables;
* a row holding one text only becomes a paragraph when that text is merged across the whole used
  width (a title row such as ``财政项目支出绩效目标表``) or stands above or below every row of its
  table that has two or more cells (a caption such as ``附件2`` or ``单位：万元``), as a PDF's
  one-cell table does;
* columns are numbered from the sheet's first used column, so stacked tables line up.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.extract.document import Block, Cell, Document, Paragraph, Table
from jixiao.extract.errors import UnreadableDocument


@dataclass(frozen=True)
class Merge:
    """A merged range, 0-based, last row and column included."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int


@dataclass(frozen=True)
class SheetGrid:
    name: str
    texts: dict[tuple[int, int], str]                     # (row, col) 0-based → shown text
    merges: tuple[Merge, ...] = ()
    hidden_rows: frozenset[int] = field(default_factory=frozenset)
    hidden_cols: frozenset[int] = field(default_factory=frozenset)

    @property
    def has_text(self) -> bool:
        return any(t.strip() for t in self.texts.values())


@dataclass(frozen=True)
class _Placed:
    """A cell at its place among the visible rows and columns."""

    text: str
    row: int
    col: int
    row_span: int
    col_span: int


def _place_cells(grid: SheetGrid) -> tuple[list[_Placed], int]:
    """Every visible cell (merged ranges as one) at visible-row/column indices; and the width."""
    occupied = [(r, c) for (r, c), t in grid.texts.items() if t.strip()]
    for m in grid.merges:
        if grid.texts.get((m.first_row, m.first_col), "").strip():
            occupied += [(m.first_row, m.first_col), (m.last_row, m.last_col)]
    if not occupied:
        return [], 0
    rows = [r for r in range(min(r for r, _ in occupied), max(r for r, _ in occupied) + 1)
            if r not in grid.hidden_rows]
    cols = [c for c in range(min(c for _, c in occupied), max(c for _, c in occupied) + 1)
            if c not in grid.hidden_cols]
    row_index = {r: i for i, r in enumerate(rows)}
    col_index = {c: i for i, c in enumerate(cols)}
    covered: set[tuple[int, int]] = set()
    placed: list[_Placed] = []
    for m in grid.merges:
        merged_rows = [r for r in range(m.first_row, m.last_row + 1) if r in row_index]
        merged_cols = [c for c in range(m.first_col, m.last_col + 1) if c in col_index]
        covered.update((r, c) for r in range(m.first_row, m.last_row + 1)
                       for c in range(m.first_col, m.last_col + 1))
        if not merged_rows or not merged_cols:
            continue                                    # wholly hidden, or outside the used range
        placed.append(_Placed(grid.texts.get((m.first_row, m.first_col), ""),
                              row_index[merged_rows[0]], col_index[merged_cols[0]],
                              len(merged_rows), len(merged_cols)))
    for (r, c), text in grid.texts.items():
        if (r, c) not in covered and r in row_index and c in col_index and text.strip():
            placed.append(_Placed(text, row_index[r], col_index[c], 1, 1))
    return placed, len(cols)


def _is_paragraph_row(cells: list[_Placed], width: int) -> bool:
    texts = [c for c in cells if c.text.strip()]
    return len(texts) == 1 and texts[0].col == 0 and texts[0].col_span >= width > 1


def sheet_blocks(grid: SheetGrid, page: int | None) -> list[Block]:
    """The sheet's blocks, top to bottom (see the module docstring)."""
    placed, width = _place_cells(grid)
    if not placed:
        return []
    n_rows = max(c.row + c.row_span for c in placed)
    starting: list[list[_Placed]] = [[] for _ in range(n_rows)]
    carries_text = [False] * n_rows
    for cell in placed:
        starting[cell.row].append(cell)
        if cell.text.strip():
            for r in range(cell.row, cell.row + cell.row_span):
                carries_text[r] = True
    segments: list[list[int]] = [[]]
    for r in range(n_rows):
        if carries_text[r]:
            segments[-1].append(r)
        elif segments[-1]:
            segments.append([])
    blocks: list[Block] = []
    for segment in (s for s in segments if s):
        blocks.extend(_segment_blocks(segment, starting, width, page))
    return blocks


def _segment_blocks(segment: list[int], starting: list[list[_Placed]], width: int,
                    page: int | None) -> list[Block]:
    """Rows between blank rows → paragraphs (titles, captions) and tables."""
    multi = [r for r in segment if sum(1 for c in starting[r] if c.text.strip()) >= 2]
    first_multi, last_multi = (multi[0], multi[-1]) if multi else (None, None)
    blocks: list[Block] = []
    run: list[int] = []

    def spans_below(r: int) -> bool:                  # a vertical merge ties the row to the next
        return any(c.row_span > 1 for c in starting[r])

    def flush() -> None:
        if run:
            blocks.append(_table(run, starting, page))
            run.clear()

    for r in segment:
        texts = [c for c in starting[r] if c.text.strip()]
        outside = first_multi is None or r < first_multi or r > last_multi
        single = len(texts) == 1 and not spans_below(r) and not _run_continues_merge(run, starting, r)
        if single and (_is_paragraph_row(starting[r], width) or outside):
            flush()
            blocks.append(Paragraph(texts[0].text, page))
        else:
            run.append(r)
    flush()
    return blocks


def _run_continues_merge(run: list[int], starting: list[list[_Placed]], r: int) -> bool:
    """True when a cell of the current table run spans down into row ``r``."""
    return any(c.row + c.row_span > r for q in run for c in starting[q])


def _table(rows: list[int], starting: list[list[_Placed]], page: int | None) -> Table:
    first, last = rows[0], rows[-1]
    out = []
    for r in rows:
        cells = sorted(starting[r], key=lambda c: c.col)
        out.append(tuple(Cell(c.text, c.row - first, c.col, min(c.row_span, last - c.row + 1),
                              c.col_span) for c in cells))
    return Table(tuple(out), page)


def workbook_document(grids: list[tuple[int, SheetGrid, bool]], source_format: str,
                      notes: list[str]) -> Document:
    """(tab position, grid, hidden?) of every worksheet → the Document; shared by the .xlsx and
    .xls readers. Raises UnreadableDocument when no visible sheet holds text."""
    blocks: list[Block] = []
    warnings_out = list(notes)
    hidden_with_text = []
    for page, grid, hidden in grids:
        if hidden:
            if grid.has_text:
                hidden_with_text.append(grid.name)
                warnings_out.append(f"sheet {grid.name!r} is hidden: not read")
            continue
        if grid.hidden_rows or grid.hidden_cols:
            warnings_out.append(f"sheet {grid.name!r}: {len(grid.hidden_rows)} hidden rows and "
                                f"{len(grid.hidden_cols)} hidden columns not read")
        blocks.extend(sheet_blocks(grid, page))
    if not blocks:
        hidden_note = (f"; hidden sheets {', '.join(hidden_with_text)} do: unhide them in Excel or "
                       f"WPS, save, and ingest again") if hidden_with_text else ""
        raise UnreadableDocument(f"the workbook's visible sheets hold no text{hidden_note}"
                                 + ("" if hidden_with_text else ": check that it is the right file"))
    return Document(source_format, tuple(blocks), "native", None, None, tuple(warnings_out))
