"""pdftotext -layout text: columns from character offsets, wrapped cells joined, spans kept."""

from __future__ import annotations

from jixiao.extract.layout.base import lines_of_text
from jixiao.extract.layout.columns_layout import (
    LayoutBuilder,
    Piece,
    find_layout_blocks,
    opens_a_cell,
    pieces,
    place_pieces,
)
from jixiao.extract.layout.grid import Grid, Shape
from jixiao.extract.readers.text import read_text

# the shape pdftotext -layout gives a LibreOffice PDF of a target form: narrow cells wrap, the
# 一级 cell is printed once for its rows
WRAPPED = """\
项目名称      机关事业单      项目性质    经常性专项      项目类别        特定目标类
          位运行保障              业务费
          经费
计划开始日     2024-01-   计划完成日   2024-12-
期         01         期       31
          一级指标       二级指标    三级指标       年度指标值
绩效 指标     产出指标       数量指标    购置服装数      =90.00(套)
                             量
                     质量指标    服装质量合      =100.00(
                             格率         %)
                     时效指标    服装购置及      及时
                             时率
"""


def test_pieces_cut_at_two_blanks_and_keep_offsets():
    assert pieces("项目名称      12333 热线  业务费") == [
        Piece("项目名称", 0, 4), Piece("12333 热线", 10, 18), Piece("业务费", 20, 23)]
    assert pieces("\f第二页  内容") == [Piece("第二页", 0, 3), Piece("内容", 5, 7)]


def test_wrapped_cells_are_joined_and_level_words_open_rows():
    [(start, end, grid)] = find_layout_blocks(WRAPPED.split("\n"))
    assert (start, end) == (0, 12)
    rows = [[c for c in row if c] for row in grid.rows]
    assert rows[0] == ["项目名称", "机关事业单位运行保障经费", "项目性质", "经常性专项业务费", "项目类别", "特定目标类"]
    assert rows[1] == ["计划开始日期", "2024-01-01", "计划完成日期", "2024-12-31"]
    assert rows[3] == ["绩效 指标", "产出指标", "数量指标", "购置服装数量", "=90.00(套)"]
    assert rows[4] == ["质量指标", "服装质量合格率", "=100.00(%)"]       # a level word opens a row
    assert rows[5] == ["时效指标", "服装购置及时率", "及时"]
    assert grid.report.shape is Shape.LAYOUT and any("wrapped" in g for g in grid.report.guesses)
    # the row under a merged 一级 cell keeps its columns: 二级 in the 二级 column
    assert grid.rows[4].index("质量指标") == grid.rows[3].index("数量指标")


def test_opens_a_cell_uses_the_vocabulary():
    assert opens_a_cell("质量指标") and opens_a_cell("项目名称") and opens_a_cell("≥90%")
    assert not opens_a_cell("格率") and not opens_a_cell("%)")


def test_place_pieces_keeps_order_and_skips_empty_columns():
    bands = [(0, 10), (10, 20), (20, 30), (30, 40)]
    assert place_pieces([Piece("a", 21, 24), Piece("b", 31, 33)], bands) == [2, 3]
    assert place_pieces([Piece("a", 0, 3), Piece("b", 12, 14), Piece("c", 13, 15)], bands) == [0, 1, 2]


def test_a_cell_crossing_columns_is_a_span():
    text = "一级指标  二级指标  三级指标  指标值\n产出指标  数量指标  座椅数    ≥50个\n总体目标  完成全部座椅的购置安装\n效益指标  社会效益  满意度    ≥90%"
    [(_, _, grid)] = find_layout_blocks(text.split("\n"))
    assert grid.rows[2][:2] == ("总体目标", "完成全部座椅的购置安装")
    assert grid.rows[2][2] is None and grid.span_at(2, 2) is not None


def test_prose_and_short_runs_are_not_tables():
    prose = "本项目  由区财政局安排。\n资金  已全部到位。"
    assert find_layout_blocks(prose.split("\n")) == []


def test_builder_and_text_reader_read_layout_blocks():
    grid = LayoutBuilder().build(lines_of_text(WRAPPED))
    assert isinstance(grid, Grid) and grid.report.shape is Shape.LAYOUT
    document = read_text(WRAPPED.encode())
    rows = [line.nonempty_cells for line in document.lines() if line.is_row]
    assert rows[3] == ("绩效 指标", "产出指标", "数量指标", "购置服装数量", "=90.00(套)")
