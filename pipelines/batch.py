"""One ingest run: scan the inputs, plan, parse on an engine, commit the rows batch by batch.

Memory is bounded by the batch: rows are held only until their batch is committed (every
``batch_size`` documents or ``commit_every_s`` seconds), and the summary keeps counts plus the
documents that were not ok.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterator, Protocol

from jixiao.extract.readers.pdf import OCR_MODES
from jixiao.pipelines.engines import DaskEngine, Limits, LocalEngine, Task
from jixiao.pipelines.ingest import DocumentResult, failed_document, write_error_log
from jixiao.pipelines.progress import Progress
from jixiao.pipelines.scan import (InputError, Outcome, Plan, ScannedFile, in_scope, make_plan,
                                   resolve_roots, scan)
from jixiao.pipelines.store import COMPACT_AFTER_PARTS, Commit, DocSource, Store

Row = dict[str, Any]
log = logging.getLogger(__name__)
ENGINES: tuple[str, ...] = ("local", "dask")


class Engine(Protocol):
    name: str

    def map(self, tasks: list[Task]) -> Iterator[DocumentResult]: ...


@dataclass(frozen=True)
class Options:
    workers: int = os.cpu_count() or 1
    limits: Limits = Limits()
    max_file_mb: float = 100.0
    ocr: str = "auto"
    force: bool = False
    batch_size: int = 200
    commit_every_s: float = 30.0
    engine: str = "local"
    scheduler: str | None = None
    compact: bool = True          # compact at the end when a folder holds more than compact_after
    compact_after: int = COMPACT_AFTER_PARTS
    collection: str | None = None  # name the inputs' collection (else: their absolute roots)


@dataclass
class RunSummary:
    """What a run did; documents are counted for the ones parsed in this run."""
    out: str
    engine: str = "local"
    workers: int = 1
    scanned: int = 0
    unchanged: int = 0
    duplicates: int = 0
    moved: int = 0
    replaced: int = 0
    batches: int = 0
    compacted: bool = False
    elapsed_s: float = 0.0
    by_group: Counter = field(default_factory=Counter)      # (format, kind, status) -> documents
    forms_by_group: Counter = field(default_factory=Counter)  # (format, kind) -> forms
    rows_added: Counter = field(default_factory=Counter)
    rows: dict[str, int] = field(default_factory=dict)     # rows per table in the dataset after
    not_ok: list[Row] = field(default_factory=list)        # documents rows that are not ok
    issue_codes: dict[str, Counter] = field(default_factory=dict)  # doc_id -> codes, for not ok ones
    findings: Counter = field(default_factory=Counter)            # (severity, code) -> issues
    finding_documents: Counter = field(default_factory=Counter)   # (severity, code) -> documents
    pages: int = 0
    paths: Counter = field(default_factory=Counter)        # sources status -> input paths

    @property
    def documents(self) -> int:
        return sum(self.by_group.values())

    def status(self, status: str) -> int:
        return sum(n for (_, _, s), n in self.by_group.items() if s == status)

    def add(self, result: DocumentResult) -> None:
        doc = result.document
        self.by_group[(doc["source_format"], doc["doc_kind"], doc["status"])] += 1
        self.forms_by_group[(doc["source_format"], doc["doc_kind"])] += doc["n_forms"] or 0
        self.pages += doc["n_pages"] or 0
        for table, rows in result.rows.items():
            self.rows_added[table] += len(rows)
        self.rows_added["documents"] += 1
        found = Counter((i["severity"], i["code"]) for i in result.rows.get("issues", []))
        self.findings.update(found)
        self.finding_documents.update(found.keys())
        if doc["status"] != "ok":
            self.not_ok.append({k: doc[k] for k in ("doc_id", "source_path", "source_format",
                                                    "doc_kind", "status", "error")})
            codes = Counter(i["code"] for i in result.rows.get("issues", []) if i["severity"] != "info")
            if codes:
                self.issue_codes[doc["doc_id"]] = codes

    def as_json(self) -> dict[str, Any]:
        rate = self.documents / self.elapsed_s if self.elapsed_s else 0.0
        groups = [{"format": f, "kind": k, "status": s, "documents": n}
                  for (f, k, s), n in sorted(self.by_group.items())]
        return {"out": self.out, "engine": self.engine, "workers": self.workers,
                "documents": self.documents, "ok": self.status("ok"),
                "partial": self.status("partial"), "failed": self.status("failed"),
                "scanned": self.scanned, "unchanged": self.unchanged, "duplicates": self.duplicates,
                "moved": self.moved, "replaced": self.replaced, "batches": self.batches,
                "compacted": self.compacted, "paths": dict(sorted(self.paths.items())),
                "forms": self.rows_added["forms"], "indicators": self.rows_added["indicators"],
                "pages": self.pages, "rows": self.rows, "rows_added": dict(self.rows_added),
                "by_format_kind": groups, "elapsed_s": round(self.elapsed_s, 3),
                "documents_per_s": round(rate, 2),
                "findings": [{"severity": sev, "code": code, "issues": n,
                              "documents": self.finding_documents[(sev, code)]}
                             for (sev, code), n in sorted(self.findings.items())],
                "failures": [{"source_path": d["source_path"], "error": d["error"]}
                             for d in self.not_ok if d["status"] == "failed"]}


def make_engine(options: Options, client: Any = None) -> Engine:
    if options.engine == "dask":
        return DaskEngine(options.scheduler, options.limits, client)
    return LocalEngine(options.workers, options.limits)


def ingest_options(*, workers: int | None = None, timeout: float = Limits.timeout_s,
                   max_memory_mb: int = Limits.max_memory_mb, max_pages: int = Limits.max_pages,
                   max_file_mb: float = Options.max_file_mb, ocr: str = Options.ocr,
                   force: bool = Options.force, batch_size: int = Options.batch_size,
                   engine: str = Options.engine, scheduler: str | None = None,
                   compact: bool = Options.compact, collection: str | None = None) -> Options:
    """The run's Options from the settings a user gives: the flags of ``jixiao ingest`` and the
    keywords of ``jixiao.ingest`` (same names, same defaults). Raises ValueError saying which
    setting is wrong (by its flag: ``--max-pages`` is the keyword ``max_pages``)."""
    if ocr not in OCR_MODES:
        raise ValueError(f"--ocr must be one of {', '.join(OCR_MODES)}, not {ocr!r}")
    if engine not in ENGINES:
        raise ValueError(f"--engine must be local or dask, not {engine!r}")
    if engine == "dask" and not scheduler:
        raise ValueError("the dask engine needs a scheduler address (--scheduler tcp://HOST:8786)")
    workers = (os.cpu_count() or 1) if workers is None else workers
    for name, value, least in (("workers", workers, 1), ("timeout", timeout, 0.1),
                               ("max_memory_mb", max_memory_mb, 0), ("max_pages", max_pages, 1),
                               ("max_file_mb", max_file_mb, 0), ("batch_size", batch_size, 1)):
        if value < least:
            raise ValueError(f"--{name.replace('_', '-')} must be at least {least}, "
                             f"not {value}")
    return Options(workers=workers, limits=Limits(timeout, max_memory_mb, max_pages),
                   max_file_mb=max_file_mb, ocr=ocr, force=force, batch_size=batch_size,
                   engine=engine, scheduler=scheduler, compact=compact, collection=collection)


def check_inputs(inputs: list[Path]) -> None:
    """Raises FileNotFoundError naming the first input that does not exist."""
    for root in inputs:
        if not Path(root).exists():
            raise FileNotFoundError(f"no such file or folder: {root}")


def run_ingest(inputs: list[Path], out: Path, options: Options, progress: Progress | None = None,
               client: Any = None) -> RunSummary:
    """Ingest ``inputs`` into ``out`` incrementally. Raises StoreBusy when another run holds
    ``out``, InputError when the inputs cannot be used as given."""
    started = time.perf_counter()
    ingested_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)      # UTC
    progress = progress or Progress(enabled=False)
    roots = resolve_roots(inputs, options.collection)
    engine = make_engine(options, client)
    summary = RunSummary(str(out), engine.name,
                         options.workers if engine.name == "local" else 0)
    with Store(out) as store:
        progress.status("scanning inputs")
        scanned = list(scan(roots, out, store.files, int(options.max_file_mb * 2**20)))
        if not scanned:
            raise InputError("no files found under " + ", ".join(str(p) for p in inputs)
                             + ": check the folder (files in it are searched recursively)")
        plan = make_plan(scanned, store.files, store.docs, in_scope(roots), options.force)
        summary.scanned, summary.unchanged = len(scanned), plan.unchanged
        summary.duplicates, summary.moved = plan.duplicates, plan.moved
        summary.replaced = len(plan.deletes)
        log.info("scanned %d files: %d to parse, %d unchanged, %d duplicates, %d moved",
                 len(scanned), len(plan.parse), plan.unchanged, plan.duplicates, plan.moved)
        first = Commit(deletes=set(plan.deletes), restate=dict(plan.restate), files=dict(plan.cache),
                       forget=set(plan.forget))
        for f in scanned:
            outcome = plan.outcomes.get(f.key)
            if outcome is not None:
                first.sources.append(source_row(f, outcome, ingested_at))
                summary.paths[outcome.status] += 1
                if outcome.status == "failed" and f.doc_id is None:
                    summary.add(failed_document(None, f.source_path, f.source_format,
                                                outcome.reason or "", f.size))
        if first:
            store.commit(first)
            summary.batches += 1
        progress.start(len(plan.parse))
        writer = _BatchWriter(store, options, summary, plan, ingested_at)
        for scanned_file, result in _results(plan.parse, engine, options):
            trace = result.document.pop("traceback", None)
            if trace:                                # a bug: keep where it happened, say where
                log_file = write_error_log(out, f"parsing {result.document['source_format']} "
                                           f"document {result.document['doc_id']}", trace)
                result.document["error"] += f" (traceback in {log_file})"
            _log_document(result)
            writer.add(scanned_file, result)         # names the document by its first path
            summary.add(result)
            progress.advance(result.document)
        writer.flush()
        if options.compact and store.needs_compaction(options.compact_after):
            progress.status("compacting the dataset")
            log.info("compacting %s (a table folder holds more than %d part files)", out,
                     options.compact_after)
            summary.compacted = store.compact() is not None
        summary.rows = store.row_counts()
    progress.stop()
    summary.elapsed_s = time.perf_counter() - started
    return summary


def source_row(f: ScannedFile, outcome: Outcome, ingested_at: dt.datetime) -> Row:
    """The ``sources`` row of one input path."""
    modified = (dt.datetime.fromtimestamp(f.mtime_ns / 1e9, dt.timezone.utc).replace(tzinfo=None)
                if f.mtime_ns is not None else None)                         # UTC
    return {"collection": f.collection, "source_path": f.source_path, "doc_id": f.doc_id,
            "status": outcome.status, "reason": outcome.reason, "size_bytes": f.size,
            "modified_at": modified, "ingested_at": ingested_at}


def _log_document(result: DocumentResult) -> None:
    """One debug line per document: its outcome and the seconds of each parsing stage."""
    if not log.isEnabledFor(logging.DEBUG):
        return
    doc, timings = result.document, result.timings
    stages = ", ".join(f"{stage} {seconds:.3f} s" for stage, seconds in timings.items())
    log.debug("%s: %s, %s %s, %d forms in %.3f s (%s)", doc["source_path"], doc["status"],
              doc["source_format"], doc["doc_kind"], doc["n_forms"] or 0, sum(timings.values()),
              stages or "not parsed")


def _results(files: list[ScannedFile], engine: Engine,
             options: Options) -> Iterator[tuple[ScannedFile, DocumentResult]]:
    """Failed-at-scan files first (no worker needed), then the engine's results as they come."""
    by_key = {f.key: f for f in files}
    for f in files:
        if f.error:
            yield f, failed_document(f.doc_id, f.source_path, f.source_format, f.error, f.size)
    tasks = [Task(f.key, f.path, f.doc_id, f.source_format, f.size, options.ocr)
             for f in files if not f.error]
    for result in engine.map(tasks):
        yield by_key[result.document["source_path"]], result



class _BatchWriter:
    """Collects results and commits them every ``batch_size`` documents or ``commit_every_s``."""

    def __init__(self, store: Store, options: Options, summary: RunSummary, plan: Plan,
                 ingested_at: dt.datetime) -> None:
        self.store, self.options, self.summary, self.plan = store, options, summary, plan
        self.ingested_at = ingested_at
        self.commit = Commit()
        self.since = time.monotonic()

    def add(self, scanned_file: ScannedFile, result: DocumentResult) -> None:
        document = result.document
        doc_id = document["doc_id"]
        if doc_id != scanned_file.doc_id and doc_id in self.store.docs:
            return          # the file changed, during the run, into a copy of a document held
        holding = self.plan.holding.get(doc_id) or DocSource(scanned_file.collection,
                                                             scanned_file.source_path, 1)
        document.update(collection=holding.collection, source_path=holding.source_path,
                        n_paths=holding.n_paths)
        replaces = self.plan.replaces.get(scanned_file.key, set())
        self.commit.inserts.append((document, result.rows))
        self.commit.deletes |= replaces
        self.summary.replaced += len(replaces - {doc_id})
        failed = document["status"] == "failed"
        outcome = Outcome("failed", document["error"]) if failed else Outcome("parsed", None)
        self.commit.sources.append(source_row(scanned_file, outcome, self.ingested_at))
        self.summary.paths[outcome.status] += 1
        entry = scanned_file.cache_entry
        if entry is not None:
            self.commit.files[scanned_file.key] = replace(entry, doc_id=doc_id)
        if (len(self.commit.inserts) >= self.options.batch_size
                or time.monotonic() - self.since >= self.options.commit_every_s):
            self.flush()

    def flush(self) -> None:
        if self.commit:
            version = self.store.commit(self.commit)
            self.summary.batches += 1
            log.info("committed %d documents (version %s)", len(self.commit.inserts), version)
        self.commit = Commit()
        self.since = time.monotonic()
