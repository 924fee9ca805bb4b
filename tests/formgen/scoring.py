"""Parse rendered documents and score them against their truth, in worker processes with a
time limit (a shape that sends the parser into a long search must not stop the measure).

Each task is (key, file bytes, file name, expectation, mask_year); the answer is per-table
counts and the mismatch lines, from ``jixiao.pipelines.accuracy`` — the scorer ``make accuracy``
uses, unchanged.
"""

from __future__ import annotations

import copy
import multiprocessing as mp
import os
import time
from dataclasses import dataclass, field
from typing import Any

from jixiao.pipelines.accuracy import Counts, Report, score_document
from jixiao.pipelines.ingest import DocumentResult, failed_document, parse_bytes

#: a parse taking longer than this is scored as reading nothing (and reported as timed out).
DEFAULT_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Task:
    key: tuple[str, ...]                  # e.g. (family, shape, document name)
    data: bytes
    name: str                             # file name given to the parser (its extension counts)
    expected: dict[str, Any]
    mask_year: bool = False               # the shape removed the only statement of the year


@dataclass
class Outcome:
    key: tuple[str, ...]
    tables: dict[str, Counts]
    mismatches: list[str]
    status: str                           # the documents row's status, or "timeout" / "crashed"
    error: str | None = None
    seconds: float = 0.0

    @property
    def overall(self) -> Counts:
        return Report(tables=self.tables).overall


def _masked(expected: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(expected)
    for form in out["forms"]:
        form["fiscal_year"] = None
        if form.get("evaluation"):
            form["evaluation"]["fiscal_year"] = None
    return out


def score_result(task: Task, result: DocumentResult) -> Report:
    expected = task.expected
    if task.mask_year:
        expected = _masked(expected)
        for table in ("forms", "evaluations"):
            for row in result.rows.get(table, []):
                row["fiscal_year"] = None
    report = Report()
    score_document(expected, result, report)
    return report


def run_task(task: Task) -> Outcome:
    start = time.perf_counter()
    result = parse_bytes(task.data, task.name)
    report = score_result(task, result)
    return Outcome(task.key, dict(report.tables), report.mismatches, result.status,
                   result.document.get("error"), time.perf_counter() - start)


def _empty_outcome(task: Task, status: str, error: str, seconds: float) -> Outcome:
    result = failed_document("-", task.name, "txt", error)
    report = score_result(task, result)
    return Outcome(task.key, dict(report.tables), [error] + report.mismatches, status, error, seconds)


def _child(task: Task, conn) -> None:
    try:
        conn.send(run_task(task))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent as a crashed task
        conn.send(("crashed", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def run_tasks(tasks: list[Task], workers: int = 1, timeout_s: float = DEFAULT_TIMEOUT_S,
              progress: bool = False) -> list[Outcome]:
    """Every task in a forked child (at most ``workers`` at once), in the tasks' order."""
    ctx = mp.get_context("fork")
    outcomes: dict[int, Outcome] = {}
    running: dict[int, tuple[Any, Any, float]] = {}
    pending = list(enumerate(tasks))
    done = 0
    while pending or running:
        while pending and len(running) < max(1, workers):
            i, task = pending.pop(0)
            parent, child = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(task, child), daemon=True)
            proc.start()
            child.close()
            running[i] = (proc, parent, time.perf_counter())
        for i, (proc, conn, started) in list(running.items()):
            elapsed = time.perf_counter() - started
            if conn.poll(0.02):
                try:
                    answer = conn.recv()
                except EOFError:
                    answer = ("crashed", f"worker died (exit code {proc.exitcode})")
                outcomes[i] = (answer if isinstance(answer, Outcome)
                               else _empty_outcome(tasks[i], answer[0], answer[1], elapsed))
            elif not proc.is_alive() and not conn.poll(0):
                outcomes[i] = _empty_outcome(tasks[i], "crashed",
                                             f"worker died (exit code {proc.exitcode})", elapsed)
            elif elapsed > timeout_s:
                proc.kill()
                outcomes[i] = _empty_outcome(tasks[i], "timeout",
                                             f"timed out after {timeout_s:.0f} s", elapsed)
            else:
                continue
            proc.join()
            conn.close()
            del running[i]
            done += 1
            if progress and done % 25 == 0:
                print(f"  {done}/{len(tasks)} parsed", flush=True, file=__import__("sys").stderr)
    return [outcomes[i] for i in range(len(tasks))]


@dataclass
class Tally:
    """Counts summed over outcomes, per any key (family, shape, format…)."""
    counts: dict[Any, Counts] = field(default_factory=dict)
    documents: dict[Any, int] = field(default_factory=dict)

    def add(self, key: Any, outcome: Outcome) -> None:
        self.counts.setdefault(key, Counts()).add(outcome.overall)
        self.documents[key] = self.documents.get(key, 0) + 1


def default_workers() -> int:
    return int(os.environ.get("JIXIAO_FORMGEN_WORKERS", "1"))
