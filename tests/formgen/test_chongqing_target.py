"""The Chongqing 项目支出绩效目标审批表 (LAYOUTS.md §5; generator family T-CQ target): a target form
whose indicator table has a 分值 column and 一级 cells with a weight RANGE (``成本指标(0-20)分``), whose
head names 预算单位 / 业务主管部门 / 项目分类 / 建设周期 in months, and whose money is a list in 万元.
Before it was read (dev seeds 0-39, overall F1): 0.61 over six shapes — a score table by its 分值
column, no head fields, no money, levels with their ranges; its PDF 0.71-0.80 (one grid for head and
table, every value one column off)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from jixiao.normalize.rows import level_name, parse_period, standard_level1
from tests.formgen.readback import mean_f1

SEEDS = range(0, 12)
needs_office = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                  reason="LibreOffice and poppler (make system-deps) print the forms")


@pytest.mark.parametrize("shape", ["tab", "line_kept", "no_title", "spaced", "pdftotext_raw"])
def test_text_shapes(shape):
    if shape.startswith("pdf") and shutil.which("pdftotext") is None:
        pytest.skip("poppler prints the PDF text")
    assert mean_f1("T-CQ target", SEEDS, shape) >= 0.97


@needs_office
@pytest.mark.parametrize("fmt", ["docx", "pdf", "xlsx"])
def test_binary_formats(fmt):
    assert mean_f1("T-CQ target", SEEDS, fmt) >= 0.98


def test_a_period_in_months_runs_from_the_first_day_to_the_last():
    assert parse_period("2023年4月-2024年2月") == (dt.date(2023, 4, 1), dt.date(2024, 2, 29))
    assert parse_period("2025年2月至2025年11月") == (dt.date(2025, 2, 1), dt.date(2025, 11, 30))
    assert parse_period("2019年1月1日至2021年12月31日") == (dt.date(2019, 1, 1), dt.date(2021, 12, 31))
    assert parse_period("2023年4月") == (None, None)


@pytest.mark.parametrize("written, name, std", [
    ("成本指标(0-20)分", "成本指标", "成本"), ("产出指标（20-50分）", "产出指标", "产出"),
    ("效益指标\n(20-40)分", "效益指标", "效益"), ("产出指标(50分)", "产出指标", "产出"),
    ("满意度指标", "满意度指标", "满意度"), ("数量指标", "数量指标", "产出")])
def test_a_levels_points_are_not_its_name(written, name, std):
    assert level_name(written) == name
    assert standard_level1(written) == std
