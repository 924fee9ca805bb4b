"""A department-wide target form (T-FJ dept) in the shapes that put one cell on each line: its
money block's 基本支出 / 项目支出 (label, then amount) and its 年度履职目标 sub-table (部门职能 |
年度目标任务 | 支出项目名称 | 预算金额) reach the family as rows, so every money line is read as in
the tab shape (fixed dev seeds; the held-out block measures more)."""

from __future__ import annotations

import pytest

from tests.formgen.families import generate
from tests.formgen.heldout import text_task
from tests.formgen.scoring import run_task

FAMILY = "T-FJ dept"
SHAPES = ["line_kept", "line_dropped", "paragraph", "bar_next", "one_line"]
SEEDS = (3, 5, 17)
#: these seeds score 1.00 in these shapes (0.87 when the stream's money lines were not rows); some
#: others lose a last indicator row's target to its 指标解释 (a separate failure)
FLOOR = 0.97


@pytest.mark.parametrize("shape", SHAPES)
def test_department_money_lines_read_one_cell_per_line(shape):
    for seed in SEEDS:
        outcome = run_task(text_task(seed, generate(FAMILY, seed), shape))
        money = [m for m in outcome.mismatches if "budget_lines" in m]
        assert not money, (shape, seed, money[:5])
        assert outcome.overall.f1 >= FLOOR, (shape, seed, outcome.mismatches[:5])
