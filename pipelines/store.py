"""The output folder as a versioned, crash-safe, incremental dataset.

Layout of ``OUT/`` (see README, "Dataset layout")::

    documents -> _current/documents          one symlink per table, made once
    forms     -> _current/forms              ...
    _current  -> _versions/00000007          the commit point: one symlink, swapped by os.replace
    _versions/00000007/
        documents/part-00000003.parquet      part files named after the batch that wrote them
        forms/part-00000007.parquet          (no partition folders: every reader opens a table as is)
        sources/part-00000007.parquet        the run log, only ever added to
        _state/files.parquet                 (collection, source_path), size, mtime_ns -> doc_id
        _state/docs.parquet                  doc_id -> source_key, batch, status, retry, n_paths
        _state/schema_version                another version's dataset is rebuilt at the next commit
    _jixiao.lock                             one writer at a time

A commit builds a complete new version folder: unchanged part files are hard-linked from the
current version, part files holding replaced documents are rewritten without them, the batch's new
rows are written as new part files, then the state. The new files and folders are flushed to disk
(``fsync``), and only then does ``_current`` switch to it, with one atomic ``os.replace`` of a
symlink. A process killed at any moment (or a machine losing power) leaves ``_current`` on the old or
on the new version, both complete; unfinished version folders are removed by the next run.

Where symbolic links cannot be made (Windows without the privilege), the commit point is the file
``_current.txt`` (written aside, flushed, put in place by ``os.replace``) and each table folder is a
real folder of hard links to the current version's part files, brought up to date after the
switch: atomic for jixiao's readers (``table_path`` goes through the commit point), not for a
plain reader opening the folder during those milliseconds. The lock is ``fcntl.flock``, else
``msvcrt.locking``, else a lock file holding the writer's process id.

Each commit adds a part file to every table folder it touches, so a long import leaves many small
files. ``compact`` (run at the end of an ingest when a folder holds more than
``COMPACT_AFTER_PARTS`` files, or by ``jixiao compact``) is a commit like the others that rewrites
each folder as one part file.
"""

from __future__ import annotations

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

try:                                     # POSIX; Windows has msvcrt instead (see _Lock)
    import fcntl
except ImportError:                      # pragma: no cover - exercised by a test that hides it
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:
    msvcrt = None  # type: ignore[assignment]

from jixiao.pipelines.schemas import SCHEMA_VERSION, TABLES
from jixiao.pipelines.writer import to_arrow

Row = dict[str, Any]
#: form_key -> {form_id: doc_id} of the forms held
FormKeys = dict[str, dict[str, str]]
#: The run log: its rows are only ever added (never removed with a document).
LOG_TABLE = "sources"
CURRENT = "_current"
#: Where there are no symbolic links (Windows without the privilege): a file naming the version.
CURRENT_FILE = "_current.txt"
VERSIONS = "_versions"
STATE = "_state"
LOCK = "_jixiao.lock"
#: An ingest compacts the dataset when a table folder holds more part files than this.
COMPACT_AFTER_PARTS = 16
#: Rows gathered before a compacted part file gets its next row group.
COMPACT_ROW_GROUP = 256 * 1024

FILES_SCHEMA = pa.schema([("collection", pa.string()), ("source_path", pa.string()),
                          ("size", pa.int64()), ("mtime_ns", pa.int64()), ("doc_id", pa.string())])
DOCS_SCHEMA = pa.schema([("doc_id", pa.string()), ("source_key", pa.string()),
                         ("batch", pa.string()), ("status", pa.string()), ("retry", pa.bool_()),
                         ("n_paths", pa.int32())])
FORM_KEYS_SCHEMA = pa.schema([("form_key", pa.string()), ("form_id", pa.string()),
                              ("doc_id", pa.string())])
#: Written beside the state: a dataset of another schema version is rebuilt (parsed again once).
FORMAT_FILE = "schema_version"


def source_key(collection: str, source_path: str) -> str:
    """One string naming a source without ambiguity: the file's absolute path when the collection
    is an absolute root, else ``NAME/inner/path``."""
    if os.path.isabs(collection):
        return os.path.join(collection, source_path) if source_path else collection
    return f"{collection}/{source_path}" if source_path else collection


class StoreBusy(RuntimeError):
    """Another ingest is writing to the same output folder."""


@dataclass(frozen=True)
class FileEntry:
    """What a path held (and looked like) when its doc_id was computed."""
    collection: str
    source_path: str
    size: int
    mtime_ns: int
    doc_id: str

    @property
    def key(self) -> str:
        return source_key(self.collection, self.source_path)


@dataclass(frozen=True)
class DocSource:
    """The path a document's row names (the first holding it, in sorted order), and how many
    paths hold its bytes."""
    collection: str
    source_path: str
    n_paths: int

    @property
    def key(self) -> str:
        return source_key(self.collection, self.source_path)


@dataclass(frozen=True)
class DocEntry:
    """A document held by the dataset, and the batch whose part files hold its rows."""
    key: str                     # source_key of the path its documents row names
    batch: str
    status: str
    retry: bool = False          # failed for a reason worth another try (time-out, worker died)
    n_paths: int = 1


@dataclass
class Commit:
    """One batch: documents to insert (with their rows), remove and re-state (another path, another
    count of paths), file-cache news, and the ``sources`` rows of the paths it accounts for."""
    inserts: list[tuple[Row, dict[str, list[Row]]]] = field(default_factory=list)
    deletes: set[str] = field(default_factory=set)
    restate: dict[str, DocSource] = field(default_factory=dict)
    files: dict[str, FileEntry] = field(default_factory=dict)
    forget: set[str] = field(default_factory=set)                 # paths that hold nothing now
    sources: list[Row] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.inserts or self.deletes or self.restate or self.files or self.forget
                    or self.sources)


def _batch_of(part: Path) -> str:
    """``part-00000007.parquet`` -> ``00000007``."""
    return part.name[len("part-"):-len(".parquet")]


class Store:
    """An output folder opened for writing: holds the lock, knows the state of the current version."""

    def __init__(self, out: Path) -> None:
        self.out = out
        if out.exists() and not out.is_dir():
            raise NotAFolder(f"--out {out} is a file, not a folder: give a folder for the dataset "
                             f"(it is created if missing)")
        out.mkdir(parents=True, exist_ok=True)
        self._lock = _Lock(out / LOCK)
        self.links = symlinks_work(out)
        self.version = self._current_version()
        self.files, self.docs, self.form_keys = self._load_state()
        #: the current version was written by another schema version: the next commit starts a
        #: new dataset (every document is parsed again, once) instead of carrying its files over
        self.rebuild = self.version is not None and not self._same_schema()
        if self.rebuild:
            self.files, self.docs, self.form_keys = {}, {}, {}
        self._remove_stale_versions()

    # --- reading the current version -------------------------------------------------------
    def _current_version(self) -> str | None:
        return current_version(self.out)

    def _version_dir(self, version: str) -> Path:
        return self.out / VERSIONS / version

    def _same_schema(self) -> bool:
        marker = self._version_dir(self.version) / STATE / FORMAT_FILE
        return marker.is_file() and marker.read_text("utf-8").strip() == SCHEMA_VERSION

    def _load_state(self) -> tuple[dict[str, FileEntry], dict[str, DocEntry], FormKeys]:
        if self.version is None:
            return {}, {}, {}
        state = self._version_dir(self.version) / STATE
        if not (state / FORMAT_FILE).is_file():        # an older layout: rebuilt at the next commit
            return {}, {}, {}
        files = pq.read_table(state / "files.parquet").to_pylist()
        docs = pq.read_table(state / "docs.parquet").to_pylist()
        entries = (FileEntry(f["collection"], f["source_path"], f["size"], f["mtime_ns"], f["doc_id"])
                   for f in files)
        form_keys: FormKeys = defaultdict(dict)
        for row in pq.read_table(state / "forms.parquet").to_pylist():
            form_keys[row["form_key"]][row["form_id"]] = row["doc_id"]
        return ({e.key: e for e in entries},
                {d["doc_id"]: DocEntry(d["source_key"], d["batch"], d["status"], d["retry"],
                                       d["n_paths"]) for d in docs}, dict(form_keys))

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

        form_keys, holders, refresh = self._copies(change)
        pulled = set(change.restate) | refresh           # rows rewritten into this version
        removed = change.deletes | pulled
        touched = {self.docs[d].batch for d in removed if d in self.docs}
        restated: dict[str, list[pa.Table]] = defaultdict(list)
        for part in ([] if self.rebuild else self.part_files()):
            relative = part.relative_to(old_root)
            target = new_root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if pq.ParquetFile(part).metadata.num_rows == 0:
                continue                                 # a placeholder: rows may come now
            if relative.parts[0] == LOG_TABLE or _batch_of(part) not in touched:
                os.link(part, target)
                continue
            table = pq.read_table(part, partitioning=None)
            ids = table.column("doc_id")
            in_removed = pc.is_in(ids, pa.array(sorted(removed), pa.string()))
            kept = table.filter(pc.invert(in_removed))
            moving = table.filter(pc.is_in(ids, pa.array(sorted(pulled), pa.string())))
            if moving.num_rows:
                restated[relative.parts[0]].append(moving)
            if kept.num_rows:
                pq.write_table(kept, target, compression="zstd")

        self._write_rows(new_root, version, change, restated, holders)
        for name in TABLES:                # every table readable, even empty: one file, no rows
            folder = new_root / name
            if not any(folder.glob("*.parquet")):
                folder.mkdir(parents=True, exist_ok=True)
                pq.write_table(TABLES[name].empty_table(), folder / f"part-{version}.parquet")

        files = {k: e for k, e in self.files.items() if k not in change.forget}
        files.update(change.files)
        docs = {d: e for d, e in self.docs.items() if d not in change.deletes}
        for doc_id in pulled:
            if doc_id in docs:
                held = docs[doc_id]
                source = change.restate.get(doc_id)
                docs[doc_id] = DocEntry(source.key if source else held.key, version, held.status,
                                        held.retry, source.n_paths if source else held.n_paths)
        for document, _ in change.inserts:
            docs[document["doc_id"]] = DocEntry(
                source_key(document["collection"], document["source_path"]), version,
                document["status"], bool(document.get("retry")), document.get("n_paths") or 1)
        self._write_state(new_root / STATE, files, docs, form_keys)
        self._publish(version, files, docs)
        self.form_keys = form_keys
        self.rebuild = False
        return version

    def _copies(self, change: Commit) -> tuple[FormKeys, dict[str, str], set[str]]:
        """The same form in several documents: each form_key's forms after ``change``, the form
        kept as the original (the smallest form_id: the same whatever order documents came in),
        and the held documents whose forms must be rewritten because their original changed.
        Sets ``copy_of`` on the inserted forms."""
        form_keys: FormKeys = {k: {f: d for f, d in forms.items() if d not in change.deletes}
                               for k, forms in self.form_keys.items()}
        inserted = {document["doc_id"] for document, _ in change.inserts}
        for document, rows in change.inserts:
            for form in rows.get("forms", []):
                if form.get("form_key"):
                    form_keys.setdefault(form["form_key"], {})[form["form_id"]] = document["doc_id"]
        form_keys = {k: forms for k, forms in form_keys.items() if forms}
        holders = {k: min(forms) for k, forms in form_keys.items()}
        for _, rows in change.inserts:
            for form in rows.get("forms", []):
                original = holders.get(form.get("form_key"))
                form["copy_of"] = original if original and original != form["form_id"] else None
        refresh = {doc_id for k, forms in form_keys.items()
                   if self.form_keys.get(k) and min(self.form_keys[k]) != holders[k]
                   for doc_id in forms.values() if doc_id not in inserted}
        return form_keys, holders, refresh

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
        """The current version's part files by table folder."""
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
        if self.rebuild or max(map(len, by_folder.values()), default=0) <= 1:
            return None
        version, new_root = self._new_version()
        for folder, parts in sorted(by_folder.items()):
            target = new_root / folder / f"part-{version}.parquet"
            target.parent.mkdir(parents=True, exist_ok=True)
            if len(parts) == 1:
                os.link(parts[0], target)
            else:
                _merge_parts(sorted(parts), TABLES[folder.parts[0]], target)
        docs = {d: DocEntry(e.key, version, e.status, e.retry, e.n_paths) for d, e in self.docs.items()}
        self._write_state(new_root / STATE, self.files, docs, self.form_keys)
        self._publish(version, dict(self.files), docs)
        return version

    @staticmethod
    def _write_rows(root: Path, version: str, change: Commit,
                    restated: dict[str, list[pa.Table]], holders: dict[str, str]) -> None:
        """The batch's rows (new documents, re-stated ones, sources) as ``part-<version>`` files."""
        by_table: dict[str, list[pa.Table]] = defaultdict(list)
        for name, tables in restated.items():
            for table in tables:
                if name == "forms":
                    copy_of = [None if holders.get(k) in (None, f) else holders[k] for k, f in
                               zip(table.column("form_key").to_pylist(),
                                   table.column("form_id").to_pylist())]
                    table = table.set_column(table.schema.get_field_index("copy_of"), "copy_of",
                                             pa.array(copy_of, pa.string()))
                if name == "documents":
                    old = table.to_pylist()
                    sources = [change.restate.get(d["doc_id"]) or
                               DocSource(d["collection"], d["source_path"], d["n_paths"]) for d in old]
                    for column, values, kind in (
                            ("collection", [s.collection for s in sources], pa.string()),
                            ("source_path", [s.source_path for s in sources], pa.string()),
                            ("n_paths", [s.n_paths for s in sources], pa.int32())):
                        table = table.set_column(table.schema.get_field_index(column), column,
                                                 pa.array(values, kind))
                by_table[name].append(table)
        rows_by_table: dict[str, list[Row]] = defaultdict(list)
        for document, rows in change.inserts:
            rows_by_table["documents"].append(document)
            for name, table_rows in rows.items():
                rows_by_table[name].extend(table_rows)
        rows_by_table[LOG_TABLE].extend(change.sources)
        for name, rows in rows_by_table.items():
            if rows:
                by_table[name].append(to_arrow(name, rows))
        for name, tables in by_table.items():
            schema = TABLES[name]
            table = pa.concat_tables([t.select(schema.names).cast(schema) for t in tables])
            if table.num_rows:
                (root / name).mkdir(parents=True, exist_ok=True)
                pq.write_table(table, root / name / f"part-{version}.parquet", compression="zstd")

    @staticmethod
    def _write_state(folder: Path, files: dict[str, FileEntry], docs: dict[str, DocEntry],
                     form_keys: FormKeys) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        entries = [files[k] for k in sorted(files)]
        pq.write_table(pa.table({"collection": [e.collection for e in entries],
                                 "source_path": [e.source_path for e in entries],
                                 "size": [e.size for e in entries],
                                 "mtime_ns": [e.mtime_ns for e in entries],
                                 "doc_id": [e.doc_id for e in entries]}, schema=FILES_SCHEMA),
                       folder / "files.parquet")
        ids = sorted(docs)
        pq.write_table(pa.table({"doc_id": ids, "source_key": [docs[d].key for d in ids],
                                 "batch": [docs[d].batch for d in ids],
                                 "status": [docs[d].status for d in ids],
                                 "retry": [docs[d].retry for d in ids],
                                 "n_paths": [docs[d].n_paths for d in ids]}, schema=DOCS_SCHEMA),
                       folder / "docs.parquet")
        keyed = sorted((k, f, d) for k, forms in form_keys.items() for f, d in forms.items())
        pq.write_table(pa.table({"form_key": [k for k, _, _ in keyed], "form_id": [f for _, f, _ in keyed],
                                 "doc_id": [d for _, _, d in keyed]}, schema=FORM_KEYS_SCHEMA),
                       folder / "forms.parquet")
        (folder / FORMAT_FILE).write_text(SCHEMA_VERSION + "\n", "utf-8")

    def _switch(self, version: str) -> None:
        """Make ``version`` current (atomic), then make sure every table's symlink is there.
        Without symbolic links, the commit point is ``_current.txt`` (replaced atomically) and each
        table folder is brought to the new version's files after it (not atomic for a plain
        reader; jixiao's readers go through ``_current.txt``)."""
        if not self.links:
            if (self.out / CURRENT).is_symlink():
                os.remove(self.out / CURRENT)
            _write_atomically(self.out / CURRENT_FILE, version)
            for name in TABLES:
                _mirror(self.out / name, self._version_dir(version) / name)
            return
        _replace_symlink(self.out / CURRENT, f"{VERSIONS}/{version}")
        (self.out / CURRENT_FILE).unlink(missing_ok=True)
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
        self._lock.release()

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


class NotAFolder(ValueError):
    """``--out`` names something that is not a folder."""


class _Lock:
    """One writer per output folder: ``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows, else
    a lock file created exclusively that holds the writer's process id (taken over when that
    process is gone). Each is released when the process ends, or at ``release``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle: Any = None
        self.owned_file = False
        busy = StoreBusy(f"another jixiao ingest is writing to {path.parent}")
        if fcntl is not None or msvcrt is not None:
            self.handle = open(path, "a")
            try:
                if fcntl is not None:
                    fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                else:
                    self.handle.seek(0)
                    msvcrt.locking(self.handle.fileno(), msvcrt.LK_NBLCK, 1)
            except OSError:
                self.handle.close()
                raise busy
            return
        claim = path.with_name(path.name + ".pid")
        for _ in range(2):
            try:
                fd = os.open(claim, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                if _process_alive(claim):
                    raise busy
                claim.unlink(missing_ok=True)          # its writer died: take the lock over
                continue
            os.write(fd, str(os.getpid()).encode())
            os.close(fd)
            self.owned_file = True
            return
        raise busy

    def release(self) -> None:
        if self.handle is not None:
            if fcntl is not None:
                fcntl.flock(self.handle, fcntl.LOCK_UN)
            self.handle.close()
        elif self.owned_file:
            self.path.with_name(self.path.name + ".pid").unlink(missing_ok=True)


def _process_alive(claim: Path) -> bool:
    """Whether the process named in a lock file still runs (signal 0 only asks; this path is not
    taken on Windows, where os.kill would end the process)."""
    try:
        os.kill(int(claim.read_text().strip() or 0), 0)
    except (ValueError, OSError):
        return False
    return True


def symlinks_work(folder: Path) -> bool:
    """Whether symbolic links can be made in ``folder`` (not on Windows without the privilege)."""
    if not hasattr(os, "symlink"):
        return False
    probe = folder / ".symlink-probe"
    try:
        if probe.is_symlink():
            probe.unlink()
        os.symlink(VERSIONS, probe)
        probe.unlink()
        return True
    except (OSError, NotImplementedError):
        return False


def current_version(out: Path) -> str | None:
    """The version an output folder's readers see, or None when it has none."""
    link = out / CURRENT
    if link.is_symlink():
        return Path(os.readlink(link)).name
    pointer = out / CURRENT_FILE
    if pointer.is_file():
        return pointer.read_text("utf-8").strip() or None
    return None


def is_output_folder(out: Path) -> bool:
    return current_version(out) is not None


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.new")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def _mirror(folder: Path, source: Path) -> None:
    """Make ``folder`` hold exactly ``source``'s part files (hard links, each put in place by an
    atomic rename); used where table folders cannot be symbolic links."""
    if folder.is_symlink():
        os.remove(folder)
    folder.mkdir(exist_ok=True)
    wanted = {p.name: p for p in source.glob("*.parquet")}
    for name, part in wanted.items():
        target = folder / name
        if target.exists() and os.path.samefile(target, part):
            continue
        temporary = folder / f".{name}.new"
        temporary.unlink(missing_ok=True)
        try:
            os.link(part, temporary)
        except OSError:
            shutil.copyfile(part, temporary)
        os.replace(temporary, target)
    for part in folder.glob("*.parquet"):
        if part.name not in wanted:
            part.unlink()


def _replace_symlink(link: Path, target: str) -> None:
    temporary = link.with_name(f".{link.name}.new")
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    os.symlink(target, temporary)
    os.replace(temporary, link)


def table_path(out: Path, name: str) -> Path:
    """The folder jixiao's readers open for a table: the current version's (so that a commit
    under way is never seen half done, with or without symbolic links), else ``out/name``."""
    version = current_version(out)
    if version is not None and not (out / CURRENT).is_symlink():
        return out / VERSIONS / version / name
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
