"""What a generated form is made of: words (taken from LAYOUTS.md and the samples, never from
the parser), indicator profiles, targets with their truth, money that adds up, scores that fit.

Everything is drawn from a ``random.Random`` seeded by the caller, so a seed gives the same form.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

# --- words ------------------------------------------------------------------------------------
PLACES = ["青神县", "三台县", "正定县", "宿松县", "衢江区", "石鼓区", "孝南区", "马踏镇", "宁德市", "鄂州市",
          "天长市", "井研县", "南部县", "十堰市", "三明市", "闵行区", "普陀区", "萧山区", "柯桥区", "岳阳县"]
AGENCIES = ["农业农村局", "交通运输局", "文化广电和旅游局", "卫生健康局", "民政局", "教育局", "人力资源和社会保障局",
            "城市管理执法局", "水利局", "生态环境局", "市场监督管理局", "财政局"]
UNITS_OF = {"农业农村局": "农业技术推广中心", "交通运输局": "农村公路养护中心", "文化广电和旅游局": "图书馆",
            "卫生健康局": "疾病预防控制中心", "民政局": "社会福利院", "教育局": "教育服务中心",
            "人力资源和社会保障局": "社会保险服务中心", "城市管理执法局": "环境卫生服务中心", "水利局": "水利工程管理站",
            "生态环境局": "环境监测站", "市场监督管理局": "消费者投诉举报中心", "财政局": "财政投资评审中心"}
PROJECTS = ["农村公路日常养护经费", "公共图书馆免费开放", "城乡居民基本养老保险政府补贴", "农村生活污水治理设施运维补助",
            "重大动物疫病强制免疫补助", "农村生活垃圾治理专项资金", "消费者维权管理专项", "基层组织活动经费",
            "小型水利工程建设", "特困人员供养经费", "义务教育学生营养改善计划", "城区道路机械化清扫保洁",
            "高标准农田建设", "村组干部报酬", "食品安全抽检经费", "重点人群免费体检", "河道保洁经费", "乡村振兴衔接资金"]
#: (level1 national, level2, name, kind, unit): kind pct / count / cost / qual.
INDICATORS: list[tuple[str, str, str, str, str]] = [
    ("产出指标", "数量指标", "培训农民人次", "count", "人次"), ("产出指标", "数量指标", "维修养护道路里程", "count", "公里"),
    ("产出指标", "数量指标", "开展宣传活动次数", "count", "次"), ("产出指标", "数量指标", "覆盖行政村数量", "count", "个"),
    ("产出指标", "数量指标", "发放补助人数", "count", "人"), ("产出指标", "数量指标", "安装路灯数量", "count", "盏"),
    ("产出指标", "数量指标", "检测样品批次", "count", "批次"), ("产出指标", "质量指标", "项目验收合格率", "pct", "%"),
    ("产出指标", "质量指标", "设施正常运行率", "pct", "%"), ("产出指标", "质量指标", "资金使用合规率", "pct", "%"),
    ("产出指标", "质量指标", "管理制度健全性", "qual", ""), ("产出指标", "时效指标", "资金拨付及时率", "pct", "%"),
    ("产出指标", "时效指标", "项目完成及时性", "qual", ""), ("产出指标", "成本指标", "人均补助标准", "cost", "元"),
    ("产出指标", "成本指标", "项目总成本控制", "cost", "万元"),
    ("效益指标", "经济效益指标", "带动农户增收", "count", "万元"), ("效益指标", "社会效益指标", "群众知晓率", "pct", "%"),
    ("效益指标", "社会效益指标", "群众生活条件改善", "qual", ""), ("效益指标", "生态效益指标", "垃圾无害化处理率", "pct", "%"),
    ("效益指标", "可持续影响指标", "长效管理机制", "qual", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "pct", "%"), ("满意度指标", "服务对象满意度指标", "受益对象满意度", "pct", "%"),
]
QUALITATIVE = ["合理", "健全", "及时", "显著提升", "有效改善", "逐步完善", "规范"]
QUAL_ACTUAL = ["已完成", "达成预期指标", "及时", "健全"]
LEVEL1_STD = {"产出指标": "产出", "效益指标": "效益", "满意度指标": "满意度", "成本指标": "成本",
              "产出目标": "产出", "效果目标": "效果", "影响力目标": "影响力"}
#: WPS / web-page junk in front of a form (LAYOUTS.md §2, the Fujian sample).
JUNK = ["〈meta name=“ArticleTitle” content=“{title}”〉 〈meta name=“PubDate” content=“{year}-02-14”〉",
        "发布时间:{year}-05-20 10:12    来源:{department}", "【字体:大 中 小】 打印", "附件{n}"]
GRADES = [(90, "优"), (80, "良"), (60, "中"), (0, "差")]
#: Lines printed after a form that are not part of it: who filled it in, a note, the web page's
#: footer (LAYOUTS.md §2; the blind2 samples' signature, 填报说明 and chrome lines).
SIGNATURE_LINES = ["填报人:{person}    联系电话:{phone}", "联系人:{person}  联系电话:{phone}",
                   "审核人:{person}", "单位负责人:{person}    填报人:{person2}", "填报日期:{year}年{month}月{day}日",
                   "填报说明:1.指标值应当量化,无法量化的可定性描述;2.本表由项目实施单位填报。"]
PAGE_FOOTER_LINES = ["发布时间:{year}-{month:02d}-{day:02d}  信息来源:{department}", "【打印本页】 【关闭窗口】",
                     "版权所有:{department}  网站标识码:{phone}", "打印 关闭窗口",
                     "附件:{year}年度项目支出绩效自评表", "网站地图 | 联系我们", "主办单位:{department}"]
#: Signature lines of a printed form under its table, full-width as Word writes them (the blind
#: PDFs' 填报单位（盖章）line: one line in ``pdftotext -layout``); drawn on their own stream.
SEAL_LINES = ["填报单位（盖章）：{unit}    填报人：{person}    联系电话：{phone}",
              "单位负责人：{person}    填报人：{person2}    联系电话：{phone}",
              "填报单位（盖章）：{unit}", "单位负责人（签字）：{person}    联系电话：{phone}"]
#: A printed page's footer (a page number field) and running header (LAYOUTS.md §2).
#: ``{PAGE}`` / ``{NUMPAGES}`` are Word fields, filled in when the page is printed.
PAGE_NUMBER_STYLES = ["第 {PAGE} 页", "— {PAGE} —", "第{PAGE}页 共{NUMPAGES}页", "- {PAGE} -"]
PAGE_HEADERS = ["{title}", "单位：万元"]
PERSONS = ["张晓梅", "李建国", "王芳", "陈志强", "刘洋", "赵敏"]


def grade_of(total: float) -> str:
    return next(g for floor, g in GRADES if total >= floor)


def yuan(wan: Decimal) -> str:
    """万元 → the truth's 元 string with 2 decimals."""
    return str((wan * 10000).quantize(Decimal("0.01")))


def r2(x: float) -> float:
    return float(Decimal(str(x)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def fmt_num(x: float) -> str:
    """A number as forms print it: no trailing zeros."""
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return text or "0"


# --- targets ----------------------------------------------------------------------------------

@dataclass
class Target:
    raw: str                          # as written in one cell
    operator: str | None
    value: float | None
    unit: str | None
    qualitative: str | None = None
    op_cell: str = ""                 # the pieces, for families with operator / unit columns
    value_cell: str = ""
    unit_cell: str = ""

    def truth(self) -> dict[str, Any]:
        conditions = [] if self.operator is None else [
            {"label": None, "operator": self.operator, "value": self.value, "unit": self.unit}]
        return {"target_raw": self.raw, "operator": self.operator, "value": self.value,
                "value_max": None, "unit": self.unit, "qualitative": self.qualitative,
                "conditions": conditions}


OP_SIGNS = {">=": ["≥", ">="], "<=": ["≤"], "=": ["=", ""], ">": [">"]}
#: an operator column's sign as a form writes it in words (指标值类型: 大于等于 | 86 | 公里)
OPERATOR_WORD_CELLS = {"≥": "大于等于", "=": "等于", "≤": "小于等于", ">": "大于", "<": "小于"}


def in_operator_words(target: Target) -> Target:
    """A target of operator / value / unit cells with its operator cell in words; its raw text the
    three cells joined as written (``大于等于86公里``). A 定性 target is as it was."""
    word = OPERATOR_WORD_CELLS.get(target.op_cell)
    if word is None:
        return target
    return Target(f"{word}{target.value_cell}{target.unit_cell}", target.operator, target.value, target.unit,
                  target.qualitative, word, target.value_cell, target.unit_cell)


def draw_target(rng: random.Random, kind: str, unit: str, style: str = "inline") -> Target:
    """A target of a kind; ``style`` inline (one cell: ``≥95%``), columns (operator | value |
    unit cells), or sh (Shanghai ``=100.00(%)`` for rates)."""
    if kind == "qual":
        word = rng.choice(QUALITATIVE)
        return Target(word, None, None, None, word, "定性", word, "")
    if kind == "pct":
        value = rng.choice([80, 85, 90, 95, 98, 100])
        op = "=" if value == 100 else rng.choice([">=", ">=", ">="])
    elif kind == "cost":
        op = "<="
        value = rng.choice([40, 120, 350, 800, 1500]) if unit == "元" else rng.choice([12.5, 40, 86, 230])
    else:
        op = rng.choice([">=", ">=", "=", ">"])
        value = rng.choice([2, 5, 12, 30, 50, 120, 210, 326, 580, 1200, 3200])
    number = fmt_num(value)
    folded, truth_unit = value, unit
    if unit == "万元":
        folded, truth_unit = value * 10000, "元"
    if style == "columns":
        sign = {"=": "=", ">=": "≥", "<=": "≤", ">": ">"}[op]
        return Target(f"{sign}{number}{unit}", op, folded, truth_unit, None, sign, number, unit)
    sign = rng.choice(OP_SIGNS[op])
    if style == "sh" and unit == "%":
        raw = f"{sign or '='}{value:.2f}(%)"
    elif op == ">=" and rng.random() < 0.2:
        raw = f"{number}{unit}以上"
    elif op == ">=" and kind == "count" and rng.random() < 0.15:
        raw = f"至少{number}{unit}"
    else:
        raw = f"{sign}{number}{unit}"
    return Target(raw, op, folded, truth_unit, None, sign, number, unit)


@dataclass
class Indicator:
    level1: str
    level2: str
    name: str
    kind: str
    unit: str
    target: Target
    actual_raw: str | None = None
    actual_value: float | None = None
    weight: float | None = None
    score: float | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def truth(self, level1: str | None = None, level2: str | None = "", lenient: bool = False) -> dict:
        l1 = self.level1 if level1 is None else level1
        return {"origin": "indicator_table", "level1": l1,
                "level2": self.level2 if level2 == "" else level2, "level3": self.name,
                "level1_std": LEVEL1_STD.get(l1, LEVEL1_STD.get(self.level1)), **self.target.truth(),
                "actual_raw": self.actual_raw, "actual_value": self.actual_value,
                "weight": self.weight, "score": self.score, "lenient": lenient}


def draw_indicators(rng: random.Random, n_min: int = 5, n_max: int = 9, style: str = "inline",
                    levels: tuple[str, ...] = ("产出指标", "效益指标", "满意度指标")) -> list[Indicator]:
    """Indicators in template order (产出, 效益, 满意度), each level at least once, names unique."""
    chosen: list[tuple] = []
    for level in levels:
        pool = [p for p in INDICATORS if p[0] == level]
        chosen.append(rng.choice(pool))
    rest = [p for p in INDICATORS if p[0] in levels and p not in chosen]
    chosen += rng.sample(rest, max(0, rng.randint(n_min, n_max) - len(chosen)))
    order = {p: i for i, p in enumerate(INDICATORS)}
    chosen.sort(key=lambda p: order[p])
    return [Indicator(l1, l2, name, kind, unit, draw_target(rng, kind, unit, style))
            for l1, l2, name, kind, unit in chosen]


def split_weights(rng: random.Random, total: int, n: int) -> list[int]:
    """n positive integer weights adding up to total."""
    if n == 1:
        return [total]
    cuts = sorted(rng.sample(range(1, total), n - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


def draw_actuals(rng: random.Random, indicators: list[Indicator], weights: list[int],
                 bare_numbers: bool = False) -> None:
    """Actual values and scores: met → full weight, short → weight × actual / target."""
    for ind, weight in zip(indicators, weights):
        ind.weight = float(weight)
        t = ind.target
        if t.operator is None:
            ind.actual_raw, ind.actual_value, ind.score = rng.choice(QUAL_ACTUAL), None, float(weight)
            continue
        shown = t.value / 10000 if ind.unit == "万元" else t.value
        short = rng.random() < 0.25 and t.operator in (">=", ">", "=") and shown > 1
        if t.operator == "<=":
            actual = round(shown * rng.uniform(0.85, 1.0), 1)
        elif short:
            actual = round(shown * rng.uniform(0.8, 0.97), 1)
        else:
            actual = shown if t.operator == "=" else round(shown * rng.uniform(1.0, 1.08), 1)
        if ind.unit == "%":
            actual = min(actual, 100.0)
        elif ind.kind == "count" and ind.unit != "万元":
            actual = float(max(1, round(actual)))
        number = fmt_num(actual)
        ind.actual_raw = number if bare_numbers else f"{number}{ind.unit}"
        ind.actual_value = actual * 10000 if (ind.unit == "万元" and not bare_numbers) else actual
        if bare_numbers and ind.unit == "万元":
            ind.actual_value = actual
        ind.score = float(weight) if not short else r2(weight * actual / shown)


@dataclass
class Money:
    """A self-evaluation's money block in 万元: 年初, 全年 (A), 执行 (B), rate = B/A."""
    initial: Decimal
    budget: Decimal
    spent: Decimal
    fiscal: Decimal
    carry: Decimal

    @property
    def rate(self) -> float:
        return r2(float(self.spent / self.budget * 100))

    @property
    def score(self) -> float:
        return r2(10 * min(self.rate, 100.0) / 100)


def draw_money(rng: random.Random) -> Money:
    budget = Decimal(rng.randint(5000, 200000)) / 100
    carry = Decimal(0) if rng.random() < 0.6 else (budget * Decimal("0.05")).quantize(Decimal("0.01"))
    fiscal = budget - carry
    spent = (budget * Decimal(str(rng.uniform(0.86, 1.0)))).quantize(Decimal("0.01"))
    if spent > budget:
        spent = budget
    return Money(fiscal, budget, spent, fiscal, carry)


def amount_text(rng: random.Random, wan: Decimal, unit: str) -> str:
    """An amount as printed: 万元 plain, 元 with or without thousands commas."""
    if unit == "万元":
        return f"{wan:.2f}"
    y = wan * 10000
    return f"{y:,.2f}" if rng.random() < 0.7 else f"{y:.2f}"
