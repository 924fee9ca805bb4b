"""The District 项目自评表 (LAYOUTS.md §5; generator family T-district self-eval): 项目类别 as numbered tick
boxes, a money block ``预算执行情况(万元)(20分)`` printing one row of figures with no row label and its
rate as a fraction (``1``), an indicator table of 年初目标值(A) | 实际完成值(B) | 得分 with no 分值 column
under ``年度绩效目标(80分)``. Before it was read (dev seeds 0-39, overall F1, all 20 shapes): 0.743 — no
money line, the option's number in 项目类别, the one-cell-per-line tables (no 分值 column) not cut into
rows (line_kept 0.50, one_line 0.48, pdftotext -raw 0.53), the docx/pdf/xlsx 0.91-0.92.

In PDF content order (stream_order, dev seeds 0-11: 0.61 before): the money block's last header cell
得分(20分*执行率) also opened the indicator vocabulary's run 得分 | 年度绩效目标(80分) | 一级指标 …, so the
indicator header was taken for the inside of one and its bands never put back; 达成预期指标 (a result)
was read as a level word; a total's score drawn before 自评总分 was left after the table; a rate
printed as a fraction (0.9992) changed places with a placeholder score (—).

In pdfplumber's line-major text (dev seeds 0-11: 0.948 before): a level cut inside its points
(产出指标（60 / 分）) was taken for the last line of the header cell above it, and the note under the
money block's 得分 ((20分*执行率)) for no cell's, so the row of figures after it opened with a value
and the text was not read as line-major rows at all."""

from __future__ import annotations

import shutil

import pytest

from jixiao.extract.forms.header import ticked_options
from jixiao.extract.layout.content_order import rows_of_line_major
from jixiao.extract.layout.reader import is_level_word
from jixiao.extract.layout.stream_order import restore_stream_order
from tests.formgen.readback import mean_f1

FAMILY = "T-district self-eval"
SEEDS = range(0, 12)
needs_office = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                  reason="LibreOffice and poppler (make system-deps) print the forms")


@pytest.mark.parametrize("shape, floor", [("tab", 0.98), ("line_kept", 0.85), ("line_dropped", 0.95),
                                          ("one_line", 0.95), ("paragraph", 0.85), ("pdftotext_raw", 0.93),
                                          ("stream_order", 0.97), ("pdfplumber", 0.975)])
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


def test_a_money_blocks_header_before_the_indicator_header_in_content_order():
    """得分(20分*执行率) ends the money block's header; the indicator header after it is a header of its
    own, its band's values put back beside their labels."""
    lines = ["项目类别", "1、部门预算项目☑", "1993.91", "1965.87", "98.59%", "19.72", "预算执行情况(万元)(20分)",
             "预算数", "执行数", "执行率", "得分(20分*执行率)", "年度绩效目标(80分)", "一级指标", "二级指标",
             "三级指标", "年初目标值(A)", "实际完成值(B)", "得分", "≥30人", "30人", "16", "9",
             "产出指标(60分)", "数量指标", "发放补助人数", "时效指标", "项目完成及时性", "及时", "达成预期指标",
             "95.57", "自评总分"]
    restored = restore_stream_order(lines)
    assert restored is not None
    text = " | ".join(restored.lines)
    assert "得分(20分*执行率) | 1993.91 | 1965.87 | 98.59% | 19.72 | 年度绩效目标(80分)" in text
    assert "发放补助人数 | ≥30人 | 30人 | 16 | 时效指标 | 项目完成及时性 | 及时 | 达成预期指标 | 9" in text
    assert text.endswith("自评总分 | 95.57")


def test_a_result_word_is_no_level_word():
    assert not is_level_word("达成预期指标")
    assert is_level_word("产出指标")


def test_line_major_level_cut_in_its_points_and_a_score_note():
    lines = ["预算执行情况 年初预算数 全年预算数 全年执行数 执行率 得分", "(万元)(20分) (20分*执行率)",
             "1636.53 1636.53 1495.32 0.9137 18.27", "年度绩效目标（80分）",
             "一级指标 二级指标 三级指标 年初目标值(A) 全年实际完成 得分", "值(B)",
             "产出指标（60 数量指标 维修养护道路 120公里 120公里 10", "分） 里程"]
    rows = [["".join(cell) for cell in row.cells] for row in rows_of_line_major(lines)]
    assert rows[0] == ["预算执行情况(万元)(20分)", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分(20分*执行率)"]
    assert rows[3] == ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "全年实际完成值(B)", "得分"]
    assert rows[4] == ["产出指标（60分）", "数量指标", "维修养护道路里程", "120公里", "120公里", "10"]
