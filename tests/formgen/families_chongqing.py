"""The Chongqing 项目支出绩效目标审批表 (LAYOUTS.md §5, T-CQ): a target form of the 2021 national
framework with 预算单位 / 业务主管部门 / 项目分类 / 建设周期 in months, its money in 万元 as a list
(项目总预算, 当年年度预算, 其中：财政资金, 其中：其它资金), sometimes the budget's own weight outside the
table (``年度预算执行率 100% 分值 10分``), and an indicator table under ``年度绩效目标（90分）`` whose 一级
cells print a weight RANGE (``成本指标(0-20)分``) and whose 分值 column gives each indicator's weight.
成本指标 is a 一级 here (its 二级 经济成本指标 …). A 分值 column in a target form gives weights only: no
score rows, and the form stays a target form."""

from __future__ import annotations

import calendar
import random
from decimal import Decimal

from jixiao.extract.document import Paragraph

from tests.formgen.grid import make_table
from tests.formgen.parts import (GeneratedForm, budget_line, cut_off, form_record, indicator_rows, junk_before,
                                 score_row, side_rng, title_blocks, who)
from tests.formgen.spec import (INDICATORS, QUALITATIVE, Indicator, Target, draw_actuals, draw_indicators, draw_money,
                                draw_target, fmt_num, r2, split_weights, yuan)

PROJECT_CLASSES = ("资产资源类--房屋类", "公共服务类--教育类", "专项业务类--运行维护类", "政策补贴类--社会保障类",
                   "基础设施类--市政设施类")
#: Each 一级's weight range as the template prints it beside its name.
WEIGHT_RANGES = {"成本指标": (0, 20), "产出指标": (20, 50), "效益指标": (20, 40), "满意度指标": (0, 10)}
COST_LEVEL2 = ("经济成本指标", "社会成本指标", "生态环境成本指标")
GOALS = ("按期完成{project}年度任务，保障项目顺利实施，服务对象满意度稳步提升",
         "规范资金管理，提高资金使用效益，确保{project}各项工作按计划推进")


def _range_label(rng: random.Random):
    style = rng.choice(["{name}({lo}-{hi})分", "{name}（{lo}-{hi}分）", "{name}\n({lo}-{hi})分"])
    return lambda name: style.format(name=name, lo=WEIGHT_RANGES[name][0], hi=WEIGHT_RANGES[name][1])


def tcq_target(rng: random.Random, year: int) -> GeneratedForm:
    department, unit, project = who(rng)
    indicators = draw_indicators(rng, 6, 10)
    cost_level2 = rng.choice(COST_LEVEL2)
    for ind in indicators:
        if ind.level2 == "成本指标":                 # the 2021 framework: 成本 is a 一级 of its own
            ind.level1, ind.level2 = "成本指标", cost_level2
    cost_first = rng.random() < 0.5
    order = ["成本指标", "产出指标", "效益指标", "满意度指标"] if cost_first else \
        ["产出指标", "效益指标", "满意度指标", "成本指标"]
    indicators.sort(key=lambda i: order.index(i.level1))
    for ind, weight in zip(indicators, split_weights(rng, 90, len(indicators))):
        ind.weight = float(weight)

    total = Decimal(rng.randint(500, 90000)) / 10
    current = total if rng.random() < 0.6 else (total * Decimal("0.5")).quantize(Decimal("0.1"))
    other = Decimal(0) if rng.random() < 0.6 else (current * Decimal("0.2")).quantize(Decimal("0.1"))
    fiscal = current - other
    start = rng.randint(1, 6)
    end_year = year + (1 if rng.random() < 0.4 else 0)
    end = rng.randint(1, 12) if end_year > year else rng.randint(start + 3, 12)
    klass = rng.choice(PROJECT_CLASSES)
    form = form_record(0, fiscal_year=year, project_name=project, reporting_unit=unit, department=department,
                       project_class=klass, start_date=f"{year}-{start:02d}-01",
                       end_date=f"{end_year}-{end:02d}-{calendar.monthrange(end_year, end)[1]:02d}")
    form["budget_lines"] = [budget_line("total_budget", "项目总预算", yuan(total)),
                            budget_line("current_year_budget", "当年年度预算", yuan(current)),
                            budget_line("fiscal_appropriation", "其中：财政资金", yuan(fiscal)),
                            budget_line("other_funds", "其中：其它资金", yuan(other))]
    form["indicators"] = [i.truth() for i in indicators]
    money = lambda x: f"{x:.2f}" if rng.random() < 0.5 else f"{x}"          # noqa: E731
    head = make_table([["项目名称", (project, 1, 3)],
                       ["预算单位", unit, "业务主管部门", department],
                       ["项目分类", klass, "建设周期", f"{year}年{start}月-{end_year}年{end}月"],
                       [("项目资金（万元）", 4, 1), "项目总预算", (money(total), 1, 2)],
                       ["当年年度预算", (money(current), 1, 2)],
                       ["其中：财政资金", (money(fiscal), 1, 2)],
                       ["其中：其它资金", (money(other), 1, 2)],
                       ["年度目标", (rng.choice(GOALS).format(project=project), 1, 3)]])
    rows = indicator_rows(indicators, _range_label(rng), lambda s: s,
                          lambda i: [i.target.raw, fmt_num(i.weight)])
    rows, _ = cut_off(rng, form, rows, len(rows))
    table = make_table([[("年度绩效目标（90分）", 1, 5)], ["一级指标", "二级指标", "三级指标", "指标值", "分值"]] + rows)
    extra = side_rng(rng, "budget weight line")
    budget_weight = [Paragraph("年度预算执行率：100%    分值：10分")] if extra.random() < 0.5 else []
    titles = title_blocks(rng, ["项目支出绩效目标审批表", "重庆市项目支出绩效目标审批表"], year)
    unit_line = [Paragraph("单位：万元")] if rng.random() < 0.3 else []
    blocks = junk_before(rng, project, year, department) + titles + unit_line + [head] + budget_weight + [table]
    return GeneratedForm("T-CQ target", blocks, {"doc_kind": "target_form", "forms": [form]})


# --- T-CQ dept self-eval (重庆 部门整体绩效自评表) ------------------------------------------------------

#: Indicators of a department's whole year (name, kind, unit) beside the project ones of spec.INDICATORS.
DEPARTMENT_INDICATORS: list[tuple[str, str, str]] = [
    ("部门预算执行率", "pct", "%"), ("政府采购执行率", "pct", "%"), ("重点工作任务完成率", "pct", "%"),
    ("结转结余资金规模控制率", "pct", "%"), ("部门决算编报及时性", "qual", ""), ("内部控制制度健全性", "qual", ""),
    ("资产管理规范性", "qual", ""), ("办理人大建议政协提案件数", "count", "件"),
]
#: yes/no indicators: name and the target a department sets (计量单位 ``是/否``).
YES_NO_INDICATORS: list[tuple[str, str]] = [
    ("是否发生重大安全生产责任事故", "否"), ("重点改革任务是否按期完成", "是"),
    ("是否按时公开部门预决算信息", "是"), ("是否存在违规使用资金问题", "否")]
#: signed-zero targets: a cost a department must not raise (``-0`` with 计量单位 ``%``).
SIGNED_ZERO_INDICATORS: list[str] = ["“三公”经费变动率", "一般性支出压减率", "会议费变动率"]
#: the yes/no unit and its cells
YES_NO_UNIT = "是/否"
#: share of department self-evaluations with yes/no indicators / a signed-zero target, each on its
#: own stream ("yes-no targets", "signed zero targets").
YES_NO_SHARE = 0.4
SIGNED_ZERO_SHARE = 0.4
DEPARTMENT_NAME_LABELS = ("部门(单位)名称", "部门名称", "部门（单位）名称")
TOTAL_SCORE_LABELS = ("自评总分(分)", "自评总分（分）", "自评总分")
MONEY_CAPTIONS = ("年度预算执行情况(万元)", "年度预算执行情况（万元）", "部门预算执行情况（万元）")
EXECUTION_WEIGHT_LABELS = ("执行率权重(分)", "执行率权重（分）")
EXECUTION_SCORE_LABELS = ("执行率得分(分)", "执行率得分（分）")
INDICATOR_HEAD = ("指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)",
                  "指标权重(分)", "指标得分(分)", "是否核心指标")
DEPARTMENT_GOALS = ("全面履行部门职责，保障机关正常运转，完成年度重点工作任务",
                    "围绕中心工作，规范预算管理，提高财政资金使用效益")
DEPARTMENT_RESULTS = ("年度重点工作任务全部完成，预算执行规范", "各项工作有序推进，资金使用效益较好")


def _department_indicators(rng: random.Random) -> list[Indicator]:
    """Department indicators with their (adjusted) targets drawn; project-style ones mixed in."""
    pool = [(name, kind, unit) for name, kind, unit in DEPARTMENT_INDICATORS] + \
        [(name, kind, unit) for _, _, name, kind, unit in INDICATORS if unit != "万元"]
    chosen = rng.sample(pool, rng.randint(5, 9))
    return [Indicator("", "", name, kind, unit, draw_target(rng, kind, unit, "columns"))
            for name, kind, unit in chosen]


def _initial_target(rng: random.Random, ind: Indicator) -> str:
    """The 年初指标值 cell of an indicator whose target was adjusted during the year: same sign, another figure."""
    t = ind.target
    if t.operator is None or t.value is None:
        return rng.choice([w for w in QUALITATIVE if w != t.qualitative])
    figure = fmt_num(t.value * rng.choice([0.8, 0.9, 1.1, 1.2])) if t.value else "1"
    return f"{t.op_cell}{figure}"


def tcq_dept_self(rng: random.Random, year: int) -> GeneratedForm:
    """The Chongqing 部门整体绩效自评表 (LAYOUTS.md §5): one department-wide self-evaluation.

    Truth decisions (CONTRACT.md is silent on them):
    - project_name, department and reporting_unit are the 部门(单位)名称 (as for department-wide target forms).
    - The indicator table has no 一级/二级 columns: level1, level2 and level1_std are null.
    - The target is the 调整指标值 where the form prints one (the value the year was measured against),
      else the 年初指标值; target_raw is the value cell with its 计量单位 after it (``≥95`` | ``%`` →
      ``≥95%``), as for other forms with a unit column. A ``是/否`` unit is not a unit: a yes/no target is
      the word alone (qualitative ``是``/``否``, unit null). ``-0`` under ``%`` is the number 0 (operator ``=``).
    - 指标性质 (定量/定性) names the kind of target, not a comparison. 得分系数 (= 得分/权重) and
      是否核心指标 are not stored.
    - Money: 年度资金总额 → current_year_budget (年初预算数 → initial, 全年预算数 → amount, 全年执行数 → actual,
      执行率), 财政拨款 → fiscal_appropriation, 其他资金 → other_funds.
    - Scores: 自评总分 is the level-0 row, named as labelled without its ``(分)`` (weight null: the form
      prints no 100); the execution block is the level-1 row 预算执行率 (weight 执行率权重, score 执行率得分); every indicator a level-3 row (parent null).
    - evaluations: total_score from 自评总分, money from the 年度资金总额 line, grade null.
    """
    department, _, _ = who(rng)
    m = draw_money(rng)
    execution_weight = rng.choice([10, 10, 20])
    indicators = _department_indicators(rng)
    yes_no = side_rng(rng, "yes-no targets")
    if yes_no.random() < YES_NO_SHARE:
        for name, word in yes_no.sample(YES_NO_INDICATORS, yes_no.randint(1, 2)):
            indicators.insert(yes_no.randrange(len(indicators) + 1),
                              Indicator("", "", name, "yes_no", YES_NO_UNIT, Target(word, None, None, None, word)))
    signed = side_rng(rng, "signed zero targets")
    if signed.random() < SIGNED_ZERO_SHARE:
        indicators.insert(signed.randrange(len(indicators) + 1),
                          Indicator("", "", signed.choice(SIGNED_ZERO_INDICATORS), "signed_zero", "%",
                                    Target("-0%", "=", 0.0, "%", None, "", "-0", "%")))
    indicators.sort(key=lambda i: i.target.operator is None)            # 定量 first, then 定性 (merged cells)
    weights = split_weights(rng, 100 - execution_weight, len(indicators))
    draw_actuals(rng, indicators, weights, bare_numbers=True)
    for ind in indicators:
        if ind.kind == "yes_no":
            ind.actual_raw = ind.target.raw
        elif ind.kind == "signed_zero":
            ind.actual_raw, ind.actual_value = rng.choice([("-5.2", -5.2), ("0", 0.0), ("-12.8", -12.8)])
            ind.score = ind.weight
    money_score = r2(execution_weight * min(m.rate, 100.0) / 100)
    total = r2(money_score + sum(i.score for i in indicators))

    form = form_record(0, fiscal_year=year, project_name=department, reporting_unit=department, department=department)
    fiscal_spent = m.spent - m.carry
    fiscal_rate = r2(float(fiscal_spent / m.fiscal * 100))
    total_label = rng.choice(["年度资金总额", "资金总额"])
    fiscal_label = rng.choice(["其中：财政拨款", "其中:财政拨款", "其中：本年财政拨款"])
    form["budget_lines"] = [
        budget_line("current_year_budget", total_label, yuan(m.budget), None, yuan(m.initial), yuan(m.spent), m.rate),
        budget_line("fiscal_appropriation", fiscal_label, yuan(m.fiscal), None, yuan(m.fiscal), yuan(fiscal_spent),
                    fiscal_rate),
        budget_line("other_funds", "其他资金", yuan(m.carry), None, "0.00", yuan(m.carry), 100.0)
        if m.carry else budget_line("other_funds", "其他资金", None)]
    truths = []
    for ind in indicators:
        truth = ind.truth()
        truth.update(level1=None, level2=None, level1_std=None)
        truths.append(truth)
    form["indicators"] = truths
    score_label = rng.choice(TOTAL_SCORE_LABELS)
    form["scores"] = [score_row(0, score_label[:4], None, total),
                      score_row(1, "预算执行率", float(execution_weight), money_score)] + \
        [score_row(3, i.name, i.weight, i.score, None, i.actual_raw, i.actual_value) for i in indicators]
    form["evaluation"] = {"fiscal_year": year, "project_name": department, "evaluator": None, "commissioned_by": None,
                          "total_score": total, "grade": None, "budget_yuan": yuan(m.budget),
                          "spent_yuan": yuan(m.spent), "execution_rate": m.rate}

    wan = lambda x: f"{x:.2f}"                                                    # noqa: E731
    dash = rng.choice(["—", "-", "/"])
    money_rows = [
        [total_label, wan(m.initial), wan(m.budget), wan(m.spent), str(execution_weight), f"{m.rate:.2f}%",
         fmt_num(money_score)],
        [fiscal_label, wan(m.fiscal), wan(m.fiscal), wan(fiscal_spent), dash, f"{fiscal_rate:.2f}%", dash],
        ["其他资金", "0.00", wan(m.carry), wan(m.carry), dash, "100.00%", dash] if m.carry else
        ["其他资金", "", "", "", dash, "", dash]]
    adjusted = rng.choice(["same", "same", "blank", "changed"])
    core = rng.random() < 0.5

    def cells(ind: Indicator) -> list:
        t = ind.target
        unit_cell = YES_NO_UNIT if ind.kind == "yes_no" else ("" if t.operator is None else t.unit_cell)
        value_cell = t.raw if t.operator is None else f"{t.op_cell}{t.value_cell}"
        initial = value_cell
        if adjusted == "changed" and ind.kind not in ("yes_no", "signed_zero") and rng.random() < 0.4:
            initial = _initial_target(rng, ind)
        coefficient = fmt_num(ind.score / ind.weight * 100)
        return [unit_cell, initial, "" if adjusted == "blank" else value_cell, ind.actual_raw, coefficient,
                fmt_num(ind.weight), fmt_num(ind.score), ("是" if rng.random() < 0.5 else "否") if core else ""]

    rows: list[list] = []
    runs = [[i for i in indicators if i.target.operator is not None], [i for i in indicators if i.target.operator is None]]
    for run, nature in zip(runs, ("定量", "定性")):
        for k, ind in enumerate(run):
            c = cells(ind)
            rows.append([ind.name, c[0]] + ([(nature, len(run), 1)] if k == 0 else []) + c[1:])
    width = len(INDICATOR_HEAD)
    score_text = fmt_num(total)
    head_rows = [
        [rng.choice(DEPARTMENT_NAME_LABELS), (department, 1, width - 3), score_label, score_text],
        [(rng.choice(MONEY_CAPTIONS), 4, 1), "", "年初预算数", "全年预算数", "全年执行数", rng.choice(EXECUTION_WEIGHT_LABELS),
         ("执行率", 1, 2), (rng.choice(EXECUTION_SCORE_LABELS), 1, 2)]] + \
        [r[:5] + [(r[5], 1, 2), (r[6], 1, 2)] for r in money_rows]
    goal_rows = [[("年度总体目标", 2, 2), ("预期目标", 1, 4), ("实际完成情况", 1, 4)],
                 [(rng.choice(DEPARTMENT_GOALS), 1, 4), (rng.choice(DEPARTMENT_RESULTS), 1, 4)]]
    table = make_table(head_rows + goal_rows + [list(INDICATOR_HEAD)] + rows)
    titles = title_blocks(rng, ["部门整体绩效自评表", "重庆市部门整体绩效自评表"], year)
    unit_line = [Paragraph("单位：万元")] if rng.random() < 0.3 else []
    blocks = junk_before(rng, department, year, department) + titles + unit_line + [table]
    return GeneratedForm("T-CQ dept self-eval", blocks, {"doc_kind": "self_evaluation", "forms": [form]})
