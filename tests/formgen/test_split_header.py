"""A score table whose detail header is printed over two rows, each column's words split between them
(一级 / 指标, 分 / 值: LAYOUTS §5), reads as the same table with a one-row header, in row shapes, one
cell a line (blank cells kept or dropped, paragraphs, bars) and the whole form on one line."""

import pytest

from tests.formgen.families import generate
from tests.formgen.readback import assert_seeds_read_back
from tests.formgen.shapes import render
from jixiao.extract.layout.split_header import joined_header

SPLIT_SEEDS = (3, 7)          # score tables of dev seeds 0-11 that the generator prints with a split header


def test_the_seeds_print_a_split_header():
    assert all("\n一级\t二级" in render(generate("score table", s).blocks, "tab") for s in SPLIT_SEEDS)


@pytest.mark.parametrize("shape", ["tab", "pipe", "line_kept", "line_dropped", "paragraph", "bar_next",
                                   "spaced", "one_line"])
def test_a_split_header_reads_as_one_header(shape):
    assert_seeds_read_back("score table", SPLIT_SEEDS, shape, 0.99)


def test_joined_header_needs_each_half_to_name_no_column():
    assert joined_header(["一级", "二级", "三级", "分"], ["指标", "指标", "指标", "值"]) == ["一级指标", "二级指标", "三级指标", "分值"]
    assert joined_header(["一级指标", "二级指标", "三级指标"], ["产出指标", "数量指标", "人数"]) is None
    assert joined_header(["一级", "二级"], ["指标", "指标"]) is None            # too few columns
