"""A self-evaluation's money block as provincial forms write it (LAYOUTS.md §2, §3): under the year
total, 财政拨款 split by kind (一般公共预算拨款 / 政府性基金预算拨款 …) or by level (中央/省级/市级/县级财政资金,
上级补助 / 本级), the carry-over line in its spellings, other funds named by source (自筹资金, 社会资金,
单位自有资金 …), blank and zero amounts, and the money unit written in the total's row label.

Drawn on a stream of its own (``side_rng(rng, "money sub-lines")``) after the family's own draws, so
every other draw of a seed keeps its value."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from tests.formgen.parts import budget_line, side_rng
from tests.formgen.spec import Money, amount_text, fmt_num, r2, yuan

#: share of self-evaluation forms drawn with the wide money block.
WIDE_MONEY_SHARE = 0.5
#: share of wide blocks whose money unit is written in the total's row label (年度资金总额（万元）).
UNIT_IN_ROW_SHARE = 0.35

FISCAL_PARENT_LABELS = ("其中:财政拨款", "其中：财政拨款", "财政拨款", "其中：财政资金", "财政拨款资金")
FISCAL_SPLITS: tuple[tuple[str, ...], ...] = (
    ("一般公共预算拨款", "政府性基金预算拨款"),
    ("一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款"),
    ("中央财政资金", "省级财政资金", "县级财政资金"),
    ("中央财政补助资金", "省级财政补助资金", "市级财政资金", "区级财政资金"),
    ("省级财政资金", "市级财政资金"),
    ("上级补助资金", "本级财政资金"),
)
CARRYOVER_LABELS = ("上年结转资金", "上年结转（结余）资金", "上年结转结余资金")
OTHER_SPLITS: tuple[tuple[str, ...], ...] = (
    ("其他资金",), ("自筹资金",), ("自筹资金", "社会资金"), ("单位自有资金",), ("财政专户管理资金", "其他资金"),
)
#: the money columns of a self-evaluation, in their usual order
MONEY_COLUMNS = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
#: how a zero amount is printed, and what the truth reads in it (a blank is null, a 0 is 0.00)
ZERO_PRINTS = (("0", "0.00"), ("0.00", "0.00"), ("", None), ("-", None))


@dataclass
class MoneyLine:
    item: str
    label: str
    parent: str | None
    initial: Decimal | None          # 万元; None: printed blank (or a dash)
    budget: Decimal | None
    spent: Decimal | None
    zero_print: str = "0.00"         # how a zero amount of this line is printed
    total: bool = False              # the line that carries the block's 分值 and 得分

    def rate(self) -> float | None:
        if not self.budget or self.spent is None:
            return None
        return r2(float(self.spent / self.budget * 100))

    def truth(self) -> dict:
        def amount(x: Decimal | None) -> str | None:
            return None if x is None else yuan(x)           # a printed 0 or 0.00 is 0.00
        return budget_line(self.item, self.label, amount(self.budget), self.parent, amount(self.initial),
                           amount(self.spent), self.rate())


def _split(rng: random.Random, amount: Decimal, n: int) -> list[Decimal]:
    """``amount`` in ``n`` parts of two decimals that add up to it."""
    weights = [rng.uniform(0.2, 1.0) for _ in range(n)]
    parts = [(amount * Decimal(str(w / sum(weights)))).quantize(Decimal("0.01")) for w in weights[:-1]]
    return parts + [amount - sum(parts, Decimal(0))]


def wide_money_lines(rng: random.Random, m: Money, total_label: str) -> list[MoneyLine] | None:
    """The wide block's lines (amounts in 万元, adding up to ``m``), or None for the family's own."""
    side = side_rng(rng, "money sub-lines")
    if side.random() >= WIDE_MONEY_SHARE:
        return None
    others = side.choice(OTHER_SPLITS)
    other_total = (m.fiscal * Decimal(str(side.uniform(0.05, 0.3)))).quantize(Decimal("0.01")) \
        if side.random() < 0.4 else Decimal(0)
    fiscal = m.fiscal - other_total
    fiscal_spent = m.spent - m.carry - other_total
    fiscal_label = side.choice(FISCAL_PARENT_LABELS)
    lines = [MoneyLine("current_year_budget", total_label, None, m.initial, m.budget, m.spent, total=True),
             MoneyLine("fiscal_appropriation", fiscal_label, None, fiscal, fiscal, fiscal_spent)]
    if side.random() < 0.75:
        sources = side.choice(FISCAL_SPLITS)
        budgets = _split(side, fiscal, len(sources))
        if side.random() < 0.3:                 # the last source got nothing (政府性基金 0)
            budgets[0], budgets[-1] = budgets[0] + budgets[-1], Decimal(0)
        spents = [(b * fiscal_spent / fiscal).quantize(Decimal("0.01")) for b in budgets[:-1]]
        spents.append(fiscal_spent - sum(spents, Decimal(0)))
        for k, (label, b, s) in enumerate(zip(sources, budgets, spents)):
            written = f"其中：{label}" if k == 0 and side.random() < 0.5 else label
            zero = side.choice(ZERO_PRINTS)[0]
            blank = not b and zero in ("", "-")
            lines.append(MoneyLine("fiscal_appropriation", written, fiscal_label, None if blank else b,
                                   None if blank else b, None if blank else s, zero))
    carry_zero = side.choice(ZERO_PRINTS[:2])[0]
    lines.append(MoneyLine("carryover", side.choice(CARRYOVER_LABELS), None, Decimal(0), m.carry, m.carry,
                           carry_zero))
    parts = _split(side, other_total, len(others)) if other_total else [None] * len(others)
    for label, part in zip(others, parts):
        lines.append(MoneyLine("other_funds", label, None, part, part, part))
    return lines


def wide_money_truth(lines: list[MoneyLine]) -> list[dict]:
    return [line.truth() for line in lines]


def printed_amount(line: MoneyLine, x: Decimal | None, text_of, dash: str) -> str:
    """An amount cell: blank lines print the dash, zero amounts as the line prints zero."""
    if x is None:
        return dash
    if not x:
        return line.zero_print
    return text_of(x)


def wide_money_rows(rng: random.Random, lines: list[MoneyLine], unit: str, columns: list[str],
                    dash: str = "-") -> list[list[str]]:
    """The wide block's rows; cells in the order of ``columns`` (年初预算数 全年预算数 全年执行数 分值 执行率 得分)."""
    rows = []
    for line in lines:
        text = lambda x: printed_amount(line, x, lambda v: amount_text(rng, v, unit), dash)  # noqa: E731
        rate = line.rate()
        values = {"年初预算数": text(line.initial), "全年预算数": text(line.budget), "全年执行数": text(line.spent),
                  "分值": "10" if line.total else dash, "执行率": dash if rate is None else f"{rate:.2f}%",
                  "得分": fmt_num(r2(10 * min(rate or 0.0, 100.0) / 100)) if line.total else dash}
        rows.append([line.label] + [values[c] for c in columns])
    return rows


def unit_in_row(rng: random.Random) -> bool:
    return side_rng(rng, "money unit in row").random() < UNIT_IN_ROW_SHARE
