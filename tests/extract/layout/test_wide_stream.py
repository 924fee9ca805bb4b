"""Wide tables standing one cell per line: a total-led money header and its amounts, and an
indicator table with named columns after its target (a transfer's recipients)."""

from __future__ import annotations

from jixiao.extract.document import Paragraph, Table
from jixiao.extract.layout.stream import (
    named_columns_after, regroup_dropped_streams, regroup_total_rows, rows_of_kept_stream,
    total_row_width,
)

MONEY = ["主管部门", "福建省农业农村厅", "资金金额(万元)", "合计", "福州市", "莆田市", "300", "100", "200", "年度目标"]
WIDE = ["一级指标", "二级指标", "三级指标", "指标值", "福州市", "莆田市",
        "产出指标", "数量指标", "培训人次", ">=100人次", "60", "40",
        "开展活动次数", "10次", "6", "4",
        "质量指标", "验收合格率", "100%", "1", "1",
        "效益指标", "社会效益指标", "群众知晓率", ">=90%", "0.9", "0.9"]


def test_total_row_width_counts_the_header_and_wants_one_amount_per_column():
    assert total_row_width(MONEY, 3) == 3
    assert total_row_width(MONEY, 2) is None                                # not at the total word
    assert total_row_width(MONEY[:8], 3) is None                            # an amount missing
    assert total_row_width(MONEY[:9] + ["50"], 3) is None                   # more amounts than columns
    assert total_row_width(["合计", "福州市", "300", "100"], 0) is None      # one column: no wide header


def test_money_header_and_amounts_become_two_rows_under_their_caption():
    blocks = regroup_total_rows([Paragraph(t, None, n + 1) for n, t in enumerate(MONEY)])
    [table] = [b for b in blocks if isinstance(b, Table)]
    assert [[c.text for c in row] for row in table.rows] == [
        ["资金金额(万元)", "合计", "福州市", "莆田市"], ["", "300", "100", "200"]]
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["主管部门", "福建省农业农村厅", "年度目标"]


def test_money_header_without_a_money_caption_keeps_the_line_before():
    texts = ["主管部门", "福建省农业农村厅"] + MONEY[3:]
    blocks = regroup_total_rows([Paragraph(t) for t in texts])
    [table] = [b for b in blocks if isinstance(b, Table)]
    assert [c.text for c in table.rows[0]] == ["合计", "福州市", "莆田市"]
    assert blocks[1].text == "福建省农业农村厅"


def test_named_columns_after_the_target_up_to_the_first_level_word():
    assert named_columns_after(WIDE, 4, ["level1", "level2", "level3", "target"]) == 2
    assert named_columns_after(WIDE, 4, ["level1", "level2", "target", "level3"]) == 0   # target not last
    assert named_columns_after(WIDE[:6], 4, ["level1", "level2", "level3", "target"]) == 0  # no row follows


def test_wide_indicator_rows_are_cut_by_the_level_words_they_open_with():
    blocks, notes = regroup_dropped_streams([Paragraph(t, None, n + 1) for n, t in enumerate(WIDE)])
    [table] = blocks
    rows = [[c.text for c in row] for row in table.rows]
    assert rows == [WIDE[:6],
                    ["产出指标", "数量指标", "培训人次", ">=100人次", "60", "40"],
                    ["", "", "开展活动次数", "10次", "6", "4"],
                    ["", "质量指标", "验收合格率", "100%", "1", "1"],
                    ["效益指标", "社会效益指标", "群众知晓率", ">=90%", "0.9", "0.9"]]
    assert notes == []


def test_wide_indicator_rows_from_a_blank_keeping_stream():
    [(end, rows, starts)] = rows_of_kept_stream(WIDE, blanks_seen=True)
    assert end == len(WIDE) and len(rows) == 5 and rows[2] == ["", "", "开展活动次数", "10次", "6", "4"]
    assert starts == [0, 6, 12, 16, 21]


def test_a_level_word_among_a_rows_values_is_no_wide_table():
    broken = WIDE[:11] + WIDE[12:]             # a recipient's cell lost: the next rows are cut wrong
    blocks, _ = regroup_dropped_streams([Paragraph(t) for t in broken])
    assert not any(isinstance(b, Table) and len(b.rows[0]) == 6 for b in blocks)


def test_a_blank_keeping_stream_whose_rows_put_a_level_word_in_a_value_column_is_not_cut():
    texts = ["一级指标", "二级指标", "三级指标", "指标值",
             "产出指标", "数量指标", "培训人次", ">=100人次",
             "", "", "开展活动次数", "10次",
             "", "时效指标", "拨付及时率", "95%"]
    assert len(rows_of_kept_stream(texts, blanks_seen=True)) == 1
    # T-HB: the 一级 column holds 二级 words, the 二级 column the names, a merged 措施 cell closes
    # the first row — rows of the header's width would put 时效指标 in the 措施 column
    hubei = ["一级指标", "二级指标", "绩效标准", "当年预期实现值", "保障绩效目标实现措施",
             "数量指标", "培训农民人次", "反映培训农民人次情况", "≥120人次", "按季度考核结算经费",
             "开展宣传活动次数", "反映开展宣传活动次数情况", ">326次",
             "安装路灯数量", "反映安装路灯数量情况", "=12盏",
             "时效指标", "资金拨付及时率", "反映资金拨付及时率情况", "95%以上",
             "成本指标", "项目总成本控制", "", "≤40万元"]
    assert rows_of_kept_stream(hubei, blanks_seen=True) == []
