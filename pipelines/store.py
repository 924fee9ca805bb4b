"""The output folder as a versioned, crash-safe, incremental dataset.

Layout of ``OUT/`` (see README, "Dataset layout")::

    documents -> _current/documents          one symlink per table, made once
    forms     -> _current/forms              ...
    _current  -> _versions/00000007          the commit point: one symlink, swapped by os.replace
    _versions/00000007/
        documents/part-00000003.parquet      part files named after the batch that wrote them
        forms/fiscal_year=2020/part-00000007.parquet
        forms/fiscal_year=__HIVE_DEFAULT_PARTITION__/part-00000007.parquet
        _state/files.parquet                 path, size, mtime_ns -> doc_id (skip without hashing)
        _state/docs.parquet                  doc_id -> source_path, batch, status, retry
    _jixiao.lock                             one writer at a time

A commit builds a complete new version folder: unchanged part files are hard-linked from the
current version, part files holding replaced documents are rewritten without them, the batch's new
rows are written as new part files, then the state. The new files and folders are flushed to disk
(``fsync``), and only then does ``_current`` switch to it, with one atomic ``os.replace`` of a
symlink. A process killed at any moment (or a machine losing power) leaves ``_current`` on the old or
on the new version, both complete; unfinished version folders are removed by the next run.

Each commit adds a part file to every table folder it touches, so a long import leaves many small
files. ``compact`` (run at the end of an ingest when a folder holds more than
``COMPACT_AFTER_PARTS`` files, or by ``jixiao compact``) is a commit like the others that rewrites
each folder as one part file.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from jixiao.pipelines.schemas import TABLES
from jixiao.pipelines.writer import to_arrow

Row = dict[str, Any]
#: Tables split into ``fiscal_year=YYYY/`` folders by the year of the form the row belongs to.
PARTITIONED = ("forms", "form_fields", "budget_lines", "indicators", "scores", "evaluations")
#: Folder name for rows whose form states no year (read back as null by DuckDB and pyarrow).
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
CURRENT = "_current"
VERSIONS = "_versions"
STATE = "_state"
LOCK = "_jixiao.lock"
#: An ingest compacts the dataset when a table folder holds more part files than this.
COMPACT_AFTER_PARTS = 16
#: Rows gathered before a compacted part file gets its next row group.
COMPACT_ROW_GROUP = 256 * 1024

FILES_SCHEMA = pa.schema([("path", pa.string()), ("size", pa.int64()), ("mtime_ns", pa.int64()),
                          ("doc_id", pa.string())])
DOCS_SCHEMA = pa.schema([("doc_id", pa.string()), ("source_path", pa.string()),
                         ("batch", pa.string()), ("status", pa.string()), ("retry", pa.bool_())])


class StoreBusy(RuntimeError):
    """Another ingest is writing to the same output folder."""


@dataclass(frozen=True)
class FileEntry:
    """What a file looked like when its doc_id was computed."""
    size: int
    mtime_ns: int
    doc_id: str


@dataclass(frozen=True)
class DocEntry:
    """A document held by the dataset, and the batch whose part files hold its rows."""
    source_path: str
    batch: str
    status: str
    retry: bool = False          # failed for a reason worth another try (time-out, worker died)


@dataclass
class Commit:
    """One batch: documents to insert (with their rows), remove and re-path, and file-cache news."""
    inserts: list[tuple[Row, dict[str, list[Row]]]] = field(default_factory=list)
    deletes: set[str] = field(default_factory=set)
    moves: dict[str, str] = field(default_factory=dict)           # doc_id -> new source_path
    files: dict[str, FileEntry] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.inserts or self.deletes or self.moves or self.files)


def _batch_of(part: Path) -> str:
    """``part-00000007.parquet`` -> ``00000007``."""
    return part.name[len("part-"):-len(".parquet")]


def _partition_dir(year: Any) -> str:
    return f"fiscal_year={NULL_PARTITION if year is None else int(year)}"


class Store:
    """An output folder opened for writing: holds the lock, knows the state of the current version."""

    def __init__(self, out: Path) -> None:
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self._lock = open(out / LOCK, "a")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            raise StoreBusy(f"another jixiao ingest is writing to {out}")
        self.version = self._current_version()
        self.files, self.docs = self._load_state()
        self._remove_stale_versions()

    # --- reading the current version -------------------------------------------------------
    def _current_version(self) -> str | None:
        link = self.out / CURRENT
        if not link.is_symlink():
            return None
        return Path(os.readlink(link)).name

    def _version_dir(self, version: str) -> Path:
        return self.out / VERSIONS / version

    def _load_state(self) -> tuple[dict[str, FileEntry], dict[str, DocEntry]]:
        if self.version is None:
            return {}, {}
        state = self._version_dir(self.version) / STATE
        files = pq.read_table(state / "files.parquet").to_pylist()
        docs = pq.read_table(state / "docs.parquet").to_pylist()
        return ({f["path"]: FileEntry(f["size"], f["mtime_ns"], f["doc_id"]) for f in files},
                {d["doc_id"]: DocEntry(d["source_path"], d["batch"], d["status"], d["retry"])
                 for d in docs})

    def _remove_stale_versions(self) -> None:
        """Version folders a killed run left half-built, and versions older than the one before."""
        folder = self.out / VERSIONS
        if not folder.is_dir():
            return
        keep = sorted(p.name for p in folder.iterdir() if self.version and p.name <= self.version)
        keep = set(keep[-2:])
        for path in folder.iterdir():
            if path.name not in keep:
                shutil.rmtree(path, ignore_errors=True)

    def part_files(self, version: str | None = None) -> list[Path]:
        """Every part file of a version (default: current), as paths inside its version folder."""
        version = version or self.version
        if version is None:
            return []
        root = self._version_dir(version)
        return sorted(p for name in TABLES for p in (root / name).rglob("*.parquet"))

    # --- committing --------------------------------------------------------------------------
    def commit(self, change: Commit) -> str:
        """Write a new version holding ``change`` and make it current. Returns its name."""
        version, new_root = self._new_version()
        old_root = self._version_dir(self.version) if self.version else None

        removed = change.deletes | set(change.moves)
        touched = {self.docs[d].batch for d in removed if d in self.docs}
        moved_rows: dict[str, list[pa.Table]] = defaultdict(list)
        for part in self.part_files():
            relative = part.relative_to(old_root)
            target = new_root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if _batch_of(part) not in touched:
                os.link(part, target)
                continue
            table = pq.read_table(part, partitioning=None)
            ids = table.column("doc_id")
            in_removed = pc.is_in(ids, pa.array(sorted(removed), pa.string()))
            kept = table.filter(pc.invert(in_removed))
            moving = table.filter(pc.is_in(ids, pa.array(sorted(change.moves), pa.string())))
            if moving.num_rows:
                moved_rows[str(relative.parent)].append(moving)
            if kept.num_rows:
                pq.write_table(kept, target, compression="zstd")

        self._write_rows(new_root, version, change.inserts, moved_rows, change.moves)
        for name in TABLES:                              # every table readable, even when empty
            folder = new_root / name
            if not any(folder.rglob("*.parquet")):
                if name in PARTITIONED:
                    folder = folder / _partition_dir(None)
                folder.mkdir(parents=True, exist_ok=True)
                pq.write_table(TABLES[name].empty_table(), folder / f"part-{version}.parquet")

        files = dict(self.files)
        files.update(change.files)
        docs = {d: e for d, e in self.docs.items() if d not in change.deletes}
        for doc_id, path in change.moves.items():
            if doc_id in docs:
                docs[doc_id] = DocEntry(path, version, docs[doc_id].status, docs[doc_id].retry)
        for document, _ in change.inserts:
            docs[document["doc_id"]] = DocEntry(document["source_path"], version, document["status"],
                                                bool(document.get("retry")))
        self._write_state(new_root / STATE, files, docs)
        self._publish(version, files, docs)
        return version

    def _new_version(self) -> tuple[str, Path]:
        """The next version's name and its empty folder (a killed run's leftover is removed)."""
        version = f"{int(self.version or '0') + 1:08d}"
        root = self._version_dir(version)
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(parents=True)
        return version, root

    def _publish(self, version: str, files: dict[str, FileEntry], docs: dict[str, DocEntry]) -> None:
        """Flush the finished version folder to disk, make it current, forget the old ones."""
        _sync_new_files(self._version_dir(version))
        self._switch(version)
        _fsync(self.out)
        self.version, self.files, self.docs = version, files, docs
        self._remove_stale_versions()

    # --- compaction --------------------------------------------------------------------------
    def _parts_by_folder(self) -> dict[Path, list[Path]]:
        """The current version's part files by table folder (``indicators/fiscal_year=2021``)."""
        by_folder: dict[Path, list[Path]] = defaultdict(list)
        if self.version is not None:
            root = self._version_dir(self.version)
            for part in self.part_files():
                by_folder[part.parent.relative_to(root)].append(part)
        return by_folder

    def parts_per_folder(self) -> dict[str, int]:
        """Part files in each table folder of the current version."""
        return {str(folder): len(parts) for folder, parts in self._parts_by_folder().items()}

    def needs_compaction(self, max_parts: int = COMPACT_AFTER_PARTS) -> bool:
        """True when some table folder holds more than ``max_parts`` part files."""
        return max(self.parts_per_folder().values(), default=0) > max_parts

    def compact(self) -> str | None:
        """A new version with one part file per table folder, same rows (in commit order); every
        document's batch becomes this version. None when no folder has more than one part."""
        by_folder = self._parts_by_folder()
        if max(map(len, by_folder.values()), default=0) <= 1:
            return None
        version, new_root = self._new_version()
        for folder, parts in sorted(by_folder.items()):
            target = new_root / folder / f"part-{version}.parquet"
            target.parent.mkdir(parents=True, exist_ok=True)
            if len(parts) == 1:
                os.link(parts[0], target)
            else:
                _merge_parts(sorted(parts), TABLES[folder.parts[0]], target)
        docs = {d: DocEntry(e.source_path, version, e.status, e.retry) for d, e in self.docs.items()}
        self._write_state(new_root / STATE, self.files, docs)
        self._publish(version, dict(self.files), docs)
        return version

    def _write_rows(self, root: Path, version: str, inserts: list[tuple[Row, dict[str, list[Row]]]],
                    moved: dict[str, list[pa.Table]], moves: dict[str, str]) -> None:
        """The batch's rows (new documents and re-pathed ones) as part files ``part-<version>``."""
        by_folder: dict[str, list[pa.Table]] = defaultdict(list)
        for folder, tables in moved.items():
            for table in tables:
                if folder == "documents":
                    paths = [moves[d] for d in table.column("doc_id").to_pylist()]
                    table = table.set_column(table.schema.get_field_index("source_path"),
                                             "source_path", pa.array(paths, pa.string()))
                by_folder[folder].append(table)
        rows_by_folder: dict[str, list[Row]] = defaultdict(list)
        for document, rows in inserts:
            clean = {k: v for k, v in document.items() if k in TABLES["documents"].names}
            rows_by_folder["documents"].append(clean)
            years = {f["form_id"]: f.get("fiscal_year") for f in rows.get("forms", [])}
            for name, table_rows in rows.items():
                for row in table_rows:
                    if name in PARTITIONED:
                        year = row.get("fiscal_year") if name in ("forms", "evaluations") \
                            else years.get(row.get("form_id"))
                        rows_by_folder[f"{name}/{_partition_dir(year)}"].append(row)
                    else:
                        rows_by_folder[name].append(row)
        for folder, rows in rows_by_folder.items():
            by_folder[folder].append(to_arrow(folder.split("/")[0], rows))
        for folder, tables in by_folder.items():
            schema = TABLES[folder.split("/")[0]]
            table = pa.concat_tables([t.select(schema.names).cast(schema) for t in tables])
            (root / folder).mkdir(parents=True, exist_ok=True)
            pq.write_table(table, root / folder / f"part-{version}.parquet", compression="zstd")

    @staticmethod
    def _write_state(folder: Path, files: dict[str, FileEntry], docs: dict[str, DocEntry]) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        paths = sorted(files)
        pq.write_table(pa.table({"path": paths, "size": [files[p].size for p in paths],
                                 "mtime_ns": [files[p].mtime_ns for p in paths],
                                 "doc_id": [files[p].doc_id for p in paths]}, schema=FILES_SCHEMA),
                       folder / "files.parquet")
        ids = sorted(docs)
        pq.write_table(pa.table({"doc_id": ids, "source_path": [docs[d].source_path for d in ids],
                                 "batch": [docs[d].batch for d in ids],
                                 "status": [docs[d].status for d in ids],
                                 "retry": [docs[d].retry for d in ids]}, schema=DOCS_SCHEMA),
                       folder / "docs.parquet")

    def _switch(self, version: str) -> None:
        """Make ``version`` current (atomic), then make sure every table's symlink is there."""
        _replace_symlink(self.out / CURRENT, f"{VERSIONS}/{version}")
        for name in TABLES:
            link = self.out / name
            if link.is_symlink():
                continue
            if link.exists():                            # a folder of the pre-versioned layout
                retired = self.out / VERSIONS / f".retired-{name}"
                shutil.rmtree(retired, ignore_errors=True)
                os.replace(link, retired)
                shutil.rmtree(retired, ignore_errors=True)
            _replace_symlink(link, f"{CURRENT}/{name}")

    def row_counts(self) -> dict[str, int]:
        """Rows per table in the current version (from the Parquet footers)."""
        counts = {name: 0 for name in TABLES}
        if self.version is None:
            return counts
        root = self._version_dir(self.version)
        for part in self.part_files():
            counts[part.relative_to(root).parts[0]] += pq.ParquetFile(part).metadata.num_rows
        return counts

    def close(self) -> None:
        fcntl.flock(self._lock, fcntl.LOCK_UN)
        self._lock.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _merge_parts(parts: list[Path], schema: pa.Schema, target: Path) -> None:
    """The parts' rows, in order, as one Parquet file; memory holds one row group's worth."""
    pending: list[pa.Table] = []
    rows = 0
    with pq.ParquetWriter(target, schema, compression="zstd") as writer:
        for part in parts:
            pending.append(pq.read_table(part, partitioning=None).select(schema.names).cast(schema))
            rows += pending[-1].num_rows
            if rows >= COMPACT_ROW_GROUP:
                writer.write_table(pa.concat_tables(pending))
                pending, rows = [], 0
        if pending:
            writer.write_table(pa.concat_tables(pending))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_new_files(root: Path) -> None:
    """Flush a version folder to disk before it becomes current: the files written for it (a file
    hard-linked from the version before is on disk already) and every folder, whose entries hold
    the links."""
    for folder, _, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            if path.stat().st_nlink == 1:
                _fsync(path)
        _fsync(Path(folder))


def _replace_symlink(link: Path, target: str) -> None:
    temporary = link.with_name(f".{link.name}.new")
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    os.symlink(target, temporary)
    os.replace(temporary, link)


def table_path(out: Path, name: str) -> Path:
    """The folder readers open for a table."""
    return out / name


def read_table(out: Path, name: str, columns: Iterable[str] | None = None) -> pa.Table:
    """One table of an output folder as a pyarrow Table with the contract's schema (partition
    folders are not added as columns). Works for the versioned layout and for a plain folder of
    Parquet files."""
    schema = TABLES[name]
    folder = table_path(out, name)
    if not folder.exists():
        return schema.empty_table()
    dataset = ds.dataset(folder, schema=schema, format="parquet", partitioning=None)
    return dataset.to_table(columns=list(columns) if columns is not None else None)
