"""Find the input files and their doc_ids without parsing them, then decide what a run must do.

**Source identity.** A file is known by its *collection* and its path below the collection's root:
the collection is the input root resolved to an absolute path, or the name the user gave with
``--collection`` (then paths are relative to the folder holding every input, so an archive moved
to another disk keeps its identity). Two archives with the same inner paths are two collections,
so their files never meet; a root given twice, or a root inside another root of the same run, is
walked once. The pair is written ``source_key`` (the absolute path of the file, or
``NAME/inner/path``): the store's state is keyed by it.

A file whose size and modification time match the last run's is not read again: its doc_id comes
from the store's file cache. Other files are hashed in 1 MiB chunks (memory stays flat for a 200 MB
file). Files that cannot be parsed at all — link loops, links leading out of the input folder,
devices, files over the size limit, unreadable or empty files — are found here, without a worker.
Hidden files and folders, the samples' ``*.expected.json`` and the output folder are not read,
and each is recorded as ``skipped``.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from jixiao.extract.readers import sniff_format
from jixiao.pipelines.ingest import EXPECTED_SUFFIX, display_path
from jixiao.pipelines.store import DocEntry, DocSource, FileEntry, source_key

CHUNK = 1 << 20
EMPTY_FILE = ("file is empty (0 bytes): check that it was copied or downloaded completely")


class InputError(ValueError):
    """The inputs of a run cannot be used as given (a bad collection name, say)."""


@dataclass(frozen=True)
class Root:
    """One input (folder or file) and the collection its files belong to."""
    path: str                   # the input resolved to an absolute path (walked from here)
    base: str                   # the folder source paths are relative to
    collection: str             # the absolute base, or the user's collection name


@dataclass(frozen=True)
class ScannedFile:
    collection: str
    source_path: str            # relative to the collection's root, valid UTF-8
    path: str                   # the path on disk (file names may hold bytes that are not UTF-8)
    size: int | None
    mtime_ns: int | None
    doc_id: str | None          # None: the bytes could not be read
    source_format: str
    error: str | None = None    # why it cannot be parsed, found without parsing it
    skipped: str | None = None  # why it was not even looked at (hidden, a sample's expectation …)

    @property
    def key(self) -> str:
        return source_key(self.collection, self.source_path)

    @property
    def cache_entry(self) -> FileEntry | None:
        if self.size is None or self.mtime_ns is None or self.doc_id is None:
            return None
        return FileEntry(self.collection, self.source_path, self.size, self.mtime_ns, self.doc_id)


def resolve_roots(inputs: list[Path], collection: str | None = None) -> list[Root]:
    """The run's inputs as roots, each walked once: a root given twice, or lying inside another
    root, is dropped (its files are found through the outer one)."""
    if collection is not None:
        collection = collection.strip()
        if not collection or any(c in collection for c in "/\\") or collection.startswith("."):
            raise InputError(f"--collection {collection!r}: give a name without / or \\ that does not "
                             f"start with a dot, such as 2019年度")
    resolved = sorted({os.path.realpath(p) for p in inputs})
    kept: list[str] = []
    for path in resolved:
        if not any(_inside(path, outer) for outer in kept if os.path.isdir(outer)):
            kept.append(path)
    bases = [p if os.path.isdir(p) else os.path.dirname(p) for p in kept]
    if collection is None:
        return [Root(p, b, b) for p, b in zip(kept, bases)]
    try:
        common = os.path.commonpath(bases) if bases else ""
    except ValueError:                              # Windows: inputs on two drives
        raise InputError(f"--collection {collection}: the inputs share no folder (two drives?): "
                         f"ingest each drive with its own collection name") from None
    return [Root(p, common, collection) for p in kept]


def in_scope(roots: list[Root]) -> Callable[[str], bool]:
    """Whether a source_key lies under one of this run's roots (so its absence means it is gone)."""
    prefixes = [source_key(r.collection, os.path.relpath(r.path, r.base)) if r.path != r.base
                else source_key(r.collection, "") for r in roots]

    def check(key: str) -> bool:
        return any(key == p or _inside(key, p) for p in prefixes)
    return check


def scan(roots: list[Root], out: Path, cache: dict[str, FileEntry],
         max_file_bytes: int) -> Iterator[ScannedFile]:
    """Every input path with its doc_id (or the reason it cannot be read, or was skipped)."""
    out_real = os.path.realpath(out)
    for root in roots:
        for path, skipped in _walk(root.path, out_real):
            source_path = display_path(os.path.relpath(path, root.base))
            if skipped:
                fmt = sniff_format(b"", Path(path))
                yield ScannedFile(root.collection, source_path, path, None, None, None, fmt,
                                  skipped=skipped)
                continue
            yield _scan_one(path, root, source_path, cache, max_file_bytes)


def _walk(root: str, out_real: str) -> Iterator[tuple[str, str | None]]:
    """Every path under root (or root itself), sorted, with the reason it is skipped (or None).
    Links to folders are not followed (no loops); broken links and link loops are yielded, so
    that they are recorded as failed."""
    if not os.path.isdir(root):
        yield root, None
        return
    if _inside(root, out_real):
        yield root, "inside the output folder (--out): not read"
        return
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        keep = []
        for name in sorted(dirnames):
            full = os.path.join(dirpath, name)
            if name.startswith("."):
                yield full, "a hidden folder: not searched"
            elif _inside(os.path.realpath(full), out_real):
                yield full, "the output folder (--out): not read as input"
            else:
                keep.append(name)
        dirnames[:] = keep
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            if name.startswith("."):
                yield full, "a hidden file: not read"
            elif name.endswith(EXPECTED_SUFFIX):
                yield full, "a sample's hand-checked expectation (*.expected.json): not a document"
            else:
                yield full, None


def _inside(path: str, folder: str) -> bool:
    """Whether ``path`` is ``folder`` or below it (both absolute paths, or both source keys; a
    collection name's keys use ``/``)."""
    if path == folder:
        return True
    return any(path.startswith(folder.rstrip(sep) + sep) for sep in {os.sep, "/"})


def _scan_one(path: str, root: Root, source_path: str, cache: dict[str, FileEntry],
              max_file_bytes: int) -> ScannedFile:
    fmt = sniff_format(b"", Path(path))
    key = source_key(root.collection, source_path)

    def failed(error: str, size: int | None = None, mtime_ns: int | None = None,
               doc_id: str | None = None) -> ScannedFile:
        return ScannedFile(root.collection, source_path, path, size, mtime_ns, doc_id, fmt, error)

    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return failed("a symbolic link loop (the link leads back to itself): remove or fix the link")
        if os.path.islink(path):
            return failed(f"a broken symbolic link (its target {os.readlink(path)!r} does not exist): "
                          f"fix or remove the link")
        return failed(f"cannot read the file: {exc.strerror or exc}: check its permissions")
    if os.path.islink(path) and not _inside(os.path.realpath(path), os.path.realpath(root.path)):
        return failed("a symbolic link to a file outside the input folder: not followed (copy the "
                      "file into the folder to ingest it)")
    if not stat.S_ISREG(info.st_mode):
        return failed("not a regular file (a device, pipe or socket): not read")
    cached = cache.get(key)
    if cached and (cached.size, cached.mtime_ns) == (info.st_size, info.st_mtime_ns):
        error = EMPTY_FILE if info.st_size == 0 else None
        return ScannedFile(root.collection, source_path, path, info.st_size, info.st_mtime_ns,
                           cached.doc_id, fmt, error)
    try:
        doc_id, head = _hash(path)
    except OSError as exc:
        return failed(f"cannot read the file: {exc.strerror or exc}: check its permissions")
    fmt = sniff_format(head, Path(path))
    if info.st_size == 0:
        return failed(EMPTY_FILE, 0, info.st_mtime_ns, doc_id)
    if info.st_size > max_file_bytes:
        return failed(f"refused: the file is {info.st_size / 2**20:.0f} MB, over the limit of "
                      f"{max_file_bytes / 2**20:.0f} MB (raise it with --max-file-mb to read it)",
                      info.st_size, info.st_mtime_ns, doc_id)
    return ScannedFile(root.collection, source_path, path, info.st_size, info.st_mtime_ns, doc_id, fmt)


def _hash(path: str) -> tuple[str, bytes]:
    """SHA-256 of a file read in chunks, and its first bytes (to sniff the format)."""
    digest = hashlib.sha256()
    head = b""
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            if not head:
                head = chunk[:200_000]
            digest.update(chunk)
    return digest.hexdigest(), head


@dataclass(frozen=True)
class Outcome:
    """What became of one input path in this run, when it was not parsed (a ``sources`` row)."""
    status: str                 # unchanged, duplicate, moved, failed, skipped
    reason: str | None


@dataclass
class Plan:
    """What a run does: files to parse (in order), and what changes without parsing."""
    parse: list[ScannedFile] = field(default_factory=list)
    replaces: dict[str, set[str]] = field(default_factory=dict)   # key -> doc_ids its new rows replace
    restate: dict[str, DocSource] = field(default_factory=dict)      # held doc_id -> new path, count
    holding: dict[str, DocSource] = field(default_factory=dict)      # every doc_id held after the run
    deletes: set[str] = field(default_factory=set)                 # removed without a new parse
    cache: dict[str, FileEntry] = field(default_factory=dict)      # file-cache news
    forget: set[str] = field(default_factory=set)                  # paths gone from this run's roots
    outcomes: dict[str, Outcome] = field(default_factory=dict)     # key -> outcome, if not parsed
    unchanged: int = 0
    duplicates: int = 0
    moved: int = 0


def make_plan(scanned: list[ScannedFile], files: dict[str, FileEntry], docs: dict[str, DocEntry],
              scope: Callable[[str], bool] = lambda key: False, force: bool = False) -> Plan:
    """Decide per path: skip (already ingested), move (same bytes under a new path, the old one
    gone), duplicate (the same bytes as another path), or parse (new, changed, forced, or retried).
    A path whose bytes changed replaces the rows of its old content unless another path still
    holds it. ``scope`` says which known paths this run looked at (a path in scope and not found
    is gone)."""
    plan = Plan()
    scanned = sorted(scanned, key=lambda f: f.key)
    seen = {f.key for f in scanned}
    now: dict[str, FileEntry] = {k: e for k, e in files.items() if k in seen or not scope(k)}
    plan.forget = set(files) - set(now)
    for f in scanned:
        entry = f.cache_entry
        if entry is not None:
            now[f.key] = entry
            if files.get(f.key) != entry:
                plan.cache[f.key] = entry
        elif f.key in now:                      # the path holds nothing readable any more
            del now[f.key]
            plan.forget.add(f.key)
    holders: dict[str, list[str]] = {}
    for key in sorted(now):
        holders.setdefault(now[key].doc_id, []).append(key)
    plan.holding = {d: DocSource(now[keys[0]].collection, now[keys[0]].source_path, len(keys))
                    for d, keys in holders.items()}

    parsed: set[str] = set()                    # doc_ids this run parses (from their first path)
    claimed: set[str] = set()                   # held doc_ids already found at a path this run
    for f in scanned:
        if f.skipped:
            plan.outcomes[f.key] = Outcome("skipped", f.skipped)
            continue
        if f.doc_id is None:
            plan.outcomes[f.key] = Outcome("failed", f.error)
            continue
        held = docs.get(f.doc_id)
        if f.doc_id in parsed or f.doc_id in claimed:
            plan.duplicates += 1
            plan.outcomes[f.key] = _duplicate(f, holders[f.doc_id][0])
            continue
        if held and not force and not held.retry:
            claimed.add(f.doc_id)
            if held.key == f.key:
                plan.unchanged += 1
                plan.outcomes[f.key] = Outcome("failed", f.error) if f.error else \
                    Outcome("unchanged", "unchanged since it was ingested")
            elif held.key not in now or now[held.key].doc_id != f.doc_id:
                plan.moved += 1
                plan.outcomes[f.key] = Outcome("moved", f"moved from {held.key}: its rows are kept")
            else:
                plan.duplicates += 1
                plan.outcomes[f.key] = _duplicate(f, held.key)
            continue
        parsed.add(f.doc_id)
        plan.parse.append(f)
        plan.replaces[f.key] = {f.doc_id} if held else set()
    for key, old in files.items():                  # the old content of a changed path, if no
        if key not in seen or old.doc_id in holders or old.doc_id not in docs:   # path holds it
            continue
        if key in plan.replaces:
            plan.replaces[key].add(old.doc_id)      # removed in the commit that adds the new rows
        else:
            plan.deletes.add(old.doc_id)
    for doc_id, entry in docs.items():
        holding = plan.holding.get(doc_id)
        if holding is None or doc_id in parsed or doc_id in plan.deletes:
            continue
        if (source_key(holding.collection, holding.source_path), holding.n_paths) != \
                (entry.key, entry.n_paths):
            plan.restate[doc_id] = holding
    return plan


def _duplicate(f: ScannedFile, first: str) -> Outcome:
    """A path whose bytes another path holds; an empty or refused file keeps its own reason."""
    return Outcome("failed", f.error) if f.error else Outcome("duplicate", f"same bytes as {first}")
