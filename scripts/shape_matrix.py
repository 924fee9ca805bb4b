"""Shape matrix: every sample with expectations, re-rendered in every text shape, scored (F1).

    .venv/bin/python scripts/shape_matrix.py samples/seeds samples/families samples/realworld

Rows are samples, columns shapes; the renderers are the ones the shape-invariance tests use
(``tests/extract/layout/shapes.py``).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jixiao.extract.readers import read_document, sniff_format  # noqa: E402
from jixiao.pipelines.accuracy import Report, expected_files, score_document  # noqa: E402
from jixiao.pipelines.ingest import parse_bytes  # noqa: E402
from tests.extract.layout.shapes import SHAPES  # noqa: E402


def shape_f1(doc: Path, exp: Path) -> dict[str, float]:
    expected = json.loads(exp.read_text(encoding="utf-8"))
    data = doc.read_bytes()
    document = read_document(data, sniff_format(data, doc), ocr="off")
    out = {}
    for name, render in SHAPES.items():
        report = Report()
        text = render(document).encode("utf-8")
        score_document(expected, parse_bytes(text, doc.name, "txt"), report)
        out[name] = report.overall.f1
    return out


def main(folders: list[str]) -> None:
    names = list(SHAPES)
    print(f"{'sample':48s} " + " ".join(f"{n:>15s}" for n in names))
    totals = {n: [] for n in names}
    for folder in folders:
        for doc, exp in expected_files(Path(folder)):
            f1 = shape_f1(doc, exp)
            for n in names:
                totals[n].append(f1[n])
            print(f"{doc.name[:48]:48s} " + " ".join(f"{f1[n]:15.3f}" for n in names))
    print(f"{'mean':48s} " + " ".join(f"{sum(v) / len(v):15.3f}" for v in totals.values()))


if __name__ == "__main__":
    main(sys.argv[1:])
