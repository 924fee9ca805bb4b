"""Shape invariance: every sample's own content, rendered in another text shape, reads the same.

The floors are each shape's mean field F1 over the text samples (seeds, families, realworld) as
measured when the shape layer landed, a little below, so a change that loses a shape fails here.
``scripts/shape_matrix.py`` prints the whole matrix.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipelines.accuracy import expected_files
from tests.extract.layout.shapes import SHAPES, shape_f1

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
FOLDERS = ("seeds", "families", "realworld")
#: shape → (mean floor, floor of every sample)
FLOORS = {"tab": (0.98, 0.70), "pipe": (0.98, 0.70), "layout": (0.97, 0.70),
          "bar_cells": (0.78, 0.0), "paragraph_cells": (0.80, 0.0)}


@pytest.fixture(scope="module")
def matrix() -> dict[str, dict[str, float]]:
    return {doc.name: shape_f1(doc, exp) for folder in FOLDERS for doc, exp in expected_files(SAMPLES / folder)}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_shape_reads_the_samples(matrix, shape):
    scores = {name: f1[shape] for name, f1 in matrix.items()}
    mean_floor, each_floor = FLOORS[shape]
    mean = sum(scores.values()) / len(scores)
    low = {name: round(f1, 3) for name, f1 in scores.items() if f1 < each_floor}
    assert mean >= mean_floor and not low, f"{shape}: mean {mean:.3f} (floor {mean_floor}), below {each_floor}: {low}"
