"""Document.lines(): a row is read in the cells its table drew for it."""

from __future__ import annotations

from jixiao.extract.document import Cell, Document, Table


def test_a_cell_spanning_columns_inside_the_row_is_one_cell():
    # one PDF grid for a head whose label/value split the page differently from the indicator rows
    table = Table(((Cell("一级指标", 0, 0), Cell("二级指标", 0, 1, col_span=2), Cell("三级指标", 0, 3),
                    Cell("分值", 0, 4)),
                   (Cell("产出指标", 1, 0), Cell("数量指标", 1, 1, col_span=2), Cell("培训人次", 1, 3), Cell("3", 1, 4))))
    lines = Document("pdf", (table,)).lines()
    assert [l.cells for l in lines] == [("一级指标", "二级指标", "三级指标", "分值"), ("产出指标", "数量指标", "培训人次", "3")]


def test_a_cell_spanning_to_the_right_edge_keeps_the_rows_width():
    table = Table(((Cell("部门（单位）名称", 0, 0), Cell("桂林市临桂区卫生健康局", 0, 1, col_span=3)),
                   (Cell("年度预算资金", 1, 0), Cell("资金总额", 1, 1), Cell("8,264.35", 1, 2, col_span=2))))
    lines = Document("xlsx", (table,)).lines()
    assert [l.cells for l in lines] == [("部门（单位）名称", "桂林市临桂区卫生健康局", "", ""),
                                        ("年度预算资金", "资金总额", "8,264.35", "")]


def test_a_merged_level_cell_leaves_its_rows_below_blank():
    table = Table(((Cell("产出指标", 0, 0, row_span=2, col_span=2), Cell("培训人次", 0, 2), Cell("3", 0, 3)),
                   (Cell("检测批次", 1, 2), Cell("2", 1, 3))))
    lines = Document("docx", (table,)).lines()
    assert [l.cells for l in lines] == [("产出指标", "培训人次", "3"), ("", "检测批次", "2")]
