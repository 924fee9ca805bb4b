"""Rows → Parquet datasets, one folder per table, via the declared schemas.

Every table is written into a staging folder first and then moved into place with renames, so a
killed run leaves either the old dataset or the new one, never a half-written file.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from jixiao.pipelines.schemas import TABLES

Row = dict[str, Any]


def to_arrow(table: str, rows: list[Row]) -> pa.Table:
    schema = TABLES[table]
    columns = {name: [row.get(name) for row in rows] for name in schema.names}
    return pa.Table.from_pydict(columns, schema=schema)


def write_dataset(out_dir: Path, tables: dict[str, list[Row]]) -> dict[str, int]:
    """Write every table of the contract (empty ones too) under out_dir. Returns row counts."""
    out_dir.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex[:8]
    staging = out_dir / f".staging-{token}"
    retired = out_dir / f".retired-{token}"
    counts: dict[str, int] = {}
    try:
        for name in TABLES:
            folder = staging / name
            folder.mkdir(parents=True)
            arrow = to_arrow(name, tables.get(name, []))
            pq.write_table(arrow, folder / "part-00000.parquet", compression="zstd")
            counts[name] = arrow.num_rows
        retired.mkdir()
        for name in TABLES:
            target = out_dir / name
            if target.exists():
                os.replace(target, retired / name)
            os.replace(staging / name, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(retired, ignore_errors=True)
    return counts
