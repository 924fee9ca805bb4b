"""The glued builder: a whole form run together with no separator at all (text family F8,
``…项目名称村组干部报酬主管部门…一级指标二级指标…培训农民人次至少580人次611人次22…``) cut back into
its cells, the stream one cell per line with blank cells dropped gives, so that the families read it
as they read that shape.

Cut points come from what is known, never from positions:

* the vocabulary: field labels (项目名称), runs of two or more column words (a header: 一级指标二级
  指标…分值得分, 年初预算数全年预算数(A)…), level names (产出指标, 决策(16分)), money line and total
  labels before their figures (年度资金总额, 其中:财政拨款, 总分), the phrases of an explanation
  column (反映…情况) and word targets (及时, 健全);
* value shapes: operator + number + unit, percentages, money with at most two decimals, points from
  0 to 100, empty markers (``-``, ``/``). A stretch of values run together (``1095.22%9.52``,
  ``≥1200人122366``) is cut against the value columns of the header above it: every cut that gives
  each piece its column's shape is a reading; the reading filling most columns wins, then the one
  the form's arithmetic accepts (score ≤ weight, 执行率 = 执行数 / 预算数), then the one right-aligned
  on the header (blank cells are most often the optional ones on the left), then the one whose actual
  is closest to its target;
* the text of a column repeated row after row (a 评分标准 that runs into the next row's name) is cut
  off where its repetitions end.

Text right after a field label (a project name, a period, a goal) is kept whole. What cannot be cut
stays one cell: the column reader keeps it as raw text and marks the row.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Iterable, Sequence

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.layout.base import RawRow, StreamBuilder
from jixiao.extract.layout.columns import header_key
from jixiao.extract.layout.grid import Shape
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from jixiao.extract.layout.split_header import join_split_header_run
from jixiao.normalize.text import alternation
from jixiao.normalize.vocabulary import (
    ATTACHMENT_LABEL_PATTERN,
    LEVEL_POINTS_PATTERN,
    UNIT_BRACKET_PATTERN,
    BUDGET_ITEM_LABELS,
    BUDGET_TABLE_WORDS,
    COST_TABLE_COLUMN_WORDS,
    COST_TABLE_WORDS,
    DEPARTMENT_EXPENDITURE_LABELS,
    AMOUNT_UNIT_CAPTION_PATTERN,
    BARE_MONEY_CAPTION_WORDS,
    DEPARTMENT_MONEY_TOTAL_LABELS,
    DEPARTMENT_MONEY_CAPTIONS,
    COMPONENT_TABLE_COLUMN_WORDS,
    DUTY_TABLE_COLUMN_WORDS,
    MONEY_BLOCK_CAPTIONS,
    DEPARTMENT_EXECUTION_CAPTIONS,
    CAPTION_TABLE_WORD_PATTERN,
    HEADING_NUMBER_PATTERN,
    TOTAL_SENTENCE_LEAD_PATTERN,
    NATIONAL_DIMENSION_NAMES,
    NATIONAL_LEVEL2_NAMES,
    NATIONAL_LEVEL3_NAMES,
    NUMBERED_HEADING_PATTERN,
    REPORT_LIST_ITEM_OPEN_PATTERN,
    SCORE_DEDUCTION_WORDS,
    OPERATOR_SYMBOL_CHARS,
    EMPTY_MARKERS,
    EMPTY_SLOT_RUN_PATTERN,
    RECIPIENT_MONEY_CAPTIONS,
    REGION_SUFFIXES,
    EVALUATION_RESULT_COLUMN_WORDS,
    EXPLANATION_OPERATORS,
    EXPLANATION_PREFIXES,
    EXPLANATION_SUFFIXES,
    FLAT_PROJECT_COLUMN_WORDS,
    FORM_FIELD_LABELS,
    FORM_SUBJECT_FIELDS,
    GRADE_PHRASES,
    INDICATOR_COLUMN_WORDS,
    GOAL_LEVEL_WORDS,
    INDICATOR_NAME_ENDINGS,
    LEVEL1_WORDS,
    LEVEL_NOTE_PATTERN,
    LEVEL2_WORDS,
    MAGNITUDE_WORDS,
    OPERATOR_KIND_WORDS,
    OPERATOR_PREFIXES,
    OPERATOR_SUFFIXES,
    PERCENT_UNITS,
    QUALITATIVE_RESULT_WORDS,
    QUALITATIVE_TARGET_WORDS,
    REPORT_BUDGET_COLUMN_WORDS,
    REPORT_TARGET_GROUPS,
    REPORT_SCORE_COLUMN_WORDS,
    TOTAL_SCORE_PHRASES,
    GOAL_CAPTION,
    SCORE_SUMMARY_COLUMN_WORDS,
    SCORE_SUMMARY_ROW_LABELS,
    SCORING_RULE_CLAUSE_END_PATTERN,
    SCORING_RULE_END_PATTERN,
    SCORING_RULE_FIGURE_LEAD_PATTERN,
    SELF_EVALUATION_MONEY_COLUMN_WORDS,
    SELF_EVALUATION_MONEY_ROW_LABELS,
    SELF_EVALUATION_TOTAL_WORDS,
    SIGNATURE_BLOCK_WORDS,
    SELF_EVALUATION_TITLE_WORDS,
    SIGNATURE_LINE_WORDS,
    TARGET_FORM_TITLE_WORDS,
    TABLE_NUMBER_PATTERN,
    TITLE_REGION_PATTERN,
    TABLE_REFERENCE_WORDS,
    TABLE_TOTAL_WORDS,
    TARGET_STANDARD_BRACKET_PATTERN,
    UNITS,
    WHOLE_COUNT_UNITS,
    CORE_INDICATOR_MARKS,
    YES_NO_UNIT_WORDS,
    YES_NO_VALUE_WORDS,
    WEB_PAGE_CHROME_STARTS,
    WEB_PAGE_CHROME_WORDS,
    WEIGHT_IN_LABEL_PATTERN,
)

# -- the vocabulary's cut points --------------------------------------------------------------

#: Column word → role, over every table kind's header vocabulary. Money-block and results columns
#: that hold money are ``money`` / ``spent`` (not an indicator's ``actual``).
_MONEY_ROLES = {"initial": "money", "amount": "money", "actual": "spent"}


def _column_roles() -> dict[str, str]:
    roles: dict[str, str] = {}
    for role, words in INDICATOR_COLUMN_WORDS.items():
        for w in words:
            roles.setdefault(header_key(w), role)
    for vocabulary in (SELF_EVALUATION_MONEY_COLUMN_WORDS, EVALUATION_RESULT_COLUMN_WORDS,
                       SCORE_SUMMARY_COLUMN_WORDS, FLAT_PROJECT_COLUMN_WORDS, DUTY_TABLE_COLUMN_WORDS,
                       COMPONENT_TABLE_COLUMN_WORDS):
        for role, words in vocabulary.items():
            for w in words:
                roles.setdefault(header_key(w), _MONEY_ROLES.get(role, role))
    for labels in FORM_FIELD_LABELS.values():
        for w in labels:
            roles.setdefault(header_key(w), "label")
    return roles


_COLUMN_ROLE = _column_roles()
_COLUMN_SPELLINGS = sorted({w for vocabulary in (INDICATOR_COLUMN_WORDS, SELF_EVALUATION_MONEY_COLUMN_WORDS,
                                                 EVALUATION_RESULT_COLUMN_WORDS, SCORE_SUMMARY_COLUMN_WORDS,
                                                 FLAT_PROJECT_COLUMN_WORDS, DUTY_TABLE_COLUMN_WORDS,
                                                 COMPONENT_TABLE_COLUMN_WORDS)
                            for words in vocabulary.values() for w in words}
                           | {w for labels in FORM_FIELD_LABELS.values() for w in labels}, key=len, reverse=True)
# a word that is two column words glued (执行率得分 = 执行率 + 得分) is read as the two: a run cannot tell them apart
_COLUMN_SPELLINGS = [w for w in _COLUMN_SPELLINGS
                     if not any(w[:n] in _COLUMN_ROLE and w[n:] in _COLUMN_ROLE for n in range(1, len(w)))]
_UNIT_BRACKET = f"(?:{UNIT_BRACKET_PATTERN})"
_COLUMN_MARK = r"(?:[(（][A-Za-z/]{1,5}[)）])"


def _column_word_pattern(spellings: list[str]) -> re.Pattern[str]:
    """One header word as a run shows it: ``*指标值``, ``全年预算数(A)``, ``执行率(B/A)``, ``年度预算数(万元)``."""
    return re.compile(rf"\*?(?P<word>{alternation(spellings)}){_COLUMN_MARK}?{_UNIT_BRACKET}?")


_COLUMN_WORD = _column_word_pattern(_COLUMN_SPELLINGS)
#: Tables whose header names every column of one vocabulary (a report's 表1 budget execution table and
#: 表3-x detail score tables): their columns take that vocabulary's roles — in a detail score table 分值
#: is the points earned (``score``), not the points possible.
_WHOLE_HEADER_ROLES: tuple[tuple[dict[str, str], dict[str, str]], ...] = tuple(
    ({header_key(w): role for role, words in vocabulary.items() for w in words}, value_roles)
    for vocabulary, value_roles in (
        (REPORT_BUDGET_COLUMN_WORDS, {"seq": "seq", "initial": "money", "amount": "money", "actual": "spent",
                                      "rate": "rate"}),
        (REPORT_SCORE_COLUMN_WORDS, {"weight": "weight", "actual": "measured", "score": "score"}),
    ))
#: Header words of every table a run may hold (the report tables' too).
_TABLE_COLUMN_WORD = _column_word_pattern(sorted(
    set(_COLUMN_SPELLINGS) | {w for words, _ in _WHOLE_HEADER_ROLES for w in words}, key=len, reverse=True))
_EMPTY_SLOT_RUN = re.compile(EMPTY_SLOT_RUN_PATTERN)
_SUBJECT_LABEL = re.compile(alternation(w for key in FORM_SUBJECT_FIELDS for w in FORM_FIELD_LABELS[key]))
_FIELD_LABEL = re.compile(rf"(?:{alternation(w for labels in FORM_FIELD_LABELS.values() for w in labels)})"
                          rf"{_UNIT_BRACKET}?[:：]?")
#: Level names as a run shows them: the ones ending in 指标/目标 or of four characters and more
#: (数量 or 质量 alone would cut names), or any short name with its weight (决策(16分)).
#: A score table's level code before its name (A.决策(15分), A1项目立项(9分)): the level name's.
_LEVEL_CODE = r"(?:[A-Z]\d{0,2}[.．、]?)"
#: A score row's code right before a word (B21|资金使用情况): the word is the row's name, no caption.
_ROW_CODE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]\d{1,3}[.．、]?$")
_LEVEL = re.compile(
    rf"{_LEVEL_CODE}?"
    rf"(?:(?:{alternation(LEVEL1_WORDS | {w for w in LEVEL2_WORDS if w.endswith(('指标', '目标'))})})"
    rf"(?:{LEVEL_POINTS_PATTERN}|{LEVEL_NOTE_PATTERN})?|\p{{Han}}{{2,8}}{WEIGHT_IN_LABEL_PATTERN}"
    # a goal over a table's rows: with its note, or right before a level-2 word (not 项目年度绩效目标如下)
    rf"|(?:{alternation(GOAL_LEVEL_WORDS)})(?:{LEVEL_NOTE_PATTERN}|(?=(?:{alternation(w for w in LEVEL2_WORDS if w.endswith('指标'))}))))")
_MONEY_ROW_LABELS = list(SELF_EVALUATION_MONEY_ROW_LABELS) + [l for l, _ in BUDGET_ITEM_LABELS] \
    + list(DEPARTMENT_EXPENDITURE_LABELS)
_ROW_LABEL = re.compile(
    rf"(?:其中[:：]?)?(?:{alternation(_MONEY_ROW_LABELS)})"
    rf"{_UNIT_BRACKET}?[:：]?(?=[\d\-—/])")
#: A money line's label right before another one (项目资金总额|年度资金申请总额225,000.00, 其中：财政资金|
#: 其中：当年财政拨款…): a two-column money block's left label, its figures further on.
_ROW_LABEL_BEFORE_LABEL = re.compile(
    rf"(?:其中[:：]?)?(?:{alternation(_MONEY_ROW_LABELS)}){_UNIT_BRACKET}?[:：]?"
    rf"(?=(?:其中[:：]?)?(?:{alternation(_MONEY_ROW_LABELS)}))")
#: A table's total row (合计, 总分): its figures are the weight and score columns.
_TOTAL_LABEL = re.compile(rf"(?:{alternation(set(TABLE_TOTAL_WORDS) | set(SELF_EVALUATION_TOTAL_WORDS))})"
                          rf"[:：]?(?=\d)")
_GRADE_LABEL = re.compile(rf"(?:{alternation(GRADE_PHRASES)})[:：]?(?=[优良中差])")
_SIGNATURE = re.compile(alternation(SIGNATURE_BLOCK_WORDS))
#: A web page's chrome after the form (发布时间:2026-09-04信息来源:…): a new text cell, kept whole;
#: only a labelled one (a link, 【打印本页】, is left where it stands).
_CHROME = re.compile(rf"(?:{alternation(w.rstrip(':：') for w in WEB_PAGE_CHROME_STARTS + WEB_PAGE_CHROME_WORDS)})"
                     r"(?=[:：])")
#: A web page's chrome run on after a sentence's end (…评价等级为“优”。打印关闭窗口附件:…): a new text cell.
_CHROME_AFTER_SENTENCE = re.compile(
    rf"(?<=[。])(?=.{{0,{DEFAULT_SETTINGS.chrome_max_lead_length}}}?(?:{alternation(WEB_PAGE_CHROME_WORDS)}))")
#: A money block's caption (项目资金（万元）, 预算执行情况(10分)).
_CAPTION = re.compile(rf"(?:{alternation(DEPARTMENT_EXECUTION_CAPTIONS)}){_UNIT_BRACKET}"
                      rf"|(?:{alternation(MONEY_BLOCK_CAPTIONS + BUDGET_TABLE_WORDS)})"
                      rf"(?:{_UNIT_BRACKET}|{WEIGHT_IN_LABEL_PATTERN})?"
                      rf"|(?:19|20)\d{{2}}年度?{GOAL_CAPTION}(?![表申自(（])"
                      rf"|(?:{alternation(DEPARTMENT_MONEY_CAPTIONS)}){_UNIT_BRACKET}|{AMOUNT_UNIT_CAPTION_PATTERN}"
                      rf"|(?:{alternation(BARE_MONEY_CAPTION_WORDS)})(?={alternation(DEPARTMENT_MONEY_TOTAL_LABELS)})")
#: Where a numbered table caption opens (…评分表|表1项目基本情况, 92.7|表3-1项目决策指标): a new text cell.
_CAPTION_BREAK = re.compile(rf"(?<!{alternation(TABLE_REFERENCE_WORDS)}){TABLE_NUMBER_PATTERN}(?=[:：]?[\p{{Han}}\d])")
#: Where a numbered heading or list item opens, and a list's group heading before its first item
#: (…以上。|效果目标|（1）诉求解决率90%以上；): a new text cell.
_HEADING_BREAK = re.compile(rf"{NUMBERED_HEADING_PATTERN}|(?:{alternation(SIGNATURE_LINE_WORDS)})(?=[:：])|(?:{alternation(REPORT_TARGET_GROUPS)})(?=[（(]1[)）])")

# -- value shapes -------------------------------------------------------------------------------

_OP = alternation(OPERATOR_PREFIXES)
_SUFFIX = alternation(OPERATOR_SUFFIXES)
_UNIT = alternation(list(UNITS) + list(PERCENT_UNITS))
_MAG = alternation(MAGNITUDE_WORDS)
_NUM = r"(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?"
_EMPTY = alternation(m for m in EMPTY_MARKERS if m and not re.search(r"\p{Han}|[A-Za-z]", m))
_WORD_TARGET = alternation(QUALITATIVE_TARGET_WORDS + QUALITATIVE_RESULT_WORDS)
#: A word target is not one when an indicator name goes on after it (合理 + 率: 合理率).
_NAME_GOES_ON = r"(?![率数度性量次值])"
_UNIT_IN_BRACKETS = rf"[(（](?:{_UNIT})[)）]"
_MEASURE = rf"(?:{_OP})?{_NUM}(?:{_MAG})?(?:{_UNIT}|{_UNIT_IN_BRACKETS})?(?:{_SUFFIX})?"
#: A target or actual in a table with a unit column: the number alone.
_BARE_MEASURE = rf"(?:{_OP})?{_NUM}(?:{_MAG})?"
#: A target under a unit column that keeps its sign (``-0`` | ``%``: 压减率 not above 0), and an actual's (``-5.2``).
_SIGNED_ZERO = r"-0"
_SIGNED_NUMBER = rf"-{_NUM}"
#: A budget or unit code glued to its name (``166001-正定县人民政府``) is the name's, not a value.
_NOT_A_CODE = r"(?![0-9A-Z]{3,}[-—–]\p{Han})"
#: A name's number (指标1:覆盖行政村数量): no value.
_NAME_NUMBER = r"\d{1,2}[:：]\p{Han}"
#: One value cell, or several run together: what stands between names.
_VALUE_RUN = re.compile(
    rf"(?<![表第\dA-Z/\-])(?!{_NAME_NUMBER})(?:(?:{_OP})?{_NOT_A_CODE}\d[\d.,]*(?:{_MAG})?(?:{_UNIT}|{_UNIT_IN_BRACKETS})?(?:{_SUFFIX})?|(?:{_OP})(?=\d)|(?:{_EMPTY})"
    rf"|(?:{alternation(OPERATOR_KIND_WORDS)})|(?:{_WORD_TARGET}){_NAME_GOES_ON})+")
_EXPLANATION = re.compile(rf"(?:{alternation(EXPLANATION_PREFIXES)})[^\d{re.escape(OPERATOR_SYMBOL_CHARS)}]{{1,40}}?"
                          rf"(?:{alternation(EXPLANATION_SUFFIXES)})")
_EXPLANATION_PHRASE = re.compile(alternation(EXPLANATION_OPERATORS))
#: An explanation and the scoring rule after it, figures and all (``反映年度参保缴费人数达到目标值得满分,
#: 每少0.1万人扣1分``): one text cell in a table with a 评(扣)分标准 column, so the rule's figures are no
#: values and the next row's name starts after it.
_EXPLAINED_RULE = re.compile(
    rf"(?:{alternation(EXPLANATION_PREFIXES)})[^。；;]{{1,60}}?{SCORING_RULE_END_PATTERN}"
    rf"(?:[,，][^,，;；。]{{0,30}}?{SCORING_RULE_END_PATTERN})*")
_RULE_ROLE = "scoring_rule"
#: A scoring rule's clause: words, then figures only after a rule's verb (每低1个百分点), then its end
#: (…扣0.5分, 得3分, 不得分, 计分).
_RULE_CLAUSE = (rf"[^,，;；。\d]{{0,30}}?(?:{SCORING_RULE_FIGURE_LEAD_PATTERN}\d+(?:\.\d+)?[^,，;；。\d]{{0,8}}?)*?"
                rf"{SCORING_RULE_CLAUSE_END_PATTERN}")
#: A 评分标准 cell whose clauses hold figures (制度健全得4分,基本健全得3分,不健全不得分; 每发现一处不符扣
#: 0.5分): in a table with such a column, one text cell, its figures no values.
_SCORING_RULE = re.compile(rf"(?=\p{{Han}}){_RULE_CLAUSE}(?:[,，]{_RULE_CLAUSE})*")
_DIGIT = re.compile(r"\d")
_UNIT_AFTER_NUMBER = re.compile(rf"\d[\d.,]*(?:{_MAG})?(?P<unit>{_UNIT})?")

#: Money as a form's money column prints it: whole, or with two decimals.
#: An operator column read as a column of targets' kinds (指标性质: 定量 | 定性).
_KIND_ROLE = "operator_kind"
_MONEY = r"(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d{2})?"
#: What a cell of each value role may be when values run together.
VALUE_PATTERNS: dict[str, str] = {
    "operator": rf"(?:{_OP}|{alternation(OPERATOR_KIND_WORDS)})",
    #: an operator column once it held a target's kind (定量): it holds kinds only, the signs are the targets'
    _KIND_ROLE: rf"(?:{alternation(OPERATOR_KIND_WORDS)})",
    "target": rf"(?:{_MEASURE}|(?:{_WORD_TARGET})|{_EMPTY})",
    "actual": rf"(?:{_MEASURE}|(?:{_WORD_TARGET})|{_EMPTY})",
    #: a score table's 业绩值 between 权重 and 分值: a word, or a number with its unit (a bare number
    #: there cannot be told from the points beside it)
    "measured": rf"(?:(?:{_OP})?{_NUM}(?:{_MAG})?(?:{_UNIT}|{_UNIT_IN_BRACKETS})(?:{_SUFFIX})?|(?:{_WORD_TARGET})|{_EMPTY})",
    "measured@unit": rf"(?:{_BARE_MEASURE}|(?:{_WORD_TARGET})|{_EMPTY})",
    "unit": rf"(?:{_UNIT})",
    "target@unit": rf"(?:{_BARE_MEASURE}|{_SIGNED_ZERO}|(?:{_WORD_TARGET})|{_EMPTY})",
    #: a self-evaluation's 调整指标值 beside its 年初指标值: a target's shape
    "adjusted_target": rf"(?:{_MEASURE}|(?:{_WORD_TARGET})|{_EMPTY})",
    "adjusted_target@unit": rf"(?:{_BARE_MEASURE}|{_SIGNED_ZERO}|(?:{_WORD_TARGET})|{_EMPTY})",
    #: 得分系数 (得分 / 权重 in percent): points from 0 to 100, two decimals at most, ``%`` or not
    "score_ratio": rf"(?:(?:100|[1-9]?\d)(?:\.\d{{1,2}})?[%％]?|{_EMPTY})",
    #: 是否核心指标: 是 or 否
    "core": rf"(?:{alternation(CORE_INDICATOR_MARKS)})",
    "actual@unit": rf"(?:{_BARE_MEASURE}|{_SIGNED_NUMBER}|(?:{_WORD_TARGET})|{_EMPTY})",
    "weight": rf"(?:(?:100|[1-9]?\d)(?:\.\d{{1,2}})?|{_EMPTY})",
    "score": rf"(?:(?:100|[1-9]?\d)(?:\.\d{{1,2}})?|{_EMPTY})",
    "score_rate": rf"(?:{_NUM}[%％]|{_EMPTY})",
    "rate": rf"(?:{_NUM}[%％]|{_EMPTY})",
    "money": rf"(?:{_MONEY}|{_EMPTY})",
    "spent": rf"(?:{_MONEY}|{_EMPTY})",
    "budget": _MONEY,
    "seq": r"[1-9]\d{0,2}",
    #: a score table's 扣分原因: text, read whole; only its empty marker runs on after the figures
    "deduction": rf"(?:{_EMPTY})",
}
#: Readings of one run of values explored at most.
_MAX_READINGS = 4096


#: A row's name column: never empty, so one run of values never reaches past it (预算数 | … 三级指标 … | 指标值).
_NAME_ROLE = "level3"


@lru_cache(maxsize=32)
def _value_pattern(role: str) -> re.Pattern[str]:
    return re.compile(VALUE_PATTERNS[role])


# -- a run of values → cells ----------------------------------------------------------------------

@dataclass(frozen=True)
class ValueReading:
    """One way to cut a run of values: (role index, text) per piece, in order."""

    pieces: tuple[tuple[int, str], ...]

    def texts(self) -> list[str]:
        return [t for _, t in self.pieces]


def _number(text: str) -> float | None:
    m = re.match(r"^(?:" + _OP + r")?(\d[\d,]*(?:\.\d+)?)", text)
    try:
        return float(m.group(1).replace(",", "")) if m else None
    except ValueError:
        return None


#: 执行率 as printed (two decimals) against 执行数 / 预算数, in percentage points.
_RATE_TOLERANCE = 0.06


def _arithmetic_faults(reading: ValueReading, roles: Sequence[str]) -> int:
    """How many of the form's own rules the reading breaks: score ≤ weight, weight > 0, 得分率 = 得分 / 分值,
    执行率 = 执行数 / 预算数, one count of decimals for a row's money."""
    values = {roles[k]: t for k, t in reading.pieces}
    faults = 0
    weight, score = _number(values.get("weight", "")), _number(values.get("score", ""))
    if weight is not None and score is not None and score > weight + 0.011:
        faults += 1
    if weight == 0:
        faults += 1                       # a row weighs something (``规章制度建立与否20``: no 2 | 0)
    score_rate = _number(values.get("score_rate", ""))
    if weight and score is not None and score_rate is not None \
            and abs(score / weight * 100 - score_rate) > _RATE_TOLERANCE:
        faults += 1                       # 得分率 = 得分 / 分值
    score_ratio = _number(values.get("score_ratio", ""))
    if weight and score is not None and score_ratio is not None \
            and abs(score / weight * 100 - score_ratio) > _RATE_TOLERANCE:
        faults += 1                       # 得分系数 = 得分 / 权重
    signed = {role: values.get(role, "")[:1] in tuple(OPERATOR_SYMBOL_CHARS)
              for role in ("operator", "target", "adjusted_target", "actual")}
    if signed["operator"] and signed["adjusted_target"]:
        faults += 1                       # 年初指标值 and 调整指标值 print alike: the sign is the target's (≥80|≥80)
    if values.get("target") and values.get("adjusted_target") and (
            signed["target"] != signed["adjusted_target"]
            or values["target"].startswith("-") != values["adjusted_target"].startswith("-")):
        faults += 1                       # …and alike with each other (≥85|89.6, not ≥85|8|9.6)
    worded = [values[r] for r in ("target", "adjusted_target") if values.get(r) and not _DIGIT.search(values[r])]
    if worded and _DIGIT.search(values.get("actual", "")):
        faults += 1                       # a word target is met in words, its points after (合理|及时|100|10|10)
    if signed["actual"] and not (signed["target"] or signed["adjusted_target"]):
        faults += 1                       # an actual with a sign restates a target with one (≥|8|0|≥8083.3: no)
    spent, rate = _number(values.get("spent", "")), _number(values.get("rate", ""))
    amounts = [a for k, t in reading.pieces if roles[k] == "money" and (a := _number(t))]
    if spent is not None and amounts and rate is not None \
            and all(abs(spent / a * 100 - rate) > _RATE_TOLERANCE for a in amounts):
        faults += 1
    decimals = {len(t.partition(".")[2]) for k, t in reading.pieces
                if roles[k] in ("money", "spent", "budget") and _DIGIT.search(t)}
    return faults + (len(decimals) > 1)


def _target_distance(reading: ValueReading, roles: Sequence[str]) -> float:
    """How far (in decades) the actual is from the target: an actual is of the order of its target, and
    so is a 调整指标值 (≥95|≥95, not ≥95|≥9510)."""
    values = {roles[k]: t for k, t in reading.pieces}
    target, actual = _number(values.get("target", "")), _number(values.get("actual", ""))
    adjusted = _number(values.get("adjusted_target", ""))
    distance = abs(math.log10(adjusted / target)) if target and adjusted else 0.0
    target = target or adjusted           # a row whose 年初指标值 is blank is measured against its 调整指标值
    if not target or actual is None:
        return distance
    if actual == 0:                       # nothing done against a target of thousands: far (≥9510|0, not ≥95|100)
        return distance + math.log10(target + 1)
    return distance + abs(math.log10(actual / target))


def read_value_run(run: str, roles: Sequence[str], first: int = 0) -> list[ValueReading]:
    """Every way ``run`` cuts into pieces for an increasing run of ``roles`` from index ``first`` on
    (each piece fitting its role's shape; roles without a value shape take no piece), best first:
    fewest arithmetic faults, most pieces, whole weights (a weight is a whole number of points),
    actual closest to target, leftmost, shortest weight."""
    readings: list[ValueReading] = []
    # values never run past a name column or a 评分标准 column (a text between them)
    name = next((k for k in range(first, len(roles)) if roles[k] in _LEVEL_ROLES or roles[k] == _RULE_ROLE), len(roles))
    usable = [k for k, r in enumerate(roles) if r in VALUE_PATTERNS and first <= k < name]
    with_unit = "unit" in roles                  # targets and actuals leave their unit to its column

    def walk(j: int, pos: int, taken: tuple[tuple[int, str], ...]) -> None:
        if len(readings) >= _MAX_READINGS:
            return
        if pos == len(run):
            readings.append(ValueReading(taken))
            return
        for jj in range(j, len(usable)):
            k = usable[jj]
            pattern = _value_pattern(f"{roles[k]}@unit" if with_unit and roles[k] in _WORD_ROLES else roles[k])
            for end in range(len(run), pos, -1):
                if pattern.fullmatch(run, pos, end) and not _splits_a_number(run, end):
                    walk(jj + 1, end, (*taken, (k, run[pos:end])))

    walk(0, 0, ())
    return sorted(readings, key=lambda r: (_arithmetic_faults(r, roles), -len(r.pieces),
                                           sum("." in t for k, t in r.pieces if roles[k] == "weight"),
                                           _target_distance(r, roles),
                                           sum(k for k, _ in r.pieces),
                                           sum(len(t) for k, t in r.pieces if roles[k] == "weight")))


def _splits_a_number(run: str, end: int) -> bool:
    """A cut may not leave a decimal point or a comma on either side, nor start a piece with one;
    nor fall between two digits when the number after it carries a unit (``8`` + ``4.84分``: a unit
    belongs to the whole number before it)."""
    if not 0 < end < len(run):
        return False
    if run[end - 1] in ".," or run[end] in ".,":
        return True
    if run[end - 1].isdigit() and run[end].isdigit():
        after = _UNIT_AFTER_NUMBER.match(run, end)
        return bool(after and after.group("unit") and after.group("unit") not in PERCENT_UNITS)
    return False


def cut_value_run(run: str, roles: Sequence[str], first: int = 0) -> tuple[list[str], int | None]:
    """The cells of a run of values under a header of ``roles`` (from index ``first`` on) and the
    index of the last role filled: the best reading, or the run kept whole (None) when none fits."""
    readings = read_value_run(run, roles, first) if roles else []
    if not readings:
        return [run], None
    return readings[0].texts(), readings[0].pieces[-1][0]


# -- the whole run ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Cut:
    start: int
    end: int
    kind: str                         # "header", "field", "level", "label", "signature", "break", "cells"
    roles: tuple[str, ...] = ()
    #: a "cells" cut's cells, read whole (a transfer's money table: caption, 合计, recipients, amounts)
    cells: tuple[str, ...] = ()


def _header_runs(text: str) -> list[_Cut]:
    """Runs of two or more column words (a table's header), with the role of each word; none starts
    inside a money block's caption (年度预算安排(万元)|资金总额: 预算安排 is no column)."""
    cuts: list[_Cut] = []
    captions = {m.start(): m.end() for m in _CAPTION.finditer(text)}
    pos = 0
    while pos < len(text):
        if pos in captions:
            pos = captions[pos]
            continue
        m = _TABLE_COLUMN_WORD.match(text, pos)
        if m is None:
            pos += 1
            continue
        words, end = [m], m.end()
        while (nxt := _TABLE_COLUMN_WORD.match(text, end)) is not None and nxt.end() > end:
            words.append(nxt)
            end = nxt.end()
        spans = _header_without_repeats(_header_words_rejoined(words))
        if len(spans) >= 3 and spans[-1][1] == end and (label := _ROW_LABEL.match(text, spans[-1][0])) is not None \
                and label.end() == end:
            spans, end = spans[:-1], spans[-1][0]  # …执行率得分(分)|资金总额1303.86: the first row's label
        roles = _header_roles([key for _, _, key in spans])
        if len(spans) >= 2 and any(r != "label" for r in roles) and not _CAPTION_END.match(text, end):
            cuts += [_Cut(a, b, "header", roles if n == 0 else ()) for n, (a, b, _) in enumerate(spans)]
            pos = end
        else:
            pos += 1
    return cuts


def _header_roles(keys: list[str]) -> tuple[str, ...]:
    """The role of each column word of a header: a vocabulary's that names every column, else each
    word's own (text for the columns no value shape fills)."""
    for vocabulary, value_roles in _WHOLE_HEADER_ROLES:
        if len(keys) >= 3 and all(k in vocabulary for k in keys):
            return tuple(value_roles.get(vocabulary[k], "text") for k in keys)
    roles = tuple(_COLUMN_ROLE.get(k, "text") for k in keys)
    if "score" in roles and any(r in _LEVEL_ROLES for r in roles):
        # a score table's 扣分原因: why points were taken off, text after the row's figures
        roles = tuple(_DEDUCTION_ROLE if k in _DEDUCTION_KEYS else r for k, r in zip(keys, roles))
    return roles


#: A score table's column of why points were taken off (扣分原因).
_DEDUCTION_ROLE = "deduction"
_DEDUCTION_KEYS = frozenset(header_key(w) for w in SCORE_DEDUCTION_WORDS)
#: In a score table: a national dimension before its figures (过程2018), a level-2 name before its
#: leaf's (资金管理资金到位率), a common level-3 name; a dimension with its full marks after text
#: (…未细化量化过程（20分）: the dimension alone).
_DIMENSION_ROW = re.compile(rf"(?<![A-Za-z]){_LEVEL_CODE}?(?:{alternation(NATIONAL_DIMENSION_NAMES)})(?=\d)")
#: (a coded name, A11立项依据充分性, is one cell with its code)
_NOT_AFTER_CODE = r"(?<![A-Z]\d{0,3}[.．、]?)"
_NATIONAL_LEVEL2 = re.compile(rf"{_NOT_AFTER_CODE}(?:{alternation(NATIONAL_LEVEL2_NAMES)})(?=\p{{Han}})")
_NATIONAL_LEVEL3 = re.compile(rf"{_NOT_AFTER_CODE}(?:{alternation(NATIONAL_LEVEL3_NAMES)})")
_DIMENSION_WEIGHTED = re.compile(rf"(?:{alternation(NATIONAL_DIMENSION_NAMES)}){WEIGHT_IN_LABEL_PATTERN}$")
_LIST_ITEM_OPEN = re.compile(REPORT_LIST_ITEM_OPEN_PATTERN)
#: A heading's number right before a word (（二）|产出目标).
_GROUP_NUMBER_BEFORE = re.compile(rf"(?:{HEADING_NUMBER_PATTERN})$")


#: The columns of a report's score table: levels, full marks, points, and why points were taken off
#: (no target, result or scoring rule: an indicator table's rows are no national framework's).
_SCORE_TABLE_ROLES = frozenset({"level1", "level2", "level3", "weight", "score", "score_rate", _DEDUCTION_ROLE})


#: A cut at a national level-2 name inside a report's scoring tree: a level cut of the run.
_TREE_LEVEL = "tree_level"


def _score_table_spans(cuts: list[_Cut]) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, column roles) of each score table's body in a run: from its header (a level
    column and a score column, no other than a score table's) to its total row, or to the next header."""
    headers = [c for c in cuts if c.kind == "header" and c.roles]
    totals = sorted(c.start for c in cuts if c.kind == "total")
    spans: list[tuple[int, int, tuple[str, ...]]] = []
    for n, head in enumerate(headers):
        if "score" not in head.roles or not any(r in _LEVEL_ROLES for r in head.roles) \
                or not set(head.roles) <= _SCORE_TABLE_ROLES:
            continue
        end = headers[n + 1].start if n + 1 < len(headers) else math.inf
        end = min([t for t in totals if t > head.start] + [end])
        spans.append((head.start, end, head.roles))
    return spans


def _national_tree_cuts(text: str, spans: list[tuple[int, int, tuple[str, ...]]]) -> list[_Cut]:
    """Inside score tables: the national framework's names as cuts (a dimension before its figures;
    under a 二级 and 三级 column, a level-2 name and a common level-3 name)."""
    cuts: list[_Cut] = []
    for start, end, roles in spans:
        tree = "level2" in roles and "level3" in roles
        summary = not ({"level2", "level3"} & set(roles))
        patterns = [(_NATIONAL_LEVEL3, "row_name"), (_NATIONAL_LEVEL2, _TREE_LEVEL)] if tree \
            else [(_DIMENSION_ROW, "row_name")] if summary else []
        cuts += [_Cut(m.start(), m.end(), kind) for pattern, kind in patterns for m in pattern.finditer(text)
                 if start < m.start() < end and (kind != _TREE_LEVEL or _opens_leaf(text, m.start(), m.end()))
                 # 社会效益3: a dimension after text only where a 扣分原因 stands before it
                 and (pattern is not _DIMENSION_ROW or _DEDUCTION_ROLE in roles
                      or not re.match(r"\p{Han}", text[m.start() - 1:m.start()]))]
    return cuts


def _opens_leaf(text: str, start: int, end: int) -> bool:
    """A level-2 name opens a leaf's row: a common level-3 name follows it, or text does and no
    figure comes right before it (after a row's figures, 满意度调查覆盖面不足 is why points were taken off)."""
    return bool(_NATIONAL_LEVEL3.match(text, end)) or not text[start - 1:start].isdigit()


def _text_before_dimension(text: str, level: re.Match[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """A level name with its weight that is text run into a national dimension and its full marks
    (部分绩效指标未细化量化过程（20分）), not a level word of its own (社会效益（8分）, A决策（15分）)."""
    d = _DIMENSION_WEIGHTED.search(level.group(0))
    if d is None or d.start() == 0:
        return False
    name = re.sub(rf"^{_LEVEL_CODE}|{WEIGHT_IN_LABEL_PATTERN}", "", level.group(0))
    before = _HAN_BEFORE.search(text, 0, level.start() + d.start())
    return name not in LEVEL1_WORDS | LEVEL2_WORDS and before is not None \
        and len(before.group(0)) >= settings.glued_min_text_before_dimension


_HAN_BEFORE = re.compile(r"\p{Han}+$")


#: A table's caption that names its columns (表2绩效评价指标得分表): column words before 表 are no header.
_CAPTION_END = re.compile(CAPTION_TABLE_WORD_PATTERN)


#: Cuts that only open a new text cell (a heading, a numbered table caption), no word of their own.
_BREAKS = ("break", "numbered", "code", "chrome")
#: Cuts that are no vocabulary word to other readers (a form's title inside a run is found only there).
#: The national tree's names cut a run inside a report's score table only: no vocabulary word to
#: other readers (a PDF's raw lines).
_NOT_WORDS = _BREAKS + ("title", "row_name", _TREE_LEVEL)


#: A form's title inside a run after a value, right before its first field label (…≥90.00(%)|财政项目支出
#: 绩效目标申报表(2024年度)|项目名称…): the next form of a file of forms opens there.
_FORM_TITLE = re.compile(
    rf"(?<![\p{{Han}}\d])(?:(?:19|20)\d{{2}}年度?)?\p{{Han}}{{0,10}}(?:{alternation(TARGET_FORM_TITLE_WORDS + SELF_EVALUATION_TITLE_WORDS)})"
    rf"(?:[(（](?:19|20)\d{{2}}年度?[)）])?(?={_FIELD_LABEL.pattern})")


def _known_cuts(text: str) -> list[_Cut]:
    money = _recipient_money_cut(text)
    cuts = _header_runs(text)
    if money is not None:
        cuts = _with_named_columns(cuts, text, money) + [money]
    summaries = _transposed_summary_cuts(text)
    cuts = [c for c in cuts if not any(s.start <= c.start < s.end for s in summaries)] + summaries
    titles = [m for m in _FORM_TITLE.finditer(text) if m.start() > 0]
    form_starts = [0] + [m.start() for m in titles]
    header_starts = [c.start for c in cuts if c.kind == "header"]

    def before_table(at: int) -> bool:
        """Whether no header stands between the form's start (its title) and ``at``."""
        start = max(f for f in form_starts if f <= at)
        return not any(start <= h < at for h in header_starts)

    cuts += [_Cut(m.start(), m.end(), "title") for m in titles]
    cuts += [_Cut(m.start(), m.end(), "field") for m in _FIELD_LABEL.finditer(text)
             if before_table(m.start()) or _SUBJECT_LABEL.match(m.group(0))]
    cuts += [_Cut(m.start(), m.end(), "level") for m in _LEVEL.finditer(text, overlapped=True)
             if not before_table(m.start())
             # （二）产出目标: a target list's group under its number, one heading
             and not (m.group(0) in REPORT_TARGET_GROUPS and _GROUP_NUMBER_BEFORE.search(text, 0, m.start()))
             # …未细化量化过程（20分）: the dimension and its full marks, the text before it no level's
             and not _text_before_dimension(text, m)]
    cuts += [_Cut(m.start(), m.start(), "break") for m in _LIST_ITEM_OPEN.finditer(text)]
    cuts += [_Cut(m.start(), m.end(), "label") for m in _ROW_LABEL.finditer(text)]
    cuts += [_Cut(m.start(), m.end(), "label") for m in _ROW_LABEL_BEFORE_LABEL.finditer(text)]
    cuts += [_Cut(m.start(), m.end(), "total") for m in _TOTAL_LABEL.finditer(text)]
    cuts += _national_tree_cuts(text, _score_table_spans(cuts))
    cuts += [_Cut(m.start(), m.end(), "label") for m in _GRADE_LABEL.finditer(text)]
    cuts += [_Cut(m.start(), m.end(), "signature") for m in _SIGNATURE.finditer(text)]
    label_ends = {c.start: c.end for c in cuts if c.kind == "label"}
    level_ends = {c.end for c in cuts if c.kind == "level"}
    cuts += [_Cut(m.start(), m.end(), "caption") for m in _CAPTION.finditer(text)
             if label_ends.get(m.start(), 0) <= m.end()      # 项目资金总额 is a label, not 项目资金 + 总额
             and not _ROW_CODE_BEFORE.search(text, 0, m.start())    # B21资金使用情况: a coded row's name
             # 时效指标|项目资金支付进度: a bare caption word right after a level opens the row's name
             and not (m.start() in level_ends and m.group(0) in MONEY_BLOCK_CAPTIONS)]
    cuts += [_Cut(m.start(), m.start(), "numbered") for m in _CAPTION_BREAK.finditer(text)]
    cuts += [_Cut(m.start(), m.start(), "break") for m in _HEADING_BREAK.finditer(text)]
    cuts += [_Cut(m.start(), m.start(), "chrome") for m in _CHROME.finditer(text)]
    cuts += [_Cut(m.start(), m.start(), "chrome") for m in _CHROME_AFTER_SENTENCE.finditer(text)]
    cuts += [_Cut(m.start(), m.start(), "code") for m in _CODE_START.finditer(text)]
    cuts += [_Cut(m.end(), m.end(), "break") for m in _ATTACHMENT.finditer(text)]
    out: list[_Cut] = []
    priority = {"cells": -2, "chrome": -1, "break": -1, "numbered": -1, "code": -1, "title": 0, "header": 0, "caption": 1,
                "total": 2, "label": 2, "level": 3, "row_name": 3, _TREE_LEVEL: 3, "field": 4, "signature": 5}
    for cut in sorted(cuts, key=lambda c: (c.start, priority[c.kind], -c.end)):
        if cut.kind == "chrome" and out and out[-1].kind in ("chrome", "break"):
            continue                      # a text cell kept whole goes on (审核人:…版权所有:…网站标识码:…)
        if not out or cut.start >= out[-1].end:
            out.append(cut)
    return out

# -- a transfer's money by recipient and its indicator table's recipient columns ------------------

#: A transfer's money table run together: its caption, 合计, the recipients (places), the amounts
#: (``资金金额(万元)合计宁德市龙岩市泉州市11700.0600.0…``).
_RECIPIENT_MONEY = re.compile(
    rf"(?P<caption>(?:{alternation(RECIPIENT_MONEY_CAPTIONS)}){_UNIT_BRACKET}?)?"
    rf"(?P<total>{alternation(TABLE_TOTAL_WORDS)})(?P<names>\p{{Han}}{{4,}}?)(?P<amounts>\d[\d.,]*)(?![\d.,%])")
#: The role of a column named after a recipient: its share of the row's target.
NAMED_ROLE = "named"


def split_place_names(run: str) -> list[str] | None:
    """``宁德市龙岩市泉州市`` → the places, when the whole run is two or more names ending in one
    place suffix (福州市 ends in 市, not in 州); else None."""
    for suffix in REGION_SUFFIXES:
        names = [n + suffix for n in run.split(suffix)[:-1]]
        if run.endswith(suffix) and len(names) >= 2 and all(1 < len(n) <= 6 and suffix not in n[:-len(suffix)]
                                                              for n in names) and "".join(names) == run:
            return names
    return None


def _figure_value(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def split_total_and_parts(run: str, parts: int) -> list[str] | None:
    """``11700.0600.03600.0…`` → a total and ``parts`` figures that add up to it, all with as many
    decimals: the one such cut, else None (none, or several the sum cannot tell apart)."""
    found: list[list[str]] = []

    def walk(pos: int, taken: list[str], left: Decimal, decimals: int) -> None:
        if len(found) > 1:
            return
        if len(taken) == parts + 1:
            if pos == len(run) and left == 0:
                found.append(list(taken))
            return
        last = len(taken) == parts
        for end in ([len(run)] if last else range(pos + 1, len(run))):
            piece = run[pos:end]
            if not _MONEY_FIGURE.fullmatch(piece) or (end < len(run) and run[end] in ".,") \
                    or len(piece.partition(".")[2]) != decimals:
                continue
            value = _figure_value(piece)
            if value <= left:
                walk(end, [*taken, piece], left - value, decimals)

    for end in range(1, len(run)):
        total = run[:end]
        if _MONEY_FIGURE.fullmatch(total) and run[end] not in ".,":
            walk(end, [total], _figure_value(total), len(total.partition(".")[2]))
    return found[0] if len(found) == 1 else None


_MONEY_FIGURE = re.compile(r"(?:0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d{1,2})?")

# -- a report's transposed score summary ------------------------------------------------------------

_SUMMARY_WORDS = {role: alternation(words) for role, words in SCORE_SUMMARY_ROW_LABELS.items()}
#: A report's 表3 summary run together: 指标, the dimensions and 合计, a 权重 row, a 得分 row
#: (``指标项目决策类项目管理类项目绩效类合计权重20%20%60%100%得分14.517.346.378.1``).
_TRANSPOSED_SUMMARY = re.compile(
    rf"(?P<dimension>{_SUMMARY_WORDS['dimension']})(?P<names>\p{{Han}}{{2,60}}?)(?P<total>{alternation(TABLE_TOTAL_WORDS)})"
    rf"(?P<weight>{_SUMMARY_WORDS['weight']})(?P<weights>[\d.%％]+)"
    rf"(?:(?P<score>{_SUMMARY_WORDS['score']})(?P<scores>\d[\d.]*))?")


def split_parts_and_total(run: str, parts: int, percent: bool = False) -> list[str] | None:
    """``14.517.346.378.1`` → ``parts`` figures and their total after them (``78.1``); with
    ``percent`` each figure ends in %: the one such cut, else None (none, or several)."""
    figure = rf"{_MONEY_FIGURE.pattern}{'[%％]' if percent else ''}"
    found: list[list[str]] = []

    def walk(pos: int, taken: list[str]) -> None:
        if len(found) > 1:
            return
        if len(taken) == parts + 1:
            if pos == len(run) and sum(_figure_value(t.rstrip("%％")) for t in taken[:-1]) \
                    == _figure_value(taken[-1].rstrip("%％")):
                found.append(list(taken))
            return
        for end in range(pos + 1, len(run) + 1):
            if re.fullmatch(figure, run[pos:end]) and not (end < len(run) and run[end] in ".,"):
                walk(end, [*taken, run[pos:end]])

    walk(0, [])
    return found[0] if len(found) == 1 else None


def _split_dimension_names(run: str, count: int) -> list[str] | None:
    """``项目决策类项目管理类项目绩效类`` → ``count`` names: cut after each use of the character the
    run ends with (every name ends alike), else in equal lengths; None when neither gives ``count``."""
    by_end = [n + run[-1] for n in run.split(run[-1])[:-1]]
    if len(by_end) == count and "".join(by_end) == run and all(len(n) >= 2 for n in by_end):
        return by_end
    if count and len(run) % count == 0 and len(run) // count >= 2:
        size = len(run) // count
        return [run[k:k + size] for k in range(0, len(run), size)]
    return None


def _transposed_summary_cuts(text: str) -> list[_Cut]:
    """Each transposed summary whose weights (and scores) cut into one figure per dimension and a
    total that adds them up, read whole as its cells in row order."""
    out: list[_Cut] = []
    for m in _TRANSPOSED_SUMMARY.finditer(text):
        weights = m.group("weights")
        percent = weights.endswith(("%", "％"))
        for count in range(2, 9):
            names = _split_dimension_names(m.group("names"), count)
            weight_cells = split_parts_and_total(weights, count, percent) if names else None
            if names is None or weight_cells is None:
                continue
            cells = [m.group("dimension"), *names, m.group("total"), m.group("weight"), *weight_cells]
            end = m.end("weights")
            scores = m.group("scores") or ""
            for length in range(len(scores), 0, -1):       # …89.30 + 2.主要绩效: a heading's number after it
                score_cells = split_parts_and_total(scores[:length], count)
                if score_cells is not None:
                    cells += [m.group("score"), *score_cells]
                    end = m.start("scores") + length
                    break
            out.append(_Cut(m.start(), end, "cells", (), tuple(cells)))
            break
    return out


def _recipient_money_cut(text: str) -> _Cut | None:
    """The first transfer money table whose recipients are places and whose amounts cut into a
    total and one share per recipient that add up to it."""
    for m in _RECIPIENT_MONEY.finditer(text):
        names = split_place_names(m.group("names"))
        amounts = split_total_and_parts(m.group("amounts"), len(names)) if names else None
        if names and amounts:
            caption = [m.group("caption")] if m.group("caption") else []
            return _Cut(m.start(), m.end(), "cells", (NAMED_ROLE,) * len(names),
                        tuple(caption + [m.group("total")] + names + amounts))
    return None


def _with_named_columns(cuts: list[_Cut], text: str, money: _Cut) -> list[_Cut]:
    """A header ending in the target column and followed by the recipients of the money table
    (``…三级指标指标值宁德市龙岩市泉州市``): the recipients are columns of their own."""
    names = list(money.cells[-2 * len(money.roles) - 1:-len(money.roles) - 1])
    out = list(cuts)
    for n, cut in enumerate(cuts):
        if not cut.roles or cut.roles[-1] != "target" or cut.start < money.end:
            continue
        end = cuts[n + len(cut.roles) - 1].end
        if text.startswith("".join(names), end):
            out[n] = replace(cut, roles=cut.roles + money.roles)
            for name in names:
                out.append(_Cut(end, end + len(name), "header"))
                end += len(name)
    return out


def split_shares(run: str, target_pattern: re.Pattern[str], parts: int) -> list[str] | None:
    """A row's target and its ``parts`` recipients' shares run together (``>3200个165275…``,
    ``<=350元<=350元…``, ``>=80%0.80.8…``): the shares repeat one text, or are whole numbers that add
    up to the target's number. The reading when every reading agrees on the target (shares the sum
    cannot tell apart, 11|6 or 1|16, are cut leftmost-shortest: they are no field of the form's), else
    None."""
    readings: list[list[str]] = []
    for end in range(len(run) - parts, 0, -1):
        target, rest = run[:end], run[end:]
        if not target_pattern.fullmatch(target) or _splits_a_number(run, end):
            continue
        share = rest[:len(rest) // parts]
        if share and share * parts == rest:
            readings.append([target] + [share] * parts)
            continue
        value = _number(target)
        if value is not None and value == int(value) and rest.isdigit():
            readings += [[target] + cut for cut in _whole_parts(rest, parts, int(value))]
    return readings[0] if readings and len({r[0] for r in readings}) == 1 else None


def _whole_parts(run: str, parts: int, total: int) -> list[list[str]]:
    """Every cut of a run of digits into ``parts`` whole numbers (no leading zero) adding up to ``total``."""
    out: list[list[str]] = []

    def walk(pos: int, taken: list[str], left: int) -> None:
        if len(out) > 1:
            return
        if len(taken) == parts:
            if pos == len(run) and left == 0:
                out.append(list(taken))
            return
        for end in range(pos + 1, len(run) + 1):
            piece = run[pos:end]
            if (len(piece) > 1 and piece[0] == "0") or int(piece) > left:
                break
            walk(end, [*taken, piece], left - int(piece))

    walk(0, [], total)
    return out


def repeated_tail(text: str, times: int) -> tuple[str, str] | None:
    """A text ending in one text repeated ``times`` times (``群众生活条件改善合理合理合理合理``, four
    times ``合理``) → (what comes before, the repeated text); None when it does not."""
    for size in range(len(text) // times, 0, -1):
        unit = text[len(text) - size:]
        if text.endswith(unit * times) and not text[:len(text) - size * times].endswith(unit):
            return text[:len(text) - size * times], unit
    return None



def known_word_spans(text: str) -> list[tuple[int, int]]:
    """Where the vocabulary's words (header words, field labels, level names, row labels) stand in a
    run without blanks, as (start, end)."""
    return [(c.start, c.end) for c in _known_cuts(text) if c.kind not in _NOT_WORDS]


def is_known_word(text: str) -> bool:
    """The whole text is one word of the vocabulary: a column word, a field label, a level name, a
    money block's caption or a money line's label."""
    if any(p.fullmatch(text) for p in (_COLUMN_WORD, _FIELD_LABEL, _LEVEL, _CAPTION, _SIGNATURE)):
        return True
    label = _ROW_LABEL.match(text + "0")
    return label is not None and label.end() == len(text)


def is_column_word(text: str) -> bool:
    """The whole text is a table header's column word (偏差原因分析及改进措施, 年度指标值)."""
    return _COLUMN_WORD.fullmatch(text) is not None


def starts_column_word(text: str) -> bool:
    """The whole text is a header's column word or its beginning (``偏差原因分析及改``: the rest of
    the word wrapped to a line below)."""
    return _COLUMN_WORD.fullmatch(text, partial=True) is not None


_WORD_ROLES = ("target", "adjusted_target", "actual", "measured")
_UNIT_AFTER_PROJECT = "project_name|reporting_unit"
#: A level-2 name as short templates write it (数量, 社会效益), opening a row's name.
#: A unit column's cell run on after the row's name (设施正常运行率|%, 检测样品批次|批次): the longest unit
#: ending the name's text, a name of two characters at least before it.
_UNIT_AFTER_NAME = re.compile(
    rf"(?<=\p{{Han}}{{2}})(?:{alternation(list(UNITS) + list(PERCENT_UNITS) + list(YES_NO_UNIT_WORDS))})$")
#: A yes/no unit that holds a separator (是/否): the unit column's cell, not an empty marker; the yes/no
#: words after it, before the row's figures, are its target, 调整指标值 and actual.
_YES_NO_UNIT = re.compile(alternation(w for w in YES_NO_UNIT_WORDS if "/" in w))
_YES_NO_VALUES = re.compile(rf"(?P<kind>{alternation(OPERATOR_KIND_WORDS)})?(?P<words>(?:{alternation(YES_NO_VALUE_WORDS)}){{1,3}})(?=\d)")
#: A 是否核心指标 cell run into the next row's name (否|设施正常运行率); never the 是否 a name opens with.
_CORE_MARK_BEFORE_NAME = re.compile(rf"(?:{alternation(CORE_INDICATOR_MARKS)})(?!否)(?=\p{{Han}}{{2}})")
_SHORT_LEVEL2 = re.compile(alternation(w for w in LEVEL2_WORDS if not w.endswith(("指标", "目标"))))
#: A cost build-up table's caption as a table prints it: its column words (金额, 测算依据) or a
#: figure right after it; the words in a report's prose (采集项目成本构成等数据) are no table.
_COST_TABLE = re.compile(rf"(?:{alternation(COST_TABLE_WORDS)})"
                         rf"(?:[(（](?:亿元|万元|元)[)）])?(?:{alternation(COST_TABLE_COLUMN_WORDS)}|\d)")
_TRAILING_HAN = re.compile(r"\p{Han}+$")
#: A name and an explanation that repeats it with its standard in brackets (培训农民人次培训农民人次(历史标准)).
_NAME_EXPLAINED = re.compile(r"(?P<name>[^()（）]{2,})(?P=name)[(（][^()（）]{1,12}[)）]")
#: An 指标解释's bracketed standard (…(计划标准)): it closes the explanation's cell.
_STANDARD_BRACKET = re.compile(TARGET_STANDARD_BRACKET_PATTERN)
_NAME_ENDING = re.compile(alternation(INDICATOR_NAME_ENDINGS))
#: A word value after an explanation's bracket (…(计划标准)稳定): words only.
_WORD_AFTER_STANDARD = re.compile(r"\p{Han}{1,8}")


def split_explained_name(text: str, min_name: int = DEFAULT_SETTINGS.glued_min_explained_name
                         ) -> tuple[str, str, str] | None:
    """A row's name, its 指标解释 closed by a target standard's bracket and perhaps a word target, run
    together (``耕地保有量耕地保护责任目标(计划标准)稳定``) → (name, explanation, word or ""). The
    explanation restates the name, or is in its own words: then the name ends at the first indicator
    name ending (…面积, …合格率, …保有量) that leaves ``min_name`` characters and some explanation,
    else where a figure opens the explanation (``发生次数0次(历史标准)``). None when the text holds no
    single bracket at its end or before one word, or nothing tells the cut."""
    brackets = list(_STANDARD_BRACKET.finditer(text))
    if len(brackets) != 1:
        return None
    bracket = brackets[0]
    word = text[bracket.end():]
    if word and not _WORD_AFTER_STANDARD.fullmatch(word):
        return None
    head, body = text[:bracket.end()], text[:bracket.start()]
    restated = _NAME_EXPLAINED.fullmatch(head)
    if restated is not None:
        return restated.group("name"), head[restated.end("name"):], word
    ends = [m.end() for m in _NAME_ENDING.finditer(body, overlapped=True) if min_name <= m.end() < len(body)]
    figure = re.search(r"\d", body)
    if figure is not None and figure.start() >= min_name and not any(e < figure.start() for e in ends):
        ends = [figure.start()]
    if not ends:                 # the name's end unknown: name and explanation one cell, the word cut off
        return (head, "", word) if word else None
    cut = min(ends)
    return text[:cut], head[cut:], word


#: The digits a name opens with, and the characters of it a unit took (12319日 + 常运维经费).
_NAME_DIGITS = re.compile(r"\d+\p{Han}*")
#: A section's number at the end of a run of values, a heading's words after it (…99.61%3.实施情况).
_HEADING_NUMBER_AT_END = re.compile(r"(?<=[\d%％])\d{1,2}[.．、]$")
#: A year inside a text cell (按时发放2019年人员工资待遇): no value.
_YEAR_IN_TEXT = re.compile(r"(?:19|20)\d{2}年")
#: A fraction before a unit of things counted whole (0.85项): the character is the next name's first.
_FRACTION_BEFORE_COUNT = re.compile(rf"\d\.\d+(?:{alternation(WHOLE_COUNT_UNITS)})$")
#: A closing sentence (综合评分84.84分,评价等级为“良”。) stays one cell.
_SENTENCE = re.compile(rf"(?:{alternation(TOTAL_SCORE_PHRASES)})[^。]*[,，][^。]*。")
#: The words of that sentence before its phrase (经综合评价，该项目), after the table's last figure.
_SENTENCE_LEAD = re.compile(TOTAL_SENTENCE_LEAD_PATTERN)


_TASK_ROLE = "duty_task"
#: Where a text's clauses end, and the numbering a clause may open with (目标1:).
_CLAUSE_END = re.compile(r"[;；。]")
_CLAUSE_NUMBER = re.compile(r"^\p{Han}{0,2}\d{1,2}[:：、.]")


def _clauses(texts: Iterable[str]) -> list[str]:
    """The clauses of texts written as lists (``目标1:保障…;完成农村公路日常养护;``), numbering
    removed, of at least four characters."""
    out: list[str] = []
    for text in texts:
        if not _CLAUSE_END.search(text):
            continue
        for part in _CLAUSE_END.split(text):
            part = _CLAUSE_NUMBER.sub("", part.strip())
            if len(part) >= 4:
                out.append(part)
    return out


#: The level columns; a run of values stops at the next (the columns after it are another row's).
_LEVEL_ROLES = ("level1", "level2", _NAME_ROLE)
#: A row's number column (序号): it opens its row, also after a group column merged down (主管部门).
_SEQ_ROLE = "seq"
_CORE_ROLE = "core"


class _RowCursor:
    """Where the next value of a table row goes: the index of the next column role, and whether the
    last cell was a value (a word right after a value is a word value, else a row's name)."""

    def __init__(self, roles: Sequence[str], region: str | None = None, clauses: Sequence[str] = ()) -> None:
        self.roles = tuple(roles)
        #: clauses of the text before the table (a goal's 目标1:…;…;), longest first: in a table with a
        #: task column (年度目标任务) a row's text is cut around the one it holds
        self.clauses = tuple(sorted(clauses, key=len, reverse=True)) if _TASK_ROLE in self.roles else ()
        #: a project column followed by its unit's: the unit's name opens with the title's place
        #: (村组干部报酬|鄂州市消费者投诉举报中心 under 鄂州市2024年度…汇总表)
        self.unit_opener = region if _UNIT_AFTER_PROJECT in "|".join(self.roles) else None
        self.next = 0
        self.after_value = False
        self.after_level = False
        #: the last 序号 read (a table whose rows open with one counts 1, 2, 3 …)
        self.seq = 0
        #: columns named after a transfer's recipients, each holding its share of the row's target
        self.shares = self.roles.count(NAMED_ROLE)
        #: text columns besides the levels: with two or more (a 评分标准 or a unit beside the name), a
        #: text repeated row after row is one column's and is cut from the next one's
        self.text_columns = sum(1 for r in self.roles if r not in VALUE_PATTERNS and r not in ("level1", "level2"))
        #: a weight column after each level (一级指标|权重|二级指标|权重|三级指标|权重|得分): a level's
        #: name is followed by its own weight, a leaf's by the columns after the last level
        self.weighed = any(r == "weight" and k and self.roles[k - 1] in _LEVEL_ROLES[:2]
                           for k, r in enumerate(self.roles))
        seen_other = False
        self.name_start = 0
        if self.weighed and _NAME_ROLE in self.roles:
            self.name_start = self.roles.index(_NAME_ROLE) + 1
            return
        for k, r in enumerate(self.roles):
            if r not in VALUE_PATTERNS:
                seen_other = True
            elif seen_other and r != _SEQ_ROLE:          # a 序号 opens a row, after a group column too
                self.name_start = k
                break

    def word_expected(self) -> bool:
        """Whether a text cell now would be a word value (not a new row's name)."""
        return self.after_value and not self.complete and any(
            r in _WORD_ROLES for r in self.roles[self.next:])

    @property
    def complete(self) -> bool:
        return not any(r in VALUE_PATTERNS for r in self.roles[self.next:])

    def restart(self, level: bool = False) -> None:
        """A new row; ``level``: opened by a level name (the text after it is the row's name)."""
        self.next, self.after_value, self.after_level = 0, False, level

    def level(self, depth: int) -> None:
        """A row opened by a level name of ``depth`` (1: 一级): under a weight column per level its
        values start at that level's weight."""
        self.restart(level=True)
        if self.weighed and f"level{depth}" in self.roles:
            self.next = self.roles.index(f"level{depth}") + 1

    def labelled_row(self) -> None:
        """A row opened by a money line's label (年度资金总额, 项目预算合计): its label is its name, its
        figures follow."""
        self.restart()
        self.next = self.name_start

    def total(self) -> None:
        """A total row: its figures start at the weight column (at the score column without one; in a
        table of neither, at the first value after the name: a budget table's 合计 has no 序号)."""
        self.restart()
        self.next = next((k for k, r in enumerate(self.roles) if r == "weight"),
                         next((k for k, r in enumerate(self.roles) if r == "score"), self.name_start))

    def text(self, name: str = "") -> None:
        """A text cell: a word value when a value came before and a word column is still open,
        else the name of a new row (under a weight column per level, a coded level's name opens its
        level's columns: ``A1项目立项``)."""
        depth = _code_depth(name) if self.weighed else None
        if depth is not None and depth < 3:
            self.level(depth)
            self.after_level = False
            return
        if self.rule():
            return
        if self.word_expected():
            self.next = next(k for k in range(self.next, len(self.roles)) if self.roles[k] in _WORD_ROLES) + 1
        else:
            # after a level name the text is the row's name: its values follow the name column (in a
            # flat table 预算数 stands before the levels, 指标值 after the name)
            self.next = self.roles.index(_NAME_ROLE) + 1 if self.after_level and _NAME_ROLE in self.roles \
                else self.name_start
            self.after_value = False
        self.after_level = False

    def core_due(self) -> bool:
        """Whether a row's figures were read and its 是否核心指标 alone is still open."""
        return self.after_value and [r for r in self.roles[self.next:] if r in VALUE_PATTERNS] == [_CORE_ROLE]

    def core_read(self) -> None:
        self.next, self.after_value = len(self.roles), False

    def unit_after_name(self) -> bool:
        """Whether the table's unit column stands right after its name column (指标名称 | 计量单位)."""
        return _NAME_ROLE in self.roles and self.roles.index(_NAME_ROLE) + 1 < len(self.roles) \
            and self.roles[self.roles.index(_NAME_ROLE) + 1] == "unit"

    def yes_no_values(self, count: int) -> None:
        """A yes/no row's ``count`` words read after its unit: its target, then its actual (two), or its
        target, 调整指标值 and actual (three); its figures follow."""
        word_columns = [k for k in range(self.next, len(self.roles)) if self.roles[k] in _WORD_ROLES]
        if word_columns:
            column = word_columns[0] if count == 1 else word_columns[min(2, len(word_columns) - 1)]
            self.next, self.after_value = column + 1, True

    def unit_read(self) -> None:
        """A row's unit was read after its name: its values follow the unit column."""
        self.next, self.after_value = self.roles.index("unit") + 1, False

    def deduction_due(self) -> bool:
        """Whether a row's figures were read and its 扣分原因 comes next."""
        return self.after_value and self.next < len(self.roles) and self.roles[self.next] == _DEDUCTION_ROLE

    def deduction_read(self) -> None:
        self.next, self.after_value = self.next + 1, False

    def word_value(self) -> None:
        """A word value no vocabulary lists, read in the row's next word column (…(计划标准)|稳定)."""
        column = next((k for k in range(self.next, len(self.roles)) if self.roles[k] in _WORD_ROLES), None)
        if column is not None:
            self.next, self.after_value = column + 1, True

    def rule(self) -> bool:
        """Whether a text cell now fills a 评分标准 column right after the values read (分值 | 评分标准 |
        实际完成值: the rule, not the word value after it)."""
        if self.after_value and self.next < len(self.roles) and self.roles[self.next] == _RULE_ROLE:
            self.next += 1
            return True
        return False

    def values(self, run: str, word_follows: bool = False) -> list[str]:
        """The cells of a run of values. With ``word_follows`` (a word, then more values, come next)
        a reading that leaves the row open stops before the last word column still open: the word
        fills it."""
        self.after_value = False
        first = self.next
        if self.shares and self.next <= self.roles.index("target") if "target" in self.roles else False:
            shares = split_shares(run, _value_pattern("target"), self.shares)
            if shares is not None:
                self.shares_filled()
                return shares
        cells, last = cut_value_run(run, self.roles, self.next)
        # a 是否核心指标 left open is read off the text after the run (否|设施…), never a word value's column
        open_after = last is not None and any(r in VALUE_PATTERNS and r != _CORE_ROLE for r in self.roles[last + 1:])
        if word_follows and (last is None or open_after):
            words = [k for k in range(self.next, len(self.roles)) if self.roles[k] in _WORD_ROLES
                     and any(r in VALUE_PATTERNS for r in self.roles[k + 1:])]
            if words:
                limited, limited_last = cut_value_run(run, self.roles[:words[-1]], self.next)
                if limited_last is not None:
                    cells, last = limited, limited_last
        explained = self.roles.index("explanation") if "explanation" in self.roles else -1
        if last is None and explained >= 0 and self.next in (explained, explained + 1):
            # 100%|100%: the explanation a figure alone, before the row's target
            as_figure = self.roles[:explained] + ("target",) + self.roles[explained + 1:]
            figured, figured_last = cut_value_run(run, as_figure, explained)
            if figured_last is not None and figured_last > explained:
                cells, last = figured, figured_last
        if last is None and (lead := self._row_openers()):
            # the run goes on into the next row's opening values (its 序号): ``67.9467.94100%`` + ``2``
            wrapped, wrapped_last = cut_value_run(run, self.roles + lead, self.next)
            if wrapped_last is not None and wrapped_last >= len(self.roles):
                self.next, self.after_value = wrapped_last - len(self.roles) + 1, False
                self._count(wrapped[-1])
                return wrapped
        if last is not None:
            self.next, self.after_value = last + 1, True
            if first == 0 and cells:
                self._count(cells[0])
            self._kinds_read(cells)
        return cells

    def _kinds_read(self, cells: Sequence[str]) -> None:
        """A column holds one kind of cell: once the operator column (the one value column a kind
        fits) held a target's kind (定量, the first row of a merged 指标性质 cell), it holds kinds only and
        a sign opens the target after it."""
        if "operator" in self.roles and any(cell in OPERATOR_KIND_WORDS for cell in cells):
            self.roles = tuple(_KIND_ROLE if r == "operator" else r for r in self.roles)

    def _count(self, cell: str) -> None:
        """A row's first value read: its 序号 when the table's rows open with one."""
        if self.roles and self.roles[0] == _SEQ_ROLE and cell.isdigit():
            self.seq = int(cell)

    def opens_name_after_seq(self) -> bool:
        """Whether a 序号 was just read and the row's name comes next."""
        return bool(self.roles) and self.roles[0] == _SEQ_ROLE and self.next == 1 and not self.after_value

    def seq_before_name(self, run: str) -> tuple[int, str] | None:
        """In a run of values that runs into a name opening with digits (``112315`` + 话务…, ``…99.21%
        212345`` + 市民…): (where, number) of the next row's 序号 — the one after the last, after values
        that complete the row (or none, at a row's start), digits still after it (the name's). None
        when the table's rows open with no 序号 or no such cut reads."""
        if not self.roles or self.roles[0] != _SEQ_ROLE:
            return None
        for at in range(len(run)):
            before = run[:at]
            expected = self.seq + 1
            if before:
                cells, last = cut_value_run(before, self.roles, self.next)
                if last is None or any(r in VALUE_PATTERNS for r in self.roles[last + 1:]):
                    continue
                if self.next == 0 and cells[0].isdigit():
                    expected = int(cells[0]) + 1
            elif not (self.next == 0 or self.complete):
                continue
            number = str(expected)
            rest = run[at + len(number):]
            if run.startswith(number, at) and _NAME_DIGITS.fullmatch(rest):
                return at, number
        return None

    def reads_shares(self, run: str) -> bool:
        """Whether ``run`` reads as the row's target and its recipients' shares."""
        return split_shares(run, _value_pattern("target"), self.shares) is not None

    def shares_filled(self) -> None:
        """A row's target and its recipients' shares were read: the row is complete."""
        self.next, self.after_value = len(self.roles), True

    def _row_openers(self) -> tuple[str, ...]:
        """The value roles a row opens with, before its first text column (a 序号)."""
        first_text = next((k for k, r in enumerate(self.roles) if r not in VALUE_PATTERNS), 0)
        return self.roles[:first_text]


#: A code glued to its name right after a word (正向指标|166001-正定县人民政府): a new cell, read on as a row's text.
#: An attachment's label (附件3|2023年…绩效目标表): the title after it is a new cell.
_ATTACHMENT = re.compile(ATTACHMENT_LABEL_PATTERN)
_TITLE_REGION = re.compile(TITLE_REGION_PATTERN)
_CODE_START = re.compile(r"(?<=\p{Han})[0-9A-Z]{3,}[-—–](?=\p{Han})")
_CODE_DASH = re.compile(r"[-—–]\p{Han}")
_CODE_TAIL = re.compile(r"[0-9A-Z]+$")


def _code_at_end(segment: str, start: int, end: int, cursor: _RowCursor) -> int | None:
    """Where a run of values that runs into a code glued to a name (``8,611,919.07`` + ``166001-正定县…``)
    ends: the longest code whose values before it have a reading; None when no code follows the run."""
    if end - start > 1 and segment[end - 1] in "-—–" and _CODE_DASH.match(segment, end - 1):
        end -= 1                          # the dash was read as an empty cell's marker
    if not _CODE_DASH.match(segment, end):
        return None
    tail = _CODE_TAIL.search(segment, start, end)
    if tail is None:
        return None
    def reads(cut: int) -> bool:
        return cut == start or cut_value_run(segment[start:cut], cursor.roles, cursor.next)[1] is not None

    for cut in range(tail.start(), end - 2):
        if reads(cut):
            # money printed with two decimals before a code (8,611,919.07|166001-…), not one (…919.0|7166001)
            if re.search(r"\.\d$", segment[start:cut]) and cut + 1 < end - 2 and reads(cut + 1):
                return cut + 1
            return cut
    return None


#: A number a name opens with at the end of a run of values, and the characters of the name a unit
#: took (``110项`` + ``目验收合格率``).
_TRAILING_DIGITS = re.compile(r"(?<![\d.,])\d+\p{Han}*$")


#: A service line's number a name opens with (12345, 110): digits only, no separator or decimals.
_LINE_NUMBER = re.compile(r"\d{3,5}")


def _name_opener_at(segment: str, start: int, end: int, cursor: _RowCursor, after_text: bool) -> int | None:
    """Where a run of values that runs into a name opening with a number (``>=80%`` + ``12345市民热线…``,
    ``12315`` + ``热线接通率`` after a level) ends: before its trailing digits, when a name follows
    right after them, no reading takes the whole run and the rest reads (or is empty: not right
    after a text cell, whose values come now); None otherwise. A table whose rows open with values
    (a 序号) keeps its runs as they are."""
    if end >= len(segment) or not re.match(r"\p{Han}", segment[end]) or cursor._row_openers():
        return None
    digits = _TRAILING_DIGITS.search(segment, start, end)
    run = segment[start:end]
    if not after_text and cursor.next == 0 and _LINE_NUMBER.fullmatch(run):
        return start                      # a row opening with its text column: the number is its name's (12345热线…)
    unit_taken = _TRAILING_HAN.search(run)          # …255处 + 治路面病害面积: the values read, a name's character after them
                                                    # (>=32盏111110 + 项目完成及时性: a target and its shares)
    values = run[:unit_taken.start()] if unit_taken else run
    if digits is None or cut_value_run(run, cursor.roles, cursor.next)[1] is not None \
            or cursor.shares and (cursor.reads_shares(run) or cursor.reads_shares(values)) \
            or unit_taken and cut_value_run(values, cursor.roles, cursor.next)[1] is not None:
        return None
    cut = digits.start()
    if cut == start and after_text:
        return None
    if cut > start and cut_value_run(segment[start:cut], cursor.roles, cursor.next)[1] is None:
        return None
    return cut


def _level_before_coded_name(out: list[tuple[str, str]], segment: str, start: int, end: int,
                             cursor: _RowCursor) -> bool:
    """Whether the text cell just read is a short level-2 name alone (质量) and the run after it a
    number glued to a name (``12315热线接通率``): no row is a level and a value, so the number opens
    the row's name."""
    return bool(out and out[-1][1] in ("name", "text") and "level2" in cursor.roles
                and _SHORT_LEVEL2.fullmatch(out[-1][0]) and re.fullmatch(r"\d+\p{Han}*", segment[start:end])
                and end < len(segment) and re.match(r"\p{Han}", segment[end]) and not cursor._row_openers())


#: A number a sentence goes on after (…改造12000平方米,消除…): a comma right after it; no cell opens
#: with a comma, so the number is the sentence's, not a value cell.
_IN_SENTENCE = re.compile(r".?[,，、]\p{Han}")


def _value_cells(segment: str, cursor: _RowCursor, after_level1: bool = False,
                 settings: LayoutSettings = DEFAULT_SETTINGS) -> list[tuple[str, str]]:
    """A stretch between known words → (cell, kind) with kind "text", "level", "explanation" or
    "value". ``after_level1``: the stretch follows a level-1 name (a level-2 name may open it)."""
    out: list[tuple[str, str]] = []
    pos = 0
    ruled = [(m.start(), m.end(), "explanation") for m in _EXPLAINED_RULE.finditer(segment)] \
        if _RULE_ROLE in cursor.roles else []
    if _RULE_ROLE in cursor.roles and "explanation" not in cursor.roles:
        ruled = sorted(ruled + [(m.start(), m.end(), "explanation") for m in _SCORING_RULE.finditer(segment)
                                if not any(r[0] <= m.start() < r[1] for r in ruled)])
    values = [(m.start(), m.end(), "value") for m in _VALUE_RUN.finditer(segment)]
    if cursor.unit_after_name():                  # …按期完成|是/否|是|是|是|100…: the unit, then yes/no values
        values += [(m.start(), m.end(), "yes_no") for m in _YES_NO_UNIT.finditer(segment)]
    # a run of values that starts in a rule's figures (…扣0.5分 + 规范1) is read again from the rule's end
    values += [(m.start(), m.end(), "value") for r in ruled if any(v[0] < r[1] < v[1] for v in values)
               and (m := _VALUE_RUN.match(segment, r[1])) is not None and m.end() > m.start()]
    # an 指标说明 that states the comparison (达到目标值), under a header with such a column
    phrases = [(m.start(), m.end(), "explanation") for m in _EXPLANATION_PHRASE.finditer(segment)] \
        if "explanation" in cursor.roles else []
    spans = ruled + sorted([(m.start(), m.end(), "explanation") for m in _EXPLANATION.finditer(segment)]
                           + phrases + values)
    spans = sorted(sp for n, sp in enumerate(spans) if not any(r[0] <= sp[0] < r[1] for r in ruled[:n]))
    spans = [sp for n, sp in enumerate(spans) if not any(o[0] <= sp[0] < o[1] for o in spans[:n])]
    clauses = [(at, at + len(c)) for c in cursor.clauses if (at := segment.find(c)) >= 0]
    spans = [sp for sp in spans if not any(a < sp[1] and sp[0] < b for a, b in clauses)]   # 确保完成2019年度任务
    spans = [sp for sp in spans if not (sp[2] == "value" and _IN_SENTENCE.match(segment, sp[1] - 1))]
    if _TASK_ROLE in cursor.roles:                # a task's year (按时发放2019年人员工资待遇) is no amount
        spans = [sp for sp in spans if not (sp[2] == "value" and _YEAR_IN_TEXT.fullmatch(segment, sp[0], sp[1])
                                            and re.match(r"\p{Han}", segment[sp[1]:sp[1] + 1]))]
    if "explanation" in cursor.roles:             # 0次(历史标准): a figure the explanation opens with
        spans = [sp for sp in spans if not (sp[2] == "value" and _STANDARD_BRACKET.match(segment, sp[1]))]

    def text(t: str) -> None:
        opens_row = not cursor.word_expected()
        if opens_row and cursor.core_due() and (mark := _CORE_MARK_BEFORE_NAME.match(t)) is not None:
            out.append((mark.group(0), "value"))      # …12|否|设施正常运行率: the last row's 是否核心指标
            cursor.core_read()
            t = t[mark.end():]
        unit_after = _UNIT_AFTER_NAME.search(t) if opens_row and cursor.unit_after_name() else None
        if unit_after is not None and unit_after.start() > 0:
            out.append((t[:unit_after.start()], "name"))
            cursor.text(t[:unit_after.start()])
            out.append((unit_after.group(0), "value"))
            cursor.unit_read()
            return
        level = _SHORT_LEVEL2.match(t) if opens_row and (after_level1 or cursor.after_value) \
            and "level2" in cursor.roles else None
        if level is not None and level.end() < len(t):
            out.append((level.group(0), "level"))
            t = t[level.end():]
        repeated = repeated_tail(t, cursor.shares + 1) if cursor.shares and opens_row else None
        if repeated is not None:                  # a word target no vocabulary knows, and its shares
            if repeated[0]:
                out.append((repeated[0], "name"))
                cursor.text()
            out.extend((repeated[1], "value") for _ in range(cursor.shares + 1))
            cursor.shares_filled()
            return
        clause = next((c for c in cursor.clauses if 0 < t.find(c) < len(t) - len(c)), None) if opens_row else None
        if clause is not None:                    # duty | task (a clause of the goal) | project name
            at = t.find(clause)
            out.extend([(t[:at], "text"), (clause, "text")])
            t = t[at + len(clause):]
        explained = _NAME_EXPLAINED.fullmatch(t) if opens_row and "explanation" in cursor.roles else None
        if explained is not None:                 # 培训农民人次|培训农民人次(历史标准): the name, then its explanation
            out.extend([(explained.group("name"), "name"), (t[explained.end("name"):], "explanation")])
            cursor.text()
            return
        own_words = split_explained_name(t, settings.glued_min_explained_name) \
            if opens_row and "explanation" in cursor.roles else None
        if own_words is not None:                 # 粮食播种面积|稳定粮食生产(计划标准)(|稳定)
            name, explanation, word = own_words
            out.extend([(name, "name"), (explanation, "explanation")] if explanation else [(name, "name")])
            cursor.text()
            if word:
                out.append((word, "value"))
                cursor.word_value()
            return
        unit = t.find(cursor.unit_opener, 1) if opens_row and cursor.unit_opener else -1
        if unit > 0:
            out.append((t[:unit], "name"))
            t = t[unit:]
        out.append((t, "text" if cursor.text_columns >= 2 else "name"))
        cursor.text(t)

    for n, (start, end, kind) in enumerate(spans):
        if start < pos:
            continue
        if cursor.deduction_due():
            break                                 # the row's figures, then why points were taken off
        if start > pos:
            text(segment[pos:start])
            if kind == "value" and _level_before_coded_name(out, segment, start, end, cursor):
                out[-1] = (out[-1][0], "level")   # 质量|12315热线接通率: a level alone, its row's name next
                cursor.restart(level=True)
                pos = start
                continue
        if kind == "value":
            following = spans[n + 1] if n + 1 < len(spans) else None
            word_follows = following is not None and following[0] > end and following[2] == "value"
            if (code := _code_at_end(segment, start, end, cursor)) is not None:
                if code == start:                 # the whole run is a code glued to the name after it
                    continue
                end = code
            after_text = bool(out) and out[-1][1] in ("name", "text")
            if (opener := _name_opener_at(segment, start, end, cursor, after_text)) is not None:
                if opener == start:               # the whole run is the number the name after it opens with
                    pos = start
                    continue
                end = opener
            heading = _HEADING_NUMBER_AT_END.search(segment, start, end)
            if heading is not None and heading.start() > start and re.match(r"\p{Han}", segment[end:end + 1]):
                end = heading.start()             # …99.61%|3.实施情况: a section's number opens the text after
            if cursor.opens_name_after_seq() and _NAME_DIGITS.fullmatch(segment, start, end) \
                    and re.match(r"\p{Han}", segment[end:end + 1]):
                continue                          # （1）|12345市民…: the digits right after a 序号 open the name
            numbered = cursor.seq_before_name(segment[start:end]) \
                if re.match(r"\p{Han}", segment[end:end + 1]) else None
            if numbered is not None:              # 1|12315话务…, …99.21%|2|12345市民…: the name opens with digits
                at, number = numbered
                out += [(c, "value") for c in (cursor.values(segment[start:start + at]) if at else [])]
                out.append((number, "value"))
                cursor.seq = int(number)
                cursor.restart()
                cursor.next = 1
                pos = start + at + len(number)
                continue
            trailing = _TRAILING_HAN.search(segment, start, end)
            following_text = segment[end:following[0] if following else len(segment)]
            if trailing is not None and trailing.start() > start and (
                    cursor.shares and cursor.reads_shares(segment[start:trailing.start()])
                    and not cursor.reads_shares(segment[start:end])
                    or "explanation" in cursor.roles and not _NAME_EXPLAINED.fullmatch(following_text)
                    and _NAME_EXPLAINED.fullmatch(trailing.group(0) + following_text)
                    or _FRACTION_BEFORE_COUNT.search(segment, start, end) and following_text[:1].isalpha()):
                end = trailing.start()            # a unit-like character that opens the next name (项目…)
            cells = cursor.values(segment[start:end], word_follows)
            trailing = _TRAILING_HAN.search(segment, start, end)
            if cells == [segment[start:end]] and not cursor.after_value and trailing and trailing.start() > start:
                end = trailing.start()            # a unit-like character that opens the next name
                cells = cursor.values(segment[start:end], True)
            out += [(c, "value") for c in cells]
        elif kind == "yes_no":
            out.append((segment[start:end], "value"))
            cursor.unit_read()
            words = _YES_NO_VALUES.match(segment, end)
            if words is not None:                 # (定性|)是|是|是: the first row of a merged 指标性质 holds its kind
                out += [(w, "value") for w in ([words.group("kind")] if words.group("kind") else [])
                        + list(words.group("words"))]
                end = words.end()
                cursor.yes_no_values(len(words.group("words")))
        else:
            out.append((segment[start:end], "explanation"))
            cursor.rule()
        pos = end
    if pos < len(segment) and cursor.deduction_due():
        out.append((segment[pos:], "text"))
        cursor.deduction_read()
    elif pos < len(segment):
        text(segment[pos:])
    return out


#: A sub-line's number in brackets before its name (（1）12345市民热线协调办公经费7.00…).
_SUB_LINE_NUMBER = re.compile(r"[（(]\d{1,2}[)）](?=\p{Han}|\d+\p{Han})")
#: A row's 序号 as its cell shows it: 2, （1）.
_ROW_NUMBER = re.compile(r"\d{1,4}|[（(]\d{1,2}[)）]")


def _sub_line_number(text: str, at: int, cursor: _RowCursor, cells: Sequence[tuple[str, str]]) -> str | None:
    """The bracketed number at ``at`` when it opens a row of a table whose rows open with their
    序号 (a report's 表1 line split into numbered sub-lines), right after a row's last value or after
    a numbered row's name alone (the line the sub-lines split); None elsewhere (a numbered list item)."""
    if not cursor.roles or cursor.roles[0] != _SEQ_ROLE or not cells:
        return None
    after_row = cells[-1][1] == "value"
    after_parent = len(cells) > 1 and cells[-1][1] in ("name", "text") and cells[-2][1] == "value" \
        and _ROW_NUMBER.fullmatch(cells[-2][0]) is not None
    if not (after_row or after_parent):
        return None
    number = _SUB_LINE_NUMBER.match(text, at)
    return number.group(0) if number else None


def cut_glued_run(text: str, settings: LayoutSettings = DEFAULT_SETTINGS) -> list[str]:
    """A form run together with no separator → its cells in reading order (blank cells gone, and the
    template's unfilled slots: ``指标2:……``; a header split over two rows joined back first)."""
    text = join_split_header_run(_EMPTY_SLOT_RUN.sub("", re.sub(r"\s+", "", text)))
    cells: list[tuple[str, str]] = []
    cursor: _RowCursor | None = None
    region = _TITLE_REGION.search(text)
    pos = 0
    after_field = after_level1 = after_number = False
    for cut in _known_cuts(text) + [_Cut(len(text), len(text), "end")]:
        segment = text[pos:cut.start]
        if after_number and cut.kind == "caption":
            continue                    # 表1：2021年的预算及执行情况: the caption's words are its title's
        if segment:
            sentence = _SENTENCE.search(segment)
            at = sentence.start() if sentence else len(segment)
            if sentence and (lead := _SENTENCE_LEAD.search(segment, 0, at)) is not None:
                at = lead.start()         # 经综合评价，该项目|综合评分…: the sentence's words before its phrase
            body, tail = segment[:at], segment[at:]
            if after_field or cursor is None:
                cells.append((segment, "text"))
            elif cursor.deduction_due():
                cells += [(t, "text") for t in (body, tail) if t]     # why points were taken off: one text cell
                cursor.deduction_read()
            else:
                if body:
                    cells += _value_cells(body, cursor, after_level1, settings)
                if tail:
                    cells.append((tail, "text"))
        if cut.kind == "end":
            break
        if cut.kind == "cells":
            cells += [(c, "value") for c in cut.cells]
            after_field = after_level1 = after_number = False
            pos = cut.end
            continue
        if cut.kind == "break" and cursor is not None and (sub := _sub_line_number(text, cut.start, cursor, cells)):
            cells.append((sub, "value"))                  # （1）: a sub-line's 序号, its row's name next
            cursor.restart()
            cursor.next = 1
            after_field = after_level1 = after_number = False
            pos = cut.start + len(sub)
            continue
        if cursor is None and cut.kind == "level":
            cut = _Cut(cut.start, cut.end, "text")        # a level name before any table is text
        cells.append((text[cut.start:cut.end], cut.kind))
        if cut.kind == "title":
            cursor = None                                 # the next form: its fields before any table
        if cut.roles:
            cursor = _RowCursor(cut.roles, region.group("region") if region else None,
                                _clauses(c for c, kind in cells if kind == "text"))
        elif cursor is not None and cut.kind in ("level", _TREE_LEVEL):
            cursor.level(_level_depth(text[cut.start:cut.end]))
        elif cursor is not None and cut.kind == "caption":
            cursor.restart()
        elif cursor is not None and cut.kind == "label":
            cursor.labelled_row()
        elif cursor is not None and cut.kind == "total":
            cursor.total()
        elif cursor is not None and cut.kind == "row_name":
            cursor.text(text[cut.start:cut.end])
        after_field = cut.kind in ("field", "break", "numbered", "chrome")     # a field's value or a caption: text kept whole
        after_number = cut.kind == "numbered"
        after_level1 = cut.kind == "level" and re.sub(
            rf"^{_LEVEL_CODE}|{WEIGHT_IN_LABEL_PATTERN}", "", text[cut.start:cut.end]) in LEVEL1_WORDS
        pos = cut.end
    return _cut_repeated_text([c for c in cells if c[0]], settings)


def _code_depth(name: str) -> int | None:
    """The depth a score table's level code gives its name (A: 1, A1: 2, A11: 3), None without one."""
    code = re.match(rf"^[A-Z](\d*)(?=[.．、]?\p{{Han}})", name)
    return 1 + len(code.group(1)) if code is not None else None


def _level_depth(name: str) -> int:
    """A level name's depth: its code's, else 1 for a 一级 word, else 2."""
    depth = _code_depth(name)
    if depth is not None:
        return depth
    return 1 if re.sub(rf"^{_LEVEL_CODE}|{WEIGHT_IN_LABEL_PATTERN}", "", name) in LEVEL1_WORDS else 2


def _header_words_rejoined(words: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    """(start, end, key) of a run's column words, two words side by side joined back into the one
    column word they spell when the run names a column twice otherwise (执行率|权重(分)|执行率|执行率|
    得分(分) → 执行率权重(分)|执行率|执行率得分(分): a header names each column once)."""
    spans = [(w.start(), w.end(), header_key(w.group("word"))) for w in words]
    joined = True
    while joined and len({k for _, _, k in spans}) < len(spans):
        joined = False
        keys = [k for _, _, k in spans]
        for n in range(len(spans) - 1):
            pair = keys[n] + keys[n + 1]
            if pair in _COLUMN_ROLE and (keys.count(keys[n]) > 1 or keys.count(keys[n + 1]) > 1):
                spans[n:n + 2] = [(spans[n][0], spans[n + 1][1], pair)]
                joined = True
                break
    return spans


def _header_without_repeats(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A header names each column once: a run of column words that repeats one (分值|二级指标…权重
    业绩值分值, a caption's last word before the header) starts after the repeated word's first use."""
    words = spans
    keys = [key for _, _, key in spans]
    # a weight column after each level (一级指标|权重|二级指标|权重|三级指标|权重|得分) names each level's
    # own weight: no repeat
    keys = [f"{k}@{keys[n - 1]}" if n and _COLUMN_ROLE.get(k) == "weight" and _COLUMN_ROLE.get(keys[n - 1]) in _LEVEL_ROLES
            else k for n, k in enumerate(keys)]
    start = 0
    while len(set(keys[start:])) < len(keys) - start and len(keys) - start > 2:
        start += 1
    return words[start:]


#: A numbered list item (（1）…, 一、…): items of one list open alike and are no column repeated.
_LIST_ITEM = re.compile(NUMBERED_HEADING_PATTERN)


def _cut_repeated_text(cells: list[tuple[str, str]], settings: LayoutSettings) -> list[str]:
    """Text cells that start with the same long text (a 评分标准 repeated row after row, run into the
    next row's name) cut where the repeated text ends."""
    texts = [c for c, kind in cells if kind == "text" and len(c) > settings.glued_min_repeated_text
             and not _LIST_ITEM.match(c)]
    common: list[str] = []
    for t in texts:
        for length in range(len(t), settings.glued_min_repeated_text - 1, -1):
            prefix = t[:length]
            if prefix[-1].isdigit() and t[length:length + 1].isdigit():
                continue                  # never inside a number (12315 | 12345 open names alike)
            if sum(1 for u in texts if u.startswith(prefix)) >= settings.glued_min_repetitions:
                common.append(prefix)
                break
    prefixes = sorted(set(common), key=len, reverse=True)
    out: list[str] = []
    for cell, kind in cells:
        prefix = next((p for p in prefixes if kind == "text" and cell.startswith(p) and len(cell) > len(p)), None)
        out += [prefix, cell[len(prefix):]] if prefix else [cell]
    return out


def is_glued_run(text: str, settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """A line that is a form (or a long part of one) run together without separators: long, almost
    no blanks, and cut by at least a few of the vocabulary's words (a header run among them)."""
    t = text.strip()
    if len(t) < settings.glued_min_run_length or "\t" in t or t.count("|") >= settings.pipe_min_bars:
        return False             # tab or pipe rows (a bar or two is page chrome: 网站地图|联系我们)
    if len(re.findall(r"\s", t)) > len(t) * settings.glued_max_blank_share:
        return False
    if _COST_TABLE.search(t):
        return False             # a run with a cost build-up table: read by glued_form, by its totals
    cuts = [c for c in _known_cuts(re.sub(r"\s+", "", t)) if c.kind not in _NOT_WORDS]
    if len(t) < settings.glued_min_form_length:
        return max((len(c.roles) for c in cuts), default=0) >= settings.glued_min_header_words
    return sum(1 for c in cuts if c.kind == "header") >= 2 and len(cuts) >= settings.glued_min_known_words


def continues_glued_run(text: str, settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """A later page's run that goes on with the table of a glued page before it (a table run onto
    the next page prints no header there): long, almost no blanks, an indicator level's word in it."""
    t = text.strip()
    if len(t) < settings.glued_min_run_length or "\t" in t or t.count("|") >= settings.pipe_min_bars:
        return False
    if len(re.findall(r"\s", t)) > len(t) * settings.glued_max_blank_share:
        return False
    return _LEVEL.search(re.sub(r"\s+", "", t)) is not None


def _unspaced(line: str, settings: LayoutSettings) -> bool:
    t = line.strip()
    return bool(t) and not re.search(r"\s", t) and t.count("|") < settings.pipe_min_bars


def _is_header_row(line: str) -> bool:
    """A line that holds a table's header run together (three column words or more)."""
    return max((len(c.roles) for c in _header_runs(line)), default=0) >= 3


def glued_rows_text(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> list[str] | None:
    """A form glued row by row (each table row on its line, its cells run together:
    ``总额1281.261348.691218.0190.31%109.03``) → the lines with every such stretch joined into one
    run, for the glued builder to cut against the header above each row; None when no stretch is.
    A stretch is at least ``glued_rows_min_lines`` lines without a blank, one of them a header run
    together and one a form's field row (项目名称…: a table alone, each row an indicator line, is
    read line by line), that joined are a glued run its cuts split into ``glued_rows_min_cells_per_line`` cells a line or more
    (one cell per line, a stream's shape, cuts into about one)."""
    out: list[str] = []
    joined = False
    k = 0
    while k < len(lines):
        if not _unspaced(lines[k], settings):
            out.append(lines[k])
            k += 1
            continue
        end = k
        while end < len(lines) and _unspaced(lines[end], settings):
            end += 1
        stretch = [l.strip() for l in lines[k:end]]
        run = "".join(stretch)
        if (len(stretch) >= settings.glued_rows_min_lines and any(_is_header_row(l) for l in stretch)
                and any(_SUBJECT_LABEL.match(l) for l in stretch) and is_glued_run(run, settings)
                and len(cut_glued_run(run, settings)) >= settings.glued_rows_min_cells_per_line * len(stretch)):
            out.append(run)
            joined = True
        else:
            out.extend(lines[k:end])
        k = end
    return out if joined else None


class GluedRunBuilder(StreamBuilder):
    """Paragraph lines each holding a form run together without separators → one cell stream."""

    shape = Shape.GLUED
    blanks_kept = False

    def detect(self, lines: Sequence[Line]) -> float:
        runs = [l for l in lines if not l.is_row and is_glued_run(l.cells[0], self.settings)]
        return 1.0 if runs else 0.0

    def rows_and_columns(self, lines: Sequence[Line], guesses: list[str]) -> list[RawRow]:
        out: list[RawRow] = []
        for line in lines:
            if not line.is_row and is_glued_run(line.cells[0], self.settings):
                cells = cut_glued_run(line.cells[0], self.settings)
                out.extend(([cell], line) for cell in cells)
                guesses.append(f"line {line.line_no}: a run without separators cut into {len(cells)} cells "
                               "by the vocabulary and value shapes")
            elif line.text.strip():
                out.append(([line.text.strip()], line))
        return out
