"""Field F1 and speed of the OCR reader on folders of scanned PDFs with expectations.

    python scripts/measure_ocr.py samples/scanned [MORE_FOLDERS ...]

Until the OCR reader is wired into ingest, this swaps it in for PDFs (every PDF is OCR'd, text
layer or not) and scores with the accuracy metric, as ``jixiao accuracy`` does for other inputs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import jixiao.extract.readers as readers  # noqa: E402
from jixiao.extract.document import Document  # noqa: E402
from jixiao.extract.readers.ocr import ocr_document  # noqa: E402
from jixiao.pipelines.accuracy import measure  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args(argv)
    pages, seconds = 0, 0.0

    def timed_ocr(data: bytes, source_format: str) -> Document:
        nonlocal pages, seconds
        start = time.perf_counter()
        document = ocr_document(data, source_format)
        seconds += time.perf_counter() - start
        pages += document.n_pages or 0
        return document

    readers.READERS["pdf"] = timed_ocr
    for folder in args.folders:
        report = measure(folder)
        print(f"== {folder}")
        for table, counts in {**report.tables, "overall": report.overall}.items():
            print(f"{table:14} P {counts.precision:.3f}  R {counts.recall:.3f}  F1 {counts.f1:.3f}"
                  f"  (tp {counts.tp}, fp {counts.fp}, fn {counts.fn})")
        for mismatch in report.mismatches:
            print("   ", mismatch)
    if pages:
        print(f"OCR: {pages} pages in {seconds:.1f} s, {seconds / pages:.2f} s/page")


if __name__ == "__main__":
    main()
