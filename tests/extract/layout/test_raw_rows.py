"""``pdftotext -raw`` text whose rows hold on their lines: wrapped cells put back, one cell a line.

Unit tests on a hand-written page (a Shanghai self-evaluation as LibreOffice prints it and ``pdftotext
-raw`` writes it), and generated forms of the families whose -raw text is read this way, printed by
LibreOffice (skipped without LibreOffice or poppler).
"""
from __future__ import annotations

import shutil

import pytest

from jixiao.extract.document import Paragraph, Table
from jixiao.extract.layout.raw_rows import is_raw_rows, kept_rows_text, line_cells, raw_cells, raw_rows_text
from jixiao.extract.readers.text import read_text
from jixiao.normalize.text import display_width
from jixiao.pipelines.accuracy import Report, score_document
from jixiao.pipelines.ingest import parse_bytes

#: A self-evaluation's -raw text: a wrapped cell goes on below its row's top line, and the row's next
#: cells come back on a line of their own (``开展宣传活动`` / ``次数`` / ``>=30 次 26 次 19 16.47 …``).
RAW = """2020 年度项目支出绩效自评表
项目名称 公共图书馆免费开放
主管部门 衢江区城市管理执法局 实施单位 衢江区环境卫生服务中心
项目资金(元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 17,464,400.
00
17464400.0
0
16,173,500.
00
10 92.61% 9.26
其他资金 0.00 0.00 0.00 / / /
绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析
及改进措施
产出指标 数量指标 维修养护道路
里程
580 公里以上 622 公里 2 2
开展宣传活动
次数
>=30 次 26 次 19 16.47 受资金到位时
间影响,下年度
提前谋划
覆盖行政村数
量
12 个 12 个 3 3
满意度指标 服务对象满意
度指标
群众满意度 100% 100% 10 10
总分 100 96.73
填报日期:2020 年 7 月 20 日"""

#: The same rows printed as paragraphs (a text document's lines, no table): rows written with blanks,
#: nothing wrapped in a column.
PARAGRAPHS = """2020 年度项目支出绩效自评表
项目名称 公共图书馆免费开放
主管部门 衢江区城市管理执法局 实施单位 衢江区环境卫生服务中心
项目资金(元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 17,464,400.00 17464400.00 16,173,500.00 10 92.61% 9.26
其他资金 0.00 0.00 0.00 / / /
绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 维修养护道路里程 580 公里以上 622 公里 2 2
开展宣传活动次数 >=30 次 26 次 19 16.47 受资金到位时间影响,下年度提前谋划
覆盖行政村数量 12 个 12 个 3 3
满意度指标 服务对象满意度指标 群众满意度 100% 100% 10 10
总分 100 96.73"""


def test_display_width_counts_half_characters():
    assert display_width("正定县人") == 8
    assert display_width("166001-") == 7
    assert display_width("≥90%") == 5


def test_a_pdf_tools_blank_inside_a_cell_is_no_cell_boundary():
    assert line_cells("580 公里以上 622 公里 2 2") == ["580公里以上", "622公里", "2", "2"]
    assert line_cells(">3200 人 3436 人 2 2") == [">3200人", "3436人", "2", "2"]
    assert line_cells("决策(16 分) 项目立项(13") == ["决策(16分)", "项目立项(13"]
    assert line_cells("村组干部报酬 2022 年度绩效评价指标评分表") == ["村组干部报酬2022年度绩效评价指标评分表"]
    assert line_cells("评价年度 2022 年度") == ["评价年度", "2022年度"]
    # a caption keeps its number and its blank; its title is a cell of its own (项目 is no unit here)
    assert line_cells("表 1 项目基本情况") == ["表 1", "项目基本情况"]
    assert line_cells("A1 项目立项 14 12.2") == ["A1 项目立项", "14", "12.2"]
    # a score after a unit, a reason after a score: cell boundaries
    assert line_cells("26 次 19 受资金到位时") == ["26次", "19", "受资金到位时"]
    # an operator word keeps its number; a label after an amount opens a cell (项 is no unit there)
    assert line_cells("培训农民人次 至少 1200 人次") == ["培训农民人次", "至少1200人次"]
    assert line_cells("项目总预算（元）： 2,254,172 项目当年预算（元）： 901669") == [
        "项目总预算（元）：", "2,254,172", "项目当年预算（元）：", "901669"]


def test_wrapped_cells_are_put_back_by_words_amounts_and_widths():
    cells = raw_cells(RAW.split("\n")).cells
    for cell in ("17,464,400.00", "17464400.00", "16,173,500.00", "偏差原因分析及改进措施", "维修养护道路里程",
                 "开展宣传活动次数", "受资金到位时间影响,下年度提前谋划", "覆盖行政村数量", "服务对象满意度指标",
                 ">=30次", "580公里以上", "12个"):
        assert cell in cells
    # the rest of a row, back on its top line, is no wrapped line
    assert cells[cells.index("开展宣传活动次数") + 1] == ">=30次"
    assert cells[cells.index("覆盖行政村数量") + 1] == "12个"


def test_a_narrow_line_ends_its_cell():
    # 县部门 is narrower than 166-正定: the cell ended, 8,611,91 opens the next one (and 9.07 completes it)
    cells = raw_cells("166-正定\n县部门\n8,611,91\n9.07\n166001-\n正定县人\n民政府".split("\n")).cells
    assert cells == ["166-正定县部门", "8,611,919.07", "166001-正定县人民政府"]


def test_a_wrapped_unit_or_figure_goes_back_to_its_value():
    lines = "项目总成\n本控制\n<=40 万\n元\n<=40 万\n元\n0.89999997\n61581421\n0.9 0.9".split("\n")
    assert raw_cells(lines).cells == ["项目总成本控制", "<=40万元", "<=40万元", "0.8999999761581421", "0.9", "0.9"]


def test_a_unit_or_an_operator_word_cut_inside_goes_back_to_its_value():
    # T-FJ transfer's narrow target and recipient columns: 人次, 公里 and 以上 cut by the line break
    lines = "培训农民人\n次\n>=120 人\n次\n20 49\n维修养护道\n路里程\n>=120 公\n里\n70 7\n2公里以 2公里以\n上 上"
    assert raw_cells(lines.split("\n")).cells == [
        "培训农民人次", ">=120人次", "20", "49", "维修养护道路里程", ">=120公里", "70", "7", "2公里以上", "2公里以上"]


def test_a_line_that_opens_a_word_with_the_next_one_opens_a_cell():
    # a level word (生态效益 / 指标) or a money caption (资金金额 / (万元)) under a cell as narrow as it
    lines = "主管部门 福建省农\n业农村厅\n资金金额\n(万元)\n合计 宁德市 三明市\n7500.0 1500.0 6000.0"
    assert raw_cells(lines.split("\n")).cells == [
        "主管部门", "福建省农业农村厅", "资金金额(万元)", "合计", "宁德市", "三明市", "7500.0", "1500.0", "6000.0"]
    lines = "群众生活\n条件改善\n逐步完善 逐步完善\n生态效益\n指标\n服务对象\n满意度指\n标"
    assert raw_cells(lines.split("\n")).cells == [
        "群众生活条件改善", "逐步完善", "逐步完善", "生态效益指标", "服务对象满意度指标"]


def test_a_rows_wrapped_cells_printed_below_it_go_back_to_their_cells():
    # a row whose cells all start on its top line: their next lines follow it, left to right, one
    # line for the cells' second lines (``标 满意度指``), then the longer cells' third lines
    lines = ["效益指标 可持续影 长效管理 定性 有效改善 72 正向指标", "响指标 机制",
             "满意度指 服务对象 群众满意 ≥ 85 % 39 正向指标", "标 满意度指", "标", "度"]
    assert raw_cells(lines).cells == [
        "效益指标", "可持续影响指标", "长效管理机制", "定性", "有效改善", "72", "正向指标",
        "满意度指标", "服务对象满意度指标", "群众满意度", "≥", "85%", "39", "正向指标"]
    # a page break inside the row: its next lines open the next page, the page's first new cell
    # keeps the page break
    broken = ["效益指标 可持续影 长效管理 定性 有效改善 72 正向指标", "\f响指标 机制", "满意度指", "标"]
    assert raw_cells(broken).cells == ["效益指标", "可持续影响指标", "长效管理机制", "定性", "有效改善", "72",
                                       "正向指标", "\f满意度指标"]
    # a new row is no continuation: its first word is whole, and a name of the row above opens a cell
    rows = ["产出指标 数量指标 开展宣传 = 5 次 6 正向指标", "产出指标 质量指标 管理制度"]
    assert raw_cells(rows).cells == ["产出指标", "数量指标", "开展宣传", "=", "5次", "6", "正向指标",
                                     "产出指标", "质量指标", "管理制度"]


def test_a_line_with_a_bar_between_words_stays_one_paragraph():
    assert raw_cells(["其他资金 0.00 0.00", "网站地图 | 联系我们"]).cells == ["其他资金", "0.00", "0.00", "网站地图 | 联系我们"]
    # a web page's chrome under the table: one paragraph, which ends a table read from the cells
    assert raw_cells(["其他资金 0.00 0.00", "打印 关闭窗口"]).cells == ["其他资金", "0.00", "0.00", "打印 关闭窗口"]


def test_an_amounts_start_opens_a_cell_below_a_name():
    # 999,776. is no wrapped line of the project's name, however narrow: it opens the amount's cell
    lines = ["特困人员", "供养经费", "999,776.", "32", "保障特困", "人员供养"]
    assert raw_cells(lines).cells == ["特困人员供养经费", "999,776.32", "保障特困人员供养"]


def test_a_level_word_cut_at_a_cells_end_takes_only_its_rest():
    # 服务对象满意度指 waits for its 标: 群众满意 is the next cell, and 标, printed after the rest of the
    # row (or atop the next page), goes back to the one cell it completes
    lines = ["满意度指", "标", "服务对象", "满意度指", "群众满意", "度", "≥ 85 % 5 正向指标", "标", "联系人:张晓梅"]
    expected = ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", "85%", "5", "正向指标", "联系人:张晓梅"]
    assert raw_cells(lines).cells == expected
    paged = lines[:7] + ["\f标"] + lines[8:]
    assert raw_cells(paged).cells == expected[:-1] + ["\f联系人:张晓梅"]


def test_a_codes_name_tied_by_a_hyphen_and_a_level_names_first_line():
    # 820001 / -井研县: one cell; a level name's first line (满意度指) opens its cell below a goal
    lines = ["820001", "-井研县", "马踏镇人", "民政府", "群团活动", "开展,组", "满意度指", "标"]
    assert raw_cells(lines).cells == ["820001-井研县马踏镇人民政府", "群团活动开展,组", "满意度指标"]


def test_a_rate_names_end_below_a_continued_row_goes_back_to_its_name():
    # 满意度 (a rate name's end) under a row whose wrapped cells took their next lines: the one cell
    # still open takes it (受益对象满意度), as it takes a lone 度
    lines = ["满意度指 服务对象 受益对象 ≥ 80 % 1 正向指标", "标 满意度指", "标", "满意度"]
    assert raw_cells(lines).cells == ["满意度指标", "服务对象满意度指标", "受益对象满意度", "≥", "80%", "1", "正向指标"]


def test_raw_rows_are_told_from_text_printed_as_paragraphs():
    assert is_raw_rows(RAW.split("\n"))
    assert not is_raw_rows(PARAGRAPHS.split("\n"))
    assert not is_raw_rows(PARAGRAPHS.replace(" 年", "年").split("\n"))
    # column gaps: pdftotext -layout, another shape
    assert not is_raw_rows([line.replace(" ", "    ") for line in RAW.split("\n")])


def test_a_year_cut_from_its_word_by_a_line_break_is_spaced_from_it():
    # a narrow title cell wraps between the year and 年度 (``(2019`` / ``年度)``): the line break is
    # the PDF tool's blank, the only one between a year and its word on the page
    undated = RAW.replace("\n填报日期:2020 年 7 月 20 日", "")
    cut = undated.replace("2020 年度项目支出绩效自评表", "项目支出绩效自评表(2020\n年度)")
    assert is_raw_rows(cut.split("\n"))
    assert not is_raw_rows(cut.replace("(2020\n年度)", "(2020年度)").split("\n"))


#: A Shanghai target form as pdftotext -raw writes it: columns wide enough that no cell wraps, each
#: row whole on its line (merged cells printed once), digits spaced from Chinese.
KEPT = """项目绩效目标申报表
(2021 年度)
申报单位名称： 萧山区农业技术推广中心
项目名称： 基层组织活动经费 项目类别： 一次性项目
项目总预算（元）： 2,254,172 项目当年预算（元）： 901669
2021 年绩效目标
一级目标 二级目标 三级目标 指标目标值
产出目标 数量 发放补助人数 =2 人
质量 资金使用合规率 >=85.00(%)
管理制度健全性 逐步完善
成本 人均补助标准 ≤40 元
效果目标 经济效益 带动农户增收 至少 1200 万元
满意度 群众满意度 =100.00(%)"""


def test_rows_whole_on_their_lines_lose_the_pdf_tools_blanks_inside_cells():
    lines = KEPT.split("\n")
    assert not is_raw_rows(lines)                 # nothing wrapped: no cell to put back
    kept = kept_rows_text(lines)
    assert kept is not None and len(kept) == len(lines)
    assert kept[1] == "(2021年度)" and kept[4] == "项目总预算（元）： 2,254,172 项目当年预算（元）： 901669"
    assert kept[7] == "产出目标 数量 发放补助人数 =2人"
    assert kept[11] == "效果目标 经济效益 带动农户增收 至少1200万元"
    # text with its digits beside Chinese, or with column gaps, is no PDF tool's
    assert kept_rows_text(KEPT.replace(" 年", "年").split("\n")) is None
    assert kept_rows_text([line.replace(" ", "    ") for line in lines]) is None
    # a text document's paragraphs: most lines no row
    assert kept_rows_text(["2021 年度工作总结"] + ["今年完成了各项工作任务，效果良好。"] * 12) is None


def test_kept_rows_put_back_a_wrapped_word_and_boxes_written_above_their_options():
    """T-old's -raw text: a level word's last character alone below its row (服务对象满意度指 / 标),
    a checkbox list's boxes on a line of their own above the options (another font's glyphs):
    paired in order when as many; a box written elsewhere (□ □ □ over four options, ☑ below)
    leaves the list as it is."""
    lines = (KEPT.replace("满意度 群众满意度 =100.00(%)", "满意度 服务对象满意度指\n标\n群众满意度 =100.00(%)")
             + "\n项目类型 ☑ □\n经常性项目 一次性项目\n资金用途 □ □ □\n基本建设 运行维护 设备购置 其他\n☑").split("\n")
    kept = kept_rows_text(lines)
    assert kept is not None
    assert "满意度 服务对象满意度指标" in kept and "标" not in kept
    assert "项目类型 ☑经常性项目 □一次性项目" in kept
    assert "资金用途 □ □ □" in kept and "基本建设 运行维护 设备购置 其他" in kept


def test_each_page_opens_with_a_page_break():
    lines = raw_rows_text((RAW + "\f" + RAW).split("\n"))
    assert lines is not None
    assert sum(1 for line in lines if line.startswith("\f")) == 1
    assert lines[0] == "2020年度项目支出绩效自评表"


def test_cells_put_back_by_width_alone_are_reported_with_their_lines():
    from jixiao.extract.layout.raw_rows import cell_join_notes

    # 受资金到位时 / 间影响,下年度 / 提前谋划: no word or amount says so, only the column's width
    notes = cell_join_notes(RAW.split("\n"))
    assert len(notes) == 1 and notes[0].startswith("cell_join_uncertain\t")
    assert "受资金到位时 / 间影响,下年度 / 提前谋划" in notes[0].split("\t")[2]
    assert "17,464,400." not in notes[0]         # an amount completed is proven, not reported
    issues = parse_bytes(RAW.encode("utf-8"), "raw.txt", "txt").rows["issues"]
    joins = [i for i in issues if i["code"] == "cell_join_uncertain"]
    assert len(joins) == 1 and joins[0]["severity"] == "info" and "提前谋划" in joins[0]["context"]


def test_the_text_reader_reads_one_cell_a_line():
    blocks = read_text(RAW.encode("utf-8")).blocks
    texts = [b.text for b in blocks if isinstance(b, Paragraph)] \
        + [c.text for b in blocks if isinstance(b, Table) for row in b.rows for c in row]   # the scored table is one
    assert "开展宣传活动次数" in texts and ">=30次" in texts and "受资金到位时间影响,下年度提前谋划" in texts


# -- generated forms, printed by LibreOffice, pulled out by pdftotext -raw ------------------------

needs_office = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                  reason="LibreOffice and poppler (make system-deps) print the forms")

#: family → floor of the mean F1 over seeds 0-2 in ``pdftotext -raw`` (measured: T-SH self-eval 0.96,
#: T-HB 0.99, T-FJ dept 0.87, T-FJ transfer 0.99, results table 1.00, score table 1.00, evaluation
#: report 1.00, T-SC-flat 0.99, T-SC self-eval 0.93; before: read line by line 0.24, 0.40, 0.38, 0.26,
#: 0.36, 0.47, 0.83, as one run a page 0.04, 0.89 on seeds 0-9).
FLOORS = {"T-SC-flat": 0.95, "T-SC self-eval": 0.88, "T-SH self-eval": 0.92, "T-HB": 0.95, "T-FJ dept": 0.82, "T-FJ transfer": 0.95, "results table": 0.95,
          "score table": 0.95, "evaluation report": 0.95}
SEEDS = (0, 1, 2)
#: score tables 1 and 2 are tables of weighted targets since the generator draws them (their -raw
#: text no rows of cells): 4 and 5 stand for them (3 prints its header split over two rows since
#: the generator draws that: see the xfail below)
SEEDS_OF = {"score table": (0, 4, 5)}


@needs_office
@pytest.mark.parametrize("family", sorted(FLOORS))
def test_generated_forms_read_from_raw_pdf_text(family):
    scores = [f1 for _, f1 in _raw_text_scores(family, SEEDS_OF.get(family, SEEDS), must_be_raw_rows=True)]
    assert sum(scores) / len(scores) >= FLOORS[family], f"{family}: {scores}"


@needs_office
@pytest.mark.xfail(strict=True, reason="a score table whose header is split over two rows (一级 / 指标) is "
                   "not read from -raw text yet: the raw-rows reader looks for its header before the "
                   "split header is joined (score table seed 3: 0.28)")
def test_a_split_header_score_table_read_from_raw_pdf_text():
    scores = [f1 for _, f1 in _raw_text_scores("score table", (3,))]
    assert min(scores) >= 0.9, scores


def _raw_text_scores(family: str, seeds: tuple[int, ...], must_be_raw_rows: bool = False) -> list[tuple[str, float]]:
    """(label, F1) of each generated form of ``family`` printed to PDF and read back from its
    ``pdftotext -raw`` text."""
    from tests.formgen import office
    from tests.formgen.families import generate

    forms = {f"{family}#{seed}": generate(family, seed) for seed in seeds}
    pdfs = office.docx_to_pdf_many({label: office.docx_bytes(form.blocks) for label, form in forms.items()})
    scores = []
    for label, form in forms.items():
        text = office.pdf_texts(pdfs[label])["pdftotext_raw"]
        if must_be_raw_rows:
            assert is_raw_rows(text.split("\n")), label
        report = Report()
        score_document(dict(form.truth, doc=f"{label}.txt"), parse_bytes(text.encode("utf-8"), f"{label}.txt", "txt"),
                       report)
        scores.append((label, report.overall.f1))
    return scores


#: dev seeds of T-SC-flat whose -raw text has a title year cut from its 年度 by the line break (42, 46)
#: and rows whose wrapped cells are printed below them, across a page break (17) or not (4, 46);
#: F1 before: 0.03, 0.09, 0.02, 0.02 (not read as -raw text, or rows broken), after 0.99-1.00.
#: and T-SH target, whose cells do not wrap: digits spaced from their units and operator words
#: (=2 人, 至少 1200 万元) split its target cells (before 0.38, 0.66, 0.50; after 1.00).
#: T-FJ transfer's narrow columns (seeds 15, 26, 38, 70): a unit or 以上 cut inside a target, a level
#: word or the money caption opening a cell under one as narrow (before 0.46, 0.48, 0.53, 0.56: the
#: recipient table left unread; after 1.00 each).
WRAPPED_ROW_SEEDS = {"T-SC-flat": ((4, 17, 42, 46), 0.9), "T-SH target": ((8, 57, 74), 0.95),
                     "T-FJ transfer": ((15, 26, 38, 70), 0.95)}


@needs_office
@pytest.mark.parametrize("family", sorted(WRAPPED_ROW_SEEDS))
def test_rows_wrapped_below_their_line_years_cut_from_their_word_and_rows_kept_whole(family):
    seeds, floor = WRAPPED_ROW_SEEDS[family]
    for label, f1 in _raw_text_scores(family, seeds):
        assert f1 >= floor, f"{label}: {f1:.3f}"


#: dev seeds of T-SC-flat whose -raw text ends in lines under the table (审核人:李建国, 填报说明:…,
#: 附件:…, 打印 关闭窗口: 12, 20, 53, 85, 91, F1 0.10-0.14 before, the table left unread), has an
#: amount's start below a project's name (0: 0.97), a level word cut at a cell's end whose rest comes
#: after the row or atop the next page (51, 71: 0.97, 0.96) and a rate name's end below a continued row
#: (60: 0.99); after 1.00 each.
TRAILED_SEEDS = (0, 12, 20, 51, 53, 60, 71, 85, 91)


@needs_office
def test_flat_tables_end_at_the_lines_under_them_and_keep_their_cut_words_and_amounts():
    for label, f1 in _raw_text_scores("T-SC-flat", TRAILED_SEEDS):
        assert f1 >= 0.95, f"{label}: {f1:.3f}"


def test_a_code_joins_its_word_as_in_every_other_blank_splitter():
    from jixiao.extract.layout.columns import spaced_cells
    line = "A 决策 A1 项目立项 表 1 评价等级 A 级"
    assert line_cells(line) == spaced_cells(line) == ["A 决策", "A1 项目立项", "表 1", "评价等级", "A", "级"]


#: dev seeds of T-SH target whose names open with a service line's number (side stream "coded
#: names"): pdftotext -raw prints a blank between the number and the name (社会效益 12319 群众知晓率,
#: 110 受益对象满意度 >=85%), and the number was read as the row's 二级 (57: 0.864, 74: 0.944) unless
#: the name opened with a unit's character (12315 项目…); after 1.00. Left over: seeds 3, 11, 25
#: (0.96, 0.89, 0.88), whose coded name wraps over two lines (12345 维修养护道路里 / 程 / >50 公里): the
#: raw cells come out right, the row reader after them still takes the coded name for the target.
CODED_NAME_SEEDS = (13, 21, 39, 57, 74)


@needs_office
def test_a_number_a_name_opens_with_stays_with_the_name_in_raw_rows():
    from tests.formgen.families import generate
    for seed in CODED_NAME_SEEDS:
        names = [i["level3"] for i in generate("T-SH target", seed).truth["forms"][0]["indicators"]]
        assert any(n[0].isdigit() for n in names), seed
    for label, f1 in _raw_text_scores("T-SH target", CODED_NAME_SEEDS):
        assert f1 >= 0.97, f"{label}: {f1:.3f}"
