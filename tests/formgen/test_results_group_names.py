"""Results tables (自评结果汇总表) in ``pdftotext -raw``: a 主管部门 group column whose merged cell is
printed above its first row and wraps an agency's name where a level word could begin
(``柯桥区生态环`` / ``境局``: 生态环境成本指标 begins so). ``python -m tests.formgen.heldout --seeds
0-39 --families "results table" --shapes pdftotext_raw`` measures more."""

from __future__ import annotations

import shutil

import pytest

from tests.formgen.readback import assert_seeds_read_back
from jixiao.extract.layout.raw_rows import raw_cells

needs_office = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                  reason="LibreOffice and poppler (make system-deps) print the forms")

#: dev seeds whose first group is 生态环境局 cut after 生态环: 0.32 and 0.33 before (the name's two
#: lines two cells, every row after it shifted by one)
GROUP_NAME_SEEDS = (23, 33)


@needs_office
def test_a_group_name_cut_where_a_level_word_begins_is_joined():
    assert_seeds_read_back("results table", GROUP_NAME_SEEDS, "pdftotext_raw", 0.89)


def test_an_agency_name_joins_across_a_level_word_start():
    cells = raw_cells(["主管部门 序号 项目名称 项目单位 自评分数 自评等级", "柯桥区生态环", "境局",
                       "1 城区道路机械", "化清扫保洁", "柯桥区环境监", "测站", "91.83 优"]).cells
    assert cells[6:8] == ["柯桥区生态环境局", "1"]
