"""Page furniture in PDF text (page numbers, a running header) taken out before tables are read."""

from __future__ import annotations

import pytest

from jixiao.extract.layout.pages import furniture_lines, without_page_furniture

#: ``pdftotext -layout`` of a table run onto page 2: blank lines, the footer, a form feed, the header.
LAYOUT = ["单位：万元", "", "一级指标   二级指标        三级指标     指标值",
          "产出指标   数量指标        培训人次     ≥200人", "满意度指标 服务对象满意度  群众满意度   ≥90%",
          "", "", "                第 1 页", "\f单位：万元", "", "       指标",
          "       满意度指标       受益对象     ≥95%", "填报人：刘敏", "", "- 2 -", "\f"]


def test_a_footer_and_a_repeated_header_leave_one_blank_line_and_the_form_feed():
    kept = without_page_furniture(LAYOUT)
    assert kept == LAYOUT[:5] + ["", "\f" + LAYOUT[10]] + LAYOUT[11:13] + ["\f"]


def test_raw_text_keeps_its_form_feed_on_the_next_line():
    raw = ["单位：万元", "产出指标 数量指标 培训人次 ≥200人", "第 1 页 共 2 页", "\f单位：万元", "满意度指标 群众满意度 ≥90%"]
    assert without_page_furniture(raw) == raw[:2] + ["\f满意度指标 群众满意度 ≥90%"]


@pytest.mark.parametrize("footer", ["第 1 页", "— 1 —", "第1页 共2页", "- 2 -", "-1-"])
def test_page_number_styles(footer):
    assert furniture_lines(["表头", "行 1", footer, "行 2"]) == {2}


def test_the_last_pages_number_ending_the_text_is_taken_out():
    assert without_page_furniture(["表头", "合计 95.08", "第1页 共1页", ""]) == ["表头", "合计 95.08"]


def test_a_line_repeated_but_not_after_a_page_break_is_kept():
    lines = ["单位：万元", "产出指标 数量指标", "单位：万元", "效益指标"]
    assert without_page_furniture(lines) is None


def test_a_signature_line_under_a_layout_table_is_no_row_of_it():
    from jixiao.extract.layout.columns_layout import find_layout_blocks

    lines = ["一级指标   二级指标   三级指标   指标值", "产出指标   数量指标   培训人次   ≥200人",
             "效益指标   社会效益   群众满意   ≥90%",
             "填报单位（盖章）：某某服务中心    填报人：刘敏    联系电话：0736-7221453"]
    blocks = find_layout_blocks(lines)
    assert [(start, end) for start, end, _ in blocks] == [(0, 3)]


def test_a_repeated_header_at_the_top_of_page_two_is_taken_out():
    from jixiao.extract.layout.pages import joined_page_pieces

    raw = ["部门预算项目绩效目标申报表", "一级 指标", "二级 指标 指标值", "产出指标 数量指标 培训人次 ≥200人",
           "\f一级 指标", "二级 指标 指标值", "效益指标 社会效益 群众满意度 ≥90%"]
    assert joined_page_pieces(raw) == raw[:4] + ["\f效益指标 社会效益 群众满意度 ≥90%"]


def test_one_header_line_like_an_earlier_tables_is_no_repeat():
    from jixiao.extract.layout.pages import joined_page_pieces

    raw = ["评价指标 分值 得分", "投入 20 18", "表 2", "\f评价指标 分值 得分", "产出 30 28"]
    assert joined_page_pieces(raw) is None


def test_layout_rows_on_page_two_in_the_same_columns_join_the_rows_above():
    from jixiao.extract.layout.pages import joined_page_pieces

    lines = ["一级指标   二级指标   三级指标   指标值", "产出指标   数量指标   培训人次   ≥200人", "",
             "\f效益指标   社会效益   群众满意   ≥90%", "", "填报人：刘敏"]
    assert joined_page_pieces(lines) == lines[:2] + [lines[3][1:], "\f", "填报人：刘敏"]


def test_a_running_header_said_again_below_on_page_one_is_taken_out_there_too():
    lines = ["某县项目支出绩效目标表", "发布时间：2019-02-14", "某县项目支出绩效目标表", "项目名称 河道保洁",
             "- 1 -", "\f某县项目支出绩效目标表", "合计 1909.1"]
    assert furniture_lines(lines) == {0, 4, 5}


def test_layout_rows_on_page_two_move_into_the_columns_above():
    from jixiao.extract.layout.pages import joined_page_pieces

    above = ["甲甲   乙乙乙乙   丙丙丙丙丙   丁丁", "甲甲   乙乙乙乙   丙丙丙丙丙   丁丁"]
    below = ["\f甲甲  乙乙乙乙  丙丙丙丙丙  丁丁", "甲甲  乙乙乙乙  丙丙丙丙丙  丁丁"]
    assert joined_page_pieces(above + [""] + below) == above + above + ["\f"]


def test_tab_rows_on_both_sides_of_a_page_number_are_left_as_they_are():
    """Tab rows carry their own cells: a page number between them (a printed form's footer kept in
    the text) moves no column (found on the held-out block: T-HB tab rows laid out by blanks, 1.00 -> 0.70)."""
    from jixiao.extract.layout.pages import joined_page_pieces, without_page_furniture

    lines = ["绩效目标\t保障河道保洁经费顺利实施。\t\t", "- 1 -", "绩效指标",
             "一级指标\t二级指标\t绩效标准\t当年预期实现值", "数量指标\t培训农民人次\t反映培训农民人次情况\t>=12人次"]
    kept = without_page_furniture(lines)
    assert kept is not None
    assert joined_page_pieces(kept) is None
