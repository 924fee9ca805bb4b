"""Excel 97–2003 .xls and WPS .et workbooks: xlrd reads the BIFF file, else LibreOffice converts.

xlrd (``formatting_info=True``) gives each cell's value, its number format (through the cell's
XF record) and the sheet's merged ranges, hidden rows and columns; the cells then take the same
path as an .xlsx sheet (``extract.readers.cell_text``, ``extract.readers.sheet``), so both
formats give the same tables for the same sheet. Dates are numbers under a date format in BIFF
and become dates here.

Files xlrd does not read — HTML or "XML Spreadsheet 2003" saved under an .xls name (common on
government web sites), WPS .et files in Kingsoft's own variant — are converted to .xlsx by
LibreOffice (``extract.readers.legacy``) and read by the .xlsx reader. Without LibreOffice they
fail with a message that says how to convert them by hand.
"""

from __future__ import annotations

import struct

from jixiao.extract.document import Document
from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers.cell_text import cell_text, is_date_format
from jixiao.extract.readers.legacy import SOFFICE_ENV, OLE2_MAGIC, convert_with_libreoffice, find_soffice
from jixiao.extract.readers.sheet import Merge, SheetGrid, workbook_document
from jixiao.extract.readers.xlsx import read_xlsx

XLSX_EXPORT_FILTER = "xlsx:Calc MS Excel 2007 XML"
RESAVE_ADVICE = "open it in Excel or WPS and save it as .xlsx"


def _value(book, sheet, r: int, c: int) -> str:
    import xlrd

    cell = sheet.cell(r, c)
    fmt = book.format_map.get(book.xf_list[cell.xf_index].format_key) if cell.xf_index is not None \
        else None
    format_str = fmt.format_str if fmt is not None else None
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if cell.ctype == xlrd.XL_CELL_TEXT:
        return cell_text(cell.value)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(cell.value))
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERROR")
    if cell.ctype == xlrd.XL_CELL_DATE or (format_str and is_date_format(format_str)):
        try:
            moment = xlrd.xldate_as_datetime(cell.value, book.datemode)
        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
            return cell_text(float(cell.value), None)
        return cell_text(moment.time() if cell.value < 1 else moment, format_str)
    return cell_text(float(cell.value), format_str)


def _sheet_grid(book, sheet) -> SheetGrid:
    texts = {}
    for r in range(sheet.nrows):
        for c in range(sheet.row_len(r)):
            text = _value(book, sheet, r, c)
            if text:
                texts[(r, c)] = text
    merges = tuple(Merge(rlo, clo, rhi - 1, chi - 1) for rlo, rhi, clo, chi in sheet.merged_cells)
    hidden_rows = frozenset(r for r, info in sheet.rowinfo_map.items() if info.hidden)
    hidden_cols = frozenset(c for c, info in sheet.colinfo_map.items() if info.hidden)
    return SheetGrid(sheet.name, texts, merges, hidden_rows, hidden_cols)


def _read_biff(data: bytes, source_format: str) -> Document:
    import xlrd

    book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=False,
                              logfile=_Silent())
    grids = [(n, _sheet_grid(book, sheet), sheet.visibility != 0)
             for n, sheet in enumerate(book.sheets(), start=1)]
    return workbook_document(grids, source_format, [])


class _Silent:
    """xlrd writes warnings about odd records to a log file; they say nothing a user can act on."""

    def write(self, _text: str) -> None:
        pass


def read_xls(data: bytes, source_format: str = "xls") -> Document:
    """An .xls/.et workbook → Document (see the module docstring)."""
    import xlrd

    if data.startswith(OLE2_MAGIC):
        try:
            return _read_biff(data, source_format)
        except xlrd.XLRDError as exc:
            if "encrypted" in str(exc).lower() or "password" in str(exc).lower():
                raise UnreadableDocument("the workbook is password protected: open it in Excel or "
                                         "WPS, remove the password and save it as .xlsx")
            problem = str(exc)
        except (AssertionError, IndexError, KeyError, ValueError, struct.error) as exc:
            problem = f"{type(exc).__name__}: {exc}"
    else:
        problem = "not an Excel 97–2003 file"
    soffice = find_soffice()
    if soffice is None:
        raise UnreadableDocument(f"the .{source_format} file cannot be read directly ({problem}) "
                                 f"and converting it needs LibreOffice, which is not installed: "
                                 f"install it (`make system-deps` in the jixiao checkout, or set "
                                 f"{SOFFICE_ENV} to the soffice program), or {RESAVE_ADVICE}")
    converted = convert_with_libreoffice(data, soffice, XLSX_EXPORT_FILTER, f".{source_format}",
                                         ".xlsx", RESAVE_ADVICE)
    return read_xlsx(converted, source_format)

