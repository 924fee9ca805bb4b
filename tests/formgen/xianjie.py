"""The 衔接资金 templates' features (LAYOUTS.md §5), drawn as side streams of the T-HN target form
(Hunan 衔接资金 / 扶贫资金 绩效目标申报表) and of the T-NAT self-evaluation (Anhui 衔接资金 自评表,
部门整体支出绩效自评表). Each feature is drawn on a stream of its own (``side_rng``) by the family, so
every existing seed's form without it stays as it was.

Truth by construction (CONTRACT.md):
- a template's fill-in hint left in a name (``( ≥**个 )``, ``(≥**%)``, ``≥**人``) and a core indicator's
  mark (``★``, ``*``) are not part of the name: ``level3`` is the name without them;
- a ``其中:`` breakdown row (target and actual, no 分值/得分) is an indicator row of its own, under its
  parent's 一级/二级, its name as written (``其中:`` says it is part of the row above: there is no parent
  column to say it otherwise), ``weight`` and ``score`` null, and no ``scores`` row; its parent keeps its
  own figures (the breakdown's targets and actuals add up to the parent's);
- a deadline target ``9月前`` / ``10月底前`` is ``<=`` 9 (月), its actual ``7月`` 7;
- execution above budget (``102.59%``) is the rate as printed; the block's score stays its weight.
"""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

from tests.formgen.spec import Indicator, Money, Target, fmt_num

#: Share of T-HN forms whose indicator names keep the template's fill-in hints (``( ≥**个 )``).
FILL_HINT_SHARE = 0.3
FILL_HINTS = ("( ≥**{unit} )", "(≥**{unit})", "≥**{unit}")
#: Share of T-HN forms whose 年度资金总额 cell says its amount twice, one paragraph each, the second with
#: its sub-amounts in brackets (``854万`` / ``854万(其中:中央衔接资金500万,省级衔接资金354万)``).
REPEATED_MONEY_SHARE = 0.3
#: Share of T-HN forms with an empty 备注 column two cells wide (each row ends in two blank cells).
EMPTY_REMARK_SHARE = 0.3

#: Share of T-NAT self-evaluations marking their core indicators (``★`` or ``*`` before the name).
CORE_MARK_SHARE = 0.3
CORE_MARKS = ("★", "*")
#: Share of T-NAT self-evaluations with ``其中:`` breakdown rows under a count indicator.
BREAKDOWN_SHARE = 0.3
BREAKDOWN_PARTS = ("脱贫村", "非脱贫村")
#: Share of T-NAT self-evaluations whose money was spent above its budget (执行率 102.59%).
ABOVE_BUDGET_SHARE = 0.3
#: Share of T-NAT self-evaluations whose 时效 indicator's target is a deadline (``9月前``, actual ``7月``).
DEADLINE_SHARE = 0.3
DEADLINE_FORMS = ("{m}月前", "{m}月底前")
#: Share of T-NAT self-evaluations writing ``—`` (not ``-``) in the money block's N/A cells.
NA_DASH_SHARE = 0.3
NA_DASH = "—"
#: Share of T-NAT self-evaluations exported by a converter that drops merged cells (Anhui's pipe rows:
#: rows shifted left, padded with blank cells at their end: ``||||``). Drawn only by the floor test
#: (``test_xianjie_forms.py`` sets it to 1) for now: such a converter's output is text, but the generator
#: prints every form to PDF as well, and a PDF of a table with shifted rows (which no archive holds)
#: reads at 0.85 in ``pdftotext -layout`` (dev seeds 0-39 at 0.3: 10 forms, lowest 0.41); the text
#: shapes read them at 0.997 (tab, pipe, line_kept, paragraph) without any change to the reader.
SHIFTED_ROWS_SHARE = 0.0


# --- Hunan target form ---------------------------------------------------------------------------

def fill_hint_names(rng: random.Random, indicators: list[Indicator]) -> dict[str, str]:
    """Each indicator's name as printed: a quantitative one keeps a fill-in hint half the time."""
    shown = {}
    for ind in indicators:
        hinted = ind.target.operator is not None and rng.random() < 0.6
        shown[ind.name] = ind.name + rng.choice(FILL_HINTS).format(unit=ind.unit) if hinted else ind.name
    return shown


def repeated_money_cell(rng: random.Random, budget: Decimal) -> str:
    """The 年度资金总额 cell as the 衔接资金 form fills it: the amount, then again with its parts."""
    total = fmt_num(float(budget))
    central = (budget * Decimal(rng.choice(["0.6", "0.7", "0.8"]))).quantize(Decimal("0.01"))
    province = budget - central
    return (f"{total}万\n{total}万(其中:中央衔接资金{fmt_num(float(central))}万,"
            f"省级衔接资金{fmt_num(float(province))}万)")


# --- Anhui self-evaluation -----------------------------------------------------------------------

def core_marked(rng: random.Random, indicators: list[Indicator]) -> dict[str, str]:
    """Each indicator's name as printed: about half of them marked core (one mark a form)."""
    mark = rng.choice(CORE_MARKS)
    return {i.name: f"{mark}{i.name}" if rng.random() < 0.5 else i.name for i in indicators}


def with_breakdown(rng: random.Random, indicators: list[Indicator]) -> list[Indicator]:
    """The indicators with ``其中:`` rows after one count indicator (targets and actuals that add up
    to its own; no weight, no score). As they were when no indicator can be broken down."""
    parents = [i for i in indicators if i.kind == "count" and i.unit != "万元" and i.target.operator in (">=", "=")
               and i.target.value >= 5 and i.actual_value is not None]
    if not parents:
        return indicators
    parent = rng.choice(parents)
    share = rng.choice([0.4, 0.5, 0.6, 0.7])
    first_target = float(round(parent.target.value * share))
    first_actual = float(round(parent.actual_value * share))
    sign = parent.target.op_cell if parent.target.op_cell and parent.target.raw.startswith(parent.target.op_cell) \
        else "≥" if parent.target.operator == ">=" else ""      # a parent's 以上 / 至少: the rows' own sign
    subs = []
    for part, target, actual in zip(BREAKDOWN_PARTS, (first_target, parent.target.value - first_target),
                                    (first_actual, parent.actual_value - first_actual)):
        raw = f"{sign}{fmt_num(target)}{parent.unit}"
        subs.append(Indicator(parent.level1, parent.level2, f"其中:{part}{parent.name}", parent.kind, parent.unit,
                              Target(raw, parent.target.operator, target, parent.unit, None, sign, fmt_num(target),
                                     parent.unit),
                              f"{fmt_num(actual)}{parent.unit}", actual, None, None))
    at = indicators.index(parent) + 1
    return indicators[:at] + subs + indicators[at:]


def above_budget(rng: random.Random, money: Money) -> Money:
    """The money spent a little above the full-year budget (执行率 100.5%-104%)."""
    spent = (money.budget * Decimal(str(rng.uniform(1.005, 1.04)))).quantize(Decimal("0.01"))
    return replace(money, spent=spent)


def deadline_target(rng: random.Random, indicators: list[Indicator]) -> None:
    """A 时效 indicator's target as a month it is due by (``9月前``) and its actual the month it was
    done (``7月``), met: its score is its weight. Nothing when the form has no 时效 indicator."""
    timely = [i for i in indicators if i.level2 == "时效指标" and i.weight is not None]
    if not timely:
        return
    ind = rng.choice(timely)
    month = rng.randint(6, 11)
    done = rng.randint(3, month - 1)
    raw = rng.choice(DEADLINE_FORMS).format(m=month)
    ind.target = Target(raw, "<=", float(month), "月", None, "", raw, "")
    ind.unit = "月"
    ind.actual_raw, ind.actual_value, ind.score = f"{done}月", float(done), ind.weight
