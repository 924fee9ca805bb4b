"""Excel .xlsx/.xlsm workbooks (openpyxl): every visible sheet's cells as tables and paragraphs.

Values are read as the workbook last saved them (``data_only=True``: a formula cell gives its
cached result) and written as the sheet shows them, through each cell's number format
(``extract.readers.cell_text``: ``0.0900000762939453`` under ``0%`` is ``9%``). Merged ranges
(``ws.merged_cells``, which only a full, not read-only, load gives) become cells with spans, and
``extract.readers.sheet`` cuts each sheet into tables and title paragraphs.

Traceability: a block's ``page`` is the sheet's 1-based position among the workbook's tabs
(hidden sheets counted, so ``page`` 2 is always the second tab), the same number whether or not
other sheets are read. ``Document.n_pages`` stays null, as for every format but PDF.

Hidden sheets, rows and columns are not read (a person opening or printing the workbook does not
see them); each is named in ``Document.warnings``. A workbook whose visible sheets hold no text
fails with a message that says so (and names hidden sheets that do hold text).
"""

from __future__ import annotations

import io
import warnings
import zipfile

from jixiao.extract.document import Document
from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers.cell_text import cell_text
from jixiao.extract.readers.sheet import Merge, SheetGrid, workbook_document

#: Largest uncompressed size accepted (a zip bomb guard).
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
_SHEET_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RESAVE_ADVICE = "open it in Excel, WPS or LibreOffice and save it again as .xlsx"


def _open_archive(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise UnreadableDocument(f"not a valid .xlsx file (it is not a zip archive): {RESAVE_ADVICE}")
    total = sum(info.file_size for info in archive.infolist())
    if total > MAX_UNCOMPRESSED_BYTES:
        raise UnreadableDocument(f"refused: the .xlsx unpacks to {total // 2**20} MiB (a zip bomb?)")
    if "xl/workbook.xml" not in archive.namelist():
        raise UnreadableDocument("not an Excel workbook: the zip archive has no xl/workbook.xml "
                                 f"(another kind of file renamed .xlsx, or damaged): {RESAVE_ADVICE}")
    return archive


def formulas_without_result(archive: zipfile.ZipFile) -> int:
    """How many formula cells carry no saved result (a file written by a program that does not
    calculate): those cells read as blank."""
    from lxml import etree

    count = 0
    for name in archive.namelist():
        if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
            continue
        with archive.open(name) as stream:
            for _, cell in etree.iterparse(stream, tag=f"{_SHEET_MAIN}c", resolve_entities=False,
                                           no_network=True):
                formula = cell.find(f"{_SHEET_MAIN}f")
                value = cell.find(f"{_SHEET_MAIN}v")
                if formula is not None and (value is None or not (value.text or "").strip()):
                    count += 1
                cell.clear()
    return count


def _hidden_indices(dimensions, index_of) -> frozenset[int]:
    hidden: set[int] = set()
    for key, dim in dimensions.items():
        if dim.hidden:
            low = dim.min if getattr(dim, "min", None) else index_of(key)
            high = dim.max if getattr(dim, "max", None) else low
            hidden.update(i - 1 for i in range(low, high + 1))
    return frozenset(hidden)


def sheet_grid(ws) -> SheetGrid:
    """An openpyxl worksheet → its shown texts, merges and hidden rows/columns (0-based)."""
    from openpyxl.utils import column_index_from_string

    texts: dict[tuple[int, int], str] = {}
    # ws._cells holds the stored cells only; iter_rows() would create every cell of the used
    # rectangle, which a stray format in column XFD makes a million cells.
    for (row, col), cell in ws._cells.items():
        text = cell_text(cell.value, cell.number_format)
        if text:
            texts[(row - 1, col - 1)] = text
    merges = tuple(Merge(r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1)
                   for r in ws.merged_cells.ranges)
    hidden_rows = _hidden_indices(ws.row_dimensions, int)
    hidden_cols = _hidden_indices(ws.column_dimensions, column_index_from_string)
    return SheetGrid(ws.title, texts, merges, hidden_rows, hidden_cols)


def read_xlsx(data: bytes, source_format: str = "xlsx") -> Document:
    """An .xlsx workbook → Document (see the module docstring)."""
    archive = _open_archive(data)
    import openpyxl

    try:
        with warnings.catch_warnings():              # "extension is not supported" and the like
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=True)
    except Exception as exc:                         # openpyxl raises many kinds on damaged parts
        raise UnreadableDocument(f"the .xlsx is damaged ({type(exc).__name__}: {exc}): "
                                 f"{RESAVE_ADVICE}")
    notes = []
    missing = formulas_without_result(archive)
    if missing:
        notes.append(f"{missing} formula cells have no saved result and read as blank (the file was "
                     f"written by a program that does not calculate): {RESAVE_ADVICE}")
    grids = []
    for position, name in enumerate(workbook.sheetnames, start=1):
        ws = workbook[name]
        if not hasattr(ws, "merged_cells"):          # a chart sheet
            continue
        grids.append((position, sheet_grid(ws), ws.sheet_state != "visible"))
    return workbook_document(grids, source_format, notes)
