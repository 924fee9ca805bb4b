"""Report excerpts as disclosure pages publish them (family "report excerpt", the blind7 麦积 / blind8
庄河 layouts as their READMEs describe them): no 一、 section headings, the title optional, 表1 of
money lines (年初预算数 | 全年预算数 | 全年执行数 | 执行率, 万元 or 元) with or without its 表 caption,
the year's targets after 年度绩效目标： or under （一）产出目标 headings, 表2 of the dimensions' 分值 |
得分 (sometimes | 扣分原因) or the scoring tree (一级 | 二级 | 三级指标 | 分值 | 得分, read for the report by
the score-table family), the total and grade in a sentence; some hold only 表1 or only 表2.

Before the reader knew them (dev seeds 0-39, 14 text shapes): F1 0.28 (a money-only excerpt read
as a self-evaluation; 表1 without its caption, 表2 with 扣分原因 and grouped targets missing)."""

from __future__ import annotations

import pytest

from tests.formgen.families import generate
from tests.formgen.readback import assert_seeds_read_back, mean_f1
from tests.formgen.shapes import render

SEEDS = tuple(range(12))
ROW_SHAPES = ("tab", "pipe", "spaced", "markdown")
CELL_SHAPES = ("line_kept", "line_dropped", "paragraph", "bar_same", "stream_order")


def _has_score_tree(seed: int) -> bool:
    """表2 is the scoring tree (一级 | 二级 | 三级指标 | 分值 | 得分), not the dimensions' table."""
    return "三级指标" in render(generate("report excerpt", seed).blocks, "tab")


TREE_SEEDS = tuple(s for s in SEEDS if _has_score_tree(s))
DIMENSION_SEEDS = tuple(s for s in SEEDS if s not in TREE_SEEDS)


def test_the_seeds_hold_every_kind_of_excerpt():
    texts = [render(generate("report excerpt", seed).blocks, "tab") for seed in SEEDS]
    assert any("表1" not in t and "执行率" in t for t in texts)          # 表1 without its caption
    assert any("年初预算数" in t for t in texts) and any("单位：元" in t for t in texts)
    assert any("扣分原因" in t for t in texts) and any("（一）" in t for t in texts)
    assert any("执行率" not in t for t in texts) and any("得分\t" not in t for t in texts)
    assert any("绩效评价报告\n" not in t for t in texts)                # no title
    assert TREE_SEEDS and DIMENSION_SEEDS


@pytest.mark.parametrize("shape", ROW_SHAPES)
def test_excerpts_in_row_shapes_are_read_back(shape):
    assert_seeds_read_back("report excerpt", SEEDS, shape, 0.99)


@pytest.mark.parametrize("shape", CELL_SHAPES)
def test_excerpts_one_cell_per_line_are_read_back(shape):
    assert_seeds_read_back("report excerpt", DIMENSION_SEEDS, shape, 0.95)


def test_score_trees_one_cell_per_line():
    """A scoring tree whose 二级 cells are plain names (项目立项), one cell per line: the national
    framework's level-2 names are level words to the stream layer (0.67-0.79 before)."""
    assert_seeds_read_back("report excerpt", TREE_SEEDS, "line_kept", 0.95)


def test_excerpts_on_one_line():
    assert mean_f1("report excerpt", DIMENSION_SEEDS, "one_line") >= 0.95
