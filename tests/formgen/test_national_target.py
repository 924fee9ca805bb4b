"""The national 项目支出绩效目标表 (generator family T-NAT target): 成本指标 is the last 二级 under 产出指标
on the 2020 template (its 一级 cell merged with the 产出 rows above, no 二级 after it) and a 一级 over
经济/社会/生态环境成本指标 in the 2021 framework. Before (dev seeds 0-39): tab 0.980, one cell a line
0.963 — the 二级 成本指标 read as a 一级 in every shape, the header cell 指标值（包含数字及文字描述） read
as an indicator in streams, and a title wrapped after its year (``2020年度项目`` / ``支出绩效目标申报表``)
lost the year."""

from __future__ import annotations

import shutil

import pytest

from jixiao.extract.document import Line
from jixiao.extract.forms.levels import IndicatorTableReader
from tests.formgen.readback import mean_f1, read_back

SEEDS = range(0, 16)
needs_office = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                  reason="LibreOffice and poppler (make system-deps) print the forms")


@pytest.mark.parametrize("shape", ["tab", "line_kept", "paragraph", "one_line"])
def test_text_shapes(shape):
    assert mean_f1("T-NAT target", SEEDS, shape) >= 0.99


@needs_office
def test_docx():
    assert mean_f1("T-NAT target", SEEDS, "docx") >= 0.99


def _row(*cells: str) -> Line:
    return Line(tuple(cells), True, 1, 1, "\t".join(cells))


def _levels(rows: list[tuple[str, ...]]) -> list[tuple[str | None, str | None, str]]:
    header = _row("一级指标", "二级指标", "三级指标", "指标值")
    return [(i.level1, i.level2, i.level3) for i in IndicatorTableReader(header).read([_row(*r) for r in rows])]


def test_cost_under_an_open_output_block_is_its_second_level():
    read = _levels([("产出指标", "数量指标", "维修道路", "≥12公里"), ("", "成本指标", "人均补助标准", "≤800元"),
                    ("效益指标", "社会效益指标", "群众知晓率", "≥90%")])
    assert read[1] == ("产出指标", "成本指标", "人均补助标准")
    assert read[2][:2] == ("效益指标", "社会效益指标")


def test_cost_is_a_first_level_where_no_output_block_is_open_or_its_own_second_levels_follow():
    read = _levels([("成本指标", "经济成本指标", "人均补助标准", "≤800元"), ("产出指标", "数量指标", "维修道路", "≥12公里"),
                    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"), ("成本指标", "", "项目总成本控制", "≤86万元")])
    assert read[0][:2] == ("成本指标", "经济成本指标")
    assert read[3][:2] == ("成本指标", None)
    # cells of a level word a row apart (one cell a line): 成本指标 taken for a 二级, then its own 二级
    read = _levels([("产出指标", "数量指标", "维修道路", "≥12公里"), ("成本指标",), ("经济成本指标", "人均补助标准", "≤800元")])
    assert read[1] == ("成本指标", "经济成本指标", "人均补助标准")



def test_stream_order_puts_amounts_after_the_money_lines_under_their_merged_caption():
    """PDF content order draws a money block's amounts first, then its merged caption and the lines'
    labels (项目资金（万元） | 年度资金总额 | 其中:财政拨款 | 其他资金): one amount after each label."""
    outcomes = read_back("T-NAT target", range(0, 10), ("stream_order",))
    assert not [m for o in outcomes for m in o.mismatches if "budget_lines" in str(m)]
