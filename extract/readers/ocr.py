"""Scanned PDF (page images, no text layer) → blocks, by OCR.

Each page is rendered (pypdfium2) in grey at its scan's resolution (150–200 dpi), straightened by its ruling lines, and
read by the OCR engine (``ocr_engine``: RapidOCR, offline). Ruled tables are rebuilt from the
image's lines (``ocr_grid``), merged cells with their spans; each recognised text line goes to
the cell holding its centre, and a cell's lines are joined in reading order. Text outside the
tables becomes one paragraph per visual line. Tables and paragraphs keep their order down the
page; every block carries its 1-based page.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Sequence

import numpy as np

from jixiao.extract.document import Block, Cell, Document, Paragraph, Table
from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers.ocr_engine import recognise
from jixiao.extract.readers.ocr_grid import TableGrid, deskew, find_tables
from jixiao.extract.readers.ocr_text import TextBox, group_into_lines, join_boxes, line_text

if TYPE_CHECKING:
    from pypdfium2 import PdfDocument, PdfPage

#: Rendering resolution: the scan's own, kept between these bounds (measured, docs/ocr.md).
#: Below 150 dpi rendering loses characters; drawing a coarse scan bigger than it was scanned
#: only blurs it (a 100 dpi scan read at 300 dpi scored 0.82, at 150 dpi 0.96); above 200 dpi
#: OCR takes longer (5.5 s/page at 300) without reading better.
MIN_DPI, MAX_DPI = 150, 200
#: For a page whose resolution cannot be told (no image on it, e.g. vector drawings).
DEFAULT_DPI = 200
MAX_PAGES = 500


def scan_resolution(page: "PdfPage") -> float | None:
    """The resolution the page's largest image was scanned at (pixels per inch as placed on the
    page), or None when the page holds no image."""
    import pypdfium2.raw as pdfium_c

    best: tuple[int, float] | None = None
    for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)):
        width_px, height_px = image.get_px_size()
        left, bottom, right, top = image.get_bounds()
        extent_pt = max(right - left, top - bottom)
        if extent_pt <= 0 or width_px <= 0 or height_px <= 0:
            continue
        area = width_px * height_px
        if best is None or area > best[0]:
            best = (area, max(width_px, height_px) / (extent_pt / 72))
    return best[1] if best else None


def rendering_dpi(page: "PdfPage") -> int:
    """The resolution to draw a page at: its scan's, within MIN_DPI..MAX_DPI."""
    native = scan_resolution(page)
    if native is None:
        return DEFAULT_DPI
    return int(round(min(max(native, MIN_DPI), MAX_DPI)))


def render_page(pdf: "PdfDocument", index: int, dpi: int | None = None) -> tuple[np.ndarray, int]:
    """Page ``index`` (0-based) as a grey image (uint8, height × width) and the resolution it
    was drawn at (``dpi``, or the scan's own: ``rendering_dpi``); UnreadableDocument when
    pdfium cannot draw it."""
    import pypdfium2

    try:
        page = pdf[index]
        try:
            dpi = dpi or rendering_dpi(page)
            image = page.render(scale=dpi / 72, grayscale=True).to_numpy()
        finally:
            page.close()
    except pypdfium2.PdfiumError as exc:
        raise UnreadableDocument(f"page {index + 1} of the PDF cannot be drawn ({exc}): re-export or "
                                 f"repair the PDF (e.g. with qpdf)") from None
    if image.ndim == 3:                          # a grey bitmap may keep a channel axis
        image = image[:, :, 0]
    return np.ascontiguousarray(image, dtype=np.uint8), dpi


def table_block(grid: TableGrid, boxes: Sequence[TextBox], page: int) -> Table:
    """A Table of the grid's cells, each with the text of the boxes centred in it."""
    texts: dict[tuple[int, int], list[TextBox]] = {(c.row, c.col): [] for c in grid.cells}
    for box in boxes:
        cell = grid.cell_at(box.centre_x, box.centre_y)
        if cell is not None:
            texts[(cell.row, cell.col)].append(box)
    n_rows = len(grid.row_lines) - 1
    rows: list[list[Cell]] = [[] for _ in range(n_rows)]
    for c in grid.cells:
        rows[c.row].append(Cell(join_boxes(texts[(c.row, c.col)]), c.row, c.col, c.row_span, c.col_span))
    return Table(tuple(tuple(sorted(r, key=lambda cell: cell.col)) for r in rows), page)


def page_blocks(boxes: Sequence[TextBox], grids: Sequence[TableGrid], page: int) -> list[Block]:
    """One page's tables and paragraphs in order down the page."""
    placed: list[tuple[float, Block]] = []
    outside: list[TextBox] = []
    inside: dict[int, list[TextBox]] = {i: [] for i in range(len(grids))}
    for box in boxes:
        index = next((i for i, g in enumerate(grids) if g.contains(box.centre_x, box.centre_y)), None)
        if index is None:
            outside.append(box)
        else:
            inside[index].append(box)
    for index, grid in enumerate(grids):
        placed.append((grid.top, table_block(grid, inside[index], page)))
    for line in group_into_lines(outside):
        text = line_text(line)
        if text:
            placed.append((min(b.top for b in line), Paragraph(text, page)))
    placed.sort(key=lambda item: item[0])
    return [block for _, block in placed]


def read_page(pdf: "PdfDocument", index: int, dpi: int | None = None) -> list[Block]:
    """Render, straighten, recognise and lay out one page (``index`` 0-based)."""
    image, dpi = render_page(pdf, index, dpi)
    grey, _ = deskew(image)
    boxes = recognise(grey)
    return page_blocks(boxes, find_tables(grey, boxes, dpi), index + 1)


def _open_pdf(data: bytes) -> "PdfDocument":
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(io.BytesIO(data))
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise UnreadableDocument("the PDF is encrypted (password protected): save an unprotected copy")
        raise UnreadableDocument(f"the PDF is damaged and cannot be opened ({exc}): "
                                 f"re-export it from its source, or repair it (e.g. with qpdf)")


def read_scanned_pdf(data: bytes, pages: list[int] | None = None, dpi: int | None = None) -> list[Block]:
    """The blocks of a scanned PDF's pages (``pages``: 1-based numbers, default all), read by
    OCR; each page drawn at ``dpi`` or, by default, at its scan's resolution (``rendering_dpi``).
    UnreadableDocument when the PDF cannot be opened, is too long, or no text is found."""
    return _read(data, pages, dpi)[0]


def ocr_document(data: bytes, source_format: str = "pdf") -> Document:
    """A scanned PDF as a Document (``text_source="ocr"``): a drop-in reader for ``READERS``."""
    blocks, n_pages = _read(data, None, None)
    return Document(source_format, tuple(blocks), "ocr", n_pages)


def _read(data: bytes, pages: list[int] | None, dpi: int | None) -> tuple[list[Block], int]:
    pdf = _open_pdf(data)
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise UnreadableDocument("the PDF has no pages")
        if n_pages > MAX_PAGES:
            raise UnreadableDocument(f"refused: the scanned PDF has {n_pages} pages (OCR limit {MAX_PAGES})")
        wanted = list(range(1, n_pages + 1)) if pages is None else pages
        outside = [p for p in wanted if not 1 <= p <= n_pages]
        if outside:
            raise ValueError(f"pages {outside} are not in this {n_pages}-page PDF")
        blocks: list[Block] = []
        for number in wanted:
            blocks.extend(read_page(pdf, number - 1, dpi))
    finally:
        pdf.close()
    if not any(has_text(b) for b in blocks):
        raise UnreadableDocument("OCR found no text in the PDF: it may be blank, a photo, or scanned too "
                                 "faint or too small; rescan it at 200–300 dpi in black and white or grey")
    return blocks, n_pages


def has_text(block: Block) -> bool:
    if isinstance(block, Paragraph):
        return bool(block.text.strip())
    return any(cell.text.strip() for row in block.rows for cell in row)
