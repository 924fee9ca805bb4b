"""The narrative evaluation report (绩效评价报告, LAYOUTS F10, seed 002): prose sections that name
the departments and the evaluator, a budget execution table (表1), the year's targets as a
numbered list, the score summary (表3, transposed: 权重 / 得分 rows in %), one detail table per
level-1 dimension with coded level-2/level-3 rows (表3-1…), and the total score and grade in a
sentence. The truth follows seed 002's expectation notes."""

from __future__ import annotations

import random
from decimal import Decimal

from jixiao.extract.document import Paragraph

from tests.formgen.grid import GridBlock, make_table
from tests.formgen.parts import GeneratedForm, budget_line, form_record, score_row, side_rng, who
from tests.formgen.spec import LEVEL1_STD, PLACES, fmt_num, grade_of, r2, split_weights, yuan

EVALUATORS = [("上海立丰税务师事务所有限公司", "上海市财政局"), ("湖北正勤项目管理咨询有限公司", "{department}"),
              ("四川明信会计师事务所", "{place}财政局"), ("福建华兴会计师事务所", "{place}财政局")]
#: level-1 dimension → (letter, level-2 [(name, level-3 names)])
DIMENSIONS = {
    "项目决策类": ("A", [("项目立项", ["项目目标的适应性", "立项依据的充分性", "立项程序的规范性"]),
                     ("项目目标", ["绩效目标合理性", "绩效指标明确性"])]),
    "项目管理类": ("B", [("投入管理", ["预算执行率", "预算编制科学性"]),
                     ("财务管理", ["资金使用合规性", "财务管理制度健全性", "财务监控有效性"]),
                     ("项目管理", ["管理制度健全性", "合同管理和执行"])]),
    "项目绩效类": ("C", [("项目产出", ["实际完成率", "质量达标率", "完成及时率"]),
                     ("项目效果", ["群众知晓率", "社会效益", "服务对象满意度"])]),
}
LEVEL1_WEIGHTS = [(10, 30, 60), (15, 25, 60), (20, 30, 50), (20, 20, 60)]
WORD_ACTUALS = ["适应", "充分", "规范", "较为合理", "明确", "合规", "健全", "有效", "基本有效"]
#: report target groups (seed 002) → indicator names with percentage targets.
TARGET_GROUPS = {"产出目标": ["项目完成率", "工单按时办结率", "质量验收通过率", "资金拨付及时率", "设施正常运行率"],
                 "效果目标": ["诉求解决率", "市民知晓率", "问题整改率"],
                 "影响力目标": ["群众满意度", "服务对象满意度", "工单满意度"]}
BUDGET_ITEMS = ["设备改造", "服务器采购", "协调工作经费", "日常运维经费", "宣传经费", "第三方服务费"]
#: Share of reports whose 表1 splits one line into numbered sub-lines (seed 002: 2 协调工作经费 with no
#: amounts of its own, （1）办公经费 / （2）劳务费, then its 小计), and the sub-lines' names.
SUB_LINES_SHARE = 0.4
SUB_LINE_NAMES = ["办公经费", "劳务费", "设备购置费", "印刷费"]
#: Share of reports whose 表1 names open with a hotline's number (12315话务设备改造, seed 002): run
#: together after the 序号 (``112315…``, ``…99.21%212345…``) only the run of 序号 and the arithmetic cut.
CODED_LINE_NAMES_SHARE = 0.4
LINE_NAME_CODES = ["12345", "12315", "12369", "96310", "12319", "110"]


def _split_at_least(rng: random.Random, total: int, minimums: list[int]) -> list[int]:
    """Integer parts adding up to ``total``, each at least its minimum."""
    spare = total - sum(minimums)
    cuts = sorted(rng.randint(0, spare) for _ in range(len(minimums) - 1))
    extras = [b - a for a, b in zip([0] + cuts, cuts + [spare])]
    return [m + e for m, e in zip(minimums, extras)]


def _target(rng: random.Random, group: str, name: str) -> dict:
    """A report target: ``100%`` (=) or ``90%以上`` (>=), or none stated."""
    base = {"origin": "report_targets", "level1": group, "level2": None, "level3": name,
            "level1_std": LEVEL1_STD[group], "actual_raw": None, "actual_value": None,
            "weight": None, "score": None, "lenient": False, "value_max": None, "qualitative": None}
    kind = rng.random()
    if kind < 0.1:
        return {**base, "target_raw": None, "operator": None, "value": None, "unit": None, "conditions": []}
    if kind < 0.45:
        raw, op, value = "100%", "=", 100.0
    else:
        value = float(rng.choice([80, 85, 90, 95]))
        raw, op = f"{fmt_num(value)}%以上", ">="
    return {**base, "target_raw": raw, "operator": op, "value": value, "unit": "%",
            "conditions": [{"label": None, "operator": op, "value": value, "unit": "%"}]}


#: share of reports whose detail rows name a leaf with a caption's words (B21资金使用情况: the seed 002
#: report), on a stream of its own; run together, the caption must not cut the code from its name.
CAPTION_NAMES_SHARE = 0.35
CAPTION_NAMES = {"资金使用合规性": "资金使用情况", "预算执行率": "预算执行情况"}


def _scores(rng: random.Random, renames: dict[str, str] | None = None,
            ) -> tuple[list[dict], list[list[GridBlock]], list[tuple[str, float, float]]]:
    """Score rows (level 1, then each dimension's level 2/3 in table order), one detail table per
    dimension, and the summary figures (name, weight, score); ``renames`` names leaves otherwise."""
    weights = dict(zip(DIMENSIONS, rng.choice(LEVEL1_WEIGHTS)))
    level1_rows, detail_rows, tables, summary = [], [], [], []
    for k, (dim, (letter, subs)) in enumerate(DIMENSIONS.items()):
        w1 = weights[dim]
        sub_weights = _split_at_least(rng, w1, [len(leaves) for _, leaves in subs])
        rows: list[list] = [["二级指标", "三级指标", "权重", "业绩值", "分值"]]
        dim_score = 0.0
        for i, ((sub, leaves), w2) in enumerate(zip(subs, sub_weights)):
            code2 = f"{letter}{i + 1}"
            leaf_weights = split_weights(rng, w2, len(leaves))
            leaf_rows, sub_score = [], 0.0
            for j, (leaf, w3) in enumerate(zip(leaves, leaf_weights)):
                leaf = (renames or {}).get(leaf, leaf)
                code3 = f"{code2}{j + 1}"
                score = float(w3) if rng.random() < 0.65 else r2(w3 * rng.choice([0.5, 0.6, 0.8, 0.9]))
                if leaf.endswith("率"):
                    value = r2(rng.uniform(80, 100))
                    actual_raw, actual_value = f"{fmt_num(value)}%", value
                else:
                    actual_raw, actual_value = rng.choice(WORD_ACTUALS), None
                sub_score = r2(sub_score + score)
                detail_rows.append(score_row(3, leaf, float(w3), score, code2, actual_raw, actual_value))
                detail_rows[-1]["code"] = code3
                sep = rng.choice([" ", "", "."])
                leaf_rows.append(["", f"{code3}{sep}{leaf}", str(w3), actual_raw, fmt_num(score)])
            level2 = score_row(2, sub, float(w2), sub_score, dim)
            level2["code"] = code2
            detail_rows.insert(len(detail_rows) - len(leaves), level2)
            rows.append([f"{code2}{rng.choice([' ', ''])}{sub}", "", str(w2), "", fmt_num(sub_score)])
            rows += leaf_rows
            dim_score = r2(dim_score + sub_score)
        rows.append(["合计", "", str(w1), "", fmt_num(dim_score)])
        level1_rows.append(score_row(1, dim, float(w1), dim_score))
        summary.append((dim, float(w1), dim_score))
        tables.append([Paragraph(f"表 3-{k + 1} {dim[:-1]}指标及分值"), make_table(rows)])
    return level1_rows + detail_rows, tables, summary


#: How the evaluators gathered their data (seed 002 §（四）): prose that names table words (项目成本构成,
#: 资金支出情况) without any table after them.
METHOD_SENTENCES = [
    "本项目主要采用查阅相关文件政策、会计凭证等资料,发放数据统计表格,以填报的方式采集项目资金支出情况、"
    "项目完成情况及项目成本构成等数据资料；并通过访谈、社会调查掌握具体情况。",
    "评价小组查阅了项目预算成本构成、资金拨付凭证和合同等资料,对采集的数据做详细的分析和统计。",
]


def _method_section(rng: random.Random) -> list[GridBlock]:
    """The report's data-collection paragraph, half the time."""
    if rng.random() < 0.5:
        return []
    return [Paragraph("（三）数据采集方法及过程"), Paragraph(rng.choice(METHOD_SENTENCES))]


#: share of reports that give the dimensions' scores in a sentence, not in 表3
SCORE_SENTENCE_SHARE = 0.3
#: share of the reports without the score sentence written as an excerpt (a cover with 委托单位/评价机构/日期 lines, the title without
#: quotes, the targets as one numbered list, 表2 scores per national dimension only, no 表3 tables)
EXCERPT_SHARE = 0.4
#: the national framework's level-1 dimensions (财预〔2020〕10号), short or long, and their full marks
NATIONAL_DIMENSIONS = (("决策", "过程", "产出", "效益"), ("项目决策", "项目过程", "项目产出", "项目效益"))
NATIONAL_WEIGHTS = [(20, 20, 30, 30), (15, 25, 30, 30), (20, 20, 40, 20), (10, 20, 40, 30)]
#: the cover's labels: who commissioned the evaluation, who made it, when
COVER_LABELS = [("委托单位", "评价机构", "报告日期"), ("委托方", "第三方评价机构", "日期")]


def _excerpt(rng: random.Random, form: dict, year: int, project: str, unit: str, department: str,
             budget: list[GridBlock]) -> list[GridBlock]:
    """A report excerpt: cover lines, the targets as a numbered list (1. …；), the scores of the four
    national dimensions in 表2 (分值 / 得分, no leaves) and the total and grade in a sentence. The
    truth's targets and scores are redrawn for it; budget and evaluation fields stay."""
    names = rng.choice(NATIONAL_DIMENSIONS)
    weights = rng.choice(NATIONAL_WEIGHTS)
    scores = [float(w) if rng.random() < 0.3 else r2(w * rng.choice([0.75, 0.8, 0.85, 0.9, 0.95])) for w in weights]
    grand = r2(sum(scores))
    grade = grade_of(grand)
    form["scores"] = [score_row(0, "合计", 100.0, grand)] + [
        score_row(1, n, float(w), s) for n, w, s in zip(names, weights, scores)]
    form["evaluation"].update(total_score=grand, grade=grade)
    pool = [n for group in TARGET_GROUPS.values() for n in group]
    form["indicators"] = []
    target_lines: list[GridBlock] = []
    chosen = rng.sample(pool, rng.randint(4, 7))
    sep = rng.choice(["", " "])
    for n, name in enumerate(chosen):
        truth = {**_target(rng, "产出目标", name), "level1": None, "level1_std": None}
        form["indicators"].append(truth)
        end = "；" if n < len(chosen) - 1 else "。"
        raw = truth["target_raw"]
        target_lines.append(Paragraph(f"{n + 1}. {name}{(sep + raw) if raw else ''}{end}"))
    client_label, evaluator_label, date_label = rng.choice(COVER_LABELS)
    evaluation = form["evaluation"]
    table = make_table([[rng.choice(["评价指标", "一级指标"]), "分值", "得分"]]
                       + [[n, str(w), fmt_num(s)] for n, w, s in zip(names, weights, scores)]
                       + [["合计", "100", fmt_num(grand)]])
    return [
        Paragraph(f"{year}年度{project}项目绩效评价报告"),
        Paragraph(f"{client_label}：{evaluation['commissioned_by']}"),
        Paragraph(f"{evaluator_label}：{evaluation['evaluator']}"),
        Paragraph(f"{date_label}：{year + 1}年{rng.randint(1, 12)}月"),
        Paragraph("一、项目基本情况"), Paragraph("（一）项目概况"),
        *budget,
        Paragraph(f"主管部门：{department}"),
        Paragraph("（二）绩效目标"), Paragraph(f"{project}项目年度绩效目标如下："),
        *target_lines,
        Paragraph("二、评价结论"),
        Paragraph(f"表 2：{year}年度{project}项目绩效评价得分情况"), table,
        Paragraph(f"经综合评价，该项目综合得分{fmt_num(grand)}分，评价等级为{grade}。")]


def _sub_lines(rng: random.Random, lines: list[dict], k: int, label: str, amount: Decimal,
               spent: Decimal, rate: float) -> list[list[str]]:
    """表1 rows of a line split into numbered sub-lines: the line's row with no amounts, its
    sub-lines （1）, （2） … (their amounts add up to the line's) and its 小计; their truth to lines."""
    names = rng.sample(SUB_LINE_NAMES, 2)
    first = (amount * Decimal(str(rng.uniform(0.1, 0.6)))).quantize(Decimal("0.01"))
    first_spent = min(first, spent)
    parts = [(names[0], first, first_spent), (names[1], amount - first, spent - first_spent)]
    lines.append(budget_line("component", label, None))
    rows = [[str(k + 1), label, "", "", ""]]
    for n, (name, part, part_spent) in enumerate(parts):
        part_rate = r2(float(part_spent / part * 100))
        lines.append(budget_line("component", f"{label}{name}", yuan(part), label, None, yuan(part_spent), part_rate))
        rows.append([f"（{n + 1}）", f"{label}{name}", f"{part:.2f}", f"{part_spent:.2f}", f"{fmt_num(part_rate)}%"])
    lines.append(budget_line("subtotal", "小计", yuan(amount), label, None, yuan(spent), rate))
    rows.append(["", "小计", f"{amount:.2f}", f"{spent:.2f}", f"{fmt_num(rate)}%"])
    return rows


def evaluation_report(rng: random.Random, year: int) -> GeneratedForm:
    department, unit, project = who(rng)
    place = next((p for p in PLACES if department.startswith(p)), "")
    evaluator, commissioned = rng.choice(EVALUATORS)
    commissioned = commissioned.format(department=department, place=place)
    items = rng.sample(BUDGET_ITEMS, rng.randint(2, 4))
    budget_rows, lines, total, spent_total = [], [], Decimal(0), Decimal(0)
    # one line split into numbered sub-lines and its 小计 (seed 002), on a stream of its own
    sub_rng = side_rng(rng, "budget sub-lines")
    split_at = sub_rng.randrange(len(items)) if sub_rng.random() < SUB_LINES_SHARE else -1
    # names opening with a hotline's number right after the 序号 (seed 002: 1 | 12315话务设备改造)
    coded_rng = side_rng(rng, "coded line names")
    codes = coded_rng.sample(LINE_NAME_CODES, len(items)) if coded_rng.random() < CODED_LINE_NAMES_SHARE else []
    for k, item in enumerate(items):
        amount = Decimal(rng.randint(500, 30000)) / 100
        spent = amount if rng.random() < 0.5 else (amount * Decimal(str(rng.uniform(0.9, 0.999)))).quantize(Decimal("0.01"))
        rate = r2(float(spent / amount * 100))
        total, spent_total = total + amount, spent_total + spent
        label = f"{codes[k]}{item}" if codes else f"{project}{item}"
        if k == split_at:
            budget_rows += _sub_lines(sub_rng, lines, k, label, amount, spent, rate)
            continue
        lines.append(budget_line("component", label, yuan(amount), None, None, yuan(spent), rate))
        budget_rows.append([str(k + 1), label, f"{amount:.2f}", f"{spent:.2f}", f"{fmt_num(rate)}%"])
    total_rate = r2(float(spent_total / total * 100))
    lines.append(budget_line("current_year_budget", "项目预算合计", yuan(total), None, None,
                             yuan(spent_total), total_rate))
    budget_rows.append(["", "项目预算合计", f"{total:.2f}", f"{spent_total:.2f}", f"{fmt_num(total_rate)}%"])
    captioned = side_rng(rng, "caption names").random() < CAPTION_NAMES_SHARE
    scores, detail_tables, summary = _scores(rng, CAPTION_NAMES if captioned else None)
    grand = r2(sum(s for _, _, s in summary))
    grade = grade_of(grand)
    form = form_record(0, fiscal_year=year, project_name=project, reporting_unit=unit, department=department)
    form["budget_lines"] = lines
    # the dimensions' scores in one sentence instead of 表3 (the blind4 西藏 report), on a stream of its own
    in_sentence = side_rng(rng, "score sentence").random() < SCORE_SENTENCE_SHARE
    form["scores"] = [score_row(0, "综合得分" if in_sentence else "合计", 100.0, grand)] + scores
    form["evaluation"] = {"fiscal_year": year, "project_name": project, "evaluator": evaluator,
                          "commissioned_by": commissioned, "total_score": grand, "grade": grade,
                          "budget_yuan": yuan(total), "spent_yuan": yuan(spent_total),
                          "execution_rate": total_rate}
    target_lines: list[GridBlock] = []
    for group, names in TARGET_GROUPS.items():
        chosen = rng.sample(names, rng.randint(1, len(names)))
        target_lines.append(Paragraph(group))
        for n, name in enumerate(chosen):
            truth = _target(rng, group, name)
            form["indicators"].append(truth)
            end = "；" if n < len(chosen) - 1 else "。"
            raw = truth["target_raw"]
            target_lines.append(Paragraph(f"（{n + 1}）{name}{(' ' + raw) if raw else ''}{end}"))
    summary_table = make_table([["指标"] + [d for d, _, _ in summary] + ["合计"],
                                ["权重"] + [f"{fmt_num(w)}%" for _, w, _ in summary] + ["100%"],
                                ["得分"] + [fmt_num(s) for _, _, s in summary] + [fmt_num(grand)]])
    quoted = f"“{place}{year}年度{project}”"
    budget_blocks: list[GridBlock] = [
        Paragraph(f"{year}年{project}项目预算金额为{total:.2f}万元,由{unit}负责实施,"
                  f"实际支出{spent_total:.2f}万元,预算执行率{fmt_num(total_rate)}%。具体预算执行情况详见表 1："),
        Paragraph(f"表 1：{year}年的预算及执行情况"),
        make_table([["序号", "实施内容", "预算金额", "实际使用", "执行率"]] + budget_rows)]
    # the excerpt (a hand-made blind report's layout), on a stream of its own
    excerpt_rng = side_rng(rng, "report excerpt")
    if excerpt_rng.random() < EXCERPT_SHARE and not in_sentence:
        blocks = _excerpt(excerpt_rng, form, year, project, unit, department, budget_blocks)
        return GeneratedForm("evaluation report", blocks, {"doc_kind": "evaluation_report", "forms": [form]})
    blocks: list[GridBlock] = [
        Paragraph(f"{quoted}项目绩效评价报告"), Paragraph("一、项目基本情况"),
        Paragraph(f"为了解{quoted}项目的实施情况,{evaluator}受{commissioned}委托,"
                  f"对{quoted}项目的财政资金使用及其效果实施绩效评价,形成绩效评价报告。"),
        *budget_blocks,
        Paragraph("利益相关方"), Paragraph(f"a.主管部门：{department}"),
        Paragraph(f"b.项目组织实施单位：{unit}"),
        Paragraph("（二）绩效目标"),
        Paragraph("评价小组对项目年度绩效目标进行了进一步的完善,并与项目单位沟通确定后,设置了年度绩效目标如下："),
        *target_lines,
        *_method_section(side_rng(rng, "report method")),
        Paragraph("二、评价结论")]
    if in_sentence:
        parts = "，".join(f"{d}得分{fmt_num(sc)}分（满分{fmt_num(w)}分）" for d, w, sc in summary)
        blocks.append(Paragraph(f"经综合评价,该项目绩效评价综合得分为{fmt_num(grand)}分,评价等级为“{grade}”。"
                                f"其中：{parts}。"))
    else:
        blocks += [Paragraph(f"通过数据采集、问卷调查及访谈,对{year}年度{project}项目绩效进行客观评价,"
                             f"最终评分结果：总分为{fmt_num(grand)}分,绩效评级为“{grade}”。各部分权重和绩效分值如表3。"),
                   Paragraph(f"表 3：{year}年度{project}项目绩效评分表"), summary_table]
    for caption_and_table in detail_tables:
        blocks += caption_and_table
    return GeneratedForm("evaluation report", blocks, {"doc_kind": "evaluation_report", "forms": [form]})


# -- excerpts as disclosure pages publish them ------------------------------------------------------
# A piece of a report cut out for a disclosure page (the blind7 麦积 / blind8 庄河 layouts, from their
# READMEs): prose with no 一、 section headings and perhaps no title, 表1 of money lines (年初预算数 /
# 全年预算数 / 全年执行数 / 执行率) with or without its 表 caption, the year's targets, 表2 of the
# dimensions' 分值 / 得分 (sometimes 扣分原因) and the total and grade in a sentence. Each choice is
# drawn on a stream of its own.

#: which parts an excerpt holds: all of them, only 表1 and the score sentence, only 表2 and the sentence
EXCERPT_PARTS = (("budget", "targets", "scores"), ("budget", "targets", "scores"), ("budget",), ("scores",))
#: 表1's captions ({year}), None: the table has no caption, only a unit line before it
BUDGET_CAPTIONS = ("表1：{year}年度项目资金预算执行情况", "表1 项目资金使用情况", "表 1 项目预算执行情况", None)
#: 表1's columns: the label column, then (with 年初预算数) the amounts and the rate
BUDGET_HEADERS = (("资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"),
                  ("支出项目", "预算数", "执行数", "执行率"),
                  ("支出内容", "年初预算数", "全年预算数", "全年执行数", "执行率"))
#: lines of money an excerpt's 表1 lists (before its 合计)
EXCERPT_BUDGET_ITEMS = ("设备购置", "工程建设", "宣传培训", "第三方服务", "日常运维", "人员培训", "项目监理")
#: share of 表1s whose amount columns carry the unit (全年预算数（万元）), and those columns
UNIT_IN_HEADER_SHARE = 0.35
AMOUNT_COLUMNS = frozenset({"年初预算数", "全年预算数", "全年执行数", "预算数", "执行数"})
#: titles of an excerpt ({year}, {project}); who commissioned whom: the evaluator first or the client first
EXCERPT_TITLES = ("{year}年度{project}项目绩效评价报告", "{year}年度{project}项目绩效评价报告（摘要）")
COMMISSION_SENTENCES = ("{evaluator}受{client}委托，对{place}{year}年度“{project}”项目开展了绩效评价。",
                        "受{client}委托，{evaluator}对{place}{year}年度“{project}”项目开展了绩效评价。")
WHO_SENTENCES = ("项目主管部门：{department}，实施单位：{unit}。", "该项目由{unit}负责实施，主管部门：{department}。",
                 "该项目主管部门为{department}，由{unit}负责实施。")
#: how the targets are introduced (None: under group headings （一）产出目标 …)
TARGET_INTROS = ("年度绩效目标：", "该项目年度绩效目标如下：", None)
EXCERPT_TARGET_GROUPS = ("产出目标", "效益目标", "满意度目标")
#: 表2's captions, None: no caption
SCORE_CAPTIONS = ("表2：项目绩效评价得分情况", "表2 绩效评价指标得分表", None)
SCORE_HEADERS = (("评价指标", "分值", "得分"), ("一级指标", "权重", "得分"), ("一级指标", "分值", "得分", "扣分原因"),
                 ("评价指标", "满分", "得分", "扣分原因"))
DEDUCTION_REASONS = ("部分绩效指标未细化量化", "资金拨付不够及时", "档案资料不完整", "满意度调查覆盖面不足")
#: the sentence with the total and the grade ({score}, {grade})
TOTAL_SENTENCES = ("经综合评价，该项目综合评分{score}分，评价等级为“{grade}”。",
                   "评价组按评价指标体系打分，项目绩效评价得分{score}分，绩效等级为“{grade}”。",
                   "该项目综合得分为{score}分，评价等级为{grade}。")


def _excerpt_budget(rng: random.Random, form: dict) -> list[GridBlock]:
    """表1 of money lines and its caption (or only a unit line), amounts in 万元 or in 元; the truth's
    lines and the evaluation's money."""
    header = rng.choice(BUDGET_HEADERS)
    with_initial = len(header) == 5
    in_yuan = rng.random() < 0.3
    rows, lines = [], []
    totals = [Decimal(0), Decimal(0), Decimal(0)]

    def money(wan: Decimal) -> str:
        return f"{wan * 10000:,.2f}" if in_yuan else f"{wan:.2f}"

    for label in rng.sample(EXCERPT_BUDGET_ITEMS, rng.randint(2, 4)):
        amount = Decimal(rng.randint(500, 30000)) / 100
        initial = amount if rng.random() < 0.6 else (amount * Decimal(str(rng.uniform(0.8, 1.0)))).quantize(Decimal("0.01"))
        spent = amount if rng.random() < 0.4 else (amount * Decimal(str(rng.uniform(0.85, 0.999)))).quantize(Decimal("0.01"))
        rate = r2(float(spent / amount * 100))
        totals = [totals[0] + initial, totals[1] + amount, totals[2] + spent]
        lines.append(budget_line("component", label, yuan(amount), None, yuan(initial) if with_initial else None,
                                 yuan(spent), rate))
        rows.append([label, *([money(initial)] if with_initial else []), money(amount), money(spent), f"{fmt_num(rate)}%"])
    initial, amount, spent = totals
    rate = r2(float(spent / amount * 100))
    lines.append(budget_line("current_year_budget", "合计", yuan(amount), None,
                             yuan(initial) if with_initial else None, yuan(spent), rate))
    rows.append(["合计", *([money(initial)] if with_initial else []), money(amount), money(spent), f"{fmt_num(rate)}%"])
    form["budget_lines"] = lines
    form["evaluation"].update(budget_yuan=yuan(amount), spent_yuan=yuan(spent), execution_rate=rate)
    unit = "元" if in_yuan else "万元"
    caption = rng.choice(BUDGET_CAPTIONS)
    year = form["fiscal_year"]
    blocks: list[GridBlock] = [Paragraph(f"项目资金情况：全年预算{money(amount)}{unit}，实际支出{money(spent)}{unit}，"
                                         f"预算执行率{fmt_num(rate)}%。")]
    # the unit in the amount columns' brackets (全年预算数（万元）) instead of a 单位 line
    in_header = side_rng(rng, "unit in header").random() < UNIT_IN_HEADER_SHARE
    if in_header:
        header = tuple(f"{h}（{unit}）" if h in AMOUNT_COLUMNS else h for h in header)
    unit_line = [] if in_header else [Paragraph(f"单位：{unit}")]
    blocks += ([Paragraph(caption.format(year=year))] if caption else []) + unit_line
    return blocks + [make_table([list(header)] + rows)]


def _excerpt_targets(rng: random.Random, form: dict) -> list[GridBlock]:
    """The year's targets: a numbered list after an intro, or numbered items under group headings."""
    intro = rng.choice(TARGET_INTROS)
    pool = [n for group in TARGET_GROUPS.values() for n in group]
    chosen = rng.sample(pool, rng.randint(3, 6))
    blocks: list[GridBlock] = []
    groups: list[str | None]
    if intro is None:
        names = rng.sample(EXCERPT_TARGET_GROUPS, 2)
        cut = rng.randint(1, len(chosen) - 1)
        groups = [names[0]] * cut + [names[1]] * (len(chosen) - cut)
    else:
        blocks.append(Paragraph(intro))
        groups = [None] * len(chosen)
    numerals = "一二三"
    for n, (name, group) in enumerate(zip(chosen, groups)):
        if group is not None and (n == 0 or groups[n - 1] != group):
            blocks.append(Paragraph(f"（{numerals[len({g for g in groups[:n]})]}）{group}"))
        number = n + 1 if group is None else n + 1 - groups.index(group)
        truth = {**_target(rng, "产出目标", name), "level1": group,
                 "level1_std": {"产出目标": "产出", "效益目标": "效益", "满意度目标": "满意度"}.get(group or "")}
        form["indicators"].append(truth)
        last = n == len(chosen) - 1 or groups[n + 1] != group
        raw = truth["target_raw"]
        blocks.append(Paragraph(f"{number}.{name}{raw or ''}{'。' if last else '；'}"))
    return blocks


def _excerpt_scores(rng: random.Random, form: dict) -> list[GridBlock]:
    """表2: the four national dimensions' full marks and scores (and why points were taken off)."""
    names = rng.choice(NATIONAL_DIMENSIONS)
    weights = rng.choice(NATIONAL_WEIGHTS)
    scores = [float(w) if rng.random() < 0.3 else r2(w * rng.choice([0.75, 0.8, 0.85, 0.9, 0.95])) for w in weights]
    grand = r2(sum(scores))
    form["scores"] = [score_row(0, "合计", 100.0, grand)] + [
        score_row(1, n, float(w), s) for n, w, s in zip(names, weights, scores)]
    header = rng.choice(SCORE_HEADERS)
    reasons = len(header) == 4
    rows = [[n, str(w), fmt_num(s), *([("—" if s == w else rng.choice(DEDUCTION_REASONS))] if reasons else [])]
            for n, w, s in zip(names, weights, scores)]
    caption = rng.choice(SCORE_CAPTIONS)
    table = make_table([list(header)] + rows + [["合计", "100", fmt_num(grand), *([""] if reasons else [])]])
    return ([Paragraph(caption)] if caption else []) + [table]


#: share of excerpts whose 表2 is the scoring tree (一级 | 二级 | 三级指标 | 分值 | 得分 (| 扣分原因)), the
#: level-1 cells with their full marks (决策（20分）), merged down over their rows
TREE_SHARE = 0.35
#: the national framework's tree: level 1 → level 2 → level-3 names
NATIONAL_TREE = (("决策", (("项目立项", ("立项依据充分性", "立项程序规范性")), ("绩效目标", ("绩效目标合理性", "绩效指标明确性")))),
                 ("过程", (("资金管理", ("资金到位率", "预算执行率", "资金使用合规性")), ("组织实施", ("管理制度健全性",)))),
                 ("产出", (("产出数量", ("实际完成率",)), ("产出质量", ("质量达标率",)), ("产出时效", ("完成及时性",)))),
                 ("效益", (("项目效益", ("社会效益", "可持续影响")), ("满意度", ("服务对象满意度",)))))


def _excerpt_tree(rng: random.Random, form: dict) -> list[GridBlock]:
    """表2 as the scoring tree: level-1 rows (weight in the label), level-3 rows under level-2
    sub-headings (their ``group``), the total row; and why points were taken off, sometimes."""
    weights = rng.choice(NATIONAL_WEIGHTS)
    reasons = rng.random() < 0.5
    rows: list[list] = [["一级指标", "二级指标", "三级指标", "分值", "得分", *(["扣分原因"] if reasons else [])]]
    level1_rows, leaf_rows, grand = [], [], 0.0
    for (dim, subs), w1 in zip(NATIONAL_TREE, weights):
        leaves = [(sub, leaf) for sub, names in subs for leaf in names]
        leaf_weights = split_weights(rng, w1, len(leaves))
        dim_score, first = 0.0, True
        for k, ((sub, leaf), w3) in enumerate(zip(leaves, leaf_weights)):
            score = float(w3) if rng.random() < 0.6 else r2(w3 * rng.choice([0.5, 0.8, 0.9]))
            dim_score = r2(dim_score + score)
            leaf_rows.append({**score_row(3, leaf, float(w3), score, dim), "group": sub})
            cells = [(f"{dim}（{w1}分）", len(leaves), 1)] if first else []
            if k == 0 or leaves[k - 1][0] != sub:
                cells.append((sub, sum(1 for s, _ in leaves if s == sub), 1))
            reason = [("" if score == w3 else rng.choice(DEDUCTION_REASONS))] if reasons else []
            rows.append(cells + [leaf, str(w3), fmt_num(score), *reason])
            first = False
        level1_rows.append(score_row(1, dim, float(w1), None))
        grand = r2(grand + dim_score)
    rows.append([("合计", 1, 3), "100", fmt_num(grand), *([""] if reasons else [])])
    form["scores"] = [score_row(0, "合计", 100.0, grand)] + level1_rows + leaf_rows
    caption = rng.choice(SCORE_CAPTIONS)
    return ([Paragraph(caption)] if caption else []) + [make_table(rows)]


def report_excerpt(rng: random.Random, year: int) -> GeneratedForm:
    """A report excerpt as a disclosure page publishes it (see above)."""
    department, unit, project = who(rng)
    place = next((p for p in PLACES if department.startswith(p)), "")
    evaluator, commissioned = rng.choice(EVALUATORS)
    commissioned = commissioned.format(department=department, place=place)
    parts = side_rng(rng, "excerpt parts").choice(EXCERPT_PARTS)
    titled = side_rng(rng, "excerpt title").random() < 0.5
    form = form_record(0, fiscal_year=year, project_name=project, reporting_unit=unit, department=department)
    form["evaluation"] = {"fiscal_year": year, "project_name": project, "evaluator": evaluator,
                          "commissioned_by": commissioned, "total_score": None, "grade": None,
                          "budget_yuan": None, "spent_yuan": None, "execution_rate": None}
    wording = side_rng(rng, "excerpt wording")
    title = wording.choice(EXCERPT_TITLES).format(year=year, project=project)
    blocks: list[GridBlock] = [Paragraph(title)] if titled else []
    commission = wording.choice(COMMISSION_SENTENCES)
    who_sentence = wording.choice(WHO_SENTENCES)
    blocks += [Paragraph(commission.format(evaluator=evaluator, client=commissioned, place=place, year=year,
                                           project=project)),
               Paragraph(who_sentence.format(department=department, unit=unit))]
    rng.random()                         # the draw the first wording of the who sentence took
    if "budget" in parts:
        blocks += _excerpt_budget(side_rng(rng, "excerpt budget"), form)
    if "targets" in parts:
        blocks += _excerpt_targets(side_rng(rng, "excerpt targets"), form)
    if "scores" in parts:
        tree_rng = side_rng(rng, "excerpt score tree")
        blocks += _excerpt_tree(tree_rng, form) if tree_rng.random() < TREE_SHARE else \
            _excerpt_scores(side_rng(rng, "excerpt scores"), form)
        grand = form["scores"][0]["score"]
    else:
        grand = r2(rng.uniform(72, 98))
    grade = grade_of(grand)
    form["evaluation"].update(total_score=grand, grade=grade)
    blocks.append(Paragraph(side_rng(rng, "excerpt sentence").choice(TOTAL_SENTENCES).format(
        score=fmt_num(grand), grade=grade)))
    return GeneratedForm("report excerpt", blocks, {"doc_kind": "evaluation_report", "forms": [form]})
