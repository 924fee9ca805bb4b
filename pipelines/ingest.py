"""One file → DocumentResult (a documents row plus every other table's rows). Never raises for
bad input: a file that cannot be used gets a ``failed`` row with a reason a user can act on."""

from __future__ import annotations

import hashlib
import os
import time
import traceback
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jixiao.extract.errors import DocumentError
from jixiao.extract.families import read_forms
from jixiao.extract.layout.stream import shape_issues
from jixiao.extract.readers import document_id, read_document, sniff_format
from jixiao.extract.recognize import document_money_unit, form_lines, split_forms
from jixiao.extract.records import RawForm
from jixiao.normalize.rows import normalize_form
from jixiao.pipelines.schemas import DOCUMENT_TABLES, SCHEMA_VERSION
from jixiao.pipelines.targets_met import enrich_indicators
from jixiao.pipelines.validate import validate

Row = dict[str, Any]
DATA_TABLES = [name for name in DOCUMENT_TABLES if name != "documents"]
#: Hand-checked expectations beside sample documents: not inputs.
EXPECTED_SUFFIX = ".expected.json"


@dataclass
class DocumentResult:
    document: Row
    rows: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in DATA_TABLES})
    #: seconds spent per stage of parse_bytes (read, forms, normalize, validate), for debug logs
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def status(self) -> str:
        return self.document["status"]


def parse_forms(data: bytes, source_format: str, ocr: str = "auto", max_pages: int | None = None,
                timings: dict[str, float] | None = None) -> tuple[str, list[RawForm], Any]:
    """Bytes → (doc_kind, raw forms, the document model); seconds of the ``read`` and ``forms``
    stages go into ``timings`` when given."""
    clock = time.perf_counter()
    document = read_document(data, source_format, ocr, max_pages)
    if timings is not None:
        timings["read"] = time.perf_counter() - clock
    clock = time.perf_counter()
    lines = form_lines(document.lines())
    doc_kind, spans = split_forms(lines)
    forms = read_forms(lines, spans, document_money_unit(lines))
    if forms:                            # tables the shape layer could not read for certain
        forms[0].issues.extend(shape_issues(document.warnings))
    if timings is not None:
        timings["forms"] = time.perf_counter() - clock
    return doc_kind, forms, document


def parse_bytes(data: bytes, source_path: str, source_format: str | None = None,
                ocr: str = "auto", max_pages: int | None = None) -> DocumentResult:
    doc_id = document_id(data)
    fmt = source_format or sniff_format(data, Path(source_path))
    document: Row = {"doc_id": doc_id, "source_path": source_path, "source_format": fmt,
                     "doc_kind": "unknown", "status": "failed", "error": None, "n_pages": None,
                     "n_forms": 0, "text_source": None, "encoding": None, "size_bytes": len(data),
                     "schema_version": SCHEMA_VERSION, "collection": None, "n_paths": 1}
    result = DocumentResult(document)
    try:
        doc_kind, forms, model = parse_forms(data, fmt, ocr, max_pages, result.timings)
    except DocumentError as exc:
        document["error"] = str(exc)
        return result
    except MemoryError:                      # the batch engine's memory guard reports it
        raise
    except Exception as exc:  # a bug: keep the batch going, say so
        document["error"] = (f"internal error while parsing ({type(exc).__name__}: {exc}); "
                             f"please report it with this file")
        document["traceback"] = code_traceback(exc)
        return result
    document.update(doc_kind=doc_kind, n_forms=len(forms), n_pages=model.n_pages,
                    text_source=model.text_source, encoding=model.encoding)
    clock = time.perf_counter()
    for raw in forms:
        for table, rows in normalize_form(raw, doc_id).items():
            result.rows[table].extend(rows)
    result.rows["indicators"] = enrich_indicators(result.rows["indicators"], result.rows["scores"])
    for form in result.rows["forms"]:
        form["form_key"] = form_key(form, [i["level3"] for i in result.rows["indicators"]
                                           if i["form_id"] == form["form_id"]])
    result.timings["normalize"] = time.perf_counter() - clock
    clock = time.perf_counter()
    result.rows["issues"].extend(validate(result.rows))
    result.timings["validate"] = time.perf_counter() - clock
    usable = any(result.rows[t] for t in ("indicators", "budget_lines", "scores"))
    if not usable:
        document["status"] = "partial"
        document["error"] = "forms were found but no indicator, money or score rows could be read"
    elif any(i["severity"] in ("error", "warning") for i in result.rows["issues"]):
        document["status"] = "partial"
    else:
        document["status"] = "ok"
    return result


def code_traceback(exc: BaseException) -> str:
    """Where an internal error happened (files, lines, functions) and its type, without its
    message, which may quote the document."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    return f"Traceback (most recent call last):\n{frames}{type(exc).__module__}.{type(exc).__qualname__}\n"


def write_error_log(folder: Path, what: str, trace: str) -> Path:
    """Keep an internal error's traceback in ``folder/_logs/`` (for a bug report); returns the file."""
    import datetime as dt
    logs = folder / "_logs"
    logs.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    path = logs / f"internal-error-{stamp}.log"
    from jixiao import __version__
    path.write_text(f"jixiao {__version__}: {what}\n\n{trace}", "utf-8")
    return path


def _key_text(text: Any) -> str:
    """Text as a key part: NFKC (full-width to half-width), letters and digits only."""
    if text is None:
        return ""
    return "".join(c for c in unicodedata.normalize("NFKC", str(text)).casefold() if c.isalnum())


def form_key(form: Row, indicator_names: list[str | None]) -> str:
    """The same form in any file (DOCX, PDF, .doc, XLSX, a scan, text) has the same key: a hash of
    its normalised kind, year, reporting unit, project name and indicator names (as a set)."""
    names = sorted({_key_text(n) for n in indicator_names} - {""})
    parts = [form.get("doc_kind") or "", str(form.get("fiscal_year") or ""),
             _key_text(form.get("reporting_unit")), _key_text(form.get("project_name")), *names]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def failed_document(doc_id: str | None, source_path: str, source_format: str, error: str,
                    size_bytes: int | None = None) -> DocumentResult:
    """A documents row with status ``failed`` and no other rows."""
    document: Row = {"doc_id": doc_id, "source_path": source_path, "source_format": source_format,
                     "doc_kind": "unknown", "status": "failed", "error": error, "n_pages": None,
                     "n_forms": 0, "text_source": None, "encoding": None, "size_bytes": size_bytes,
                     "schema_version": SCHEMA_VERSION, "collection": None, "n_paths": 1}
    return DocumentResult(document)


def display_path(path: str) -> str:
    """A path as valid UTF-8 text: bytes that are not UTF-8 in a file name are shown as ``\\xNN``."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def parse_file(path: Path, root: Path, ocr: str = "auto") -> DocumentResult:
    """Read one file from disk; unreadable files (permissions, vanished) become failed rows."""
    rel = display_path(os.path.relpath(path, root) if path != root else path.name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return failed_document(document_id(str(path).encode("utf-8", "surrogateescape")), rel,
                               sniff_format(b"", path),
                               f"cannot read the file: {exc.strerror or exc}")
    return parse_bytes(data, rel, ocr=ocr)
