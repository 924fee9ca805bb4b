"""The District 项目自评表 (LAYOUTS.md §5, two units of one city; T-district self-eval): a project
self-evaluation whose 项目类别 is a list of numbered tick boxes (``1、部门预算项目 2、区直专项/市直专项
3、市对下转移支付项目``), whose money block ``预算执行情况(万元)(20分)`` scores ``得分(20分*执行率)`` with the
rate printed as a fraction (``1``, ``0.9837``), and whose indicator table under ``年度绩效目标(80分)`` has
the columns 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 — no 分值 column. Its two
blocks ``产出指标(60分)`` and ``效益指标(40分)`` add up to 100; the indicators' 得分 are on that scale and
the form's 总分 is the money score plus 80% of their sum.

Truth where the contract is silent (what a user expects of such a form):
- ``project_type`` is the ticked option without its number (``区直专项/市直专项``).
- The money block is one line: ``current_year_budget`` labelled ``预算执行情况`` (its unit and points are
  not its label, as a level's points are not its name) when the block prints one row of figures, or
  the block's own rows (年度资金总额, 其中：财政拨款, 其他资金) when it prints them. The rate is a percent
  (``1`` → 100.0).
- No 分值 column: an indicator's ``weight`` is null (its block's weight is not its own); its ``score``
  is the printed 得分, on the blocks' 100-point scale (not scaled to 80: the form prints no scaled
  figure, and a user checks each 得分 against its block's 60 or 40).
- Level-1 score rows for every block whose weight the form prints, named as printed without its unit
  and points (as T-SC's ``预算执行情况(10分)`` and ``绩效指标(90分)``): the money block ``预算执行情况``
  (weight 20, score its 得分(20分*执行率)), the caption ``年度绩效目标`` (80) and its two blocks 产出指标
  (60) and 效益指标 (40), these three with score null (no subtotal is printed; 80% of the indicators'
  sum is not written anywhere). Level-3 rows have their block (产出指标/效益指标) as ``parent_code``.
  level1/level2 are written without their points (``产出指标``).
- The total row (``总分``/``自评总分``/``合计`` as printed) is level 0 with its score and weight null (no
  分值 column prints its 100), and the evaluation's total;
  the evaluation's budget/spent/rate come from the money line.
"""

from __future__ import annotations

import random
from decimal import Decimal

from jixiao.extract.document import Paragraph

from tests.formgen.grid import make_table
from tests.formgen.parts import (GeneratedForm, budget_line, cut_off, form_record, indicator_rows, junk_before,
                                 runs_of, score_row, title_blocks, who)
from tests.formgen.spec import draw_actuals, draw_indicators, draw_money, fmt_num, grade_of, r2, split_weights, yuan

#: The template's 项目类别 options, numbered as printed.
PROJECT_TYPES = ("部门预算项目", "区直专项/市直专项", "市对下转移支付项目")
#: The two blocks of 年度绩效目标 and their weights (they add up to 100, scaled to the caption's 80).
BLOCK_WEIGHTS = {"产出指标": 60, "效益指标": 40}
GOALS_WEIGHT, MONEY_WEIGHT = 80, 20
REASON = "受项目实施进度影响，部分指标未达预期"


def _project_type_cell(rng: random.Random, ticked: str) -> str:
    """The numbered tick boxes, the box before or after each option, with ☑/□ or √/□."""
    mark = rng.choice(["☑", "√"])
    box_first = rng.random() < 0.5
    parts = []
    for n, option in enumerate(PROJECT_TYPES, 1):
        box = mark if option == ticked else "□"
        parts.append(f"{box}{n}、{option}" if box_first else f"{n}、{option}{box}")
    return rng.choice([" ", "  ", "   "]).join(parts)


def _rate_text(rng: random.Random, rate: float) -> str:
    """The execution rate as the form prints it: a fraction (``1``, ``0.9837``), sometimes a percent."""
    if rng.random() < 0.25:
        return f"{fmt_num(rate)}%"
    return fmt_num(rate / 100) if rate == 100 else f"{Decimal(str(rate)) / 100:.4f}".rstrip("0")


def tdistrict_self(rng: random.Random, year: int) -> GeneratedForm:
    department, unit, project = who(rng)
    m = draw_money(rng)
    if rng.random() < 0.35:                      # fully spent: the rate printed as ``1``
        m.spent = m.budget
    indicators = draw_indicators(rng, 5, 9, levels=tuple(BLOCK_WEIGHTS))
    weights: list[int] = []
    for group in runs_of(indicators, lambda i: i.level1):
        weights += split_weights(rng, BLOCK_WEIGHTS[group[0].level1], len(group))
    draw_actuals(rng, indicators, weights)
    for ind in indicators:                       # no 分值 column: the weight is not printed
        ind.weight = None
    money_score = r2(MONEY_WEIGHT * min(m.rate, 100.0) / 100)
    total = r2(money_score + GOALS_WEIGHT / 100 * sum(i.score for i in indicators))
    ticked = rng.choice(PROJECT_TYPES)

    form = form_record(0, fiscal_year=year, project_name=project, reporting_unit=unit, department=department,
                       project_type=ticked)
    form["indicators"] = [i.truth() for i in indicators]
    form["scores"] = [score_row(1, "预算执行情况", float(MONEY_WEIGHT), money_score),
                      score_row(1, "年度绩效目标", float(GOALS_WEIGHT), None)]
    for name, weight in BLOCK_WEIGHTS.items():
        form["scores"].append(score_row(1, name, float(weight), None))
        form["scores"] += [score_row(3, i.name, None, i.score, name, i.actual_raw, i.actual_value)
                           for i in indicators if i.level1 == name]

    # the money block: one row of figures under the block's label, or the block's own rows
    with_initial = rng.random() < 0.3
    budget_word = rng.choice(["预算数", "全年预算数", "调整后预算数"])
    spent_word = rng.choice(["执行数", "全年执行数", "实际支出数"])
    score_word = rng.choice(["得分(20分*执行率)", "得分（20分*执行率）", "得分\n(20分*执行率)"])
    head = (["年初预算数"] if with_initial else []) + [budget_word, spent_word, "执行率", score_word]
    rate_text = _rate_text(rng, m.rate)
    figures = ([f"{m.initial:.2f}"] if with_initial else []) + \
        [f"{m.budget:.2f}", f"{m.spent:.2f}", rate_text, fmt_num(money_score)]
    money_label = rng.choice(["预算执行情况(万元)(20分)", "预算执行情况（万元）（20分）", "预算执行情况\n(万元)(20分)"])
    with_rows = rng.random() < 0.3
    if with_rows:
        fiscal_spent = m.spent - m.carry
        fiscal_rate = r2(float(fiscal_spent / m.fiscal * 100))
        money_rows = [["年度资金总额"] + figures,
                      ["其中：财政拨款"] + ([f"{m.fiscal:.2f}"] if with_initial else []) +
                      [f"{m.fiscal:.2f}", f"{fiscal_spent:.2f}", _rate_text(rng, fiscal_rate), "—"],
                      ["其他资金"] + (["0.00"] if with_initial else []) +
                      [f"{m.carry:.2f}", f"{m.carry:.2f}", "1" if m.carry else "—", "—"]]
        head = [""] + head
        form["budget_lines"] = [
            budget_line("current_year_budget", "年度资金总额", yuan(m.budget), None,
                        yuan(m.initial) if with_initial else None, yuan(m.spent), m.rate),
            budget_line("fiscal_appropriation", "其中：财政拨款", yuan(m.fiscal), None,
                        yuan(m.fiscal) if with_initial else None, yuan(fiscal_spent), fiscal_rate),
            budget_line("other_funds", "其他资金", yuan(m.carry), None, "0.00" if with_initial else None,
                        yuan(m.carry), 100.0 if m.carry else None)]
    else:
        money_rows = [figures]
        form["budget_lines"] = [budget_line("current_year_budget", "预算执行情况", yuan(m.budget), None,
                                            yuan(m.initial) if with_initial else None, yuan(m.spent), m.rate)]

    deviation = rng.random() < 0.4               # an optional 偏差原因 column after 得分
    target_word = rng.choice(["年初目标值(A)", "年初目标值（A）", "年度目标值(A)"])
    actual_word = rng.choice(["实际完成值(B)", "实际完成值（B）", "全年实际完成值(B)"])
    level1 = rng.choice(["{name}({w}分)", "{name}（{w}分）", "{name}\n({w}分)"])
    cells = lambda i: [i.target.raw, i.actual_raw, fmt_num(i.score)] + \
        ([("" if i.score == weights[indicators.index(i)] else REASON)] if deviation else [])  # noqa: E731
    rows = indicator_rows(indicators, lambda s: level1.format(name=s, w=BLOCK_WEIGHTS[s]), lambda s: s, cells)
    rows, cut = cut_off(rng, form, rows, len(rows))
    width = 7 if deviation else 6
    money_width = len(money_rows[0]) + 1
    width = max(width, money_width)
    pad = lambda row, used: row + [""] * (width - used)                       # noqa: E731
    table_rows: list[list] = [
        ["项目名称", (project, 1, width - 1)],
        ["主管部门", (department, 1, 2), "实施单位", (unit, 1, width - 4)],
        ["项目类别", (_project_type_cell(rng, ticked), 1, width - 1)],
        [(money_label, len(money_rows) + 1, 1)] + pad(head, len(head) + 1)]
    table_rows += [pad(r, len(r) + 1) for r in money_rows]
    table_rows += [[(rng.choice(["年度绩效目标(80分)", "年度绩效目标（80分）"]), 1, width)],
                   pad(["一级指标", "二级指标", "三级指标", target_word, actual_word, "得分"] +
                       (["偏差原因分析"] if deviation else []), 6 + deviation)]
    table_rows += [r + [""] * (width - 6 - deviation) for r in rows]
    grade = grade_of(total) if rng.random() < 0.4 else None
    if not cut:
        total_word = rng.choice(["总分", "自评总分", "合计"])
        form["scores"].insert(0, score_row(0, total_word, None, total))
        table_rows.append([(total_word, 1, 5), (fmt_num(total), 1, width - 5)])
        if grade:
            table_rows.append(["自评等级", (grade, 1, width - 1)])
        form["evaluation"] = {"fiscal_year": year, "project_name": project, "evaluator": None,
                              "commissioned_by": None, "total_score": total, "grade": grade,
                              "budget_yuan": yuan(m.budget), "spent_yuan": yuan(m.spent),
                              "execution_rate": m.rate}
    titles = title_blocks(rng, ["项目支出绩效自评表", "项目自评表", f"{department[:3]}项目支出绩效自评表"], year)
    blocks = junk_before(rng, project, year, department) + titles + [make_table(table_rows)]
    return GeneratedForm("T-district self-eval", blocks, {"doc_kind": "self_evaluation", "forms": [form]})
