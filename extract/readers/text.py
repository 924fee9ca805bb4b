"""Text inputs (.txt, .md, .html text already pulled out of PDFs or Word files by other tools).

Bytes are decoded with a detected encoding (BOM, UTF-16 without BOM, UTF-8, GB18030), converter
markup is removed, and each line becomes a paragraph or, when it holds tab or pipe separated cells,
a table row. Form feeds (pdftotext page breaks) give page numbers. Which shape the text has (CSV,
rows, one cell per line or per paragraph) is decided by the shape layer (``extract/layout``).
"""

from __future__ import annotations

import codecs

import regex as re

from jixiao.extract.document import Cell, Document, Paragraph, Table
from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.layout.broken_cells import broken_header_rows
from jixiao.extract.layout.columns_layout import find_layout_blocks
from jixiao.extract.layout.content_order import captioned_line_major_tables, content_order_text
from jixiao.extract.layout.grid import Grid, RewrittenLines, RowSource, Shape, ShapeReport
from jixiao.extract.layout.indicator_stream import rows_of_indicator_stream
from jixiao.extract.layout.pages import joined_page_pieces, without_page_furniture
from jixiao.extract.layout.raw_rows import cell_join_notes, kept_rows_text, operators_put_back, raw_rows_text
from jixiao.extract.layout.rows import csv_sheet_lines, property_stream_cut, split_row
from jixiao.extract.layout.glued_form import joined_wrapped_runs
from jixiao.extract.layout.glued_cells import cut_glued_run, glued_rows_text, is_glued_run
from jixiao.extract.layout.spaced import is_spaced_run
from jixiao.extract.layout.columns import join_wrapped_column_words, spaced_words
from jixiao.extract.layout.stream_order import restore_stream_order
from jixiao.extract.layout.settings import DEFAULT_SETTINGS
from jixiao.extract.layout.split_header import join_split_header_cells, join_split_header_stream
from jixiao.extract.layout.stream import (
    is_cell_per_line,
    is_cell_per_paragraph,
    kept_stream_cells,
    regroup_dropped_streams,
    rows_of_kept_stream,
    rows_of_transposed_stream,
    terminated_cell,
)
from jixiao.normalize.text import is_rule_line, strip_converter_markup

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_PLAUSIBLE = re.compile(r"[\p{Han}\p{Latin}\p{N}\p{P}\p{S}\s]")


def _plausible(text: str) -> bool:
    """Real text: few control characters, and mostly letters, digits, CJK, punctuation, blanks."""
    if not text.strip():
        return True
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        return False
    good = len(_PLAUSIBLE.findall(sample))
    return good / len(sample) > 0.97


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes → (text, encoding name). Raises UnreadableDocument when no encoding gives text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise UnreadableDocument(f"file starts with a {encoding} byte-order mark but is not "
                                         f"valid {encoding} text ({exc.reason} at byte {exc.start})")
    head = data[:4000]
    if head.count(0) > len(head) // 4:                     # UTF-16 without a BOM
        even_zeros = head[0::2].count(0)
        odd_zeros = head[1::2].count(0)
        encoding = "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
        try:
            text = data.decode(encoding)
            if _plausible(text):
                return text, encoding
        except UnicodeDecodeError:
            pass
        raise UnreadableDocument("file holds binary data (NUL bytes), not text: if it is a PDF, "
                                 "Word or Excel file, give it its proper extension")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if len(data) % 2 == 0:                                  # UTF-16 without BOM, CJK-heavy (few NULs)
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if ("\n" in text or "\t" in text) and _plausible(text):
                return text, encoding
    for encoding in ("gb18030",):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text, encoding
    raise UnreadableDocument("cannot decode the text: it is not UTF-8, UTF-16 or GB18030/GBK "
                             "(re-save it as UTF-8, or check that it is a text file at all)")


def _table_of_grid(grid: Grid, page: int | None, line_no: int) -> Table:
    """A layout grid as a document table: merged cells keep their span, covered positions go."""
    spans = {(s.row, s.col): s.col_span for s in grid.spans}
    rows = tuple(tuple(Cell(text, r, c, 1, spans.get((r, c), 1)) for c, text in enumerate(row) if text is not None)
                 for r, row in enumerate(grid.rows))
    return Table(rows, page, line_no, tuple(src.text.replace("\n", " ") for src in grid.sources),
                 blanks_kept=grid.blanks_kept)


_KEPT_STREAM_NOTE = "a stream of cells with its blank cells kept, cut into rows of its header's width"
_TRANSPOSED_STREAM_NOTE = "a stream of cells holding a transposed summary, cut into rows at its row labels"
_INDICATOR_STREAM_NOTE = "a stream of cells holding an indicator table, cut into level words and indicator rows"


def _grid_of_rows(rows: list[list[str]], row_lines: list[int], note: str = _KEPT_STREAM_NOTE) -> Grid:
    """Rows regrouped from a stream of cells, each row's source the line of its first cell."""
    sources = [RowSource(None, n + 1, " | ".join(row)) for row, n in zip(rows, row_lines)]
    return Grid.from_rows(rows, sources, ShapeReport(Shape.STREAM, 0.9, (note,)))


def read_text(data: bytes, source_format: str = "txt") -> Document:
    """Read converter text into the document model."""
    text, encoding = decode_text(data)
    if not text.strip():
        raise UnreadableDocument("file has no text (only blanks)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    head, tail = property_stream_cut(lines)                 # WPS's property stream, sheet names
    if head or tail:
        lines = lines[head:len(lines) - tail]
        text = "\n".join(lines)
    fed = "\f" in text
    if (kept := without_page_furniture(lines)) is not None:     # page numbers, a running header
        lines = kept
        text = "\n".join(lines)
    if (joined := joined_page_pieces(lines)) is not None:      # a table the page break cut: one table
        lines = joined
        text = "\n".join(lines)
    if not fed and "\f" in text:                   # page breaks marked at page numbers for the join only
        lines = [line.replace("\f", "") for line in lines]
        text = "\n".join(lines)
    if (unwrapped := joined_wrapped_runs(lines)) is not None:     # a glued form a page wrapped: one line
        lines = unwrapped
        text = "\n".join(lines)
    if "\t" not in text and (sheet := csv_sheet_lines(lines, saved_sheet=head > 0)) is not None:
        text = "\n".join(sheet)                             # a sheet saved as CSV: read as tab rows
        lines = sheet
    if (placed := operators_put_back(lines)) != lines:     # PDF content order, ≥ printed above its line
        lines = placed
    if (joined_header := join_split_header_stream(lines)) != lines:   # a header split over two rows
        lines = joined_header
        text = "\n".join(lines)
        text = "\n".join(lines)
    runs = raw_rows_text(lines)                             # PDF content order, rows on their lines
    join_notes = cell_join_notes(lines) if runs is not None else []
    if runs is None:
        runs = captioned_line_major_tables(lines)           # prose, its numbered tables line-major
    if runs is None:
        runs = content_order_text(lines)
    if runs is None:
        runs = kept_rows_text(lines)                        # PDF content order, no cell wrapped
    if runs is None:
        runs = glued_rows_text(lines)                       # cells run together, a row a line
    # the tab rows a reading wrote without their blank cells (PDF line-major rows): line indexes
    blanks_dropped: frozenset[int] = frozenset()
    if runs is not None:                                    # PDF text of wrapped columns
        text = "\n".join(runs)
        lines = text.split("\n")
        if isinstance(runs, RewrittenLines) and len(lines) == len(runs):
            blanks_dropped = runs.blanks_dropped
    order_notes: list[str] = []
    if (reordered := restore_stream_order(lines)) is not None:    # PDF content order, values first
        text, order_notes = "\n".join(reordered.lines), reordered.notes
        lines = text.split("\n")
        blanks_dropped = frozenset()
    blocks: list[Paragraph | Table] = []
    rows: list[tuple[Cell, ...]] = []
    row_sources: list[str] = []
    rows_kept_blanks = True
    table_start: int | None = None
    page = 1
    has_pages = "\f" in text
    table_page: int | None = None
    cell_per_line = is_cell_per_line(lines)
    cell_per_paragraph = not cell_per_line and is_cell_per_paragraph(lines)
    layout: dict[int, tuple[int, Grid]] = {}
    if not (cell_per_line or cell_per_paragraph):      # pdftotext -layout: columns by offsets
        layout = {start: (end, grid) for start, end, grid in find_layout_blocks(lines)}
    # a row table flattened to one cell per line, blank cells kept: a header's width of cells a row
    # (plain lines are tried both ways: an empty line an empty cell, or a paragraph break)
    readings = [(cell_per_line, cell_per_paragraph)] + ([(False, True)] if not (cell_per_line or cell_per_paragraph) else [])
    for bar_ended, paragraphs in readings:
        stream = kept_stream_cells(lines, bar_ended, paragraphs)
        texts = [c for _, c in stream]
        found = [(end, cells, starts, _KEPT_STREAM_NOTE)
                 for end, cells, starts in rows_of_kept_stream(texts, blanks_seen=bar_ended or paragraphs)]
        # a transposed summary (指标 | dimensions, then 权重 and 得分 rows): its row labels cut it
        found += [(end, cells, starts, _TRANSPOSED_STREAM_NOTE)
                  for end, cells, starts in rows_of_transposed_stream(texts)]
        # an indicator table with value columns (权重, 得分 …): level words alone, an indicator a full row
        found += [(end, cells, starts, _INDICATOR_STREAM_NOTE)
                  for end, cells, starts in rows_of_indicator_stream(texts)]
        for end, cells, starts, note in found:
            start, stop = stream[starts[0]][0], stream[end - 1][0] + 1
            lines_used = [n for n, _ in stream[starts[0]:end]]
            if paragraphs and not cell_per_paragraph and any(b - a != 2 for a, b in zip(lines_used, lines_used[1:])):
                continue                 # plain lines read as paragraphs: only cells between empty lines
            if not any(start < e and b < stop for b, (e, _) in layout.items()):
                layout[start] = (stop, _grid_of_rows(cells, [stream[k][0] for k in starts], note))
    # a header row whose cells hold line breaks (``一级\n指标``): its lines joined back into one row
    broken: dict[int, tuple[int, str]] = {}
    if not (cell_per_line or cell_per_paragraph):
        broken = {start: found for start, found in broken_header_rows(lines).items()
                  if not any(start < e and b < found[0] for b, (e, _) in layout.items())}
    layout_end = 0
    broken_end = 0

    def flush() -> None:
        nonlocal rows, row_sources, table_start, rows_kept_blanks
        if rows:
            blocks.append(Table(tuple(rows), table_page, table_start, tuple(row_sources),
                                blanks_kept=rows_kept_blanks))
        rows, row_sources, table_start, rows_kept_blanks = [], [], None, True

    for line_no, raw in enumerate(lines, start=1):
        if line_no - 1 < layout_end or line_no - 1 in layout:
            page += raw.count("\f")
            if line_no - 1 in layout:
                flush()
                layout_end, grid = layout[line_no - 1]
                blocks.append(_table_of_grid(grid, page if has_pages else None, line_no))
            continue
        if line_no - 1 < broken_end:
            continue
        if line_no - 1 in broken:
            broken_end, raw = broken[line_no - 1]
        pieces = raw.split("\f")
        for i, piece in enumerate(pieces):
            if i > 0:
                page += 1
            line = strip_converter_markup(piece)
            if is_rule_line(line) and ("-" in line or "—" in line):
                continue
            page_no = page if has_pages else None
            if cell_per_paragraph:
                if piece and not piece.strip():          # a line of blanks: an empty cell
                    blocks.append(Paragraph("", page_no, line_no))
                elif piece.strip():
                    blocks.append(Paragraph(line.strip(), page_no, line_no))
                continue
            if cell_per_line and (cell := terminated_cell(line)) is not None:
                flush()                 # one cell: kept even when empty, its position is data
                blocks.append(Paragraph(cell, page_no, line_no))
                continue
            if (cell := terminated_cell(line)) is not None and "|" not in cell \
                    and len(cell) >= DEFAULT_SETTINGS.glued_min_run_length:
                line = cell              # a whole form in one cell closed by its bar: the cell
            if is_spaced_run(line):      # a whole form on one line, cells split by single blanks
                flush()
                cells_of_run = join_wrapped_column_words(join_split_header_cells(spaced_words(line)))
                blocks.extend(Paragraph(cell, page_no, line_no) for cell in cells_of_run)
                continue
            if is_glued_run(line):       # a whole form run together without any separator
                flush()
                blocks.extend(Paragraph(cell, page_no, line_no) for cell in cut_glued_run(line))
                continue
            cells = split_row(line, in_table=bool(rows))
            if cells is not None:
                if table_start is None:
                    table_start, table_page = line_no, page_no
                rows.append(tuple(Cell(c, len(rows), j) for j, c in enumerate(cells)))
                row_sources.append(piece)
                rows_kept_blanks = rows_kept_blanks and line_no - 1 not in blanks_dropped
                continue
            flush()
            if line.strip():
                blocks.append(Paragraph(line, page_no, line_no))
    flush()
    # a row table flattened to one cell per line (or one line) with its blank cells dropped
    regrouped, notes = regroup_dropped_streams(blocks)
    return Document(source_format, tuple(regrouped), "native", page if has_pages else None, encoding,
                    tuple(order_notes + join_notes + notes))
