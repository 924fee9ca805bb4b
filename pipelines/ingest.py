"""One file → DocumentResult (a documents row plus every other table's rows). Never raises for
bad input: a file that cannot be used gets a ``failed`` row with a reason a user can act on."""

from __future__ import annotations

import os
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from jixiao.extract.errors import DocumentError
from jixiao.extract.forms.evaluation_report import parse_evaluation_report
from jixiao.extract.forms.self_evaluation import parse_self_evaluation
from jixiao.extract.forms.target_form import parse_target_form
from jixiao.extract.readers import document_id, read_document, sniff_format
from jixiao.extract.forms.flat_table import find_flat_header, parse_flat_table
from jixiao.extract.forms.score_table import parse_score_table
from jixiao.extract.recognize import SCORE_TABLE, document_money_unit, form_lines, split_forms
from jixiao.extract.records import RawForm
from jixiao.normalize.rows import normalize_form
from jixiao.normalize.text import clean_text
from jixiao.pipelines.schemas import SCHEMA_VERSION, TABLES
from jixiao.pipelines.targets_met import enrich_indicators
from jixiao.pipelines.validate import validate

Row = dict[str, Any]
DATA_TABLES = [name for name in TABLES if name != "documents"]
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
    unit = document_money_unit(lines)
    forms: list[RawForm] = []
    for span in spans:
        part = lines[span.start:span.end]
        index = len(forms)
        flat = find_flat_header(part) if span.doc_kind == "target_form" else None
        if flat is not None:             # one row per indicator, several projects: a form each
            title = clean_text(part[0].text.replace("\t", " "))
            forms.extend(parse_flat_table(part, flat, index, title, title, unit))
        elif span.doc_kind == "evaluation_report":
            forms.append(parse_evaluation_report(part, index))
        elif span.doc_kind == SCORE_TABLE:
            forms.append(parse_score_table(part, index, unit))
        elif span.doc_kind == "self_evaluation":
            forms.append(parse_self_evaluation(part, index, unit))
        else:
            forms.append(parse_target_form(part, index, span.doc_kind, unit))
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
                     "schema_version": SCHEMA_VERSION}
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
        document["traceback"] = traceback.format_exc()
        return result
    document.update(doc_kind=doc_kind, n_forms=len(forms), n_pages=model.n_pages,
                    text_source=model.text_source, encoding=model.encoding)
    clock = time.perf_counter()
    for raw in forms:
        for table, rows in normalize_form(raw, doc_id).items():
            result.rows[table].extend(rows)
    result.rows["indicators"] = enrich_indicators(result.rows["indicators"], result.rows["scores"])
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


def failed_document(doc_id: str, source_path: str, source_format: str, error: str,
                    size_bytes: int | None = None) -> DocumentResult:
    """A documents row with status ``failed`` and no other rows."""
    document: Row = {"doc_id": doc_id, "source_path": source_path, "source_format": source_format,
                     "doc_kind": "unknown", "status": "failed", "error": error, "n_pages": None,
                     "n_forms": 0, "text_source": None, "encoding": None, "size_bytes": size_bytes,
                     "schema_version": SCHEMA_VERSION}
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


def iter_input_files(root: Path) -> Iterator[Path]:
    """Every file under root (or root itself), sorted; hidden files and folders and the samples'
    ``*.expected.json`` are skipped; links to folders are not followed (no loops). Broken links and
    link loops are yielded too, so that the caller can record them as failed."""
    if root.is_file():
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.endswith(EXPECTED_SUFFIX):
                continue
            yield Path(dirpath) / name
