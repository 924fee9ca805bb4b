"""The local process pool: time limit, memory limit, a worker killed mid-document."""

import io
import subprocess
import sys
import time
from pathlib import Path

import psutil
from reportlab.pdfgen import canvas

from jixiao.pipelines import engines
from jixiao.pipelines.engines import Limits, LocalEngine, Task, parse_task
from tests.batch_helpers import ROOT, SEED_TEXTS

SCANNED = ROOT / "samples" / "scanned" / "000_02f8c3f2acc7ec3d.scanned.pdf"


def _task(path: Path, ocr: str = "auto") -> Task:
    return Task(path.name, str(path), path.name, path.suffix[1:], path.stat().st_size, ocr)


def _long_pdf(path: Path, pages: int = 10) -> Path:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    for page in range(pages):
        for line in range(50):
            pdf.drawString(40, 800 - 15 * line, f"page {page} line {line} budget performance text " * 2)
        pdf.showPage()
    pdf.save()
    path.write_bytes(buf.getvalue())
    return path


def test_a_slow_document_times_out_and_the_rest_go_on():
    # OCR of the scanned PDF takes 10-30 s; 4 s leaves the text documents room on a loaded machine
    engine = LocalEngine(2, Limits(timeout_s=4))
    tasks = [_task(SCANNED), *(_task(p) for p in SEED_TEXTS[:2])]
    results = {r.document["source_path"]: r.document for r in engine.map(tasks)}
    assert results[SCANNED.name]["status"] == "failed"
    assert results[SCANNED.name]["error"].startswith("timed out after 4 s")
    assert results[SCANNED.name]["retry"] is True
    assert [results[p.name]["status"] for p in SEED_TEXTS[:2]] == ["ok", "ok"]


def _workers() -> list[psutil.Process]:
    """Worker processes of the pool: children of the forkserver."""
    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            if "forkserver" in " ".join(child.parent().cmdline()):
                found.append(child)
        except psutil.Error:
            pass
    return found


def test_a_worker_killed_by_the_system_does_not_take_the_batch_down(tmp_path):
    """The pool breaks; the document that was being parsed is re-run alone and succeeds (it was not
    its fault); the queued ones are parsed as usual."""
    slow = _long_pdf(tmp_path / "long.pdf")
    engine = LocalEngine(1, Limits(timeout_s=120))
    tasks = [_task(SEED_TEXTS[0]), _task(slow), _task(SEED_TEXTS[1]), _task(SEED_TEXTS[3])]
    results = []
    killed = []
    for result in engine.map(tasks):
        results.append(result.document)
        if len(results) == 1:                          # the long PDF is being parsed now
            time.sleep(1.0)
            for worker in _workers():
                killed.append(worker.pid)
                worker.kill()
    assert killed, "no worker to kill"
    by_path = {d["source_path"]: d for d in results}
    assert sorted(by_path) == sorted(t.key for t in tasks) and len(results) == 4
    assert "worker process" not in (by_path["long.pdf"]["error"] or "")
    assert "no budget-performance form" in by_path["long.pdf"]["error"]     # parsed to the end
    assert [by_path[p.name]["status"] for p in (SEED_TEXTS[1], SEED_TEXTS[3])] == ["ok", "ok"]


def test_a_document_that_kills_its_worker_every_time_is_recorded_failed(tmp_path):
    """A memory limit below what any parse needs: every worker dies; each document is tried alone
    once more, then recorded failed, and the run ends."""
    engine = LocalEngine(2, Limits(timeout_s=2, max_memory_mb=1, kill_grace_s=1))
    results = list(engine.map([_task(p) for p in SEED_TEXTS[:3]]))
    assert len(results) == 3
    for result in results:
        assert result.document["status"] == "failed"
        assert "worker process" in result.document["error"] or "ran out of memory" in result.document["error"]


def test_the_memory_limit_applies_in_the_worker():
    code = ("import multiprocessing as mp; from jixiao.pipelines.engines import _init_worker, Limits\n"
            "_init_worker(None, Limits(max_memory_mb=900))\n"
            "try:\n    bytearray(1500 * 2**20)\nexcept MemoryError:\n    print('refused')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.strip() == "refused", proc.stderr


def test_out_of_memory_in_a_parse_is_a_failed_row(tmp_path, monkeypatch):
    def explode(*args, **kwargs):
        raise MemoryError()
    monkeypatch.setattr(engines, "parse_bytes", explode)
    result = parse_task(_task(SEED_TEXTS[0]), Limits(max_memory_mb=512))
    assert result.document["status"] == "failed"
    assert result.document["error"].startswith("ran out of memory (limit 512 MB")


def test_the_page_limit_refuses_a_longer_pdf_and_leaves_others_alone(tmp_path):
    long_pdf = _long_pdf(tmp_path / "long.pdf", pages=4)
    refused = parse_task(_task(long_pdf), Limits(max_pages=3)).document
    assert refused["status"] == "failed"
    assert refused["error"].startswith("refused: the PDF has 4 pages (limit 3)")
    read = parse_task(_task(long_pdf), Limits(max_pages=4)).document
    assert "refused" not in (read["error"] or "")
