"""blind10, PDF text and binary documents: 海陵 (pdfplumber), 万州 (pdftotext -layout), 高港 (.xlsx), 大足 (.docx).

Run: .venv/bin/python samples/blind10/make/docs_a.py   (needs soffice, pdftotext, python-docx, openpyxl, pdfplumber)
"""
from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import openpyxl  # noqa: E402
import pdfplumber  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

from common import check, form, indicator, money, write  # noqa: E402
from templates import cq_dept, district  # noqa: E402

Merge = tuple[int, int, int, int]


# ---------------------------------------------------------------- rendering helpers

def docx_bytes(title: list[str], table: list[list[str]], merges: list[Merge], after: list[str],
               widths_cm: list[float] | None = None, font_pt: float = 9) -> bytes:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(1.6))
    style = document.styles["Normal"]
    style.font.size = Pt(font_pt)
    for line in title:
        document.add_paragraph(line)
    n_cols = max(len(r) for r in table)
    grid = document.add_table(rows=len(table), cols=n_cols)
    grid.style = "Table Grid"
    for r, row in enumerate(table):
        for c in range(n_cols):
            text = row[c] if c < len(row) else ""
            if text:  # an empty cell keeps its one empty paragraph (no empty run), so a merge adds no blank lines
                grid.cell(r, c).text = text
    for r1, c1, r2, c2 in merges:
        grid.cell(r1, c1).merge(grid.cell(r2, c2))
    if widths_cm:
        for row in grid.rows:
            for c, width in enumerate(widths_cm):
                row.cells[c].width = Cm(width)
    for line in after:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_of(docx: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "form.docx"
        source.write_bytes(docx)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(source)],
                       check=True, capture_output=True, timeout=180)
        return (Path(tmp) / "form.pdf").read_bytes()


def pdfplumber_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages) + "\n"


def pdftotext_layout(pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "form.pdf"
        path.write_bytes(pdf)
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                              text=True).stdout


def down_merges(table: list[list[str]], column: int, first: int, last: int, stop_column: int | None = None) -> list[Merge]:
    """Merge a filled cell of `column` with the blank cells below it (rows first..last); a filled cell in
    stop_column starts a new run."""
    merges = []
    start = None
    for r in range(first, last + 1):
        begins = table[r][column] != "" or (stop_column is not None and table[r][stop_column] != "")
        if begins:
            if start is not None and r - 1 > start:
                merges.append((start, column, r - 1, column))
            start = r
    if start is not None and last > start:
        merges.append((start, column, last, column))
    return merges


# ---------------------------------------------------------------- District 项目自评表 ×2

def district_merges(table: list[list[str]], n_money: int) -> list[Merge]:
    merges: list[Merge] = [(0, 1, 0, 6), (1, 1, 1, 3), (1, 5, 1, 6), (2, 1, 2, 6)]
    money_head = 3
    merges.append((money_head, 0, money_head + n_money, 0))
    merges.append((money_head, 5, money_head, 6))
    for r in range(money_head + 1, money_head + n_money + 1):
        merges.append((r, 5, r, 6))
    goal = money_head + n_money + 1
    merges.append((goal, 1, goal, 6))
    head = goal + 1
    last = len(table) - 2
    merges.append((head, 0, last, 0))
    merges += down_merges(table, 1, head + 1, last)
    merges += down_merges(table, 2, head + 1, last, stop_column=1)
    merges.append((len(table) - 1, 0, len(table) - 1, 5))
    return merges


def hailing() -> None:
    table, expected, notes = district(
        year=2023, project="海陵区老旧小区雨污分流改造项目", department="泰州市海陵区住房和城乡建设局",
        unit="泰州市海陵区城市建设服务中心", ticked=0,
        money_rows=[("年度资金总额", "current_year_budget", "680.00", "680.00", "1"),
                    ("其中：财政资金", "fiscal_appropriation", "680.00", "680.00", "1"),
                    ("其他资金", "other_funds", "0.00", "0.00", "")],
        rate_value=100.0,
        goal="完成12个老旧小区雨污分流改造，新建分流管网18.5公里，消除小区雨天污水溢流，改善居民生活环境。",
        blocks=[("产出指标", 60, [("数量指标", "改造老旧小区数量", "12个", "12个", "12"),
                                  ("", "新建雨污分流管网长度", "18.5公里", "18.9公里", "12"),
                                  ("质量指标", "工程验收合格率", "100%", "100%", "12"),
                                  ("时效指标", "项目完工时间", "2023年11月", "2023年12月", "9"),
                                  ("成本指标", "每户改造成本", "≤0.62万元", "0.58万元", "12")]),
                ("效益指标", 40, [("社会效益指标", "受益居民户数", "4800户", "4860户", "15"),
                                  ("生态效益指标", "雨天污水溢流点减少数", "≥20个", "23个", "15"),
                                  ("满意度指标", "小区居民满意度", "≥90%", "93.2%", "10")])])
    check(expected["evaluation"]["total_score"] == 97.6, "海陵 total")
    merges = district_merges(table, 3)
    docx = docx_bytes(["项目自评表", "（2023年度）"], table, merges,
                      ["填报单位（盖章）：泰州市海陵区城市建设服务中心    填报日期：2024年3月18日"],
                      widths_cm=[2.2, 2.4, 2.2, 5.2, 3.0, 3.0, 2.0])
    text = pdfplumber_text(pdf_of(docx))
    write("jiangsu_taizhou-hailing_district_selfeval_pdfplumber_2023.txt", text, "self_evaluation",
          "泰州 海陵区 " + notes + " Shape: a python-docx table (outer 年度绩效目标（80分） column and 一级/二级 vMerged, "
          "money label merged down) printed to PDF by LibreOffice and read with pdfplumber page.extract_text(); the "
          "text kept as extracted. The 填报 line is not data. Other money line: 其他资金 0.00 / 0.00 with no rate "
          "printed -> execution_rate null; 其中：财政资金 '1' -> 100.0 (parent null: one column; blind8 宣汉 precedent).",
          [expected])


def gaogang() -> None:
    table, expected, notes = district(
        year=2023, project="高港区农村公路提档升级项目", department="泰州市高港区交通运输局",
        unit="泰州市高港区农村公路管理站", ticked=2,
        money_rows=[("年度资金总额", "current_year_budget", "1250.00", "1203.75", "0.963"),
                    ("其中：财政资金", "fiscal_appropriation", "1150.00", "1108.75", "0.9641"),
                    ("其他资金", "other_funds", "100.00", "95.00", "0.95")],
        rate_value=96.3,
        goal="完成36公里农村公路提档升级和4座危桥改造，提升农村公路通行能力和安全水平。",
        blocks=[("产出指标", 60, [("数量指标", "提档升级农村公路里程", "36公里", "36.8公里", "15"),
                                  ("", "改造危桥数量", "4座", "4座", "10"),
                                  ("质量指标", "路面平整度合格率", "≥95%", "96.2%", "15"),
                                  ("时效指标", "工程完工时间", "2023年10月底前", "2023年10月", "10"),
                                  ("成本指标", "每公里提档升级成本", "≤32万元", "31.2万元", "10")]),
                ("效益指标", 40, [("社会效益指标", "受益群众人数", "≥5.2万人", "5.4万人", "15"),
                                  ("可持续影响指标", "公路养护责任落实率", "100%", "98%", "13"),
                                  ("满意度指标", "沿线群众满意度", "≥90%", "91.5%", "10")])])
    check(abs(expected["evaluation"]["total_score"] - 97.66) < 1e-9, "高港 total")
    check(1108.75 + 95 == 1203.75 and 1150 + 100 == 1250, "高港 money adds up")
    merges = district_merges(table, 3)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "项目自评表"
    sheet.append(["项目自评表"] + [None] * 6)
    sheet.append(["（2023年度）"] + [None] * 6)
    offset = 3  # table starts on sheet row 3
    money_first, money_last = 4, 6  # table rows holding amounts
    for r, row in enumerate(table):
        values: list[object] = []
        for c, cell in enumerate(row):
            numeric = (money_first <= r <= money_last and 2 <= c <= 5) or (r > money_last + 2 and c == 6)
            if numeric and cell != "":
                values.append(float(cell))
            else:
                values.append(cell if cell != "" else None)
        sheet.append(values)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=7)
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=7)
    for r1, c1, r2, c2 in merges:
        sheet.merge_cells(start_row=r1 + offset, start_column=c1 + 1, end_row=r2 + offset, end_column=c2 + 1)
    for letter, width in zip("ABCDEFG", [16, 16, 14, 26, 16, 16, 12]):
        sheet.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    write("jiangsu_taizhou-gaogang_district_selfeval_merged-ranges_2023.xlsx", buffer.getvalue(), "self_evaluation",
          "泰州 高港区 " + notes + " Shape: a real .xlsx with merge ranges (title rows merged across; value cells merged "
          "across; the money label merged down over its head and 3 rows; the outer 年度绩效目标（80分） column merged "
          "down over the indicator head and rows; 一级 merged per block, 二级 merged where it repeats); amounts and rates "
          "are numeric cells (1250, 0.963 ...). Rates: 0.963 -> 96.3, 0.9641 -> 96.41 (1108.75/1150 = 0.96413), 0.95 -> "
          "95.0. Sums: 1150 + 100 = 1250; 1108.75 + 95 = 1203.75. '≥5.2万人' -> 52000 人, actual '5.4万人' -> 54000; "
          "'≤32万元' -> 320000 元, actual '31.2万元' -> 312000; '2023年10月底前' a word target (deadline precedent); "
          "project_type '市对下转移支付项目' (the ticked box 3).", [expected])


# ---------------------------------------------------------------- 重庆 部门整体绩效自评表 (pdftotext -layout)

def wanzhou() -> None:
    table, expected, notes = cq_dept(
        "重庆市万州区农业农村委员会", 2023, ("8642.30", "9218.75", "9071.26"),
        "统筹推进高标准农田建设、农村人居环境整治和农产品质量安全监管，促进农业增效、农民增收。",
        [("高标准农田建设面积", "万亩", "定量", "≥4.5", "4.62", "100", "12", "12", "是"),
         ("农作物病虫害统防统治覆盖率", "%", "", "≥45", "46.8", "100", "10", "10", "否"),
         ("农村户用卫生厕所改造数量", "户", "", "≥3000", "2850", "95", "10", "9.5", "是"),
         ("农产品质量安全例行监测合格率", "%", "", "≥98", "98.6", "100", "10", "10", "是"),
         ("耕地地力保护补贴发放及时率", "%", "", "=100", "100", "100", "10", "10", "否"),
         ("农村常住居民人均可支配收入增幅", "%", "", "≥7", "6.8", "97", "10", "9.7", "是"),
         ("新型农业经营主体培育数量", "家", "", "≥60", "64", "100", "8", "8", "否"),
         ("服务对象满意度", "%", "", "≥90", "94.1", "100", "10", "10", "是"),
         ("农业农村改革任务推进", "—", "定性", "有序推进", "有序推进", "100", "10", "10", "否")],
        actual_values={"高标准农田建设面积": 46200.0})
    merges: list[Merge] = [(0, 1, 0, 7), (1, 0, 2, 0), (1, 4, 1, 5), (2, 4, 2, 5), (1, 6, 1, 7), (2, 6, 2, 7),
                           (1, 8, 1, 9), (2, 8, 2, 9), (3, 1, 3, 9)]
    merges += down_merges(table, 2, 5, len(table) - 1)
    docx = docx_bytes(["重庆市万州区部门整体绩效自评表", "（2023年度）"], table, merges,
                      ["填报单位：重庆市万州区农业农村委员会（盖章）    填报人：陈晓东    联系电话：023-58225716"],
                      widths_cm=[4.6, 1.6, 1.6, 2.4, 2.4, 2.4, 2.2, 2.2, 2.2, 2.2], font_pt=9)
    text = pdftotext_layout(pdf_of(docx))
    write("chongqing_wanzhou_dept_selfeval_pdftotext-layout_2023.txt", text, "self_evaluation",
          "重庆 万州区 " + notes + " Here: '≥4.5' + '万亩' -> '≥4.5万亩' = >= 45000 亩, and its 完成值 '4.62' (unit column "
          "万亩) -> actual_value 46200 in the indicator's unit (blind8 宣汉 precedent). Shape: python-docx table (landscape, "
          "money label merged down 2 rows, 指标性质 vMerged) printed to PDF by LibreOffice, then `pdftotext -layout`, text "
          "kept as extracted; long names wrap in the narrow first column. The 填报 line is not data.", [expected])


# ---------------------------------------------------------------- 重庆 项目支出绩效目标审批表 (.docx)

def dazu() -> None:
    project = "大足区石刻文物保护管理用房维修改造项目"
    unit = "重庆市大足区石刻研究院"
    department = "重庆市大足区文化和旅游发展委员会"
    money_rows = [("项目总预算", "total_budget", "1380.00"), ("当年年度预算", "current_year_budget", "620.00"),
                  ("其中：财政资金", "fiscal_appropriation", "580.00"), ("其中：其它资金", "other_funds", "40.00")]
    check(580 + 40 == 620, "大足 money adds up")
    rows = [  # (一级 as printed or '', 二级 or '', 三级, 指标值, 分值)
        ("产出指标(30-50)分", "数量指标", "维修改造管理用房面积", "≥3600平方米", "12"),
        ("", "", "更换消防及安防设施", "≥48套", "10"),
        ("", "质量指标", "维修工程验收合格率", "=100%", "10"),
        ("", "时效指标", "工程竣工时间", "2024年2月底前", "8"),
        ("成本指标(0-20)分", "经济成本指标", "每平方米维修改造成本", "≤1650元", "10"),
        ("效益指标(20-40)分", "社会效益指标", "年接待研学团队", "≥120批次", "10"),
        ("", "生态效益指标", "建筑垃圾资源化利用率", "≥60%", "10"),
        ("", "可持续影响指标", "用房维护管理制度", "健全", "10"),
        ("满意度指标(0-10)分", "服务对象满意度指标", "院内职工及游客满意度", "≥90%", "10"),
    ]
    check(sum(int(r[4]) for r in rows) == 90, "大足 weights add up to 90")
    goal = "完成石刻研究院管理用房3600平方米维修改造，更换消防及安防设施48套，保障文物保护管理工作正常开展。"
    table: list[list[str]] = [
        ["项目名称", project, "", "", ""],
        ["预算单位", unit, "业务主管部门", department, ""],
        ["项目分类", "资产资源类--房屋类", "建设周期", "2023年4月-2024年2月", ""],
    ]
    for i, (label, _item, amount) in enumerate(money_rows):
        table.append(["项目资金（万元）" if i == 0 else "", label, "", amount, ""])
    table.append(["年度绩效目标", goal, "", "", ""])
    table.append(["年度绩效目标（90分）", "", "", "", ""])
    table.append(["一级指标", "二级指标", "三级指标", "指标值", "分值"])
    first_indicator = len(table)
    for row in rows:
        table.append(list(row))
    merges: list[Merge] = [(0, 1, 0, 4), (1, 3, 1, 4), (2, 3, 2, 4), (3, 0, 6, 0), (7, 1, 7, 4), (8, 0, 8, 4)]
    for r in range(3, 7):
        merges += [(r, 1, r, 2), (r, 3, r, 4)]
    merges += down_merges(table, 0, first_indicator, len(table) - 1)
    merges += down_merges(table, 1, first_indicator, len(table) - 1, stop_column=0)
    docx = docx_bytes(["重庆市大足区项目支出绩效目标审批表", "（2024年度）"], table, merges,
                      ["年度预算执行率：100%        分值：10分",
                       "审批单位（盖章）：重庆市大足区财政局        审批日期：2024年3月15日"],
                      widths_cm=[4.0, 4.0, 7.0, 5.0, 3.0])
    level1 = None
    level2 = None
    indicators = []
    for first, second, name, target_raw, weight in rows:
        level1 = first.split("(")[0] if first else level1
        level2 = second or level2
        indicators.append(indicator(level1, level2, name, target_raw, weight=float(weight)))
    expected = form(fiscal_year=2024, project_name=project, reporting_unit=unit, department=department,
                    project_class="资产资源类--房屋类", start_date="2023-04-01", end_date="2024-02-29",
                    budget_lines=[money(item, label, amount) for label, item, amount in money_rows],
                    indicators=indicators)
    write("chongqing_dazu_approval_targets_merged-cells_2024.docx", docx, "target_form",
          "重庆 大足区 项目支出绩效目标审批表 (2024年度), a real .docx (python-docx, landscape): value cells gridSpan, the "
          "money label '项目资金（万元）' vMerged over 4 rows with each line label spanning 2 columns, a caption row "
          "'年度绩效目标（90分）' spanning the table, 一级 vMerged per block with weight RANGES in the label "
          "('产出指标(30-50)分', '成本指标(0-20)分' ...; level1 drops the range), 二级 vMerged where it repeats. "
          "预算单位 -> reporting_unit, 业务主管部门 -> department. 项目分类 '资产资源类--房屋类' -> project_class (the "
          "classification the 2024 项目类别 column holds elsewhere; project_type null). 建设周期 '2023年4月-2024年2月' -> "
          "start_date 2023-04-01 and end_date 2024-02-29 (a month range: its first and its last day; a user filtering by "
          "date expects the whole month). Money x10000: 项目总预算 total_budget, 当年年度预算 current_year_budget, "
          "其中：财政资金 fiscal_appropriation, 其中：其它资金 other_funds (parent null, one column; blind9 铜梁 "
          "precedent); 580 + 40 = 620. 分值 column -> indicator weight (a target form: no scores rows, no evaluation; "
          "weights add up to 90, and each block's sum lies in its range: 40, 10, 30, 10). '年度预算执行率：100% 分值：10分' "
          "below the table is not an indicator and not a money line. 成本指标 is a 一级 here (its 二级 经济成本指标 "
          "follows). '≥3600平方米' -> 3600 平方米; '≥120批次' unit 批次; '≤1650元' -> 1650 元; '2024年2月底前' and "
          "'健全' are word targets. The 审批单位 line is not data.",
          [expected])


if __name__ == "__main__":
    hailing()
    gaogang()
    wanzhou()
    dazu()
    print("docs_a done")
