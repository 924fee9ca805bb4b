"""Group 1 of blind11: five excerpts of regional disclosure pages (page junk kept), as .html or as the page's text.

Run: .venv/bin/python samples/blind11/make/docs_web.py"""
from __future__ import annotations

import html
from typing import Any

from common import check, evaluation, form, indicator, leaf_scores, line, rate, score, write

Cell = Any  # str, or (text, rowspan, colspan)


def table(rows: list[list[Cell]]) -> str:
    out = ['<table border="1" cellspacing="0" cellpadding="2" style="border-collapse:collapse;width:100%">', "<tbody>"]
    for row in rows:
        cells = []
        for cell in row:
            if isinstance(cell, tuple):
                text, rowspan, colspan = cell
                attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
            else:
                text, attrs = cell, ""
            cells.append(f'<td{attrs}><p style="text-align:center"><span style="font-size:14px">{html.escape(text)}</span></p></td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def page(title: str, crumb: str, meta: str, body: str, attachment: str, footer: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<link rel="stylesheet" href="/static/css/common.css"><script src="/static/js/jquery.min.js"></script></head>
<body>
<div class="header"><div class="logo"><img src="/static/images/logo.png" alt="logo"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="crumb">{crumb}</div>
<div class="article">
<h1 class="title">{html.escape(title)}</h1>
<div class="info">{meta} <span class="fontsize">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content" id="zoom">
{body}
</div>
<div class="attach">{attachment}</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">{footer}</div>
<script>var _hmt = _hmt || [];</script>
</body></html>
"""


# ---------------------------------------------------------------- 1. 湖北 宜昌 枝江市 项目支出绩效目标表 (.html)
def zhijiang() -> None:
    name = "hubei_yichang-zhijiang_farmland_targets_html-rowspan_2024.html"
    project = "枝江市2024年高标准农田建设管护项目"
    rows = [  # level1, level2, name, target
        ("产出指标", "数量指标", "管护高标准农田面积", "≥12.6万亩"),
        ("产出指标", "数量指标", "维修灌排渠道长度", "≥35公里"),
        ("产出指标", "质量指标", "管护设施完好率", "≥95%"),
        ("产出指标", "时效指标", "管护任务完成时间", "2024年12月底前"),
        ("产出指标", "成本指标", "每亩管护补助标准", "≤25元/亩"),
        ("效益指标", "经济效益指标", "亩均粮食增产", "≥30公斤"),
        ("效益指标", "社会效益指标", "受益农户数", "≥1.8万户"),
        ("效益指标", "可持续影响指标", "管护长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ]
    spans = {"产出指标": 5, "效益指标": 3, "满意度指标": 1}
    grid: list[list[Cell]] = [
        [("项目支出绩效目标表", 1, 4)],
        [("（2024年度）", 1, 4)],
        ["项目名称", (project, 1, 3)],
        ["主管预算部门", "枝江市农业农村局", "项目实施单位", "枝江市农田建设服务中心"],
        ["实施期限", ("2024年1月1日至2024年12月31日", 1, 3)],
        [("项目资金（万元）", 3, 1), "年度资金总额", ("320.00", 1, 2)],
        ["其中：财政拨款", ("300.00", 1, 2)],
        ["其他资金", ("20.00", 1, 2)],
        ["年度总体目标", ("完成全市已建高标准农田的日常管护，修复损毁灌排设施，保障农田设施正常运行，稳定提升粮食综合生产能力。", 1, 3)],
        ["一级指标", "二级指标", "三级指标", "指标值"],
    ]
    seen1: set[str] = set()
    for i, (l1, l2, ind_name, tgt) in enumerate(rows):
        cells: list[Cell] = []
        if l1 not in seen1:
            seen1.add(l1)
            cells.append((l1, spans[l1], 1))
        same2 = sum(1 for r in rows if r[0] == l1 and r[1] == l2)
        if i == 0 or rows[i - 1][1] != l2 or rows[i - 1][0] != l1:
            cells.append((l2, same2, 1))
        cells += [ind_name, tgt]
        grid.append(cells)
    body = ("<p>根据预算绩效管理有关要求，现将我局2024年度项目支出绩效目标公开如下：</p>\n" + table(grid)
            + "\n<p style=\"text-align:right\">枝江市农业农村局</p><p style=\"text-align:right\">2024年2月5日</p>")
    doc = page(f"枝江市农业农村局2024年度项目支出绩效目标公开（{project}）",
               '当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czzj/">财政预决算</a> &gt; 部门预算',
               "发布时间：2024-02-05 16:12　来源：枝江市农业农村局　浏览次数：<span id=\"hits\">326</span>", body,
               '附件：<a href="/uploadfiles/202402/zjnyj_2024jxmb.xls">枝江市农业农村局2024年项目支出绩效目标表.xls</a>',
               "主办：枝江市人民政府办公室　承办：枝江市政务服务和大数据管理局<br>网站标识码：4205830001　鄂ICP备05003322号　鄂公网安备42058302000123号")
    indicators = [indicator(l1, l2, n, t) for l1, l2, n, t in rows]
    check(indicators[0]["value"] == 126000.0 and indicators[6]["value"] == 18000.0, "万 folding")
    money_lines = [line("current_year_budget", "年度资金总额", "320.00"),
                   line("fiscal_appropriation", "其中：财政拨款", "300.00"),
                   line("other_funds", "其他资金", "20.00")]
    check(300 + 20 == 320, "money sums")
    notes = ("Blind sample (blind11): 湖北 宜昌 枝江市 项目支出绩效目标表 (2024年度) as a disclosure page saved as .html: site header/nav, "
             "breadcrumb, 发布时间/来源/浏览次数 line, 字体 links, a closing signature and date, an 附件 link, print/close links and a footer "
             "with ICP numbers are page junk, not data. The table uses rowspan for 一级 (产出 5 rows, 效益 3, 满意度 1), for 二级 where it "
             "repeats (数量指标 2 rows) and for the money label '项目资金（万元）' (3 rows), colspan for value cells. Labels spelled "
             "主管预算部门 (-> department) and 项目实施单位 (-> reporting_unit); 实施期限 '2024年1月1日至2024年12月31日' -> start/end dates. "
             "Money in 万元 (label): 年度资金总额 320 -> current_year_budget 3200000; 其中：财政拨款 300 -> fiscal_appropriation (parent null, "
             "one money column; blind9 铜梁/宣汉 precedent for 其中 lines); 其他资金 20 -> other_funds; 300 + 20 = 320. Targets: '≥12.6万亩' "
             "-> 126000 亩, '≥1.8万户' -> 18000 户 (万 folded), '≤25元/亩' -> unit 元/亩, '2024年12月底前' and '健全' word targets. 成本指标 is "
             "a 二级 under 产出指标 (no 二级 follows it). The 年度总体目标 sentence has no figures and gives no goal_text rows. No 分值, "
             "so no scores and no evaluation; doc_kind target_form.")
    write(name, doc, "target_form", notes, [form(fiscal_year=2024, project_name=project,
                                                 reporting_unit="枝江市农田建设服务中心", department="枝江市农业农村局",
                                                 start_date="2024-01-01", end_date="2024-12-31",
                                                 budget_lines=money_lines, indicators=indicators)])


# ---------------------------------------------------------------- 2. 浙江 金华 武义县 项目支出绩效自评表 (page text, tab rows)
def wuyi() -> None:
    name = "zhejiang_jinhua-wuyi_sewage_selfeval_page-text-tabs_2023.txt"
    project = "武义县2023年农村生活污水治理设施运维项目"
    money_rows = [  # label, 年初, 全年, 执行, 分值, 执行率, 得分
        ("年度资金总额", "560", "580", "566.24", "10", "97.63%", "9.76"),
        ("其中：当年财政拨款", "560", "560", "548.24", "—", "97.90%", "—"),
        ("上年结转资金", "0", "20", "18", "—", "90.00%", "—"),
        ("其他资金", "0", "0", "0", "—", "—", "—"),
    ]
    check(rate("566.24", "580") == 97.63 and rate("548.24", "560") == 97.90 and rate("18", "20") == 90.0, "rates")
    check(560 + 20 == 580 and abs(548.24 + 18 - 566.24) < 1e-9, "money sums")
    rows = [  # l1, l2, name, target, actual, weight, score, reason
        ("产出指标", "数量指标", "运维处理终端数量", "≥420个", "428个", 10, 10, "—"),
        ("产出指标", "数量指标", "管网巡查里程", "≥260公里", "255公里", 10, 9.5, "部分管网因道路施工暂停巡查，已调整巡查计划"),
        ("产出指标", "质量指标", "出水水质达标率", "≥85%", "88.6%", 10, 10, "—"),
        ("产出指标", "时效指标", "故障处理响应时间", "≤24小时", "18小时", 10, 10, "—"),
        ("产出指标", "成本指标", "单个终端年运维成本", "≤1.35万元", "1.31万元", 10, 10, "—"),
        ("效益指标", "社会效益指标", "受益农户数", "≥3.2万户", "3.26万户", 10, 10, "—"),
        ("效益指标", "生态效益指标", "化学需氧量削减量", "≥180吨", "186吨", 10, 10, "—"),
        ("效益指标", "可持续影响指标", "运维长效机制", "健全", "健全", 10, 10, "—"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.5%", 10, 10, "—"),
    ]
    total = round(9.76 + sum(r[6] for r in rows), 2)
    check(total == 99.26 and 10 + sum(r[5] for r in rows) == 100, "score sums")
    t = "\t"
    lines = ["武义县人民政府门户网站", "首页 > 政务公开 > 财政信息 > 预算绩效管理", "",
             "武义县住房和城乡建设局2023年度项目支出绩效自评报告", "",
             "发布日期：2024-04-18　　信息来源：武义县住建局　　访问次数：157　　【大 中 小】", "",
             "一、项目支出绩效自评表", "",
             "项目支出绩效自评表", "（2023年度）",
             f"项目名称{t}{project}", f"主管部门{t}武义县住房和城乡建设局{t}{t}{t}实施单位{t}武义县农村生活污水治理中心",
             f"项目资金（万元）{t}{t}年初预算数{t}全年预算数{t}全年执行数{t}分值{t}执行率{t}得分"]
    for label, a, b, c, d, e, f in money_rows:
        lines.append(f"{t}{label}{t}{a}{t}{b}{t}{c}{t}{d}{t}{e}{t}{f}")
    lines += [f"年度总体目标{t}预期目标{t}{t}{t}{t}实际完成情况",
              f"{t}保障全县农村生活污水处理终端稳定运行，出水水质达标，改善农村人居环境。{t}{t}{t}{t}全年终端运行稳定，出水水质达标，农村人居环境持续改善。",
              f"绩效指标{t}一级指标{t}二级指标{t}三级指标{t}年度指标值{t}实际完成值{t}分值{t}得分{t}偏差原因分析及改进措施"]
    prev = ("", "")
    for l1, l2, n, tg, ac, w, s, why in rows:
        c1 = l1 if l1 != prev[0] else ""
        c2 = l2 if (l1, l2) != prev else ""
        prev = (l1, l2)
        lines.append(f"{t}{c1}{t}{c2}{t}{n}{t}{tg}{t}{ac}{t}{w:g}{t}{s:g}{t}{why}")
    lines += [f"总分{t}{t}{t}{t}{t}{t}100{t}{total:g}{t}", f"自评等级{t}优", "",
              "二、绩效目标完成情况分析", "（略）", "",
              "附件：2023年度项目支出绩效自评表.pdf", "",
              "【打印本页】　【关闭窗口】", "",
              "主办单位：武义县人民政府办公室　　网站标识码：3307230001", "浙ICP备05011220号-1　　浙公网安备 33072302000188号", ""]
    indicators = [indicator(l1, l2, n, tg, ac, w, s) for l1, l2, n, tg, ac, w, s, _ in rows]
    check(indicators[4]["value"] == 13500.0 and indicators[4]["actual_value"] == 13100.0, "万元 folding")
    check(indicators[5]["value"] == 32000.0 and indicators[5]["actual_value"] == 32600.0, "万户 folding")
    indicators[7]["actual_value"] = None
    money_lines = [line("current_year_budget", "年度资金总额", "580", initial="560", actual="566.24", rate=97.63),
                   line("fiscal_appropriation", "其中：当年财政拨款", "560", initial="560", actual="548.24", rate=97.90),
                   line("carryover", "上年结转资金", "20", initial="0", actual="18", rate=90.0),
                   line("other_funds", "其他资金", "0", initial="0", actual="0", rate=None)]
    scores = [score(0, "总分", 100, total), score(1, "预算执行率", 10, 9.76)] + leaf_scores(indicators)
    notes = ("Blind sample (blind11): 浙江 金华 武义县 项目支出绩效自评表 (2023年度, T-NAT), a disclosure page saved as text: site name, "
             "breadcrumb, title, '发布日期/信息来源/访问次数' line, section headings, '（略）', the 附件 line, print/close links and the footer "
             "are page junk. The table's rows are tab-separated (browser copy), merged cells left as empty fields (the 一级/二级 cell "
             "is blank where it repeats; money rows start with an empty field under '项目资金（万元）'). Money x10000: amount 全年预算数, "
             "initial 年初预算数, actual 全年执行数, rate as printed; 566.24/580 = 97.63 %, 548.24/560 = 97.90 %, 18/20 = 90.00 %; "
             "其中：当年财政拨款 -> fiscal_appropriation, 上年结转资金 -> carryover, 其他资金 0/0/0 with rate '—' -> other_funds with amounts "
             "0.00 and rate null. Indicators: '≤1.35万元' -> 13500 元 (actual '1.31万元' -> 13100), '≥3.2万户' -> 32000 (actual 32600), "
             "'健全' a word target with actual '健全' (actual_value null); '—' in 偏差原因 is N/A. 成本指标 a 二级 under 产出指标. Scores: "
             "总分 100 / 99.26 (= 9.76 + 89.5); level 1 only 预算执行率 10 / 9.76 (no block weights printed), level-3 leaves with parent_code "
             "null. Grade '优' from 自评等级. Evaluation money from 年度资金总额. The two 年度总体目标 sentences have no figures.")
    write(name, "\n".join(lines), "self_evaluation", notes, [form(
        fiscal_year=2023, project_name=project, reporting_unit="武义县农村生活污水治理中心", department="武义县住房和城乡建设局",
        budget_lines=money_lines, indicators=indicators, scores=scores,
        evaluation=evaluation(2023, project, total, "优", "580", "566.24", 97.63))])


# ---------------------------------------------------------------- 3. 四川 南充 营山县 T-SC 自评表 (.html)
def yingshan() -> None:
    name = "sichuan_nanchong-yingshan_road_selfeval_html_2023.html"
    project = "51132322T000008123456-营山县农村公路养护补助资金"
    check(rate("421.80", "436.50") == 96.63, "rate")
    rows = [  # l1, l2, name, 指标性质, 指标值, 度量单位, 完成值, 权重, 得分, 原因
        ("产出指标", "数量指标", "养护农村公路里程", "≥", "1260", "公里", "1268", 20, 20, ""),
        ("产出指标", "质量指标", "优良中等路率", "≥", "80", "%", "82.5", 15, 15, ""),
        ("产出指标", "时效指标", "病害处治及时率", "≥", "95", "%", "93", 10, 9, "雨季集中降雨，部分路段处治延后"),
        ("产出指标", "成本指标", "每公里养护补助标准", "≤", "3500", "元/公里", "3400", 10, 10, ""),
        ("效益指标", "社会效益指标", "群众出行条件", "定性", "明显改善", "", "明显改善", 15, 15, ""),
        ("效益指标", "可持续影响指标", "养护管理机制", "定性", "长效运行", "", "长效运行", 10, 10, ""),
        ("满意度指标", "满意度指标", "沿线群众满意度", "≥", "90", "%", "94", 10, 10, ""),
    ]
    total = round(9.66 + sum(r[8] for r in rows), 2)
    check(sum(r[7] for r in rows) == 90 and total == 98.66, "sums")
    grid: list[list[Cell]] = [
        [("部门预算项目支出绩效自评表", 1, 10)],
        [("（2023年度）", 1, 10)],
        ["项目名称", (project, 1, 9)],
        ["主管部门", ("营山县交通运输局", 1, 4), "实施单位", ("营山县农村公路养护中心", 1, 4)],
        [("项目资金（万元）", 4, 1), "", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重（分）", "得分", ("未完成原因", 1, 2)],
        ["年度资金总额", "450.00", "436.50", "421.80", "96.63%", "10", "9.66", ("—", 1, 2)],
    ]
    grid.append(["其中：财政拨款", "450.00", "436.50", "421.80", "96.63%", "—", "—", ("—", 1, 2)])
    grid.append(["其他资金", "0.00", "0.00", "0.00", "—", "—", "—", ("—", 1, 2)])
    grid.append(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重（分）", "得分", "未完成原因分析"])
    spans = {"产出指标": 4, "效益指标": 2, "满意度指标": 1}
    seen: set[str] = set()
    for l1, l2, n, kind, val, unit, done, w, s, why in rows:
        cells: list[Cell] = []
        if l1 not in seen:
            seen.add(l1)
            cells.append((l1, spans[l1], 1))
        cells += [l2, n, kind, val, unit, done, str(w), f"{s:g}", why]
        grid.append(cells)
    grid.append([("总分", 1, 7), "100", f"{total:g}", ""])
    grid.append([("自评结论", 1, 2), ("优", 1, 8)])
    body = table(grid)
    doc = page("营山县交通运输局2023年度部门预算项目支出绩效自评结果公开",
               '您当前的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="/xxgk/fdzdgknr/">法定主动公开内容</a> &gt; 财政信息',
               "发布时间：2024-05-20 09:31　　来源：营山县交通运输局　　浏览次数：<script>document.write(88)</script>", body,
               '附件：<a href="/upload/2024/yssjtj_zpb.xlsx">营山县交通运输局2023年度项目支出绩效自评表.xlsx</a>',
               "版权所有：营山县人民政府　地址：营山县朗池镇行政路　联系电话：0817-8222xxx<br>蜀ICP备05002261号　川公网安备51132202000015号")
    indicators = []
    for l1, l2, n, kind, val, unit, done, w, s, _ in rows:
        if kind == "定性":
            ind = indicator(l1, l2, n, val, done, w, s, actual_value=None)
        else:
            ind = indicator(l1, l2, n, f"{kind}{val}{unit}", done, w, s)
            check(ind["unit"] == unit and ind["value"] == float(val), n)
        indicators.append(ind)
    money_lines = [line("current_year_budget", "年度资金总额", "436.50", initial="450.00", actual="421.80", rate=96.63),
                   line("fiscal_appropriation", "其中：财政拨款", "436.50", initial="450.00", actual="421.80", rate=96.63),
                   line("other_funds", "其他资金", "0.00", initial="0.00", actual="0.00", rate=None)]
    scores = [score(0, "总分", 100, total), score(1, "预算执行率", 10, 9.66)] + leaf_scores(indicators)
    notes = ("Blind sample (blind11): 四川 南充 营山县 部门预算项目支出绩效自评表 (2023年度, T-SC) on a disclosure page saved as .html "
             "(header, nav, breadcrumb, 发布时间/来源/浏览次数 with a script counter, 字体 links, 附件 link, footer: junk). project_name keeps "
             "the glued project code as written ('51132322T000008123456-营山县…', contract: codes stay). Money x10000: amount 调整后预算数, "
             "initial 年初预算, actual 预算执行数; 421.80/436.50 = 96.63 %; 其中：财政拨款 -> fiscal_appropriation (parent null); 其他资金 "
             "0.00/0.00/0.00 rate '—' -> other_funds, amounts 0.00, rate null. Indicators: 指标性质 holds the operator ('≥', '≤') or '定性'; "
             "target_raw joins 指标性质 + 指标值 + 度量单位 as they read ('≥1260公里'; the blind10 涪陵 precedent of joining the unit column); "
             "a 定性 row's target is the 指标值 word alone ('明显改善', '长效运行'; qualitative). 完成值 is bare ('1268', '82.5'): actual_raw "
             "as written, actual_value that number in the row's unit; word actuals -> null. 权重 20+15+10+10+15+10+10 = 90 (+10 budget). "
             "满意度指标's 二级 is also '满意度指标'. Scores: 总分 100 / 98.66 (= 9.66 + 89); level 1 预算执行率 10 / 9.66 only (no block weights "
             "printed); leaves parent_code null. Grade '优' from 自评结论. Evaluation money from 年度资金总额. 成本指标 a 二级 under 产出指标.")
    write(name, doc, "self_evaluation", notes, [form(
        fiscal_year=2023, project_name=project, reporting_unit="营山县农村公路养护中心", department="营山县交通运输局",
        budget_lines=money_lines, indicators=indicators, scores=scores,
        evaluation=evaluation(2023, project, total, "优", "436.50", "421.80", 96.63))])


def bar_cells(cells: list[str]) -> list[str]:
    """One line per table cell ending ' |' (an empty cell is a bare '|'), as a page saved as text leaves a table."""
    return [f"{cell} |" if cell else "|" for cell in cells]


# ---------------------------------------------------------------- 4. 河北 保定 涞水县 评价报告 score table (page text, cell per line)
def laishui() -> None:
    name = "hebei_baoding-laishui_sanitation_report_score_table_page-text_2022.txt"
    project = "涞水县2022年城乡环境卫生一体化项目"
    firm = "河北正信项目管理咨询有限公司"
    tree = [  # code, name, weight, [(code, name, weight, [(code, name, weight, score)])]
        ("A", "决策", 20, [("A1", "项目立项", 6, [("A11", "立项依据充分性", 3, 3), ("A12", "立项程序规范性", 3, 3)]),
                         ("A2", "绩效目标", 8, [("A21", "绩效目标合理性", 4, 3.5), ("A22", "绩效指标明确性", 4, 3)]),
                         ("A3", "资金投入", 6, [("A31", "预算编制科学性", 3, 3), ("A32", "资金分配合理性", 3, 3)])]),
        ("B", "过程", 20, [("B1", "资金管理", 12, [("B11", "资金到位率", 4, 4), ("B12", "预算执行率", 4, 3.6),
                                                 ("B13", "资金使用合规性", 4, 4)]),
                         ("B2", "组织实施", 8, [("B21", "管理制度健全性", 4, 4), ("B22", "制度执行有效性", 4, 3)])]),
        ("C", "产出", 30, [("C1", "产出数量", 10, [("C11", "垃圾清运量完成率", 10, 10)]),
                         ("C2", "产出质量", 10, [("C21", "村庄保洁覆盖率", 10, 9)]),
                         ("C3", "产出时效", 5, [("C31", "垃圾清运及时率", 5, 5)]),
                         ("C4", "产出成本", 5, [("C41", "成本节约率", 5, 5)])]),
        ("D", "效益", 30, [("D1", "项目效益", 30, [("D11", "村容村貌改善情况", 10, 9), ("D12", "长效管护机制", 10, 8),
                                                 ("D13", "群众满意度", 10, 9.2)])]),
    ]
    total = 0.0
    for _, _, w1, kids in tree:
        check(sum(k[2] for k in kids) == w1, "level-2 weights")
        for _, _, w2, leaves in kids:
            check(sum(leaf[2] for leaf in leaves) == w2, "leaf weights")
            total += sum(leaf[3] for leaf in leaves)
    total = round(total, 2)
    check(total == 92.3 and sum(t[2] for t in tree) == 100, "total")
    check(rate("812.40", "856.00") == 94.91, "rate")
    out = ["涞水县人民政府", "您现在的位置：首页 > 信息公开 > 财政资金 > 绩效评价", "",
           "涞水县2022年城乡环境卫生一体化项目绩效评价报告（摘要）", "",
           "时间：2023-08-11　来源：涞水县财政局　点击数：412", "",
           f"受涞水县财政局委托，{firm}对涞水县2022年城乡环境卫生一体化项目开展了绩效评价。现将评价结果摘要公开如下。", "",
           "一、项目基本情况", "",
           f"项目名称：{project}", "项目实施单位：涞水县城市管理综合行政执法局", "主管部门：涞水县城市管理综合行政执法局",
           "委托单位：涞水县财政局", f"评价机构：{firm}", "",
           *bar_cells(["项目资金（万元）", "年度预算数", "实际支出数", "预算执行率"]),
           *bar_cells(["年度资金总额", "856.00", "812.40", "94.91%"]), "",
           "二、评价结论", "",
           f"经综合评价，该项目得分{total:g}分，评价等级为“优”。", "",
           "三、评价指标体系及评分表", "",
           *bar_cells(["一级指标", "二级指标", "三级指标", "分值", "得分"])]
    scores = [score(0, "合计", 100, total)]
    for c1, n1, w1, kids in tree:
        scores.append(score(1, n1, w1, None, code=c1))
        first1 = True
        for c2, n2, w2, leaves in kids:
            scores.append(score(2, n2, w2, None, parent=c1, code=c2))
            first2 = True
            for c3, n3, w3, s3 in leaves:
                scores.append(score(3, n3, w3, s3, parent=c2, code=c3))
                out += bar_cells([f"{c1}{n1}（{w1}分）" if first1 else "", f"{c2}{n2}（{w2}分）" if first2 else "",
                                  f"{c3}{n3}", f"{w3:g}", f"{s3:g}"])
                first1 = first2 = False
    out += [*bar_cells(["合计", "", "", "100", f"{total:g}"]), "",
            "四、主要问题及建议", "", "（一）绩效目标设置不够细化，部分指标未量化。", "（二）长效管护机制有待完善。", "",
            "附件：涞水县2022年城乡环境卫生一体化项目绩效评价报告.pdf", "",
            "【打印】【关闭】", "", "主办：涞水县人民政府办公室　技术支持：涞水县融媒体中心", "冀ICP备06011552号　冀公网安备 13062302000101号", ""]
    notes = ("Blind sample (blind11): 河北 保定 涞水县 评价报告（摘要） page saved as text; the page's two tables come one cell per line, "
             "each cell a line ending ' |' (F4 shape), a merged or empty cell a bare '|' line. Page junk: site name, "
             "breadcrumb, '时间/来源/点击数' line, 附件 line, 【打印】【关闭】, footer. Header fields from the '项目名称：' etc. lines: project_name "
             "as written there (the report states it, so no region/year stripping), reporting_unit = 项目实施单位, department = 主管部门, "
             "evaluator = 评价机构, commissioned_by = 委托单位. Money (万元 from the label): one line '年度资金总额' 856.00 -> "
             "current_year_budget, actual 812.40, rate 94.91 % (812.40/856.00); the evaluation's budget/spent/rate are these. Scores: codes "
             "as printed; names drop the code and the '（n分）' weight; level 1/2 weight from the label, score null (none printed); "
             "parent_code = the parent's code; 合计 level 0 100 / 92.3 (= sum of the 18 leaves). Weights 20+20+30+30 = 100 and each level-2 "
             "weight is the sum of its leaves. Grade '优' from the 评价结论 sentence. No targets, so no indicators. doc_kind "
             "evaluation_report (a firm evaluated it).")
    write(name, "\n".join(out), "evaluation_report", notes, [form(
        fiscal_year=2022, project_name=project, reporting_unit="涞水县城市管理综合行政执法局",
        department="涞水县城市管理综合行政执法局",
        budget_lines=[line("current_year_budget", "年度资金总额", "856.00", actual="812.40", rate=94.91)],
        scores=scores,
        evaluation=evaluation(2022, project, total, "优", "856.00", "812.40", 94.91, evaluator=firm,
                              commissioned_by="涞水县财政局"))])


# ---------------------------------------------------------------- 5. 吉林 通化 集安市 部门整体支出绩效目标表 (.html)
def jian() -> None:
    name = "jilin_tonghua-jian_forestry_dept_targets_html_2024.html"
    unit_name = "集安市林业局"
    rows = [
        ("产出指标", "数量指标", "完成人工造林面积", "≥0.35万亩"),
        ("产出指标", "数量指标", "森林抚育面积", "≥1.2万亩"),
        ("产出指标", "质量指标", "造林成活率", "≥85%"),
        ("产出指标", "时效指标", "森林防火巡护覆盖时段", "全年"),
        ("效益指标", "生态效益指标", "森林覆盖率", "≥83.5%"),
        ("效益指标", "生态效益指标", "林业有害生物成灾率", "≤3‰"),
        ("效益指标", "可持续影响指标", "森林资源保护长效机制", "持续完善"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥92%"),
    ]
    check(1216.40 + 70 == 1286.40 and abs(842.60 + 443.80 - 1286.40) < 1e-9, "money sums")
    grid: list[list[Cell]] = [
        [("部门整体支出绩效目标表", 1, 4)],
        [("（2024年度）", 1, 4)],
        ["部门（单位）名称", (unit_name, 1, 3)],
        [("年度预算申请（万元）", 6, 1), "资金总额", ("1,286.40", 1, 2)],
        [("按收入性质分", 1, 3)],
        ["其中：财政拨款", ("1,216.40", 1, 2)],
        ["其他资金", ("70.00", 1, 2)],
        ["按支出性质分：基本支出", ("842.60", 1, 2)],
        ["项目支出", ("443.80", 1, 2)],
        ["年度主要任务", ("完成人工造林和森林抚育任务，做好森林防火和林业有害生物防治，加强森林资源管护。", 1, 3)],
        ["年度绩效目标", ("巩固提升森林资源质量，保持森林覆盖率稳定，林区生态环境持续向好。", 1, 3)],
        ["一级指标", "二级指标", "三级指标", "指标值"],
    ]
    spans1 = {"产出指标": 4, "效益指标": 3, "满意度指标": 1}
    seen: set[str] = set()
    for i, (l1, l2, n, tg) in enumerate(rows):
        cells: list[Cell] = []
        if l1 not in seen:
            seen.add(l1)
            cells.append((l1, spans1[l1], 1))
        if i == 0 or rows[i - 1][:2] != (l1, l2):
            cells.append((l2, sum(1 for r in rows if r[:2] == (l1, l2)), 1))
        cells += [n, tg]
        grid.append(cells)
    body = "<p>附表</p>\n" + table(grid) + "\n<p>注：本表金额单位为万元。</p>"
    doc = page("集安市林业局2024年度部门整体支出绩效目标",
               '当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/yjs/">预决算公开</a> &gt; 部门预算',
               "发布时间：2024-02-28　　来源：集安市林业局　　浏览次数：96", body,
               '相关附件：<a href="/files/2024/jalyj_bmzt.docx">集安市林业局2024年度部门整体支出绩效目标表.docx</a>',
               "集安市人民政府 版权所有　网站标识码：2205820002<br>吉ICP备10001633号　吉公网安备 22058202000007号")
    indicators = [indicator(l1, l2, n, tg) for l1, l2, n, tg in rows]
    check(indicators[0]["value"] == 3500.0 and indicators[1]["value"] == 12000.0, "万亩")
    check(indicators[5]["value"] == 0.3 and indicators[5]["unit"] == "%", "‰")
    money_lines = [line("current_year_budget", "资金总额", "1,286.40"),
                   line("fiscal_appropriation", "其中：财政拨款", "1,216.40", parent="资金总额"),
                   line("other_funds", "其他资金", "70.00", parent="资金总额"),
                   line("component", "基本支出", "842.60", parent="资金总额"),
                   line("component", "项目支出", "443.80", parent="资金总额")]
    notes = ("Blind sample (blind11): 吉林 通化 集安市 部门整体支出绩效目标表 (2024年度) on a disclosure page saved as .html (nav, breadcrumb, "
             "发布时间/来源/浏览次数, 字体 links, '附表', a '注：本表金额单位为万元。' note, 相关附件 link, footer). The money label "
             "'年度预算申请（万元）' rowspans 6 rows; '按收入性质分' is a sub-heading row; '按支出性质分：基本支出' carries the heading glued "
             "before the label in one cell: the label is '基本支出' (the heading is not part of it). Dept-wide: project_name, department, "
             "reporting_unit = 部门（单位）名称. Money x10000 with thousands commas: 资金总额 1,286.40 -> current_year_budget; 其中：财政拨款 "
             "-> fiscal_appropriation and 其他资金 -> other_funds, 基本支出/项目支出 -> component, all with parent_label '资金总额' (blind2-10 "
             "dept-wide precedent); 1216.40 + 70 = 842.60 + 443.80 = 1286.40. Targets: '≥0.35万亩' -> 3500 亩, '≥1.2万亩' -> 12000 亩, "
             "'≤3‰' -> <= 0.3 % (contract: 千分之/‰ become percent), '全年' and '持续完善' word targets. 生态效益指标 merged over 2 rows. "
             "The 年度主要任务/年度绩效目标 sentences carry no figures (no goal_text rows). No 分值: target_form, no scores.")
    write(name, doc, "target_form", notes, [form(
        fiscal_year=2024, project_name=unit_name, reporting_unit=unit_name, department=unit_name,
        budget_lines=money_lines, indicators=indicators)])


if __name__ == "__main__":
    zhijiang()
    wuyi()
    yingshan()
    laishui()
    jian()
