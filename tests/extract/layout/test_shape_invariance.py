"""Shape invariance: every text sample's own content, rendered in another text shape by the form
generator's renderers (``tests/formgen/shapes.py``), reads the same.

The floors are each shape's mean field F1 over the text samples (seeds, families, realworld) as
measured when the shape layer's builders landed, a little below, so a change that loses a shape
fails here. ``python -m tests.formgen.shape_matrix`` prints the whole family × shape matrix.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from jixiao.extract.readers import read_document, sniff_format
from jixiao.pipelines.accuracy import Report, expected_files, score_document
from jixiao.pipelines.ingest import parse_bytes
from tests.formgen.grid import grid_of
from tests.formgen.shapes import render

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
FOLDERS = ("seeds", "families", "realworld")
#: shape → floor of the mean F1 (measured: tab 0.994, pipe 0.994, spaced 0.930, line_kept 0.914,
#: line_dropped 0.843, paragraph 0.919, bar_same 0.891, bar_next 0.919, one_line 0.653, glued 0.268)
FLOORS = {"tab": 0.98, "pipe": 0.98, "spaced": 0.91, "line_kept": 0.90, "line_dropped": 0.82, "paragraph": 0.90,
          "bar_same": 0.87, "bar_next": 0.90, "one_line": 0.63, "glued": 0.25}


@pytest.fixture(scope="module")
def samples() -> list[tuple[str, list, dict]]:
    out = []
    for folder in FOLDERS:
        for doc, exp in expected_files(SAMPLES / folder):
            data = doc.read_bytes()
            blocks = grid_of(read_document(data, sniff_format(data, doc), ocr="off"))
            out.append((doc.name, blocks, json.loads(exp.read_text(encoding="utf-8"))))
    return out


@pytest.mark.parametrize("shape", sorted(FLOORS))
def test_every_shape_reads_the_samples(samples, shape):
    scores = {}
    for name, blocks, expected in samples:
        report = Report()
        score_document(expected, parse_bytes(render(blocks, shape).encode("utf-8"), name, "txt"), report)
        scores[name] = report.overall.f1
    mean = sum(scores.values()) / len(scores)
    assert mean >= FLOORS[shape], f"{shape}: mean {mean:.3f} < {FLOORS[shape]}: " + \
        ", ".join(f"{n} {f:.2f}" for n, f in sorted(scores.items(), key=lambda kv: kv[1])[:5])
