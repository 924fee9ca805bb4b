"""Shanghai target forms (T-SH target) in PDF content order (stream order) whose indicator table
is drawn row by row: a text export leaves a merged 一级/二级 cell on its first row only (side stream
"blanked levels"), so each row is a band of its own, and the table opens with the 投入与管理 block
whose first target is a word (预算编制合理性 | 合理, side stream "management block": the seeds 000
form), or its count targets carry their unit in brackets (=90.00(套), side stream "bracketed units":
the seeds 003 forms), cells a PDF draws with the labels. The body then opens with labels, not values:
before, the table was not found (read as reading order, every target a row off: 0.52-0.74). The
money row (项目总预算（元）： | 6,229,239 | 项目当年预算（元）： | 6,229,239) comes amounts first."""

from __future__ import annotations

import pytest

from jixiao.extract.layout.stream_order import restore_stream_order

from tests.formgen.families import generate
from tests.formgen.readback import assert_seeds_read_back
from tests.formgen.shapes import render

#: dev seeds drawn with blanked levels and the 投入与管理 block (19, since stop 27 also drawn with the
#: 资金构成 sub-project table, read in stream order in test_component_table: 23 instead)
MANAGEMENT_SEEDS = (4, 18, 23)
#: dev seeds drawn with blanked levels and bracketed units (22 → 29, as 19 → 23 above)
BRACKETED_SEEDS = (12, 21, 29)


def test_the_seeds_draw_the_features():
    for seed in MANAGEMENT_SEEDS:
        text = render(generate("T-SH target", seed).blocks, "stream_order")
        assert "投入与管理" in text and "预算编制合理性\n合理" in text, seed
    for seed in BRACKETED_SEEDS:
        generated = generate("T-SH target", seed)
        targets = [i["target_raw"] for i in generated.truth["forms"][0]["indicators"]]
        assert any(t.endswith(")") and "%" not in t for t in targets), seed


@pytest.mark.parametrize("seeds", [MANAGEMENT_SEEDS, BRACKETED_SEEDS], ids=["management", "bracketed"])
def test_row_bands_are_read_back_in_stream_order(seeds):
    assert_seeds_read_back("T-SH target", seeds, "stream_order", 0.99)


@pytest.mark.parametrize("shape", ["glued", "line_dropped", "one_line"])
def test_the_features_read_back_in_reading_order(shape):
    assert_seeds_read_back("T-SH target", MANAGEMENT_SEEDS + BRACKETED_SEEDS, shape, 0.99)


def test_a_word_row_before_the_next_rows_values_opens_a_table():
    lines = ["一级目标", "二级目标", "三级目标", "指标目标值",
             "投入与管理", "投入管理", "预算编制合理性", "合理",
             "=100%", "预算资金到位率", ">=95%", "预算执行率"]
    restored = restore_stream_order(lines)
    assert restored is not None
    assert restored.lines[4:] == ["投入与管理", "投入管理", "预算编制合理性", "合理",
                                  "预算资金到位率", "=100%", "预算执行率", ">=95%"]


def test_reading_order_with_a_word_row_first_is_left_as_it_is():
    lines = ["一级目标", "二级目标", "三级目标", "指标目标值",
             "投入与管理", "投入管理", "预算编制合理性", "合理",
             "预算资金到位率", "=100%", "预算执行率", ">=95%"]
    assert restore_stream_order(lines) is None


def test_amounts_before_their_money_lines_labels_go_after_each():
    lines = ["项目名称：", "消费者维权管理专项", "6,229,239", "6,229,239", "项目总预算（元）：", "项目当年预算（元）",
             "2020年绩效目标"]
    restored = restore_stream_order(lines)
    assert restored is not None
    assert restored.lines[2:6] == ["项目总预算（元）：", "6,229,239", "项目当年预算（元）", "6,229,239"]


def test_reading_order_with_an_unnamed_caption_column_is_left_as_it_is():
    """绩效指标 merged down the left of the table, its header cell blank: a row of four labels before
    a value is reading order when its last label is a name, not a word target."""
    lines = ["一级指标", "二级指标", "三级指标", "年度(/项目)指标值",
             "绩效 指标", "产出指标", "数量指标", "工单受理率", "=100(%)",
             "辅助岗位任务完成情况", "=100.00(%)", "质量指标", "人员到位率", "=100(%)"]
    assert restore_stream_order(lines) is None


def test_a_rows_value_goes_after_its_name_not_a_caption_or_a_level():
    lines = ["6,229,239", "6,229,239", "项目总预算（元）：", "项目当年预算（元）：",
             "子项目名称", "预算金额（元）", "19030000", "项目当年投入 资金构成", "12345热线基本运行经费", "9480000", "应交税费",
             "项目实施计划", "94.90%", "12345热线回访市民满意度", "效果目标", "接通情况", "接通时长达到国家标准"]
    restored = restore_stream_order(lines)
    assert restored is not None
    assert restored.lines[4:] == ["子项目名称", "预算金额（元）", "项目当年投入 资金构成", "12345热线基本运行经费", "19030000",
                                  "应交税费", "9480000", "项目实施计划", "12345热线回访市民满意度", "94.90%", "效果目标",
                                  "接通情况", "接通时长达到国家标准"]
