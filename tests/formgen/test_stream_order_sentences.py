"""PDF content order of a flat multi-project table whose goals are sentences (``…,确保…。``, as the
T-SC-flat samples write them): the sentence stands inside the table, between a project's cells and
its indicators, and the restored order is the table's own (the blank-dropped stream, cell for cell)."""

from __future__ import annotations

from jixiao.extract.layout.stream_order import restore_stream_order
from tests.formgen.families import generate
from tests.formgen.shapes import render

#: dev seeds whose T-SC-flat goals are sentences (the generator's "goal sentence" stream)
SEEDS = (2, 3, 7, 16, 20, 25, 32, 39)


def test_goal_sentences_stay_in_their_rows() -> None:
    for seed in SEEDS:
        form = generate("T-SC-flat", seed)
        in_order = [line.strip() for line in render(form.blocks, "line_dropped").split("\n") if line.strip()]
        assert any(line.endswith("。") for line in in_order), seed
        restored = restore_stream_order(render(form.blocks, "stream_order").split("\n"))
        assert restored is not None and restored.lines == in_order, seed
