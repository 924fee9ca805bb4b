"""The District 项目自评表 (LAYOUTS.md §5; generator family T-district self-eval): 项目类别 as numbered tick
boxes, a money block ``预算执行情况(万元)(20分)`` printing one row of figures with no row label and its
rate as a fraction (``1``), an indicator table of 年初目标值(A) | 实际完成值(B) | 得分 with no 分值 column
under ``年度绩效目标(80分)``. Before it was read (dev seeds 0-39, overall F1, all 20 shapes): 0.743 — no
money line, the option's number in 项目类别, the one-cell-per-line tables (no 分值 column) not cut into
rows (line_kept 0.50, one_line 0.48, pdftotext -raw 0.53), the docx/pdf/xlsx 0.91-0.92."""

from __future__ import annotations

import shutil

import pytest

from jixiao.extract.forms.header import ticked_options
from tests.formgen.readback import mean_f1

FAMILY = "T-district self-eval"
SEEDS = range(0, 12)
needs_office = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                  reason="LibreOffice and poppler (make system-deps) print the forms")


@pytest.mark.parametrize("shape, floor", [("tab", 0.98), ("line_kept", 0.85), ("line_dropped", 0.95),
                                          ("one_line", 0.95), ("paragraph", 0.85), ("pdftotext_raw", 0.93)])
def test_text_shapes(shape, floor):
    if shape.startswith("pdf") and shutil.which("pdftotext") is None:
        pytest.skip("poppler prints the PDF text")
    assert mean_f1(FAMILY, SEEDS, shape) >= floor


@needs_office
@pytest.mark.parametrize("fmt", ["docx", "pdf", "xlsx"])
def test_binary_formats(fmt):
    assert mean_f1(FAMILY, SEEDS, fmt) >= 0.98


@pytest.mark.parametrize("written, ticked", [
    ("☑1、部门预算项目 □2、区直专项/市直专项 □3、市对下转移支付项目", ["部门预算项目"]),
    ("1、部门预算项目□  2、区直专项/市直专项√  3、市对下转移支付项目□", ["区直专项/市直专项"]),
    ("经常性专项业务费 ☑ 其他经常性项目 ☐", ["经常性专项业务费"])])
def test_a_ticked_options_number_is_not_the_option(written, ticked):
    assert ticked_options(written) == ticked
