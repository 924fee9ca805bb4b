"""The content-order builder: ``pdftotext -raw`` text of narrow, wrapped columns read as one run a page.

Unit tests on a hand-written page, and generated forms of the families whose columns wrap, printed by
LibreOffice and pulled out by ``pdftotext -raw`` (skipped without LibreOffice or poppler).
"""
from __future__ import annotations

import shutil

import pytest

from jixiao.extract.document import Paragraph, Table
from jixiao.extract.layout.base import lines_of_text
from jixiao.extract.layout.content_order import (
    ContentOrderBuilder, content_order_runs, content_order_text, cut_words, is_content_order,
    rows_of_line_major,
)
from jixiao.extract.layout.grid import RewrittenLines
from jixiao.extract.readers.text import read_text
from jixiao.pipelines.accuracy import Report, score_document
from jixiao.pipelines.ingest import parse_bytes

#: A national self-evaluation as ``pdftotext -raw`` writes it when LibreOffice wrapped its columns.
RAW = """项目支出绩
效目标自评表
(2026 年度)
项目名称 村组干部报酬
主管部门 天长市文化广电和旅游局 实施单位 天长市图书馆
项目资金
（万元）
年初预算
数
全年预算
数(A)
全年执行
数(B)
分值 执行率
(B/A)
得分
年度资金
总额
633.27 633.27 602.99 10 95.22% 9.52
其中:财政
拨款
633.27 633.27 602.99 - 95.22% -
一级指标 二级指标 三级指标 年度指标
值
实际完成
值
分值 得分
产出指标
(50 分)
数量指标 培训农民
人次
至少 580
人次
611 人次 2 2
维修养护
道路里程
>30 公里 24 公里 4 3.2
满意度指
标(10 分)
服务对象
满意度指
标
群众满意
度
≥80% 81.3% 2 2
总分 100 98.72
"""

#: The same rows one printed row a line (the spaced shape): its words are whole on their lines.
SPACED = """项目支出绩效目标自评表
(2026年度)
项目名称 村组干部报酬
主管部门 天长市文化广电和旅游局 实施单位 天长市图书馆
项目资金（万元） 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
年度资金总额 633.27 633.27 602.99 10 95.22% 9.52
其中:财政拨款 633.27 633.27 602.99 - 95.22% -
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
产出指标(50分) 数量指标 培训农民人次 至少580人次 611人次 2 2
维修养护道路里程 >30公里 24公里 4 3.2
满意度指标(10分) 服务对象满意度指标 群众满意度 ≥80% 81.3% 2 2
总分 100 98.72
"""


#: The same form as pdfplumber's ``extract_text`` writes it: printed line by printed line, a row's
#: wrapped cells continuing on the lines below it, a merged cell's last line beside the next row.
LINE_MAJOR = """项目支出绩
效目标自评表
(2026年度)
项目名称 村组干部报酬
主管部门 天长市文化广电和旅游局 实施单位 天长市图书馆
项目资金 年初预算 全年预算 全年执行 分值 执行率 得分
（万元） 数 数(A) 数(B)
年度资金 633.27 633.27 602.99 10 95.22% 9.52
总额
其中:财政 633.27 633.27 602.99 - 95.22% -
拨款
一级指标 二级指标 三级指标 年度指标 实际完成 分值 得分
值 值
产出指标 数量指标 培训农民 至少580 611人次 2 2
(50分) 人次 人次
维修养护 >30公里 24公里 4 3.2
道路里程
满意度指 服务对象 群众满意 ≥80% 81.3% 2 2
标(10分) 满意度指 度
标 受益对象 >=98% 100% 8 8
满意度
总分 100 98.72
自评等级 优
"""


def test_line_major_continuations_go_back_under_their_cells():
    rows = [[row.text(j) for j in range(len(row.cells))] for row in rows_of_line_major(LINE_MAJOR.split("\n"))]
    assert ["项目资金（万元）", "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率", "得分"] in rows
    assert ["年度资金总额", "633.27", "633.27", "602.99", "10", "95.22%", "9.52"] in rows
    assert ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"] in rows
    assert ["产出指标(50分)", "数量指标", "培训农民人次", "至少580人次", "611人次", "2", "2"] in rows
    assert ["维修养护道路里程", ">30公里", "24公里", "4", "3.2"] in rows
    assert ["满意度指标(10分)", "服务对象满意度指标", "群众满意度", "≥80%", "81.3%", "2", "2"] in rows
    assert ["受益对象满意度", ">=98%", "100%", "8", "8"] in rows
    assert ["总分", "100", "98.72"] in rows and ["自评等级", "优"] in rows


def test_line_major_text_becomes_tab_rows():
    lines = content_order_text(LINE_MAJOR.split("\n"))
    assert lines is not None and "产出指标(50分)\t数量指标\t培训农民人次\t至少580人次\t611人次\t2\t2" in lines
    assert content_order_text(SPACED.split("\n")) is None


def test_line_major_rows_keep_no_blank_cells():
    """The shape layer says it once: line-major rows lost their empty cells (a row under a merged label
    prints its values alone), so the document's table reads its rows by fit, not by position."""
    lines = content_order_text(LINE_MAJOR.split("\n"))
    assert isinstance(lines, RewrittenLines)
    assert {k for k, line in enumerate(lines) if "\t" in line} <= lines.blanks_dropped
    tables = [b for b in read_text(LINE_MAJOR.encode()).blocks if isinstance(b, Table)]
    assert tables and not any(t.blanks_kept for t in tables)
    rows = [l for l in read_text(LINE_MAJOR.encode()).lines() if l.is_row]
    assert rows and not any(l.blanks_kept for l in rows)


def test_paragraph_spaced_text_is_no_line_major_page_text():
    """The same lines each followed by a blank line are paragraphs (a web page's or a word processor's
    export, pandoc markdown): no PDF tool writes page text so. Read line-major, a report's 表1 total row
    took the next section's heading into its label (项目预算合计3.实施情况)."""
    paragraphs = [p for line in LINE_MAJOR.split("\n") for p in (line, "")]
    assert content_order_text(paragraphs) is None


#: A flat target table (T-SC-flat) as pdfplumber writes it: the merged unit, project, budget and goal
#: cells wrap beside the project's indicator rows, the budget's digits too.
FLAT_LINE_MAJOR = """单位名称 项目名称 预算数 年度目标 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重 指标方向
性
166001- 公共图书 4,633,15 保障公共 产出指标 数量指标 开展宣传 = 5 次 6 正向指标
正定县人 馆免费开 2.33 图书馆免 活动次数
民政府 放 费开放顺 效益指标 社会效益 群众生活 定性 及时 83 正向指标
利实施 指标 条件改善
166001- 基层组织 553,831. 保障基层 产出指标 数量指标 开展宣传 = 12 次 66 正向指标
正定县人 活动经费 17 组织活动 活动次数
"""


def test_merged_cells_wrapping_beside_later_rows_stay_open():
    rows = [[row.text(j) for j in range(len(row.cells))] for row in rows_of_line_major(FLAT_LINE_MAJOR.split("\n"))]
    assert rows[1][:5] == ["166001-正定县人民政府", "公共图书馆免费开放", "4,633,152.33", "保障公共图书馆免费开放顺利实施",
                           "产出指标"]
    assert rows[2][:3] == ["效益指标", "社会效益指标", "群众生活条件改善"]
    assert rows[3][2] == "553,831.17" and rows[3][6] == "开展宣传活动次数"


#: The merged cells of a flat table's project wrapping beside its indicator rows, whose level names
#: wrap too (``满意度指`` / ``标``), the project name ending short of its column (``扫保洁``).
FLAT_MERGED_BESIDE_LEVELS = """625001- 城区道路 1,035,34 保障城区 产出指标 时效指标 项目完成 定性 显著提升 66 正向指标
马踏镇人 机械化清 7.18 道路机械 及时性
民政府 扫保洁 化清扫保 满意度指 服务对象 群众满意 ≥ 90 % 5 正向指标
洁顺利实 标 满意度指 度
施。 标
满意度指 服务对象 受益对象 ≥ 80 % 29 正向指标
标 满意度指 满意度
标
"""


def test_a_level_names_first_line_opens_a_row_beside_merged_cells_still_wrapping():
    # 民政府 扫保洁 化清扫保 continue the merged cells, 满意度指 (a level name's first line) opens the
    # row; the goal, whose lines fill its column, takes 洁顺利实 and 施。, not the project that ended
    rows = [[row.text(j) for j in range(len(row.cells))]
            for row in rows_of_line_major(FLAT_MERGED_BESIDE_LEVELS.split("\n"))]
    assert rows[0][:4] == ["625001-马踏镇人民政府", "城区道路机械化清扫保洁", "1,035,347.18", "保障城区道路机械化清扫保洁顺利实施。"]
    assert rows[1] == ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%", "5", "正向指标"]
    assert rows[2] == ["满意度指标", "服务对象满意度指标", "受益对象满意度", "≥", "80", "%", "29", "正向指标"]


#: A T-SH self-eval budget block as pdfplumber writes it: each amount's last digit (or two) wrapped to
#: the next line, printed there as a row of bare digits (``0 0 0``), grouped or not.
WRAPPED_AMOUNTS = """项目支出绩效自评表
项目名称 村组干部报酬
主管部门 宁德市民政局 实施单位 宁德市社会福利院
项目资金(元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 13793600.0 13,793,600. 8,920,600.0 10 92.58% 9.26
0 00 0
其中:财政资金 9,635,900.0 9,635,900.0 8,920,600.0 / 92.58% /
0 0 0
其他资金 0.00 0.00 0.00 / / /
绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析
及改进措施
产出指标 数量指标 维修养护道路 >1200公里 1218公里 15 15
里程
满意度指标 服务对象满意 受益对象满意 >=98% 100% 10 10
度指标 度
总分 100 99.26
"""


def test_wrapped_amount_digits_go_back_into_their_amounts():
    lines = content_order_text(WRAPPED_AMOUNTS.split("\n"))
    assert lines is not None
    assert "年度资金总额\t13793600.00\t13,793,600.00\t8,920,600.00\t10\t92.58%\t9.26" in lines
    assert "其中:财政资金\t9,635,900.00\t9,635,900.00\t8,920,600.00\t/\t92.58%\t/" in lines
    assert not any(line.startswith("0") for line in lines)


#: A national self-evaluation as pdfplumber writes it when its money header wrapped over three lines
#: (``年初`` / ``预算数`` / ``（元）``) and its ungrouped amounts' cents wrapped whole (``1405310`` /
#: ``0.00``); a page's chrome line above the title, a bound whose unit wrapped, a value closed by 以上.
WRAPPED_MONEY_HEADER = """【字体:大 中 小】 打印
项目支出绩效目标自评表
(2022年度)
项目名称 高标准农田建设
主管部门 鄂州市文化广电和旅游局 实施单位 鄂州市图书馆
项目资金 年初 全年 实际 执行率 分值 得分
预算数 预算数(A) 执行数(B) (B/A)
（元） （元） （元）
年度资金 1405310 14,053,1 12,828,0 91.28% 10 9.13
总额 0.00 00.00 00.00
其中:财政 14,053,1 1405310 1282800 91.28% - -
拨款 00.00 0.00 0.00
上年结转 0.00 0.00 0.00 - - -
资金
一级 二级指标 三级指标 年度 实际 分值 得分
指标 指标值 完成值
产出指标 数量指标 维修养护 >=1200 1209公里 5 5
(50分) 道路里程 公里
满意度指 服务对象 群众满意 98%以上 100% 10 10
标(10分) 满意度指 度
标
总分 100 94.47
"""


def test_a_wrapped_money_header_and_whole_cents_go_back_under_their_columns():
    lines = content_order_text(WRAPPED_MONEY_HEADER.split("\n"))
    assert lines is not None
    assert "项目支出绩效目标自评表(2022年度)" in lines
    assert "项目资金\t年初预算数（元）\t全年预算数(A)（元）\t实际执行数(B)（元）\t执行率(B/A)\t分值\t得分" in lines
    assert "年度资金总额\t14053100.00\t14,053,100.00\t12,828,000.00\t91.28%\t10\t9.13" in lines
    assert "其中:财政拨款\t14,053,100.00\t14053100.00\t12828000.00\t91.28%\t-\t-" in lines
    assert "产出指标(50分)\t数量指标\t维修养护道路里程\t>=1200公里\t1209公里\t5\t5" in lines
    assert "满意度指标(10分)\t服务对象满意度指标\t群众满意度\t98%以上\t100%\t10\t10" in lines


#: Continuations that text length alone misplaced: a unit's name after the department's whole name,
#: an operator word (or its last character) after a value, a name's end beside a value with its unit;
#: a title wrapped below its year.
WRAPPED_NAMES_AND_BOUNDS = """2022年度项目
支出绩效目标自评表
主管部门 普陀区市场监督管理局 实施单位 普陀区消费者投诉举报
中心
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
产出指标 数量指标 培训农民 326人次 330人次 12 12
(50分) 人次 以上
检测样品 5批次以 4批次 25 20
批次 上
发放补助 至少30人 30人 5 5
人数
"""


def test_wrapped_names_and_bounds_go_back_by_what_they_complete():
    rows = [[row.text(j) for j in range(len(row.cells))]
            for row in rows_of_line_major(WRAPPED_NAMES_AND_BOUNDS.split("\n"))]
    assert rows[0] == ["2022年度项目支出绩效目标自评表"]
    assert rows[1] == ["主管部门", "普陀区市场监督管理局", "实施单位", "普陀区消费者投诉举报中心"]
    assert rows[3] == ["产出指标(50分)", "数量指标", "培训农民人次", "326人次以上", "330人次", "12", "12"]
    assert rows[4] == ["检测样品批次", "5批次以上", "4批次", "25", "20"]
    assert rows[5] == ["发放补助人数", "至少30人", "30人", "5", "5"]


#: A transfer table (T-FJ transfer) as pdfplumber writes it: the amounts' row opens under the merged
#: 资金金额 cell printed beside its header, and names wrap where no known word is cut.
TRANSFER_LINE_MAJOR = """2026年省级城乡居民基本养老保险补助资金区域绩效目标表
专项名称 省级城乡居民基本养老保险补助资金
主管部门 福建省人力资源和社会保障厅
资金金额(万元) 合计 莆田市 龙岩市 泉州市
15500 3000 1300 3800
一级指标 二级指标 三级指标 指标值 莆田市 龙岩市 泉州市
产出指标 时效指标 资金拨付及 1 1 1 1
时率
项目完成及 合理 合理 合理 合理
时性
效益指标 社会效益指 群众知晓率 0.98 0.98 0.98 0.98
标 群众生活条 合理 合理 合理 合理
件改善
可持续影响 长效管理机 规范 规范 规范 规范
指标 制
"""

#: The same rows one printed row a line with the merged cells dropped (the spaced shape): a row
#: shifted left is no continuation of the row above.
SPACED_DROPPED = """2023年度项目绩效目标申报表
项目名称： 义务教育学生营养改善计划 项目类别： 一次性项目
一级目标 二级目标 三级目标 指标目标值
产出目标 数量 培训农民人次 2人次
维修养护道路里程 =580公里
覆盖行政村数量 5个
检测样品批次 30批次以上
质量 设施正常运行率 >=95.00(%)
管理制度健全性 健全
效果目标 可持续影响 长效管理机制 健全
满意度 群众满意度 ≥90.00(%)
受益对象满意度 >=85.00(%)
"""


def test_a_row_of_amounts_under_a_merged_label_keeps_the_label_place():
    lines = content_order_text(TRANSFER_LINE_MAJOR.split("\n"))
    assert lines is not None
    assert "资金金额(万元)\t合计\t莆田市\t龙岩市\t泉州市" in lines and "\t15500\t3000\t1300\t3800" in lines
    assert "产出指标\t时效指标\t资金拨付及时率\t1\t1\t1\t1" in lines
    assert "效益指标\t社会效益指标\t群众知晓率\t0.98\t0.98\t0.98\t0.98" in lines
    assert "可持续影响指标\t长效管理机制\t规范\t规范\t规范\t规范" in lines


def test_rows_shifted_left_by_dropped_merged_cells_are_no_continuations():
    assert content_order_text(SPACED_DROPPED.split("\n")) is None
    rows = [len(row.cells) for row in rows_of_line_major(SPACED_DROPPED.split("\n"))]
    assert rows == [1, 4, 4, 4, 2, 2, 2, 3, 2, 4, 3, 2]


def test_an_integer_takes_no_number_of_one_decimal_below():
    rows = [[row.text(j) for j in range(len(row.cells))] for row in rows_of_line_major(["名称 甲 1200 3.5", "0.5 2"])]
    assert rows == [["名称", "甲", "1200", "3.5"], ["0.5", "2"]]


def test_a_number_with_one_decimal_takes_no_digit_row_below():
    rows = [[row.text(j) for j in range(len(row.cells))] for row in rows_of_line_major(["名称 甲 12.5 3.5", "1 2"])]
    assert rows == [["名称", "甲", "12.5", "3.5"], ["1", "2"]]


def test_rows_of_values_after_their_labels_are_content_order_not_line_major():
    lines = content_order_text(RAW.split("\n"))
    assert lines is not None and len(lines) == 1 and "\t" not in lines[0]


def test_one_whole_cell_a_line_is_neither_shape():
    """One cell per line (a wide table's PDF text): no word cut, and no rows to read line-major."""
    cells = [c for line in SPACED.split("\n") for c in line.split()]
    assert content_order_text(cells) is None
    assert content_order_text([line for c in cells for line in (c, "")]) is None


def test_wrapped_content_order_is_told_by_its_cut_words():
    words = cut_words(RAW.split("\n"))
    assert words.cut >= 6 and words.share > 0.3
    assert is_content_order(RAW.split("\n"))
    assert cut_words(SPACED.split("\n")).cut == 0
    assert not is_content_order(SPACED.split("\n"))


def test_column_gaps_are_another_shape():
    layout = "\n".join(line.replace(" ", "    ") for line in RAW.split("\n"))
    assert not is_content_order(layout.split("\n"))


def test_a_page_becomes_one_run_and_every_character_stays_in_order():
    runs = content_order_runs(RAW.split("\n"))
    assert len(runs) == 1
    assert runs[0] == "".join(RAW.split())


def test_each_page_is_its_own_run():
    runs = content_order_runs((RAW + "\f" + RAW).split("\n"))
    assert len(runs) == 2 and runs[1].startswith("\f") and runs[1][1:] == runs[0]


def test_the_builder_cuts_the_run_into_the_form_cells():
    table = ContentOrderBuilder().build(lines_of_text(RAW))
    assert table is not None
    texts = table.texts()
    for cell in ("项目名称", "村组干部报酬", "年度资金总额", "培训农民人次", "至少580人次", "611人次",
                 "维修养护道路里程", "群众满意度", "98.72"):
        assert cell in texts
    assert table.report.guesses


def test_the_text_reader_reads_wrapped_content_order_as_the_glued_form():
    blocks = read_text(RAW.encode("utf-8")).blocks
    texts = [b.text for b in blocks if isinstance(b, Paragraph)] \
        + [c.text for b in blocks if isinstance(b, Table) for row in b.rows for c in row]   # the scored table is one
    assert "至少580人次" in texts and "年度资金总额" in texts


# -- generated forms, printed by LibreOffice, pulled out by pdftotext -raw ------------------------

needs_office = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                  reason="LibreOffice and poppler (make system-deps) print the forms")

#: (shape, family) → floor of the mean F1 over the seeds (measured on seeds 0-9: raw T-NAT 0.79, T-SC
#: 0.97, T-HN 0.35; pdfplumber T-NAT 0.97, T-SC 0.95, T-HN 0.97, score table 0.97, T-SC-flat 0.84; before
#: the builder 0.11, 0.15, 0.13 and 0.14, 0.16, 0.18, 0.56, 0.05); T-old, the results table and raw
#: score tables keep their line reading. pdfplumber T-SH self-eval (amounts' last digits wrapped to a
#: row of bare digits) measured 0.98 on seeds 0-19, 0.97 on seeds 0-2 (0.46 on seeds 0-19 before).
FLOORS = {("pdftotext_raw", "T-NAT self-eval"): 0.70, ("pdftotext_raw", "T-SC self-eval"): 0.90,
          ("pdftotext_raw", "T-HN"): 0.28, ("pdftotext_raw", "T-old"): 0.75, ("pdftotext_raw", "results table"): 0.25,
          ("pdfplumber", "T-NAT self-eval"): 0.90, ("pdfplumber", "T-SC self-eval"): 0.88,
          ("pdfplumber", "T-HN"): 0.85, ("pdfplumber", "score table"): 0.90, ("pdfplumber", "T-old"): 0.85,
          ("pdfplumber", "T-SC-flat"): 0.70, ("pdftotext_raw", "score table"): 0.35,
          ("pdfplumber", "T-SH self-eval"): 0.90}
SEEDS = (0, 1, 2)
#: score tables are drawn with codes before their names (A1项目立项) at seeds 12 and 4; these are
#: seeds without, and the coded ones have floors of their own (``CODED_FLOORS``).
SEEDS_OF = {"score table": (0, 9, 11)}
#: coded score trees in PDF text (seeds 1, 2): a wrapped coded name (``A11立项依`` / ``据充分性``) is
#: not joined back yet — measured pdfplumber 0.68, -raw 0.15.
CODED_FLOORS = {("pdfplumber", "score table"): 0.6, ("pdftotext_raw", "score table"): 0.12}
#: (1 and 2 are tables of weighted targets since the generator draws them: coded 12 and 4 stand
#: for them, 1.00 in both shapes)
CODED_SEEDS = (12, 4)


def _pdf_text_f1s(shape: str, family: str, seeds: tuple[int, ...]) -> list[float]:
    from tests.formgen import office
    from tests.formgen.families import generate

    forms = {f"{family}#{seed}": generate(family, seed) for seed in seeds}
    pdfs = office.docx_to_pdf_many({label: office.docx_bytes(form.blocks) for label, form in forms.items()})
    scores = []
    for label, form in forms.items():
        text = office.pdf_texts(pdfs[label])[shape]
        report = Report()
        score_document(dict(form.truth, doc=f"{label}.txt"), parse_bytes(text.encode("utf-8"), f"{label}.txt", "txt"),
                       report)
        scores.append(report.overall.f1)
    return scores


@needs_office
@pytest.mark.parametrize("shape,family", sorted(FLOORS))
def test_generated_forms_read_from_pdf_text(shape, family):
    scores = _pdf_text_f1s(shape, family, SEEDS_OF.get(family, SEEDS))
    assert sum(scores) / len(scores) >= FLOORS[shape, family], f"{shape} {family}: {scores}"


@needs_office
@pytest.mark.parametrize("shape,family", sorted(CODED_FLOORS))
def test_generated_coded_score_trees_read_from_pdf_text(shape, family):
    from tests.formgen.families import generate

    assert all(any(s["code"] for s in generate(family, seed).truth["forms"][0]["scores"]) for seed in CODED_SEEDS)
    scores = _pdf_text_f1s(shape, family, CODED_SEEDS)
    assert sum(scores) / len(scores) >= CODED_FLOORS[shape, family], f"{shape} {family}: {scores}"


#: pdfplumber T-NAT self-evaluations whose money header wrapped over three lines (年初 / 预算数 /
#: （元）) and whose ungrouped amounts' cents wrapped whole (1405310 / 0.00): dev seeds 13, 29, 33, 54
#: measured 0.07, 0.13, 0.07, 0.14 before (read as plain lines, the header's words joined into the
#: reporting unit), 1.00 each after.
WRAPPED_MONEY_SEEDS = (13, 29, 33, 54)


@needs_office
def test_generated_self_evaluations_with_wrapped_money_headers_read_from_pdfplumber_text():
    scores = _pdf_text_f1s("pdfplumber", "T-NAT self-eval", WRAPPED_MONEY_SEEDS)
    assert min(scores) >= 0.9, scores


#: pdfplumber T-FJ transfer tables (the amounts' row under a merged label, names wrapped where no known
#: word is cut): dev seeds 7, 19, 30 measured 0.23, 0.24, 0.23 before (not read line-major), 0.99,
#: 0.99, 0.90 after.
TRANSFER_SEEDS = (7, 19, 30)


@needs_office
def test_generated_transfer_tables_read_from_pdfplumber_text():
    scores = _pdf_text_f1s("pdfplumber", "T-FJ transfer", TRANSFER_SEEDS)
    assert sum(scores) / len(scores) >= 0.9, scores


def test_rows_numbered_by_their_seq_column_are_not_value_led():
    """A results table as pdfplumber prints it: each row opens with its 序号 (1, 2, 3 …; after a
    merged 主管部门 in its second cell) and its names wrap onto the next line. The row numbers are
    no values left over from a row above: the text is line-major and the wraps go back."""
    text = ["岳阳县2023年度项目支出绩效自评结果汇总表",
            "主管部门 序号 项目名称 项目单位 自评分数 自评等级",
            "岳阳县交通运 1 公共图书馆免 岳阳县农业技 98.52 优", "输局 费开放 术推广中心",
            "2 重大动物疫病 岳阳县环境监 96.39 优", "强制免疫补助 测站",
            "3 消费者维权管 岳阳县疾病预 80.22 良", "理专项 防控制中心",
            "岳阳县城市管 4 重点人群免费 岳阳县疾病预 95.84 优", "理执法局 体检 防控制中心"]
    rows = content_order_text(text)
    assert rows is not None
    assert any("公共图书馆免费开放" in r and "岳阳县交通运输局" in r for r in rows)


def test_a_results_table_followed_by_its_signature_and_page_lines_is_still_numbered():
    """The signature line (填报人 / 联系电话) and the web page's links under a results table are rows
    of two or three parts, no rows of the table: its numbered rows keep the text line-major."""
    text = ["柯桥区2024年度项目支出绩效自评结果汇总表",
            "主管部门 序号 项目名称 项目单位 自评分数 自评等级",
            "柯桥区生态环 1 城区道路机械 柯桥区环境监 91.83 优", "境局 化清扫保洁 测站",
            "2 农村生活垃圾 柯桥区水利工 96.39 优", "治理专项资金 程管理站",
            "3 高标准农田建 柯桥区水利工 85.25 良", "设 程管理站",
            "合计", "填报人:张晓梅 联系电话:0273-1664611", "填报日期:2024年8月13日",
            "打印 关闭窗口", "网站地图 | 联系我们"]
    rows = content_order_text(text)
    assert rows is not None
    assert any("城区道路机械化清扫保洁" in r and "柯桥区环境监测站" in r for r in rows)


def test_a_line_ending_a_unit_name_goes_under_the_cut_unit():
    # dev seed 25: 心 ends 鄂州市教育服务中 (a unit's name suffix), not the project name beside it
    text = ["鄂州市2019年度项目支出绩效自评结果汇总表", "序号 项目名称 项目单位 自评分数 自评等级",
            "1 河道保洁经费 鄂州市环境卫生服 86.57 良", "务中心",
            "2 城乡居民基本养老 鄂州市水利工程管 78.7 中", "保险政府补贴 理站",
            "3 义务教育学生营养 鄂州市环境监测站 87.05 良", "改善计划",
            "4 村组干部报酬 鄂州市财政投资评 90.65 优", "审中心",
            "5 重大动物疫病强制 鄂州市环境监测站 91.97 优", "免疫补助",
            "6 乡村振兴衔接资金 鄂州市教育服务中 86.28 良", "心"]
    rows = content_order_text(text)
    assert rows is not None
    assert rows[7].split("\t")[1:3] == ["乡村振兴衔接资金", "鄂州市教育服务中心"]


#: pdfplumber results tables followed by their signature line and the web page's links: dev seeds
#: 33, 8 measured 0.35, 0.35 before (not read line-major: the names stay cut), 0.93, 1.00 after.
RESULTS_SEEDS = (33, 8)


@needs_office
def test_generated_results_tables_with_signature_lines_read_from_pdfplumber_text():
    scores = _pdf_text_f1s("pdfplumber", "results table", RESULTS_SEEDS)
    assert sum(scores) / len(scores) >= 0.9, scores
