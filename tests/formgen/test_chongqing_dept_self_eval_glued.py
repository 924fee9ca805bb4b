"""T-CQ dept self-eval (重庆 部门整体绩效自评表) run together with no separator (LAYOUTS F8): the value
shapes of its 调整指标值 (a target's, ``-0`` under ``%``), 得分系数 (0-100, = 得分/权重) and 是否核心指标 (是/否,
run into the next row's name), its unit column right after the name (设施正常运行率|%), and its money
header (执行率权重(分)|执行率|执行率得分(分), 部门预算执行情况（万元）). ``python -m tests.formgen.heldout
--seeds 0-39 --families "T-CQ dept self-eval" --shapes glued`` measures more."""

from __future__ import annotations

from tests.formgen.readback import assert_seeds_read_back, mean_f1

FAMILY = "T-CQ dept self-eval"
#: dev seeds read whole glued: 0.17-0.24 before (units in names, 否 in the next name, money header one cell)
WHOLE_SEEDS = (3, 6, 7, 8, 10, 11, 14)
#: the first ten dev seeds: mean 0.21 before, 0.99 with the value shapes and the money header
FIRST_SEEDS = tuple(range(10))


def test_glued_rows_and_money_are_read_back():
    assert_seeds_read_back(FAMILY, WHOLE_SEEDS, "glued", 0.98)


def test_glued_first_seeds_read_mostly():
    assert mean_f1(FAMILY, FIRST_SEEDS, "glued") >= 0.95
