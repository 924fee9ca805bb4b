"""Evaluation reports whose 表1 line names open with a hotline's number (seed 002: ``1 | 12315话务设备
改造``, ``2 | 12345市民热线协调工作经费`` with its sub-lines ``（1）12345市民热线协调办公经费``), drawn on
the stream 'coded line names'. Run together with no separator (``112315话务…``, ``…99.21%212345市民…``)
the cut between 序号 and name is the run of 序号 (the next is the last + 1) after values that complete
the row; digits right after a 序号 open the name; a section's number after the table's last values
(``…99.61%3.实施情况``) opens the text after them. One cell per line, such a name is no value a PDF
drew before its labels (stream order is not restored around it).
``python -m tests.formgen.heldout --seeds 0-39 --families "evaluation report" --shapes glued``."""

from __future__ import annotations

import shutil

import pytest

from jixiao.extract.layout.glued_cells import cut_glued_run
from jixiao.extract.layout.raw_rows import line_cells
from jixiao.extract.layout.stream_order import is_value_cell
from tests.formgen.readback import assert_seeds_read_back

needs_office = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                  reason="LibreOffice and poppler print and read the PDFs")

#: dev seeds drawn with numbered line names (glued 0.78–0.97, line_dropped 0.55–1.00 before)
CODED_SEEDS = (6, 7, 12, 13, 14, 19, 21, 22, 25, 27, 28, 29, 30, 31, 32, 33, 34)


@pytest.mark.parametrize("shape", ("glued", "line_dropped", "line_kept"))
def test_numbered_line_names_read_back(shape):
    assert_seeds_read_back("evaluation report", CODED_SEEDS, shape, 0.99)


def test_a_name_opening_with_a_number_is_no_value_cell():
    assert not is_value_cell("12315宣传经费")
    assert is_value_cell("326人次以上") and is_value_cell("1200万平方米") and is_value_cell("2024年度")


def test_row_numbers_cut_from_names_opening_with_digits():
    cells = cut_glued_run("表1：2018年的预算及执行情况序号实施内容预算金额实际使用执行率112315话务设备改造(二期）178.30176.9099.21%"
                          "212345市民热线协调工作经费（1）12345市民热线协调办公经费7.007.00100%（2）12345市民热线协调工作劳务费"
                          "149.06149.06100%小计156.06156.06100%312319日常运维经费25.0025.00100%项目预算合计359.36357.9699.61%"
                          "3.实施情况")
    assert cells[6:] == ["1", "12315话务设备改造(二期）", "178.30", "176.90", "99.21%", "2", "12345市民热线协调工作经费",
                         "（1）", "12345市民热线协调办公经费", "7.00", "7.00", "100%", "（2）", "12345市民热线协调工作劳务费",
                         "149.06", "149.06", "100%", "小计", "156.06", "156.06", "100%", "3", "12319日常运维经费",
                         "25.00", "25.00", "100%", "项目预算合计", "359.36", "357.96", "99.61%", "3.实施情况"]


#: seeds of CODED_SEEDS whose ``pdftotext -raw`` text spaced the number from the name (``1 12319 服务器采购
#: 24.30 …``): 0.52-0.72 before (the number read as a cell of its own, every amount a row late), 0.99 after.
RAW_SEEDS = (12, 19, 22)


@needs_office
def test_numbered_line_names_in_pdftotext_raw():
    assert_seeds_read_back("evaluation report", RAW_SEEDS, "pdftotext_raw", 0.98)


def test_a_number_after_a_row_number_opens_the_name():
    assert line_cells("1 12319 服务器采购 24.30 22.93 94.36%") == ["1", "12319服务器采购", "24.30", "22.93", "94.36%"]
    assert line_cells("（1） 12345 日常运维经") == ["（1）", "12345日常运维经"]
    assert line_cells("1 511321 南部县教育局 20") == ["1", "511321", "南部县教育局", "20"]   # a unit's code: a column
