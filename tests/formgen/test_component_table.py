"""A T-SH target form with the 上海 申报表's sub-project money table under its money rows
(项目当年投入资金构成 | 子项目名称 | 预算金额（元）, the caption merged down the first column; samples/seeds
001; generator side stream 'component table'). Table rows read it; a stream of one cell a line, the
whole form on one line or glued text lost it (one cell a line 0.86-0.94 on its seeds, glued
0.92-0.94, before the shape layer knew the table's header)."""

from __future__ import annotations

import pytest

from tests.formgen.families import generate
from tests.formgen.readback import mean_f1, read_back

#: dev seeds drawn with the sub-project table.
COMPONENT_SEEDS = (2, 7, 15, 16, 19, 22, 26, 28, 30, 31, 35, 37, 38)


def test_the_seeds_draw_the_table():
    for seed in COMPONENT_SEEDS:
        lines = generate("T-SH target", seed).truth["forms"][0]["budget_lines"]
        assert sum(line["item"] == "component" for line in lines) >= 2, seed


@pytest.mark.parametrize("shape", ["line_kept", "line_dropped", "paragraph", "one_line", "glued"])
def test_components_read_back(shape):
    for outcome in read_back("T-SH target", COMPONENT_SEEDS, (shape,)):
        missed = [m for m in outcome.mismatches if "component" in m or "prior_year" in m]
        assert not missed, (outcome.key, missed[:4])
    assert mean_f1("T-SH target", COMPONENT_SEEDS, shape) >= 0.98


@pytest.mark.xfail(strict=True, reason="PDF stream order prints the 资金构成 table's amounts away from its "
                   "sub-project names; the band search does not put them back yet (seeds 16, 19, 22: 0.95-0.97)")
def test_components_read_back_in_stream_order():
    for outcome in read_back("T-SH target", COMPONENT_SEEDS, ("stream_order",)):
        missed = [m for m in outcome.mismatches if "component" in m]
        assert not missed, (outcome.key, missed[:4])
