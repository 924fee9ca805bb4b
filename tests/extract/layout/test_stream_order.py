"""The stream-order builder: PDF content order (a band's values before its labels) put back."""

from __future__ import annotations

from jixiao.extract.layout.stream_order import is_value_cell, merge_band, restore_stream_order

_SCORE_ROLES = ("level1", "level2", "level3", "weight", "actual", "score")


def test_value_cells_are_figures_with_short_units() -> None:
    assert all(is_value_cell(t) for t in ("3", "2.8", "97.57%", "≥12次", "2024年度", "1,200.50"))
    assert not any(is_value_cell(t) for t in ("充分", "决策(13分)", "405001-南部县教育局", "-"))


def test_band_values_go_back_beside_their_labels() -> None:
    merged = merge_band(["3", "3", "4", "2.8"],
                        ["决策(13分)", "项目立项(7分)", "立项依据充分性", "充分", "立项程序规范性", "充分"],
                        _SCORE_ROLES)
    assert merged.cells == ["决策(13分)", "项目立项(7分)", "立项依据充分性", "3", "充分", "3",
                            "立项程序规范性", "4", "充分", "2.8"]


def test_score_above_weight_is_ruled_out() -> None:
    # 5 | 4.5 only reads as weight 5, score 4.5 (never weight 4.5, score 5)
    merged = merge_band(["5", "4.5"], ["产出", "数量", "完成率"], ("level1", "level2", "level3", "weight", "score"))
    assert merged.cells == ["产出", "数量", "完成率", "5", "4.5"]


def test_results_table_in_content_order_is_restored_up_to_its_signature_line() -> None:
    lines = ["序号", "项目名称", "项目单位", "自评分数", "自评等级",
             "1", "91.58", "小型水利工程建设", "衢江区农村公路养护中心", "优",
             "2", "71.21", "河道保洁经费", "衢江区教育服务中心", "中", "填报人:王芳    联系电话:0289-1364521"]
    restored = restore_stream_order(lines)
    assert restored is not None
    assert restored.lines[5:] == ["1", "小型水利工程建设", "衢江区农村公路养护中心", "91.58", "优",
                                  "2", "河道保洁经费", "衢江区教育服务中心", "71.21", "中",
                                  "填报人:王芳    联系电话:0289-1364521"]


def test_reading_order_and_paragraph_text_are_left_alone() -> None:
    reading = ["一级指标", "分值", "得分", "决策", "13", "10.73", "过程", "23", "22.65"]
    assert restore_stream_order(reading) is None
    assert restore_stream_order(["序号\t项目名称", "1\t河道保洁"]) is None
    paragraphs = "\n\n".join(["一级指标", "分值", "得分", "13", "10.73", "决策"]).split("\n")
    assert restore_stream_order(paragraphs) is None


def test_values_before_a_money_header_go_to_its_rows() -> None:
    # 项目资金 spans the header row and the rows: the band's values are drawn before the header
    lines = ["519.81", "519.81", "471.47", "10", "90.70%", "9.07", "项目资金（万元）",
             "年初预算数", "全年预算数(A)", "实际执行数(B)", "分值", "执行率(B/A)", "得分",
             "年度资金总额", "其中:财政拨款", "-", "-", "其他资金", "-", "-", "-", "-", "-", "-", "填报人:王芳"]
    restored = restore_stream_order(lines)
    assert restored is not None
    assert restored.lines[:14] == ["项目资金（万元）", "年初预算数", "全年预算数(A)", "实际执行数(B)", "分值",
                                   "执行率(B/A)", "得分", "年度资金总额", "519.81", "519.81", "471.47", "10",
                                   "90.70%", "9.07"]


def test_a_row_of_values_before_the_next_tables_caption_is_reading_order() -> None:
    # the last row's values, then 表2's caption and header, then its rows label first
    lines = ["资金情况(万元)", "预算数", "实际支出数", "预算执行率", "项目资金", "1268.5", "1157.8", "91.27%",
             "表2 绩效评价得分汇总表", "一级指标", "分值", "得分", "得分率", "决策", "15", "13.5", "90%",
             "过程", "25", "20", "80%"]
    assert restore_stream_order(lines) is None


def test_a_flat_tables_project_columns_are_covered_in_its_later_rows() -> None:
    roles = ("reporting_unit", "project_name", "budget", "annual_goal", "level1", "level2", "level3",
             "operator", "target", "unit", "weight", "direction")
    merged = merge_band(["1,000.00", "98", "17", "2"],
                        ["405001-某局", "某项目", "保障某项目顺利实施", "产出指标", "质量指标", "资金使用合规率", "=", "%",
                         "正向指标", "产出指标", "质量指标", "管理制度健全性", "定性", "规范", "正向指标"], roles)
    assert merged.cells == ["405001-某局", "某项目", "1,000.00", "保障某项目顺利实施", "产出指标", "质量指标",
                            "资金使用合规率", "=", "98", "%", "17", "正向指标", "产出指标", "质量指标",
                            "管理制度健全性", "定性", "规范", "2", "正向指标"]


_FLAT_HEADER = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质",
                "指标值", "度量单位", "权重", "指标方向性"]


def test_a_sentence_in_a_flat_tables_goal_column_stays_in_its_band() -> None:
    # the goal is a sentence (…。); the band goes on after it with the row's levels and name
    goal = "保障某项目顺利实施,按时足额完成年度任务。"
    lines = _FLAT_HEADER + ["1,000.00", "98", "60", "405001-某局", "某项目", goal, "产出指标", "质量指标",
                            "资金使用合规率", "≥", "%", "正向指标", "填报人:王芳"]
    restored = restore_stream_order(lines)
    assert restored is not None
    assert restored.lines[len(_FLAT_HEADER):] == [
        "405001-某局", "某项目", "1,000.00", goal, "产出指标", "质量指标", "资金使用合规率", "≥", "98", "%", "60",
        "正向指标", "填报人:王芳"]


def test_a_sentence_after_a_table_without_a_sentence_column_ends_it() -> None:
    lines = ["序号", "项目名称", "项目单位", "自评分数", "自评等级",
             "1", "91.58", "小型水利工程建设", "衢江区农村公路养护中心", "优",
             "2", "71.21", "河道保洁经费", "衢江区教育服务中心", "中", "两个项目均已按期完成。", "产出指标"]
    restored = restore_stream_order(lines)
    assert restored is not None
    assert restored.lines[-3:] == ["中", "两个项目均已按期完成。", "产出指标"]


def test_a_money_lines_amount_goes_after_its_label_not_a_goal_field_after_it() -> None:
    # the last money row (0.00 drawn before 其他资金 | 其他资金), then the goal block: 年度总体目标
    # takes the sentence after it, never the amount
    goal = "为在编职工定制工作服装。"
    lines = ["0.00", "其他资金", "其他资金", "项目 绩效 目标", "项目总目标", "年度总体目标", goal,
             "一级指标", "二级指标", "三级指标", "年度指标值", "=100.00(%)", "产出指标", "质量指标", "服装质量合格率"]
    restored = restore_stream_order(lines)
    assert restored is not None
    assert restored.lines[:7] == ["其他资金", "其他资金", "0.00", "项目 绩效 目标", "项目总目标", "年度总体目标", goal]
