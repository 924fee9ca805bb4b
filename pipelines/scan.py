"""Find the input files and their doc_ids without parsing them, then decide what a run must do.

A file whose size and modification time match the last run's is not read again: its doc_id comes
from the store's file cache. Other files are hashed in 1 MiB chunks (memory stays flat for a 200 MB
file). Files that cannot be parsed at all — link loops, links leading out of the input folder,
devices, files over the size limit, unreadable files — are found here, without a worker.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from jixiao.extract.readers import sniff_format
from jixiao.pipelines.ingest import display_path, iter_input_files
from jixiao.pipelines.store import DocEntry, FileEntry

CHUNK = 1 << 20


@dataclass(frozen=True)
class ScannedFile:
    key: str                    # source_path: relative to the input root, valid UTF-8
    path: str                   # the path on disk (file names may hold bytes that are not UTF-8)
    size: int | None
    mtime_ns: int | None
    doc_id: str
    source_format: str
    error: str | None = None    # why it cannot be parsed, found without parsing it

    @property
    def cache_entry(self) -> FileEntry | None:
        if self.size is None or self.mtime_ns is None:
            return None
        return FileEntry(self.size, self.mtime_ns, self.doc_id)


def path_id(path: str) -> str:
    """doc_id of a file whose bytes cannot be read: the hash of its path."""
    return hashlib.sha256(path.encode("utf-8", "surrogateescape")).hexdigest()


def scan(inputs: list[Path], out: Path, cache: dict[str, FileEntry],
         max_file_bytes: int) -> Iterator[ScannedFile]:
    """Every input file with its doc_id (or the reason it cannot be read), skipping the output
    folder itself when it lies inside an input folder."""
    out_real = os.path.realpath(out)
    for root in inputs:
        base = root if root.is_dir() else root.parent
        base_real = os.path.realpath(base)
        for path in iter_input_files(root):
            text = str(path)
            if _inside(os.path.realpath(text), out_real):
                continue
            key = display_path(os.path.relpath(text, base))
            yield _scan_one(text, key, base_real, cache, max_file_bytes)


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _scan_one(path: str, key: str, base_real: str, cache: dict[str, FileEntry],
              max_file_bytes: int) -> ScannedFile:
    fmt = sniff_format(b"", Path(path))

    def failed(error: str, size: int | None = None, mtime_ns: int | None = None,
               doc_id: str | None = None) -> ScannedFile:
        return ScannedFile(key, path, size, mtime_ns, doc_id or path_id(key), fmt, error)

    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return failed("a symbolic link loop (the link leads back to itself): remove or fix the link")
        if os.path.islink(path):
            return failed(f"a broken symbolic link (its target {os.readlink(path)!r} does not exist): "
                          f"fix or remove the link")
        return failed(f"cannot read the file: {exc.strerror or exc}: check its permissions")
    if os.path.islink(path) and not _inside(os.path.realpath(path), base_real):
        return failed("a symbolic link to a file outside the input folder: not followed (copy the "
                      "file into the folder to ingest it)")
    if not stat.S_ISREG(info.st_mode):
        return failed("not a regular file (a device, pipe or socket): not read")
    cached = cache.get(key)
    if cached and (cached.size, cached.mtime_ns) == (info.st_size, info.st_mtime_ns):
        return ScannedFile(key, path, info.st_size, info.st_mtime_ns, cached.doc_id, fmt)
    try:
        doc_id, head = _hash(path)
    except OSError as exc:
        return failed(f"cannot read the file: {exc.strerror or exc}: check its permissions")
    fmt = sniff_format(head, Path(path))
    if info.st_size > max_file_bytes:
        return failed(f"refused: the file is {info.st_size / 2**20:.0f} MB, over the limit of "
                      f"{max_file_bytes / 2**20:.0f} MB (raise it with --max-file-mb to read it)",
                      info.st_size, info.st_mtime_ns, doc_id)
    return ScannedFile(key, path, info.st_size, info.st_mtime_ns, doc_id, fmt)


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


@dataclass
class Plan:
    """What a run does: files to parse (in order), and what changes without parsing."""
    parse: list[ScannedFile] = field(default_factory=list)
    replaces: dict[str, set[str]] = field(default_factory=dict)   # key -> doc_ids its new rows replace
    moves: dict[str, str] = field(default_factory=dict)            # doc_id -> new source_path
    deletes: set[str] = field(default_factory=set)                 # removed without a new parse
    cache: dict[str, FileEntry] = field(default_factory=dict)      # file-cache news for skipped files
    unchanged: int = 0
    duplicates: int = 0


def make_plan(scanned: list[ScannedFile], files: dict[str, FileEntry], docs: dict[str, DocEntry],
              force: bool = False) -> Plan:
    """Decide per file: skip (already ingested), move (same bytes under a new name), duplicate (the
    same bytes as an earlier file of this run), or parse (new, changed, forced, or retried). A file
    whose bytes changed replaces the rows of its old content unless another file still holds it."""
    plan = Plan()
    scanned = sorted(scanned, key=lambda f: f.key)
    owner: dict[str, str] = {}
    for f in scanned:
        owner.setdefault(f.doc_id, f.key)
    for f in scanned:
        old = files.get(f.key)
        stale: set[str] = set()                 # what this path held before, now held by no file
        if old and old.doc_id != f.doc_id and old.doc_id not in owner:
            held_old = docs.get(old.doc_id)
            if held_old and held_old.source_path == f.key:
                stale.add(old.doc_id)
        if owner[f.doc_id] != f.key:
            plan.duplicates += 1
            plan.deletes |= stale
            if f.cache_entry and files.get(f.key) != f.cache_entry:
                plan.cache[f.key] = f.cache_entry
            continue
        held = docs.get(f.doc_id)
        if held and not force and not held.retry:
            if held.source_path != f.key:
                plan.moves[f.doc_id] = f.key
            else:
                plan.unchanged += 1
            plan.deletes |= stale
            if f.cache_entry and files.get(f.key) != f.cache_entry:
                plan.cache[f.key] = f.cache_entry
            continue
        plan.parse.append(f)
        plan.replaces[f.key] = stale | ({f.doc_id} if held else set())
    return plan
