"""Shape matrix: every sample with expectations, re-rendered in every text shape, scored (F1).

    .venv/bin/python scripts/shape_matrix.py samples/seeds samples/families samples/realworld

Rows are samples, columns shapes; the renderers are the ones the shape-invariance tests use
(``tests/extract/layout/shapes.py``).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jixiao.pipelines.accuracy import expected_files  # noqa: E402
from tests.extract.layout.shapes import SHAPES, shape_f1  # noqa: E402


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
