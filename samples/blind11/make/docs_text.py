"""Group 3 of blind11: four forms in text shapes other tools produce: one line with single spaces, glued with no
separators at all, `pdftotext -layout` of a LibreOffice PDF, `pdftotext -raw` of one.

Run: .venv/bin/python samples/blind11/make/docs_text.py"""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from common import check, docx_table, docx_to_pdf, evaluation, form, indicator, leaf_scores, line, rate, score, write

M = ("^",)
L = ("<",)


# ---------------------------------------------------------------- 9. 广西 桂林 阳朔县 T-NAT 自评表, ONE line, single spaces
def yangshuo() -> None:
    name = "guangxi_guilin-yangshuo_lijiang_nat_selfeval_one-line_2023.txt"
    project = "阳朔县2023年漓江流域生态保护修复项目"
    check(rate("652.8", "680") == 96.0, "rate")
    rows = [
        ("产出指标", "数量指标", "修复岸线长度", "≥12.5公里", "12.8公里", 10, 10, "—"),
        ("产出指标", "数量指标", "补植乡土树种", "≥3.6万株", "3.72万株", 10, 10, "—"),
        ("产出指标", "质量指标", "苗木成活率", "≥90%", "87%", 10, 9, "夏季干旱导致部分苗木死亡，已安排补植"),
        ("产出指标", "时效指标", "项目完成时限", "2023年11月底前", "2023年11月", 10, 10, "—"),
        ("产出指标", "成本指标", "每公里岸线修复成本", "≤52万元", "50.6万元", 10, 10, "—"),
        ("效益指标", "生态效益指标", "水土流失治理面积", "≥180公顷", "185公顷", 15, 15, "—"),
        ("效益指标", "可持续影响指标", "修复工程管护期限", "≥3年", "3年", 15, 15, "—"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "94%", 10, 10, "—"),
    ]
    total = round(9.6 + sum(r[6] for r in rows), 2)
    check(total == 98.6 and 10 + sum(r[5] for r in rows) == 100, "sums")
    parts = ["项目支出绩效自评表", "（2023年度）", "项目名称", project, "主管部门", "阳朔县自然资源局", "实施单位",
             "阳朔县生态修复中心", "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
             "年度资金总额", "680", "680", "652.8", "10", "96.00%", "9.6",
             "其中：当年财政拨款", "680", "680", "652.8", "—", "96.00%", "—",
             "上年结转资金", "0", "0", "0", "—", "—", "—",
             "其他资金", "0", "0", "0", "—", "—", "—",
             "年度总体目标", "预期目标", "实际完成情况", "完成漓江流域重点岸线生态修复，改善流域生态环境。",
             "按计划完成岸线修复和补植任务，流域生态环境明显改善。",
             "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    prev = ("", "")
    for l1, l2, n, tg, ac, w, s, why in rows:
        if l1 != prev[0]:
            parts.append(l1)
        if (l1, l2) != prev:
            parts.append(l2)
        prev = (l1, l2)
        parts += [n, tg, ac, f"{w:g}", f"{s:g}", why]
    parts += ["总分", "100", f"{total:g}", "自评等级", "优", "填报人：韦海燕", "联系电话：0773-8822xxx"]
    check(all(" " not in p for p in parts), "no blank inside a cell")
    indicators = [indicator(l1, l2, n, tg, ac, w, s) for l1, l2, n, tg, ac, w, s, _ in rows]
    check(indicators[1]["value"] == 36000.0 and indicators[1]["actual_value"] == 37200.0, "万株")
    check(indicators[4]["value"] == 520000.0 and indicators[4]["actual_value"] == 506000.0, "万元")
    check(indicators[3]["actual_value"] is None, "date actual")
    money_lines = [line("current_year_budget", "年度资金总额", "680", initial="680", actual="652.8", rate=96.0),
                   line("fiscal_appropriation", "其中：当年财政拨款", "680", initial="680", actual="652.8", rate=96.0),
                   line("carryover", "上年结转资金", "0", initial="0", actual="0", rate=None),
                   line("other_funds", "其他资金", "0", initial="0", actual="0", rate=None)]
    scores = [score(0, "总分", 100, total), score(1, "预算执行率", 10, 9.6)] + leaf_scores(indicators)
    notes = ("Blind sample (blind11): 广西 桂林 阳朔县 项目支出绩效自评表 (2023年度, T-NAT), the whole form on ONE line with a single "
             "space between cells (F7; no cell contains a blank). Merged cells vanish: the 一级 is printed once per block and the 二级 once "
             "where it repeats ('数量指标' only before the first of its two rows); both are filled down by meaning. Money x10000: amount "
             "全年预算数, initial 年初预算数, actual 全年执行数; 652.8/680 = 96.00 %, 得分 9.6; 其中：当年财政拨款 -> fiscal_appropriation, "
             "上年结转资金 0/0/0 -> carryover (amounts 0.00, rate '—' -> null), 其他资金 likewise other_funds. Indicators: '≥3.6万株' -> "
             "36000 株 (actual '3.72万株' -> 37200), '≤52万元' -> 520000 元 (actual 506000), deadline '2023年11月底前' a word target with "
             "actual '2023年11月' (actual_value null); '—' in 偏差原因 is N/A. 成本指标 a 二级 under 产出指标. Scores: 总分 100 / 98.6 (= 9.6 + "
             "89); level 1 预算执行率 10 / 9.6 only (no block weights printed), leaves parent_code null. Grade '优'. Evaluation money from "
             "年度资金总额. The 年度总体目标 sentences have no figures; the 填报人/联系电话 cells at the end are not data.")
    write(name, " ".join(parts) + "\n", "self_evaluation", notes, [form(
        fiscal_year=2023, project_name=project, reporting_unit="阳朔县生态修复中心", department="阳朔县自然资源局",
        budget_lines=money_lines, indicators=indicators, scores=scores,
        evaluation=evaluation(2023, project, total, "优", "680", "652.8", 96.0))])


# ---------------------------------------------------------------- 10. 云南 曲靖 陆良县 目标表, glued with NO separators at all
def luliang() -> None:
    name = "yunnan_qujing-luliang_soil_targets_glued-one-run_2022.txt"
    project = "陆良县2022年耕地质量提升项目"
    rows = [
        ("产出指标", "数量指标", "施用有机肥面积", "≥2.5万亩"),
        ("产出指标", "数量指标", "测土配方施肥覆盖率", "≥92%"),
        ("产出指标", "质量指标", "耕地质量等级提升", "≥0.3等"),
        ("产出指标", "时效指标", "项目完成时间", "2022年12月底前"),
        ("产出指标", "成本指标", "每亩补助标准", "≤180元/亩"),
        ("效益指标", "经济效益指标", "亩均节本增效", "≥120元"),
        ("效益指标", "生态效益指标", "化肥使用量减少", "≥5%"),
        ("效益指标", "可持续影响指标", "土壤有机质含量年均提升", "≥0.1个百分点"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ]
    check(395.6 + 20 == 415.6, "money sum")
    parts = ["项目支出绩效目标表", "（2022年度）", "项目名称", project, "主管部门", "陆良县农业农村局", "实施单位",
             "陆良县农业技术推广中心", "项目资金（万元）", "年度资金总额", "415.6", "其中：财政拨款", "395.6", "其他资金", "20",
             "年度总体目标", "通过增施有机肥、推广测土配方施肥，改善土壤理化性状，提高耕地综合生产能力。",
             "绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]
    prev = ("", "")
    for l1, l2, n, tg in rows:
        if l1 != prev[0]:
            parts.append(l1)
        if (l1, l2) != prev:
            parts.append(l2)
        prev = (l1, l2)
        parts += [n, tg]
    indicators = [indicator(l1, l2, n, tg) for l1, l2, n, tg in rows]
    check(indicators[0]["value"] == 25000.0 and indicators[2]["unit"] == "等" and indicators[7]["unit"] == "个百分点", "targets")
    money_lines = [line("current_year_budget", "年度资金总额", "415.6"),
                   line("fiscal_appropriation", "其中：财政拨款", "395.6"),
                   line("other_funds", "其他资金", "20")]
    notes = ("Blind sample (blind11): 云南 曲靖 陆良县 项目支出绩效目标表 (2022年度), every cell glued to the next with NO separator at "
             "all and no line break (F8, one run), so '年度资金总额415.6其中：财政拨款395.6其他资金20年度总体目标…' and "
             "'…2022年12月底前成本指标每亩补助标准≤180元/亩效益指标…'. Merged cells vanish (一级 once per block, 二级 once where it repeats: "
             "'数量指标' before the first of its two rows); filled down by meaning. Money x10000: 年度资金总额 415.6 -> current_year_budget, "
             "其中：财政拨款 395.6 -> fiscal_appropriation (parent null), 其他资金 20 -> other_funds; 395.6 + 20 = 415.6. Targets: '≥2.5万亩' -> "
             "25000 亩, '≥0.3等' unit '等', '2022年12月底前' a word target, '≤180元/亩', '≥0.1个百分点' unit '个百分点'. 成本指标 a 二级 under "
             "产出指标 (no 二级 follows it). The 年度总体目标 sentence has no figures. No 分值: target_form.")
    write(name, "".join(parts) + "\n", "target_form", notes, [form(
        fiscal_year=2022, project_name=project, reporting_unit="陆良县农业技术推广中心", department="陆良县农业农村局",
        budget_lines=money_lines, indicators=indicators)])


def pdf_text(doc, mode: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "form.docx"
        doc.save(path)
        pdf = docx_to_pdf(path, Path(tmp))
        return subprocess.run(["pdftotext", mode, "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                              text=True).stdout


# ---------------------------------------------------------------- 11. 贵州 遵义 湄潭县 2024 申报表, pdftotext -layout
def meitan() -> None:
    from docx import Document
    from docx.shared import Pt
    name = "guizhou_zunyi-meitan_tea_targets_pdftotext-layout_2024.txt"
    project = "湄潭县2024年茶园绿色防控项目"
    rows = [
        ("产出指标", "数量指标", "绿色防控覆盖面积", "≥6.8万亩"),
        ("产出指标", "数量指标", "安装太阳能杀虫灯", "≥1200盏"),
        ("产出指标", "质量指标", "茶叶农残抽检合格率", "=100%"),
        ("产出指标", "时效指标", "防控物资发放时间", "2024年4月底前"),
        ("成本指标", "经济成本指标", "每亩防控成本", "≤30元"),
        ("效益指标", "经济效益指标", "茶青亩均增收", "≥300元"),
        ("效益指标", "社会效益指标", "带动茶农户数", "≥1.5万户"),
        ("效益指标", "生态效益指标", "化学农药使用量减少", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"),
    ]
    check(366 + 20 == 386 and 200 + 10 == 210, "money sums")
    grid: list[list] = [
        ["项目名称", project, L, L, L],
        ["主管部门", "湄潭县农业农村局", L, "实施单位", "湄潭县茶产业发展中心"],
        ["项目性质", "延续项目", L, "项目类别", "特定目标类"],
        ["项目期限", "2024年1月1日至2024年12月31日", L, L, L],
        ["项目资金（万元）", "项目资金总额", "386.00", "年度资金申请总额", "210.00"],
        [M, "其中：财政资金", "366.00", "其中：财政资金", "200.00"],
        [M, "其他资金", "20.00", "其他资金", "10.00"],
        ["总体目标", "三年内实现全县茶园绿色防控全覆盖，茶叶质量安全水平稳步提升。", L, L, L],
        ["年度绩效目标", "推广茶园绿色防控技术，减少化学农药使用，保障茶叶质量安全，促进茶农增收。", L, L, L],
        ["一级指标", "二级指标", "三级指标", "指标值", L],
    ]
    for i, (l1, l2, n, tg) in enumerate(rows):
        c1 = M if i > 0 and rows[i - 1][0] == l1 else l1
        c2 = M if i > 0 and rows[i - 1][:2] == (l1, l2) else l2
        grid.append([c1, c2, n, tg, L])
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("2024年度项目支出绩效目标申报表")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("单位：万元")
    docx_table(doc, grid, font_pt=10)
    doc.add_paragraph("填报单位（盖章）：湄潭县茶产业发展中心　　　填报日期：2024年1月10日")
    text = pdf_text(doc, "-layout")
    indicators = [indicator(l1, l2, n, tg) for l1, l2, n, tg in rows]
    check(indicators[0]["value"] == 68000.0 and indicators[6]["value"] == 15000.0 and indicators[1]["unit"] == "盏", "targets")
    money_lines = [line("total_budget", "项目资金总额", "386.00"),
                   line("current_year_budget", "年度资金申请总额", "210.00"),
                   line("fiscal_appropriation", "其中：财政资金", "366.00", parent="项目资金总额"),
                   line("fiscal_appropriation", "其中：财政资金", "200.00"),
                   line("other_funds", "其他资金", "20.00", parent="项目资金总额"),
                   line("other_funds", "其他资金", "10.00")]
    notes = ("Blind sample (blind11): 贵州 遵义 湄潭县 2024年度项目支出绩效目标申报表, a python-docx table (5 equal columns, merged "
             "cells) printed to PDF by LibreOffice and extracted with `pdftotext -layout`; the text is kept as extracted (long cells wrap "
             "onto a second line, digits get a space from CJK: '2024 年'). Header: 项目性质 '延续项目' -> project_type, 项目类别 '特定目标类' "
             "-> project_class (2024 forms); 项目期限 '2024年1月1日至2024年12月31日' -> start/end dates. Money ('单位：万元' caption, and the "
             "'项目资金（万元）' label) x10000, the two-column block of 2024 forms read row by row, left before right: 项目资金总额 386 -> "
             "total_budget, 年度资金申请总额 210 -> current_year_budget, left 其中：财政资金 366 and 其他资金 20 with parent_label '项目资金总额', "
             "right 其中：财政资金 200 and 其他资金 10 with parent null (docs/expectations.md); 366 + 20 = 386, 200 + 10 = 210. Indicators: "
             "成本指标 is a 一级 here (经济成本指标 follows it; level1_std 成本); '≥6.8万亩' -> 68000 亩, '≥1.5万户' -> 15000 户, '≥1200盏' "
             "unit '盏', '2024年4月底前' a word target. 总体目标/年度绩效目标 texts have no figures. The 填报单位/填报日期 line is not data. "
             "No 分值: target_form.")
    write(name, text, "target_form", notes, [form(
        fiscal_year=2024, project_name=project, reporting_unit="湄潭县茶产业发展中心", department="湄潭县农业农村局",
        project_type="延续项目", project_class="特定目标类", start_date="2024-01-01", end_date="2024-12-31",
        budget_lines=money_lines, indicators=indicators)])


# ---------------------------------------------------------------- 12. 山东 临沂 沂水县 部门整体支出绩效自评表, pdftotext -raw
def yishui() -> None:
    from docx import Document
    from docx.shared import Pt
    name = "shandong_linyi-yishui_medinsurance_dept_selfeval_pdftotext-raw_2023.txt"
    unit_name = "沂水县医疗保障局"
    money_rows = [
        ("年度资金总额", "2,350.00", "2,486.30", "2,441.52", "10", "98.20%", "9.82"),
        ("其中：基本支出", "1,520.00", "1,560.30", "1,560.30", "—", "100.00%", "—"),
        ("项目支出", "830.00", "926.00", "881.22", "—", "95.16%", "—"),
    ]
    check(rate("2441.52", "2486.30") == 98.20 and rate("881.22", "926.00") == 95.16, "rates")
    check(abs(1560.30 + 926.00 - 2486.30) < 1e-9 and abs(1560.30 + 881.22 - 2441.52) < 1e-9, "sums")
    rows = [
        ("产出指标", "数量指标", "城乡居民医保参保人数", "≥86万人", "86.7万人", 10, 10, "—"),
        ("产出指标", "数量指标", "定点医药机构检查覆盖率", "=100%", "100%", 10, 10, "—"),
        ("产出指标", "质量指标", "医保基金支付准确率", "≥98%", "99.2%", 10, 10, "—"),
        ("产出指标", "时效指标", "零星报销结算时限", "≤20个工作日", "15个工作日", 10, 10, "—"),
        ("产出指标", "成本指标", "“三公”经费支出", "≤18万元", "16.4万元", 10, 10, "—"),
        ("效益指标", "社会效益指标", "基本医疗保险参保率", "≥95%", "96.1%", 15, 15, "—"),
        ("效益指标", "可持续影响指标", "医保基金运行", "收支平衡", "收支平衡", 15, 14, "基金支出增长较快"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "88.5%", 10, 9, "部分群众对异地就医备案流程不熟悉"),
    ]
    total = round(9.82 + sum(r[6] for r in rows), 2)
    check(total == 97.82 and 10 + sum(r[5] for r in rows) == 100, "sums")
    grid: list[list] = [
        ["部门（单位）名称", unit_name, L, L, L, L, L, L],
        ["年度预算资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ]
    for label, *vals in money_rows:
        grid.append([M, label, *vals])
    grid += [["年度总体目标", "预期目标", L, L, "实际完成情况", L, L, L],
             [M, "落实医疗保障待遇政策，确保医保基金安全平稳运行，提升医疗保障公共服务水平。", L, L,
              "全面落实医疗保障待遇政策，医保基金运行总体平稳，经办服务水平进一步提升。", L, L, L],
             ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    for i, (l1, l2, n, tg, ac, w, s, why) in enumerate(rows):
        c1 = M if i > 0 and rows[i - 1][0] == l1 else l1
        c2 = M if i > 0 and rows[i - 1][:2] == (l1, l2) else l2
        grid.append([c1, c2, n, tg, ac, f"{w:g}", f"{s:g}", why])
    grid.append(["总分", L, L, L, L, "100", f"{total:g}", ""])
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("部门整体支出绩效自评表")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("（2023年度）")
    docx_table(doc, grid, font_pt=9)
    doc.add_paragraph("填报人：刘建国　　审核人：张敏　　填报日期：2024年3月20日")
    text = pdf_text(doc, "-raw")
    indicators = [indicator(l1, l2, n, tg, ac, w, s) for l1, l2, n, tg, ac, w, s, _ in rows]
    check(indicators[0]["value"] == 860000.0 and indicators[0]["actual_value"] == 867000.0, "万人")
    check(indicators[4]["value"] == 180000.0 and indicators[4]["actual_value"] == 164000.0, "万元")
    check(indicators[3]["unit"] == "个工作日" and indicators[6]["actual_value"] is None, "units")
    indicators[4]["lenient"] = True  # -raw moves the quotes of '“三公”经费支出' away from 三公 ('“ ”' / '三公 经' / '费支出')
    money_lines = [line("current_year_budget", "年度资金总额", "2,486.30", initial="2,350.00", actual="2,441.52", rate=98.2),
                   line("component", "其中：基本支出", "1,560.30", parent="年度资金总额", initial="1,520.00",
                        actual="1,560.30", rate=100.0),
                   line("component", "项目支出", "926.00", parent="年度资金总额", initial="830.00", actual="881.22",
                        rate=95.16)]
    scores = [score(0, "总分", 100, total), score(1, "预算执行率", 10, 9.82)] + leaf_scores(indicators)
    notes = ("Blind sample (blind11): 山东 临沂 沂水县 部门整体支出绩效自评表 (2023年度), a python-docx table (8 equal columns, merged "
             "cells) printed to PDF by LibreOffice and extracted with `pdftotext -raw` (content-stream order: a row's cells come in "
             "order, a wrapped cell's lines follow each other, digits get a space from CJK). Dept-wide: project_name, department, "
             "reporting_unit = 部门（单位）名称. Money x10000 (label '年度预算资金（万元）', thousands commas): amount 全年预算数, initial "
             "年初预算数, actual 全年执行数, rate as printed; 年度资金总额 -> current_year_budget (2441.52/2486.30 = 98.20 %); '其中：基本支出' "
             "(label kept as written) and 项目支出 -> component with parent_label '年度资金总额' (dept-wide precedent); 1560.30 + 926.00 = "
             "2486.30, 1560.30 + 881.22 = 2441.52. Indicators: '≥86万人' -> 860000 人 (actual '86.7万人' -> 867000), '≤18万元' -> 180000 元 "
             "(actual 164000), '≤20个工作日' unit '个工作日', '收支平衡' a word target (actual_value null); the quotes in '“三公”经费支出' are "
             "part of the name, but -raw prints them apart ('“ ”' on its own line before '三公 经' / '费支出'), so that row is lenient (the name is the form's; where the quotes go cannot be read from this text); '—' in 偏差原因 is N/A. 成本指标 a 二级 under 产出指标. Scores: 总分 100 / 97.82 (= 9.82 + 88); level 1 "
             "预算执行率 10 / 9.82 only (no block weights printed), leaves parent_code null; no grade printed. Evaluation money from "
             "年度资金总额. The 填报人 line is not data.")
    write(name, text, "self_evaluation", notes, [form(
        fiscal_year=2023, project_name=unit_name, reporting_unit=unit_name, department=unit_name,
        budget_lines=money_lines, indicators=indicators, scores=scores,
        evaluation=evaluation(2023, unit_name, total, None, "2,486.30", "2,441.52", 98.2))])


if __name__ == "__main__":
    yangshuo()
    luliang()
    meitan()
    yishui()
