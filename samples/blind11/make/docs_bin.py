"""Group 2 of blind11: three forms of the original template families as real binaries
(.docx with merged cells, .xlsx with merge ranges, a PDF printed by LibreOffice from a .docx).

Run: .venv/bin/python samples/blind11/make/docs_bin.py"""
from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path

from common import (OUT, check, docx_table, docx_to_pdf, evaluation, form, indicator, leaf_scores, line, rate, score,
                    write)

M = ("^",)  # merged into the cell above
L = ("<",)  # merged into the cell on the left


# ---------------------------------------------------------------- 6. 河南 洛阳 栾川县 项目支出绩效目标申报表 2020 (.docx)
def luanchuan() -> None:
    from docx import Document
    from docx.shared import Pt
    name = "henan_luoyang-luanchuan_tourism_targets_merged-cells_2020.docx"
    project = "栾川县2020年乡村旅游从业人员技能培训项目"
    rows = [
        ("产出指标", "数量指标", "开展乡村旅游培训场次", "≥12场"),
        ("产出指标", "数量指标", "培训从业人员", "≥600人次"),
        ("产出指标", "质量指标", "培训考核合格率", "≥90%"),
        ("产出指标", "时效指标", "培训完成时间", "2020年10月底前"),
        ("产出指标", "成本指标", "人均培训成本", "≤350元"),
        ("效益指标", "经济效益指标", "带动乡村旅游综合收入增长", "≥8%"),
        ("效益指标", "社会效益指标", "新增旅游从业岗位", "≥150个"),
        ("效益指标", "可持续影响指标", "培训成果持续发挥作用年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥95%"),
    ]
    check(166.5 + 20 == 186.5, "money sum")
    grid: list[list] = [
        ["项目名称", project, L, L],
        ["主管部门", "栾川县文化广电和旅游局", "实施单位", "栾川县旅游发展服务中心"],
        ["项目类别", "经常性专项业务费", "是否含有政府购买服务", "否"],
        ["计划开始日期", "2020年1月1日", "计划完成日期", "2020年12月31日"],
        ["项目资金（万元）", "项目总预算", "186.50", L],
        [M, "项目当年预算", "186.50", L],
        [M, "其中：财政资金", "166.50", L],
        [M, "其他资金", "20.00", L],
        ["年度绩效目标", "全年开展乡村旅游从业人员技能培训，提升从业人员服务技能和经营管理水平，促进乡村旅游提质增效。", L, L],
        ["一级指标", "二级指标", "三级指标", "指标值"],
    ]
    for i, (l1, l2, n, tg) in enumerate(rows):
        c1 = M if i > 0 and rows[i - 1][0] == l1 else l1
        c2 = M if i > 0 and rows[i - 1][:2] == (l1, l2) else l2
        grid.append([c1, c2, n, tg])
    doc = Document()
    title = doc.add_paragraph()
    run = title.add_run("2020年度项目支出绩效目标申报表")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("填报单位（盖章）：栾川县旅游发展服务中心")
    docx_table(doc, grid, [3.0, 3.6, 5.4, 4.0], font_pt=10)
    doc.add_paragraph("填报人：王丽娟　　联系电话：0379-66821xxx　　填报日期：2019年12月20日")
    buffer = io.BytesIO()
    doc.save(buffer)
    indicators = [indicator(l1, l2, n, tg) for l1, l2, n, tg in rows]
    check(indicators[1]["unit"] == "人次" and indicators[3]["qualitative"] == "2020年10月底前", "targets")
    money_lines = [line("total_budget", "项目总预算", "186.50"), line("current_year_budget", "项目当年预算", "186.50"),
                   line("fiscal_appropriation", "其中：财政资金", "166.50"), line("other_funds", "其他资金", "20.00")]
    notes = ("Blind sample (blind11): 河南 洛阳 栾川县 2020年度项目支出绩效目标申报表, a real .docx (python-docx) with merged cells: "
             "项目名称 and 年度绩效目标 values gridSpan over 3 columns, amounts over 2, the money label '项目资金（万元）' vMerged down over 4 "
             "rows, 一级 vMerged per block and 二级 vMerged where it repeats (数量指标 over 2 rows). 项目类别 '经常性专项业务费' -> "
             "project_type (2020 form); 是否含有政府购买服务 '否' -> includes_procurement false; 计划开始/完成日期 -> 2020-01-01 / 2020-12-31; "
             "fiscal_year 2020 from the title '2020年度'. Money x10000: 项目总预算 -> total_budget, 项目当年预算 -> current_year_budget, "
             "其中：财政资金 -> fiscal_appropriation (parent null), 其他资金 -> other_funds; 166.50 + 20 = 186.50. Targets: '≥600人次' unit "
             "'人次', '2020年10月底前' a word target (deadline precedent), '≤350元', '≥3年'. 成本指标 a 二级 under 产出指标. The 填报单位 line "
             "above and the 填报人/联系电话/填报日期 line below the table are not data. No 分值: target_form.")
    write(name, buffer.getvalue(), "target_form", notes, [form(
        fiscal_year=2020, project_name=project, reporting_unit="栾川县旅游发展服务中心", department="栾川县文化广电和旅游局",
        project_type="经常性专项业务费", includes_procurement=False, start_date="2020-01-01", end_date="2020-12-31",
        budget_lines=money_lines, indicators=indicators)])


# ---------------------------------------------------------------- 7. 广东 韶关 乐昌市 项目支出绩效自评表 2022 (.xlsx)
def lechang() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    name = "guangdong_shaoguan-lechang_water_nat_selfeval_merged-ranges_2022.xlsx"
    project = "乐昌市2022年农村供水保障工程项目"
    money_rows = [  # label, 年初, 全年, 执行, 分值, 执行率 (fraction cell), 得分
        ("年度资金总额", 240, 252, 247.8, 10, 0.9833, 9.83),
        ("其中：当年财政拨款", 240, 240, 236.4, "—", 0.985, "—"),
        ("上年结转资金", 0, 12, 11.4, "—", 0.95, "—"),
        ("其他资金", 0, 0, 0, "—", "—", "—"),
    ]
    check(rate("247.8", "252") == 98.33 and rate("236.4", "240") == 98.5 and rate("11.4", "12") == 95.0, "rates")
    rows = [
        ("产出指标", "数量指标", "新建农村供水管网", "≥48公里", "49.2公里", 15, 15, ""),
        ("产出指标", "数量指标", "改造集中供水工程", "≥6处", "6处", 10, 10, ""),
        ("产出指标", "质量指标", "供水水质达标率", "=100%", "100%", 10, 10, ""),
        ("产出指标", "时效指标", "工程完工及时率", "≥95%", "92%", 10, 9, "受汛期影响，2处工程延期完工"),
        ("产出指标", "成本指标", "工程建设成本控制率", "≤100%", "98.3%", 5, 5, ""),
        ("效益指标", "社会效益指标", "受益人口", "≥2.6万人", "2.65万人", 15, 15, ""),
        ("效益指标", "可持续影响指标", "工程设施正常运行年限", "≥15年", "15年", 15, 15, ""),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "95.6%", 10, 10, ""),
    ]
    total = round(9.83 + sum(r[6] for r in rows), 2)
    check(total == 98.83 and 10 + sum(r[5] for r in rows) == 100, "score sums")
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    thin = Side(style="thin")
    put = lambda r, c, v: ws.cell(row=r, column=c, value=v)  # noqa: E731
    put(1, 1, "项目支出绩效自评表"); ws.merge_cells("A1:I1")
    put(2, 1, "（2022年度）"); ws.merge_cells("A2:I2")
    put(3, 1, "项目名称"); ws.merge_cells("A3:B3"); put(3, 3, project); ws.merge_cells("C3:I3")
    put(4, 1, "主管部门"); ws.merge_cells("A4:B4"); put(4, 3, "乐昌市水务局"); ws.merge_cells("C4:E4")
    put(4, 6, "实施单位"); put(4, 7, "乐昌市农村供水管理所"); ws.merge_cells("G4:I4")
    put(5, 1, "项目资金（万元）"); ws.merge_cells("A5:B9")
    for c, head in enumerate(["", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"], start=3):
        if head:
            put(5, c, head)
    for i, (label, a, b, e, w, r_, s) in enumerate(money_rows):
        r = 6 + i
        put(r, 3, label); put(r, 4, a); put(r, 5, b); put(r, 6, e); put(r, 7, w); put(r, 8, r_); put(r, 9, s)
        for c in (4, 5, 6):
            ws.cell(row=r, column=c).number_format = "0.00"
        if isinstance(r_, float):
            ws.cell(row=r, column=8).number_format = "0.00%"
    # the money block head's first cell (row 5, col 3) is blank: the labels column
    put(10, 1, "年度总体目标"); ws.merge_cells("A10:A11")
    put(10, 2, "预期目标"); ws.merge_cells("B10:E10"); put(10, 6, "实际完成情况"); ws.merge_cells("F10:I10")
    put(11, 2, "新建和改造农村集中供水工程，提升农村供水保障水平，让农村群众喝上放心水。"); ws.merge_cells("B11:E11")
    put(11, 6, "完成年度建设任务，农村供水保障水平明显提升。"); ws.merge_cells("F11:I11")
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    put(12, 1, "绩效指标"); ws.merge_cells(f"A12:A{12 + len(rows)}")
    for c, head in enumerate(heads, start=2):
        if c <= 9:
            put(12, c, head)
    # 9 columns: 绩效指标 | 一级 | 二级 | 三级 | 指标值 | 完成值 | 分值 | 得分 | 偏差原因 (last head)
    ws.cell(row=12, column=9, value="偏差原因分析及改进措施")
    start = 13
    for i, (l1, l2, n, tg, ac, w, s, why) in enumerate(rows):
        r = start + i
        if i == 0 or rows[i - 1][0] != l1:
            put(r, 2, l1)
            span = sum(1 for x in rows if x[0] == l1)
            if span > 1:
                ws.merge_cells(start_row=r, start_column=2, end_row=r + span - 1, end_column=2)
        if i == 0 or rows[i - 1][:2] != (l1, l2):
            put(r, 3, l2)
            span = sum(1 for x in rows if x[:2] == (l1, l2))
            if span > 1:
                ws.merge_cells(start_row=r, start_column=3, end_row=r + span - 1, end_column=3)
        put(r, 4, n); put(r, 5, tg); put(r, 6, ac); put(r, 7, w); put(r, 8, s); put(r, 9, why or None)
    end = start + len(rows)
    put(end, 1, "总分"); ws.merge_cells(f"A{end}:F{end}"); put(end, 7, 100); put(end, 8, total)
    put(end + 2, 1, "填报单位（盖章）：乐昌市农村供水管理所　　填报日期：2023年3月15日")
    ws.merge_cells(f"A{end + 2}:I{end + 2}")
    for row in ws.iter_rows(min_row=1, max_row=end, max_col=9):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            cell.font = Font(name="宋体", size=10)
    for col, width in zip("ABCDEFGHI", [8, 12, 14, 22, 12, 12, 8, 8, 24]):
        ws.column_dimensions[col].width = width
    buffer = io.BytesIO()
    wb.save(buffer)
    indicators = [indicator(l1, l2, n, tg, ac, w, s) for l1, l2, n, tg, ac, w, s, _ in rows]
    check(indicators[5]["value"] == 26000.0 and indicators[5]["actual_value"] == 26500.0, "万人")
    money_lines = [line("current_year_budget", "年度资金总额", "252", initial="240", actual="247.8", rate=98.33),
                   line("fiscal_appropriation", "其中：当年财政拨款", "240", initial="240", actual="236.4", rate=98.5),
                   line("carryover", "上年结转资金", "12", initial="0", actual="11.4", rate=95.0),
                   line("other_funds", "其他资金", "0", initial="0", actual="0", rate=None)]
    scores = [score(0, "总分", 100, total), score(1, "预算执行率", 10, 9.83)] + leaf_scores(indicators)
    notes = ("Blind sample (blind11): 广东 韶关 乐昌市 项目支出绩效自评表 (2022年度, T-NAT), a real .xlsx (openpyxl) with merge ranges: "
             "title rows across A:I, the money label '项目资金（万元）' merged A5:B9 (down and across), 年度总体目标 A10:A11 with its two "
             "texts merged across, an outer '绩效指标' column merged down over the head and all 8 indicator rows, 一级 merged per block, "
             "二级 merged where it repeats (数量指标 C13:C14), 总分 label merged A:F. Amounts, 分值 and 得分 are numeric cells; 执行率 cells "
             "are fractions formatted as percent (0.9833 shows 98.33 %, 0.985, 0.95) -> rates 98.33 / 98.5 / 95.0 (x100; blind10 高港 "
             "precedent). Money x10000: amount 全年预算数（A）, initial 年初预算数, actual 全年执行数（B）; 247.8/252 = 98.33 %, 236.4/240 = "
             "98.50 %, 11.4/12 = 95.00 %; 240 + 12 = 252; 其他资金 0/0/0 with '—' rate -> amounts 0.00, rate null. Indicators: '≥2.6万人' -> "
             "26000 人 (actual '2.65万人' -> 26500); '≤100%' a cost-control rate. Scores: 总分 100 / 98.83 (= 9.83 + 89); level 1 预算执行率 "
             "10 / 9.83 only (no block weights printed), leaves parent_code null. No grade printed -> null. Evaluation money from 年度资金总额. "
             "The 年度总体目标 texts have no figures; the 填报单位/填报日期 line below is not data. 成本指标 a 二级 under 产出指标.")
    write(name, buffer.getvalue(), "self_evaluation", notes, [form(
        fiscal_year=2022, project_name=project, reporting_unit="乐昌市农村供水管理所", department="乐昌市水务局",
        budget_lines=money_lines, indicators=indicators, scores=scores,
        evaluation=evaluation(2022, project, total, None, "252", "247.8", 98.33))])


# ---------------------------------------------------------------- 8. 甘肃 天水 秦安县 绩效评价报告 with 评分表 (PDF by LibreOffice)
def qinan() -> None:
    from docx import Document
    from docx.shared import Pt
    name = "gansu_tianshui-qinan_apple_report_score_table_libreoffice_2023.pdf"
    project = "秦安县2023年苹果产业提质增效项目"
    firm = "甘肃恒信项目管理咨询有限公司"
    tree = [  # name, weight, [(name, weight, [(name, weight, actual, score)])]
        ("决策", 15, [("项目立项", 5, [("立项依据充分性", 3, "充分", 3), ("立项程序规范性", 2, "规范", 2)]),
                     ("绩效目标", 5, [("绩效目标合理性", 3, "基本合理", 2), ("绩效指标明确性", 2, "较明确", 1.5)]),
                     ("资金投入", 5, [("预算编制科学性", 5, "较科学", 4)])]),
        ("过程", 20, [("资金管理", 12, [("资金到位率", 4, "100%", 4), ("预算执行率", 4, "97.30%", 3.6),
                                       ("资金使用合规性", 4, "合规", 4)]),
                     ("组织实施", 8, [("管理制度健全性", 4, "基本健全", 3.5), ("制度执行有效性", 4, "较有效", 3)])]),
        ("产出", 35, [("产出数量", 15, [("低产果园改造完成率", 8, "102.4%", 8), ("水肥一体化设施建设完成率", 7, "91.25%", 6.2)]),
                     ("产出质量", 10, [("改造果园验收合格率", 10, "100%", 10)]),
                     ("产出时效", 5, [("项目完成及时性", 5, "基本及时", 4)]),
                     ("产出成本", 5, [("成本节约率", 5, "2.70%", 5)])]),
        ("效益", 30, [("项目效益", 30, [("果农亩均增收", 10, "580元", 9), ("带动务工就业人数", 10, "326人", 8),
                                       ("受益果农满意度", 10, "91.2%", 8.1)])]),
    ]
    total = 0.0
    for _, w1, kids in tree:
        check(sum(k[1] for k in kids) == w1, "level 2 weights")
        for _, w2, leaves in kids:
            check(sum(leaf[1] for leaf in leaves) == w2, "leaf weights")
            total += sum(leaf[3] for leaf in leaves)
    total = round(total, 2)
    check(total == 88.9 and sum(t[1] for t in tree) == 100, "total")
    check(rate("486.5", "500") == 97.3 and rate("186.5", "200") == 93.25, "rates")
    doc = Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(11)
    heading = doc.add_paragraph()
    run = heading.add_run(f"{project}绩效评价报告")
    run.bold = True
    run.font.size = Pt(16)
    for text in [f"评价机构：{firm}", "委托单位：秦安县财政局", "报告日期：2024年6月",
                 "一、项目基本情况",
                 f"项目名称：{project}", "项目实施单位：秦安县果业发展中心", "主管部门：秦安县农业农村局",
                 "项目主要内容为改造低产果园、建设水肥一体化设施。2023年项目预算安排500万元，实际支出486.5万元，预算执行率97.30%。"
                 "资金来源及使用情况见表1。",
                 "表1 项目资金来源及使用情况（单位：万元）"]:
        doc.add_paragraph(text)
    docx_table(doc, [["资金来源", "预算数", "实际支出数", "执行率"],
                     ["中央财政衔接推进乡村振兴补助资金", "300.00", "300.00", "100.00%"],
                     ["县级配套资金", "200.00", "186.50", "93.25%"],
                     ["合计", "500.00", "486.50", "97.30%"]], [6.5, 3, 3, 3], font_pt=10)
    for text in ["二、绩效目标", "（一）产出目标", "1.改造低产果园面积≥5000亩；", "2.新建水肥一体化设施≥800亩。",
                 "（二）效益目标", "3.果农亩均增收≥600元；", "4.受益果农满意度≥90%。",
                 "三、评价结论",
                 f"经评价，该项目综合得分{total:g}分，绩效评价等级为“良”。评分情况见表2。",
                 "表2 绩效评价指标体系及评分表"]:
        doc.add_paragraph(text)
    grid: list[list] = [["一级指标", "二级指标", "三级指标", "权重", "业绩值", "得分"]]
    for n1, w1, kids in tree:
        first1 = True
        for n2, w2, leaves in kids:
            first2 = True
            for n3, w3, actual, s3 in leaves:
                grid.append([f"{n1}（{w1}分）" if first1 else M, f"{n2}（{w2}分）" if first2 else M, n3, f"{w3:g}", actual,
                             f"{s3:g}"])
                first1 = first2 = False
    grid.append(["合计", L, L, "100", "", f"{total:g}"])
    docx_table(doc, grid, [2.6, 3.0, 5.0, 1.6, 2.4, 1.6], font_pt=10)
    for text in ["四、存在的问题", "部分项目绩效指标设置不够细化，项目完成时间较计划有所延后。",
                 "五、相关建议", "进一步细化绩效目标，加强项目实施进度管理。"]:
        doc.add_paragraph(text)
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "qinan_report.docx"
        doc.save(docx_path)
        pdf = docx_to_pdf(docx_path, Path(tmp))
        shutil.copyfile(pdf, OUT / name)
    scores = [score(0, "合计", 100, total)]
    for n1, w1, kids in tree:
        scores.append(score(1, n1, w1, None))
        for n2, w2, leaves in kids:
            scores.append(score(2, n2, w2, None, parent=n1))
            for n3, w3, actual, s3 in leaves:
                scores.append(score(3, n3, w3, s3, parent=n2, actual_raw=actual))
    targets = [indicator("产出目标", None, "改造低产果园面积", "≥5000亩", origin="report_targets"),
               indicator("产出目标", None, "新建水肥一体化设施", "≥800亩", origin="report_targets"),
               indicator("效益目标", None, "果农亩均增收", "≥600元", origin="report_targets"),
               indicator("效益目标", None, "受益果农满意度", "≥90%", origin="report_targets")]
    money_lines = [line("fiscal_appropriation", "中央财政衔接推进乡村振兴补助资金", "300.00", actual="300.00", rate=100.0),
                   line("fiscal_appropriation", "县级配套资金", "200.00", actual="186.50", rate=93.25),
                   line("current_year_budget", "合计", "500.00", actual="486.50", rate=97.3)]
    notes = ("Blind sample (blind11): 甘肃 天水 秦安县 绩效评价报告, a python-docx document printed to PDF by LibreOffice (soffice "
             "--headless --convert-to pdf); the .pdf is the sample. Header: 评价机构 -> evaluator, 委托单位 -> commissioned_by, '项目名称：' "
             "line -> project_name as written (stated in the report, so no stripping), 项目实施单位 -> reporting_unit, 主管部门 -> "
             "department; fiscal_year 2023 (the year evaluated). 表1 (单位：万元): the two funding sources are fiscal_appropriation lines "
             "(parent null; both are fiscal money), 合计 -> current_year_budget (blind8/9 precedent: 表1 合计 is current_year_budget); amounts "
             "= 预算数, actual = 实际支出数, rate as printed (186.5/200 = 93.25 %, 486.5/500 = 97.30 %). Evaluation: total 88.9, grade '良' "
             "(from the 评价结论 sentence), money from 合计. Year targets '1.…≥5000亩；' are report_targets with level1 = the heading "
             "without its '（一）' number ('产出目标', '效益目标'), level2 null, names without the '1.' number and the trailing '；'/'。'. 表2: no "
             "codes; level 1/2 names drop '（n分）', weight from the label, score null (none printed); parent_code = the parent's name; "
             "leaves carry 权重, 业绩值 (actual_raw as written, actual_value its number: '97.30%' -> 97.3, '580元' -> 580, words -> null) "
             "and 得分; 合计 level 0 100 / 88.9 (= the sum of the 18 leaf scores); 15+20+35+30 = 100. doc_kind evaluation_report.")
    write(name, None, "evaluation_report", notes, [form(
        fiscal_year=2023, project_name=project, reporting_unit="秦安县果业发展中心", department="秦安县农业农村局",
        budget_lines=money_lines, indicators=targets, scores=scores,
        evaluation=evaluation(2023, project, total, "良", "500.00", "486.50", 97.3, evaluator=firm,
                              commissioned_by="秦安县财政局"))])


if __name__ == "__main__":
    luanchuan()
    lechang()
    qinan()
