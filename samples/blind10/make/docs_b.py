"""blind10, text shapes: 涪陵 (tabs), 花垣 (paragraph per cell), 江华 (one cell per line, blanks kept), 临泉 (markdown
pipes, left shift), 桐城 (pipes with padding), 广德 (spaces, head split in two), 婺源 (OCR text), 抚松 (one line).

Run: .venv/bin/python samples/blind10/make/docs_b.py
"""
from __future__ import annotations

import re
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (check, evaluation, form, indicator, leaf_scores, money, rate, score_row, target,  # noqa: E402
                    total, write)
from templates import cq_dept  # noqa: E402


def pad(text: str, width: int) -> str:
    """Left-justify to a display width (a CJK character is two columns wide, as in a monospaced print)."""
    shown = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(1, width - shown)


def ten_times(execution: float, weight: int = 10) -> float:
    return float((Decimal(weight) * Decimal(str(execution)) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


# ---------------------------------------------------------------- 重庆 涪陵 部门整体绩效自评表, tab rows

def fuling() -> None:
    table, expected, notes = cq_dept(
        "重庆市涪陵区卫生健康委员会", 2023, ("12860.50", "13420.80", "13015.36"),
        "深化医药卫生体制改革，提升基层医疗卫生服务能力，做好疾病预防控制和妇幼健康服务，保障人民群众健康。",
        [("家庭医生签约服务覆盖率", "%", "定量", "≥45", "47.2", "100", "12", "12", "是"),
         ("65岁及以上老年人健康管理率", "%", "", "≥70", "68.6", "98", "10", "9.8", "是"),
         ("基层医疗卫生机构标准化建设数量", "个", "", "≥12", "12", "100", "10", "10", "否"),
         ("适龄儿童免疫规划疫苗接种率", "%", "", "≥90", "95.3", "100", "10", "10", "是"),
         ("传染病报告及时率", "%", "", "=100", "100", "100", "8", "8", "否"),
         ("食品安全风险监测任务完成率", "%", "", "=100", "96", "96", "10", "9.6", "否"),
         ("医疗卫生服务群众满意度", "%", "", "≥90", "93.6", "100", "10", "10", "是"),
         ("卫生健康信息化水平", "—", "定性", "持续提升", "持续提升", "100", "10", "10", "否"),
         ("部门预算信息公开", "—", "", "及时", "及时", "100", "10", "10", "否")])
    lines = ["重庆市涪陵区部门整体绩效自评表", "（2023年度）"]
    lines += ["\t".join(row).rstrip("\t") for row in table]
    lines.append("填报单位：重庆市涪陵区卫生健康委员会（盖章）\t\t\t填报日期：2024年3月20日")
    write("chongqing_fuling_dept_selfeval_tabs_2023.txt", "\n".join(lines) + "\n", "self_evaluation",
          "重庆 涪陵区 " + notes + " Shape: tab-separated rows (a table copied from a spreadsheet), the merged 指标性质 "
          "cell blank below its first row, trailing empty cells cut. The 填报 line is not data.", [expected])


# ---------------------------------------------------------------- 湖南 衔接资金 / 扶贫资金 绩效目标申报表

HINT = re.compile(r"\s*[（(]?\s*[≥≤]\*\*[^)）]*[)）]?\s*$")


def hunan_indicators(rows: list[tuple[str, str, str, str]]) -> list[dict]:
    level1 = level2 = None
    found = []
    for first, second, name, target_raw in rows:
        level1 = first or level1
        level2 = second or level2
        found.append(indicator(level1, level2, HINT.sub("", name), target_raw))
    return found


def huayuan() -> None:
    project = "花垣县双龙镇产业路及村组道路建设项目"
    rows = [("产出指标", "数量指标", "新建产业路长度( ≥**公里 )", "≥6.5公里"),
            ("", "", "硬化村组道路长度( ≥**公里 )", "≥4.2公里"),
            ("", "质量指标", "工程验收合格率(≥**%)", "≥98%"),
            ("", "时效指标", "项目完工时间", "2023年10月底前"),
            ("", "成本指标", "每公里道路建设成本( ≤**万元 )", "≤68万元"),
            ("效益指标", "经济效益指标", "带动脱贫户增收( ≥**户 )", "≥320户"),
            ("", "社会效益指标", "受益脱贫人口≥**人", "≥1280人"),
            ("", "可持续影响指标", "道路工程设计使用年限", "≥10年"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度(≥**%)", "≥95%")]
    cells = ["湖南省财政衔接推进乡村振兴补助资金项目绩效目标申报表", "（基础设施建设类）", "（2023年度）",
             "项目名称", project, "主管部门", "花垣县乡村振兴局", "实施单位", "花垣县双龙镇人民政府",
             "项目资金（万元）", "年度资金总额", "854万854万(中央衔接资金600万，省级衔接资金254万)",
             "年度绩效目标",
             "新建产业路6.5公里、硬化村组道路4.2公里，改善双龙镇4个村产业发展和群众出行条件，带动脱贫户增收。",
             "绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注", " "]
    for first, second, name, target_raw in rows:
        cells += [first or " ", second or " ", name, target_raw, " ", " "]
    cells += ["填报单位（盖章）：花垣县双龙镇人民政府", "填报日期：2023年2月16日"]
    check(600 + 254 == 854, "花垣 money adds up")
    expected = form(fiscal_year=2023, project_name=project, reporting_unit="花垣县双龙镇人民政府",
                    department="花垣县乡村振兴局",
                    budget_lines=[money("current_year_budget", "年度资金总额", "854"),
                                  money("fiscal_appropriation", "中央衔接资金", "600"),
                                  money("fiscal_appropriation", "省级衔接资金", "254")],
                    indicators=hunan_indicators(rows))
    write("hunan_xiangxi-huayuan_xianjie_targets_paragraphs_2023.txt", "\n\n".join(cells) + "\n", "target_form",
          "湖南 湘西州 花垣县 财政衔接推进乡村振兴补助资金项目绩效目标申报表 (基础设施建设类, 2023年度), one paragraph "
          "per cell (cells separated by a blank line; an empty cell is one space; merged 一级/二级 printed once, a space "
          "in the rows below). The 备注 cell spans 2 columns, so every indicator row ends with TWO blank cells. The "
          "money cell repeats its amount, as the converter left it: '854万854万(中央衔接资金600万，省级衔接资金254万)' -> "
          "年度资金总额 854万 = 8540000 元 (current_year_budget, label '年度资金总额'), and the bracketed sub-amounts are "
          "each a fiscal_appropriation line (labels '中央衔接资金' 6000000 and '省级衔接资金' 2540000, parent null as for "
          "其中 lines in one money column; 600 + 254 = 854; 中央/省级 each a line: blind7/8/9 precedent). Template "
          "fill-in hints left inside names ('( ≥**公里 )', '(≥**%)', '≥**人') are not part of level3. '≤68万元' -> <= "
          "680000 元; '2023年10月底前' a word target; 成本指标 is a 二级 under 产出指标 (no 二级 follows it). The "
          "subtitle '（基础设施建设类）' is the template's variant, not a project_type (null). No weights, no scores. "
          "The 填报 lines are not data.", [expected])


def jianghua() -> None:
    project = "江华瑶族自治县大石桥乡油茶产业扶贫项目"
    rows = [("产出指标", "数量指标", "新造油茶林面积( ≥**亩 )", "≥1500亩"),
            ("", "", "发放油茶苗木(≥**万株)", "≥16.5万株"),
            ("", "质量指标", "油茶苗木成活率(≥**%)", "≥90%"),
            ("", "时效指标", "项目完成时间", "2020年12月底前"),
            ("", "成本指标", "每亩造林补助标准", "≤2000元/亩"),
            ("效益指标", "经济效益指标", "带动建档立卡贫困户户均增收≥**元", "≥1800元"),
            ("", "社会效益指标", "带动建档立卡贫困人口(≥**人)", "≥860人"),
            ("", "可持续影响指标", "油茶林管护期", "≥5年"),
            ("满意度指标", "服务对象满意度指标", "贫困户满意度(≥**%)", "≥95%")]
    cells = ["湖南省财政专项扶贫资金项目绩效目标申报表", "（2020年度）",
             "项目名称", project, "", "", "主管部门", "江华瑶族自治县扶贫开发办公室", "实施单位",
             "江华瑶族自治县大石桥乡人民政府", "项目资金（万元）", "资金总额",
             "326万326万(财政专项扶贫资金300万，群众自筹26万)", "", "",
             "年度绩效目标", "新造油茶林1500亩，带动建档立卡贫困户860人稳定增收，助力贫困村脱贫出列。", "", "",
             "一级指标", "二级指标", "三级指标", "指标值", "备注", ""]
    for first, second, name, target_raw in rows:
        cells += [first, second, name, target_raw, "", ""]
    cells += ["填报单位（盖章）：江华瑶族自治县大石桥乡人民政府"]
    check(300 + 26 == 326, "江华 money adds up")
    indicators = hunan_indicators(rows)
    expected = form(fiscal_year=2020, project_name=project, reporting_unit="江华瑶族自治县大石桥乡人民政府",
                    department="江华瑶族自治县扶贫开发办公室",
                    budget_lines=[money("current_year_budget", "资金总额", "326"),
                                  money("fiscal_appropriation", "财政专项扶贫资金", "300"),
                                  money("other_funds", "群众自筹", "26")],
                    indicators=indicators)
    check(indicators[1]["value"] == 165000.0 and indicators[1]["unit"] == "株", "万株 folded")
    check(indicators[4]["unit"] == "元/亩", "rate unit")
    write("hunan_yongzhou-jianghua_fupin_targets_cell-per-line-kept_2020.txt", "\n".join(cells) + "\n",
          "target_form",
          "湖南 永州 江华瑶族自治县 财政专项扶贫资金项目绩效目标申报表 (2020年度), one cell per line with blank cells "
          "KEPT as empty lines (merged 一级/二级 printed once, empty lines below; value cells spanning 3 columns leave 2 "
          "empty lines; the 2-column 备注 leaves two trailing empty lines on every indicator row). Money cell repeated: "
          "'326万326万(财政专项扶贫资金300万，群众自筹26万)' -> 资金总额 326万 = 3260000 (current_year_budget, label "
          "'资金总额'); 财政专项扶贫资金 3000000 -> fiscal_appropriation; 群众自筹 260000 -> other_funds (a named other "
          "source keeps its own label, CONTRACT 'other named sources'); parents null; 300 + 26 = 326. Hints in names "
          "('( ≥**亩 )', '(≥**万株)', '≥**元', '(≥**人)') are not part of level3. '≥16.5万株' -> 165000 株; '≤2000元/亩' "
          "-> <= 2000 元/亩; '2020年12月底前' a word target; 成本指标 a 二级 under 产出指标. No weights, no scores. The "
          "填报 line is not data.", [expected])


# ---------------------------------------------------------------- 安徽 衔接资金 自评表 / 部门整体支出绩效自评表, pipes

def pipe_row(cells: list[str], width: int, shift: bool = False) -> str:
    """A converter's pipe row: with shift, leading blank cells are dropped and the row is padded at the end with
    empty cells written as bare '|' (the '||||' padding)."""
    if shift:
        while cells and cells[0] == "":
            cells = cells[1:]
    content = list(cells)
    while content and content[-1] == "":
        content.pop()
    padding = width - len(content)
    return "| " + " | ".join(content) + " |" + "|" * padding


def linquan() -> None:
    project = "临泉县2023年姜寨镇特色种养业基地建设项目"
    money_rows = [  # label, item, 年初, 全年, 执行
        ("年度资金总额", "current_year_budget", "780.00", "780.00", "800.20"),
        ("其中：中央衔接资金", "fiscal_appropriation", "500.00", "500.00", "500.00"),
        ("省级衔接资金", "fiscal_appropriation", "200.00", "200.00", "200.00"),
        ("县级衔接资金", "fiscal_appropriation", "80.00", "80.00", "100.20"),
        ("其他资金", "other_funds", None, None, None)]
    check(total(["500.00", "200.00", "80.00"]) == Decimal("780.00"), "临泉 budget adds up")
    check(total(["500.00", "200.00", "100.20"]) == Decimal("800.20"), "临泉 spent adds up")
    execution = rate("800.20", "780.00")
    check(execution == 102.59, "临泉 102.59")
    # (一级, 二级, 三级 as printed, target, actual, 分值, 得分, 偏差, shifted)
    rows = [("产出指标", "数量指标", "★新建标准化养殖圈舍面积", "≥6000平方米", "6240平方米", "10", "10", "—", False),
            ("", "", "新建高标准蔬菜大棚", "≥120亩", "126亩", "10", "10", "—", True),
            ("", "", "其中：连栋大棚", "≥40亩", "42亩", "", "", "", True),
            ("", "", "其中：日光温室", "≥80亩", "84亩", "", "", "", True),
            ("", "质量指标", "项目验收合格率", "=100%", "100%", "10", "10", "—", True),
            ("", "时效指标", "项目完工时间", "9月前", "7月", "10", "10", "—", True),
            ("", "成本指标", "每平方米圈舍建设成本", "≤650元", "628元", "10", "10", "—", True),
            ("效益指标", "经济效益指标", "★带动脱贫户户均增收", "≥1500元", "1620元", "10", "10", "—", False),
            ("", "社会效益指标", "带动脱贫人口就业", "≥45人", "52人", "10", "10", "—", True),
            ("", "可持续影响指标", "基地资产管护制度", "健全", "基本健全", "10", "8", "管护员配备不足，下年度补齐", True),
            ("满意度指标", "服务对象满意度指标", "★受益脱贫户满意度", "≥90%", "96.3%", "10", "10", "—", False)]
    width = 8
    lines = ["安徽省衔接推进乡村振兴补助资金项目绩效自评表", "", "（2023年度）", "",
             pipe_row(["项目名称", project], width), "|" + "---|" * width,
             pipe_row(["主管部门", "临泉县农业农村局", "实施单位", "临泉县姜寨镇人民政府"], width),
             pipe_row(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], width)]
    budget_score = 10.0  # capped at the weight: execution above 100 %
    money_lines = []
    for label, item, initial, budget, spent in money_rows:
        if budget is None:
            lines.append(pipe_row(["", label, "—", "—", "—", "—", "—", "—"], width, shift=True))
            money_lines.append(money(item, label, None))
            continue
        line_rate = rate(spent, budget)
        first = label == "年度资金总额"
        lines.append(pipe_row(["", label, initial, budget, spent, "10" if first else "—", f"{line_rate:.2f}%",
                               f"{budget_score:g}" if first else "—"], width, shift=True))
        money_lines.append(money(item, label, budget, initial_wan=initial, actual_wan=spent, execution_rate=line_rate))
    lines.append(pipe_row(["年度总体目标", "新建标准化养殖圈舍6000平方米、高标准蔬菜大棚120亩，带动脱贫户增收。"], width))
    lines.append(pipe_row(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施"], width))
    level1 = level2 = None
    indicators = []
    for first, second, name, target_raw, actual, weight, score, reason, shifted in rows:
        lines.append(pipe_row([first, second, name, target_raw, actual, weight, score, reason], width, shift=shifted))
        level1 = first or level1
        level2 = second or level2
        indicators.append(indicator(level1, level2, name.lstrip("★"), target_raw, actual_raw=actual,
                                    weight=float(weight) if weight else None, score=float(score) if score else None))
    leaf_total = total([r[6] for r in rows if r[6]])
    check(total([r[5] for r in rows if r[5]]) == 90, "临泉 weights 90")
    total_score = float(Decimal(str(budget_score)) + leaf_total)
    lines.append(pipe_row(["总分", "", "", "", "", "100", f"{total_score:g}", ""], width))
    lines.append(pipe_row(["自评等级", "优"], width))
    lines.append("")
    lines.append("填报单位：临泉县姜寨镇人民政府（盖章）  填报人：王磊  联系电话：0558-6512237")
    scores = [score_row(0, "总分", weight=100.0, score=total_score),
              score_row(1, "预算执行率", weight=10.0, score=budget_score)] + leaf_scores(indicators)
    expected = form(fiscal_year=2023, project_name=project, reporting_unit="临泉县姜寨镇人民政府",
                    department="临泉县农业农村局", budget_lines=money_lines, indicators=indicators, scores=scores,
                    evaluation=evaluation(fiscal_year=2023, project_name=project, total_score=total_score, grade="优",
                                          budget_wan="780.00", spent_wan="800.20", execution_rate=execution))
    write("anhui_fuyang-linquan_xianjie_selfeval_pipes-leftshift_2023.md", "\n".join(lines) + "\n", "self_evaluation",
          "安徽 阜阳 临泉县 衔接推进乡村振兴补助资金项目绩效自评表 (2023年度), markdown pipes as a converter left them: "
          "an alignment row after the first row, rows shorter than 8 cells padded at the end with bare '|' ('||||'), and "
          "continuation rows LEFT-SHIFTED (their blank merged 一级/二级 cells dropped, so '| 质量指标 | 项目验收合格率 |' "
          "starts with the 二级 and '| 新建高标准蔬菜大棚 |' with the name; cells belong to their columns by meaning). "
          "Money x10000: amount 全年预算数, initial 年初预算数, actual 全年执行数, rate as printed per line; 年度资金总额 "
          "780 -> 800.20 = 102.59 % (execution above budget: 县级衔接资金 80 -> 100.20 = 125.25 %); 得分 10 (capped at "
          "分值 10, as printed); 中央/省级/县级衔接资金 each a fiscal_appropriation line (parent null; '其中：' kept in the "
          "label as written); 其他资金 all '—' -> a line with amounts null. Core marks '★' on names are not part of "
          "level3. '其中：连栋大棚' / '其中：日光温室' are breakdown rows with target and actual but no 分值/得分: they are "
          "indicators (level3 as written, '其中：' kept; weight/score null; 42 + 84 = 126 their parent's actual) and "
          "have no score rows. '9月前' is a word target, its actual '7月' has actual_value null. '基本健全' actual of a "
          "'健全' target -> actual_value null. '—' in 偏差原因 is N/A. 成本指标 a 二级 under 产出指标. Scores: 总分 100 / "
          f"{total_score:g} (= 10 + {leaf_total}); level 1 预算执行率 10 / 10 only (no block weights printed), level-3 "
          "rows parent_code null. Grade '优' from 自评等级. Evaluation money from 年度资金总额. The 填报 line is not "
          "data.", [expected])


def tongcheng() -> None:
    unit = "桐城市教育局"
    money_rows = [  # label, item, parent, 年初, 全年, 执行
        ("年度资金总额", "current_year_budget", None, "42680.00", "45215.60", "44386.93"),
        ("其中：财政拨款", "fiscal_appropriation", "年度资金总额", "41230.00", "43605.60", "42896.73"),
        ("其他资金", "other_funds", "年度资金总额", "1450.00", "1610.00", "1490.20"),
        ("其中：基本支出", "component", "年度资金总额", "31860.00", "32405.20", "32398.15"),
        ("项目支出", "component", "年度资金总额", "10820.00", "12810.40", "11988.78")]
    for column in (3, 4, 5):
        check(total([money_rows[1][column], money_rows[2][column]]) == Decimal(money_rows[0][column]), "by source")
        check(total([money_rows[3][column], money_rows[4][column]]) == Decimal(money_rows[0][column]), "by use")
    execution = rate("44386.93", "45215.60")
    budget_score = ten_times(execution)
    rows = [("产出指标", "数量指标", "*义务教育巩固率", "≥99%", "99.6%", "10", "10", "—", False),
            ("", "", "新改扩建校舍面积", "≥2.4万平方米", "2.46万平方米", "10", "10", "—", True),
            ("", "", "其中：新建教学楼", "≥1.6万平方米", "1.62万平方米", "", "", "", True),
            ("", "", "其中：改扩建学生宿舍", "≥0.8万平方米", "0.84万平方米", "", "", "", True),
            ("", "质量指标", "*教师持证上岗率", "=100%", "100%", "10", "10", "—", True),
            ("", "", "校园安全责任事故发生次数", "=0次", "0次", "5", "5", "—", True),
            ("", "时效指标", "学生资助资金发放及时率", "=100%", "100%", "5", "5", "—", True),
            ("", "成本指标", "生均公用经费保障标准", "≥800元", "850元", "5", "5", "—", True),
            ("效益指标", "社会效益指标", "*适龄儿童入学率", "≥99.5%", "99.8%", "10", "10", "—", False),
            ("", "", "高中阶段毛入学率", "≥95%", "94.2%", "10", "9.3", "部分学生外出就读，加强宣传引导", True),
            ("", "", "课后服务覆盖率", "≥95%", "98%", "10", "10", "—", True),
            ("", "可持续影响指标", "教育信息化覆盖率", "≥95%", "97%", "5", "5", "—", True),
            ("满意度指标", "服务对象满意度指标", "*学生家长满意度", "≥90%", "92.5%", "10", "10", "—", False)]
    check(total([r[5] for r in rows if r[5]]) == 90, "桐城 weights 90")
    width = 8
    lines = ["部门整体支出绩效自评表", "（2023年度）",
             pipe_row(["部门名称", unit], width),
             pipe_row(["年度预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], width)]
    money_lines = []
    for label, item, parent, initial, budget, spent in money_rows:
        line_rate = rate(spent, budget)
        first = item == "current_year_budget"
        lines.append(pipe_row([label, initial, budget, spent, "10" if first else "—", f"{line_rate:.2f}%",
                               f"{budget_score:.2f}" if first else "—"], width))
        money_lines.append(money(item, label, budget, parent=parent, initial_wan=initial, actual_wan=spent,
                                 execution_rate=line_rate))
    lines.append(pipe_row(["年度总体目标", "巩固义务教育均衡发展成果，改善办学条件，落实学生资助政策，办好人民满意的教育。"],
                          width))
    lines.append(pipe_row(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施"], width))
    level1 = level2 = None
    indicators = []
    for first, second, name, target_raw, actual, weight, score, reason, shifted in rows:
        lines.append(pipe_row([first, second, name, target_raw, actual, weight, score, reason], width, shift=shifted))
        level1 = first or level1
        level2 = second or level2
        indicators.append(indicator(level1, level2, name.lstrip("*"), target_raw, actual_raw=actual,
                                    weight=float(weight) if weight else None, score=float(score) if score else None))
    leaf_total = total([r[6] for r in rows if r[6]])
    total_score = float(Decimal(str(budget_score)) + leaf_total)
    lines.append(pipe_row(["总分", "", "", "", "", "100", f"{total_score:g}", ""], width))
    lines.append("注：带*号的为核心指标。")
    check(indicators[1]["value"] == 24000.0 and indicators[1]["actual_value"] == 24600.0, "万平方米 folded")
    scores = [score_row(0, "总分", weight=100.0, score=total_score),
              score_row(1, "预算执行率", weight=10.0, score=budget_score)] + leaf_scores(indicators)
    expected = form(fiscal_year=2023, project_name=unit, reporting_unit=unit, department=unit,
                    budget_lines=money_lines, indicators=indicators, scores=scores,
                    evaluation=evaluation(fiscal_year=2023, project_name=unit, total_score=total_score,
                                          budget_wan="45215.60", spent_wan="44386.93", execution_rate=execution))
    write("anhui_anqing-tongcheng_dept_selfeval_pipes-padding_2023.md", "\n".join(lines) + "\n", "self_evaluation",
          "安徽 安庆 桐城市 部门整体支出绩效自评表 (2023年度), pipe rows with no alignment row, short rows padded with "
          "bare '|' ('||||'), continuation rows left-shifted (blank 一级/二级 dropped). Dept-wide: project_name, "
          "department and reporting_unit = 部门名称 '桐城市教育局'. Money x10000: amount 全年预算数, initial 年初预算数, "
          "actual 全年执行数, rate as printed per line; 年度资金总额 -> current_year_budget; 其中：财政拨款 -> "
          "fiscal_appropriation, 其他资金 -> other_funds, 其中：基本支出 / 项目支出 -> component, all four with "
          "parent_label '年度资金总额' (the dept-wide precedent of blind2-9: the sub-lines carry the total's label); "
          "41230 + 1450 = 42680, 43605.60 + 1610 = 45215.60, 42896.73 + 1490.20 = 44386.93 and the same totals from "
          f"基本支出 + 项目支出. Execution 44386.93/45215.60 = {execution}%, 得分 = 10 x {execution}% = {budget_score}. "
          "Core marks '*' on names are not part of level3 (the 注 line says what they mean; it is not data). "
          "'其中：新建教学楼' / '其中：改扩建学生宿舍' are breakdown rows (target, actual, no 分值/得分): indicators with "
          "weight/score null and no score rows; 1.6 + 0.8 = 2.4 and 1.62 + 0.84 = 2.46 万平方米. '≥2.4万平方米' -> 24000 "
          "平方米, actual 24600. '=0次' -> = 0 次. '—' in 偏差原因 is N/A. 成本指标 a 二级 under 产出指标. Scores: 总分 100 "
          f"/ {total_score:g} (= {budget_score} + {leaf_total}); level 1 预算执行率 10 / {budget_score}; level-3 rows "
          "parent_code null (no block weights printed). No grade printed.", [expected])


# ---------------------------------------------------------------- 安徽 广德 部门整体支出绩效评价自评表 (score table)

def guangde() -> None:
    unit = "广德市市场监督管理局"
    tree = [("规划", 15, [("目标制定", 8, [("绩效目标合理性", 4, "4"), ("绩效指标明确性", 4, "3.5")]),
                          ("预算配置", 7, [("财政供养人员控制率", 3, "3"), ("“三公经费”变动率", 4, "4")])]),
            ("管理", 35, [("预算执行", 15, [("预算完成率", 5, "4.8"), ("预算调整率", 5, "4"), ("结转结余率", 5, "5")]),
                          ("财务管理", 10, [("管理制度健全性", 5, "5"), ("资金使用合规性", 5, "5")]),
                          ("资产管理", 10, [("资产管理安全性", 5, "5"), ("固定资产利用率", 5, "4.6")])]),
            ("绩效", 50, [("履职效能", 30, [("重点工作完成率", 15, "14.5"), ("年度任务完成及时性", 15, "15")]),
                          ("社会效应", 20, [("社会公众满意度", 10, "9.2"), ("服务对象满意度", 10, "9.5")])])]
    lines = ["广德市部门整体支出绩效评价自评表", "（2022年度）",
             f"部门名称：{unit}                         自评等级：优",
             pad("一级", 14) + pad("二级", 20) + pad("三级", 30) + pad("分值", 10) + "自评",
             pad("指标", 14) + pad("指标", 20) + pad("指标", 30) + pad("", 10) + "得分"]
    scores = []
    leaf_sum = Decimal("0")
    check(sum(t[1] for t in tree) == 100, "广德 weights 100")
    for first, weight1, seconds in tree:
        check(sum(s[1] for s in seconds) == weight1, f"{first} adds up")
        scores.append(score_row(1, first, weight=float(weight1)))
        for j, (second, weight2, leaves) in enumerate(seconds):
            check(sum(x[1] for x in leaves) == weight2, f"{second} adds up")
            scores.append(score_row(2, second, parent=first, weight=float(weight2)))
            for k, (leaf, weight3, score) in enumerate(leaves):
                check(Decimal(score) <= weight3, leaf)
                leaf_sum += Decimal(score)
                scores.append(score_row(3, leaf, parent=second, weight=float(weight3), score=float(score)))
                label1 = f"{first} ({weight1}分)" if j == 0 and k == 0 else ""
                label2 = f"{second} ({weight2}分)" if k == 0 else ""
                lines.append(pad(label1, 14) + pad(label2, 20) + pad(leaf, 30) + pad(str(weight3), 10) + score)
    total_score = float(leaf_sum)
    lines.append(pad("合计", 64) + pad("100", 10) + f"{total_score:g}")
    lines.append("")
    lines.append("填报人：周敏    审核人：吴建国    填报日期：2023年4月10日")
    scores.insert(0, score_row(0, "合计", weight=100.0, score=total_score))
    expected = form(fiscal_year=2022, project_name=unit, reporting_unit=unit, department=unit, scores=scores,
                    evaluation=evaluation(fiscal_year=2022, project_name=unit, total_score=total_score, grade="优"))
    write("anhui_xuancheng-guangde_dept_score_table_split-header_2022.txt", "\n".join(lines) + "\n",
          "self_evaluation",
          "安徽 宣城 广德市 部门整体支出绩效评价自评表 (2022年度), a scoring table printed as space-aligned rows: the head "
          "cells are split in two lines ('一级' / '指标', '自评' / '得分'), weights are in the 一级/二级 labels with a space "
          "before the bracket ('规划 (15分)', '目标制定 (8分)'), merged labels printed once (rows below start with the "
          "三级 name). doc_kind self_evaluation (the title says 自评表, there is no evaluator; a 自评 score table). "
          "Dept-wide: project_name, department and reporting_unit = 部门名称. Scores: level 0 合计 100 / "
          f"{total_score:g} (= the sum of the {len([x for x in scores if x['level'] == 3])} leaf 自评得分); level 1 and 2 names drop ' (n分)', weight from the label, "
          "score null (none printed); parent_code = the parent's NAME (no codes; blind8/9 precedent); level 3 weight = "
          "分值, score = 自评得分. Weights: 8 + 7 = 15, 15 + 10 + 10 = 35, 30 + 20 = 50, total 100. The quotes in "
          "'“三公经费”变动率' are part of the name. Grade '优' from 自评等级. No targets, so no indicators; no money. "
          "The 填报 line is not data.", [expected])


# ---------------------------------------------------------------- 江西 婺源 T-NAT self-eval, OCR text

def wuyuan() -> None:
    project = "婺源县农村生活污水治理项目"
    money_rows = [("年度资金总额", "current_year_budget", "520.00", "560.00", "548.80"),
                  ("其中：当年财政拨款", "fiscal_appropriation", "520.00", "520.00", "510.40"),
                  ("上年结转资金", "carryover", "0.00", "40.00", "38.40"),
                  ("其他资金", "other_funds", None, None, None)]
    check(Decimal("520") + Decimal("40") == Decimal("560"), "婺源 budget")
    check(Decimal("510.40") + Decimal("38.40") == Decimal("548.80"), "婺源 spent")
    execution = rate("548.80", "560.00")
    budget_score = ten_times(execution)
    # (一级, 二级, name, printed target (OCR), true target, actual, 分值, 得分, 偏差, lenient)
    rows = [("产出指标", "数量指标", "新建农村生活污水处理设施", "226座", "≥26座", "27座", "15", "15", "", True),
            ("", "", "敷设污水收集管网长度", "242公里", "≥42公里", "43.5公里", "15", "15", "", True),
            ("", "质量指标", "污水处理设施出水达标率", "290%", "≥90%", "93.4%", "10", "10", "", False),
            ("", "时效指标", "项目完工时间", "2023年11月底前", "2023年11月底前", "2023年12月", "5", "4",
             "雨季施工延误", False),
            ("", "成本指标", "每座处理设施建设成本", "W12万元", "≤12万元", "11.6万元", "5", "5", "", False),
            ("效益指标", "生态效益指标", "农村生活污水治理率", "260%", "≥60%", "63.2%", "10", "10", "", False),
            ("", "社会效益指标", "受益农户", "23200户", "≥3200户", "3350户", "10", "10", "", True),
            ("", "可持续影响指标", "设施正常运行率", "295%", "≥95%", "96.1%", "10", "10", "", False),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "290%", "≥90%", "94.6%", "10", "10", "", False)]
    check(total([r[6] for r in rows]) == 90, "婺源 weights")
    lines = ["项目支出绩效自评表", "（2023年度）", f"项目名称 {project}",
             "主管部门 婺源县生态环境局 实施单位 婺源县农村环境综合整治中心",
             "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分"]
    money_lines = []
    for label, item, initial, budget, spent in money_rows:
        if budget is None:
            lines.append(f"{label} — — — — — —")
            money_lines.append(money(item, label, None))
            continue
        line_rate = rate(spent, budget)
        first = item == "current_year_budget"
        lines.append(f"{label} {initial} {budget} {spent} {'10' if first else '—'} {line_rate:.2f}% "
                     f"{budget_score:.2f}" if first else f"{label} {initial} {budget} {spent} — {line_rate:.2f}% —")
        money_lines.append(money(item, label, budget, initial_wan=initial, actual_wan=spent,
                                 execution_rate=line_rate if Decimal(budget) else None))
    lines.append("年度总体目标 新建农村生活污水处理设施26座，敷设收集管网42公里，农村生活污水治理率达到60%以上。")
    lines.append("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施")
    level1 = level2 = None
    indicators = []
    for first, second, name, printed, true_target, actual, weight, score, reason, lenient in rows:
        cells = [c for c in (first, second, name, printed, actual, weight, score, reason) if c]
        lines.append(" ".join(cells))
        level1 = first or level1
        level2 = second or level2
        row = indicator(level1, level2, name, true_target, actual_raw=actual, weight=float(weight),
                        score=float(score), lenient=lenient)
        row["target_raw"] = printed
        indicators.append(row)
    check(indicators[4]["value"] == 120000.0 and indicators[4]["actual_value"] == 116000.0, "婺源 万元")
    leaf_total = total([r[7] for r in rows])
    total_score = float(Decimal(str(budget_score)) + leaf_total)
    lines.append(f"总分 100 {total_score:g}")
    lines.append("填报人：汪志强 联系电话：0793-7342615 填报日期：2024年4月8日")
    scores = [score_row(0, "总分", weight=100.0, score=total_score),
              score_row(1, "预算执行率", weight=10.0, score=budget_score)] + leaf_scores(indicators)
    expected = form(fiscal_year=2023, project_name=project, reporting_unit="婺源县农村环境综合整治中心",
                    department="婺源县生态环境局", budget_lines=money_lines, indicators=indicators, scores=scores,
                    evaluation=evaluation(fiscal_year=2023, project_name=project, total_score=total_score,
                                          budget_wan="560.00", spent_wan="548.80", execution_rate=execution))
    write("jiangxi_shangrao-wuyuan_nat_selfeval_ocr-damage_2023.txt", "\n".join(lines) + "\n", "self_evaluation",
          "江西 上饶 婺源县 T-NAT 项目支出绩效自评表 (2023年度), the text an OCR engine left from a scan: a row per line, "
          "cells separated by one space, merged cells gone (rows below start with the 二级 or the name), and the "
          "operators damaged as LAYOUTS §5 describes: '≥' read as '2' ('290%' is ≥90%, '226座' is ≥26座) and '≤' read as "
          "'W' ('W12万元' is ≤12万元). target_raw keeps the damaged text as written; operator/value/unit are the TRUE "
          "target. Where the damage is provable the row is strict: a percentage target above 100 % that a lower actual "
          "meets with full marks ('290%' with actual 93.4 % and 10/10; '260%', '295%'), and 'W', which is never a digit. "
          "Where it is not provable from the text ('226座' vs actual 27座, '242公里' vs 43.5公里, '23200户' vs 3350户: the "
          "digit could be a real 2) the row is lenient: it must be found, its values are not held against the parser. "
          "Money x10000: amount 全年预算数, initial 年初预算数, actual 全年执行数, rate per line as printed; 520 + 40 = 560; "
          f"510.40 + 38.40 = 548.80; 548.80/560 = {execution}%, 得分 {budget_score}; 上年结转资金 -> carryover; 其他资金 "
          "all '—' -> amounts null. '≤12万元' -> <= 120000 元, actual '11.6万元' -> 116000. '2023年11月底前' a word "
          "target, actual '2023年12月' actual_value null (score 4 of 5). Scores: 总分 100 / "
          f"{total_score:g} (= {budget_score} + {leaf_total}); level 1 预算执行率 only, level-3 parent_code null. "
          "Evaluation money from 年度资金总额; no grade. The 填报 line is not data.", [expected])


# ---------------------------------------------------------------- 吉林 抚松 target form, one line: 是/否 and -0%

def fusong() -> None:
    project = "抚松县人参产业园区基础设施提升项目"
    money_rows = [("项目资金总额", "total_budget", "1860.00"), ("年度资金总额", "current_year_budget", "960.00"),
                  ("其中：财政资金", "fiscal_appropriation", "900.00"), ("其他资金", "other_funds", "60.00")]
    check(900 + 60 == 960, "抚松 money")
    # (一级, 二级, 三级, 指标值, 计量单位)
    rows = [("产出指标", "数量指标", "新建园区道路", "≥3.2", "公里"),
            ("", "", "改造园区排水管网", "≥5.6", "公里"),
            ("", "质量指标", "工程验收是否合格", "是", "是/否"),
            ("", "时效指标", "是否按期完工", "是", "是/否"),
            ("成本指标", "经济成本指标", "每公里道路建设成本", "≤180", "万元"),
            ("效益指标", "经济效益指标", "园区人参加工企业产值增长率", "≥8", "%"),
            ("", "社会效益指标", "新增就业岗位", "≥120", "个"),
            ("", "", "园区安全生产事故增长率", "-0", "%"),
            ("", "可持续影响指标", "是否建立园区设施长效管护机制", "是", "是/否"),
            ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90", "%")]
    parts = ["项目支出绩效目标表", "（2024年度）", "项目名称", project, "主管部门", "抚松县农业农村局", "实施单位",
             "抚松县人参产业发展中心", "项目资金（万元）"]
    for label, _item, amount in money_rows:
        parts += [label, amount]
    parts += ["年度绩效目标", "新建园区道路3.2公里、改造排水管网5.6公里，完善园区基础设施，带动人参加工企业增产增效。",
              "一级指标", "二级指标", "三级指标", "指标值", "计量单位"]
    level1 = level2 = None
    indicators = []
    for first, second, name, value, unit in rows:
        parts += [c for c in (first, second, name, value, unit) if c]
        level1 = first or level1
        level2 = second or level2
        if unit == "是/否":
            row = indicator(level1, level2, name, value)
        else:
            row = indicator(level1, level2, name, value + unit)
        indicators.append(row)
    safety = indicators[7]
    check(safety["target_raw"] == "-0%" and safety["operator"] == "=" and safety["value"] == 0.0, "-0%")
    safety["value"] = 0.0
    safety["conditions"][0]["value"] = 0.0
    check(indicators[2]["qualitative"] == "是" and indicators[2]["unit"] is None, "是/否")
    check(indicators[4]["value"] == 1800000.0 and indicators[4]["unit"] == "元", "万元 folded")
    parts += ["填报单位（盖章）：抚松县人参产业发展中心", "填报日期：2024年1月22日"]
    expected = form(fiscal_year=2024, project_name=project, reporting_unit="抚松县人参产业发展中心",
                    department="抚松县农业农村局",
                    budget_lines=[money(item, label, amount) for label, item, amount in money_rows],
                    indicators=indicators)
    write("jilin_baishan-fusong_targets_yes-no_one-line_2024.txt", " ".join(parts) + "\n", "target_form",
          "吉林 白山 抚松县 项目支出绩效目标表 (2024年度), the whole form on ONE line, cells separated by one space, "
          "merged 一级/二级 printed once. Money x10000: 项目资金总额 total_budget, 年度资金总额 current_year_budget, "
          "其中：财政资金 fiscal_appropriation, 其他资金 other_funds (parents null: one column); 900 + 60 = 960. The "
          "indicator table has a 计量单位 column: target_raw joins the 指标值 with its unit ('≥3.2' '公里' -> "
          "'≥3.2公里'; blind8 宣汉 precedent), EXCEPT the yes/no targets whose 计量单位 is '是/否' (LAYOUTS §5): there "
          "the target is the word '是' (target_raw '是', qualitative '是', unit null; '是/否' says which words the cell "
          "may hold, it is not a unit). The signed zero '-0' '%' -> target_raw '-0%', operator '=' (a bare number; the "
          "sign is not an operator), value 0.0, unit '%'. '≤180' '万元' -> <= 1800000 元. 成本指标 is a 一级 here (its 二级 "
          "经济成本指标 follows). No weights, no scores. Size: 1 line, because the shape is one line. The 填报 cells are "
          "not data.", [expected])


if __name__ == "__main__":
    fuling()
    huayuan()
    jianghua()
    linquan()
    tongcheng()
    guangde()
    wuyuan()
    fusong()
    print("docs_b done")
