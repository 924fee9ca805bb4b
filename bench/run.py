"""Archive-scale benchmark: ``make bench`` (or ``python bench/run.py [N]``).

Generates N documents (default 2,000) under bench/.work/corpus from samples/: text forms with their
year rewritten (a different document each), DOCX copies with a different zip comment, PDF copies
with a PDF comment line appended after ``%%EOF`` (both stay valid; the bytes, hence doc_id, differ).
Then measures, each ``jixiao ingest`` run as a separate process:

- documents/s and pages/s with 1 and with 2 workers (fresh output each time);
- the time of a no-change re-run, against the first run;
- peak RSS (driver, and driver plus workers) of a 500-document and an N-document run;
- jixiao's PDF reading (parse_bytes) against bare ``pdfplumber ... page.extract_text()`` over the
  same PDF files, in this one process (``python bench/run.py pdf`` measures only this, in a minute:
  9 alternating rounds, ``JIXIAO_BENCH_ROUNDS`` to change; the ratio of the median wall times, and
  of the median CPU times of this process, which other jobs on the machine move less).

``python bench/run.py shapes`` (``make bench-shapes``, a few minutes) measures the shape layer instead:
generated forms of every family (dev seeds, never the held-out block) rendered in every text shape
and parsed in this process, seconds per shape (median of alternating rounds), documents/s, KB/s and
the slowest document, so that a reader whose cost grows with the text shows up.

Prints the figures as markdown for bench/RESULTS.md, with the load average before and after.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
JIXIAO = Path(sys.executable).with_name("jixiao")
#: Share of each format in the corpus.
MIX = {"txt": 0.80, "docx": 0.14, "pdf": 0.06}


def make_corpus(folder: Path, n: int) -> dict[str, int]:
    texts = sorted((ROOT / "samples" / "seeds").glob("*.txt")) + \
        sorted((ROOT / "samples" / "realworld").glob("*.txt"))
    docx = sorted((ROOT / "samples" / "docx").glob("*.docx"))
    pdfs = sorted((ROOT / "samples" / "pdf").glob("*.pdf"))
    counts = {fmt: int(n * share) for fmt, share in MIX.items()}
    counts["txt"] += n - sum(counts.values())
    shutil.rmtree(folder, ignore_errors=True)
    for i in range(counts["txt"]):
        seed = texts[i % len(texts)]
        text = seed.read_text("utf-8").replace("2020", str(2000 + i % 25)) + "\n" * (i + 1)
        _write(folder / f"txt/{i % 40:02d}/{i:05d}_{seed.name}", text.encode("utf-8"))
    for i in range(counts["docx"]):
        seed = docx[i % len(docx)]
        _write(folder / f"docx/{i:05d}_{seed.name}", _docx_variant(seed.read_bytes(), i))
    for i in range(counts["pdf"]):
        seed = pdfs[i % len(pdfs)]
        _write(folder / f"pdf/{i:05d}_{seed.name}", seed.read_bytes() + b"\n%% jixiao bench %d\n" % i)
    return counts


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _docx_variant(data: bytes, i: int) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info, source.read(info.filename))
        out.comment = b"jixiao bench %d" % i
    return buf.getvalue()


def ingest(corpus: Path, out: Path, workers: int, fresh: bool = True) -> dict:
    """One ``jixiao ingest`` process; its JSON summary plus wall time and peak RSS."""
    if fresh:
        shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    report = WORK / "summary.json"                  # a file, not a pipe: the summary can be large
    with open(report, "w") as sink:
        proc = subprocess.Popen([str(JIXIAO), "ingest", str(corpus), "--out", str(out), "--json", "-q",
                                 "--workers", str(workers)], stdout=sink)
    driver = psutil.Process(proc.pid)
    peak_driver = peak_tree = 0
    while proc.poll() is None:
        try:
            rss = driver.memory_info().rss
            tree = rss + sum(_rss(c) for c in driver.children(recursive=True))
        except psutil.Error:
            break
        peak_driver, peak_tree = max(peak_driver, rss), max(peak_tree, tree)
        time.sleep(0.2)
    proc.wait()
    wall = time.perf_counter() - started
    summary = json.loads(report.read_text())
    return {"wall_s": wall, "peak_driver_mb": peak_driver / 2**20, "peak_tree_mb": peak_tree / 2**20,
            "summary": summary}


def _rss(process: psutil.Process) -> int:
    try:
        return process.memory_info().rss
    except psutil.Error:
        return 0


def pdf_ratio(files: list[Path], rounds: int = 3) -> dict:
    """Seconds for bare pdfplumber text extraction and for jixiao's parse, same files, one process:
    the two alternate ``rounds`` times after a warm-up, and the medians are compared (the machine
    is shared, so a single pass moves with the other jobs' load)."""
    import statistics

    import pdfplumber

    from jixiao.pipelines.ingest import parse_bytes

    datas = [f.read_bytes() for f in files]

    def bare() -> int:
        pages = 0
        for data in datas:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    pages += 1
        return pages

    def ours() -> None:
        for f, data in zip(files, datas):
            parse_bytes(data, f.name)

    pages = bare()
    ours()
    bare_s, ours_s, bare_cpu, ours_cpu = [], [], [], []
    for _ in range(rounds):
        for run, times, cpu in ((bare, bare_s, bare_cpu), (ours, ours_s, ours_cpu)):
            started, started_cpu = time.perf_counter(), time.process_time()
            run()
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
    bare_median, ours_median = statistics.median(bare_s), statistics.median(ours_s)
    return {"files": len(files), "pages": pages, "rounds": rounds, "bare_s": bare_median,
            "jixiao_s": ours_median, "ratio": bare_median / ours_median,
            "ratios": [b / o for b, o in zip(bare_s, ours_s)],
            "cpu_ratio": statistics.median(bare_cpu) / statistics.median(ours_cpu),
            "pages_per_s": pages / ours_median}


def pdf_only() -> None:
    """``python bench/run.py pdf``: only the PDF ratio, over the sample PDFs six times over."""
    files = sorted((ROOT / "samples" / "pdf").glob("*.pdf")) * 6
    load = os.getloadavg()
    ratio = pdf_ratio(files, rounds=int(os.environ.get("JIXIAO_BENCH_ROUNDS", "9")))
    print(f"load average {load[0]:.2f}; {ratio['files']} files, {ratio['pages']} pages, median of "
          f"{ratio['rounds']}: bare {ratio['bare_s']:.2f} s, jixiao {ratio['jixiao_s']:.2f} s "
          f"({ratio['pages_per_s']:.0f} pages/s), throughput ratio {ratio['ratio']:.2f}, CPU-time "
          f"ratio {ratio['cpu_ratio']:.2f} (each round: "
          f"{', '.join(f'{r:.2f}' for r in ratio['ratios'])})")


def shape_throughput(seeds: range, rounds: int) -> list[dict]:
    """Seconds to parse the generated forms of every family (``seeds``) in each text shape: the
    rounds go shape after shape, and each shape's median round is kept; per document the slowest of
    its median times is named."""
    import statistics

    sys.path.insert(0, str(ROOT))
    from jixiao.pipelines.ingest import parse_bytes
    from tests.formgen.families import FAMILIES, generate
    from tests.formgen.shapes import TEXT_SHAPES, render

    forms = [(family, seed, generate(family, seed)) for family in sorted(FAMILIES) for seed in seeds]
    texts = {shape: [(f"{family}#{seed}", render(form.blocks, shape).encode("utf-8"))
                     for family, seed, form in forms] for shape in TEXT_SHAPES}
    for shape, docs in texts.items():                # warm-up: imports, compiled patterns
        parse_bytes(docs[0][1], "warm-up.txt")
    times: dict[str, list[list[float]]] = {shape: [] for shape in texts}
    for _ in range(rounds):
        for shape, docs in texts.items():
            one_round = []
            for name, data in docs:
                started = time.perf_counter()
                parse_bytes(data, f"{shape}.txt")
                one_round.append(time.perf_counter() - started)
            times[shape].append(one_round)
    rows = []
    for shape, docs in texts.items():
        per_doc = [statistics.median(r[k] for r in times[shape]) for k in range(len(docs))]
        total = statistics.median(sum(r) for r in times[shape])
        kb = sum(len(data) for _, data in docs) / 1024
        slowest = max(range(len(docs)), key=per_doc.__getitem__)
        rows.append({"shape": shape, "documents": len(docs), "kb": kb, "seconds": total,
                     "docs_per_s": len(docs) / total, "kb_per_s": kb / total,
                     "median_ms": 1000 * statistics.median(per_doc),
                     "slowest": docs[slowest][0], "slowest_ms": 1000 * per_doc[slowest]})
    return rows


def shapes_only() -> None:
    """``python bench/run.py shapes``: the shape layer's throughput, one row a text shape."""
    seeds = range(int(os.environ.get("JIXIAO_BENCH_SEEDS", "8")))
    rounds = int(os.environ.get("JIXIAO_BENCH_ROUNDS", "3"))
    load = os.getloadavg()
    rows = shape_throughput(seeds, rounds)
    print(f"load average {load[0]:.2f} before, {os.getloadavg()[0]:.2f} after; seeds 0-{seeds[-1]} of "
          f"every family, median of {rounds} rounds")
    print("| shape | documents | KB | seconds | docs/s | KB/s | median ms/doc | slowest document |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['shape']} | {r['documents']} | {r['kb']:.0f} | {r['seconds']:.2f} | {r['docs_per_s']:.1f} | "
              f"{r['kb_per_s']:.0f} | {r['median_ms']:.1f} | {r['slowest']} {r['slowest_ms']:.0f} ms |")
    seconds = sum(r["seconds"] for r in rows)
    print(f"| all | {sum(r['documents'] for r in rows)} | {sum(r['kb'] for r in rows):.0f} | {seconds:.2f} | "
          f"{sum(r['documents'] for r in rows) / seconds:.1f} | {sum(r['kb'] for r in rows) / seconds:.0f} | | |")


def main() -> None:
    if sys.argv[1:] == ["pdf"]:
        return pdf_only()
    if sys.argv[1:] == ["shapes"]:
        return shapes_only()
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    load_before = os.getloadavg()
    corpus, small = WORK / "corpus", WORK / "corpus-500"
    counts = make_corpus(corpus, n)
    make_corpus(small, 500 if n >= 2000 else max(n // 4, 1))
    two = ingest(corpus, WORK / "out-2", 2)
    rerun = ingest(corpus, WORK / "out-2", 2, fresh=False)
    one = ingest(corpus, WORK / "out-1", 1)
    five_hundred = ingest(small, WORK / "out-500", 2)
    ratio = pdf_ratio(sorted((corpus / "pdf").glob("*.pdf"))[:24])
    load_after = os.getloadavg()

    def rate(run: dict) -> str:
        s = run["summary"]
        return (f"{s['documents'] / run['wall_s']:.1f} docs/s, {s['pages'] / run['wall_s']:.1f} "
                f"pages/s ({run['wall_s']:.1f} s wall, {s['elapsed_s']:.1f} s inside)")

    print(f"corpus: {n} documents {counts}; cores {os.cpu_count()}; load average before "
          f"{load_before[0]:.2f}/{load_before[1]:.2f}, after {load_after[0]:.2f}/{load_after[1]:.2f}")
    print(f"| 1 worker | {rate(one)} |")
    print(f"| 2 workers | {rate(two)} |")
    print(f"| speed-up 2 vs 1 | {one['wall_s'] / two['wall_s']:.2f}× |")
    print(f"| no-change re-run | {rerun['wall_s']:.2f} s wall ({rerun['summary']['elapsed_s']:.2f} s "
          f"inside) = {100 * rerun['wall_s'] / two['wall_s']:.1f}% of the first run; "
          f"{rerun['summary']['unchanged']} unchanged |")
    print(f"| peak RSS 500 docs | driver {five_hundred['peak_driver_mb']:.0f} MB, with workers "
          f"{five_hundred['peak_tree_mb']:.0f} MB |")
    print(f"| peak RSS {n} docs | driver {two['peak_driver_mb']:.0f} MB, with workers "
          f"{two['peak_tree_mb']:.0f} MB |")
    print(f"| PDF: jixiao vs bare pdfplumber | {ratio['files']} files, {ratio['pages']} pages: bare "
          f"{ratio['bare_s']:.2f} s, jixiao {ratio['jixiao_s']:.2f} s (medians of {ratio['rounds']} "
          f"alternating rounds), throughput ratio {ratio['ratio']:.2f} |")
    print(json.dumps({"one": one, "two": two, "rerun": rerun, "five_hundred": five_hundred,
                      "pdf": ratio}, default=str)[:4000], file=sys.stderr)


if __name__ == "__main__":
    main()
