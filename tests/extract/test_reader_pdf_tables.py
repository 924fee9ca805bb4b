"""Ruled tables in text-layer PDFs: merged cells keep their spans, wrapped cells are joined, a table
running over two pages is one table whose rows keep their pages, a row cut by the page break is
joined. The PDFs are drawn here with reportlab's Table (real ruling lines, real SPAN merges)."""

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from jixiao.extract.document import Cell, Table as ModelTable
from jixiao.extract.readers.pdf import append_rows, grid_edges, read_pdf
from jixiao.normalize.text import join_cell_lines
from jixiao.pipelines.ingest import parse_bytes

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
STYLE = ParagraphStyle("cjk", fontName="STSong-Light", fontSize=10, leading=13, wordWrap="CJK")


def _pdf(story_rows: list[list[str]], spans: list[tuple] = (), col_widths=None, top_space: float = 0,
         repeat_header: int = 0, title: str = "财政项目支出绩效目标申报表（2026年度）") -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    data = [[RLParagraph(text, STYLE) if text else "" for text in row] for row in story_rows]
    table = Table(data, colWidths=col_widths, repeatRows=repeat_header)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    commands += [("SPAN", a, b) for a, b in spans]
    table.setStyle(TableStyle(commands))
    doc.build([RLParagraph(title, STYLE), Spacer(1, top_space), table])
    return buf.getvalue()


HEADER = ["一级指标", "二级指标", "三级指标", "指标值"]


def test_merged_level_cells_become_one_cell_with_a_span():
    rows = [HEADER,
            ["产出指标", "数量指标", "道路建设长度", "≥985米"],
            ["", "", "绿化面积", "≥1200平方米"],
            ["", "质量指标", "项目验收合格率", "=100%"],
            ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"]]
    data = _pdf(rows, spans=[((0, 1), (0, 3)), ((1, 1), (1, 2))])
    tables = [b for b in read_pdf(data).blocks if isinstance(b, ModelTable)]
    assert len(tables) == 1
    first_data_row = tables[0].rows[1]
    assert (first_data_row[0].text, first_data_row[0].row_span) == ("产出指标", 3)
    assert (first_data_row[1].text, first_data_row[1].row_span) == ("数量指标", 2)
    assert [c.col for c in tables[0].rows[2]] == [2, 3]          # spanned positions are absent


def test_wrapped_cell_text_is_joined_not_split_into_rows():
    long_name = "社区居家养老服务对象满意度抽样调查覆盖率"
    rows = [HEADER, ["效益指标", "社会效益指标", long_name, "≥95%"]]
    data = _pdf(rows, col_widths=[60, 60, 60, 60])
    lines = [l for l in read_pdf(data).lines() if l.is_row]
    assert lines[1].cells == ("效益指标", "社会效益指标", long_name, "≥95%")


def test_merged_cells_fill_every_indicator_row_with_its_level1():
    rows = [["项目名称", "测试道路工程", "主管部门", "测试建设委员会"], HEADER,
            ["产出指标", "数量指标", "道路建设长度", "≥985米"],
            ["", "", "绿化面积", "≥1200平方米"],
            ["", "时效指标", "完工及时率", "=100%"]]
    data = _pdf(rows, spans=[((0, 2), (0, 4)), ((1, 2), (1, 3))])
    result = parse_bytes(data, "form.pdf")
    assert result.status == "ok", result.document["error"]
    got = [(i["level1"], i["level2"], i["level3"], i["operator"], i["value"], i["page"])
           for i in result.rows["indicators"]]
    assert got == [("产出指标", "数量指标", "道路建设长度", ">=", 985.0, 1),
                   ("产出指标", "数量指标", "绿化面积", ">=", 1200.0, 1),
                   ("产出指标", "时效指标", "完工及时率", "=", 100.0, 1)]
    assert result.rows["forms"][0]["project_name"] == "测试道路工程"


def test_table_across_two_pages_is_one_table_with_pages_per_row():
    body = [["产出指标", "数量指标", f"第{i}项服务完成数", f"≥{i}0个"] for i in range(1, 61)]
    data = _pdf([["项目名称", "测试服务项目", "主管部门", "测试局"], HEADER, *body], repeat_header=2)
    result = parse_bytes(data, "long.pdf")
    assert result.status == "ok", result.document["error"]
    indicators = result.rows["indicators"]
    assert [i["level3"] for i in indicators] == [f"第{i}项服务完成数" for i in range(1, 61)]
    pages = [i["page"] for i in indicators]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] == 2
    assert not any(i["level3"] == "三级指标" for i in indicators)   # repeated header dropped


def _cells(*texts: str, row: int = 0) -> tuple[Cell, ...]:
    return tuple(Cell(t, row, c) for c, t in enumerate(texts))


def test_row_cut_by_the_page_break_is_joined():
    head = ModelTable((_cells(*HEADER), _cells("效益指标", "可持续影响", "长效管理制", "制定并完善", row=1)),
                      1, row_pages=(1, 1))
    tail = ModelTable((_cells("", "指标", "度建议", ""), _cells("满意度指标", "服务对象满意度指标",
                                                              "员工满意度", "≥90%", row=1)),
                      2, row_pages=(2, 2))
    joined = append_rows(head, tail)
    assert [c.text for c in joined.rows[1]] == ["效益指标", "可持续影响指标", "长效管理制度建议", "制定并完善"]
    assert joined.row_pages == (1, 1, 2)


def test_new_row_under_a_merged_cell_is_not_joined():
    head = ModelTable((_cells(*HEADER), _cells("产出指标", "数量指标", "道路长度", "≥985米", row=1)),
                      1, row_pages=(1, 1))
    tail = ModelTable((_cells("", "", "绿化面积", "≥1200平方米"),), 2, row_pages=(2,))
    joined = append_rows(head, tail)
    assert len(joined.rows) == 3 and joined.row_pages == (1, 1, 2)


@pytest.mark.parametrize("lines, joined", [
    (["社区居家养老服务", "对象满意度"], "社区居家养老服务对象满意度"),
    (["6,229,2", "39.00"], "6,229,239.00"),
    (["ISO quality", "management"], "ISO quality management"),
    (["", "≥90%", " "], "≥90%"),
])
def test_join_cell_lines(lines, joined):
    assert join_cell_lines(lines) == joined


def test_grid_edges_merge_near_equal_positions():
    assert grid_edges([10.0, 10.8, 50.0, 49.5, 90.0]) == [10.0, 49.5, 90.0]
