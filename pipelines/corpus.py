"""An ingested output folder as DuckDB views: one view per table of the contract (read from every
Parquet file under ``DIR/<table>/``, hive partitions such as ``fiscal_year=2020/`` included, files
of different schema versions unioned by name, columns added since a file was written as nulls), plus joined views for people and BI tools.

Search, export and the corpus report all read the data through :func:`connect`.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from jixiao.pipelines.schemas import CONDITION, MONEY, TABLES, TIMESTAMP
from jixiao.pipelines.store import table_path

#: Joined views: name -> SQL over the table views. ``EXCLUDE (fiscal_year)`` drops the partition
#: column a table may carry when its files sit in ``fiscal_year=…/`` folders (the form's year wins).
JOINED_VIEWS: dict[str, str] = {
    # every indicator with its project, year, department, unit and source file
    "indicator_view": """
        SELECT f.project_name, f.fiscal_year, f.department, f.reporting_unit, f.doc_kind,
               i.* EXCLUDE (fiscal_year), d.source_path
        FROM indicators i
        LEFT JOIN forms f ON f.form_id = i.form_id
        LEFT JOIN documents d ON d.doc_id = i.doc_id""",
    # every scoring row with its project and year
    "score_view": """
        SELECT f.project_name, f.fiscal_year, f.department, s.* EXCLUDE (fiscal_year), d.source_path
        FROM scores s
        LEFT JOIN forms f ON f.form_id = s.form_id
        LEFT JOIN documents d ON d.doc_id = s.doc_id""",
    # every validation finding with its file and project
    "issue_view": """
        SELECT d.source_path, f.project_name, f.fiscal_year, x.* EXCLUDE (fiscal_year)
        FROM issues x
        LEFT JOIN documents d ON d.doc_id = x.doc_id
        LEFT JOIN forms f ON f.form_id = x.form_id""",
}


class CorpusError(Exception):
    """The folder is not an ingested output (no tables found)."""


def parquet_source(data_dir: Path, table: str) -> str:
    pattern = (table_path(Path(data_dir), table) / "**" / "*.parquet").as_posix().replace("'", "''")
    return f"read_parquet('{pattern}', hive_partitioning=true, union_by_name=true)"


_SQL_TYPES: dict[pa.DataType, str] = {
    pa.string(): "VARCHAR", pa.int32(): "INTEGER", pa.int64(): "BIGINT", pa.int8(): "TINYINT",
    pa.float64(): "DOUBLE", pa.bool_(): "BOOLEAN", pa.date32(): "DATE", MONEY: "DECIMAL(18,2)",
    TIMESTAMP: "TIMESTAMP",
    pa.list_(CONDITION): "STRUCT(label VARCHAR, operator VARCHAR, value DOUBLE, unit VARCHAR)[]",
}


def _typed_null(field: pa.Field) -> str:
    return f'CAST(NULL AS {_SQL_TYPES[field.type]}) AS "{field.name}"'


def _table_select(con: duckdb.DuckDBPyConnection, data_dir: Path, table: str, present: bool,
                  every_copy: bool = True) -> str:
    """The table's rows; contract columns its files lack (written by an older schema version)
    are added as typed nulls, so every view has every column of this version. Without
    ``every_copy``, rows of a form that is a copy of another (``forms.copy_of``) are left out."""
    if not present:
        return f"SELECT {', '.join(_typed_null(f) for f in TABLES[table])} WHERE false"
    source = parquet_source(data_dir, table)
    found = {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
    missing = [_typed_null(f) for f in TABLES[table] if f.name not in found]
    select = f"SELECT *{''.join(', ' + m for m in missing)} FROM {source}"
    if every_copy or "form_id" not in TABLES[table].names:
        return select
    if table == "forms":
        return f"SELECT * FROM ({select}) WHERE copy_of IS NULL"
    return (f"SELECT * FROM ({select}) WHERE form_id IS NULL OR form_id NOT IN "
            f"(SELECT form_id FROM forms_with_copies WHERE copy_of IS NOT NULL)")


def _columns(con: duckdb.DuckDBPyConnection, view: str) -> set[str]:
    return {row[0] for row in con.execute(f"DESCRIBE {view}").fetchall()}


def connect(data_dir: Path, con: duckdb.DuckDBPyConnection | None = None,
            materialize: bool = False, every_copy: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with a view per table and the joined views over DATA_DIR; with
    ``materialize`` the tables are copied into the connection's database (for a .duckdb file).
    The same form found in several files (a DOCX, its PDF, a scan) counts once: the tables of forms
    hold only originals (``forms.copy_of`` null) unless ``every_copy``."""
    data_dir = Path(data_dir)
    present = [t for t in TABLES if any(table_path(data_dir, t).rglob("*.parquet"))]
    if "indicators" not in present or "forms" not in present:
        raise CorpusError(f"{data_dir} holds no ingested tables (expected {data_dir}/indicators/ and "
                          f"{data_dir}/forms/ with Parquet files): run `jixiao ingest … --out {data_dir}`")
    con = con or duckdb.connect()
    kind = "TABLE" if materialize else "VIEW"
    if not every_copy:
        con.execute(f"CREATE OR REPLACE TEMP VIEW forms_with_copies AS "
                    f"{_table_select(con, data_dir, 'forms', True)}")
        copies = con.execute("SELECT count(*) FROM forms_with_copies WHERE copy_of IS NOT NULL")
        every_copy = copies.fetchall()[0][0] == 0      # no copies: no filter to pay for
    for table in TABLES:
        con.execute(f"CREATE OR REPLACE {kind} {table} AS "
                    f"{_table_select(con, data_dir, table, table in present, every_copy)}")
    for name, sql in JOINED_VIEWS.items():
        base = sql.split("FROM ")[1].split()[0]
        if "fiscal_year" not in _columns(con, base):      # EXCLUDE needs the column to exist
            sql = sql.replace(" EXCLUDE (fiscal_year)", "")
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")
    return con
