"""The Chongqing 部门整体绩效自评表 (LAYOUTS.md §5; generator family T-CQ dept self-eval): a
department-wide self-evaluation whose indicator table has no 一级/二级 columns (指标名称 | 计量单位 |
指标性质 (定量/定性, merged down its run) | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数(%) | 指标权重(分) |
指标得分(分) | 是否核心指标), whose header states 自评总分(分), and whose money block has 执行率权重 / 执行率得分.
Before it was read (dev seeds 0-39, overall F1): 0.319 over 20 shapes — tab/csv/docx/pdf/xlsx 0.64 (no
weights, scores or total), one cell per line 0.10 (no table at all)."""

from __future__ import annotations

import shutil

import pytest

from jixiao.extract.layout.columns import role_of
from jixiao.normalize.vocabulary import INDICATOR_COLUMN_WORDS, SELF_EVALUATION_MONEY_COLUMN_WORDS
from tests.formgen.readback import mean_f1

FAMILY = "T-CQ dept self-eval"
SEEDS = range(0, 12)
needs_office = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                  reason="LibreOffice and poppler (make system-deps) print the forms")


@pytest.mark.parametrize("shape", ["tab", "pipe", "line_kept", "line_dropped", "paragraph", "bar_next", "no_title"])
def test_text_shapes(shape):
    assert mean_f1(FAMILY, SEEDS, shape) >= 0.97


@needs_office
@pytest.mark.parametrize("fmt", ["docx", "pdf", "xlsx"])
def test_binary_formats(fmt):
    assert mean_f1(FAMILY, SEEDS, fmt) >= 0.98


@pytest.mark.parametrize("header, role", [
    ("指标权重(分)", "weight"), ("指标得分（分）", "score"), ("调整指标值", "adjusted_target"),
    ("年初指标值", "target"), ("得分系数(%)", "score_ratio"), ("是否核心指标", "core"), ("指标名称", "level3")])
def test_indicator_header_words(header, role):
    assert role_of(header, INDICATOR_COLUMN_WORDS) == role


@pytest.mark.parametrize("header, role", [("执行率权重(分)", "weight"), ("执行率得分（分）", "score"),
                                          ("执行率", "rate")])
def test_money_header_words(header, role):
    assert role_of(header, SELF_EVALUATION_MONEY_COLUMN_WORDS) == role


def test_the_adjusted_target_is_the_target_where_filled_and_a_yes_no_unit_is_none():
    from jixiao.extract.forms.indicator_rows import _target_text
    assert _target_text({"target": "≥80", "adjusted_target": "≥90", "unit": "%"}) == "≥90%"
    assert _target_text({"target": "≥80", "adjusted_target": "", "unit": "%"}) == "≥80%"
    assert _target_text({"operator": "定量", "target": "-0", "adjusted_target": "-0", "unit": "%"}) == "-0%"
    assert _target_text({"operator": "定性", "target": "否", "unit": "是/否"}) == "否"
