"""PDF with a text layer: ruled tables as tables, everything else as paragraphs, in reading order,
every block stamped with its 1-based page.

Each page is read through pdfium (``pdfium_page``: characters with their boxes, ruling-line edges,
in pdfplumber's shapes); cells come from the edges as pdfplumber's ``find_tables()`` finds them
(``pdf_cells``). A page pdfium would read differently (rotated page or text, a font without a
Unicode map, a form XObject …, see ``pdfium_page``) is read by pdfplumber instead, which is opened
only then. Both readings meet in ``page_blocks_of``.

The grid is rebuilt from the cell boxes' edges and a box covering several grid rows or columns
becomes one cell with ``row_span``/``col_span``: a merged 一级指标 cell is one cell, not a blank in
every row. Each character goes to the cell under its centre; a cell's text wrapped over several
lines is joined back into one value. A table continued at the top of the next page (same columns)
is joined to the table that ended the previous page, its repeated header row dropped and a row
split by the page break rejoined; each row keeps its own page.

Fake-bold glyphs printed twice are removed (``unique_chars``). A page whose text is missing or is
``(cid:123)`` garbage (fonts without a ToUnicode map) has no usable text layer and is read by OCR
(``extract.readers.ocr``) unless OCR is off, in which case a PDF with no usable page fails saying
it needs OCR.
"""

from __future__ import annotations

import bisect
import io
from dataclasses import dataclass, replace
from typing import Any, Iterable

import regex as re

from jixiao.extract.document import Cell, Document, Paragraph, Table
from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.layout.pages import running_header_blocks
from jixiao.extract.readers.pdf_cells import table_cells
from jixiao.extract.readers.pdf_text import extract_text, text_lines
from jixiao.extract.readers.pdfium_page import Fallback, open_pdf, page_count, page_size
from jixiao.extract.readers.pdfium_page import read_page as read_pdfium_page
from jixiao.normalize.text import is_page_footer, join_cell_lines

MAX_PAGES = 2000
#: Largest page side accepted, in points: the PDF format's own limit (200 inches).
MAX_PAGE_SIDE = 14400
#: Cell edges closer than this (PDF points) are the same grid line.
EDGE_TOLERANCE = 2.0
#: Text overflowing a table's outer border by up to this much (points) still belongs to its edge cell.
OVERFLOW = 50.0
_CID = re.compile(r"\(cid:\d+\)")
_BLANKS = re.compile(r"\s+")
#: The only characters ``str.split()`` takes for blanks and the regex ``\s`` does not.
_SPLIT_ONLY_BLANKS = frozenset("\x1c\x1d\x1e\x1f")

Char = dict[str, Any]
BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class PlacedTable:
    """A table with the x positions of its column edges, to tell a continued table on the next page."""

    table: Table
    col_edges: tuple[float, ...]


#: What a page gives: its tables (placed) and paragraphs, in reading order.
PageBlock = Paragraph | PlacedTable


def usable_text(text: str) -> bool:
    """False for an empty text layer or one that is mostly ``(cid:N)`` glyph codes."""
    if _SPLIT_ONLY_BLANKS.isdisjoint(text):      # the same as the regex, five times faster
        stripped = "".join(text.split())
    else:
        stripped = _BLANKS.sub("", text)
    if not stripped:
        return False
    garbage = sum(len(m) for m in _CID.findall(stripped))
    return garbage / len(stripped) < 0.3


#: OCR modes: ``auto`` reads pages without a usable text layer by OCR, ``off`` never OCRs (such a
#: PDF fails saying it needs OCR), ``force`` OCRs every page even when it has a text layer.
OCR_MODES = ("auto", "off", "force")


def read_pdf(data: bytes, source_format: str = "pdf", ocr: str = "auto",
             max_pages: int | None = None) -> Document:
    """A PDF → Document from its text layer; pages without one are read by OCR (``ocr`` mode). A
    PDF of more than ``max_pages`` pages (default ``MAX_PAGES``) is refused."""
    if ocr == "force":
        from jixiao.extract.readers.ocr import ocr_document
        return ocr_document(data, source_format)
    return _read_text_layer(data, source_format, ocr, max_pages or MAX_PAGES)


def _read_text_layer(data: bytes, source_format: str, ocr: str, max_pages: int) -> Document:
    """Every page through pdfium (``pdfium_page``); a page pdfium would read differently from
    pdfplumber (rotated, fake bold, no Unicode map …) through pdfplumber, opened only then."""
    with open_pdf(data) as document, _Pdfplumber(data) as plumber:
        n_pages = page_count(document)
        if n_pages <= 0:
            raise UnreadableDocument("the PDF has no pages: re-export it from its source (the file was probably cut short or written by a broken tool)")
        if n_pages > max_pages:
            raise UnreadableDocument(f"refused: the PDF has {n_pages} pages (limit {max_pages}): split "
                                     f"it, or raise the limit with --max-pages")
        for index in range(n_pages):
            width, height = page_size(document, index)
            if max(width, height) > MAX_PAGE_SIDE:
                raise UnreadableDocument(f"refused: page {index + 1} is {width:.0f} × {height:.0f} "
                                         f"points, over the PDF limit of {MAX_PAGE_SIDE}: check the file "
                                         f"(a damaged or hostile PDF)")
        placed: list[PageBlock] = []
        usable_pages = 0
        scanned_pages: list[int] = []
        for number in range(1, n_pages + 1):
            content = read_pdfium_page(document, number - 1)
            if isinstance(content, Fallback):
                page_blocks = plumber.read_page(number)
            else:
                try:
                    page_blocks = page_blocks_of(unique_chars(content.chars),
                                                 table_cells(content.edges), number)
                except Exception as exc:
                    raise UnreadableDocument(f"page {number} of the PDF cannot be read ({type(exc).__name__})")
            if page_blocks is None:
                scanned_pages.append(number)
                continue
            usable_pages += 1
            placed.extend(page_blocks)
    if usable_pages == 0 and ocr == "off":
        raise UnreadableDocument("the PDF has no text layer (a scan, or fonts without a text map): it "
                                 "needs OCR; run without --ocr off")
    if usable_pages == 0:
        from jixiao.extract.readers.ocr import ocr_document
        return ocr_document(data, source_format)
    blocks = document_blocks(placed)
    header = running_header_blocks(blocks)
    blocks = [b for n, b in enumerate(blocks) if n not in header]
    text_source = "text_layer"
    if scanned_pages and ocr == "auto":            # a mixed PDF: OCR the pages without text
        from jixiao.extract.readers.ocr import read_scanned_pdf
        ocr_blocks = read_scanned_pdf(data, scanned_pages)
        blocks = sorted([*blocks, *ocr_blocks], key=lambda b: b.page or 0)
        text_source = "text_layer+ocr"
    return Document(source_format, tuple(blocks), text_source, n_pages)


class _Pdfplumber:
    """The same PDF opened with pdfplumber on the first page that needs it (see ``Fallback``)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf: Any = None

    def __enter__(self) -> "_Pdfplumber":
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.pdf is not None:
            self.pdf.close()

    def read_page(self, number: int) -> list[PageBlock] | None:
        if self.pdf is None:
            self.pdf = open_pdfplumber(self.data)
        try:
            page = self.pdf.pages[number - 1]
        except Exception as exc:
            raise UnreadableDocument(f"the PDF is damaged: its page tree cannot be read ({type(exc).__name__})")
        try:
            return read_page(dedupe_chars(page), number)
        except Exception as exc:
            raise UnreadableDocument(f"page {number} of the PDF cannot be read ({type(exc).__name__})")
        finally:
            page.close()


def open_pdfplumber(data: bytes) -> Any:
    """``pdfplumber.open`` with its errors told as what to do."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfplumber wraps pdfminer's many error types
        causes = [exc, *exc.args, exc.__cause__, exc.__context__]
        if any(isinstance(c, (PDFPasswordIncorrect, PDFEncryptionError)) for c in causes):
            raise UnreadableDocument("the PDF is encrypted (password protected): save an unprotected copy")
        raise UnreadableDocument(f"the PDF is damaged and cannot be opened ({type(exc).__name__}): "
                                 f"re-export it from its source, or repair it (e.g. with qpdf)")


def dedupe_chars(page: Any, tolerance: float = 1.0) -> Any:
    """``page.dedupe_chars()`` with the same result (see ``unique_chars``); a page with nothing
    printed twice is returned as it is."""
    from pdfplumber.page import FilteredPage

    chars = page.chars
    kept = unique_chars(chars, tolerance)
    if len(kept) == len(chars):
        return page
    deduped = FilteredPage(page, lambda obj: True)
    deduped._objects = dict(page.objects)
    deduped._objects["char"] = kept
    return deduped


def unique_chars(chars: list[Char], tolerance: float = 1.0) -> list[Char]:
    """``pdfplumber.utils.dedupe_chars``: of the characters with the same text, font and size whose
    positions chain within ``tolerance`` (fake bold: one glyph printed twice, a little offset), the
    top-left one is kept; page order is kept. In O(n log n): pdfplumber restores the order with
    ``chars.index`` (quadratic), which cost more than reading the page. One sort by glyph and
    position across finds the glyphs with two copies starting within ``tolerance`` across (no
    cluster can hold two otherwise); only those are clustered. A page with nothing doubled is
    returned as it came."""
    by_place = sorted((char["text"], char["x0"], index) for index, char in enumerate(chars))
    dropped: set[int] = set()
    start = 0
    while start < len(by_place):
        text, end = by_place[start][0], start + 1
        close = False
        while end < len(by_place) and by_place[end][0] == text:
            close = close or by_place[end][1] - by_place[end - 1][1] <= tolerance
            end += 1
        if close and _may_chain(chars, by_place[start:end], tolerance):
            _drop_doubled(chars, sorted(index for _, _, index in by_place[start:end]), tolerance,
                          dropped)
        start = end
    if not dropped:
        return list(chars)
    return [char for index, char in enumerate(chars) if index not in dropped]


def _may_chain(chars: list[Char], run: list[tuple[str, float, int]], tolerance: float) -> bool:
    """False when no two copies of a glyph (``run``: sorted across) within ``tolerance`` across
    can fall in one cluster down: copies further apart down than ``tolerance`` times the number
    of copies cannot be chained by the copies between them. (The same glyph starting at the same
    place in rows of a table column is common; doubled glyphs are not.)"""
    reach = tolerance * len(run)
    for k, (_, x0, index) in enumerate(run):
        top = chars[index]["doctop"]
        for _, other_x0, other in run[k + 1:]:
            if other_x0 - x0 > tolerance:
                break
            if abs(chars[other]["doctop"] - top) <= reach:
                return True
    return False


def _drop_doubled(chars: list[Char], same_text: list[int], tolerance: float, dropped: set[int]) -> None:
    """``unique_chars`` for the copies of one glyph (indices in page order)."""
    groups: dict[tuple[Any, ...], list[int]] = {}
    for index in same_text:
        char = chars[index]
        groups.setdefault((char["upright"], char["fontname"], char["size"]), []).append(index)
    for members in groups.values():
        if len(members) < 2 or not _close_across(chars, members, tolerance):
            continue
        for y_chain in _chains(members, [chars[i]["doctop"] for i in members], tolerance):
            if len(y_chain) < 2:
                continue
            for x_chain in _chains(y_chain, [chars[i]["x0"] for i in y_chain], tolerance):
                if len(x_chain) > 1:
                    keep = min(x_chain, key=lambda i: (chars[i]["doctop"], chars[i]["x0"], i))
                    dropped.update(i for i in x_chain if i != keep)


def _close_across(chars: list[Char], members: list[int], tolerance: float) -> bool:
    """True when two of the characters start within ``tolerance`` of each other across; without
    such a pair no cluster of ``unique_chars`` holds two."""
    xs = sorted(chars[i]["x0"] for i in members)
    return any(b - a <= tolerance for a, b in zip(xs, xs[1:]))


def _chains(members: list[int], values: list[float], tolerance: float) -> list[list[int]]:
    """``members`` (indices, in page order) in runs whose sorted ``values`` step by at most
    ``tolerance`` (pdfplumber's ``cluster_objects``)."""
    order = sorted(range(len(members)), key=values.__getitem__)
    chains: list[list[int]] = []
    last = None
    for position in order:
        value = values[position]
        if last is None or value > last + tolerance:
            chains.append([])
        chains[-1].append(members[position])
        last = value
    return chains


def read_page(page: Any, number: int) -> list[PageBlock] | None:
    """One pdfplumber page's tables and paragraphs in reading order (top to bottom), or None when
    the page has no usable text layer."""
    return page_blocks_of(page.chars, [t.cells for t in page.find_tables() if t.cells], number)


def table_box(cells: list[BBox]) -> BBox:
    """The box around a table's cells (pdfplumber's ``Table.bbox``)."""
    return (min(c[0] for c in cells), min(c[1] for c in cells),
            max(c[2] for c in cells), max(c[3] for c in cells))


def page_blocks_of(chars: list[Char], tables: list[list[BBox]], number: int) -> list[PageBlock] | None:
    """A page's tables (each a list of cell boxes) and the text outside them, in reading order (top
    to bottom), or None when the characters are no usable text layer."""
    if not usable_text("".join([c["text"] for c in chars])):
        return None
    return place_blocks(chars, tables, number)


def place_blocks(chars: list[Char], tables: list[list[BBox]], number: int) -> list[PageBlock]:
    """The tables (each a list of cell boxes) with the characters in their cells, and the text
    outside them as paragraphs, in reading order (top to bottom). One pass over the characters:
    each goes to every table whose box (widened by ``OVERFLOW``) holds its centre, and there to the
    cell under its centre (see ``_Grid``); the others are the page's text outside the tables."""
    grids = [_Grid(cells) for cells in tables]
    cell_chars: list[dict[int, list[Char]]] = [{} for _ in grids]
    areas = [(*_widened(grid.box), grid.xs, grid.ys, grid.owner, grid.left_end, grid.right_end, members)
             for grid, members in zip(grids, cell_chars)]
    outside: list[Char] = []
    right_of = bisect.bisect_right
    for char in chars if areas else ():
        inside = False
        x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        for x0, top, x1, bottom, xs, ys, owner, left_end, right_end, members in areas:
            if x0 <= x <= x1 and top <= y <= bottom:
                inside = True
                across = x                               # min(max(x, left_end), right_end)
                if across < left_end:
                    across = left_end
                if across > right_end:
                    across = right_end
                index = owner.get((right_of(ys, y) - 1, right_of(xs, across) - 1))
                if index is not None:
                    members.setdefault(index, []).append(char)
        if not inside:
            outside.append(char)
    if not areas:
        outside = chars
    positioned: list[tuple[float, PageBlock]] = [
        (grid.box[1], _grid_table(grid, members, number)) for grid, members in zip(grids, cell_chars)]
    positioned.extend((top, Paragraph(text, number)) for top, text in text_lines(outside))
    positioned.sort(key=lambda item: item[0])
    return [block for _, block in positioned]


def _widened(box: BBox) -> BBox:
    """A table's box widened sideways by ``OVERFLOW``: text a narrow cell let run past the border."""
    return (box[0] - OVERFLOW, box[1], box[2] + OVERFLOW, box[3])


def _centre_in(obj: dict[str, Any], box: BBox) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def grid_edges(values: Iterable[float], tolerance: float = EDGE_TOLERANCE) -> list[float]:
    """Sorted positions with near-equal ones (within ``tolerance``) merged into one grid line."""
    edges: list[float] = []
    for value in sorted(values):
        if edges and value - edges[-1] <= tolerance:
            continue
        edges.append(value)
    return edges


def _edge_index(edges: list[float], value: float) -> int:
    i = bisect.bisect_left(edges, value - EDGE_TOLERANCE)
    return min(i, len(edges) - 1)


class _Grid:
    """A table's grid from its cell boxes (x0, top, x1, bottom): the column and row edges, each
    box's (row, col, row span, col span), and the box owning each grid square. A character belongs
    to the box owning the square under its centre, its centre moved inside the outer columns
    (text overflowing the side border goes to the edge cell)."""

    __slots__ = ("boxes", "box", "xs", "ys", "spans", "owner", "left_end", "right_end")

    def __init__(self, boxes: list[BBox]) -> None:
        self.boxes = boxes
        self.box = table_box(boxes)
        self.xs = xs = grid_edges(x for box in boxes for x in (box[0], box[2]))
        self.ys = ys = grid_edges(y for box in boxes for y in (box[1], box[3]))
        self.owner: dict[tuple[int, int], int] = {}
        self.spans: list[tuple[int, int, int, int]] = []
        row_of = {y: _edge_index(ys, y) for y in {v for box in boxes for v in (box[1], box[3])}}
        col_of = {x: _edge_index(xs, x) for x in {v for box in boxes for v in (box[0], box[2])}}
        for index, (x0, top, x1, bottom) in enumerate(boxes):
            r0, r1 = row_of[top], max(row_of[bottom], row_of[top] + 1)
            c0, c1 = col_of[x0], max(col_of[x1], col_of[x0] + 1)
            self.spans.append((r0, c0, r1 - r0, c1 - c0))
            for r in range(r0, r1):
                for c in range(c0, c1):
                    self.owner.setdefault((r, c), index)
        self.left_end, self.right_end = xs[0] + 0.1, xs[-1] - 0.1


def _grid_table(grid: _Grid, cell_chars: dict[int, list[Char]], page: int) -> PageBlock:
    """The table of a grid whose boxes hold these characters (box index → characters in page
    order), merged cells carrying their spans. A one-cell "table" (a framed title or note) is a
    paragraph."""
    texts = {i: join_cell_lines(extract_text(cs).split("\n")) for i, cs in cell_chars.items()}
    if len(grid.boxes) == 1:
        return Paragraph(texts.get(0, ""), page)
    by_row: dict[int, list[Cell]] = {}
    for index, (r0, c0, row_span, col_span) in enumerate(grid.spans):
        if grid.owner.get((r0, c0)) != index:
            continue                                 # a duplicate box pdfplumber reported twice
        by_row.setdefault(r0, []).append(Cell(texts.get(index, ""), r0, c0, row_span, col_span))
    rows = tuple(tuple(sorted(cells, key=lambda c: c.col)) for _, cells in sorted(by_row.items()))
    table = Table(rows, page, row_pages=tuple(page for _ in rows))
    return PlacedTable(table, tuple(grid.xs))


def document_blocks(placed: list[PageBlock]) -> list[Paragraph | Table]:
    """The blocks of every page in order → a Document's blocks: tables continued on the next page
    joined (``join_continued_tables``), tables unplaced."""
    return [b.table if isinstance(b, PlacedTable) else b for b in join_continued_tables(placed)]


def join_continued_tables(blocks: list[PageBlock]) -> list[PageBlock]:
    """Join a table that continues at the top of the next page (same outer borders) to the table
    that ended the page before; page-number footers between them are dropped."""
    out: list[PageBlock] = []
    for block in blocks:
        if isinstance(block, PlacedTable):
            previous = _last_table_before_footers(out)
            if previous is not None and _continues(out[previous], block):
                head = out[previous]
                del out[previous + 1:]
                out[previous] = join_tables(head, block)
                continue
        out.append(block)
    return out


def _last_table_before_footers(blocks: list[PageBlock]) -> int | None:
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if isinstance(block, PlacedTable):
            return i
        if not is_page_footer(block.text):
            return None
    return None


def _continues(head: PlacedTable, tail: PlacedTable) -> bool:
    """``tail`` starts the page after ``head`` ends, between the same outer borders."""
    head_pages = head.table.row_pages
    if not head_pages or not tail.table.row_pages or tail.table.row_pages[0] != head_pages[-1] + 1:
        return False
    tolerance = 3 * EDGE_TOLERANCE
    return abs(head.col_edges[0] - tail.col_edges[0]) <= tolerance \
        and abs(head.col_edges[-1] - tail.col_edges[-1]) <= tolerance


def regrid(table: Table, edges: tuple[float, ...], union: list[float]) -> Table:
    """The table's cells re-indexed on a finer set of column edges (a superset of its own)."""
    if list(edges) == union:
        return table

    def moved(cell: Cell) -> Cell:
        start = _edge_index(union, edges[cell.col])
        end = _edge_index(union, edges[min(cell.col + cell.col_span, len(edges) - 1)])
        return replace(cell, col=start, col_span=max(end - start, 1))

    return replace(table, rows=tuple(tuple(moved(c) for c in row) for row in table.rows))


def join_tables(head: PlacedTable, tail: PlacedTable) -> PlacedTable:
    """Two pieces of one table on consecutive pages, on the union of their column edges."""
    union = grid_edges([*head.col_edges, *tail.col_edges], 3 * EDGE_TOLERANCE)
    table = append_rows(regrid(head.table, head.col_edges, union),
                        regrid(tail.table, tail.col_edges, union))
    return PlacedTable(table, tuple(union))


def _row_texts(row: tuple[Cell, ...]) -> dict[int, str]:
    return {c.col: c.text for c in row}


def append_rows(head: Table, tail: Table) -> Table:
    """``head`` followed by ``tail``'s rows. Repeated header rows (the same texts as the head's first
    rows) are dropped; a first row that only continues texts of the head's last row (a
    row the page break split: its first column blank, some of the last row's filled cells left
    blank) is joined into that row (see ``_splits_row``)."""
    rows = list(tail.rows)
    pages = list(tail.row_pages)
    header_texts = [_row_texts(r) for r in head.rows[:3]]
    while rows and any(_row_texts(rows[0]).values()) and _row_texts(rows[0]) in header_texts:
        rows, pages = rows[1:], pages[1:]
    head_rows = list(head.rows)
    if rows and head_rows and _splits_row(head_rows[-1], rows[0]):
        head_rows[-1] = _join_split_row(head_rows[-1], rows[0])
        rows, pages = rows[1:], pages[1:]
    offset = (max((c.row for c in head_rows[-1]), default=0) + 1) if head_rows else 0
    shifted = [tuple(replace(c, row=c.row + offset) for c in row) for row in rows]
    return Table(tuple(head_rows) + tuple(shifted), head.page,
                 row_pages=tuple(head.row_pages) + tuple(pages))


def _splits_row(last: tuple[Cell, ...], first: tuple[Cell, ...]) -> bool:
    """True when ``first`` is the rest of ``last`` cut by the page break: its first column blank, it
    only continues cells the last row filled, and it leaves one of them blank to the right of its
    own text (a target that did not wrap) or it is a single cell of a row that had more. A new row
    under a merged 一级/二级 cell also starts blank, but fills its name and its value."""
    before, after = _row_texts(last), _row_texts(first)
    filled = sorted(col for col, text in after.items() if text)
    if not filled or after.get(min(after), ""):
        return False
    if any(not before.get(col) for col in filled):
        return False
    before_filled = [col for col, text in before.items() if text]
    if len(filled) == 1 and len(before_filled) >= 2:
        return True
    return any(col > filled[0] and not after.get(col) for col in before_filled)


def _join_split_row(last: tuple[Cell, ...], first: tuple[Cell, ...]) -> tuple[Cell, ...]:
    after = _row_texts(first)
    return tuple(replace(c, text=join_cell_lines([c.text, after.get(c.col, "")])) for c in last)
