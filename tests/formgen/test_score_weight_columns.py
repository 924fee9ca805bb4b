"""Score tables that give each level's weight a column of its own (一级指标 | 权重 | 二级指标 | 权重 |
三级指标 | 权重 | 得分, no 实际完成值: the blind4 闵行 table), not a weight in each label (项目决策(20分)):
fixed dev seeds read back with each level and its weight (a 权重 column right after a level's
column is that level's weight)."""

from __future__ import annotations

import pytest

from tests.formgen.families import generate
from tests.formgen.readback import assert_seeds_read_back
from tests.formgen.shapes import render

#: dev seeds drawn with weight columns (side stream "weight columns")
SEEDS = (5, 6, 17)
#: 0.77 in every one of these shapes before (each leaf's 二级 weight taken for its group, the 一级
#: and 二级 rows missing)
SHAPES = ("tab", "pipe", "spaced", "line_kept", "line_dropped", "paragraph", "bar_same", "bar_next",
          "one_line", "no_title", "csv")
#: read since branch scorepdf: glued (0.75 before: the glued header dropped the repeated 权重, so the
#: three weight columns were one; now each coded level's name opens its own weight column) and PDF
#: stream order (0.42 before: a band's nine numbers before its names; now a level's weight column is
#: merged with its level and a coded name stands in its code's level column)
OPEN_SHAPES = ("glued", "stream_order")


def test_the_seeds_draw_weight_columns():
    for seed in SEEDS:
        assert "权重\t二级指标\t权重\t三级指标\t权重" in render(generate("score table", seed).blocks, "tab"), seed


@pytest.mark.parametrize("shape", SHAPES)
def test_a_score_table_with_a_weight_column_per_level_is_read_back(shape):
    assert_seeds_read_back("score table", SEEDS, shape, 0.99)


@pytest.mark.parametrize("shape", OPEN_SHAPES)
def test_weight_columns_in_glued_and_stream_order(shape):
    assert_seeds_read_back("score table", SEEDS, shape, 0.99)
