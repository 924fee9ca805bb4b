"""T-FJ department forms as the Ningde sample came: the page ends inside the indicator table's last
row, after its name (``成本指标 | 基本支出``, explanation and target lost; stream 'row cut short'),
an 指标解释 that is a figure alone before the target (``100% | 100%``; stream 'explanation basis'),
and the basic expenditure's task naming the year (``按时发放2019年人员工资待遇``; stream 'dated task').
Read as one cell stream, the last row is kept with its values empty (the table is no longer left to
the line reader); run together with no separator, the two figures are the explanation and the
target, and a task's year is no amount.
``python -m tests.formgen.heldout --seeds 0-39 --families "T-FJ dept" --shapes glued,one_line,line_dropped``."""

from __future__ import annotations

import pytest

from jixiao.extract.layout.glued_cells import cut_glued_run
from tests.formgen.readback import assert_seeds_read_back

#: dev seeds whose last indicator row is cut short (0.50–0.57 in every stream shape before)
CUT_SHORT_SEEDS = (0, 14, 34)
#: dev seeds with a figure explanation or a dated task (glued 0.978–0.984 before)
FIGURE_SEEDS = (8, 9, 13, 24, 26, 29, 32, 33)


@pytest.mark.parametrize("shape", ("glued", "one_line", "line_dropped"))
def test_last_row_cut_short_read_back(shape):
    assert_seeds_read_back("T-FJ dept", CUT_SHORT_SEEDS, shape, 0.97)


def test_figure_explanations_and_dated_tasks_read_back_glued():
    assert_seeds_read_back("T-FJ dept", FIGURE_SEEDS, "glued", 0.99)


def test_figure_explanation_before_its_target():
    cells = cut_glued_run("一级指标二级指标三级指标指标解释目标值产出指标数量指标确保日常工作正常运行100%100%"
                          "按年度发放绩效奖60%≥60%质量指标各类书籍审稿率100%(计划标准)1")
    assert cells[7:13] == ["确保日常工作正常运行", "100%", "100%", "按年度发放绩效奖", "60%", "≥60%"]
