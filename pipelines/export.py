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


def export_xlsx(data_dir: Path, target: Path, chinese_headers: bool = False,
                max_rows: int = EXCEL_MAX_ROWS) -> dict[str, int]:
    """One sheet per table (and indicator_view), split over sheets past ``max_rows``."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    con = connect(data_dir, every_copy=True)
    workbook = Workbook(write_only=True)
    counts: dict[str, int] = {}
    bold = Font(bold=True)
    for name in (*TABLES, "indicator_view"):
        cursor = con.execute(f"SELECT * FROM {name}")
        columns = [d[0] for d in cursor.description]
        part, sheet, rows_in_sheet, total = 0, None, max_rows, 0

        def new_sheet() -> Any:
            nonlocal part
            part += 1
            ws = workbook.create_sheet(sheet_title(name, chinese_headers, part))
            cells = []
            for c in columns:
                cell = WriteOnlyCell(ws, value=header(c, chinese_headers))
                cell.font = bold
                cells.append(cell)
            ws.append(cells)
            ws.freeze_panes = "A2"
            return ws

        for batch in _cursor_batches(cursor):
            for row in batch:
                if rows_in_sheet >= max_rows:
                    sheet, rows_in_sheet = new_sheet(), 1
                sheet.append([_excel_cell(sheet, v) for v in row])
                rows_in_sheet += 1
                total += 1
        if sheet is None:
            new_sheet()
        counts[name] = total
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
