"""Evaluation reports as pdfplumber page text (line-major): prose lines, and numbered tables (表 1：…,
a header row) whose wrapped cells print their next line below the row (``1 基层组织活动经费 205.86
199.89 97.1%`` / ``设备改造``). ``python -m tests.formgen.heldout --seeds 0-39 --families "evaluation
report" --shapes pdfplumber`` measures more."""

from __future__ import annotations

import shutil

import pytest

from tests.formgen.readback import assert_seeds_read_back
from jixiao.extract.layout.content_order import captioned_line_major_tables

#: dev seeds whose report is prose enough to be read line by line: 0.84-0.90 before (every budget
#: line whose label wrapped lost: the label's first line read with the amounts, its rest a line alone).
#: Seeds 7, 8, 11 and 32 have rows enough to look line-major as a whole: read so, their prose lines
#: were put under each other's cells (0.81-0.88 before); their budget tables are read on their own
#: now (0.95: their score tables' wrapped names left, only numbered tables are rewritten).
WRAPPED_BUDGET_SEEDS = (1, 5, 6, 16, 18, 23, 31)
WHOLE_LINE_MAJOR_SEEDS = (0, 7, 8, 11, 32)


needs_office = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                  reason="LibreOffice and poppler (make system-deps) print the forms")


@needs_office
def test_a_pdfplumber_report_reads_its_wrapped_budget_lines():
    assert_seeds_read_back("evaluation report", WRAPPED_BUDGET_SEEDS, "pdfplumber", 0.99)


@needs_office
def test_a_report_with_many_rows_reads_its_budget_table_on_its_own():
    assert_seeds_read_back("evaluation report", WHOLE_LINE_MAJOR_SEEDS, "pdfplumber", 0.95)


#: a report's opening lines: enough lines for PDF text (content_order_min_lines)
_PROSE = ["一、项目基本情况", "（一）项目概况", "项目预算金额为475.04万元,由南部县环境监测站负责实施,实际支出468.73万",
          "元,预算执行率98.67%。", "（二）绩效目标", "质量验收通过率100%；"]


def test_a_captioned_table_takes_its_continuation_lines_up_to_its_total():
    lines = [*_PROSE, "预算执行情况详见表 1：", "表 1：2025年的预算及执行情况", "序号 实施内容 预算金额 实际使用 执行率",
             "1 基层组织活动经费 205.86 199.89 97.1%", "设备改造", "2 基层组织活动经费 10 10 100%", "宣传经费",
             "项目预算合计 215.86 209.89 97.2%",
             "利益相关方", "主管部门：南部县生态环境局"]
    out = captioned_line_major_tables(lines)
    assert out is not None
    assert "1\t基层组织活动经费设备改造\t205.86\t199.89\t97.1%" in out
    assert out[-2:] == ["利益相关方", "主管部门：南部县生态环境局"]


def test_prose_without_wrapped_tables_is_left_alone():
    assert captioned_line_major_tables([*_PROSE, "表 1：得分", "指标 分值 得分", "决策 10 7.5", "合计 100 85"]) is None
    # a score table's group cell beside its rows is no continuation: no numbered rows, left alone
    assert captioned_line_major_tables([*_PROSE, "表 3-3 项目绩效指标", "二级指标 三级指标 权重 分值",
                                        "C1项目产出 20 18", "产出数量", "C11 完成率 5 5"]) is None
