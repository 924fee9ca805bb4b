"""jixiao's public Python API: parse one document, ingest an archive, read the result.

```python
import jixiao
result = jixiao.parse("samples/seeds/002_aa0b8a55ddd30aef.txt")
result.status, result.tables["scores"].num_rows, result.to_pandas()["indicators"]
summary = jixiao.ingest(["samples/seeds"], "data")
jixiao.read("data", "indicator_view")                 # a pandas DataFrame
jixiao.open("data").sql("SELECT count(*) FROM indicators")
```

Everything here is a thin layer over the pipeline the ``jixiao`` command runs: ``parse`` is
``jixiao parse``, ``ingest`` is ``jixiao ingest`` (same options, same summary), ``open`` is the
DuckDB connection that ``search``, ``export`` and ``report`` read through.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Union

import pyarrow as pa

from jixiao.extract.readers import READERS
from jixiao.pipelines.batch import RunSummary, check_inputs, ingest_options, run_ingest
from jixiao.pipelines.corpus import JOINED_VIEWS, connect
from jixiao.pipelines.ingest import display_path, parse_bytes
from jixiao.pipelines.progress import Progress
from jixiao.pipelines.schemas import DOCUMENT_TABLES, TABLES
from jixiao.pipelines.store import read_table
from jixiao.pipelines.writer import to_arrow

if TYPE_CHECKING:
    import duckdb
    import pandas

__all__ = ["Result", "Summary", "parse", "ingest", "open", "read"]

#: A file or folder given as text or as a path object.
PathLike = Union[str, "os.PathLike[str]"]
#: What ``jixiao.ingest`` returns: the same summary as ``jixiao ingest --json`` (``.as_json()``).
Summary = RunSummary

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Result:
    """One document parsed: its ``documents`` row and every table of the data contract but `sources` (a run's log).

    ``tables`` maps each table name (``documents``, ``forms``, ``form_fields``, ``budget_lines``,
    ``indicators``, ``scores``, ``evaluations``, ``issues``) to a pyarrow Table with the
    contract's schema (``jixiao.pipelines.schemas``); tables the document has no rows for are
    empty, with their columns. ``timings`` holds the seconds each parsing stage took.
    """

    document: dict[str, Any]
    tables: dict[str, pa.Table]
    timings: dict[str, float]

    @property
    def status(self) -> str:
        """``ok``, ``partial`` (parsed, with warnings in ``issues``) or ``failed`` (see ``error``)."""
        return self.document["status"]

    @property
    def error(self) -> str | None:
        """Why the document failed or is partial, in words a user can act on; None when ok."""
        return self.document["error"]

    @property
    def doc_kind(self) -> str:
        """``target_form``, ``self_evaluation``, ``evaluation_report`` or ``unknown``."""
        return self.document["doc_kind"]

    @property
    def issues(self) -> list[dict[str, Any]]:
        """The validation findings (the ``issues`` table) as a list of rows."""
        return self.tables["issues"].to_pylist()

    def __getitem__(self, table: str) -> pa.Table:
        """``result["indicators"]`` is ``result.tables["indicators"]``."""
        try:
            return self.tables[table]
        except KeyError:
            raise KeyError(f"no table {table!r}: the tables are {', '.join(self.tables)}") from None

    def to_pandas(self) -> dict[str, "pandas.DataFrame"]:
        """Every table as a pandas DataFrame (money as ``decimal.Decimal`` 元, dates as dates)."""
        return {name: table.to_pandas() for name, table in self.tables.items()}

    def __repr__(self) -> str:
        counts = ", ".join(f"{name} {t.num_rows}" for name, t in self.tables.items()
                           if name != "documents" and t.num_rows)
        error = f": {self.error}" if self.error else ""
        return (f"<jixiao.Result {self.document['source_path']} {self.doc_kind} {self.status}"
                f"{error}{' (' + counts + ')' if counts else ''}>")


def parse(source: PathLike | bytes, *, ocr: str = "auto", name: str | None = None,
          source_format: str | None = None) -> Result:
    """Parse one document (a path, or its bytes) into the contract's tables, nothing written.

    ``ocr``: PDF pages without a text layer are read by OCR (``auto``), make the document fail
    (``off``) or every page is OCRed (``force``). For bytes, ``name`` (a file name such as
    ``form.pdf``) becomes ``source_path`` and its suffix helps tell the format, and
    ``source_format`` (``pdf``, ``docx``, ``doc``, ``xlsx``, ``xls``, ``txt``, ``md``, ``html``)
    says it outright; without either the format is sniffed from the bytes.

    A document that cannot be read gives a Result with ``status == "failed"`` and the reason in
    ``error`` (never an exception); a path that does not exist raises FileNotFoundError, a bad
    ``ocr`` or ``source_format`` ValueError.
    """
    from jixiao.extract.readers.pdf import OCR_MODES

    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {', '.join(OCR_MODES)}, not {ocr!r}")
    if source_format is not None and source_format not in READERS:
        raise ValueError(f"source_format must be one of {', '.join(READERS)}, not {source_format!r}")
    if isinstance(source, (bytes, bytearray, memoryview)):
        outcome = parse_bytes(bytes(source), name or "<bytes>", source_format, ocr=ocr)
    else:
        path = Path(source)
        if not path.exists():
            raise FileNotFoundError(f"no such file: {path}")
        if path.is_dir():
            raise IsADirectoryError(f"{path} is a folder: parse reads one document; "
                                    f"jixiao.ingest([folder], out) reads a folder")
        outcome = parse_bytes(path.read_bytes(), name or display_path(path.name), source_format,
                              ocr=ocr)
    trace = outcome.document.pop("traceback", None)
    if trace:
        log.debug("%s: %s", outcome.document["source_path"], trace)
    log.debug("%s: %s in %.3f s (%s)", outcome.document["source_path"], outcome.status,
              sum(outcome.timings.values()),
              ", ".join(f"{k} {v:.3f} s" for k, v in outcome.timings.items()))
    tables = {"documents": to_arrow("documents", [outcome.document])}
    tables.update((table, to_arrow(table, outcome.rows.get(table, []))) for table in DOCUMENT_TABLES
                  if table != "documents")         # one document has no run: no sources rows
    return Result(dict(outcome.document), tables, dict(outcome.timings))


def ingest(paths: PathLike | Iterable[PathLike], out: PathLike, *, progress: bool = False,
           **options: Any) -> Summary:
    """Ingest files and folders (searched recursively) into the dataset folder ``out``, as
    ``jixiao ingest PATHS --data OUT`` does: incremental, committed in batches, bad files recorded
    as ``failed`` rows. Returns the run's summary (``.as_json()`` is ``jixiao ingest --json``).

    ``options`` are the command's flags as keywords, with the same defaults: ``workers`` (the
    number of cores), ``timeout`` (60 s), ``max_memory_mb`` (4096), ``max_pages`` (500),
    ``max_file_mb`` (100), ``ocr`` (``auto``), ``force`` (False), ``batch_size`` (200), ``engine``
    (``local`` or ``dask``), ``scheduler`` (a Dask address), ``compact`` (True). ``progress``
    shows the progress bar on stderr.

    Raises FileNotFoundError for an input that does not exist, ValueError for a bad option,
    TypeError for an unknown one, and ``StoreBusy`` when another ingest is writing to ``out``.
    """
    inputs = [Path(paths)] if isinstance(paths, (str, os.PathLike)) else [Path(p) for p in paths]
    settings = ingest_options(**options)
    check_inputs(inputs)
    return run_ingest(inputs, Path(out), settings, Progress(enabled=progress))


def open(out: PathLike) -> "duckdb.DuckDBPyConnection":  # noqa: A001 - jixiao.open, as in the issue
    """A DuckDB connection over the dataset folder ``out``: a view per table (``documents``,
    ``forms``, ``indicators`` …) and the joined views ``indicator_view`` (indicators with project,
    year, department, unit, kind and source file), ``score_view`` and ``issue_view``.

    Raises ``CorpusError`` when ``out`` holds no ingested tables.
    """
    return connect(Path(out))


def read(out: PathLike, table: str) -> "pandas.DataFrame":
    """One table (``indicators`` …) or joined view (``indicator_view`` …) of the dataset folder
    ``out`` as a pandas DataFrame. Tables come with the contract's column types (money as
    ``decimal.Decimal`` 元); the year partition folders are not added as a column.

    Raises ValueError for an unknown table name and ``CorpusError`` when ``out`` holds no
    ingested tables.
    """
    if table not in TABLES and table not in JOINED_VIEWS:
        raise ValueError(f"no table {table!r}: the tables are {', '.join(TABLES)}; the views "
                         f"{', '.join(JOINED_VIEWS)}")
    con = connect(Path(out))                 # checks that out is an ingested folder
    try:
        if table in TABLES:
            return read_table(Path(out), table).to_pandas()
        return con.sql(f"SELECT * FROM {table}").to_arrow_table().to_pandas()
    finally:
        con.close()
