"""The stream-order builder: PDF content order (a band's values before its labels) put back."""

from __future__ import annotations

from dataclasses import replace

from jixiao.extract.layout.settings import DEFAULT_SETTINGS
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


def test_a_cost_table_in_content_order_takes_its_earlier_years_columns() -> None:
    # 项目预算成本构成 | 金额 | 测算(公式)依据 | 2023年实际执行数 | 2024年实际执行数: each row's figures
    # drawn before its name and basis (T-HB); the basis goes back between the amount and the years
    lines = ["项目预算成本构成", "金额", "测算(公式)依据", "2023年实际执行数", "2024年实际执行数",
             "301.4", "290.5", "291.4", "日常运行维护费", "按上年实际支出测算",
             "61.4", "56.5", "54.7", "检测化验费", "按检测批次×35元/批次",
             "362.8", "347", "346.1", "合计", "绩效目标", "保障专项资金顺利实施。"]
    restored = restore_stream_order(lines)
    assert restored is not None
    assert restored.lines[5:19] == ["日常运行维护费", "301.4", "按上年实际支出测算", "290.5", "291.4",
                                    "检测化验费", "61.4", "按检测批次×35元/批次", "56.5", "54.7",
                                    "合计", "362.8", "347", "346.1"]


def test_a_year_led_header_cell_cut_where_it_wrapped_is_no_value() -> None:
    assert not any(is_value_cell(t) for t in ("2021年实际执", "2022年实际执行数"))
    assert is_value_cell("2024年度") and is_value_cell("2024年")
    # a cost table's header in reading order, its year columns wrapped: no band of values after it
    wrapped = ["项目预算成本构成", "金额", "测算(公式)依据", "2021年实际执", "行数", "机械化清扫作业费", "486.4",
               "按面积测算", "452.3", "471.8"]
    assert restore_stream_order(wrapped) is None


def test_a_duty_tables_last_row_name_before_the_next_tables_header_stays_in_its_band() -> None:
    # 年度履职目标 is merged down over the header row and the rows: the whole table is one band, its
    # values first; the last row's 支出项目名称 (基本支出) stands right before the indicator header
    lines = ["110.24", "542.63", "2179.66", "年度履职目标", "部门职能", "年度目标任务", "支出项目名称",
             "预算金额(万元)", "负责动物防疫工作", "完成重大动物疫病强制免疫,开展例行监测", "动物防疫经费",
             "负责农村公路养护工作", "完成农村公路日常养护", "农村公路养护经费",
             "保障机关正常运转", "按时发放人员工资福利,保障日常办公", "基本支出",
             "一级指标", "二级指标", "三级指标", "目标值"]
    restored = restore_stream_order(lines)
    assert restored is not None
    assert restored.lines[:17] == ["年度履职目标", "部门职能", "年度目标任务", "支出项目名称", "预算金额(万元)",
                                   "负责动物防疫工作", "完成重大动物疫病强制免疫,开展例行监测", "动物防疫经费",
                                   "110.24", "负责农村公路养护工作", "完成农村公路日常养护", "农村公路养护经费",
                                   "542.63", "保障机关正常运转", "按时发放人员工资福利,保障日常办公", "基本支出",
                                   "2179.66"]


def test_near_ties_are_noted() -> None:
    # a band's last word as its remark or left after the table (spilling free here): 0.28 apart, a
    # tie within a margin of 0.3, none within 0.2
    cheap_spill = replace(DEFAULT_SETTINGS, stream_order_spill_cost=0.0)
    band = (["≥95%"], ["完成率", "按计划"], ("level3", "target", "remark"))
    near = merge_band(*band, replace(cheap_spill, stream_order_tie_margin=0.3), last=True)
    apart = merge_band(*band, replace(cheap_spill, stream_order_tie_margin=0.2), last=True)
    assert near.uncertain and not apart.uncertain
    assert near.cells == apart.cells == ["完成率", "≥95%", "按计划"]


def test_a_two_character_word_is_a_target_before_it_is_an_indicator_name() -> None:
    # 预算执行率 | 健全 or 预算执行率 ... 健全 as a name: the short word is the word target
    merged = merge_band(["=100%", ">=95%"], ["投入与管理", "投入管理", "预算编制合理性", "合理", "预算资金到位率",
                                            "预算执行率", "财务管理", "项目管理制度健全性", "健全"],
                        ("level1", "level2", "level3", "target"))
    assert merged.cells == ["投入与管理", "投入管理", "预算编制合理性", "合理", "预算资金到位率", "=100%", "预算执行率",
                            ">=95%", "财务管理", "项目管理制度健全性", "健全"]
