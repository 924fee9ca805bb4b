"""The shape matrix: every sample with an expectation, read to its document model, rendered in
every text shape (and printed to PDF and read back three ways), parsed and scored against the
same expectation → F1 per family × shape.

    python -m tests.formgen.shape_matrix                 # the table (make accuracy runs this)
    python -m tests.formgen.shape_matrix --json out.json # also every cell and document as JSON
    python -m tests.formgen.shape_matrix --shapes glued,one_line --dump /tmp/shapes --mismatches 5

``--dump DIR`` writes every rendered text (``DIR/<shape>/<sample>.txt``) beside a copy of its
expectation, so one failure can be replayed with ``jixiao parse`` or ``jixiao accuracy DIR/<shape>``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from jixiao.extract.readers import read_document, sniff_format
from jixiao.pipelines.accuracy import expected_files

from tests.formgen import office, report
from tests.formgen.grid import grid_of
from tests.formgen.scoring import DEFAULT_TIMEOUT_S, Outcome, Task, default_workers, run_tasks
from tests.formgen.shapes import ALL_SHAPES, PDF_SHAPES, TEXT_SHAPES, TITLELESS_SHAPES, render, truth_for

ROOT = Path(__file__).resolve().parents[2]
#: sample folders with expectations whose grids are rendered (the seeds' DOCX and XLSX twins give
#: grids with real merged cells; PDF, .doc and scanned twins add nothing the grid does not have).
SAMPLE_FOLDERS = ("samples/seeds", "samples/families", "samples/realworld", "samples/docx",
                  "samples/xlsx")
#: template family of a sample, from its file name (LAYOUTS.md §2 names).
FAMILY_BY_NAME = [
    (r"tsh_selfeval", "T-SH self-eval"), (r"tnat_|05_b_", "T-NAT self-eval"),
    (r"tscflat_|09_a_", "T-SC-flat"), (r"tsc_|03_b_", "T-SC self-eval"), (r"thb_|12_a_", "T-HB"),
    (r"thn_", "T-HN"), (r"tfj_|10_d_", "T-FJ"), (r"told_", "T-old"),
    (r"score_table|14_c_", "score table"), (r"01_a_", "T-SH target"),
]


def family_of(name: str, expected: dict) -> str:
    for pattern, family in FAMILY_BY_NAME:
        if re.search(pattern, name):
            return family
    if expected.get("doc_kind") == "evaluation_report":
        return "evaluation report"
    return "T-SH target"                       # the Shanghai seeds and their twins


def sample_tasks(folders: list[Path], shapes: list[str], dump: Path | None) -> list[Task]:
    tasks: list[Task] = []
    pdf_docs: dict[str, bytes] = {}
    pending_pdf: list[tuple[str, str, dict, str]] = []
    for folder in folders:
        for doc, exp in expected_files(folder):
            if sniff_format(b"", doc) not in ("txt", "md", "html", "docx", "xlsx"):
                continue
            expected = json.loads(exp.read_text("utf-8"))
            data = doc.read_bytes()
            grid = grid_of(read_document(data, sniff_format(data, doc)))
            family = family_of(doc.name, expected)
            label = f"{folder.name}/{doc.name}"
            for shape in shapes:
                if shape in TEXT_SHAPES:
                    text = render(grid, shape)
                    truth = truth_for(shape, expected, grid)
                    tasks.append(Task((family, shape, label), text.encode("utf-8"),
                                      f"{doc.stem}.{shape}.txt", truth, shape in TITLELESS_SHAPES))
                    _dump(dump, shape, doc, text, truth)
            if any(s in PDF_SHAPES for s in shapes):
                pdf_docs[label] = office.docx_bytes(grid)
                pending_pdf.append((label, family, expected, doc.stem))
    if pending_pdf:
        pdfs = office.docx_to_pdf_many(pdf_docs)
        for label, family, expected, stem in pending_pdf:
            for shape, text in office.pdf_texts(pdfs[label]).items():
                if shape in shapes:
                    tasks.append(Task((family, shape, label), text.encode("utf-8"),
                                      f"{stem}.{shape}.txt", expected))
                    _dump(dump, shape, Path(stem + ".txt"), text, expected)
    return tasks


def _dump(dump: Path | None, shape: str, doc: Path, text: str, expected: dict) -> None:
    if dump is None:
        return
    folder = dump / shape
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{doc.stem}.txt"
    (folder / name).write_text(text, "utf-8")
    (folder / f"{name}.expected.json").write_text(
        json.dumps(dict(expected, doc=name), ensure_ascii=False, indent=1), "utf-8")


def summarise(outcomes: list[Outcome], columns: list[str], title: str, as_json: Path | None,
              mismatches: int, markdown: bool = False) -> dict:
    by_cell = report.cross_table(outcomes, lambda o: o.key[0], lambda o: o.key[1])
    rows = report.totals(outcomes, lambda o: o.key[0])
    cols = report.totals(outcomes, lambda o: o.key[1])
    grand = report.overall(outcomes)
    report.print_cross(title, by_cell, columns, rows, cols, grand)
    cells = [c.f1 for r in by_cell.values() for c in r.values() if c.tp + c.fp + c.fn]
    mean = sum(cells) / len(cells) if cells else 0.0
    print(f"overall F1 {grand.f1:.3f} ({grand.tp + grand.fn} expected fields, "
          f"{len(outcomes)} documents); mean of cells {mean:.3f}; lowest cell {min(cells):.2f}")
    slow = [o for o in outcomes if o.status in ("timeout", "crashed")]
    for o in slow:
        print(f"  {o.status}: {' / '.join(o.key)}: {o.error}")
    if markdown:
        print(report.markdown_cross(by_cell, columns, rows, cols, grand))
    if mismatches:
        worst = sorted(outcomes, key=lambda o: o.overall.f1)[:mismatches]
        for o in worst:
            print(f"--- {' / '.join(o.key)}: F1 {o.overall.f1:.2f} ({o.status})")
            for line in o.mismatches[:8]:
                print(f"    {line}")
    data = {"title": title, "overall": report.counts_json(grand), "mean_of_cells": round(mean, 4),
            "cells": report.cross_json(by_cell),
            "families": {k: report.counts_json(v) for k, v in rows.items()},
            "shapes": {k: report.counts_json(v) for k, v in cols.items()},
            "documents": [{"key": list(o.key), "status": o.status, "error": o.error,
                           "seconds": round(o.seconds, 2), **report.counts_json(o.overall)}
                          for o in outcomes]}
    if as_json is not None:
        as_json.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
        print(f"wrote {as_json}")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path,
                        help=f"sample folders (default: {' '.join(SAMPLE_FOLDERS)})")
    parser.add_argument("--shapes", default=",".join(ALL_SHAPES),
                        help="comma-separated shapes (default: all)")
    parser.add_argument("--json", type=Path, dest="as_json", help="write the results as JSON here")
    parser.add_argument("--dump", type=Path, help="write each rendered text and its expectation here")
    parser.add_argument("--mismatches", type=int, default=0,
                        help="print the mismatches of the N lowest-scoring documents")
    parser.add_argument("--markdown", action="store_true", help="also print the table as markdown")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S)
    args = parser.parse_args(argv)
    shapes = [s for s in args.shapes.split(",") if s]
    unknown = sorted(set(shapes) - set(ALL_SHAPES))
    if unknown:
        parser.error(f"unknown shapes {unknown}; known: {', '.join(ALL_SHAPES)}")
    folders = args.folders or [ROOT / f for f in SAMPLE_FOLDERS]
    try:
        tasks = sample_tasks(folders, shapes, args.dump)
    except office.ToolMissing as exc:
        print(f"shape matrix: {exc}", file=sys.stderr)
        return 2
    outcomes = run_tasks(tasks, args.workers, args.timeout, progress=True)
    summarise(outcomes, shapes, "shape matrix: samples, F1 per family × shape", args.as_json,
              args.mismatches, args.markdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
