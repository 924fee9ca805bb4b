"""Every table folder of an output opens as it is with the readers people use (issue 14): pandas,
pyarrow.dataset with hive partitioning, DuckDB with hive_partitioning, polars and Dask; no
column is both in the files and in folder names, no table holds an empty file beside rows, and
no folder is a default (null) partition."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jixiao.pipelines.batch import Options, run_ingest
from jixiao.pipelines.schemas import TABLES
from jixiao.pipelines.store import Store
from tests.batch_helpers import ROOT, make_corpus

#: Samples read without OCR or LibreOffice (both have their own tests), every other format.
SAMPLE_FOLDERS = ("seeds", "docx", "pdf", "xlsx", "families", "realworld")


def _read_with_every_reader(folder: Path) -> dict[str, tuple[int, set[str]]]:
    import dask.dataframe as dd
    import duckdb
    import pandas as pd
    import polars as pl
    import pyarrow.dataset as ds

    pattern = (folder / "**" / "*.parquet").as_posix()
    by_pandas = pd.read_parquet(folder)
    by_pyarrow = ds.dataset(folder, partitioning="hive").to_table()
    by_duckdb = duckdb.sql(f"SELECT * FROM read_parquet('{pattern}', hive_partitioning=true)")
    by_polars = pl.scan_parquet(folder).collect()
    by_dask = dd.read_parquet(str(folder)).compute()
    return {"pandas": (len(by_pandas), set(by_pandas.columns)),
            "pyarrow": (by_pyarrow.num_rows, set(by_pyarrow.column_names)),
            "duckdb": (len(by_duckdb.fetchall()), set(by_duckdb.columns)),
            "polars": (by_polars.height, set(by_polars.columns)),
            "dask": (len(by_dask), set(by_dask.columns))}


def _assert_every_reader_opens(out: Path) -> None:
    with Store(out) as store:
        counts = store.row_counts()
        parts = store.part_files()
    for part in parts:
        assert "fiscal_year=" not in str(part) and "__HIVE_DEFAULT_PARTITION__" not in str(part)
    for name, schema in TABLES.items():
        folder = out / name
        files = list(folder.glob("*.parquet"))
        assert files, name
        if counts[name]:
            import pyarrow.parquet as pq
            assert all(pq.ParquetFile(f).metadata.num_rows for f in files), f"{name}: an empty part"
        for reader, (rows, columns) in _read_with_every_reader(folder).items():
            assert rows == counts[name], (name, reader, rows, counts[name])
            assert columns == set(schema.names), (name, reader, columns ^ set(schema.names))


@pytest.fixture(scope="module")
def samples_out(tmp_path_factory) -> Path:
    archive = tmp_path_factory.mktemp("samples")
    for name in SAMPLE_FOLDERS:
        shutil.copytree(ROOT / "samples" / name, archive / name)
    (archive / "empty.txt").write_bytes(b"")
    out = tmp_path_factory.mktemp("data") / "data"
    run_ingest([archive], out, Options(workers=2))
    return out


def test_every_table_of_the_samples_opens_with_five_readers(samples_out):
    _assert_every_reader_opens(samples_out)
    import duckdb
    years = duckdb.sql(f"SELECT count(DISTINCT fiscal_year), count(*) FILTER (fiscal_year IS NULL) "
                       f"FROM read_parquet('{samples_out}/forms/*.parquet')").fetchall()[0]
    assert years[0] > 3                      # the year is a column of the files, null where unknown


def test_a_dataset_grown_by_five_runs_opens_with_five_readers(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    first = tmp_path / "first"               # the first run reads no form: tables without rows
    first.mkdir()
    (first / "empty.txt").write_bytes(b"")
    (first / ".hidden").write_text("x")
    run_ingest([first], out, Options(workers=1))
    _assert_every_reader_opens(out)
    paths = make_corpus(tmp_path / "corpus", 10)
    for run in range(4):
        for path in paths[run * 3:(run + 1) * 3]:
            target = archive / path.relative_to(tmp_path / "corpus")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
        run_ingest([first, archive] if run else [archive], out,
                   Options(workers=1, batch_size=2, compact=False))
    _assert_every_reader_opens(out)
    with Store(out) as store:
        assert max(store.parts_per_folder().values()) > 4


def test_search_lists_each_form_once_and_every_copy_on_request(samples_out):
    """The samples hold one seed form as text, DOCX, PDF and XLSX: one form_key, one original."""
    from tests.test_cli import jixiao
    import duckdb

    forms = duckdb.sql(f"SELECT form_key, count(*), count(*) FILTER (copy_of IS NULL) "
                       f"FROM read_parquet('{samples_out}/forms/*.parquet') GROUP BY 1").fetchall()
    assert all(originals == 1 for _, _, originals in forms)
    assert max(n for _, n, _ in forms) >= 4
    once = jixiao("search", "接通率", "--data", str(samples_out), "--format", "json", "--limit", "0")
    every = jixiao("search", "接通率", "--data", str(samples_out), "--format", "json", "--limit", "0",
                   "--every-copy")
    assert once.returncode == every.returncode == 0, once.stderr + every.stderr
    import json
    once_rows, every_rows = json.loads(once.stdout), json.loads(every.stdout)
    seen = [(r["project_name"], r["fiscal_year"], r["level3"]) for r in once_rows]
    assert len(seen) == len(set(seen)) > 0
    assert len(every_rows) >= 4 * len(once_rows) / 2 and len(every_rows) > len(once_rows)
