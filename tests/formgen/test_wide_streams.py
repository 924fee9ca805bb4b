"""Wide tables read from the shapes that flatten a table to one cell per line or paragraph: a
transfer's money by recipient and its indicator table with one column per recipient (T-FJ
transfer), and a cost build-up table (T-HB). Fixed generated forms of each family × shape
(``make accuracy`` and the held-out block measure more)."""

from __future__ import annotations

import pytest

from tests.formgen.readback import assert_seeds_read_back

SHAPES = ["line_kept", "paragraph", "bar_same", "bar_next"]
SEEDS = (0, 68)
#: seeds 0-99 of T-FJ transfer score 0.99–1.00 in these shapes (0.39 before the wide-table cutter)
FLOOR = 0.95


@pytest.mark.parametrize("shape", SHAPES)
def test_transfer_money_and_recipient_columns_read_from_a_cell_stream(shape):
    assert_seeds_read_back("T-FJ transfer", SEEDS, shape, FLOOR)


#: seeds 0-99 of T-FJ transfer in the spaced shape score 0.999 (0.87 before: the money caption, 合计
#: and the recipients on one line and their amounts on the next were read as the department's text)
SPACED_FLOOR = 0.98


def test_transfer_money_by_recipient_read_from_two_spaced_lines():
    assert_seeds_read_back("T-FJ transfer", SEEDS, "spaced", SPACED_FLOOR)


def test_spaced_money_lines_are_a_table_of_two_rows():
    from jixiao.extract.document import Table
    from jixiao.extract.readers.text import read_text

    text = "主管部门 福建省农业农村厅\n资金金额(万元) 合计 三明市 泉州市\n900.0 500.0 400.0\n年度目标 统筹安排资金。"
    tables = [b for b in read_text(text.encode("utf-8")).blocks if isinstance(b, Table)]
    assert [[c.text for c in row] for row in tables[0].rows] == [
        ["资金金额(万元)", "合计", "三明市", "泉州市"], ["", "900.0", "500.0", "400.0"]]


#: seeds 0-99 of T-HB score 0.96 in these shapes (0.41 in paragraph and bar shapes before)
HB_FLOOR = 0.9


@pytest.mark.parametrize("shape", SHAPES)
def test_cost_table_form_whose_indicator_columns_hold_other_words_read_from_a_cell_stream(shape):
    """T-HB's 一级指标 column holds 二级 words and its 二级指标 column the names, and a merged 措施 cell
    closes the first row: a stream is not cut into rows of the header's width (a level word would
    land in a value column) and the family reads it as lines."""
    assert_seeds_read_back("T-HB", SEEDS, shape, HB_FLOOR)
