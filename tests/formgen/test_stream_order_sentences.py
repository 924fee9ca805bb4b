"""PDF content order read back cell for cell (the blank-dropped stream of the same form): a flat
multi-project table whose goals are sentences (``…。``, as the T-SC-flat samples write them:
the sentence stands inside the table, between a project's cells and its indicators), and a money
block whose amounts are drawn before their labels (T-HN)."""

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


#: dev seeds whose T-HN money block puts one amount before 资金情况(万元) | 年度资金总额: and the last
#: one before 其他资金 | 年度绩效目标 (the goal's label takes the sentence after it, never the amount)
HN_SEEDS = (4, 5, 7, 9)


def test_a_money_blocks_amounts_go_after_their_labels() -> None:
    for seed in HN_SEEDS:
        form = generate("T-HN", seed)
        in_order = [line.strip() for line in render(form.blocks, "line_dropped").split("\n") if line.strip()]
        restored = restore_stream_order(render(form.blocks, "stream_order").split("\n"))
        assert restored is not None and restored.lines == in_order, seed
