"""The shape layer's grid type, settings and the rows and stream builders."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jixiao.extract.document import Cell, Line, Table
from jixiao.extract.layout.base import best_table, lines_of_text
from jixiao.extract.layout.grid import CellStream, Grid, RowSource, Shape, ShapeReport, Span
from jixiao.extract.layout.rows import (RowsBuilder, csv_records, csv_sheet_lines, grid_from_table,
                                        is_comma_separated, property_stream_cut, split_row)
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from jixiao.extract.layout.stream import (
    CellStreamBuilder,
    is_cell_per_line,
    is_cell_per_paragraph,
    is_cell_stream,
    is_row_region,
)

REPORT = ShapeReport(Shape.ROWS, 1.0)


def _src(n: int) -> tuple[RowSource, ...]:
    return tuple(RowSource(1, i + 1, "") for i in range(n))


def test_grid_keeps_spans_apart_from_empty_cells():
    # 一级 merged over two rows, 二级 merged over two rows, an empty target in the second row
    table = Table((
        (Cell("产出指标", 0, 0, row_span=2), Cell("数量指标", 0, 1, row_span=2), Cell("座椅数", 0, 2), Cell("≥50个", 0, 3)),
        (Cell("课桌数", 1, 2), Cell("", 1, 3)),
    ), page=3, line_no=10)
    grid = grid_from_table(table)
    assert grid.rows == (("产出指标", "数量指标", "座椅数", "≥50个"), (None, None, "课桌数", ""))
    assert grid.spans == (Span(0, 0, 2, 1), Span(0, 1, 2, 1))
    assert grid.span_at(1, 0) == Span(0, 0, 2, 1) and grid.span_at(1, 3) is None
    assert grid.sources[1].page == 3 and grid.sources[1].line_no == 11
    filled = grid.copy_spanning_text()
    assert filled.rows[1] == ("产出指标", "数量指标", "课桌数", "")
    assert grid.to_lines()[1].cells == ("", "", "课桌数", "")


def test_grid_rejects_ragged_rows_and_bad_spans():
    with pytest.raises(ValueError, match="width"):
        Grid((("a", "b"), ("c",)), _src(2), REPORT)
    with pytest.raises(ValueError, match="outside"):
        Grid((("a", "b"),), _src(1), REPORT, (Span(0, 1, 2, 1),))
    with pytest.raises(ValueError, match="row sources"):
        Grid((("a",),), _src(2), REPORT)


def test_from_rows_pads_short_rows():
    grid = Grid.from_rows([["a", "b", "c"], ["d"]], _src(2), REPORT)
    assert grid.rows[1] == ("d", "", "") and grid.width == 3 and grid.height == 2


def test_settings_are_validated():
    with pytest.raises(ValueError, match="share"):
        LayoutSettings(stream_share=1.5)
    with pytest.raises(ValueError, match="count"):
        LayoutSettings(pipe_min_bars=-1)
    with pytest.raises(ValueError, match="confidence"):
        ShapeReport(Shape.ROWS, 2.0)


def test_split_row_tab_pipe_and_truncated_pipe():
    assert split_row("a\tb\t") == ["a", "b", ""]
    assert split_row("| a | b |") == [" a ", " b "]
    assert split_row("| a | b | c") is None
    assert split_row("| a | b | c", in_table=True) == [" a ", " b ", " c"]
    assert split_row("plain text") is None
    assert split_row("| a |", settings=replace(DEFAULT_SETTINGS, pipe_min_bars=2)) == [" a "]


def test_comma_separated():
    assert is_comma_separated(["a,b,c", "1,2,3", "4,5,6"])
    assert not is_comma_separated(["这是一段话，没有逗号分隔的字段。", "第二行", "第三行"])


def test_a_sheet_saved_as_csv_by_wps_loses_its_property_stream_and_reads_as_tab_rows():
    # Key,value properties and the sheet name before the sheet, the other sheets' names after it,
    # a quoted cell's comma and line break kept in the cell (its line break a blank in a tab row)
    lines = ["KSOProductBuildVer,2052-11.1.0.8612", "ICV,5E1A", "Title,", "Author,Admin",
             "Created,2019-01-08T02:15:32Z", "Sheet1", "表,,", '项目名称,"某,项目",',
             '总体目标,"第一行', '第二行",', "a,b,c", "Sheet2", "Sheet3", ""]
    assert property_stream_cut(lines) == (6, 3)
    sheet = lines[6:-3]
    assert csv_records("\n".join(sheet))[2] == ["总体目标", "第一行\n第二行", ""]
    assert csv_sheet_lines(sheet) == ["表", "项目名称\t某,项目\t", "总体目标\t第一行 第二行\t", "a\tb\tc"]
    # a one-column sheet is CSV when its property stream says it is a sheet
    assert csv_sheet_lines(['"一,二"', "三"]) is None
    assert csv_sheet_lines(['"一,二"', "三"], saved_sheet=True) == ["一,二", "三"]
    # three Key,value lines are no property stream; nor is prose
    assert property_stream_cut(["a,1", "b,2", "c,3", "表"]) == (0, 0)
    assert property_stream_cut(["项目名称,某项目"] * 5) == (0, 0)


def test_rows_builder_reads_tab_text_and_reports_ragged_rows():
    lines = lines_of_text("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t座椅数\t≥50个\n课桌数\t≥10张")
    grid = RowsBuilder().build(lines)
    assert isinstance(grid, Grid) and grid.report.shape is Shape.ROWS
    assert grid.rows[2] == ("课桌数", "≥10张", "", "")
    assert any("differ in width" in g for g in grid.report.guesses)


def test_stream_builder_cells_ending_in_a_bar_same_and_next_line():
    text = "项目名称 |\n道路保洁 |\n主管部门\n|\n|\n实施单位 |\n区绿化市容局 |"
    stream = CellStreamBuilder().build(lines_of_text(text))
    assert isinstance(stream, CellStream) and stream.blanks_kept
    assert stream.texts() == ["项目名称", "道路保洁", "主管部门", "", "实施单位", "区绿化市容局"]


def test_stream_builder_cell_per_paragraph_keeps_blank_cells():
    cells = ["项目名称", "道路保洁", "主管部门", " ", "实施单位", "区绿化市容局", "年度", "2021",
             "金额", " ", "备注", "无"]
    stream = CellStreamBuilder().build(lines_of_text("\n\n".join(cells)))
    assert isinstance(stream, CellStream) and stream.blanks_kept
    assert stream.texts() == [c.strip() for c in cells]
    grid = stream.to_grid([2, 4, 6, 8, 10])
    assert grid.rows[1] == ("主管部门", "") and grid.height == 6


def test_stream_builder_blank_cells_dropped_is_reported():
    stream = CellStreamBuilder().build(lines_of_text("项目名称\n道路保洁\n主管部门\n实施单位\n区绿化市容局"))
    assert isinstance(stream, CellStream) and not stream.blanks_kept
    assert stream.report.guesses


def test_best_table_picks_the_surest_builder():
    rows = lines_of_text("a\tb\nc\td\ne\tf")
    assert best_table([CellStreamBuilder(), RowsBuilder()], rows).report.shape is Shape.ROWS
    stream = lines_of_text("a\nb\nc\nd\ne")
    assert best_table([RowsBuilder(), CellStreamBuilder()], stream).report.shape is Shape.STREAM
    assert best_table([RowsBuilder()], stream) is None


def _para(text: str) -> Line:
    return Line((text,), False, None, None, text)


def _row(*cells: str) -> Line:
    return Line(cells, True, None, None, "\t".join(cells))


def test_region_detectors_follow_the_settings():
    stream = [_para("a"), _para(""), _para("b"), _para(""), _para("c"), _para("d")]
    assert is_cell_stream(stream)
    mixed = [_row("a", "b"), _para("c d"), _para("e"), _para("f")]      # two of four lines hold two cells
    assert is_row_region(mixed) and not is_cell_stream(mixed)
    assert not is_row_region(mixed, replace(DEFAULT_SETTINGS, rows_share=0.6))
    assert is_cell_per_line(["a |", "b |", "|", "c |", "d |"])
    assert not is_cell_per_paragraph(["a", "b", "c"])


def test_text_reader_reads_cells_whose_bar_opens_the_next_line():
    from jixiao.extract.readers.text import read_text
    same = "项目名称 |\n道路保洁 |\n主管部门 |\n|\n实施单位 |\n区绿化市容局 |\n"
    nxt = "项目名称\n        | 道路保洁\n        | 主管部门\n        | \n        | 实施单位\n        | 区绿化市容局\n        | \n"
    cells = lambda text: [l.cells[0] for l in read_text(text.encode()).lines()]
    assert cells(nxt)[:6] == cells(same)[:6] == ["项目名称", "道路保洁", "主管部门", "", "实施单位", "区绿化市容局"]


def test_a_row_table_flattened_to_one_cell_per_line_gets_its_rows_back():
    from jixiao.extract.layout.stream import rows_of_kept_stream
    from jixiao.extract.readers.text import read_text
    header = ["单位名称", "项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重"]
    first = ["101-某局", "道路保洁", "1,000.00", "产出指标", "数量指标", "保洁面积", "≥", "100", "万平方米", "50"]
    # the next row's project cells were merged with the row above: they are not in the stream
    second = ["效益指标", "社会效益指标", "群众满意度", "≥", "90", "%", "50"]
    texts = header + first + second
    assert rows_of_kept_stream(texts) == []          # plain lines, no empty cell: blanks may be gone
    [(end, rows, starts)] = rows_of_kept_stream(texts, blanks_seen=True)
    assert end == len(texts) and starts == [0, 10, 20]
    assert rows[2] == ["", "", ""] + second
    document = read_text(("\n".join(["部门预算项目绩效目标申报表(2024年度) |"] + [f"{t} |" for t in texts]) + "\n").encode())
    table_rows = [line.cells for line in document.lines() if line.is_row]
    assert table_rows[0] == tuple(header) and table_rows[2][3:] == tuple(second)


def test_a_stream_that_is_no_row_table_is_left_alone():
    from jixiao.extract.layout.stream import rows_of_kept_stream
    # an indicator table of a target form: no project columns, the families read its stream
    texts = ["一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "座椅数", "≥50个"]
    assert rows_of_kept_stream(texts) == []


def test_a_target_forms_indicator_table_one_cell_per_line_gets_its_rows_back():
    from jixiao.extract.layout.stream import rows_of_kept_stream
    header = ["一级指标", "二级指标", "指标内容", "指标值", "备注"]
    # merged 一级/二级 cells printed once; an empty 备注 kept as an empty line
    texts = header + ["产出指标", "数量指标", "覆盖行政村数量", "50个", "",
                      "发放补助人数", ">=120人", "",
                      "质量指标", "项目验收合格率", ">=95%", "按计划标准"]
    [(end, rows, starts)] = rows_of_kept_stream(texts)
    assert rows[1:] == [["产出指标", "数量指标", "覆盖行政村数量", "50个", ""],
                        ["", "", "发放补助人数", ">=120人", ""],
                        ["", "质量指标", "项目验收合格率", ">=95%", "按计划标准"]]
    # a self-evaluation's table (分值, 得分) is left to the family's own stream reading
    assert rows_of_kept_stream(["一级指标", "二级指标", "三级指标", "年度指标值", "分值", "得分"] + texts[5:]) == []


def test_a_kept_stream_table_across_a_page_break_ends_at_the_page_number_and_repeated_header():
    from jixiao.extract.readers.text import read_text
    header = ["一级指标", "二级指标", "指标内容", "指标值", "备注"]
    first = ["产出指标", "数量指标", "覆盖行政村数量", "50个", "", "", "发放补助人数", ">=120人", "",
             "", "成本指标", "单个终端年运维费用", "≤1.3万元", ""]
    second = ["效益指标", "社会效益指标", "受益农户数", "≥4.2万户", "", "", "生态效益指标", "化学需氧量年削减量", "≥900吨", ""]
    text = "\n".join(["项目绩效指标"] + header + first + ["-1-"] + header + second + ["-2-"]) + "\n"
    rows = [line.cells for line in read_text(text.encode()).lines() if line.is_row]
    assert rows.count(tuple(header)) == 2                   # the repeated header opens the second table
    assert all("-1-" not in row and "一级指标" not in row[1:] for row in rows)
    assert ("", "成本指标", "单个终端年运维费用", "≤1.3万元", "") in rows
    assert ("效益指标", "社会效益指标", "受益农户数", "≥4.2万户", "") in rows


def test_a_remark_merged_over_two_columns_whose_header_prints_the_covered_cell_blank():
    """备注 merged over two columns, the header printing the covered column as a blank cell (as the
    rows print two blank 备注 cells), one cell a line, a signature line after it: the blank is the
    header's, not the first row's
    first cell."""
    from jixiao.extract.readers.text import read_text
    cells = ["湖南省财政专项扶贫资金项目绩效目标申报表", "（2021年度）", "项目名称", "茶叶产业扶贫项目", "", "",
             "主管部门", "县扶贫开发办公室", "实施单位", "乡人民政府", "项目资金（万元）", "资金总额", "200万",
             "", "", "年度绩效目标", "新建茶园800亩,带动贫困户500人增收。", "", "",
             "一级指标", "二级指标", "三级指标", "指标值", "备注", "",
             "产出指标", "数量指标", "新建茶园面积( ≥**亩 )", "≥800亩", "", "",
             "", "", "发放茶苗(≥**万株)", "≥12万株", "", "",
             "", "质量指标", "茶苗成活率(≥**%)", "≥90%", "", "",
             "", "时效指标", "项目完成时间", "2021年12月底前", "", "",
             "效益指标", "经济效益指标", "户均增收(≥**元)", "≥1500元", "", "",
             "满意度指标", "服务对象满意度指标", "贫困户满意度(≥**%)", "≥95%", "", "",
             "填报单位（盖章）：乡人民政府", ""]
    rows = [line.cells for line in read_text(("\n".join(cells) + "\n").encode()).lines() if line.is_row]
    assert ("产出指标", "数量指标", "新建茶园面积( ≥**亩 )", "≥800亩", "", "") in rows
    assert ("", "质量指标", "茶苗成活率(≥**%)", "≥90%", "", "") in rows
