"""The ``jixiao`` command: ingest, parse, accuracy; and over an ingested folder search, export, report.

Conventions: the dataset folder is ``--data``/``-d`` in every command (default ``data``);
``-o``/``--out`` names a file a command writes (search results, the report); global options come
before the command: ``--version``, ``-h``, ``-v``/``-vv`` (info/debug messages through Python
``logging`` on stderr) and ``--log-file FILE``.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from jixiao.extract.readers.pdf import OCR_MODES
from jixiao.pipelines.accuracy import measure
from jixiao.pipelines.batch import RunSummary, check_inputs, ingest_options, run_ingest
from jixiao.pipelines.ingest import code_traceback, parse_file, write_error_log
from jixiao.pipelines.progress import Progress
from jixiao.pipelines.scan import InputError
from jixiao.pipelines.store import COMPACT_AFTER_PARTS, NotAFolder, Store, StoreBusy, is_output_folder
from jixiao.pipelines.validate import findings_table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  context_settings={"help_option_names": ["-h", "--help"]})
console = Console(stderr=True)
log = logging.getLogger("jixiao.pipelines.cli")
#: The dataset folder, given the same way to every command.
DATA_HELP = "Dataset folder (written by `jixiao ingest`)."
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def _print_version(value: bool) -> None:
    if value:
        from jixiao import __version__
        print(f"jixiao {__version__}")
        raise typer.Exit()


def configure_logging(verbosity: int, log_file: Path | None) -> None:
    """The ``jixiao`` logger: warnings by default, info with -v, debug with -vv (stage timings per
    document) on stderr; with a log file, the same messages (at least info) also go there."""
    level = logging.WARNING if verbosity <= 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    logger = logging.getLogger("jixiao")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    if console.is_terminal:                 # through the console, so a progress bar stays whole
        from rich.logging import RichHandler
        screen: logging.Handler = RichHandler(console=console, show_time=False, show_path=False)
    else:
        screen = logging.StreamHandler(sys.stderr)
        screen.setFormatter(logging.Formatter("jixiao: %(levelname)s %(name)s: %(message)s"))
    screen.setLevel(level)
    logger.addHandler(screen)
    file_level = level
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        to_file = logging.FileHandler(log_file, encoding="utf-8")
        to_file.setFormatter(logging.Formatter(LOG_FORMAT))
        file_level = min(level, logging.INFO)
        to_file.setLevel(file_level)
        logger.addHandler(to_file)
    logger.setLevel(min(level, file_level))
    logger.propagate = False


@app.callback()
def main_options(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                 help="Print the version and exit."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True,
                                help="-v: what each step does; -vv: also every document's stage "
                                     "timings (debug)."),
    log_file: Optional[Path] = typer.Option(None, "--log-file", help="Also write the log messages "
                                            "(at least -v's) to this file, with times.",
                                            dir_okay=False),
) -> None:
    """Read budget-performance documents (绩效目标表, 自评表, 评价报告) into Parquet tables.

    The dataset folder is --data (-d) in every command. Global options go before the command:
    jixiao -v ingest ARCHIVE --data data/
    """
    configure_logging(verbose, log_file)
    from jixiao import __version__
    log.info("jixiao %s: %s", __version__, ctx.invoked_subcommand)


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


@app.command()
def ingest(
    inputs: list[Path] = typer.Argument(..., help="Files or folders (searched recursively)."),
    out: Path = typer.Option(Path("data"), "--data", "-d", "--out", help=DATA_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON on stdout."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 if any document failed."),
    ocr: str = typer.Option("auto", "--ocr", help="PDF pages without a text layer: auto (OCR them), "
                            "off (fail the document), force (OCR every page)."),
    workers: int = typer.Option(os.cpu_count() or 1, "--workers", "-w", min=1,
                                help="Worker processes (default: the number of cores)."),
    timeout: float = typer.Option(60.0, "--timeout", min=0.1,
                                  help="Seconds one document may take before it is recorded failed."),
    max_memory_mb: int = typer.Option(4096, "--max-memory-mb", min=0,
                                      help="Address-space limit of a worker process in MB (0: none)."),
    max_pages: int = typer.Option(500, "--max-pages", min=1, help="PDFs with more pages are refused."),
    max_file_mb: float = typer.Option(100.0, "--max-file-mb", min=0,
                                      help="Files larger than this are refused (not read)."),
    force: bool = typer.Option(False, "--force", help="Parse every document again, even unchanged ones."),
    batch_size: int = typer.Option(200, "--batch-size", min=1,
                                   help="Documents per commit (rows are written every batch)."),
    engine: str = typer.Option("local", "--engine", help="local (process pool) or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                            help="Dask scheduler address, e.g. tcp://HOST:8786."),
    compact: bool = typer.Option(True, "--compact/--no-compact",
                                 help="At the end, rewrite table folders holding more than "
                                      f"{COMPACT_AFTER_PARTS} part files as one file each."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress output."),
    collection: Optional[str] = typer.Option(
        None, "--collection", help="Name the archive (2019年度): its files are known by this name and "
        "their path below the inputs, so a copy moved to another disk is the same archive. Default: "
        "each input folder resolved to an absolute path."),
) -> None:
    """Parse every document under INPUTS into the dataset folder (--data, or --out) as Parquet.

    Incremental: documents already in the dataset (same bytes) are skipped, changed files replace their
    old rows, moved files keep their rows. Rows are committed every --batch-size documents; an
    interrupted run keeps what it committed and the next run goes on from there.

    Exit codes: 0 done (failed documents are recorded in the documents table), 1 with --strict
    when a document failed, 2 bad arguments (the dataset folder is a file, no files under INPUTS …), 3 another
    ingest is writing to the dataset, 4 internal error (traceback in DATA/_logs/), 130 interrupted
    (committed batches are kept).
    """
    try:
        options = ingest_options(workers=workers, timeout=timeout, max_memory_mb=max_memory_mb,
                                 max_pages=max_pages, max_file_mb=max_file_mb, ocr=ocr, force=force,
                                 batch_size=batch_size, engine=engine, scheduler=scheduler,
                                 compact=compact, collection=collection)
        check_inputs(inputs)
    except (ValueError, FileNotFoundError) as exc:
        console.print(str(exc), style="red", markup=False, highlight=False)
        raise typer.Exit(2)
    try:
        summary = run_ingest(inputs, out, options, Progress(console, enabled=not quiet))
    except (InputError, NotAFolder) as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2)
    except StoreBusy as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(3)
    except KeyboardInterrupt:
        console.print("[yellow]interrupted: the batches committed so far are kept; run the same "
                      "command again to go on[/yellow]")
        raise typer.Exit(130)
    except Exception as exc:                                  # a bug in jixiao
        log = write_error_log(out, "jixiao ingest " + " ".join(map(str, inputs)), code_traceback(exc))
        console.print(f"[red]internal error ({type(exc).__name__}); the batches committed so far are "
                      f"kept. The traceback (no document content) is in {log}: please report it "
                      f"with that file[/red]", soft_wrap=True)
        raise typer.Exit(4)
    if as_json:
        print(json.dumps(summary.as_json(), ensure_ascii=False, indent=1))
    else:
        _print_summary(summary, out)
    if strict and summary.status("failed"):
        raise typer.Exit(1)


def _print_summary(summary: RunSummary, out: Path) -> None:
    """Documents parsed by format and kind with their status counts, what was skipped, the rows in
    the dataset, speed, then every document that is not ok with its reason."""
    out_console = Console()
    groups = summary.by_group
    table = Table(title=f"jixiao ingest → {out}")
    for column in ("format", "kind", "ok", "partial", "failed", "forms"):
        table.add_column(column, justify="left" if column in ("format", "kind") else "right")
    for fmt, kind in sorted({(f, k) for f, k, _ in groups}):
        table.add_row(fmt, kind, *(str(groups[(fmt, kind, s)]) for s in ("ok", "partial", "failed")),
                      str(summary.forms_by_group[(fmt, kind)]))
    out_console.print(table)
    skipped = [f"{n} {what}" for n, what in ((summary.unchanged, "unchanged"),
                                              (summary.duplicates, "duplicates"),
                                              (summary.moved, "moved"), (summary.replaced, "replaced"))
               if n]
    if skipped:
        out_console.print("not parsed again: " + ", ".join(skipped))
    out_console.print("input paths: " + ", ".join(f"{n} {status}" for status, n in
                                                   sorted(summary.paths.items())) + " (sources table)")
    out_console.print("rows: " + ", ".join(f"{k} {v}" for k, v in summary.rows.items()))
    rate = summary.documents / summary.elapsed_s if summary.elapsed_s else 0.0
    workers = f"{summary.workers} workers" if summary.engine == "local" else summary.engine
    compacted = ", then compacted" if summary.compacted else ""
    out_console.print(f"{summary.documents} documents parsed in {summary.elapsed_s:.2f} s "
                      f"({rate:.1f} documents/s, {workers}), {summary.batches} commits{compacted}")
    for d in summary.not_ok:
        found = summary.issue_codes.get(d["doc_id"])
        reason = d["error"] or ("issues: " + ", ".join(f"{c} ×{n}" for c, n in found.items())
                                if found else "see the issues table")
        out_console.print(f"  {d['status']:<7} {d['source_path']}: {reason}", markup=False,
                          soft_wrap=True)
    findings = findings_table(summary.findings, summary.finding_documents)
    if findings is not None:
        out_console.print(findings)


@app.command()
def compact(
    out: Path = typer.Option(Path("data"), "--data", "-d", help=DATA_HELP),
) -> None:
    """Rewrite every table folder of the dataset as one part file (same rows), as one atomic commit.

    Each ingest batch adds a part file per table folder; ingest compacts by itself when a folder
    holds more than the limit (see --no-compact), this does it now. Exit codes: 0 done (or nothing
    to do), 2 --data is not a jixiao dataset folder, 3 an ingest is writing to it.
    """
    if not is_output_folder(out):
        console.print(f"[red]{out} is not a jixiao output folder (no _current): run jixiao ingest "
                      f"first[/red]")
        raise typer.Exit(2)
    try:
        with Store(out) as store:
            before = store.parts_per_folder()
            version = store.compact()
            after = store.parts_per_folder()
    except StoreBusy as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(3)
    if version is None:
        print(f"{out}: nothing to compact ({sum(before.values())} part files in {len(before)} folders, "
              f"one each)")
    else:
        print(f"{out}: {sum(before.values())} part files → {sum(after.values())} "
              f"in {len(after)} folders (version {version})")


def _check_ocr_mode(ocr: str) -> None:
    if ocr not in OCR_MODES:
        console.print(f"[red]--ocr must be one of {', '.join(OCR_MODES)}, not {ocr!r}[/red]")
        raise typer.Exit(2)


@app.command()
def parse(path: Path = typer.Argument(..., exists=True, dir_okay=False, help="One document."),
          ocr: str = typer.Option("auto", "--ocr", help="auto, off or force (see ingest).")) -> None:
    """Parse one document and print every row it gives, by table, as JSON."""
    _check_ocr_mode(ocr)
    result = parse_file(path, path.parent, ocr=ocr)
    trace = result.document.pop("traceback", None)
    if trace:
        log.debug("%s", trace)
    log.debug("%s: %s in %.3f s (%s)", path, result.status, sum(result.timings.values()),
              ", ".join(f"{k} {v:.3f} s" for k, v in result.timings.items()))
    payload = {"documents": [result.document], **result.rows}
    print(json.dumps(payload, ensure_ascii=False, indent=1, default=_json_default))
    if result.status == "failed":
        if trace:
            console.print(f"traceback (no document content): {trace}", markup=False)
        console.print(f"[red]{path}: {result.document['error']}[/red]", soft_wrap=True)
        raise typer.Exit(1)


@app.command()
def accuracy(
    folders: list[Path] = typer.Argument(..., help="Folders of samples with *.expected.json twins."),
    min_f1: Optional[float] = typer.Option(None, help="Exit 1 when an overall F1 is below this."),
    show_mismatches: bool = typer.Option(False, "--mismatches", help="List every field that differs."),
) -> None:
    """Field-level precision/recall/F1 per table against hand-checked expectations."""
    out = Console()
    failed = False
    for folder in folders:
        report = measure(folder)
        table = Table(title=f"accuracy: {folder}")
        for column in ("table", "precision", "recall", "F1", "tp", "fp", "fn"):
            table.add_column(column, justify="right" if column != "table" else "left")
        rows = list(report.tables.items()) + [("overall", report.overall)]
        for name, c in rows:
            table.add_row(name, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}",
                          str(c.tp), str(c.fp), str(c.fn))
        out.print(table)
        if show_mismatches:
            for line in report.mismatches:
                out.print(f"  {line}", markup=False)
        if min_f1 is not None and report.overall.f1 < min_f1:
            failed = True
    if failed:
        raise typer.Exit(1)


# -- corpus commands (issue 7): thin wrappers over pipelines.search / export / report -----------

def _open_corpus(data: Path, every_copy: bool = False) -> Any:
    from jixiao.pipelines.corpus import CorpusError, connect
    try:
        return connect(data, every_copy=every_copy)
    except CorpusError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2)


#: Results shown on screen when --limit is not given.
SCREEN_LIMIT = 50


@app.command("search")
def search_command(
    text: str = typer.Argument("", help="Words of an indicator's name or target (接通率, 满意度 …); "
                               "\"\" or nothing: every indicator the filters let through."),
    data: Path = typer.Option(Path("data"), "--data", "-d", help=DATA_HELP),
    year: Optional[int] = typer.Option(None, "--year", help="Fiscal year."),
    department: Optional[str] = typer.Option(None, "--department", help="Part of 主管部门."),
    unit: Optional[str] = typer.Option(None, "--unit", help="Part of the reporting/implementing unit."),
    level1: Optional[str] = typer.Option(None, "--level1", help="Part of 一级指标 as written or national "
                                         "(产出, 效益指标, 满意度 …)."),
    kind: Optional[str] = typer.Option(None, "--kind", help="target_form, self_evaluation or "
                                       "evaluation_report."),
    exact: bool = typer.Option(False, "--exact", help="Substring matches only, no near spellings."),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", min=0, help="At most this many results "
                                        f"(default: {SCREEN_LIMIT} on screen, all in csv/json; 0: all)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="table, csv or json (default: table "
                                      "on screen, else from the -o file's suffix)."),
    output: Optional[Path] = typer.Option(None, "--out", "-o", dir_okay=False,
                                          help="Write the results to this .csv or .json file."),
    columns: Optional[str] = typer.Option(None, "--columns", "-c", help="Columns to show, comma-"
                                          "separated (year,project,level3,target,actual,met,match is "
                                          "the table's default; csv/json give all)."),
    every_copy: bool = typer.Option(False, "--every-copy", help="List the indicators of every copy of "
                                    "a form (its DOCX, PDF, scan …), not only of the original."),
) -> None:
    """Find indicators by name or target text, near spellings included (接能率 → 接通率).

    CSV is UTF-8 with a BOM (Excel reads the Chinese right), on stdout as in a file.
    """
    from jixiao.pipelines.search import (DEFAULT_TABLE_COLUMNS, DOC_KINDS, SearchFilters,
                                         result_columns, search)

    fmt = fmt or (output.suffix.lower().lstrip(".") if output is not None else "table")
    if fmt not in ("table", "csv", "json") or (output is not None and fmt == "table"):
        wanted = "csv or json (-o writes a file)" if output is not None else "table, csv or json"
        console.print(f"--format must be {wanted}, not {fmt!r}", style="red", markup=False)
        raise typer.Exit(2)
    if kind is not None and kind not in DOC_KINDS:
        console.print(f"[red]--kind must be one of {', '.join(DOC_KINDS)}, not {kind!r}[/red]")
        raise typer.Exit(2)
    try:
        shown = result_columns(columns) if columns or fmt != "table" else list(DEFAULT_TABLE_COLUMNS)
    except ValueError as exc:
        console.print(str(exc), style="red", markup=False)
        raise typer.Exit(2)
    if limit is None:
        limit = SCREEN_LIMIT if fmt == "table" else 0
    con = _open_corpus(data, every_copy)
    started = time.perf_counter()
    rows = search(con, text, SearchFilters(year, department, unit, level1, kind),
                  limit=limit or None, fuzzy=not exact)
    elapsed = time.perf_counter() - started
    log.info("search %r: %d indicators in %.3f s", text, len(rows), elapsed)
    rows = [{c: r[c] for c in shown} for r in rows]
    if fmt == "table":
        _print_search_results(text, rows, shown, elapsed, limit)
        return
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as f:
            _write_search_results(f, fmt, rows, shown)
        console.print(f"search → {output}: {len(rows)} indicators ({fmt})", markup=False,
                      highlight=False)
        return
    sys.stdout.flush()
    stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8-sig" if fmt == "csv" else "utf-8",
                              newline="")
    try:
        _write_search_results(stream, fmt, rows, shown)
    finally:
        stream.flush()
        stream.detach()


def _write_search_results(stream: Any, fmt: str, rows: list[dict[str, Any]],
                          columns: list[str]) -> None:
    if fmt == "json":
        stream.write(json.dumps(rows, ensure_ascii=False, indent=1, default=_json_default) + "\n")
        return
    import csv
    writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _print_search_results(text: str, rows: list[dict[str, Any]], columns: list[str],
                          elapsed: float, limit: int) -> None:
    from rich import box

    from jixiao.pipelines.search import column_header

    out = Console()
    table = Table(title=f"jixiao search {text}".rstrip(), box=box.SIMPLE_HEAD, pad_edge=False)
    numeric = ("fiscal_year", "page", "seq", "gap", "similarity")
    for column in columns:
        table.add_column(column_header(column), justify="right" if column in numeric else "left",
                         overflow="fold")
    met = {True: "yes", False: "[red]no[/red]", None: ""}
    for r in rows:
        table.add_row(*(met[r[c]] if c == "target_met" else escape("" if r[c] is None else str(r[c]))
                        for c in columns))
    out.print(table)
    more = f" (first {limit}; --limit 0 for all)" if limit and len(rows) == limit else ""
    out.print(f"{len(rows)} indicators{more} in {elapsed * 1000:.0f} ms")


@app.command("export")
def export_command(
    data: Path = typer.Option(Path("data"), "--data", "-d", help=DATA_HELP),
    duckdb_file: Optional[Path] = typer.Option(None, "--duckdb", help="Write a DuckDB database: the "
                                               "tables and views (indicator_view, score_view, issue_view)."),
    xlsx: Optional[Path] = typer.Option(None, "--xlsx", help="Write an Excel workbook, one sheet per table."),
    csv_dir: Optional[Path] = typer.Option(None, "--csv", help="Write CSV (UTF-8 with BOM), one folder per "
                                           "table, split by fiscal_year."),
    chinese_headers: bool = typer.Option(False, "--chinese-headers", help="Chinese column (and sheet) "
                                         "names in the xlsx and CSV."),
) -> None:
    """Put the tables in front of BI tools and Excel: --duckdb FILE, --xlsx FILE, --csv DIR."""
    from jixiao.pipelines.export import export_csv, export_duckdb, export_xlsx

    if not (duckdb_file or xlsx or csv_dir):
        console.print("[red]say what to write: --duckdb FILE, --xlsx FILE and/or --csv DIR[/red]")
        raise typer.Exit(2)
    for option, target in (("--duckdb", duckdb_file), ("--xlsx", xlsx), ("--csv", csv_dir)):
        if target is not None and not target.absolute().parent.is_dir():
            console.print(f"[red]{option} {target}: the folder {target.absolute().parent} does not "
                          f"exist; create it first[/red]", soft_wrap=True)
            raise typer.Exit(2)
        if target is not None and option != "--csv" and target.is_dir():
            console.print(f"[red]{option} {target} is a folder: give a file name[/red]")
            raise typer.Exit(2)
    _open_corpus(data)
    out = Console()
    for target, write, what in ((duckdb_file, lambda t: export_duckdb(data, t), "DuckDB"),
                                (xlsx, lambda t: export_xlsx(data, t, chinese_headers), "xlsx"),
                                (csv_dir, lambda t: export_csv(data, t, chinese_headers), "CSV")):
        if target is None:
            continue
        started = time.perf_counter()
        counts = write(target)
        out.print(f"{what} → {target}: " + ", ".join(f"{k} {v}" for k, v in counts.items())
                  + f" ({time.perf_counter() - started:.1f} s)", soft_wrap=True)


@app.command("report")
def report_command(
    data: Path = typer.Option(Path("data"), "--data", "-d", help=DATA_HELP),
    out: Path = typer.Option(Path("report.html"), "--out", "-o", help="The HTML page to write."),
    title: Optional[str] = typer.Option(None, "--title", help="Page title."),
    every_copy: bool = typer.Option(False, "--every-copy", help="Count every copy of a form (its DOCX, "
                                    "PDF, scan …), not only the original."),
) -> None:
    """Write a self-contained HTML page with charts of the corpus (opens offline in any browser)."""
    from jixiao.pipelines.report import write_report

    _open_corpus(data)
    charts = write_report(data, out, title, every_copy)
    Console().print(f"report → {out}: {len(charts)} charts ({', '.join(c.key for c in charts)})",
                    soft_wrap=True)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
