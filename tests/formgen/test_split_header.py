"""A score table whose detail header is printed over two rows, each column's words split between them
(一级 / 指标, 分 / 值: LAYOUTS §5), reads as the same table with a one-row header, in row shapes, one
cell a line (blank cells kept or dropped, paragraphs, bars), the whole form on one line and the whole
form run together with no separator (``一级二级三级分评分实际得指标指标指标值标准完成值分``: before, the
glued builder cut the rows against no header, 0.19-0.20)."""

import pytest

from tests.formgen.families import generate
from tests.formgen.readback import assert_seeds_read_back
from tests.formgen.shapes import render
from jixiao.extract.layout.split_header import join_split_header_run, joined_header

SPLIT_SEEDS = (3, 7)          # score tables of dev seeds 0-11 that the generator prints with a split header
#: dev seeds 0-39 whose score table prints a split header, read from the glued shape (0.19-0.38 before)
GLUED_SPLIT_SEEDS = (3, 7, 12, 24, 27)


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


def test_a_split_header_run_together_reads_as_one_header():
    assert_seeds_read_back("score table", GLUED_SPLIT_SEEDS, "glued", 0.99)


def test_join_split_header_run_joins_the_halves_of_each_column_word():
    run = "表3评分表一级二级三级分实际得指标指标指标值完成值分决策(31分)项目立项(23分)"
    assert join_split_header_run(run) == "表3评分表一级指标二级指标三级指标分值实际完成值得分决策(31分)项目立项(23分)"
    whole = "表3评分表一级指标二级指标三级指标分值得分决策(31分)"
    assert join_split_header_run(whole) == whole                        # a header printed whole stays
    assert join_split_header_run("一级二级指标指标资金") == "一级二级指标指标资金"      # too few columns, no points
