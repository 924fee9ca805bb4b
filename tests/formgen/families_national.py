"""The national 项目支出绩效目标表 (财预〔2020〕10号 附件, T-NAT target): the target form most counties
file, and the one the other templates grew from. A head of 项目名称 / 主管部门(及代码) / 实施单位, the year's
money in 万元 as a column of three lines under a merged 项目资金（万元） cell (年度资金总额, 其中：财政拨款,
其他资金), a 年度总体目标 sentence, then the indicator table 一级指标 | 二级指标 | 三级指标 | 指标值 under a
merged 绩效指标 caption (or a table of its own).

成本指标 takes two places, by framework: the 2020 template lists it as the last 二级 under 产出指标 (its 一级
cell merged with the 产出 rows above, no 二级 after it); the 2021 framework makes it a 一级 with 经济成本指标 /
社会成本指标 / 生态环境成本指标 under it. Both print the same word in a level column; the truth is as
written (level1 产出指标 / level2 成本指标 in the first, level1 成本指标 in the second).

Contract calls: 年度资金总额 → ``current_year_budget``; its 财政拨款 / 其他资金 lines have ``parent_label``
null (one column: the precedent of the single-column blocks); 实施单位 is ``reporting_unit``, 主管部门
``department``; the 年度总体目标 sentence names no indicator (no ``goal_text`` rows)."""

from __future__ import annotations

import random
from decimal import Decimal

from jixiao.extract.document import Paragraph

from tests.formgen.grid import make_table
from tests.formgen.parts import GeneratedForm, budget_line, cut_off, form_record, indicator_rows, junk_before, \
    title_blocks, who
from tests.formgen.spec import INDICATORS, Indicator, draw_indicators, draw_target, yuan

COST_LEVEL2 = ("经济成本指标", "社会成本指标", "生态环境成本指标")
TITLES = ["项目支出绩效目标表", "项目支出绩效目标申报表", "项目绩效目标表"]
GOALS = ("通过实施{project}，按期完成年度工作任务，提升公共服务水平，群众满意度进一步提高",
         "确保{project}资金规范使用、按时拨付，项目按计划推进并发挥效益",
         "完成{project}年度建设任务，改善群众生产生活条件")
#: 2021 framework shares: 成本指标 as a 一级 (else the 2020 template's 二级 under 产出指标).
COST_AS_LEVEL1_SHARE = 0.4


def _with_cost(rng: random.Random, indicators: list[Indicator]) -> list[Indicator]:
    """At least one 成本指标 row: the word whose level the framework decides."""
    if any(i.level2 == "成本指标" for i in indicators):
        return indicators
    l1, l2, name, kind, unit = rng.choice([p for p in INDICATORS if p[1] == "成本指标"])
    indicators = indicators + [Indicator(l1, l2, name, kind, unit, draw_target(rng, kind, unit, "inline"))]
    order = {p[2]: k for k, p in enumerate(INDICATORS)}
    return sorted(indicators, key=lambda i: order[i.name])


def tnat_target(rng: random.Random, year: int) -> GeneratedForm:
    department, unit, project = who(rng)
    indicators = _with_cost(rng, draw_indicators(rng, 5, 9))
    if rng.random() < COST_AS_LEVEL1_SHARE:             # the 2021 framework: 成本 is a 一级 of its own
        cost_level2 = rng.choice(COST_LEVEL2)
        for ind in indicators:
            if ind.level2 == "成本指标":
                ind.level1, ind.level2 = "成本指标", cost_level2
        order = rng.choice([["产出指标", "成本指标", "效益指标", "满意度指标"],
                            ["成本指标", "产出指标", "效益指标", "满意度指标"],
                            ["产出指标", "效益指标", "满意度指标", "成本指标"]])
        indicators.sort(key=lambda i: order.index(i.level1))

    current = Decimal(rng.randint(50, 30000)) / (10 if rng.random() < 0.5 else 1)
    other = Decimal(0) if rng.random() < 0.6 else (current * Decimal("0.25")).quantize(Decimal("0.1"))
    fiscal = current - other
    colon = rng.choice(["", "：", ":"])
    labels = [f"年度资金总额{colon}", rng.choice(["其中：财政拨款", "其中:财政拨款", "其中：财政资金"]), "其他资金"]
    form = form_record(0, fiscal_year=year, project_name=project, reporting_unit=unit, department=department)
    form["budget_lines"] = [budget_line("current_year_budget", labels[0].rstrip("：:"), yuan(current)),
                            budget_line("fiscal_appropriation", labels[1], yuan(fiscal)),
                            budget_line("other_funds", labels[2], yuan(other))]
    money = lambda x: f"{x:.2f}" if rng.random() < 0.4 else f"{x}"          # noqa: E731
    rows = indicator_rows(indicators, lambda s: s, lambda s: s, lambda i: [i.target.raw])
    form["indicators"] = [i.truth() for i in indicators]
    rows, _ = cut_off(rng, form, rows, len(rows))

    department_label = rng.choice(["主管部门及代码", "主管部门"])
    unit_label = rng.choice(["实施单位", "项目实施单位"])
    goal_label = rng.choice(["年度总体目标", "年度绩效目标", "总体目标"])
    head_rows = [["项目名称", (project, 1, 4)],
                 [department_label, department, unit_label, (unit, 1, 2)],
                 [("项目资金（万元）", 3, 1), (labels[0], 1, 2), (money(current), 1, 2)],
                 [(labels[1], 1, 2), (money(fiscal), 1, 2)],
                 [(labels[2], 1, 2), (money(other), 1, 2)],
                 [goal_label, (rng.choice(GOALS).format(project=project), 1, 4)]]
    header = ["一级指标", "二级指标", "三级指标", rng.choice(["指标值", "指标值（包含数字及文字描述）"])]
    if rng.random() < 0.6:                              # one table: a merged 绩效指标 caption down the left
        caption = rng.choice(["绩效指标", "年度绩效指标"])
        tables = [make_table(head_rows + [[(caption, len(rows) + 1, 1), *header]] + rows)]
    else:
        tables = [make_table(head_rows), make_table([header] + rows)]
    junk = junk_before(rng, project, year, department)
    titles = title_blocks(rng, TITLES, year)
    lead = [Paragraph(rng.choice(["填报单位（盖章）：", "单位名称（公章）："]) + unit)] if rng.random() < 0.4 else []
    blocks = junk + titles + lead + tables
    return GeneratedForm("T-NAT target", blocks, {"doc_kind": "target_form", "forms": [form]})
