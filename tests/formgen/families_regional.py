"""Regional template families the first builders left out (LAYOUTS.md §1): the Hubei target form
with its cost build-up (T-HB), Fujian's department-wide form and its transfer-payment form with one
column per recipient (T-FJ), and the Shanghai self-evaluation (T-SH). Each is drawn the way its
sample in ``samples/families/`` is laid out; the truth follows that sample's expectation notes."""

from __future__ import annotations

import random
import struct
from decimal import Decimal

from jixiao.extract.document import Paragraph

from tests.formgen.grid import GridBlock, make_table, merged_blanked
from tests.formgen.money_block import MONEY_COLUMNS, unit_in_row, wide_money_lines, wide_money_rows, wide_money_truth
from tests.formgen.parts import (GeneratedForm, PagePrint, budget_line, cut_off, form_record, indicator_rows,
                                 junk_before, runs_of, score_row, side_rng, title_blocks, who)
from tests.formgen.spec import (Indicator, Target, amount_text, draw_actuals, draw_indicators,
                                draw_money, fmt_num, r2, split_weights, yuan)

PAGE_FOOTERS = ["— 1 —", "- 1 -", "-1-"]
#: share of the Fujian xls forms drawn as an xls → csv/text export leaves them (merged cells blank
#: in place, the transfer sample's layout), on a stream of their own.
XLS_BLANKED_SHARE = 0.35
#: share of transfer-payment forms whose head labels name the transfer (转移支付资金名称 for 专项名称) and
#: the level of the department (省级主管部门 / 市级主管部门 for 主管部门: the blind8 无为 form), on a
#: stream of its own ("transfer head words").
TRANSFER_HEAD_WORDS_SHARE = 0.3
TRANSFER_NAME_LABELS = ("转移支付资金名称", "转移支付项目名称")
TRANSFER_DEPARTMENT_LABELS = ("省级主管部门", "市级主管部门")


def _wan(tenths: int) -> Decimal:
    return Decimal(tenths) / 10


# --- T-HB: Hubei 项目支出绩效目标表 with 项目预算成本构成 ----------------------------------------------

HB_COSTS = [("机械化清扫作业费", "{a}万平方米×0.4元/平方米"), ("作业人员劳务费", "作业人员{n}人×3万元/人·年"),
            ("设备购置费", "按采购计划及市场询价测算"), ("燃料及维修费", "按车辆台数及上年实际测算"),
            ("宣传培训费", "按培训人次×标准测算"), ("日常运行维护费", "按上年实际支出测算"),
            ("检测化验费", "按检测批次×{n}元/批次")]
HB_MEASURES = "严格按照作业标准组织实施,每月巡查作业质量,按季度考核结算经费"
#: share of T-HB forms printed from their F8 text (the whole form run together with no separator, the
#: 鄂州 form: realworld 12_a), which the page wraps at its width mid-word; on a stream of its own
#: ("glued run printed"). Only the PDF prints change (``PagePrint.glued_run``).
GLUED_RUN_PRINT_SHARE = 0.3


def _hb_indicator_rows(indicators: list[Indicator], explain: bool) -> list[list]:
    """一级指标 column holding the 二级 words (数量指标…), names in the 二级指标 column (realworld 12)."""
    rows: list[list] = []
    for group in runs_of(indicators, lambda i: i.level2):
        for k, ind in enumerate(group):
            head = [(ind.level2, len(group), 1)] if k == 0 else []
            rows.append(head + [ind.name, f"反映{ind.name}情况" if explain else "", ind.target.raw])
    return rows


def thb_target(rng: random.Random, year: int) -> GeneratedForm:
    department, unit, project = who(rng)
    project_type = rng.choice(["经常性项目", "一次性项目"])
    project_class = rng.choice(["本级支出项目", "对下转移支付项目"])
    costs = rng.sample(HB_COSTS, rng.randint(2, 5))
    lines = []
    for label, basis in costs:
        amount = _wan(rng.randint(300, 6000))
        earlier = [_wan(int(amount * 10 * Decimal(str(rng.uniform(0.85, 0.99))))) for _ in range(2)]
        lines.append((label, amount, basis.format(a=rng.randint(100, 2000), n=rng.randint(5, 80)), earlier))
    total = sum((a for _, a, _, _ in lines), Decimal(0))
    earlier_totals = [sum((e[k] for *_, e in lines), Decimal(0)) for k in range(2)]
    form = form_record(0, fiscal_year=year, project_name=project, reporting_unit=unit,
                       department=department, project_type=project_type, project_class=project_class)
    form["budget_lines"] = [budget_line("component", label, yuan(a)) for label, a, _, _ in lines] + \
        [budget_line("current_year_budget", "合计", yuan(total))]
    head = make_table(
        [["项目名称", (project, 1, 4)], ["主管部门", department, "项目实施单位", (unit, 1, 2)],
         ["项目类别", project_class, "项目性质", (project_type, 1, 2)],
         ["立项依据", (f"《{department}{project}管理办法》;{project}实施方案", 1, 4)],
         ["项目预算成本构成", "金额", "测算(公式)依据", f"{year - 2}年实际执行数", f"{year - 1}年实际执行数"]]
        + [[label, str(a), basis, str(e[0]), str(e[1])] for label, a, basis, e in lines]
        + [["合计", str(total), "", str(earlier_totals[0]), str(earlier_totals[1])],
           ["绩效目标", (f"保障{project}顺利实施,提高服务质量,改善群众生产生活条件。", 1, 4)]])
    indicators = draw_indicators(rng, 6, 10)
    rows = _hb_indicator_rows(indicators, explain=rng.random() < 0.8)
    form["indicators"] = [i.truth(level1=i.level2, level2=None) for i in indicators]
    rows, _ = cut_off(rng, form, rows, len(rows))
    rows[0] = rows[0] + [(HB_MEASURES, len(rows), 1)]
    table = make_table([["一级指标", "二级指标", "绩效标准", "当年预期实现值", "保障绩效目标实现措施"]] + rows)
    blocks: list[GridBlock] = junk_before(rng, project, year, department) + [
        Paragraph(f"{department[:3]}{year}年市直部门预算项目支出绩效目标表"),
        Paragraph(rng.choice(["单位:万元", "金额单位:万元"])), head]
    if rng.random() < 0.5:
        blocks.append(Paragraph(rng.choice(PAGE_FOOTERS)))
    blocks += [Paragraph("绩效指标"), table]
    if rng.random() < 0.5:
        blocks.append(Paragraph("主管部门审核意见 单位公章: 年 月 日"))
    printed_run = side_rng(rng, "glued run printed").random() < GLUED_RUN_PRINT_SHARE
    return GeneratedForm("T-HB", blocks, {"doc_kind": "target_form", "forms": [form]},
                         PagePrint("", glued_run=True) if printed_run else None)


# --- T-FJ: Fujian xls forms (float artefacts, fractions for rates, ASCII operators) -------------------

def _float32_text(value: float) -> str:
    """What an xls cell of type float32 prints for ``value`` (``0.8999999761581421`` for 0.9)."""
    return repr(struct.unpack("f", struct.pack("f", value))[0])


def _xls_target(rng: random.Random, ind: Indicator) -> Target:
    """A Fujian target cell: ASCII ``>=``/``<=`` mostly, and a rate as an xls fraction
    (``1`` = 100 %, ``0.9``, or its float32 artefact) — LAYOUTS F9."""
    t = ind.target
    if ind.kind == "pct" and t.operator == "=" or (ind.kind == "pct" and ind.name.endswith("率")
                                                   and rng.random() < 0.4):
        fraction = t.value / 100
        raw = _float32_text(fraction) if rng.random() < 0.3 and fraction != 1 else fmt_num(fraction)
        return Target(raw, "=", t.value, "%", None, "", raw, "")
    if t.operator is not None and rng.random() < 0.7:
        raw = t.raw.replace("≥", ">=").replace("≤", "<=")
        return Target(raw, t.operator, t.value, t.unit, None, t.op_cell, t.value_cell, t.unit_cell)
    return t


def tfj_dept(rng: random.Random, year: int) -> GeneratedForm:
    department, _, _ = who(rng)
    code = rng.randint(100001, 999999)
    duties = rng.sample(PROJECTS_FJ, rng.randint(2, 4))
    amounts = [Decimal(rng.randint(1000, 90000)) / 100 for _ in duties]
    project_total = sum(amounts, Decimal(0))
    basic = Decimal(rng.randint(50000, 300000)) / 100
    total = basic + project_total
    form = form_record(0, fiscal_year=year, project_name=department, reporting_unit=department,
                       department=department)
    form["budget_lines"] = [
        budget_line("current_year_budget", "资金总额", yuan(total)),
        budget_line("component", "基本支出", yuan(basic), "资金总额"),
        budget_line("component", "项目支出", yuan(project_total), "资金总额")] + [
        budget_line("component", f"{name}经费", yuan(a), "年度履职目标") for (name, _), a in zip(duties, amounts)] + [
        budget_line("component", "基本支出", yuan(basic), "年度履职目标")]
    artefact = rng.randrange(len(amounts)) if rng.random() < 0.4 else -1
    amount_cells = [f"{float(a):.15f}" if k == artefact else fmt_num(float(a)) for k, a in enumerate(amounts)]
    duty_rows = [[f"负责{name}工作", task, f"{name}经费", cell]
                 for (name, task), cell in zip(duties, amount_cells)]
    basic_task = f"按时发放{year}年人员工资待遇" if side_rng(rng, "dated task").random() < DATED_TASK_SHARE \
        else "按时发放人员工资福利,保障日常办公"
    duty_rows.append(["保障机关正常运转", basic_task, "基本支出", fmt_num(float(basic))])
    # the money block's caption, drawn after the family's own draws (blind2: 年度预算申请（万元）)
    money_caption = side_rng(rng, "money caption").choice(["年度预算安排(万元)", "年度预算安排(万元)",
                                                           "年度预算申请（万元）", "预算申请(万元)"])
    bare_side = side_rng(rng, "bare money caption")
    bare = bare_side.random() < BARE_MONEY_CAPTION_SHARE
    if bare:
        money_caption = bare_side.choice(BARE_MONEY_CAPTIONS)
    name_row = ["部门(单位)名称", (department, 1, 4)] if bare else \
        ["部门(单位)名称", (department, 1, 2), "部门预算编码", str(code)]
    head = make_table(
        [name_row,
         [(money_caption, 3, 1), "资金总额", (fmt_num(float(total)), 1, 3)],
         ["基本支出", (fmt_num(float(basic)), 1, 3)], ["项目支出", (fmt_num(float(project_total)), 1, 3)],
         ["年度总体目标", ("目标1:保障机关人员工资福利按时足额发放,机关日常运转正常;目标2:"
                       + "".join(f"{t};" for _, t in duties), 1, 4)],
         [("年度履职目标", len(duty_rows) + 1, 1), "部门职能", "年度目标任务", "支出项目名称", "预算金额(万元)"]]
        + duty_rows)
    indicators = draw_indicators(rng, 6, 10)
    for ind in indicators:
        ind.target = _xls_target(rng, ind)
    standard = ["(计划标准)", "(行业标准)", "(历史标准)"]
    basis_rng = side_rng(rng, "explanation basis")
    own_words = basis_rng.random() < OWN_WORDS_EXPLANATION_SHARE
    if own_words:
        for ind in indicators:
            if ind.target.operator is None and basis_rng.random() < 0.5:
                word = basis_rng.choice(UNLISTED_WORD_TARGETS)
                ind.target = Target(word, None, None, None, word, "定性", word, "")

    def explanation(ind: Indicator) -> str:
        bracket = rng.choice(standard)               # the family's own draw, kept for every seed
        if not own_words:
            return f"{ind.name}{bracket}"
        if ind.kind == "count" and ind.unit != "万元" and basis_rng.random() < 0.2:
            return f"{basis_rng.randint(0, 50)}{ind.unit}(历史标准)"   # last year's figure (0次(历史标准))
        if ind.target.unit == "%" and ind.target.value is not None and basis_rng.random() < 0.2:
            return f"{fmt_num(ind.target.value)}%"   # the figure alone, no standard (Ningde: 100% | 100%)
        return f"{basis_rng.choice(EXPLANATION_BASES)}{bracket}"

    rows = indicator_rows(indicators, lambda s: s, lambda s: s,
                          lambda i: [explanation(i), i.target.raw])
    form["indicators"] = [i.truth() for i in indicators]
    if side_rng(rng, "row cut short").random() < ROW_CUT_SHORT_SHARE:
        rows[-1] = rows[-1][:-2]                     # the page ends after the last row's name
        form["indicators"][-1]["lenient"] = True
    table = make_table([["一级指标", "二级指标", "三级指标", "指标解释", "目标值"]] + rows)
    if side_rng(rng, "merged blanked").random() < XLS_BLANKED_SHARE:
        head, table = merged_blanked(head), merged_blanked(table)
    blocks: list[GridBlock] = junk_before(rng, f"{department}{year}年度部门整体支出绩效目标", year, department)
    if rng.random() < 0.5:
        blocks.append(Paragraph(f"附件2:{year}年部门整体支出绩效目标表.xls"))
    blocks += title_blocks(rng, ["部门整体支出绩效目标表", "部门整体支出绩效目标申报表"], year) + \
        ([Paragraph("单位：万元")] if bare else []) + [head, table]
    return GeneratedForm("T-FJ dept", blocks, {"doc_kind": "target_form", "forms": [form]})


#: share of the department forms whose 指标解释 states the target's basis in its own words
#: (``稳定粮食生产(计划标准)``, ``省定目标(行业标准)``, ``0次(历史标准)``) instead of restating the
#: name (the Sanming sample), on the stream 'explanation basis'.
OWN_WORDS_EXPLANATION_SHARE = 0.5
#: The bases such an explanation names before its bracketed standard.
EXPLANATION_BASES = ["年度工作计划", "年度工作任务", "省定目标", "国家标准", "行业规范", "社会调查", "上级考核要求",
                     "市委市政府目标", "年度支付计划", "压减一般性支出", "应免尽免", "稳定粮食生产", "历年平均水平"]
#: Word targets no vocabulary lists, printed right after the explanation's bracket (…(计划标准)稳定).
UNLISTED_WORD_TARGETS = ["稳定", "稳步推进", "总体稳定", "持续巩固"]
#: share of the department forms whose page ends inside the indicator table's last row, after its
#: name (Ningde: ``成本指标 | 基本支出``, explanation and target lost), on the stream 'row cut short'.
ROW_CUT_SHORT_SHARE = 0.2
#: share of the department forms whose basic expenditure's task names the year (按时发放2019年人员工资待遇,
#: Ningde), on the stream 'dated task'.
DATED_TASK_SHARE = 0.4
#: share of department-wide forms whose money caption is written without its unit (年度预算申请, the unit
#: in a line above the form) and whose name row has no 部门预算编码 cell, so the caption follows the
#: department's name (one cell per line: ``…农业农村局`` / ``年度预算申请``: the blind8 凤翔 form); on a
#: stream of its own ("bare money caption").
BARE_MONEY_CAPTION_SHARE = 0.3
BARE_MONEY_CAPTIONS = ("年度预算申请", "年度预算安排", "预算申请")
#: (支出项目, 年度目标任务) of a department's duties (Fujian 年度履职目标 rows).
PROJECTS_FJ = [("粮食生产及农业防灾减灾", "稳定粮食播种面积,做好农业防灾减灾"),
               ("动物防疫及农产品质量安全监管", "完成重大动物疫病强制免疫,开展例行监测"),
               ("乡村振兴试点村建设", "完成试点村建设任务"), ("农业综合执法", "开展农资打假和执法检查"),
               ("农村公路养护", "完成农村公路日常养护"), ("公共文化服务", "保障图书馆、文化馆免费开放"),
               ("困难群众救助", "按时足额发放救助资金")]
#: (专项名称, 主管部门) of provincial transfer payments.
FUNDS = [("省级乡村振兴试点示范专项资金", "福建省农业农村厅"), ("省级农村公路养护补助资金", "福建省交通运输厅"),
         ("省级公共文化服务体系建设专项资金", "福建省文化和旅游厅"),
         ("省级城乡居民基本养老保险补助资金", "福建省人力资源和社会保障厅"),
         ("省级重大动物疫病防控补助资金", "福建省农业农村厅")]
CITIES = ["福州市", "莆田市", "三明市", "南平市", "宁德市", "泉州市", "漳州市", "龙岩市"]


def _recipient_cells(rng: random.Random, ind: Indicator, n: int) -> list[str]:
    """The target split by recipient: counts add up to the province's, the rest is repeated."""
    t = ind.target
    if ind.kind == "count" and t.unit != "元" and t.value is not None and t.value >= n:
        return [str(p) for p in split_weights(rng, int(t.value), n)]
    if t.unit == "%" and t.value is not None:
        return [fmt_num(t.value / 100)] * n
    return [t.raw] * n


def tfj_transfer(rng: random.Random, year: int) -> GeneratedForm:
    fund, department = rng.choice(FUNDS)
    cities = rng.sample(CITIES, rng.randint(3, 6))
    shares = [Decimal(rng.randint(5, 40) * 100) for _ in cities]
    total = sum(shares, Decimal(0))
    form = form_record(0, fiscal_year=year, project_name=fund, department=department)
    form["budget_lines"] = [budget_line("current_year_budget", "合计", yuan(total))] + \
        [budget_line("component", city, yuan(s), "合计") for city, s in zip(cities, shares)]
    xls = rng.random() < 0.5                               # '2400.0' as an xls float
    money = lambda x: f"{x:.1f}" if xls else f"{x}"         # noqa: E731
    indicators = draw_indicators(rng, 6, 10)
    for ind in indicators:
        ind.target = _xls_target(rng, ind)
    rows = indicator_rows(indicators, lambda s: s, lambda s: s,
                          lambda i: [i.target.raw] + _recipient_cells(rng, i, len(cities)))
    form["indicators"] = [i.truth() for i in indicators]
    width = 4 + len(cities)
    head_words = side_rng(rng, "transfer head words")
    name_label, department_label = ("专项名称", "主管部门") if head_words.random() >= TRANSFER_HEAD_WORDS_SHARE \
        else (head_words.choice(TRANSFER_NAME_LABELS), head_words.choice(TRANSFER_DEPARTMENT_LABELS))
    table = make_table(
        [[name_label, (fund, 1, width - 1)], [department_label, (department, 1, width - 1)],
         [("资金金额(万元)", 2, 3), "合计"] + cities, [money(total)] + [money(s) for s in shares],
         ["年度目标", (f"统筹安排{fund},支持{len(cities)}个设区市完成年度任务,带动农户就近就业增收。", 1, width - 1)],
         ["一级指标", "二级指标", "三级指标", "指标值"] + cities] + rows)
    if side_rng(rng, "merged blanked").random() < XLS_BLANKED_SHARE:
        table = merged_blanked(table)            # as the sample came: xls → csv, merged cells blank
    blocks: list[GridBlock] = [Paragraph(f"附件{rng.randint(1, 3)}"),
                               Paragraph(f"{year}年{fund}区域绩效目标表"), table]
    return GeneratedForm("T-FJ transfer", blocks, {"doc_kind": "target_form", "forms": [form]})


# --- T-SH self-evaluation (上海 项目支出绩效自评表) -----------------------------------------------------

SH_BLOCK_WEIGHTS = {"产出指标": 50, "效益指标": 30, "满意度指标": 10}


def tsh_self(rng: random.Random, year: int) -> GeneratedForm:
    department, unit, project = who(rng)
    m = draw_money(rng)
    indicators = draw_indicators(rng, 6, 10)
    weights: list[int] = []
    for group in runs_of(indicators, lambda i: i.level1):
        weights += split_weights(rng, SH_BLOCK_WEIGHTS[group[0].level1], len(group))
    draw_actuals(rng, indicators, weights)
    for ind in indicators:                                  # Shanghai 2022: ASCII operators
        ind.target.raw = ind.target.raw.replace("≥", ">=").replace("≤", "<=")
    total = r2(m.score + sum(i.score for i in indicators))
    fiscal_spent = m.spent - m.carry
    fiscal_rate = r2(float(fiscal_spent / m.fiscal * 100))
    form = form_record(0, fiscal_year=year, project_name=project, reporting_unit=unit, department=department)
    form["budget_lines"] = [
        budget_line("current_year_budget", "年度资金总额", yuan(m.budget), None, yuan(m.initial),
                    yuan(m.spent), m.rate),
        budget_line("fiscal_appropriation", "其中:财政资金", yuan(m.fiscal), None, yuan(m.fiscal),
                    yuan(fiscal_spent), fiscal_rate),
        budget_line("other_funds", "其他资金", yuan(m.carry), None, "0.00", yuan(m.carry),
                    100.0 if m.carry else None)]
    form["indicators"] = [i.truth() for i in indicators]
    form["scores"] = [score_row(0, "总分", 100.0, total), score_row(1, "预算执行率", 10.0, m.score)] + \
        [score_row(3, i.name, i.weight, i.score, None, i.actual_raw, i.actual_value) for i in indicators]
    yuan_text = lambda x: amount_text(rng, x, "元")                                  # noqa: E731
    dash = rng.choice(["—", "-", "/"])
    money_rows = [
        ["年度资金总额", yuan_text(m.initial), yuan_text(m.budget), yuan_text(m.spent), "10",
         f"{m.rate:.2f}%", fmt_num(m.score)],
        ["其中:财政资金", yuan_text(m.fiscal), yuan_text(m.fiscal), yuan_text(fiscal_spent), dash,
         f"{fiscal_rate:.2f}%", dash],
        ["其他资金", "0.00", yuan_text(m.carry), yuan_text(m.carry), dash,
         "100.00%" if m.carry else dash, dash]]
    money_label = "项目资金(元)"
    wide = wide_money_lines(rng, m, "年度资金总额")        # 一般公共预算拨款, 中央财政资金, 自筹资金 …
    if wide:
        if unit_in_row(rng):                        # the unit in the total's row label only
            money_label, wide[0].label = "项目资金", "年度资金总额（元）"
        form["budget_lines"] = wide_money_truth(wide)
        money_rows = wide_money_rows(side_rng(rng, "money sub-line cells"), wide, "元", MONEY_COLUMNS, dash)
    reason = "受资金到位时间影响,下年度提前谋划"
    rows = indicator_rows(indicators, lambda s: s, lambda s: s,
                          lambda i: [i.target.raw, i.actual_raw, fmt_num(i.weight), fmt_num(i.score),
                                     "" if i.score == i.weight else reason])
    rows, cut = cut_off(rng, form, rows, len(rows))
    table_rows = [["项目名称", (project, 1, 8)],
                  ["主管部门", (department, 1, 3), "实施单位", (unit, 1, 4)],
                  [(money_label, len(money_rows) + 1, 1), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                   ("得分", 1, 2)]] + [r[:-1] + [(r[-1], 1, 2)] for r in money_rows] + [
        [("年度总体目标", 2, 1), ("预期目标", 1, 4), ("实际完成情况", 1, 4)],
        [(f"按时完成{project}年度任务,服务对象满意度不低于90%。", 1, 4),
         (f"{project}年度任务已完成,资金使用规范。", 1, 4)],
        [("绩效指标", len(rows) + 1, 1), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
         "得分", "偏差原因分析及改进措施"]] + rows
    if cut:
        form["scores"] = [s for s in form["scores"] if s["level"] != 0]
    else:
        table_rows.append([("总分", 1, 6), "100", (fmt_num(total), 1, 2)])
        form["evaluation"] = {"fiscal_year": year, "project_name": project, "evaluator": None,
                              "commissioned_by": None, "total_score": total, "grade": None,
                              "budget_yuan": yuan(m.budget), "spent_yuan": yuan(m.spent),
                              "execution_rate": m.rate}
    blocks = junk_before(rng, project, year, department) + \
        title_blocks(rng, ["项目支出绩效自评表"], year) + [make_table(table_rows)]
    return GeneratedForm("T-SH self-eval", blocks, {"doc_kind": "self_evaluation", "forms": [form]})

