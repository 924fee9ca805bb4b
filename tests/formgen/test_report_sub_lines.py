"""Evaluation reports whose 表1 splits a line into numbered sub-lines (seed 002: ``2 | 12345市民热线协调
工作经费`` with no amounts of its own, ``（1）…`` / ``（2）…`` under it, then its 小计): with the cells
split by blanks (one line) or run together (glued), the line alone and the bracketed 序号 must open
rows. Fixed dev seeds drawn with the sub-lines (side stream "budget sub-lines"); before: one line and
glued 0.78-0.95 (表1 read as no rows at all)."""

from __future__ import annotations

import pytest

from jixiao.extract.layout.glued_cells import cut_glued_run

from tests.formgen.families import generate
from tests.formgen.readback import assert_seeds_read_back
from tests.formgen.shapes import render

SEEDS = (1, 5, 12)
SHAPES = ("one_line", "glued", "line_dropped", "tab", "line_kept", "paragraph")


def test_the_seeds_split_a_budget_line():
    for seed in SEEDS:
        text = render(generate("evaluation report", seed).blocks, "tab")
        assert "（1）" in text and "小计" in text, seed


@pytest.mark.parametrize("shape", SHAPES)
def test_budget_sub_lines_are_read_back(shape):
    assert_seeds_read_back("evaluation report", SEEDS, shape, 0.99)


@pytest.mark.xfail(strict=True, reason="stream order reads the line alone with the next 序号 as its amount "
                   "and drops its sub-lines (0.94 on seed 7)")
def test_budget_sub_lines_in_stream_order():
    assert_seeds_read_back("evaluation report", (7,), "stream_order", 0.99)


def test_a_bracketed_number_opens_a_row_only_inside_the_table():
    table = ("序号实施内容预算金额实际使用执行率1宣传经费10.0010.00100%2运维经费（1）运维经费劳务费5.005.00100%"
             "（2）运维经费印刷费3.002.0066.67%小计8.007.0087.5%项目预算合计18.0017.0094.44%")
    cells = cut_glued_run(table)
    assert cells[cells.index("2"):cells.index("小计")] == [
        "2", "运维经费", "（1）", "运维经费劳务费", "5.00", "5.00", "100%",
        "（2）", "运维经费印刷费", "3.00", "2.00", "66.67%"]
    targets = cut_glued_run(table + "产出目标（1）项目完成率95%以上；（2）资金拨付及时率100%。")
    listed = targets[targets.index("产出目标") + 1:]
    assert "（1）" not in listed and "（2）" not in listed, listed
