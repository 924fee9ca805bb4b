"""Progress of an ingest: a rich bar (documents/s, ETA) on a terminal, plain log lines otherwise."""

from __future__ import annotations

import time
from typing import Any

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress as RichProgress, TaskProgressColumn,
                           TextColumn, TimeElapsedColumn, TimeRemainingColumn)

#: Seconds between two plain log lines.
LOG_EVERY_S = 5.0


class Progress:
    """``start(total)``, ``advance(document)`` per document, ``stop()``. Writes to stderr."""

    def __init__(self, console: Console | None = None, enabled: bool = True) -> None:
        self.console = console or Console(stderr=True)
        self.enabled = enabled
        self.tty = self.console.is_terminal
        self.total = self.done = self.failed = 0
        self.started = self.logged = time.monotonic()
        self._bar: RichProgress | None = None
        self._task: Any = None

    def status(self, message: str) -> None:
        if self.enabled and not self.tty:
            self.console.print(f"jixiao: {message}", markup=False, highlight=False)

    def start(self, total: int) -> None:
        self.total, self.started = total, time.monotonic()
        if not self.enabled:
            return
        if self.tty:
            self._bar = RichProgress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(),
                                     TaskProgressColumn(), TextColumn("{task.fields[rate]} docs/s"),
                                     TextColumn("failed {task.fields[failed]}"), TimeElapsedColumn(),
                                     TextColumn("ETA"), TimeRemainingColumn(), console=self.console,
                                     transient=True)
            self._bar.start()
            self._task = self._bar.add_task("parse", total=total, rate="–", failed=0)
        else:
            self.console.print(f"jixiao: {total} documents to parse", markup=False, highlight=False)

    def advance(self, document: dict[str, Any]) -> None:
        self.done += 1
        self.failed += document["status"] == "failed"
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed else 0.0
        if self._bar is not None:
            self._bar.update(self._task, advance=1, rate=f"{rate:.1f}", failed=self.failed)
        elif time.monotonic() - self.logged >= LOG_EVERY_S or self.done == self.total:
            self.logged = time.monotonic()
            left = (self.total - self.done) / rate if rate else 0.0
            self.console.print(f"jixiao: {self.done}/{self.total} documents, {rate:.1f} documents/s, "
                               f"{self.failed} failed, ETA {left:.0f} s", markup=False, highlight=False)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
