"""pdfplumber page text (line-major: a row's first lines side by side, its wrapped cells' next lines
below) of narrow tables whose cells wrap: which cell a continuation line goes on.

- a name as wide as its column beside a unit's name that wrapped (``1 小型水利工程建设 衢江区农村公路养
  91.58 优`` / ``护中心``): the unit's name, opening with its place, takes it;
- a cell that restates its neighbour (an explanation ``反映维修养护道路`` / ``里程情况`` beside the name
  ``维修养护道路里程``, a goal ``保障重点人群免费`` / ``体检顺利`` beside the project ``重点人群免费体检``), and
  the cell that took every line so far (``实施`` ends the goal, not the name that ended a line before);
- a formula cut after its number (``作业人员42人×3`` / ``万元/人·年``);
- a short results table (fewer than ten lines), a results table whose header the page break repeated
  before the rest of a row (``2 农村公路日常 …`` / header / ``养护经费 利院``);
- a merged cell of a table's last column (湖北's 保障绩效目标实现措施) printed a line beside each row;
- a long 偏差原因分析及改进措施 at a national self-evaluation's right edge wrapped a line a line over many
  lines (blind8 修水: the text was taken for no line-major table at all).

``python -m tests.formgen.heldout --seeds 0-39 --families "results table,T-HB,T-SC-flat,T-HN"
--shapes pdfplumber`` measures more.
"""

from __future__ import annotations

import shutil

import pytest

from jixiao.extract.layout.content_order import content_order_text, rows_of_line_major
from tests.formgen import families
from tests.formgen.readback import assert_seeds_read_back, mean_f1

needs_office = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                  reason="LibreOffice and poppler (make system-deps) print the forms")

#: dev seeds whose results table holds a name as wide as its column beside a unit's wrapped name:
#: 0.83-0.88 before (the unit's last line glued to the project's name)
FULL_NAME_SEEDS = (0, 7, 15, 20, 39)
#: dev seeds whose results table is short (under ten lines: 0.46-0.82 before, read as no table's rows)
#: or repeats its header where a page break cut a row (seed 8: 0.60 before)
SHORT_TABLE_SEEDS = (4, 8, 13, 29, 34)


@needs_office
def test_results_table_unit_name_takes_its_last_line():
    assert_seeds_read_back("results table", FULL_NAME_SEEDS, "pdfplumber", 0.99)


@needs_office
def test_short_and_page_broken_results_tables():
    assert_seeds_read_back("results table", SHORT_TABLE_SEEDS, "pdfplumber", 0.97)


#: dev seeds of 湖北's form whose 绩效标准 restates the name (0.96-0.97 before: the explanation's last
#: line glued to the name, 维修养护道路里程里程情况) and whose cost basis is a formula (0.89 before)
RESTATED_SEEDS = (3, 10, 11, 33, 37)


@needs_office
def test_restating_cell_and_formula_take_their_lines():
    assert_seeds_read_back("T-HB", RESTATED_SEEDS, "pdfplumber", 0.99)


@needs_office
def test_flat_table_goal_restating_its_project():
    # 0.912 before over seeds 0-9 (the goal's lines glued to the project's name), 0.922 after
    assert mean_f1("T-SC-flat", range(10), "pdfplumber") >= 0.92


#: dev seeds of T-NAT self-evaluations drawn with long deviation texts (LONG_DEVIATION_SHARE set to 1):
#: 0.08-0.38 before (too few lines of several cells: the page read as no table)
LONG_DEVIATION_SEEDS = (1, 9, 16, 28)


@needs_office
def test_long_deviation_texts_at_the_right_edge(monkeypatch):
    monkeypatch.setattr(families, "LONG_DEVIATION_SHARE", 1.0)
    for seed in LONG_DEVIATION_SEEDS:                    # the forms hold the long texts
        printed = str(families.generate("T-NAT self-eval", seed).blocks)
        assert any(measure in printed for measure in families.DEVIATION_MEASURES), seed
    assert_seeds_read_back("T-NAT self-eval", LONG_DEVIATION_SEEDS, "pdfplumber", 0.97)


def test_a_unit_name_opening_with_its_place_takes_the_line_it_wrapped():
    rows = rows_of_line_major(["序号 项目名称 项目单位 自评分数 自评等级",
                               "1 小型水利工程建设 衢江区农村公路养 91.58 优", "护中心",
                               "2 农村生活垃圾治理 衢江区财政投资评 71.21 中", "专项资金 审中心"])
    assert [row.text(2) for row in rows[1:]] == ["衢江区农村公路养护中心", "衢江区财政投资评审中心"]
    assert rows[1].text(1) == "小型水利工程建设"


def test_a_goal_restating_the_project_takes_its_lines():
    rows = rows_of_line_major(["单位名称 项目名称 预算数 年度目标 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重 指标方向",
                               "性",
                               "542001- 重点人群 3,988,83 保障重点 产出指标 数量指标 培训农民 = 3200 人次 35 正向指标",
                               "马踏镇人 免费体检 6.59 人群免费 人次",
                               "民政府 体检顺利 效益指标 可持续影 长效管理 定性 合理 20 正向指标",
                               "实施 响指标 机制"])
    assert rows[1].text(1) == "重点人群免费体检"
    assert rows[1].text(3) == "保障重点人群免费体检顺利实施"


def test_a_merged_last_column_goes_back_into_its_first_row():
    rows = rows_of_line_major(["一级指标 二级指标 绩效标准 当年预期实现值 保障绩效目标实现措施",
                               "数量指标 培训农民人次 至少50人次 严格按照作业标准",
                               "覆盖行政村数量 >=580个 组织实施,每月巡查",
                               "安装路灯数量 =580盏 作业质量,按季度考",
                               "质量指标 资金使用合规率 ≥98% 核结算经费",
                               "成本指标 项目总成本控制 ≤86万元"])
    assert rows[1].text(3) == "严格按照作业标准组织实施,每月巡查作业质量,按季度考核结算经费"
    assert [len(row.cells) for row in rows[2:]] == [2, 2, 3, 3]


def test_grades_a_word_a_row_are_no_merged_column():
    rows = rows_of_line_major(["序号 项目名称 项目单位 自评分数 自评等级",
                               "1 河道保洁经费 三台县水利局 91.58 优", "2 村组干部报酬 三台县财政局 71.21 中",
                               "3 基层组织活动经费 三台县民政局 80.20 良"])
    assert [row.text(len(row.cells) - 1) for row in rows[1:]] == ["优", "中", "良"]
    rows = rows_of_line_major(["三级指标 指标性质 指标值 度量单位 权重 指标方向性",
                               "培训农民人次 = 3200 人次 35 正向指标达到预期值", "长效管理机制 定性 合理 20 正向指标达到预期值"])
    assert [row.text(len(row.cells) - 1) for row in rows[1:]] == ["正向指标达到预期值"] * 2


def test_a_short_numbered_table_is_read_line_major():
    lines = ["井研县2024年度项目支出绩效自评结果汇总表", "序号 项目名称 项目单位 自评分数 自评等级",
             "1 城区道路机械化清 井研县环境监测站 71.74 中", "扫保洁",
             "2 重点人群免费体检 井研县环境卫生服 92.95 优", "务中心"]
    assert content_order_text(lines) == [
        "井研县2024年度项目支出绩效自评结果汇总表", "序号\t项目名称\t项目单位\t自评分数\t自评等级",
        "1\t城区道路机械化清扫保洁\t井研县环境监测站\t71.74\t中", "2\t重点人群免费体检\t井研县环境卫生服务中心\t92.95\t优"]


#: dev seeds of T-NAT self-evaluations with long deviation texts (LONG_DEVIATION_SHARE set to 1) whose
#: band holds two reasons or more: in PDF content order the first reason's closing 。 ended the table
#: (the names and the next reason after it read as the paragraph after the table): 0.28-0.34 before,
#: 0.97-0.99 after (stream order of seeds 0-39 with the share at 1: mean 0.878 -> 0.968; all 15
#: families' stream order of seeds 0-39 as drawn: 0 up, 0 down).
#: Seed 30 (also such a band) draws 其中 breakdown rows since the 衔接资金 side streams: see the xfail.
LONG_DEVIATION_BAND_SEEDS = (17, 20, 25, 27)


def test_long_deviation_texts_in_stream_order(monkeypatch):
    monkeypatch.setattr(families, "LONG_DEVIATION_SHARE", 1.0)
    assert_seeds_read_back("T-NAT self-eval", LONG_DEVIATION_BAND_SEEDS, "stream_order", 0.97)


@pytest.mark.xfail(strict=True, reason="其中 breakdown rows (no 分值/得分) in PDF content order take their "
                   "neighbour's target and actual (T-NAT seed 30 with long deviation texts: 0.82)")
def test_breakdown_rows_with_long_deviation_texts_in_stream_order(monkeypatch):
    monkeypatch.setattr(families, "LONG_DEVIATION_SHARE", 1.0)
    assert_seeds_read_back("T-NAT self-eval", (30,), "stream_order", 0.97)
