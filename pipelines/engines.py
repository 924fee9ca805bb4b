"""Where documents are parsed: a local process pool (default) or a Dask cluster. Both run the same
``parse_task`` and yield its ``DocumentResult``s as they finish; the caller writes.

Local pool: each worker process limits its own address space (``RLIMIT_AS``, ``--max-memory-mb``)
and each document's time (``SIGALRM``, ``--timeout``), so a runaway document ends as a ``failed``
row while the worker lives on. A worker stuck in C code past the time limit is killed by the
driver; a worker killed by the OS (or that crashed) breaks the pool: the pool is rebuilt, the
documents that were queued are sent again, and each document that was being parsed at that moment
is re-run alone, so that only the one that kills its worker again is recorded ``failed``.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import threading
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from jixiao.pipelines.ingest import DocumentResult, failed_document, parse_bytes

try:                                     # POSIX only: without it workers run with no memory cap
    import resource
except ImportError:                      # pragma: no cover - exercised by a test that hides it
    resource = None  # type: ignore[assignment]
#: Without SIGALRM (Windows) a document's time limit is kept by the driver alone, which kills a
#: worker still busy with it ``kill_grace_s`` past the limit.
HAS_ALARM = hasattr(signal, "SIGALRM") and hasattr(signal, "setitimer")

#: Worker processes are replaced after this many documents each (bounds pdfminer's memory growth).
TASKS_PER_CHILD = 50
#: Seconds past the time limit before the driver kills a worker that does not return.
KILL_GRACE_S = 10.0


@dataclass(frozen=True)
class Limits:
    timeout_s: float = 60.0
    max_memory_mb: int = 4096          # address space of a worker process; 0 = no limit
    max_pages: int = 500
    kill_grace_s: float = KILL_GRACE_S


@dataclass(frozen=True)
class Task:
    key: str                           # source_path
    path: str
    doc_id: str
    source_format: str
    size: int | None
    ocr: str = "auto"


class DocumentTimeout(BaseException):
    """Raised in a worker by the alarm; a BaseException so that parsers' ``except Exception``
    clauses do not swallow it."""


def timed_out(task: Task, timeout_s: float) -> DocumentResult:
    result = failed_document(task.doc_id, task.key, task.source_format,
                             f"timed out after {timeout_s:g} s: the document may be malformed, or "
                             f"very large; raise --timeout to give it longer", task.size)
    result.document["retry"] = True
    return result


def worker_died(task: Task) -> DocumentResult:
    result = failed_document(task.doc_id, task.key, task.source_format,
                             "the worker process parsing it died (killed by the system, probably "
                             "out of memory): check the file, or raise the memory available", task.size)
    result.document["retry"] = True
    return result


def parse_task(task: Task, limits: Limits) -> DocumentResult:
    """Read and parse one document; never raises for a bad document."""
    try:
        data = Path(task.path).read_bytes()
    except OSError as exc:
        return failed_document(task.doc_id, task.key, task.source_format,
                               f"cannot read the file: {exc.strerror or exc}: check its permissions",
                               task.size)
    try:
        result = parse_bytes(data, task.key, ocr=task.ocr, max_pages=limits.max_pages)
    except MemoryError:
        del data
        return failed_document(task.doc_id, task.key, task.source_format,
                               f"ran out of memory (limit {limits.max_memory_mb} MB, --max-memory-mb)"
                               f": the document is too large or malformed", task.size)
    return result                        # an internal error's "traceback" goes to the driver's log


# --- local process pool ------------------------------------------------------------------------
_started: Any = None                   # the worker's queue of (key, pid, start time)
_limits = Limits()


def _init_worker(started: Any, limits: Limits, driver: int | None = None) -> None:
    global _started, _limits
    _started, _limits = started, limits
    if driver is not None and os.name != "nt":     # os.kill(pid, 0) ends a process on Windows
        threading.Thread(target=_exit_with, args=(driver,), daemon=True).start()
    if limits.max_memory_mb and resource is not None:
        cap = limits.max_memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the driver's to handle


def _exit_with(driver: int) -> None:
    """End this worker soon after the driver is gone (killed with -9, say): no orphans."""
    while True:
        time.sleep(1.0)
        try:
            os.kill(driver, 0)
        except ProcessLookupError:
            os._exit(1)


def _alarm(signum: int, frame: Any) -> None:
    raise DocumentTimeout()


def _run_in_worker(task: Task) -> DocumentResult:
    _started.put((task.key, os.getpid(), time.monotonic()))
    if not HAS_ALARM:
        return parse_task(task, _limits)
    signal.signal(signal.SIGALRM, _alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, _limits.timeout_s)
        try:
            return parse_task(task, _limits)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except DocumentTimeout:                          # also when it fires while being disarmed
        return timed_out(task, _limits.timeout_s)


class LocalEngine:
    """A process pool on this machine."""

    name = "local"

    def __init__(self, workers: int, limits: Limits) -> None:
        self.workers = max(1, workers)
        self.limits = limits
        if "forkserver" in mp.get_all_start_methods():
            self._context = mp.get_context("forkserver")
            self._context.set_forkserver_preload(["jixiao.pipelines.engines"])
        else:                                     # Windows
            self._context = mp.get_context("spawn")

    def _pool(self, started: Any, workers: int) -> ProcessPoolExecutor:
        # Workers are recycled by starting a new pool every TASKS_PER_CHILD documents per worker
        # (see _run_pool), not by max_tasks_per_child: on Python 3.11 a pool using it was seen to
        # stop replacing exited workers and hang with documents still queued.
        return ProcessPoolExecutor(workers, mp_context=self._context, initializer=_init_worker,
                                   initargs=(started, self.limits, os.getpid()))

    def map(self, tasks: Iterable[Task]) -> Iterator[DocumentResult]:
        waiting: deque[Task] = deque(tasks)
        suspects: deque[Task] = deque()            # running when a worker died: re-run alone
        started = self._context.Queue()
        try:
            while waiting or suspects:
                alone = bool(suspects)
                source = suspects if alone else waiting
                yield from self._run_pool(source, waiting, suspects, started, alone)
        finally:
            started.close()

    def _run_pool(self, source: deque[Task], waiting: deque[Task], suspects: deque[Task],
                  started: Any, alone: bool) -> Iterator[DocumentResult]:
        """Run tasks from ``source`` until it is empty or the pool breaks."""
        window = 1 if alone else self.workers * 2
        recycle_after = TASKS_PER_CHILD * (1 if alone else self.workers)
        submitted = 0
        running: dict[str, tuple[int, float]] = {}
        killed: set[str] = set()
        futures: dict[Future, Task] = {}
        pool = self._pool(started, 1 if alone else self.workers)
        broken = False
        last_news = time.monotonic()
        try:
            while ((source and submitted < recycle_after) or futures) and not broken:
                while source and len(futures) < window and submitted < recycle_after:
                    task = source.popleft()
                    futures[pool.submit(_run_in_worker, task)] = task
                    submitted += 1
                done, _ = wait(futures, timeout=0.5, return_when=FIRST_COMPLETED)
                if _drain(started, running) or done:
                    last_news = time.monotonic()
                for future in done:
                    task = futures.pop(future)
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        broken = True
                        futures[future] = task          # handled with the others below
                        continue
                    except BaseException as exc:        # pickling, a bug in the engine itself
                        result = failed_document(task.doc_id, task.key, task.source_format,
                                                 f"internal error in the worker ({type(exc).__name__}: "
                                                 f"{exc}); please report it with this file", task.size)
                    running.pop(task.key, None)
                    yield result
                self._kill_overdue(futures, running, killed)
                if time.monotonic() - last_news > self.limits.timeout_s + self.limits.kill_grace_s:
                    _kill_workers(pool)              # wedged: nothing started or finished
                    broken = True                    # its documents go to a new pool
        finally:
            pool.shutdown(wait=not broken, cancel_futures=True)
        if not broken:
            return
        _drain(started, running)
        lost = [task for task in futures.values() if task.key not in killed]
        for task in futures.values():
            if task.key in killed:
                yield timed_out(task, self.limits.timeout_s)
            elif alone:
                yield worker_died(task)
        if alone:
            return
        # Those that were running are re-run one at a time; when no task is known to have started
        # (the pool broke at once), every lost task is, so that each run makes progress.
        culprits = [t for t in lost if t.key in running] or lost
        suspects.extend(culprits)
        waiting.extendleft(reversed([t for t in lost if t not in culprits]))

    def _kill_overdue(self, futures: dict[Future, Task], running: dict[str, tuple[int, float]],
                      killed: set[str]) -> None:
        limit = self.limits.timeout_s + self.limits.kill_grace_s
        now = time.monotonic()
        for task in futures.values():
            entry = running.get(task.key)
            if entry and task.key not in killed and now - entry[1] > limit:
                killed.add(task.key)
                try:
                    os.kill(entry[0], getattr(signal, "SIGKILL", signal.SIGTERM))
                except ProcessLookupError:
                    pass


def _drain(started: Any, running: dict[str, tuple[int, float]]) -> bool:
    """Record the tasks workers have started; True when there was news."""
    news = False
    while True:
        try:
            key, pid, at = started.get_nowait()
        except (queue.Empty, OSError, ValueError):
            return news
        running[key] = (pid, at)
        news = True


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    for process in list(getattr(pool, "_processes", {}).values()):
        try:
            process.kill()
        except (OSError, ValueError):
            pass


# --- Dask ------------------------------------------------------------------------------------
class DaskEngine:
    """A Dask distributed cluster: workers parse (they must see the input files at the same paths,
    e.g. on a shared filesystem) and send rows back; this process writes the dataset.

    A document still unfinished ``2 × timeout + grace`` seconds after it was submitted (it may have
    waited for a thread) is recorded ``failed``, and since Dask cannot stop a running thread, the
    worker running it is restarted by its nanny (``Client.restart_workers``); the other documents
    it was running are rescheduled by Dask, and every clock restarts. Without a nanny (an in-process
    cluster) the thread runs on and only the result is dropped. Use the workers' own memory limits
    (``dask worker --memory-limit``) to have the nanny restart a worker that runs away."""

    name = "dask"

    def __init__(self, scheduler: str | None, limits: Limits, client: Any = None) -> None:
        self.scheduler = scheduler
        self.limits = limits
        self._client = client

    def map(self, tasks: Iterable[Task]) -> Iterator[DocumentResult]:
        from distributed import Client, wait as dask_wait

        client = self._client or Client(self.scheduler)
        try:
            threads = sum(client.nthreads().values()) or 1
            waiting = deque(tasks)
            futures: dict[Any, tuple[Task, float]] = {}
            while waiting or futures:
                while waiting and len(futures) < threads * 2:
                    task = waiting.popleft()
                    futures[client.submit(parse_task, task, self.limits, pure=False,
                                          key=f"jixiao-{task.doc_id}-{time.monotonic_ns()}")] = \
                        (task, time.monotonic())
                try:
                    done = dask_wait(list(futures), timeout=0.5, return_when="FIRST_COMPLETED").done
                except TimeoutError:
                    done = set()
                for future in done:
                    task, _ = futures.pop(future)
                    try:
                        yield future.result()
                    except Exception:
                        yield worker_died(task)
                now = time.monotonic()
                for future, (task, since) in list(futures.items()):
                    if now - since > self.limits.timeout_s * 2 + self.limits.kill_grace_s:
                        futures.pop(future)
                        _stop(client, future, futures)
                        yield timed_out(task, self.limits.timeout_s)
                        break                    # a restart reset the other clocks: look again
        finally:
            if self._client is None:
                client.close()


def _stop(client: Any, future: Any, futures: dict[Any, tuple[Task, float]]) -> None:
    """Cancel a document past its time limit and restart the Dask worker running it: the only way
    to stop its thread (cancelled first, or Dask would run it again on the restarted worker). The
    clocks of the documents still out start again: the ones that worker was running are run
    anew, the ones waiting for a thread waited for the restart too. Best effort: a worker
    without a nanny cannot be restarted, and its thread runs on."""
    try:
        running = client.processing()
    except Exception:
        running = {}
    worker = next((w for w, keys in running.items() if future.key in keys), None)
    future.cancel()
    if worker is None:
        return
    try:
        client.restart_workers([worker], raise_for_error=False)     # returns once it is back
    except Exception:
        return
    now = time.monotonic()
    for other, (task, _) in list(futures.items()):
        futures[other] = (task, now)
