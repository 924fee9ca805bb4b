"""Evaluation-report excerpts (a hand-made blind report's layout, converted by pandoc to markdown):
a cover with 委托单位/评价机构/日期 lines, the title without quotes, the targets as one numbered list
(1. …；), 表2 with the four national dimensions' 分值/得分 only, the total and grade in a sentence
(综合得分88.5分，评价等级为良), no 表3 tables. Fixed dev seeds drawn as excerpts (side stream
"report excerpt") read back whole in the row shapes and in markdown (``#`` headings, ``**bold**``
captions, ``|:---|---:|`` rules)."""

from __future__ import annotations

import pytest

from jixiao.extract.layout.rows import split_row
from jixiao.normalize.text import strip_converter_markup

from tests.formgen.families import generate
from tests.formgen.readback import assert_seeds_read_back
from tests.formgen.shapes import render

#: dev seeds drawn as excerpts; before the reader knew them: doc_kind unknown, F1 0.00 in tab and
#: markdown (0.41-0.56 once the kind was right: no project, targets or 表2 scores)
SEEDS = (1, 5, 6)
SHAPES = ("tab", "pipe", "markdown", "line_kept", "paragraph")


def test_the_seeds_are_excerpts_in_markdown():
    for seed in SEEDS:
        text = render(generate("evaluation report", seed).blocks, "markdown")
        assert "委托" in text and "\n1. " in text and "|:---|" in text and "**表" in text, seed


@pytest.mark.parametrize("shape", SHAPES)
def test_report_excerpts_are_read_back(shape):
    assert_seeds_read_back("evaluation report", SEEDS, shape, 0.99)


def test_markdown_emphasis_and_escaped_bars():
    assert strip_converter_markup("**（一）项目概况**") == "（一）项目概况"
    assert strip_converter_markup(r"完成率 85\%，2 * 3") == "完成率 85%，2 * 3"
    assert split_row(r"| 设备\|改造 | 12.5 | 100% |") == [" 设备|改造 ", " 12.5 ", " 100% "]
