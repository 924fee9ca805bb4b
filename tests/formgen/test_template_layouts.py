"""Layouts the real templates hold that the first generator did not draw (brief: templates), read
in the stream shapes that keep blank cells: a table whose merged cells a converter dropped — rows
shifted left and padded with blank cells at their end (the T-HN and T-SC-flat samples, F6) — and
an xls export whose merged cells left blank cells in place (the T-FJ transfer sample, F9); and
header cells wrapped onto two lines in their template (``年初\n预算数``: the T-NAT samples), read
in the shapes that turn the line break into a blank."""

from __future__ import annotations

import pytest

from tests.formgen.families import generate
from jixiao.extract.layout.columns import join_wrapped_column_words

from tests.formgen.grid import make_table, merged_blanked, merged_dropped
from tests.formgen.heldout import text_task
from tests.formgen.readback import assert_seeds_read_back
from tests.formgen.scoring import run_task

STREAM_SHAPES = ["line_kept", "paragraph", "bar_same", "bar_next"]
#: dev seeds drawn without merged cells: dropped (T-HN, T-SC-flat) or left blank in place (T-FJ transfer)
MERGED_DROPPED_SEEDS = {"T-HN": (4, 5), "T-SC-flat": (4, 6), "T-FJ transfer": (1, 68)}
FLOOR = 0.98


def _has_spans(family: str, seed: int) -> bool:
    return any(getattr(b, "spans", ()) for b in generate(family, seed).blocks)


def test_merged_dropped_shifts_rows_left_and_pads_them():
    table = make_table([["一级", "二级", "三级"], [("产出", 2, 1), "数量", "甲"], ["乙", "丙"],
                        [("合计", 1, 2), "9"]])
    assert merged_dropped(table).slots == (("一级", "二级", "三级"), ("产出", "数量", "甲"),
                                           ("乙", "丙", ""), ("合计", "", "9"))
    assert merged_dropped(table).spans == ()


def test_merged_blanked_leaves_blank_cells_in_place():
    table = make_table([["一级", "二级", "三级"], [("产出", 2, 1), "数量", "甲"], ["乙", "丙"],
                        [("合计", 1, 2), "9"]])
    assert merged_blanked(table).slots == (("一级", "二级", "三级"), ("产出", "数量", "甲"),
                                           ("", "乙", "丙"), ("合计", "", "9"))


@pytest.mark.parametrize("family", sorted(MERGED_DROPPED_SEEDS))
def test_seeds_draw_the_merged_dropped_layout(family):
    for seed in MERGED_DROPPED_SEEDS[family]:
        assert not _has_spans(family, seed), (family, seed)


@pytest.mark.parametrize("family", sorted(MERGED_DROPPED_SEEDS))
@pytest.mark.parametrize("shape", STREAM_SHAPES)
def test_padded_rows_read_in_blank_keeping_streams(family, shape):
    assert_seeds_read_back(family, MERGED_DROPPED_SEEDS[family], shape, FLOOR)


#: dev seeds of T-NAT whose header cells are wrapped (年初\n预算数, 一级\n指标)
WRAPPED_HEADER_SEEDS = (20, 25)


def test_wrapped_header_words_join_and_nothing_else_does():
    words = "项目资金(万元) 年初 预算数 全年 预算数(A) 全年 执行数(B) 分值 执行率 (B/A) 得分".split()
    assert join_wrapped_column_words(words) == ["项目资金(万元)", "年初预算数", "全年预算数(A)", "全年执行数(B)",
                                                "分值", "执行率(B/A)", "得分"]
    assert join_wrapped_column_words("一级 指标 二级指标 年度 指标值 实际 完成值 分值 得分".split()) == [
        "一级指标", "二级指标", "年度指标值", "实际完成值", "分值", "得分"]
    row = "年度资金总额 1501.99 1581.04 分值 得分 全年 ≥50公里".split()
    assert join_wrapped_column_words(row) == row
    # a level's points printed after the header's last word belong to the level, not the column
    header = "得分 偏差原因分析及改进措施 (50分) 数量指标".split()
    assert join_wrapped_column_words(header) == header


def test_seeds_draw_wrapped_header_cells():
    for seed in WRAPPED_HEADER_SEEDS:
        table = [b for b in generate("T-NAT self-eval", seed).blocks if hasattr(b, "slots")][0]
        assert any("年初\n预算数" == s for row in table.slots for s in row), seed


@pytest.mark.parametrize("shape", ["spaced", "line_kept", "one_line", "pipe"])
def test_wrapped_header_cells_read(shape):
    assert_seeds_read_back("T-NAT self-eval", WRAPPED_HEADER_SEEDS, shape, FLOOR)


#: dev seeds of T-FJ transfer whose money row, in pipe rows, comes shifted left under its caption
#: (``| 资金金额(万元) ||| 合计 | 三明市 … |`` over ``| 9300.0 | 1500.0 | … ||||``)
SHIFTED_MONEY_SEEDS = (0, 3, 4, 8)


@pytest.mark.parametrize("seed", SHIFTED_MONEY_SEEDS)
def test_recipient_money_row_shifted_left_is_read_under_its_columns(seed):
    outcome = run_task(text_task(seed, generate("T-FJ transfer", seed), "pipe"))
    assert outcome.tables["budget_lines"].f1 == 1.0, (seed, outcome.mismatches[:5])
    assert outcome.overall.f1 >= FLOOR, (seed, outcome.mismatches[:5])
