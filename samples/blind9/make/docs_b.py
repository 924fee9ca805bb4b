"""blind9, text shapes: eight documents, each drawn with its expectation from rows typed once.

Run: .venv/bin/python samples/blind9/make/docs_b.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (budget_line, evaluation, form, indicator, score_row, target, write_expectation,  # noqa: E402
                    write_text, yuan)

# A target row: (一级, 二级, 三级, target_raw, operator, value, unit). operator None = word target.
TargetRow = tuple[str, str, str, str, str | None, float | None, str | None]


def _targets(rows: list[TargetRow], weights: list[float] | None = None) -> list[dict]:
    out = []
    for i, (l1, l2, name, raw, op, value, unit) in enumerate(rows):
        out.append(indicator(l1, l2, name, target(raw, op, value, unit),
                             weight=None if weights is None else weights[i]))
    return out


# ---------------------------------------------------------------------------------------------------------------
# 1. 上海 松江区 T-SH 财政项目支出绩效目标申报表 2022, tab rows (merged cells left as empty leading fields)
# ---------------------------------------------------------------------------------------------------------------
def songjiang() -> None:
    doc = "shanghai_songjiang_tsh_targets_tabs_2022.txt"
    name = "松江区中小学校舍维修改造项目"
    rows: list[TargetRow] = [
        ("投入和管理目标", "预算执行", "预算执行率", ">=95.00(%)", ">=", 95, "%"),
        ("投入和管理目标", "预算执行", "项目完成及时率", "=100.00(%)", "=", 100, "%"),
        ("投入和管理目标", "财务管理", "资金使用合规性", "合规", None, None, None),
        ("产出目标", "数量", "校舍维修改造学校数", "=18(所)", "=", 18, "所"),
        ("产出目标", "数量", "维修改造建筑面积", ">=42000(平方米)", ">=", 42000, "平方米"),
        ("产出目标", "质量", "工程竣工验收合格率", "=100.00(%)", "=", 100, "%"),
        ("产出目标", "时效", "暑期施工计划完成率", ">=90.00(%)", ">=", 90, "%"),
        ("产出目标", "成本", "单位面积维修改造成本", "<=206(元/平方米)", "<=", 206, "元/平方米"),
        ("效果目标", "社会效益", "校舍安全隐患整改率", "=100.00(%)", "=", 100, "%"),
        ("效果目标", "社会效益", "施工安全责任事故数", "=0(起)", "=", 0, "起"),
        ("影响力目标", "长效管理", "校舍维修档案归档率", "=100.00(%)", "=", 100, "%"),
        ("影响力目标", "满意度", "师生满意度", ">=90.00(%)", ">=", 90, "%"),
    ]
    lines = [
        "上海市松江区财政项目支出绩效目标申报表",
        "（2022年度）",
        f"项目名称\t{name}",
        "主管部门\t上海市松江区教育局\t项目实施单位\t上海市松江区教育基建管理中心",
        "项目类别\t经常性项目\t是否含有政府购买服务\t否",
        "资金用途\t□货物类\t☑工程类\t□服务类\t□其他",
        "计划开始日期\t2022-03-01\t计划完成日期\t2022-12-31",
        "项目总预算（元）\t12,860,000.00\t项目当年预算（元）\t8,650,000.00",
        "项目概况\t全区共有中小学校舍建筑约两百万平方米，其中二十年以上校龄校舍占比较高，屋面渗漏、外墙脱落、给排水老化等问题较为突出。",
        "立项依据\t《上海市中小学校舍维修改造管理办法》；松江区教育事业发展“十四五”规划。",
        "项目设立的必要性\t消除校舍安全隐患，保障师生教学生活安全，改善办学条件。",
        "总目标\t用三年时间完成全区老旧校舍的系统性维修改造，建立校舍定期检测和维修长效机制。",
        "年度绩效目标\t利用暑期完成一批中小学校舍的屋面防水、外墙修缮和给排水改造，按期通过竣工验收，秋季开学前投入使用。",
        "一级指标\t二级指标\t三级指标\t年度指标值",
    ]
    prev_l1 = prev_l2 = None
    for l1, l2, l3, raw, *_ in rows:
        c1 = l1 if l1 != prev_l1 else ""
        c2 = l2 if (l1, l2) != (prev_l1, prev_l2) else ""
        lines.append(f"{c1}\t{c2}\t{l3}\t{raw}")
        prev_l1, prev_l2 = l1, l2
    lines += ["填报人：周伟\t联系电话：021-57812346\t填报日期：2021-10-15"]
    write_text(doc, "\n".join(lines))
    budget = [
        budget_line("total_budget", "项目总预算（元）", yuan("12,860,000.00", False)),
        budget_line("current_year_budget", "项目当年预算（元）", yuan("8,650,000.00", False)),
    ]
    notes = ("Blind sample (blind9): 上海 松江区 T-SH 财政项目支出绩效目标申报表 (2022年度), tab rows; merged 一级/二级 cells are "
             "empty leading fields (tab kept). project_type = 项目类别 (经常性项目, 2020-style form); fund_use = the ticked box 工程类; "
             "includes_procurement 否 -> false; dates ISO. Money in 元 as printed (label （元）): 项目总预算 total_budget, 项目当年预算 "
             "current_year_budget; header two pairs per row, left before right. Targets T-SH style: '>=95.00(%)' -> >= 95 %; "
             "'(所)', '(平方米)', '(元/平方米)', '(起)' brackets are the unit; '=0(起)' -> = 0 起 (blind2 '0起' precedent); '合规' a word "
             "target. level1_std: 投入和管理目标 -> 投入与管理, 效果目标 -> 效果, 影响力目标 -> 影响力; level2 as written ('数量', "
             "'满意度' under 影响力目标). Prose rows (项目概况 … 年度绩效目标) carry no target figures, so no goal_text rows. The "
             "填报人 line is not data. 206 x 42000 = 8,652,000 ~ 当年预算.")
    write_expectation(doc, "target_form", notes, [form(
        0, fiscal_year=2022, project_name=name, reporting_unit="上海市松江区教育基建管理中心",
        department="上海市松江区教育局", project_type="经常性项目", fund_use="工程类", includes_procurement=False,
        start_date="2022-03-01", end_date="2022-12-31", budget_lines=budget, indicators=_targets(rows))])


# ---------------------------------------------------------------------------------------------------------------
# 2. 重庆 铜梁区 项目支出绩效目标审批表 2023, one cell per line, blank cells dropped, 分值 column
# ---------------------------------------------------------------------------------------------------------------
def tongliang() -> None:
    doc = "chongqing_tongliang_approval_targets_cell-per-line-dropped_2023.txt"
    name = "铜梁区城乡供水一体化管网改造项目"
    rows: list[TargetRow] = [
        ("产出指标", "数量指标", "新建及改造供水管网长度", "≥46公里", ">=", 46, "公里"),
        ("产出指标", "数量指标", "更换智能远传水表数量", "≥5200只", ">=", 5200, "只"),
        ("产出指标", "质量指标", "管网末梢水压合格率", "≥95%", ">=", 95, "%"),
        ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "=", 100, "%"),
        ("产出指标", "时效指标", "项目完工时间", "2023年12月底前", None, None, None),
        ("成本指标", "经济成本指标", "每公里管网改造成本", "≤26万元", "<=", 260000, "元"),
        ("效益指标", "社会效益指标", "受益人口", "≥3.8万人", ">=", 38000, "人"),
        ("效益指标", "社会效益指标", "农村集中供水保障率", "≥98%", ">=", 98, "%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", ">=", 90, "%"),
    ]
    weights = [15, 10, 10, 10, 5, 10, 10, 10, 10]
    lines = [
        "重庆市铜梁区项目支出绩效目标审批表", "（2023年度）",
        "项目名称", name, "预算单位", "重庆市铜梁区水务事务中心", "业务主管部门", "重庆市铜梁区水利局",
        "实施期限", "2023年4月1日至2023年12月31日",
        "项目资金（万元）", "项目总预算", "2,480.00", "当年年度预算", "1,360.00",
        "其中：财政资金", "1,200.00", "其中：其它资金", "160.00",
        "年度绩效目标",
        "完成安居、少云、维新三个片区城乡供水管网改造，更换智能远传水表，提高农村集中供水保障水平，"
        "让片区群众喝上放心水。",
        "一级指标", "二级指标", "三级指标", "指标值", "分值",
    ]
    prev_l1 = prev_l2 = None
    for (l1, l2, l3, raw, *_), w in zip(rows, weights):
        if l1 != prev_l1:
            lines.append(l1)
        if (l1, l2) != (prev_l1, prev_l2):
            lines.append(l2)
        lines += [l3, raw, str(w)]
        prev_l1, prev_l2 = l1, l2
    lines += ["备注：年度预算执行率指标分值10分，由财政部门统一设置。", "审批单位（盖章）：重庆市铜梁区财政局"]
    write_text(doc, "\n".join(lines))
    budget = [
        budget_line("total_budget", "项目总预算", yuan("2,480.00", True)),
        budget_line("current_year_budget", "当年年度预算", yuan("1,360.00", True)),
        budget_line("fiscal_appropriation", "其中：财政资金", yuan("1,200.00", True)),
        budget_line("other_funds", "其中：其它资金", yuan("160.00", True)),
    ]
    notes = ("Blind sample (blind9): 重庆 铜梁区 项目支出绩效目标审批表 (2023年度), one cell per line, blank cells DROPPED (merged 一级/"
             "二级 printed once, nothing for the spanned cells). 预算单位 -> reporting_unit, 业务主管部门 -> department; 实施期限 "
             "'2023年4月1日至2023年12月31日' -> start/end dates. Money '项目资金（万元）' x10000: 项目总预算 total_budget, 当年年度预算 "
             "current_year_budget, 其中：财政资金 fiscal_appropriation, 其中：其它资金 other_funds (parent null: one column; blind8 "
             "宣汉 precedent for 其中 lines); 1200 + 160 = 1360. 分值 column -> indicator weight (target form: no scores rows; "
             "weights add up to 90, the 10 for 执行率 is only mentioned in the 备注 line, which is not data). 成本指标 is a 一级 here "
             "(2021+ template) with 二级 经济成本指标. '≤26万元' -> <= 260000 元; '≥3.8万人' -> 38000 人; bare '100%' -> =; "
             "'2023年12月底前' a word target (deadline precedent). The 年度绩效目标 prose carries no target figures. The 审批单位 "
             "line is not data.")
    write_expectation(doc, "target_form", notes, [form(
        0, fiscal_year=2023, project_name=name, reporting_unit="重庆市铜梁区水务事务中心",
        department="重庆市铜梁区水利局", start_date="2023-04-01", end_date="2023-12-31", budget_lines=budget,
        indicators=_targets(rows, weights))])


# ---------------------------------------------------------------------------------------------------------------
# 3. 吉林 四平 梨树县 provincial 自评表 with 扣分原因, Excel CSV (quoted thousands)
# ---------------------------------------------------------------------------------------------------------------
def lishu() -> None:
    doc = "jilin_siping-lishu_selfeval_deduction-reason_csv-excel_2023.txt"
    name = "梨树县黑土地保护性耕作补助项目"
    # (一级 as printed, 二级, 三级, target (raw, op, value, unit), actual_raw, actual_value, weight, score, 扣分原因)
    rows = [
        ("产出指标（50分）", "数量指标", "保护性耕作实施面积", ("≥150万亩", ">=", 1500000, "亩"), "152.6万亩", 1526000, 15, 15, ""),
        ("产出指标（50分）", "数量指标", "补助资金兑付农户数", ("≥1.2万户", ">=", 12000, "户"), "1.18万户", 11800, 10, 9.83,
         "部分农户外出务工，未及时确认作业面积"),
        ("产出指标（50分）", "质量指标", "作业质量抽检合格率", ("≥95%", ">=", 95, "%"), "96.4%", 96.4, 10, 10, ""),
        ("产出指标（50分）", "时效指标", "补助资金兑付时间", ("2023年11月底前", None, None, None), "2023年11月28日", None, 5, 5, ""),
        ("产出指标（50分）", "成本指标", "亩均作业补助标准", ("≤40元/亩", "<=", 40, "元/亩"), "40元/亩", 40, 10, 10, ""),
        ("效益指标（30分）", "经济效益指标", "亩均节本增效", ("≥50元", ">=", 50, "元"), "56元", 56, 10, 10, ""),
        ("效益指标（30分）", "生态效益指标", "土壤有机质含量", ("逐步提升", None, None, None), "逐步提升", None, 10, 10, ""),
        ("效益指标（30分）", "可持续影响指标", "保护性耕作技术推广覆盖率", ("≥60%", ">=", 60, "%"), "58.3%", 58.3, 10, 9.72,
         "部分乡镇免耕播种机具不足，已申请增加农机购置补贴"),
        ("满意度指标（10分）", "服务对象满意度指标", "项目区农户满意度", ("≥90%", ">=", 90, "%"), "93.5%", 93.5, 10, 10, ""),
    ]
    total_score = 99.32

    def cell(text: str) -> str:
        return f'"{text}"' if ("," in text or '"' in text) else text

    def csv_row(cells: list[str]) -> str:
        cells = cells + [""] * (9 - len(cells))
        return ",".join(cell(c) for c in cells)

    lines = [
        csv_row(["吉林省省级项目支出绩效自评表"]),
        csv_row(["（2023年度）"]),
        csv_row(["项目名称", name]),
        csv_row(["主管部门", "梨树县农业农村局", "", "", "实施单位", "梨树县农业技术推广总站"]),
        csv_row(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "扣分原因"]),
        csv_row(["", "年度资金总额", "1,200.00", "1,350.00", "1,318.60", "10", "97.67%", "9.77", "上年结转资金未全部支出"]),
        csv_row(["", "其中：当年财政拨款", "1,200.00", "1,200.00", "1,176.20", "—", "98.02%", "—", ""]),
        csv_row(["", "上年结转资金", "0.00", "150.00", "142.40", "—", "94.93%", "—", ""]),
        csv_row(["", "其他资金", "0.00", "0.00", "0.00", "—", "—", "—", ""]),
        csv_row(["年度总体目标", "预期目标", "", "", "", "实际完成情况"]),
        csv_row(["", "在全县推广玉米秸秆覆盖免耕播种等保护性耕作技术，按时足额兑付作业补助，保护和提升黑土地耕地质量。", "", "", "",
                 "全年完成保护性耕作作业并通过县级核查验收，补助资金于11月底前兑付到户，耕地质量稳中有升。"]),
        csv_row(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分原因"]),
    ]
    prev_l1 = prev_l2 = None
    for l1, l2, l3, tgt, a_raw, _, w, s, why in rows:
        c1 = l1 if l1 != prev_l1 else ""
        c2 = l2 if (l1, l2) != (prev_l1, prev_l2) else ""
        lines.append(csv_row(["", c1, c2, l3, tgt[0], a_raw, str(w), f"{s:g}", why]))
        prev_l1, prev_l2 = l1, l2
    lines += [csv_row(["总分", "", "", "", "", "", "100", f"{total_score:g}"]), csv_row(["自评等级", "优"]),
              csv_row(["填报人：孙丽娟", "", "", "", "联系电话：0434-5223187"])]
    write_text(doc, "\r\n".join(lines))
    w = True
    budget = [
        budget_line("current_year_budget", "年度资金总额", yuan("1,350.00", w), initial=yuan("1,200.00", w),
                    actual=yuan("1,318.60", w), rate=97.67),
        budget_line("fiscal_appropriation", "其中：当年财政拨款", yuan("1,200.00", w), initial=yuan("1,200.00", w),
                    actual=yuan("1,176.20", w), rate=98.02),
        budget_line("carryover", "上年结转资金", yuan("150.00", w), initial=yuan("0.00", w), actual=yuan("142.40", w),
                    rate=94.93),
        budget_line("other_funds", "其他资金", yuan("0.00", w), initial=yuan("0.00", w), actual=yuan("0.00", w)),
    ]
    indicators = []
    leaves = []
    for l1, l2, l3, (raw, op, value, unit), a_raw, a_val, wt, s, _ in rows:
        level1 = l1.split("（")[0]
        indicators.append(indicator(level1, l2, l3, target(raw, op, value, unit), actual_raw=a_raw, actual_value=a_val,
                                    weight=wt, score=s))
        leaves.append(score_row(3, l3, wt, s, parent=level1, actual_raw=a_raw, actual_value=a_val))
    scores = [score_row(0, "总分", 100, total_score), score_row(1, "预算执行率", 10, 9.77),
              score_row(1, "产出指标", 50, None), score_row(1, "效益指标", 30, None), score_row(1, "满意度指标", 10, None)]
    scores += leaves
    notes = ("Blind sample (blind9): 吉林 四平 梨树县, 吉林省省级项目支出绩效自评表 (2023年度) with a 扣分原因 column in the money "
             "and indicator blocks, saved from Excel as CSV (CRLF, quoted '1,200.00' amounts, padded to 9 fields). 主管部门 -> "
             "department, 实施单位 -> reporting_unit. Money x10000: amount 全年预算数, initial 年初预算数, actual 全年执行数, rate as "
             "printed (其他资金 '—' -> null, its 0.00 amounts kept). Checks: 1200 + 150 = 1350; 1176.20 + 142.40 = 1318.60; "
             "1318.6/1350 = 97.67 %; 10 x 97.67 % = 9.77. Indicators: level1 drops the printed block weight ('产出指标（50分）' -> "
             "产出指标; the weight makes a level-1 score row, as 宣汉's 绩效指标（90分）); '≥150万亩' -> 1500000 亩 and actual "
             "'152.6万亩' -> 1526000; '≥1.2万户' -> 12000 户, actual '1.18万户' -> 11800 (9.83 = 1.18/1.2 x 10); actual date "
             "'2023年11月28日' and word actuals have actual_value null; '2023年11月底前' and '逐步提升' word targets; 9.72 = 58.3/60 x "
             "10. Scores: 总分 100 / 99.32 (= 9.77 + 89.55); level 1 预算执行率 10 / 9.77 (the money block's 分值/得分) and 产出指标 "
             "50, 效益指标 30, 满意度指标 10 with score null (no block score printed); level-3 rows parent_code = their block. "
             "Grade 优 from 自评等级. Evaluation money from 年度资金总额. 扣分原因 texts and the 填报人 line are not data.")
    write_expectation(doc, "self_evaluation", notes, [form(
        0, fiscal_year=2023, project_name=name, reporting_unit="梨树县农业技术推广总站", department="梨树县农业农村局",
        budget_lines=budget, indicators=indicators, scores=scores,
        evaluation=evaluation(2023, name, total=total_score, grade="优", budget=yuan("1,350.00", w),
                              spent=yuan("1,318.60", w), rate=97.67))])


# ---------------------------------------------------------------------------------------------------------------
# 4. 北京 延庆区 评价指标体系及评分表 2022, an HTML page (rowspan cells), no codes, weights in labels
# ---------------------------------------------------------------------------------------------------------------
def yanqing() -> None:
    doc = "beijing_yanqing_score_table_html-rowspan_2022.html"
    name = "延庆区山区生态林管护补偿项目"
    # 一级 (weight), 二级 (weight), leaves (三级, 分值, 业绩值, actual_value, 得分)
    tree = [
        ("决策", 15, [
            ("项目立项", 6, [("立项依据充分性", 3, "充分", None, 3), ("立项程序规范性", 3, "规范", None, 3)]),
            ("绩效目标", 5, [("绩效目标合理性", 3, "较合理", None, 2.5), ("绩效指标明确性", 2, "部分明确", None, 1.5)]),
            ("资金投入", 4, [("预算编制科学性", 2, "科学", None, 2), ("资金分配合理性", 2, "合理", None, 2)]),
        ]),
        ("过程", 20, [
            ("资金管理", 12, [("资金到位率", 4, "100%", 100, 4), ("预算执行率", 4, "96.8%", 96.8, 3.87),
                             ("资金使用合规性", 4, "合规", None, 4)]),
            ("组织实施", 8, [("管理制度健全性", 4, "健全", None, 4), ("制度执行有效性", 4, "部分有效", None, 3)]),
        ]),
        ("产出", 35, [
            ("产出数量", 15, [("管护面积完成率", 8, "100%", 100, 8), ("护林员上岗率", 7, "98.5%", 98.5, 6.9)]),
            ("产出质量", 10, [("巡护记录完整率", 10, "92%", 92, 8)]),
            ("产出时效", 5, [("补偿资金发放及时性", 5, "及时", None, 5)]),
            ("产出成本", 5, [("亩均管护成本控制率", 5, "100%", 100, 5)]),
        ]),
        ("效益", 30, [
            ("项目效益", 22, [("林木有害生物成灾率", 6, "0", 0, 6), ("护林员年人均补偿收入", 8, "24000元", 24000, 8),
                             ("生态林面积保有率", 8, "100%", 100, 8)]),
            ("满意度", 8, [("护林员满意度", 4, "91.2%", 91.2, 4), ("周边群众满意度", 4, "85.6%", 85.6, 3.2)]),
        ]),
    ]
    total = 94.97
    head = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>延庆区财政局 - 绩效评价结果公开</title></head><body>\n"
            "<div class=\"nav\">首页 &gt; 政务公开 &gt; 财政资金 &gt; 绩效评价</div>\n"
            f"<h2>{name}绩效评价指标体系及评分表</h2>\n"
            "<p>评价年度：2022年度</p>\n"
            f"<p>项目名称：{name}</p>\n"
            "<p>主管部门：北京市延庆区园林绿化局</p>\n"
            "<p>委托单位：北京市延庆区财政局</p>\n"
            "<p>评价机构：北京华审信达会计师事务所有限公司</p>\n"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"
            "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>分值</th><th>业绩值</th><th>得分</th></tr>\n")
    body = []
    for l1, w1, branches in tree:
        n1 = sum(len(leaves) for _, _, leaves in branches)
        first1 = True
        for l2, w2, leaves in branches:
            first2 = True
            for l3, w3, actual, _, s in leaves:
                cells = ""
                if first1:
                    cells += f"<td rowspan=\"{n1}\">{l1}（{w1}分）</td>"
                if first2:
                    cells += f"<td rowspan=\"{len(leaves)}\">{l2}（{w2}分）</td>"
                cells += f"<td>{l3}</td><td>{w3}</td><td>{actual}</td><td>{s:g}</td>"
                body.append(f"<tr>{cells}</tr>")
                first1 = first2 = False
    tail = (f"<tr><td colspan=\"3\">合计</td><td>100</td><td></td><td>{total:g}</td></tr>\n</table>\n"
            "<p>评价等级：优</p>\n"
            "<div class=\"footer\">主办：北京市延庆区人民政府 &nbsp; 网站标识码：1101190001</div>\n</body></html>")
    write_text(doc, head + "\n".join(body) + "\n" + tail)
    scores = [score_row(0, "合计", 100, total)]
    for l1, w1, branches in tree:
        scores.append(score_row(1, l1, w1, None))
        for l2, w2, leaves in branches:
            scores.append(score_row(2, l2, w2, None, parent=l1))
            for l3, w3, actual, a_val, s in leaves:
                scores.append(score_row(3, l3, w3, s, parent=l2, actual_raw=actual, actual_value=a_val))
    leaf_sum = round(sum(s for _, _, b in tree for _, _, lv in b for *_, s in lv), 2)
    assert leaf_sum == total, leaf_sum
    notes = ("Blind sample (blind9): 北京 延庆区 评价指标体系及评分表 (2022年度) published as a web page: an HTML table with rowspan "
             "一级/二级 cells, weights in the labels ('决策（15分）', '项目立项（6分）'), no codes, columns 三级指标 | 分值 | 业绩值 | "
             "得分; page chrome (nav, footer) not data. One form; doc_kind evaluation_report. project_name from 项目名称, "
             "department from 主管部门, reporting_unit null (none printed), fiscal_year 2022 from 评价年度. evaluator = 评价机构, "
             "commissioned_by = 委托单位, grade 优 from 评价等级, total 94.97 = the 合计 row = the sum of the 21 leaf scores. Scores: "
             "level 0 合计 100 / 94.97; level 1 and 2 names drop '（n分）', weight from the label, score null (none printed; blind8 "
             "长汀 precedent); parent_code = the parent's NAME (no codes; blind4 闵行 precedent); level 3 weight = 分值, actual_raw "
             "= 业绩值 as written, actual_value its number where it is one ('96.8%' -> 96.8, '0' -> 0, '24000元' -> 24000, words "
             "-> null). No target column, so no indicators. No money, so the evaluation's money is null.")
    write_expectation(doc, "evaluation_report", notes, [form(
        0, fiscal_year=2022, project_name=name, department="北京市延庆区园林绿化局", scores=scores,
        evaluation=evaluation(2022, name, total=total, grade="优", evaluator="北京华审信达会计师事务所有限公司",
                              commissioned_by="北京市延庆区财政局"))])


# ---------------------------------------------------------------------------------------------------------------
# 5. 内蒙古 赤峰 宁城县 evaluation report excerpt 2022, prose + tables one cell per line ending ' |'
# ---------------------------------------------------------------------------------------------------------------
def ningcheng() -> None:
    doc = "neimenggu_chifeng-ningcheng_report_excerpt_html-bar_2022.txt"
    components = [("1", "新建日光温室", "1200.00", "1176.40", "98.03%", 98.03),
                  ("2", "老旧温室改造提升", "420.00", "395.80", "94.24%", 94.24),
                  ("3", "技术培训及推广", "60.00", "51.30", "85.50%", 85.5)]
    targets = [
        ("产出目标", [("新建日光温室面积", "≥600亩", ">=", 600, "亩"), ("老旧温室改造数量", "≥350栋", ">=", 350, "栋"),
                     ("温室建设验收合格率", "100%", "=", 100, "%"), ("技术培训人次", "≥1500人次", ">=", 1500, "人次")]),
        ("效益目标", [("带动设施农户增收", "≥3000元/户", ">=", 3000, "元/户")]),
        ("满意度目标", [("受益农户满意度", "≥90%", ">=", 90, "%")]),
    ]
    dims = [("决策", 15, 13.2), ("过程", 20, 17.6), ("产出", 40, 34.5), ("效益", 25, 21.0)]
    total = 86.3

    def bar(cells: list[str]) -> list[str]:
        return [f"{c} |" if c else "|" for c in cells]

    lines = [
        "宁城县2022年度设施农业发展项目绩效评价报告（摘要）",
        "一、项目基本情况",
        "（一）项目概况",
        "设施农业发展项目由宁城县农牧局主管，宁城县农牧技术推广中心负责实施。项目主要用于新建高标准日光温室、改造提升老旧温室，"
        "并开展设施蔬菜种植技术培训和推广，带动农户发展设施农业增收致富。",
        "（二）项目资金情况",
        "2022年项目预算1680.00万元，全部为县级财政资金，实际支出1623.50万元，预算执行率96.64%。各项支出情况见表1。",
        "表1 项目资金情况（单位：万元）",
    ]
    lines += bar(["序号", "支出内容", "预算数", "实际支出数", "执行率"])
    for seq, label, amount, actual, rate, _ in components:
        lines += bar([seq, label, amount, actual, rate])
    lines += bar(["合计", "1680.00", "1623.50", "96.64%"])
    lines += ["（三）项目年度绩效目标"]
    for i, (heading, items) in enumerate(targets, 1):
        lines.append(f"{i}.{heading}")
        for j, (nm, raw, *_) in enumerate(items, 1):
            end = "。" if j == len(items) else "；"
            lines.append(f"（{j}）{nm}{raw}{end}")
    lines += [
        "二、绩效评价工作开展情况",
        "受宁城县财政局委托，内蒙古正则会计师事务所有限公司组成评价组，于2023年4月至5月对该项目2022年度绩效进行了评价，"
        "采取资料核查、现场勘验和问卷调查相结合的方式开展工作。",
        "三、评价结论",
        f"经综合评价，该项目综合得分{total:g}分，评价等级为“良”。各一级指标得分情况见表2。",
        "表2 绩效评价得分情况",
    ]
    lines += bar(["一级指标", "分值", "得分"])
    for nm, w, s in dims:
        lines += bar([nm, str(w), f"{s:.1f}"])
    lines += bar(["合计", "100", f"{total:g}"])
    lines += [
        "四、存在的问题",
        "（一）部分新建温室配套设施不完善，约12栋温室未配套建设储水设施，影响冬季生产。",
        "（二）技术培训覆盖面不足，培训实际支出仅为预算的85.50%。",
        "五、有关建议",
        "加强温室配套设施建设，完善后期管护机制；优化培训内容和方式，扩大技术培训覆盖面。",
    ]
    write_text(doc, "\n".join(lines))
    budget = [budget_line("component", label, yuan(amount, True), actual=yuan(actual, True), rate=r)
              for _, label, amount, actual, _, r in components]
    budget.append(budget_line("current_year_budget", "合计", yuan("1680.00", True), actual=yuan("1623.50", True), rate=96.64))
    indicators = [indicator(heading, None, nm, target(raw, op, v, u), origin="report_targets")
                  for heading, items in targets for nm, raw, op, v, u in items]
    scores = [score_row(0, "合计", 100, total)] + [score_row(1, nm, w, s) for nm, w, s in dims]
    project = "设施农业发展"
    notes = ("Blind sample (blind9): 内蒙古 赤峰 宁城县 evaluation report excerpt (评价报告摘要), prose paragraphs as plain lines, "
             "表1 and 表2 as HTML tables copied one cell per line ending ' |' (an empty cell would be a bare '|'; 合计 spans 序号 + "
             "支出内容). fiscal_year 2022 (the year evaluated). project_name 设施农业发展 (region/year/项目 dropped; xizang/shihe/"
             "maiji/庄河 precedent). 主管 (宁城县农牧局) -> department, 负责实施 (宁城县农牧技术推广中心) -> reporting_unit. "
             "evaluator and commissioned_by from the 受…委托 sentence. 表1 (单位：万元, x10000): 3 components (amount 预算数, actual "
             "实际支出数, rate as printed), 合计 current_year_budget (shihe/maiji/庄河 precedent); 序号 not part of a label. Checks: "
             "1200 + 420 + 60 = 1680; 1176.40 + 395.80 + 51.30 = 1623.50; 1623.5/1680 = 96.64 %. The prose repeating 1680.00/"
             "1623.50万元 is not a separate line. Year targets: origin report_targets, level1 = the heading without its '1.' "
             "number, level2 null; the （1） numbers and trailing ；/。 are not part of name or target; bare 100% -> =; "
             "'≥3000元/户' unit 元/户. 表2: level 0 合计 100 / 86.3, level 1 决策 15/13.2, 过程 20/17.6, 产出 40/34.5, 效益 25/21.0 "
             "(sum 86.3). Total 86.3 and grade 良 from the sentence and 表2. Figures in 存在的问题 (12栋, 85.50%) are prose. "
             "Evaluation money from 表1 合计.")
    write_expectation(doc, "evaluation_report", notes, [form(
        0, fiscal_year=2022, project_name=project, reporting_unit="宁城县农牧技术推广中心", department="宁城县农牧局",
        budget_lines=budget, indicators=indicators, scores=scores,
        evaluation=evaluation(2022, project, total=total, grade="良", evaluator="内蒙古正则会计师事务所有限公司",
                              commissioned_by="宁城县财政局", budget=yuan("1680.00", True),
                              spent=yuan("1623.50", True), rate=96.64))])


# ---------------------------------------------------------------------------------------------------------------
# 6. 海南 琼中县 multi-project 自评结果 2023, markdown pipes
# ---------------------------------------------------------------------------------------------------------------
def qiongzhong() -> None:
    doc = "hainan_qiongzhong_results_multi-project_pipes_2023.md"
    projects = [
        ("琼中县天然橡胶价格（收入）保险保费补贴项目", "琼中县农业农村局", "琼中县农业农村局", 95.6, "优"),
        ("琼中县农村饮水安全巩固提升工程", "琼中县水务局", "琼中县水务服务中心", 91.2, "优"),
        ("琼中县黎母山镇污水处理设施运维项目", "琼中县住房和城乡建设局", "琼中县黎母山镇人民政府", 88.4, "良"),
        ("琼中县农村义务教育学生营养改善计划", "琼中县教育局", "琼中县教育局", 96.0, "优"),
        ("琼中县绿橙产业提质增效项目", "琼中县农业农村局", "琼中县热带作物服务中心", 84.5, "良"),
        ("琼中县乡村道路安全生命防护工程", "琼中县交通运输局", "琼中县公路事务中心", 79.3, "中"),
        ("琼中县城乡居民基本医疗保险财政补助", "琼中县医疗保障局", "琼中县医疗保障局", 97.1, "优"),
        ("琼中县森林防火专项经费", "琼中县林业局", "琼中县林业局", 90.0, "优"),
        ("琼中县黎族苗族非物质文化遗产保护传承项目", "琼中县旅游和文化广电体育局", "琼中县文化馆", 86.7, "良"),
        ("琼中县村级公益性岗位补贴", "琼中县人力资源和社会保障局", "琼中县就业服务中心", 93.8, "优"),
    ]
    lines = ["# 琼中黎族苗族自治县2023年度项目支出绩效自评结果汇总表", "",
             "| 序号 | 项目名称 | 主管部门 | 实施单位 | 自评得分 | 自评等级 | 备注 |",
             "|:---:|---|---|---|---:|:---:|---|"]
    for i, (nm, dept, unit, s, g) in enumerate(projects, 1):
        lines.append(f"| {i} | {nm} | {dept} | {unit} | {s:.1f} | {g} | — |")
    lines += ["", "注：自评等级按自评得分划分，90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。"]
    write_text(doc, "\n".join(lines))
    forms = [form(i, fiscal_year=2023, project_name=nm, reporting_unit=unit, department=dept,
                  evaluation=evaluation(2023, nm, total=s, grade=g))
             for i, (nm, dept, unit, s, g) in enumerate(projects)]
    notes = ("Blind sample (blind9): 海南 琼中黎族苗族自治县 2023 项目支出绩效自评结果汇总表, markdown pipes with an alignment row, "
             "10 projects, a 备注 column of '—', a 注 line. One form per project (CONTRACT: a table of several projects' "
             "results), its header fields from the row: 项目名称, 主管部门 -> department, 实施单位 -> reporting_unit; fiscal_year "
             "2023 from the title; one evaluation per project with total = 自评得分 ('90.0' -> 90.0, '96.0' -> 96.0) and grade = "
             "自评等级 as written. No money columns, so no budget lines and evaluation money null. doc_kind self_evaluation "
             "(self-evaluation results). The 注 line is not data.")
    write_expectation(doc, "self_evaluation", notes, forms)


# ---------------------------------------------------------------------------------------------------------------
# 7. 西藏 日喀则市 转移支付区域（项目）绩效目标表 2023, the whole form on ONE line
# ---------------------------------------------------------------------------------------------------------------
def shigatse() -> None:
    doc = "xizang_shigatse_transfer_targets_one-line_2023.txt"
    name = "日喀则市农牧区人居环境整治专项资金"
    counties = [("桑珠孜区", "520.00"), ("南木林县", "410.00"), ("江孜县", "430.00"), ("定日县", "380.00"),
                ("萨迦县", "360.00"), ("拉孜县", "390.00"), ("昂仁县", "400.00"), ("谢通门县", "370.00")]
    rows: list[TargetRow] = [
        ("产出指标", "数量指标", "农牧区卫生户厕改造数量", "≥4500户", ">=", 4500, "户"),
        ("产出指标", "数量指标", "村庄清洁行动覆盖行政村数", "≥620个", ">=", 620, "个"),
        ("产出指标", "质量指标", "改厕工程验收合格率", "≥95%", ">=", 95, "%"),
        ("产出指标", "时效指标", "项目完成时间", "2023年11月底前", None, None, None),
        ("产出指标", "成本指标", "户均改厕补助标准", "≤0.5万元", "<=", 5000, "元"),
        ("效益指标", "社会效益指标", "农牧区卫生厕所普及率", "≥55%", ">=", 55, "%"),
        ("效益指标", "生态效益指标", "村庄生活垃圾收运处置率", "≥80%", ">=", 80, "%"),
        ("效益指标", "可持续影响指标", "农牧区人居环境长效管护机制", "建立健全", None, None, None),
        ("满意度指标", "服务对象满意度指标", "农牧民群众满意度", "≥90%", ">=", 90, "%"),
    ]
    parts = [f"日喀则市2023年度转移支付区域（项目）绩效目标表 转移支付资金名称 {name} 市级主管部门 日喀则市农业农村局",
             "资金情况（万元） 年度资金总额 3,260.00 其中：中央财政资金 2,400.00 自治区财政资金 860.00 其他资金 0.00",
             "资金分配情况（万元） 县（区）名称 分配金额"]
    parts += [f"{c} {a}" for c, a in counties]
    parts += ["年度目标 推进农牧区卫生户厕改造和村庄清洁行动，健全生活垃圾收运处置体系，农牧区人居环境明显改善，群众生活质量进一步提高。",
              "绩效指标 一级指标 二级指标 三级指标 指标值"]
    prev_l1 = prev_l2 = None
    for l1, l2, l3, raw, *_ in rows:
        cells = []
        if l1 != prev_l1:
            cells.append(l1)
        if (l1, l2) != (prev_l1, prev_l2):
            cells.append(l2)
        cells += [l3, raw]
        parts.append(" ".join(cells))
        prev_l1, prev_l2 = l1, l2
    write_text(doc, " ".join(parts))
    budget = [
        budget_line("current_year_budget", "年度资金总额", yuan("3,260.00", True)),
        budget_line("fiscal_appropriation", "其中：中央财政资金", yuan("2,400.00", True)),
        budget_line("fiscal_appropriation", "自治区财政资金", yuan("860.00", True)),
        budget_line("other_funds", "其他资金", yuan("0.00", True)),
    ]
    budget += [budget_line("component", c, yuan(a, True), parent="年度资金总额") for c, a in counties]
    notes = ("Blind sample (blind9): 西藏 日喀则市 转移支付区域（项目）绩效目标表 (2023年度, 市 -> 8 县（区）), the whole form on ONE "
             "line with single spaces (merged 一级/二级 printed once). project_name = 转移支付资金名称, department = 市级主管部门, "
             "reporting_unit null (none printed; handan/无为 precedent). Money 资金情况（万元） x10000: 年度资金总额 "
             "current_year_budget; 其中：中央财政资金 and 自治区财政资金 each fiscal_appropriation (blind5/7/8 call); 其他资金 0.00 "
             "other_funds kept; 2400 + 860 = 3260. 资金分配情况: the 8 county allocations are components with parent_label "
             "年度资金总额 (yunnan/handan/无为 precedent); 520+410+430+380+360+390+400+370 = 3260; the 县（区）名称/分配金额 head is "
             "not a line. Indicators: '≤0.5万元' -> <= 5000 元; '2023年11月底前' and '建立健全' word targets. The 年度目标 prose "
             "carries no target figures (no goal_text rows).")
    write_expectation(doc, "target_form", notes, [form(
        0, fiscal_year=2023, project_name=name, department="日喀则市农业农村局", budget_lines=budget,
        indicators=_targets(rows))])


# ---------------------------------------------------------------------------------------------------------------
# 8. 天津 宝坻区 T-old 2019 申报表, cells glued with no separators, row per line
# ---------------------------------------------------------------------------------------------------------------
def baodi() -> None:
    doc = "tianjin_baodi_told_targets_glued_2019.txt"
    name = "宝坻区农村坑塘水系综合治理项目"
    rows: list[TargetRow] = [
        ("产出指标", "数量指标", "治理坑塘数量", "≥86个", ">=", 86, "个"),
        ("产出指标", "数量指标", "清淤土方量", "≥42万立方米", ">=", 420000, "立方米"),
        ("产出指标", "质量指标", "工程验收合格率", "100%", "=", 100, "%"),
        ("产出指标", "时效指标", "工程完工时间", "2019年11月底前", None, None, None),
        ("产出指标", "成本指标", "坑塘治理平均成本", "≤21.5万元/个", "<=", 215000, "元/个"),
        ("效益指标", "社会效益指标", "受益村庄数", "≥60个", ">=", 60, "个"),
        ("效益指标", "生态效益指标", "治理坑塘水质达标率", "≥80%", ">=", 80, "%"),
        ("效益指标", "可持续影响指标", "工程设施运行管护期", "≥5年", ">=", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", ">=", 90, "%"),
    ]
    lines = [
        "天津市宝坻区项目支出绩效目标申报表",
        "（2019年度）",
        f"项目名称{name}",
        "主管部门天津市宝坻区水务局实施单位天津市宝坻区水利工程建设管理中心",
        "项目类型☑新增项目□延续项目",
        "项目期限2019年3月1日至2019年11月30日",
        "项目资金（万元）年度资金总额1,850.00",
        "其中：财政拨款1,850.00",
        "其他资金0.00",
        "绩效目标长期目标年度目标",
        "用三年时间完成全区农村坑塘水系综合治理，实现水清、岸绿、景美。完成一批坑塘清淤、护坡和水系连通工程，改善农村水环境。",
        "一级指标二级指标指标内容指标值备注",
    ]
    prev_l1 = prev_l2 = None
    for l1, l2, l3, raw, *_ in rows:
        c1 = l1 if l1 != prev_l1 else ""
        c2 = l2 if (l1, l2) != (prev_l1, prev_l2) else ""
        lines.append(f"{c1}{c2}{l3}{raw}")
        prev_l1, prev_l2 = l1, l2
    lines.append("单位负责人：刘建国填报人：王磊联系电话：022-29241573")
    write_text(doc, "\n".join(lines))
    budget = [
        budget_line("current_year_budget", "年度资金总额", yuan("1,850.00", True)),
        budget_line("fiscal_appropriation", "其中：财政拨款", yuan("1,850.00", True)),
        budget_line("other_funds", "其他资金", yuan("0.00", True)),
    ]
    notes = ("Blind sample (blind9): 天津 宝坻区 T-old 2019 项目支出绩效目标申报表 (长期目标/年度目标, 指标内容/指标值/备注), cells "
             "glued with no separators, one table row per line; merged cells printed once; the 备注 column is empty on every row. "
             "fiscal_year 2019; 主管部门 -> department, 实施单位 -> reporting_unit; project_type = the ticked 项目类型 box (新增项目; "
             "blind6 汉台 precedent); 项目期限 '2019年3月1日至2019年11月30日' -> dates. Money '项目资金（万元）' x10000: 年度资金总额 "
             "current_year_budget, 其中：财政拨款 fiscal_appropriation, 其他资金 0.00 other_funds (kept). The goals' row holds "
             "the 长期目标 and 年度目标 texts glued into one line; no target figures in them (no goal_text rows). 2019 成本指标 a "
             "二级 under 产出指标 (blind6 precedent). '≥42万立方米' -> 420000 立方米; '≤21.5万元/个' -> 215000 元/个 (万 folded into "
             "a rate unit, blind7 precedent); '2019年11月底前' a word target. 86 x 21.5 = 1849 ~ 1850. The signature line is not "
             "data.")
    write_expectation(doc, "target_form", notes, [form(
        0, fiscal_year=2019, project_name=name, reporting_unit="天津市宝坻区水利工程建设管理中心",
        department="天津市宝坻区水务局", project_type="新增项目", start_date="2019-03-01", end_date="2019-11-30",
        budget_lines=budget, indicators=_targets(rows))])


if __name__ == "__main__":
    for make in (songjiang, tongliang, lishu, yanqing, ningcheng, qiongzhong, shigatse, baodi):
        make()
    print("blind9 text documents written")
