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
                                 side_rng, title_blocks, who)
from tests.formgen.spec import draw_indicators, fmt_num, split_weights, yuan

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
