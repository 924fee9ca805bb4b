"""The BI feed: an ingested folder → a DuckDB database, an Excel workbook, or CSV files.

- **DuckDB**: every table copied in, plus the joined views of :mod:`jixiao.pipelines.corpus`
  (``indicator_view``: indicators with project, year, department, unit and source file;
  ``score_view``; ``issue_view``).
- **xlsx**: one sheet per table, plus ``indicator_view``; Chinese headers and sheet names on request;
  money and other decimals as numbers (2 decimals shown), dates as dates, lists as JSON text. A
  table longer than Excel's 1,048,576 rows (header included) continues on sheets ``name (2)``,
  ``name (3)`` …, each with the header.
- **CSV**: UTF-8 with a BOM (Excel then reads the Chinese right), one folder per table and one for
  ``indicator_view``; the tables that belong to a form carry the form's ``fiscal_year`` column.

Every output is written to a temporary name and renamed into place.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator

import duckdb

from jixiao.normalize.vocabulary import COLUMN_HEADERS_ZH, TABLE_NAMES_ZH
from jixiao.pipelines.corpus import JOINED_VIEWS, connect
from jixiao.pipelines.schemas import TABLES

#: Excel's rows per sheet, the header row included.
EXCEL_MAX_ROWS = 1_048_576
#: Excel's longest sheet name.
_SHEET_NAME_MAX = 31
_BATCH = 10_000
#: Columns an Excel sheet puts last: ids, long hashes that a reader skips.
IDS_LAST: tuple[str, ...] = ("doc_id", "form_id")
#: Widest column of a sheet, in characters (long text wraps no further; the cell keeps it all).
_WIDTH_MAX = 60
#: The last sheet: what every column and code value means (pipelines/meanings.py).
COLUMNS_SHEET = "columns"
COLUMNS_SHEET_HEADERS: tuple[str, ...] = ("table", "column", "chinese", "meaning")


def _cursor_batches(cursor: duckdb.DuckDBPyConnection) -> Iterator[list[tuple]]:
    while True:
        batch = cursor.fetchmany(_BATCH)
        if not batch:
            return
        yield batch


def header(column: str, chinese: bool) -> str:
    return COLUMN_HEADERS_ZH.get(column, column) if chinese else column


def sheet_title(name: str, chinese: bool, part: int) -> str:
    title = TABLE_NAMES_ZH.get(name, name) if chinese else name
    suffix = f" ({part})" if part > 1 else ""
    return title[: _SHEET_NAME_MAX - len(suffix)] + suffix


# -------------------------------------------------------------------------------------- duckdb

def export_duckdb(data_dir: Path, target: Path) -> dict[str, int]:
    """Tables and views into a new DuckDB file (replacing TARGET). Returns rows per table."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    con = duckdb.connect(str(partial))
    try:
        connect(data_dir, con, materialize=True, every_copy=True)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()
    os.replace(partial, target)
    return counts


# ---------------------------------------------------------------------------------------- xlsx

def _excel_cell(sheet: Any, value: Any) -> Any:
    """A value as Excel should hold it: decimals (money) as numbers shown with 2 decimals, lists
    and structs as JSON text, everything else as it is."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, Decimal):
        cell = WriteOnlyCell(sheet, value=float(value))
        cell.number_format = "#,##0.00"
        return cell
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def xlsx_columns(columns: list[str]) -> list[str]:
    """The sheet's column order: the ids (long hashes a reader skips) moved to the end."""
    return [c for c in columns if c not in IDS_LAST] + [c for c in IDS_LAST if c in columns]


def _column_widths(con: duckdb.DuckDBPyConnection, name: str, columns: list[str],
                   chinese: bool) -> list[float]:
    """A width per column: its header's or its longest value's display width (a Chinese character
    is two), between 6 and 60, measured in one pass over the table."""
    from rich.cells import cell_len

    measures = ", ".join(f'max((strlen(CAST("{c}" AS VARCHAR)) + length(CAST("{c}" AS VARCHAR))) / 2)'
                         for c in columns)
    longest = con.execute(f"SELECT {measures} FROM {name}").fetchone()
    return [min(max(cell_len(header(c, chinese)), int(n or 0), 4) + 2, _WIDTH_MAX)
            for c, n in zip(columns, longest)]


def export_xlsx(data_dir: Path, target: Path, chinese_headers: bool = False,
                max_rows: int = EXCEL_MAX_ROWS) -> dict[str, int]:
    """One sheet per table (and indicator_view), split over sheets past ``max_rows``; each with a
    frozen, filtered header row, widths from the content and the ids last; then a sheet of what
    every column and code value means. ``chinese_headers``: Chinese column and sheet names and
    code values (``target_form`` → 绩效目标表, True → 是)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from jixiao.pipelines.meanings import column_sheet_rows, translate_value

    con = connect(data_dir, every_copy=True)
    workbook = Workbook(write_only=True)
    counts: dict[str, int] = {}
    bold = Font(bold=True)

    def new_sheet(title: str, headers: list[str], widths: list[float]) -> Any:
        ws = workbook.create_sheet(title)
        ws.freeze_panes = "A2"       # before the first row: a write-only sheet writes its view first
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        cells = []
        for text in headers:
            cell = WriteOnlyCell(ws, value=text)
            cell.font = bold
            cells.append(cell)
        ws.append(cells)
        return ws

    def close_sheet(ws: Any, n_columns: int, rows: int) -> None:
        ws.auto_filter.ref = f"A1:{get_column_letter(max(n_columns, 1))}{max(rows, 1)}"

    for name in (*TABLES, "indicator_view"):
        described = [r[0] for r in con.execute(f"DESCRIBE {name}").fetchall()]
        columns = xlsx_columns(described)
        headers = [header(c, chinese_headers) for c in columns]
        widths = _column_widths(con, name, columns, chinese_headers)
        cursor = con.execute(f"SELECT {', '.join(_quoted(columns))} FROM {name}")
        part, sheet, rows_in_sheet, total = 0, None, max_rows, 0
        for batch in _cursor_batches(cursor):
            for row in batch:
                if rows_in_sheet >= max_rows:
                    if sheet is not None:
                        close_sheet(sheet, len(columns), rows_in_sheet)
                    part += 1
                    sheet = new_sheet(sheet_title(name, chinese_headers, part), headers, widths)
                    rows_in_sheet = 1
                if chinese_headers:
                    row = tuple(translate_value(name, c, v) for c, v in zip(columns, row))
                sheet.append([_excel_cell(sheet, v) for v in row])
                rows_in_sheet += 1
                total += 1
        if sheet is None:
            sheet, rows_in_sheet = new_sheet(sheet_title(name, chinese_headers, 1), headers, widths), 1
        close_sheet(sheet, len(columns), rows_in_sheet)
        counts[name] = total
    meanings = column_sheet_rows()
    sheet = new_sheet(sheet_title(COLUMNS_SHEET, chinese_headers, 1),
                      [header(c, chinese_headers) for c in COLUMNS_SHEET_HEADERS], [24, 30, 24, 90])
    for row in meanings:
        sheet.append(list(row))
    close_sheet(sheet, len(COLUMNS_SHEET_HEADERS), len(meanings) + 1)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    workbook.save(partial)
    os.replace(partial, target)
    return counts


# ----------------------------------------------------------------------------------------- csv

def _csv_value(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _write_csv(path: Path, columns: list[str], rows: Iterator[list[tuple]], chinese: bool) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([header(c, chinese) for c in columns])
        for batch in rows:
            writer.writerows([_csv_value(v) for v in row] for row in batch)
            n += len(batch)
    return n


def export_csv(data_dir: Path, target: Path, chinese_headers: bool = False) -> dict[str, int]:
    """One folder per table under TARGET (replaced), ``DIR/<table>/<table>.csv``, and one for
    ``indicator_view``. A table that belongs to a form carries the form's ``fiscal_year`` as a column
    (after ``form_id``), so every file says its year."""
    con = connect(data_dir, every_copy=True)
    target = Path(target)
    staging = target.with_name(f".{target.name}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    counts: dict[str, int] = {}
    for table in (*TABLES, "indicator_view"):
        columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
        if "form_id" in columns and "fiscal_year" not in columns:
            at = columns.index("form_id") + 1
            columns = [*columns[:at], "fiscal_year", *columns[at:]]
            select = ", ".join("f.fiscal_year" if c == '"fiscal_year"' else f"x.{c}"
                               for c in _quoted(columns))
            source = f"SELECT {select} FROM {table} x LEFT JOIN forms f ON f.form_id = x.form_id"
        else:
            source = f"SELECT * FROM {table}"
        cursor = con.execute(source)
        counts[table] = _write_csv(staging / table / f"{table}.csv", columns,
                                   _cursor_batches(cursor), chinese_headers)
    if target.exists():
        shutil.rmtree(target)
    os.replace(staging, target)
    return counts


def _quoted(columns: list[str]) -> list[str]:
    return [f'"{c}"' for c in columns]


__all__ = ["export_duckdb", "export_xlsx", "export_csv", "EXCEL_MAX_ROWS", "JOINED_VIEWS"]
