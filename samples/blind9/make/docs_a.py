"""blind9, PDF text and real binaries: four documents, each drawn with its expectation from rows typed once.

- two python-docx tables printed to PDF by LibreOffice (soffice --headless --convert-to pdf) and extracted: one with
  `pdftotext -layout`, one with pdfplumber `page.extract_text()`; only the extracted text is kept;
- a real .docx with gridSpan/vMerge cells and a real .xlsx with merge ranges.

Run: .venv/bin/python samples/blind9/make/docs_a.py   (needs soffice, pdftotext, python-docx, openpyxl, pdfplumber)
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Border, Font, Side

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (BLIND9, budget_line, evaluation, form, indicator, score_row, target,  # noqa: E402
                    write_expectation, write_text, yuan)

# ---------------------------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------------------------


def new_document(landscape: bool = False) -> Document:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(2.0)
    style = document.styles["Normal"]
    style.font.name = "Noto Sans CJK SC"
    style.font.size = Pt(10)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    return document


def paragraph(document: Document, text: str, size: float = 10, bold: bool = False) -> None:
    run = document.add_paragraph().add_run(text)
    run.font.size = Pt(size)
    run.bold = bold


def new_table(document: Document, n_rows: int, widths_cm: list[float]):
    table = document.add_table(rows=n_rows, cols=len(widths_cm))
    table.style = "Table Grid"
    table.autofit = False
    for i, width in enumerate(widths_cm):
        table.columns[i].width = Cm(width)
        for cell in table.columns[i].cells:
            cell.width = Cm(width)
    return table


def put(table, row: int, col: int, text: str, row2: int | None = None, col2: int | None = None) -> None:
    """Write text into a cell, merged over (row..row2, col..col2) when those are given."""
    cell = table.cell(row, col)
    if row2 is not None or col2 is not None:
        cell = cell.merge(table.cell(row if row2 is None else row2, col if col2 is None else col2))
    cell.text = text


def filled_down(rows: list[tuple], column: int, keys: tuple[int, ...]) -> list[tuple[int, int]]:
    """Spans (first, last) of consecutive rows with the same values in keys (for vMerge of 一级/二级)."""
    spans, start = [], 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or tuple(rows[i][k] for k in keys) != tuple(rows[start][k] for k in keys):
            spans.append((start, i - 1))
            start = i
    return spans


def to_pdf(docx_path: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docx_path.parent), str(docx_path)],
                   check=True, capture_output=True, timeout=300)
    return docx_path.with_suffix(".pdf")


def pdftotext_layout(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def pdfplumber_text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as handle:
        return "\n".join(page.extract_text() or "" for page in handle.pages)


# ---------------------------------------------------------------------------------------------------------------
# 1. 山西 晋中 平遥县 2024 项目支出绩效目标申报表, pdftotext -layout
# ---------------------------------------------------------------------------------------------------------------
def pingyao(work: Path) -> None:
    doc = "shanxi_jinzhong-pingyao_targets_pdftotext-layout_2024.txt"
    name = "平遥古城消防安全提升改造项目"
    rows = [
        ("产出指标", "数量指标", "古城民居消防管网改造长度", "≥12.5公里", ">=", 12.5, "公里"),
        ("产出指标", "数量指标", "新增室外消火栓数量", "≥180个", ">=", 180, "个"),
        ("产出指标", "数量指标", "微型消防站建设数量", "=8个", "=", 8, "个"),
        ("产出指标", "质量指标", "消防设施安装验收合格率", "100%", "=", 100, "%"),
        ("产出指标", "时效指标", "项目完工时间", "2024年11月底前", None, None, None),
        ("成本指标", "经济成本指标", "消防管网每公里改造成本", "≤48万元", "<=", 480000, "元"),
        ("效益指标", "社会效益指标", "古城核心区消防供水压力达标率", "≥90%", ">=", 90, "%"),
        ("效益指标", "社会效益指标", "火灾接警到场平均时间", "≤5分钟", "<=", 5, "分钟"),
        ("效益指标", "可持续影响指标", "消防设施长效管护机制", "健全", None, None, None),
        ("满意度指标", "服务对象满意度指标", "古城居民及商户满意度", "≥90%", ">=", 90, "%"),
    ]
    money = [("项目资金总额", "1,286.00", "年度资金申请总额", "860.00"),
             ("其中：财政资金", "1,286.00", "其中：财政资金", "860.00"),
             ("其他资金", "0.00", "其他资金", "0.00")]
    document = new_document()
    paragraph(document, "项目支出绩效目标申报表", 16, True)
    paragraph(document, "（2024年度）")
    first_indicator = 10
    table = new_table(document, first_indicator + len(rows), [2.4, 2.6, 3.4, 2.6, 3.2])
    put(table, 0, 0, "项目名称"); put(table, 0, 1, name, col2=4)
    put(table, 1, 0, "主管部门"); put(table, 1, 1, "平遥县文化和旅游局"); put(table, 1, 2, "实施单位")
    put(table, 1, 3, "平遥县古城保护管理中心", col2=4)
    put(table, 2, 0, "项目性质"); put(table, 2, 1, "一次性项目"); put(table, 2, 2, "项目类别")
    put(table, 2, 3, "特定目标类", col2=4)
    put(table, 3, 0, "项目期限"); put(table, 3, 1, "2024年3月1日至2024年11月30日", col2=4)
    put(table, 4, 0, "项目资金（万元）", row2=6)
    for i, (left, left_amount, right, right_amount) in enumerate(money):
        put(table, 4 + i, 1, left); put(table, 4 + i, 2, left_amount)
        put(table, 4 + i, 3, right); put(table, 4 + i, 4, right_amount)
    put(table, 7, 0, "总体目标")
    put(table, 7, 1, "通过两年实施，完成平遥古城核心区消防管网、室外消火栓和微型消防站建设，古城火灾防控能力明显提升。", col2=4)
    put(table, 8, 0, "年度目标")
    put(table, 8, 1, "完成古城东、南片区民居消防管网改造和室外消火栓增设，建成微型消防站并投入使用。", col2=4)
    put(table, 9, 0, "一级指标"); put(table, 9, 1, "二级指标"); put(table, 9, 2, "三级指标")
    put(table, 9, 3, "指标值", col2=4)
    for first, last in filled_down(rows, 0, (0,)):
        put(table, first_indicator + first, 0, rows[first][0], row2=first_indicator + last)
    for first, last in filled_down(rows, 1, (0, 1)):
        put(table, first_indicator + first, 1, rows[first][1], row2=first_indicator + last)
    for i, row in enumerate(rows):
        put(table, first_indicator + i, 2, row[2]); put(table, first_indicator + i, 3, row[3], col2=4)
    paragraph(document, "填报单位（盖章）：平遥县古城保护管理中心    填报人：郭晓峰    填报日期：2023年10月20日")
    docx_path = work / "pingyao.docx"
    document.save(docx_path)
    write_text(doc, pdftotext_layout(to_pdf(docx_path)))
    budget = [
        budget_line("total_budget", "项目资金总额", yuan("1,286.00", True)),
        budget_line("current_year_budget", "年度资金申请总额", yuan("860.00", True)),
        budget_line("fiscal_appropriation", "其中：财政资金", yuan("1,286.00", True), parent="项目资金总额"),
        budget_line("fiscal_appropriation", "其中：财政资金", yuan("860.00", True)),
        budget_line("other_funds", "其他资金", yuan("0.00", True), parent="项目资金总额"),
        budget_line("other_funds", "其他资金", yuan("0.00", True)),
    ]
    notes = ("Blind sample (blind9): 山西 晋中 平遥县 2024 项目支出绩效目标申报表, a python-docx table printed to PDF by LibreOffice "
             "and extracted with `pdftotext -layout` (the text kept). Narrow 三级 (3.4 cm) and 二级 columns: long names and "
             "'服务对象满意度指标' wrap onto a second line; 一级/二级 vMerged (printed once, mid-span in the layout). fiscal_year "
             "2024 from '（2024年度）'. 主管部门 -> department, 实施单位 -> reporting_unit; 2024 form: 项目性质 -> project_type, "
             "项目类别 -> project_class; 项目期限 -> dates. Two-column money block '项目资金（万元）' x10000: left column (项目资金"
             "总额 total_budget, its 其中：财政资金 and 其他资金 with parent_label 项目资金总额), right column (年度资金申请总额 "
             "current_year_budget, its lines parent null), listed row by row, left before right (docs/expectations.md). 成本指标 is "
             "a 一级 (2021+) with 二级 经济成本指标; '≤48万元' -> <= 480000 元; '=8个' -> = 8 个; bare '100%' -> =; "
             "'2024年11月底前' and '健全' word targets. The 总体目标/年度目标 prose carries no target figures. The 填报 line under "
             "the table is not data.")
    write_expectation(doc, "target_form", notes, [form(
        0, fiscal_year=2024, project_name=name, reporting_unit="平遥县古城保护管理中心", department="平遥县文化和旅游局",
        project_type="一次性项目", project_class="特定目标类", start_date="2024-03-01", end_date="2024-11-30",
        budget_lines=budget,
        indicators=[indicator(l1, l2, l3, target(raw, op, v, u)) for l1, l2, l3, raw, op, v, u in rows])])


# Self-evaluation indicator row: (一级, 二级, 三级, (target_raw, op, value, unit), actual_raw, actual_value, 分值, 得分, 偏差原因)
NEHE_ROWS = [
    ("产出指标", "数量指标", "大豆生产者补贴面积", ("≥185万亩", ">=", 1850000, "亩"), "188.6万亩", 1886000, 15, 15, "—"),
    ("产出指标", "数量指标", "补贴资金兑付农户数", ("≥3.6万户", ">=", 36000, "户"), "3.52万户", 35200, 10, 9.78,
     "部分农户因土地流转、外出务工等原因未能在规定时间内完成种植面积核实确认，下一步将会同各乡镇加强政策宣传，提前开展面积核查，"
     "确保应补尽补。"),
    ("产出指标", "质量指标", "补贴面积核实准确率", ("≥98%", ">=", 98, "%"), "99.2%", 99.2, 10, 10, "—"),
    ("产出指标", "时效指标", "补贴资金兑付时间", ("2023年10月底前", None, None, None), "2023年10月25日", None, 5, 5, "—"),
    ("产出指标", "成本指标", "亩均补贴标准", ("=155元/亩", "=", 155, "元/亩"), "155元/亩", 155, 10, 10, "—"),
    ("效益指标", "经济效益指标", "大豆种植户亩均增收", ("≥150元", ">=", 150, "元"), "155元", 155, 10, 10, "—"),
    ("效益指标", "社会效益指标", "大豆种植面积", ("稳中有增", None, None, None), "稳中有增", None, 10, 10, "—"),
    ("效益指标", "可持续影响指标", "大豆生产者补贴政策知晓率", ("≥90%", ">=", 90, "%"), "88.4%", 88.4, 10, 9.82,
     "偏远村屯部分老年农户对补贴政策了解不够，下一步将通过村屯广播、微信群、政策明白纸等多种方式开展宣传。"),
    ("满意度指标", "服务对象满意度指标", "大豆种植户满意度", ("≥90%", ">=", 90, "%"), "94.3%", 94.3, 10, 10, "—"),
]

MANAS_ROWS = [
    ("产出指标", "数量指标", "改造老旧小区供热管网长度", ("≥38公里", ">=", 38, "公里"), "38.6公里", 38.6, 15, 15, "—"),
    ("产出指标", "数量指标", "改造小区换热站数量", ("=12座", "=", 12, "座"), "12座", 12, 10, 10, "—"),
    ("产出指标", "质量指标", "管网试压一次合格率", ("≥98%", ">=", 98, "%"), "99.1%", 99.1, 10, 10, "—"),
    ("产出指标", "时效指标", "供暖季前完工率", ("100%", "=", 100, "%"), "91.7%", 91.7, 10, 9.17,
     "1座换热站因设备到货延迟于供暖季开始后完工，已督促施工单位加快进度，并将设备供应纳入下年度采购计划统筹安排。"),
    ("产出指标", "成本指标", "每公里管网改造成本", ("≤38万元", "<=", 380000, "元"), "36.8万元", 368000, 5, 5, "—"),
    ("效益指标", "社会效益指标", "受益居民户数", ("≥1.1万户", ">=", 11000, "户"), "1.12万户", 11200, 10, 10, "—"),
    ("效益指标", "生态效益指标", "管网热损失率", ("≤8%", "<=", 8, "%"), "7.6%", 7.6, 10, 10, "—"),
    ("效益指标", "可持续影响指标", "供热设施运行维护机制", ("健全", None, None, None), "健全", None, 10, 10, "—"),
    ("满意度指标", "服务对象满意度指标", "受益居民满意度", ("≥90%", ">=", 90, "%"), "92.8%", 92.8, 10, 10, "—"),
]


def selfeval_rows(rows: list[tuple]) -> tuple[list[dict], list[dict]]:
    indicators, leaves = [], []
    for l1, l2, l3, (raw, op, value, unit), a_raw, a_val, weight, score, _ in rows:
        indicators.append(indicator(l1, l2, l3, target(raw, op, value, unit), actual_raw=a_raw, actual_value=a_val,
                                    weight=weight, score=score))
        leaves.append(score_row(3, l3, weight, score, actual_raw=a_raw, actual_value=a_val))
    return indicators, leaves


# ---------------------------------------------------------------------------------------------------------------
# 2. 黑龙江 齐齐哈尔 讷河市 T-NAT 自评表 2023, pdfplumber page text
# ---------------------------------------------------------------------------------------------------------------
def nehe(work: Path) -> None:
    doc = "heilongjiang_qiqihar-nehe_nat_selfeval_pdfplumber_2023.txt"
    name = "讷河市大豆生产者补贴项目"
    money = [("年度资金总额", "2,860.00", "2,945.60", "2,921.35", "10", "99.18%", "9.92"),
             ("其中：当年财政拨款", "2,860.00", "2,860.00", "2,838.75", "—", "—", "—"),
             ("上年结转资金", "0.00", "85.60", "82.60", "—", "—", "—"),
             ("其他资金", "—", "—", "—", "—", "—", "—")]
    total = 99.52
    rows = NEHE_ROWS
    document = new_document()
    paragraph(document, "项目支出绩效自评表", 16, True)
    paragraph(document, "（2023年度）")
    first_indicator = 10
    table = new_table(document, first_indicator + len(rows) + 1, [1.9, 2.0, 2.5, 1.8, 1.8, 1.2, 1.4, 4.4])
    put(table, 0, 0, "项目名称"); put(table, 0, 1, name, col2=7)
    put(table, 1, 0, "主管部门"); put(table, 1, 1, "讷河市农业农村局", col2=3); put(table, 1, 4, "实施单位", col2=5)
    put(table, 1, 6, "讷河市农业技术推广中心", col2=7)
    put(table, 2, 0, "项目资金（万元）", row2=6)
    for col, head in enumerate(["", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"], 1):
        put(table, 2, col, head)
    for i, line in enumerate(money):
        for col, text in enumerate(line, 1):
            put(table, 3 + i, col, text)
    put(table, 7, 0, "年度总体目标", row2=8)
    put(table, 7, 1, "预期目标", col2=4); put(table, 7, 5, "实际完成情况", col2=7)
    put(table, 8, 1, "对全市合法实际种植大豆的生产者按核实面积发放补贴，稳定大豆种植面积，保障种植户合理收益。", col2=4)
    put(table, 8, 5, "补贴面积经村、乡、市三级核实后公示，补贴资金于10月底前通过一卡通发放到户，大豆种植面积稳中有增。", col2=7)
    for col, head in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                "偏差原因分析及改进措施"]):
        put(table, 9, col, head)
    for first, last in filled_down(rows, 0, (0,)):
        put(table, first_indicator + first, 0, rows[first][0], row2=first_indicator + last)
    for first, last in filled_down(rows, 1, (0, 1)):
        put(table, first_indicator + first, 1, rows[first][1], row2=first_indicator + last)
    for i, (_, _, l3, tgt, a_raw, _, weight, score, why) in enumerate(rows):
        r = first_indicator + i
        for col, text in enumerate([l3, tgt[0], a_raw, str(weight), f"{score:g}", why], 2):
            put(table, r, col, text)
    last_row = first_indicator + len(rows)
    put(table, last_row, 0, "总分", col2=4); put(table, last_row, 5, "100"); put(table, last_row, 6, f"{total:g}")
    paragraph(document, "填报人：于海涛    联系电话：0452-6123458    填报日期：2024年3月15日")
    docx_path = work / "nehe.docx"
    document.save(docx_path)
    write_text(doc, pdfplumber_text(to_pdf(docx_path)))
    w = True
    budget = [
        budget_line("current_year_budget", "年度资金总额", yuan("2,945.60", w), initial=yuan("2,860.00", w),
                    actual=yuan("2,921.35", w), rate=99.18),
        budget_line("fiscal_appropriation", "其中：当年财政拨款", yuan("2,860.00", w), initial=yuan("2,860.00", w),
                    actual=yuan("2,838.75", w)),
        budget_line("carryover", "上年结转资金", yuan("85.60", w), initial=yuan("0.00", w), actual=yuan("82.60", w)),
        budget_line("other_funds", "其他资金", None),
    ]
    indicators, leaves = selfeval_rows(rows)
    scores = [score_row(0, "总分", 100, total), score_row(1, "预算执行率", 10, 9.92)] + leaves
    notes = ("Blind sample (blind9): 黑龙江 齐齐哈尔 讷河市 T-NAT 项目支出绩效自评表 (财预〔2020〕10号 layout, 2023年度), a "
             "python-docx table printed to PDF by LibreOffice and extracted with pdfplumber `page.extract_text()` (the text "
             "kept). Narrow columns: names, header cells ('全年预算数（A）'), '其中：当年财政拨款' and two long 偏差原因 texts wrap "
             "over several lines; 一级/二级 vMerged. 主管部门 -> department, 实施单位 -> reporting_unit. Money x10000: amount "
             "全年预算数, initial 年初预算数, actual 全年执行数; 执行率 printed on 年度资金总额 only ('—' elsewhere -> null); 其他资金 "
             "all '—' -> a line with null amounts. Checks: 2860 + 85.6 = 2945.6; 2838.75 + 82.60 = 2921.35; 2921.35/2945.6 = "
             "99.18 %; 10 x 99.18 % = 9.92. Indicators: '≥185万亩' -> 1850000 亩, actual '188.6万亩' -> 1886000; '≥3.6万户' -> "
             "36000 户, actual '3.52万户' -> 35200 (9.78 = 3.52/3.6 x 10); '=155元/亩' -> = 155 元/亩; '2023年10月底前' and "
             "'稳中有增' word targets; the actual date '2023年10月25日' and word actuals have actual_value null; 9.82 = 88.4/90 x "
             "10. Scores: 总分 100 / 99.52 (= 9.92 + 89.6); level 1 预算执行率 10 / 9.92 only (no block weight printed for "
             "产出/效益/满意度), so the level-3 rows have parent_code null. No grade printed (grade null). Evaluation money from "
             "年度资金总额. 偏差原因 texts ('—' or prose) and the 填报人 line are not data.")
    write_expectation(doc, "self_evaluation", notes, [form(
        0, fiscal_year=2023, project_name=name, reporting_unit="讷河市农业技术推广中心", department="讷河市农业农村局",
        budget_lines=budget, indicators=indicators, scores=scores,
        evaluation=evaluation(2023, name, total=total, budget=yuan("2,945.60", w), spent=yuan("2,921.35", w),
                              rate=99.18))])


# ---------------------------------------------------------------------------------------------------------------
# 3. 新疆 昌吉 玛纳斯县 T-NAT 自评表 2023, real .docx with gridSpan/vMerge cells and an outer 绩效指标 column
# ---------------------------------------------------------------------------------------------------------------
def manas() -> None:
    doc = "xinjiang_changji-manas_nat_selfeval_merged-cells_2023.docx"
    name = "玛纳斯县老旧小区供热管网改造项目"
    money = [("年度资金总额", "1,480.00", "1,560.00", "1,498.20", "10", "96.04%", "9.60"),
             ("其中：当年财政拨款", "1,480.00", "1,480.00", "1,420.20", "—", "95.96%", "—"),
             ("上年结转资金", "0.00", "80.00", "78.00", "—", "97.50%", "—"),
             ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")]
    total = 98.77
    rows = MANAS_ROWS
    document = new_document(landscape=True)
    paragraph(document, "项目支出绩效自评表", 16, True)
    paragraph(document, "（2023年度）")
    first_indicator = 10
    table = new_table(document, first_indicator + len(rows) + 1, [1.4, 2.2, 2.6, 3.6, 2.2, 2.2, 1.4, 1.4, 8.6])
    put(table, 0, 0, "项目名称", col2=1); put(table, 0, 2, name, col2=8)
    put(table, 1, 0, "主管部门", col2=1); put(table, 1, 2, "玛纳斯县住房和城乡建设局", col2=4)
    put(table, 1, 5, "实施单位", col2=6); put(table, 1, 7, "玛纳斯县供热服务中心", col2=8)
    put(table, 2, 0, "项目资金（万元）", row2=6, col2=1)
    for col, head in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], 2):
        put(table, 2, col, head)
    for i, line in enumerate(money):
        for col, text in enumerate(line, 2):
            put(table, 3 + i, col, text)
    put(table, 7, 0, "年度总体目标", row2=8, col2=1)
    put(table, 7, 2, "预期目标", col2=5); put(table, 7, 6, "实际完成情况", col2=8)
    put(table, 8, 2, "完成县城老旧小区供热管网和换热站改造，降低管网热损失，改善冬季供暖质量。", col2=5)
    put(table, 8, 6, "全年完成供热管网改造和换热站改造，除1座换热站外均在供暖季前投入运行，居民室温普遍提高。", col2=8)
    put(table, 9, 0, "绩效指标", row2=first_indicator + len(rows) - 1)
    for col, head in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                "偏差原因分析及改进措施"], 1):
        put(table, 9, col, head)
    for first, last in filled_down(rows, 0, (0,)):
        put(table, first_indicator + first, 1, rows[first][0], row2=first_indicator + last)
    for first, last in filled_down(rows, 1, (0, 1)):
        put(table, first_indicator + first, 2, rows[first][1], row2=first_indicator + last)
    for i, (_, _, l3, tgt, a_raw, _, weight, score, why) in enumerate(rows):
        for col, text in enumerate([l3, tgt[0], a_raw, str(weight), f"{score:g}", why], 3):
            put(table, first_indicator + i, col, text)
    last_row = first_indicator + len(rows)
    put(table, last_row, 0, "总分", col2=5); put(table, last_row, 6, "100"); put(table, last_row, 7, f"{total:g}")
    paragraph(document, "填报单位：玛纳斯县供热服务中心    填报人：阿依古丽·买买提    联系电话：0994-6612380")
    document.save(BLIND9 / doc)
    w = True
    budget = [
        budget_line("current_year_budget", "年度资金总额", yuan("1,560.00", w), initial=yuan("1,480.00", w),
                    actual=yuan("1,498.20", w), rate=96.04),
        budget_line("fiscal_appropriation", "其中：当年财政拨款", yuan("1,480.00", w), initial=yuan("1,480.00", w),
                    actual=yuan("1,420.20", w), rate=95.96),
        budget_line("carryover", "上年结转资金", yuan("80.00", w), initial=yuan("0.00", w), actual=yuan("78.00", w),
                    rate=97.5),
        budget_line("other_funds", "其他资金", yuan("0.00", w), initial=yuan("0.00", w), actual=yuan("0.00", w)),
    ]
    indicators, leaves = selfeval_rows(rows)
    scores = [score_row(0, "总分", 100, total), score_row(1, "预算执行率", 10, 9.6)] + leaves
    notes = ("Blind sample (blind9): 新疆 昌吉州 玛纳斯县 T-NAT 项目支出绩效自评表 (2023年度), a real .docx (python-docx, landscape) "
             "with merged cells: '项目资金（万元）' spans 2 columns and merges down over the money head and 4 money rows; an outer "
             "'绩效指标' column merges down over the indicator head and rows, so 一级 sits in the 2nd column; 一级/二级 vMerged; "
             "年度总体目标 2x2; 总分 spans 6 columns. 主管部门 -> department, 实施单位 -> reporting_unit. Money x10000: amount "
             "全年预算数, initial 年初预算数, actual 全年执行数, rate as printed on each line (其他资金 '—' -> null, 0.00 amounts "
             "kept). Checks: 1480 + 80 = 1560; 1420.20 + 78 = 1498.20; 1498.2/1560 = 96.04 %; 1420.2/1480 = 95.96 %; 78/80 = "
             "97.5 %; 10 x 96.04 % = 9.60. Indicators: '≤38万元' -> <= 380000 元 and actual '36.8万元' -> 368000; '≥1.1万户' -> "
             "11000 户, actual '1.12万户' -> 11200; '=12座' -> = 12 座; bare '100%' -> =, actual 91.7 (9.17 = 91.7 % x 10); '健全' "
             "a word target (actual_value null). Scores: 总分 100 / 98.77 (= 9.60 + 89.17); level 1 预算执行率 10 / 9.6 only (no "
             "block weight printed; the outer 绩效指标 label prints none), level-3 parent_code null. No grade printed. Evaluation "
             "money from 年度资金总额. 偏差原因 texts and the 填报 line are not data.")
    write_expectation(doc, "self_evaluation", notes, [form(
        0, fiscal_year=2023, project_name=name, reporting_unit="玛纳斯县供热服务中心", department="玛纳斯县住房和城乡建设局",
        budget_lines=budget, indicators=indicators, scores=scores,
        evaluation=evaluation(2023, name, total=total, budget=yuan("1,560.00", w), spent=yuan("1,498.20", w),
                              rate=96.04))])


# ---------------------------------------------------------------------------------------------------------------
# 4. 宁夏 吴忠 盐池县 部门整体支出绩效目标表 2024, real .xlsx with merge ranges
# ---------------------------------------------------------------------------------------------------------------
def yanchi() -> None:
    doc = "ningxia_wuzhong-yanchi_dept_targets_merged-ranges_2024.xlsx"
    unit = "盐池县农业农村局"
    tasks = [("滩羊产业提质增效", "实施滩羊良种补贴和标准化养殖场改造，推进滩羊肉品牌建设。"),
             ("高标准农田建设", "新建高标准农田，配套建设田间道路、灌排和农田防护设施。"),
             ("农村人居环境整治", "推进农村卫生户厕改造和生活垃圾治理，开展村庄清洁行动。")]
    money = [("资金总额", 4856.30), ("其中：财政拨款", 4612.80), ("其他资金", 243.50), ("基本支出", 2135.60),
             ("项目支出", 2720.70)]
    rows = [
        ("产出指标", "数量指标", "滩羊良种补贴覆盖羊只数", "≥32万只", ">=", 320000, "只"),
        ("产出指标", "数量指标", "新建高标准农田面积", "≥5.5万亩", ">=", 55000, "亩"),
        ("产出指标", "数量指标", "农村卫生户厕改造数", "≥1800户", ">=", 1800, "户"),
        ("产出指标", "质量指标", "高标准农田建设验收合格率", "100%", "=", 100, "%"),
        ("产出指标", "时效指标", "年度重点任务完成时间", "2024年12月底前", None, None, None),
        ("产出指标", "成本指标", "高标准农田亩均建设成本", "≤2200元/亩", "<=", 2200, "元/亩"),
        ("效益指标", "经济效益指标", "滩羊产业综合产值增长率", "≥5%", ">=", 5, "%"),
        ("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥72%", ">=", 72, "%"),
        ("效益指标", "可持续影响指标", "耕地质量等级", "稳步提升", None, None, None),
        ("满意度指标", "服务对象满意度指标", "农牧民群众满意度", "≥92%", ">=", 92, "%"),
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "部门整体支出绩效目标表"
    thin = Side(style="thin")
    for col, width in zip("ABCDEF", [16, 16, 26, 14, 14, 14]):
        sheet.column_dimensions[col].width = width
    sheet["A1"] = "部门整体支出绩效目标表"
    sheet["A1"].font = Font(size=16, bold=True)
    sheet.merge_cells("A1:F1")
    sheet["A2"] = "（2024年度）"
    sheet.merge_cells("A2:F2")
    sheet["A3"] = "部门（单位）名称"
    sheet["B3"] = unit
    sheet.merge_cells("B3:F3")
    r = 4
    sheet.cell(r, 1, "年度主要任务")
    sheet.merge_cells(start_row=r, start_column=1, end_row=r + len(tasks), end_column=1)
    sheet.cell(r, 2, "任务名称")
    sheet.cell(r, 3, "主要内容")
    sheet.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    for i, (task, text) in enumerate(tasks, 1):
        sheet.cell(r + i, 2, task)
        sheet.cell(r + i, 3, text)
        sheet.merge_cells(start_row=r + i, start_column=3, end_row=r + i, end_column=6)
    r += len(tasks) + 1
    sheet.cell(r, 1, "年度预算申请（万元）")
    sheet.merge_cells(start_row=r, start_column=1, end_row=r + len(money) - 1, end_column=1)
    for i, (label, amount) in enumerate(money):
        sheet.cell(r + i, 2, label)
        cell = sheet.cell(r + i, 3, amount)
        cell.number_format = "#,##0.00"
        sheet.merge_cells(start_row=r + i, start_column=3, end_row=r + i, end_column=6)
    r += len(money)
    sheet.cell(r, 1, "年度总体目标")
    sheet.cell(r, 2, "围绕滩羊产业、高标准农田和农村人居环境三项重点任务，推动农业增效、农民增收和农村环境改善。")
    sheet.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    r += 1
    for col, head in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], 1):
        sheet.cell(r, col, head)
    sheet.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    r += 1
    first = r
    for i, (l1, l2, l3, raw, *_) in enumerate(rows):
        sheet.cell(first + i, 3, l3)
        sheet.cell(first + i, 4, raw)
        sheet.merge_cells(start_row=first + i, start_column=4, end_row=first + i, end_column=6)
    for start, last in filled_down(rows, 0, (0,)):
        sheet.cell(first + start, 1, rows[start][0])
        if last > start:
            sheet.merge_cells(start_row=first + start, start_column=1, end_row=first + last, end_column=1)
    for start, last in filled_down(rows, 1, (0, 1)):
        sheet.cell(first + start, 2, rows[start][1])
        if last > start:
            sheet.merge_cells(start_row=first + start, start_column=2, end_row=first + last, end_column=2)
    r = first + len(rows)
    sheet.cell(r + 1, 1, "填报人：马晓燕    联系电话：0953-6012275")
    for row in sheet.iter_rows(min_row=3, max_row=r - 1, max_col=6):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    book.properties.creator = "盐池县农业农村局"
    book.save(BLIND9 / doc)
    budget = [budget_line("current_year_budget", "资金总额", yuan("4856.30", True))]
    budget.append(budget_line("fiscal_appropriation", "其中：财政拨款", yuan("4612.80", True), parent="资金总额"))
    budget.append(budget_line("other_funds", "其他资金", yuan("243.50", True), parent="资金总额"))
    budget.append(budget_line("component", "基本支出", yuan("2135.60", True), parent="资金总额"))
    budget.append(budget_line("component", "项目支出", yuan("2720.70", True), parent="资金总额"))
    notes = ("Blind sample (blind9): 宁夏 吴忠 盐池县 部门整体支出绩效目标表 (2024年度), a real .xlsx (openpyxl) with merge ranges: "
             "'年度主要任务' and '年度预算申请（万元）' merge down, the value cells merge across C:F, 一级/二级 merge down per group. "
             "Amounts are numeric cells (number format #,##0.00). Department-wide form: project_name, department and "
             "reporting_unit are all the 部门（单位）名称 (CONTRACT). Money x10000: 资金总额 current_year_budget; 其中：财政拨款 "
             "fiscal_appropriation and 其他资金 other_funds, 基本支出 and 项目支出 component, all four with parent_label 资金总额 "
             "(blind2-8 precedent for dept-wide sub-lines). Checks: 4612.80 + 243.50 = 4856.30 = 2135.60 + 2720.70. The 年度主要"
             "任务 rows are prose (no money). Indicators: '≥32万只' -> 320000 只; '≥5.5万亩' -> 55000 亩; '≤2200元/亩' unit 元/亩; "
             "bare '100%' -> =; '2024年12月底前' and '稳步提升' word targets; 成本指标 a 二级 under 产出指标 here. The 年度总体目标 "
             "prose carries no target figures. The 填报人 line is not data.")
    write_expectation(doc, "target_form", notes, [form(
        0, fiscal_year=2024, project_name=unit, reporting_unit=unit, department=unit, budget_lines=budget,
        indicators=[indicator(l1, l2, l3, target(raw, op, v, u)) for l1, l2, l3, raw, op, v, u in rows])])


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="blind9-") as tmp:
        work = Path(tmp)
        pingyao(work)
        nehe(work)
    manas()
    yanchi()
    print("blind9 PDF-text and binary documents written")
