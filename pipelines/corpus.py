"""An ingested output folder as DuckDB views: one view per table of the contract (read from every
Parquet file under ``DIR/<table>/``, hive partitions such as ``fiscal_year=2020/`` included, files
of different schema versions unioned by name), plus joined views for people and BI tools.

Search, export and the corpus report all read the data through :func:`connect`.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipelines.schemas import TABLES

#: Joined views: name -> SQL over the table views.
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
    pattern = (Path(data_dir) / table / "**" / "*.parquet").as_posix().replace("'", "''")
    return f"read_parquet('{pattern}', hive_partitioning=true, union_by_name=true)"


def _empty_select(table: str) -> str:
    """A typed empty relation for a table with no files yet."""
    import pyarrow as pa  # local: only needed for the rare empty table

    columns = []
    for f in TABLES[table]:
        sql_type = {pa.string(): "VARCHAR", pa.int32(): "INTEGER", pa.int64(): "BIGINT",
                    pa.int8(): "TINYINT", pa.float64(): "DOUBLE", pa.bool_(): "BOOLEAN",
                    pa.date32(): "DATE"}.get(f.type, "VARCHAR")
        if pa.types.is_decimal(f.type):
            sql_type = "DECIMAL(18,2)"
        columns.append(f'CAST(NULL AS {sql_type}) AS "{f.name}"')
    return f"SELECT {', '.join(columns)} WHERE false"


def _has_fiscal_year(con: duckdb.DuckDBPyConnection, view: str) -> bool:
    return any(row[0] == "fiscal_year" for row in con.execute(f"DESCRIBE {view}").fetchall())


def connect(data_dir: Path, con: duckdb.DuckDBPyConnection | None = None,
            materialize: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with a view per table and the joined views over DATA_DIR; with
    ``materialize`` the tables are copied into the connection's database (for a .duckdb file)."""
    data_dir = Path(data_dir)
    present = [t for t in TABLES if any((data_dir / t).rglob("*.parquet"))]
    if "indicators" not in present or "forms" not in present:
        raise CorpusError(f"{data_dir} holds no ingested tables (expected {data_dir}/indicators/ and "
                          f"{data_dir}/forms/ with Parquet files): run `jixiao ingest … --out {data_dir}`")
    con = con or duckdb.connect()
    for table in TABLES:
        source = f"SELECT * FROM {parquet_source(data_dir, table)}" if table in present \
            else _empty_select(table)
        kind = "TABLE" if materialize else "VIEW"
        con.execute(f"CREATE OR REPLACE {kind} {table} AS {source}")
    for name, sql in JOINED_VIEWS.items():
        base = sql.split("FROM ")[1].split()[0]
        if not _has_fiscal_year(con, base):       # EXCLUDE needs the column to exist
            sql = sql.replace(" EXCLUDE (fiscal_year)", "")
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")
    return con
