"""Two §5 templates that appear twice in blind10 (in a PDF/binary shape and in another one): their cells and their
expected rows come from the same typed rows."""
from __future__ import annotations

from decimal import Decimal, ROUND_HALF_UP
from typing import Any

from common import (actual_value_of, check, evaluation, form, indicator, money, rate, score_row, total)

# ---------------------------------------------------------------- 重庆 部门整体绩效自评表

CQ_HEAD = ["指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数（%）",
           "指标权重（分）", "指标得分（分）", "是否核心指标"]


def cq_dept(unit_name: str, year: int, money_wan: tuple[str, str, str], goal: str,
            rows: list[tuple[str, str, str, str, str, str, str, str, str]],
            actual_values: dict[str, float] | None = None) -> tuple[list[list[str]], dict[str, Any], str]:
    """rows: (name, 计量单位, 指标性质 as printed ('' = merged), 指标值, 完成值, 系数, 权重, 得分, 核心).

    Returns the table as a list of rows of cells, the expected form and a notes fragment."""
    initial, budget, spent = money_wan
    execution = rate(spent, budget)
    budget_score = float((Decimal("10") * Decimal(str(execution)) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))
    leaf_total = total([r[7] for r in rows])
    check(total([r[6] for r in rows]) == 90, "CQ weights add up to 90")
    for name, _u, _k, _t, _a, coefficient, weight, score, _c in rows:
        check(Decimal(weight) * Decimal(coefficient) / 100 == Decimal(score), f"得分 = 权重 x 系数: {name}")
    total_score = float(Decimal(str(budget_score)) + leaf_total)
    table: list[list[str]] = [
        ["部门（单位）名称", unit_name, "", "", "", "", "", "", "自评总分（分）", f"{total_score:g}"],
        ["年度预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "", "执行率权重（分）", "",
         "执行率得分（分）", ""],
        ["", initial, budget, spent, f"{execution:.2f}%", "", "10", "", f"{budget_score:.2f}", ""],
        ["年度总体目标", goal, "", "", "", "", "", "", "", ""],
        CQ_HEAD,
    ]
    indicators = []
    for name, unit, kind, target_value, actual, coefficient, weight, score, core in rows:
        table.append([name, unit, kind, target_value, target_value, actual, coefficient, weight, score, core])
        target_raw = target_value + ("" if unit == "—" else unit)
        row = indicator(None, None, name, target_raw, actual_raw=actual, weight=float(weight), score=float(score))
        if actual_values and name in actual_values:
            row["actual_value"] = actual_values[name]
        indicators.append(row)
    scores = [score_row(0, "自评总分", score=total_score),
              score_row(1, "预算执行率", weight=10.0, score=budget_score)]
    scores += [score_row(3, r["level3"], weight=r["weight"], score=r["score"], actual_raw=r["actual_raw"],
                         actual_value=r["actual_value"]) for r in indicators]
    expected = form(fiscal_year=year, project_name=unit_name, reporting_unit=unit_name, department=unit_name,
                    budget_lines=[money("current_year_budget", "年度预算执行情况", budget, initial_wan=initial,
                                        actual_wan=spent, execution_rate=execution)],
                    indicators=indicators, scores=scores,
                    evaluation=evaluation(fiscal_year=year, project_name=unit_name, total_score=total_score,
                                          budget_wan=budget, spent_wan=spent, execution_rate=execution))
    notes = (f"重庆 部门整体绩效自评表 ({year}年度): no 一级/二级 columns, so level1/level2/level1_std are null; "
             "指标性质 (定量/定性) is merged down its group and goes nowhere. Dept-wide: project_name, department and "
             "reporting_unit are the 部门（单位）名称. Money: one line '年度预算执行情况' -> current_year_budget "
             f"(amount 全年预算数 {budget}, initial 年初预算数 {initial}, actual 全年执行数 {spent}, x10000); execution "
             f"{spent}/{budget} = {execution}% as printed; 执行率得分 = 10 x {execution}% = {budget_score}. "
             "target_raw joins the 指标值 with its 计量单位 column ('≥45' + '%' -> '≥45%'; blind7 qijiang / blind8 宣汉 "
             "precedent); a '—' unit is not joined and a 定性 value is a word target. actual_raw is the 全年完成值 cell "
             "as written (bare number; the unit is in its own column), actual_value its number in the indicator's unit. "
             "调整指标值 equals 年初指标值 on every row, so which one is the target does not matter. 得分系数（%） has no "
             "contract column and goes nowhere (it is checked: 得分 = 权重 x 系数 on every row); 是否核心指标 goes "
             "nowhere. Scores: level 0 '自评总分' with the printed total and weight null (no total weight is printed); "
             f"total = {budget_score} + {leaf_total} = {total_score:g}. Level 1 '预算执行率' (the contract's name of the budget "
             "block) weight 10 (执行率权重) score 执行率得分; level 3 one row per indicator (weight 指标权重, score 指标得分), "
             "parent_code null (no block weights printed). Evaluation: total = 自评总分, money from the one money line.")
    return table, expected, notes


# ---------------------------------------------------------------- District 项目自评表 (no 分值 column, 80-point scaling)

DISTRICT_OPTIONS = ["1、部门预算项目", "2、区直专项/市直专项", "3、市对下转移支付项目"]


def district(*, year: int, project: str, department: str, unit: str, ticked: int,
             money_rows: list[tuple[str, str, str, str, str]], rate_value: float,
             goal: str, blocks: list[tuple[str, int, list[tuple[str, str, str, str, str]]]],
             actual_values: dict[str, float] | None = None) -> tuple[list[list[str]], dict[str, Any], str]:
    """money_rows: (label, item, 预算数 A, 执行数 B, 执行率 as printed); the first is the total.
    blocks: (一级 without weight, weight, rows of (二级 as printed or '', 三级, 目标值, 完成值, 得分))."""
    boxes = "  ".join(("☑" if i == ticked else "□") + option for i, option in enumerate(DISTRICT_OPTIONS))
    total_label, _item, total_a, total_b, _printed = money_rows[0]
    budget_score = float((Decimal("20") * Decimal(str(rate_value)) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))
    table: list[list[str]] = [
        ["项目名称", project, "", "", "", "", ""],
        ["主管部门", department, "", "", "实施单位", unit, ""],
        ["项目类别", boxes, "", "", "", "", ""],
        ["预算执行情况（万元）（20分）", "", "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）", ""],
    ]
    budget_lines = []
    for i, (label, item, a, b, printed_rate) in enumerate(money_rows):
        table.append(["", label, a, b, printed_rate, f"{budget_score:g}" if i == 0 else "", ""])
        execution = float((Decimal(printed_rate) * 100).quantize(Decimal("0.01"))) if printed_rate else None
        budget_lines.append(money(item, label, a, actual_wan=b, execution_rate=execution))
    table.append(["年度总体目标", goal, "", "", "", "", ""])
    table.append(["年度绩效目标（80分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"])
    indicators = []
    scores_leaf = []
    leaf_sum = Decimal("0")
    block_rows = []
    for level1, weight, rows in blocks:
        block_sum = total([r[4] for r in rows])
        check(block_sum <= weight, f"{level1} scores within {weight}")
        leaf_sum += block_sum
        level2 = None
        block_rows.append(score_row(2, level1, parent="年度绩效目标", weight=float(weight)))
        for j, (second, name, target_raw, actual, score) in enumerate(rows):
            level2 = second or level2
            table.append(["", f"{level1}（{weight}分）" if j == 0 else "", second, name, target_raw, actual, score])
            row = indicator(level1, level2, name, target_raw, actual_raw=actual, score=float(score))
            if actual_values and name in actual_values:
                row["actual_value"] = actual_values[name]
            indicators.append(row)
            scores_leaf.append(score_row(3, name, parent=level1, score=float(score), actual_raw=actual,
                                         actual_value=row["actual_value"]))
    check(sum(b[1] for b in blocks) == 100, "inner blocks add up to 100")
    scaled = leaf_sum * Decimal("0.8")
    total_score = float(Decimal(str(budget_score)) + scaled)
    table.append(["总分（100分）", "", "", "", "", "", f"{total_score:g}"])
    scores = [score_row(0, "总分", weight=100.0, score=total_score),
              score_row(1, "预算执行率", weight=20.0, score=budget_score),
              score_row(1, "年度绩效目标", weight=80.0)]
    # level 2 rows first in the block order, then the leaves under them, in document order
    ordered: list[dict[str, Any]] = []
    for block in block_rows:
        ordered.append(block)
        ordered += [leaf for leaf in scores_leaf if leaf["parent_code"] == block["name"]]
    scores += ordered
    expected = form(fiscal_year=year, project_name=project, reporting_unit=unit, department=department,
                    project_type=DISTRICT_OPTIONS[ticked].split("、", 1)[1],
                    budget_lines=budget_lines, indicators=indicators, scores=scores,
                    evaluation=evaluation(fiscal_year=year, project_name=project, total_score=total_score,
                                          budget_wan=total_a, spent_wan=total_b, execution_rate=rate_value))
    notes = (f"District 项目自评表 ({year}年度, LAYOUTS §5). 项目类别 is a row of numbered tick boxes; project_type = the "
             f"ticked option without its number ('{DISTRICT_OPTIONS[ticked].split('、', 1)[1]}'). 主管部门 -> department, "
             "实施单位 -> reporting_unit. Money '预算执行情况（万元）（20分）' with columns 预算数（A） | 执行数（B） | 执行率（B/A） | "
             "得分（20分*执行率）: amount = A, actual = B (x10000), initial null (none printed); 执行率 is printed as a fraction "
             f"('1' = 100 %), so execution_rate = fraction x 100; {total_label} {total_b}/{total_a} = {rate_value}%. "
             f"得分 = 20 x {rate_value}% = {budget_score}. The indicator table sits under an outer '年度绩效目标（80分）' "
             "column; its blocks are '产出指标（60分）' and '效益指标（40分）' (weights dropped from level1). Columns 三级指标 | "
             "年初目标值（A） | 实际完成值（B） | 得分 - NO 分值 column, so every indicator weight is null; score = 得分. "
             "The inner blocks add up to 100 and are scaled to 80: the leaf 得分 are on the 100 scale, "
             f"Σ leaves = {leaf_sum}, x 0.8 = {scaled}, 总分 = {budget_score} + {scaled} = {total_score:g} (printed in the "
             "总分（100分） row). Calls for the 80-point scaling (the contract does not say): level 0 '总分' weight 100; level 1 "
             "'预算执行率' (the contract's name of the budget block) 20 / its 得分; level 1 '年度绩效目标' weight 80, score null "
             "(the scaled figure is not printed; a user can compute it, the form does not state it); level 2 '产出指标' 60 and "
             "'效益指标' 40 with parent_code '年度绩效目标' and score null (they are blocks inside the 80-point block, on the 100 "
             "scale); level 3 one row per indicator, weight null, score = 得分, parent_code its block's name. A bare target "
             "('12个', '100%') is '='; a month target ('2023年11月') is a word target and a month actual has actual_value null; "
             "'万' is folded ('≤0.62万元' -> <= 6200 元, actual '0.58万元' -> 5800). Evaluation: total = 总分, money from the "
             "first money line.")
    return table, expected, notes
