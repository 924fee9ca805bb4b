"""The stream-order builder: PDF content order (LAYOUTS F2), one cell per line, where within each band
of a table (a row and the rows its first-column merged cell spans) all value cells come first and
the band's label cells after them (``3 / 3 / 4 / 2.8 / 决策(13分) / 项目立项(7分) / 立项依据充分性 …``).

A table is found by its header (a run of one-cell lines a column vocabulary names, with the columns
named after recipients that follow a target) with a run of value cells right after it (its rows open
with a name column), or right before it and the labels leading it (a band whose merged first cell
spans the header row too: a self-evaluation's 项目资金 or 绩效指标(90分) block, told by a row's worth
of labels after the header). Its body is cut into bands (a run of values, then a run of labels) up to
a field or signature label, a sentence, page furniture, the next table's caption, header or band.
Each band's values are put back beside their labels by one search over the two runs together: the
cells of a row take the header's columns left to right (a value where the column's value shape fits
a value, a label where it fits a label, a column left blank at a cost, the name columns a merged
cell covers free at a row's start), the best-fitting interleaving wins; the form rules out what it
contradicts (a score above its row's weight, a figure as a qualitative indicator's target, a
recipient's word other than its row's target). When two different interleavings score within
``stream_order_tie_margin`` of each other, the better is kept and the band is noted
(``row_split_uncertain``). The text comes out one cell per
line in reading order (the shape of a stream with its blank cells dropped), for the stream readers
to cut into rows: family parsers never see this shape.

Outside tables (no header a vocabulary names), a run of values goes after its labels by the rules
of ``_plain_band`` (a field's value after its field label: ``2024年度`` / ``评价年度``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Sequence

import regex as re

from jixiao.extract.layout.columns import is_empty_marker, role_of
from jixiao.extract.layout.glued_cells import is_known_word
from jixiao.extract.layout.reader import (
    DEFAULT_SKIP_COST, MIN_FIT, ROW_TABLE_PROFILES, SKIP_COST, is_field_label, is_level_word,
)
from jixiao.extract.layout.stream import (
    NAMED_COLUMN_ROLE, ROW_SPLIT_UNCERTAIN, is_cell_per_paragraph, is_page_furniture, touching_share,
)
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from jixiao.extract.layout.rows import is_empty_slot
from jixiao.normalize.numbers import parse_float
from jixiao.normalize.text import fold_key
from jixiao.normalize.vocabulary import (
    BUDGET_ITEM_LABELS,
    COMPONENT_TABLE_WORDS,
    COST_TABLE_COLUMN_ROLES,
    DUTY_TABLE_COLUMN_WORDS,
    EVALUATION_RESULT_COLUMN_WORDS,
    FLAT_PROJECT_COLUMN_WORDS,
    FORM_FIELD_LABELS,
    GOAL_CAPTION,
    INDICATOR_COLUMN_WORDS,
    INDICATOR_TABLE_TRAILER_WORDS,
    NATIONAL_LEVEL2_NAMES,
    NATIONAL_LEVEL3_NAMES,
    OPERATOR_KIND_WORDS,
    PERCENT_UNITS,
    QUALITATIVE_RESULT_WORDS,
    QUALITATIVE_TARGET_WORDS,
    REPORT_BUDGET_COLUMN_WORDS,
    REPORT_SCORE_COLUMN_WORDS,
    SCORE_CODE_PREFIX_PATTERN,
    SCORE_DEDUCTION_WORDS,
    SCORE_SUMMARY_COLUMN_WORDS,
    SELF_EVALUATION_MONEY_COLUMN_WORDS,
    SELF_EVALUATION_MONEY_ROW_LABELS,
    SENTENCE_END_MARKS,
    SENTENCE_PUNCTUATION_PATTERN,
    SIGNATURE_BLOCK_WORDS,
    SIGNATURE_LINE_WORDS,
    OPERATOR_SUFFIXES,
    STREAM_ORDER_VALUE_PATTERN,
    TABLE_TOTAL_WORDS,
    UNIT_BRACKET_PATTERN,
    UNITS,
    WEIGHT_IN_LABEL_PATTERN,
    YEAR_PREFIX_PATTERN,
)

_VALUE_CELL = re.compile(STREAM_ORDER_VALUE_PATTERN)
#: A score table's 扣分原因 column after its score (why points were taken off: a note).
_DEDUCTION_KEYS = frozenset(fold_key(w) for w in SCORE_DEDUCTION_WORDS)
#: The national scoring tree's level-2 names (项目立项, 资金管理): level cells, not leaves.
_NATIONAL_LEVEL2 = frozenset(NATIONAL_LEVEL2_NAMES)
#: Its common level-3 names (立项依据充分性, 社会效益): a row's name, never a reason beside a score.
_NATIONAL_LEVEL3 = frozenset(NATIONAL_LEVEL3_NAMES)
#: How a value's words end: a unit (万平方米), an operator's (人次以上).
_VALUE_ENDINGS = tuple(UNITS) + tuple(OPERATOR_SUFFIXES)
#: A number of three digits or more and four words or more after it, no unit among them: a name.
_NUMBER_LED_NAME = re.compile(r"\d{3,}(?P<words>\p{Han}{4,})")
_COLUMN_GAP = re.compile(r"[\t|]")
#: A form's signature lines and trailers (填报人:王芳, 评价结论) follow its tables: a table ends there.
_TABLE_TRAILERS = SIGNATURE_LINE_WORDS + SIGNATURE_BLOCK_WORDS + INDICATOR_TABLE_TRAILER_WORDS
#: A form's field label (年度总体目标, 项目名称) opens the next block, never a cell of a table's body.
_FORM_FIELD_LABELS = frozenset(w for labels in FORM_FIELD_LABELS.values() for w in labels)
#: The total score's label (自评总分) after a band of values alone: the row of the table's total, its
#: score drawn before it (a field label elsewhere, ending the table).
_TOTAL_SCORE_LABELS = frozenset(FORM_FIELD_LABELS["total_score"])
#: Fields whose value is words (年度总体目标: a sentence after it): their label never takes a figure.
_TEXT_FIELDS = ("overview", "basis", "necessity", "measures", "implementation_plan", "overall_goal", "annual_goal")
_TEXT_FIELD_LABELS = frozenset(w for field in _TEXT_FIELDS for w in FORM_FIELD_LABELS[field])
#: A money line's label (年度资金总额:): a field's label too, its amount drawn before it.
_MONEY_UNIT_BRACKET = re.compile(UNIT_BRACKET_PATTERN + "$")
_MONEY_LINE_LABELS = frozenset(SELF_EVALUATION_MONEY_ROW_LABELS) | frozenset(label for label, _ in BUDGET_ITEM_LABELS)
_MONEY_LINE_KEYS = frozenset(fold_key(label) for label in _MONEY_LINE_LABELS)
#: A sentence (a report's paragraph after the table) is no cell of a table.
_SENTENCE_ENDS = SENTENCE_END_MARKS

#: Header vocabularies of the tables a form holds; the longest header run any of them names wins.
_TABLE_VOCABULARIES: tuple[Mapping[str, tuple[str, ...]], ...] = (
    {**INDICATOR_COLUMN_WORDS, **FLAT_PROJECT_COLUMN_WORDS},
    EVALUATION_RESULT_COLUMN_WORDS,
    REPORT_BUDGET_COLUMN_WORDS,
    REPORT_SCORE_COLUMN_WORDS,
    SELF_EVALUATION_MONEY_COLUMN_WORDS,
    SCORE_SUMMARY_COLUMN_WORDS,
    COST_TABLE_COLUMN_ROLES,
    {role: words for role, words in DUTY_TABLE_COLUMN_WORDS.items() if role != "duty_caption"},
)
#: A header cell naming an earlier year's column (2023年实际执行数): its role is the rest's.
_YEAR_PREFIX = re.compile(YEAR_PREFIX_PATTERN)
_YEAR_LED_NAME = re.compile(r"\p{Han}{2,}")
#: Columns holding a row's name or level: a header opening with another column has a row label
#: column of its own before it (the money block's 年度资金总额, 其中:财政拨款 …).
_NAME_ROLES = frozenset({"level1", "level2", "level3", "project_name", "reporting_unit", "department",
                         "item", "item_group", "seq", "annual_goal", "duty", "duty_task"})
#: The role of that unnamed row label column (its cells are names).
_ROW_LABEL_ROLE = "project_name"
#: A score may pass its row's weight by this much (rounding) and no more.
_POINTS_TOLERANCE = 0.011
#: How well a label (a word: 充分, 有效) fits a value column at best.
_LABEL_IN_VALUE_COLUMN_FIT = 0.6
_WEIGHT_IN_NAME = re.compile(WEIGHT_IN_LABEL_PATTERN)
#: A 一级/二级 cell is a level word or a name with its points (项目立项(7分)); another word fits less.
_LEVEL_ROLES = frozenset({"level1", "level2", "item_group"})
_OTHER_WORD_AS_LEVEL_FIT = 0.3
#: Columns of words after a row's values (a reason, a rule): a sentence there fits by its profile; in
#: a reason column a word without punctuation fits little (at a row's end it is more often the next
#: row's name); in the others as a word in a value column (备注: 按计划标准).
_TEXT_ROLES = frozenset({"reason", "remark", "explanation", "scoring_rule", "measures", "basis"})
_SENTENCE_ROLES = frozenset({"reason"})
#: Columns whose cells may be whole sentences ending in 。 (a flat table's 年度目标, a reason).
_SENTENCE_COLUMNS = _TEXT_ROLES | {"annual_goal"}
#: The operator word of a qualitative indicator (定性): its target is a word, never a figure.
_QUALITATIVE = OPERATOR_KIND_WORDS[0]
#: Columns whose words the vocabulary lists (人次, ≥, 正向指标, 优): a label there fits by its profile.
_VOCABULARY_ROLES = frozenset({"unit", "operator", "direction", "grade"})
#: A name holds no sentence: a cell with a comma or a full stop in a name column fits little
#: (受资金到位时间影响,下年度提前谋划 is the reason before the next row's name).
_PROSE = re.compile(SENTENCE_PUNCTUATION_PATTERN)
_PROSE_AS_NAME_FIT = 0.2
#: An indicator's name is seldom a word of two characters (健全, 合理, 及时: its target more often): it
#: fits an indicator name column below a word target column (``_LABEL_IN_VALUE_COLUMN_FIT``).
_SHORT_WORD = re.compile(r"\p{Han}{1,2}")
_SHORT_WORD_AS_NAME_FIT = 0.5
#: The short word targets and results the vocabulary lists (显著提升, 逐步完善: a phrase such as
#: 达成预期指标 may as well be a name): as a word of two characters.
_WORD_TARGETS = frozenset(w for w in (*QUALITATIVE_TARGET_WORDS, *QUALITATIVE_RESULT_WORDS) if len(w) <= 4)
#: Name columns that hold a phrase or a sentence (a department's duty and its year's tasks: 完成重大动物
#: 疫病强制免疫,开展例行监测): a comma there is no sign of a reason.
_PHRASE_NAME_ROLES = frozenset({"duty", "duty_task"})
_SHORT_WORD_AS_TEXT_FIT = 0.3
#: A placeholder (-, /) stands for a money line's missing amount less often than for a sub-line's
#: missing weight, rate or score (an actual column holds a placeholder where the target has none).
_MONEY_ROLES = frozenset({"initial", "amount", "budget", "actual"})
_PLACEHOLDER_MONEY_FIT = 0.2
#: A score table's level code before its name (``A1 项目立项``), and the code's length in each level
#: column (A: 一级, A1: 二级, A11: 三级).
_LEVEL_CODE = re.compile(SCORE_CODE_PREFIX_PATTERN)
_CODE_DEPTH_ROLES = {"level1": 1, "level2": 2, "level3": 3}
#: How well any label fits a name or level column.
_NAME_FIT = 0.8
#: A rate printed as a fraction with three or four decimals (执行率 0.9992): a rate rather than a score
#: or a weight, which carry two decimals at most (其中：财政拨款 | 838.25 | 837.57 | 0.9992 | —).
_FRACTION_RATE = re.compile(r"0\.\d{3,4}")
_FRACTION_AS_RATE_FIT = 0.9
_FRACTION_AS_POINTS_FIT = 0.5


def is_value_cell(text: str) -> bool:
    """A cell a PDF draws with the band's values: a number, an amount, a rate, an operator with a
    number and a short unit (``≥95%``, ``13次``, ``2024年度``); a year led words is a column's name
    (``2021年实际执``, a header cell cut where it wrapped)."""
    text = text.strip()
    if (year := _YEAR_PREFIX.match(text)) and _YEAR_LED_NAME.fullmatch(text[year.end():]):
        return False
    if (named := _NUMBER_LED_NAME.fullmatch(text)) and not named.group("words").endswith(_VALUE_ENDINGS):
        return False                      # 12315宣传经费: a name opening with a hotline's number
    return bool(_VALUE_CELL.match(text))


@dataclass(frozen=True)
class Header:
    """A table header standing one cell per line: where it starts, its column roles."""

    start: int
    roles: tuple[str, ...]

    @property
    def end(self) -> int:
        return self.start + len(self.roles)


def header_at(texts: Sequence[str], i: int, settings: LayoutSettings = DEFAULT_SETTINGS) -> Header | None:
    """The longest header run any table vocabulary names from ``i`` (at least
    ``stream_order_min_header_cells`` cells), or None."""
    best: tuple[str, ...] = ()
    for vocabulary in _TABLE_VOCABULARIES:
        roles: list[str] = []
        while i + len(roles) < len(texts) and (role := _column_role(texts[i + len(roles)], vocabulary)):
            roles.append(role)
        if len(roles) > len(best):
            best = tuple(roles)
    if len(best) < settings.stream_order_min_header_cells:
        return None
    at = i + len(best)
    if "score" in best and at < len(texts) and fold_key(texts[at]) in _DEDUCTION_KEYS:
        best += ("reason",)
    named = _named_columns(texts, i + len(best), settings) if best[-1] == "target" else 0
    return Header(i, best + (NAMED_COLUMN_ROLE,) * named)


def _column_role(text: str, vocabulary: Mapping[str, tuple[str, ...]]) -> str | None:
    """The role a header cell names in ``vocabulary``; a cell led by a year (``2023年实际执行数``, an
    earlier year's column) names the role of the rest."""
    role = role_of(text, vocabulary)
    if role is None and (year := _YEAR_PREFIX.match(text)) and year.end() < len(text):
        role = role_of(text[year.end():], vocabulary)
    return role


def _named_columns(texts: Sequence[str], at: int, settings: LayoutSettings) -> int:
    """How many cells from ``at`` name columns of their own after a header's target (a transfer's
    recipients: 指标值 | 宁德市 | 南平市 …): short words no vocabulary knows, no level word, up to the
    first value or level word; 0 when fewer than ``wide_min_named_columns``."""
    n = 0
    while at + n < len(texts):
        text = texts[at + n]
        if is_value_cell(text) or is_level_word(text) or len(text) > settings.wide_column_name_max_length \
                or is_field_label(text) or any(role_of(text, v) for v in _TABLE_VOCABULARIES):
            break
        n += 1
    ends_at_row = at + n < len(texts) and (is_value_cell(texts[at + n]) or is_level_word(texts[at + n]))
    return n if n >= settings.wide_min_named_columns and ends_at_row else 0


def _value_run(texts: Sequence[str], i: int, step: int) -> int:
    """How many value cells stand from ``i`` going ``step`` (+1 forwards, -1 backwards)."""
    n = 0
    while 0 <= i + step * n < len(texts) and is_value_cell(texts[i + step * n]):
        n += 1
    return n


def _ends_table(texts: Sequence[str], k: int, settings: LayoutSettings) -> bool:
    """Cell ``k`` is no cell of a table's body: a field or signature label, page furniture, a
    sentence, the next table's header or the caption just before it."""
    text = texts[k]
    return is_field_label(text) or is_page_furniture(text) or text.endswith(_SENTENCE_ENDS) \
        or text.startswith(_TABLE_TRAILERS) or text.rstrip(":：") in _FORM_FIELD_LABELS \
        or header_at(texts, k, settings) is not None \
        or (not is_value_cell(text) and k + 1 < len(texts) and header_at(texts, k + 1, settings) is not None)


@dataclass(frozen=True)
class Merge:
    """A band's cells in reading order, and whether another interleaving fits as well."""

    cells: list[str]
    uncertain: bool
    #: False when no interleaving fits (the cells are given back with the values after the first label).
    fitted: bool = True
    #: The best interleaving's score (log scale), and how many labels it left after the table.
    score: float = -math.inf
    spilled: int = 0


#: (role, cell) fits kept: a band's search asks the same few hundred pairs tens of thousands of times.
_FIT_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=_FIT_CACHE_SIZE)
def _fit(role: str, text: str) -> float:
    """How well a cell fits a column: a name or level column takes any label (a score table's
    levels are names: 项目立项(7分)) and never a value; other columns by their value-shape profile.
    A pure function of the two texts, asked again for every state of a band's search: cached."""
    if role in _NAME_ROLES and is_empty_marker(text):
        return 0.0                                 # a name is never a placeholder (-, /, 无)
    if not _code_depth_fits(role, text):
        return 0.0                                 # A1 项目立项 is a 二级 name, never a 一级 or 三级 one
    if role in _LEVEL_ROLES:
        if is_value_cell(text):
            return 0.0
        return _NAME_FIT if is_level_word(text) or _WEIGHT_IN_NAME.search(text) or text in _NATIONAL_LEVEL2 \
            else _OTHER_WORD_AS_LEVEL_FIT
    if role in _NAME_ROLES and role != "seq":
        if is_value_cell(text):
            return 0.0
        if text in UNITS or text in PERCENT_UNITS \
                or (ROW_TABLE_PROFILES["project_name"](text) == 0.0 and not is_level_word(text)):
            return 0.0                               # a unit, an operator, a direction, a grade
        if _PROSE.search(text):
            return _NAME_FIT if role in _PHRASE_NAME_ROLES else _PROSE_AS_NAME_FIT
        if role == "level3" and (_SHORT_WORD.fullmatch(text) or text in _WORD_TARGETS):
            return _SHORT_WORD_AS_NAME_FIT             # 健全, 合理, 逐步完善: a word target more often than a name
        return _OTHER_WORD_AS_LEVEL_FIT if role == "level3" and text not in _NATIONAL_LEVEL3 \
            and (is_level_word(text) or text in _NATIONAL_LEVEL2) else _NAME_FIT
    if role == NAMED_COLUMN_ROLE:                 # a recipient's share of the target: a value or a word
        return _NAME_FIT if is_value_cell(text) else _LABEL_IN_VALUE_COLUMN_FIT
    if role in ("rate", "score", "weight") and _FRACTION_RATE.fullmatch(text):
        return _FRACTION_AS_RATE_FIT if role == "rate" else _FRACTION_AS_POINTS_FIT
    profile = ROW_TABLE_PROFILES.get(role)
    fitted = profile(text) if profile else 0.5
    if is_value_cell(text):
        return fitted
    # a label in a value column is a word (充分, 及时), never a name with its points (决策(13分)); in
    # a unit column only a unit the vocabulary knows (a short word there is more often a word target)
    if _WEIGHT_IN_NAME.search(text) or (role == "unit" and fitted < 0.9):
        return 0.0
    if role in _SENTENCE_ROLES and text in _NATIONAL_LEVEL3:
        return 0.0                                 # 立项程序规范性: the next row's name, no reason
    if role in _TEXT_ROLES and _PROSE.search(text):
        return fitted                              # a sentence: a reason, a rule
    if role in _SENTENCE_ROLES:
        return _SHORT_WORD_AS_TEXT_FIT             # a reason without punctuation: the next row's name
    if role in _VOCABULARY_ROLES:
        return fitted                              # a unit, an operator, a direction the vocabulary knows
    if is_empty_marker(text) and role in _MONEY_ROLES:
        return _PLACEHOLDER_MONEY_FIT
    return min(fitted, _LABEL_IN_VALUE_COLUMN_FIT)


def _skip_cost(roles: Sequence[str], c: int, started: bool, lead: int) -> float:
    """What leaving column ``c`` of a row empty costs: nothing for the leading name columns before
    the row's first cell (a merged cell above covers them), much once the row has started there
    (merged levels nest: a new 一级 opens a new 二级 and name), a value column's own cost otherwise."""
    if c < lead:
        return 2 * DEFAULT_SKIP_COST if started else 0.0
    return SKIP_COST.get(roles[c], DEFAULT_SKIP_COST)


def _merged_lead(roles: Sequence[str]) -> int:
    """How many columns a merged cell above may cover at a row's start: the name columns (and a flat
    table's project columns), and a level's own weight column between two levels (一级指标 | 权重 |
    二级指标 | 权重 | 三级指标: a merged level's weight is merged with it)."""
    for c, r in enumerate(roles):
        own_weight = r == "weight" and 0 < c and roles[c - 1] in _LEVEL_ROLES \
            and any(x in _NAME_ROLES for x in roles[c + 1:])
        if (r not in _NAME_ROLES | {"budget"} or r == "seq") and not own_weight:
            return c
    return len(roles)


def _code_depth_fits(role: str, text: str) -> bool:
    """A score table's coded name (``A``, ``A1``, ``A11``) stands in the level column its code's
    length names; an uncoded text fits any."""
    code = _LEVEL_CODE.match(text)
    depth = _CODE_DEPTH_ROLES.get(role)
    return code is None or depth is None or len(code.group("code")) == depth


def merge_band(values: Sequence[str], labels: Sequence[str], roles: Sequence[str],
               settings: LayoutSettings = DEFAULT_SETTINGS, last: bool = False) -> Merge:
    """The band's cells back in reading order: rows take the columns left to right, each column a
    value, a label or nothing (a dropped blank, a merged cell above), the values and the labels
    each kept in their order. The best-scoring interleaving (column fits, blank columns and rows
    cost, no score above its row's weight) wins; ``uncertain`` when a different interleaving scores
    within ``stream_order_tie_margin`` of it. In a table's ``last`` band, labels after its last row may stay outside the table
    (a report's next paragraphs), each at ``stream_order_spill_cost``."""
    if "level3" not in roles and "level2" in roles:
        # a table without a 三级 column names its indicators in its 二级 column (数量指标 | 维修养护道路里程)
        roles = tuple("level3" if r == "level2" else r for r in roles)
    n_v, n_l, n_c = len(values), len(labels), len(roles)
    floor = settings.stream_order_min_fit
    row_cost = settings.stream_order_row_cost
    neutral = settings.stream_order_neutral_fit          # a cell fitting better than this gains
    # the columns a merged cell above may cover: the names (and a flat table's project columns)
    lead = _merged_lead(roles) if roles[0] != "seq" else 0
    # level columns followed by a weight column of their own (一级指标 | 权重 | 二级指标 | 权重 | 三级指标):
    # a score table's levels named in their own words, without their points in the name
    weighed_levels = {c for c in range(n_c - 1) if roles[c] in _LEVEL_ROLES and roles[c + 1] == "weight"
                      and any(r in _NAME_ROLES for r in roles[c + 2:])}
    # a name column still to come (a results table's 项目名称 after the 序号 that follows its merged
    # 主管部门): a row opening there has not left its names blank
    names_after = [any(r in _NAME_ROLES for r in roles[c:]) for c in range(n_c)]
    # the weight a score is checked against: the last before the score (a weight column per level)
    weight_col = max((c for c, r in enumerate(roles) if r == "weight" and ("score" not in roles or c < roles.index("score"))),
                     default=roles.index("weight") if "weight" in roles else None)
    target_col = roles.index("target") if "target" in roles else None
    operator_col = roles.index("operator") if "operator" in roles else None
    # state (i, j, c, started) -> (score, previous state, kind of the cell placed: "v", "l" or "")
    best: dict[tuple[int, int, int, bool], tuple[float, tuple | None, str]] = {(0, 0, 0, False): (0.0, None, "")}
    # a level's states whose row started come first: a row's end opens the next row on the same level
    order = sorted([(i, j, c, s) for i in range(n_v + 1) for j in range(n_l + 1) for c in range(n_c + 1)
                    for s in (False, True)], key=lambda t: (t[0] + t[1], not t[3], t[2]))
    ends: list[tuple[float, tuple]] = []

    def offer(state: tuple[int, int, int, bool], score: float, back: tuple, kind: str) -> None:
        old = best.get(state)
        if old is None or score > old[0]:
            best[state] = (score, back, kind)

    def row_cell(state: tuple[int, int, int, bool], col: int) -> str | None:
        """The cell placed at column ``col`` in the row ``state`` is in, if any."""
        while state is not None and state[3]:
            _, back, kind = best[state]
            if kind and back[2] == col:
                return values[back[0]] if kind == "v" else labels[back[1]]
            state = back
        return None

    def row_weight(state: tuple[int, int, int, bool]) -> float | None:
        """The weight placed in the row ``state`` is in, if any."""
        cell = row_cell(state, weight_col) if weight_col is not None else None
        return parse_float(cell) if cell is not None and is_value_cell(cell) else None

    def level_weight(state: tuple[int, int, int, bool]) -> float | None:
        """The smallest weight of the levels placed in the row ``state`` is in, if any."""
        cells = [row_cell(state, c + 1) for c in weighed_levels]
        weights = [parse_float(cell) for cell in cells if cell is not None and is_value_cell(cell)]
        return min((w for w in weights if w is not None), default=None)

    for state in order:
        if state not in best:
            continue
        i, j, c, started = state
        score = best[state][0]
        if c == n_c:
            if started:
                if i == n_v and (j == n_l or last):
                    ends.append((score - settings.stream_order_spill_cost * (n_l - j), state))
                offer((i, j, 0, False), score - row_cost, state, "")
            continue
        role = roles[c]
        if not started and 0 < lead <= c and not names_after[c]:
            score -= 2 * DEFAULT_SKIP_COST           # a row whose name columns are all blank
        f = _fit(role, values[i]) if i < n_v else 0.0
        if role == "target" and operator_col is not None and row_cell(state, operator_col) == _QUALITATIVE:
            f = 0.0                                  # a qualitative indicator's target is a word
        if c - 1 in weighed_levels and row_cell(state, c - 1) is None:
            f = 0.0                                  # a level's weight stands beside its name, merged with it
        if i < n_v and f >= floor:
            weight = row_weight(state) if role == "score" and weight_col is not None else None
            points = parse_float(values[i])
            if role == "weight" and c - 1 not in weighed_levels:
                weight = level_weight(state)          # a leaf's weight stays within its levels' on its row
            if weight is None or points is None or points <= weight + _POINTS_TOLERANCE:
                offer((i + 1, j, c + 1, True), score + math.log(max(f, MIN_FIT) / neutral), state, "v")
        if j < n_l and role == NAMED_COLUMN_ROLE and target_col is not None:
            f = _NAME_FIT if row_cell(state, target_col) == labels[j] else 0.0   # the row's word target
        else:
            f = _fit(role, labels[j]) if j < n_l else 0.0
            if c in weighed_levels and f > 0.0:
                f = max(f, _NAME_FIT)                # a level with a weight column of its own: any name
        if j < n_l and f >= floor:
            offer((i, j + 1, c + 1, True), score + math.log(max(f, MIN_FIT) / neutral), state, "l")
        skip = _skip_cost(roles, c, started, lead)
        if i == j == 0 and c in weighed_levels:
            skip = DEFAULT_SKIP_COST                  # a band opens with its merged levels (and their weights)
        offer((i, j, c + 1, started), best[state][0] - skip, state, "")
    if not ends:
        return Merge(list(labels[:1]) + list(values) + list(labels[1:]), True, fitted=False)
    ends.sort(key=lambda t: -t[0])
    kinds = _kinds(best, ends[0][1])
    uncertain = any(ends[0][0] - s < settings.stream_order_tie_margin and _kinds(best, st) != kinds
                    for s, st in ends[1:])
    out, vi, li = [], iter(values), iter(labels)
    for kind in kinds:
        out.append(next(vi) if kind == "v" else next(li))
    spilled = list(li)
    return Merge(out + spilled, uncertain, score=ends[0][0], spilled=len(spilled))


def _kinds(best: Mapping[tuple, tuple[float, tuple | None, str]], state: tuple) -> list[str]:
    kinds: list[str] = []
    while state is not None:
        _, back, kind = best[state]
        if kind:
            kinds.append(kind)
        state = back
    return kinds[::-1]


@dataclass(frozen=True)
class StreamOrderText:
    """The text's lines back in reading order, and the notes of bands the evidence left open."""

    lines: list[str]
    notes: list[str]


def is_stream_order(texts: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """Content-order text: a table header with a run of values right after it (a row's values drawn
    before the row's name), or a row's amounts before its money lines' labels (6,229,239 | 6,229,239 |
    项目总预算（元）： | 项目当年预算（元）：: reading order puts each amount after its label)."""
    return any(_led_header(texts, k, settings) is not None for k in range(len(texts))) \
        or any(_money_led_labels(texts, k) for k in range(len(texts)))


def _money_led_labels(texts: Sequence[str], k: int) -> bool:
    """Whether a run of two values or more starts at ``k`` with as many money lines' labels after it."""
    run = _value_run(texts, k, 1)
    return run > 1 and (k == 0 or not is_value_cell(texts[k - 1])) and _money_line_labels(texts, k + run, run)


def _led_header(texts: Sequence[str], k: int, settings: LayoutSettings, values_before: bool | None = None,
                in_stream_order: bool = False) -> Header | None:
    """A header at ``k`` whose body opens with values: after it, or before it and the labels that
    lead it (a merged cell spanning the header row). ``values_before`` asks for one of the two.
    In text known to be in content order (``in_stream_order``), a header whose rows open with a name
    column is a table's wherever its first values stand (its first rows drawn all in words: 坐席人员数 |
    ≥371(人), a target with its unit in brackets drawn with the labels)."""
    if not _opens_header(texts, k, settings):
        return None                       # not the header's first cell
    header = header_at(texts, k, settings)
    if header is None:
        return None
    if in_stream_order and values_before is not True and header.roles[0] in _NAME_ROLES - {"seq"}:
        return header
    # values right after a header whose rows open with a name column: the rows' values came first
    # (a name column other than 序号 never holds a value: one value after its header is enough;
    # after a header of value columns a row of values is reading order: 预算数 | 执行数 / 100 | 90)
    if values_before is not True and header.roles[0] in _NAME_ROLES:
        needed = settings.stream_order_min_led_values if header.roles[0] == "seq" else 1
        if _value_run(texts, header.end, 1) >= needed:
            return header
        if header.roles[0] != "seq" and _word_row_then_values(texts, header, settings):
            return header
    if values_before is False:
        return None
    # values right before the header and the labels that lead it (a merged cell spanning the header
    # row and the rows: 项目资金 | 年初预算数 | …, 绩效指标(90分) | 一级指标 | …), and after the header
    # at least as many labels as the header names columns before any value: the band's values came
    # before the header. (Reading order puts a row's values among its labels: 决策 | 15 | 13.5.)
    before = max(_value_run(texts, k - 1 - lead, -1) for lead in range(settings.stream_order_max_header_lead + 1))
    labels_after = 0
    while header.end + labels_after < len(texts) and not is_value_cell(texts[header.end + labels_after]):
        labels_after += 1
    if before >= settings.stream_order_min_led_values and labels_after >= len(header.roles):
        return header
    return None


def _opens_header(texts: Sequence[str], k: int, settings: LayoutSettings) -> bool:
    """Whether cell ``k`` is where a header starts rather than a cell inside one: no header starts at
    ``k - 1``, or the headers read one after another from the earliest one reaching ``k`` end right at
    it (a budget block's 年初预算数 … 得分(20分*执行率) right before the indicator table's 年度绩效目标(80分)
    | 一级指标 …: its last cell 得分 also opens a longer run of the indicator vocabulary)."""
    if k == 0 or header_at(texts, k - 1, settings) is None:
        return True
    earliest = k - 1
    j = k - 2
    while j >= 0 and any(_column_role(texts[j], vocabulary) for vocabulary in _TABLE_VOCABULARIES):
        if (header := header_at(texts, j, settings)) is not None and header.end >= k:
            earliest = j              # a header cell each, back to the run's first
        j -= 1
    at = earliest
    while at < k and (header := header_at(texts, at, settings)) is not None:
        at = header.end
    return at == k


def _word_row_then_values(texts: Sequence[str], header: Header, settings: LayoutSettings) -> bool:
    """Whether the body after ``header`` opens with a whole row of words ending in a word target
    (预算编制合理性 | 合理: a first row drawn in one band of its own) and the next row's values right
    after it: reading order puts a row's name before its values, so a value there opens a row drawn
    values first. (A row ending in a name before a value is reading order: 绩效指标 | 产出指标 | 数量指标
    | 工单受理率 | =100%, a merged caption column the header leaves unnamed.)"""
    n = 0
    while header.end + n < len(texts) and not is_value_cell(texts[header.end + n]) \
            and not _ends_table(texts, header.end + n, settings):
        n += 1
    last = texts[header.end + n - 1] if n else ""
    return n == len(header.roles) and (last in _WORD_TARGETS or bool(_SHORT_WORD.fullmatch(last))) \
        and _value_run(texts, header.end + n, 1) > 0 \
        and header.end + n + 1 < len(texts) and not is_value_cell(texts[header.end + n + 1])


def restore_stream_order(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS,
                         ) -> StreamOrderText | None:
    """One-cell-per-line text in PDF content order → its cells in reading order; None when the text
    is not that shape (a column gap on its lines, or no table whose body opens with values)."""
    texts = [line.strip() for line in lines if line.strip()]
    gaps = sum(1 for t in texts if _COLUMN_GAP.search(t))
    if not texts or gaps / len(texts) > settings.content_order_max_gap_share \
            or is_cell_per_paragraph(lines, settings) \
            or touching_share(lines) < settings.cell_per_paragraph_max_touching:
        return None                      # columns kept, or cells parted by empty lines (paragraphs)
    if not is_stream_order(texts, settings):
        return None
    texts = [t for t in texts if not is_empty_slot(t)]   # a template's unfilled slot: no cell, no row
    out: list[str] = []
    notes: list[str] = []
    k = 0
    while k < len(texts):
        if (found := _table_ahead(texts, k, settings)) is not None:
            header, lead = found
            out.extend(texts[k + lead:header.start])      # the merged cell leading the header row
            k = _table(texts, header, texts[k:k + lead], out, notes, settings)
        else:
            k = _plain_band(texts, k, out, settings)
    return StreamOrderText(out, notes)


def _table_ahead(texts: Sequence[str], k: int, settings: LayoutSettings) -> tuple[Header, int] | None:
    """(header, values before it) of a table starting at ``k``: its header, or a run of values then
    the header (at most one label between them: the merged cell spanning the header row too)."""
    run = _value_run(texts, k, 1)
    if run and run < settings.stream_order_min_led_values:
        return None
    for between in range(settings.stream_order_max_header_lead + 1 if run else 1):
        at = k + run + between
        if between and (at - 1 >= len(texts) or any(is_value_cell(t) or is_field_label(t) for t in texts[k + run:at])):
            continue
        if at < len(texts) and (header := _led_header(texts, at, settings, values_before=run > 0,
                                                      in_stream_order=True)) is not None:
            return header, run
    return None


def _plain_band(texts: Sequence[str], k: int, out: list[str], settings: LayoutSettings) -> int:
    """Outside a table (no header names its columns), a run of values before its labels (up to the
    next value or a table's end): a total-led header of as many names takes them (资金金额(万元) |
    合计 | 宁德市 …); one value goes after the run's last known word (部门(单位)名称 | 石鼓区农业农村局 |
    部门预算编码 | 952527), a word field's label (年度总体目标: its value is the sentence after it) and a
    level's name (效果目标: it opens rows) not counted, after a caption merged over a money table's
    rows the row's name (项目当年投入资金构成 | 应交税费 | 8940000); as many money lines' labels as
    values take one each (项目总预算（元）： | 6,229,239 | 项目当年预算（元）： …), under a caption merged
    down them too (项目资金（万元） | 年度资金总额 | 22147.00 …); a few more labels than values are key/value rows, one value after each
    of the last labels (年度预算申请 | 资金总额 2626.12 | 基本支出 1199.81 …); otherwise the values go
    after the first label (项目资金 | 2735.10 | 2668.63 | 97.57%). One value's labels run on past a
    field's or a money line's label (资金情况(万元) | 年度资金总额: after 654.93)."""
    run = _value_run(texts, k, 1)
    after = k + run
    if _money_led_labels(texts, k):    # 项目总预算（元）： | 项目当年预算（元）： over a row's amounts
        out.extend(_interleaved(texts[after:after + run], texts[k:after]))
        return after + run
    if run == 0 or after >= len(texts) or (_ends_table(texts, after, settings)
                                           and texts[after].rstrip(":：") not in _FORM_FIELD_LABELS):
        out.extend(texts[k:k + max(run, 1)])
        return k + max(run, 1)
    values = list(texts[k:after])
    if run > 1 and not _is_money_line_label(texts[after]) and not is_level_word(texts[after]) \
            and _money_line_labels(texts, after + 1, run):
        # a caption merged down money lines over their amounts (项目资金（万元） | 年度资金总额 |
        # 其中：财政拨款 | 其他资金, drawn amounts first): one amount after each line's label
        out.append(texts[after])
        out.extend(_interleaved(texts[after + 1:after + 1 + run], values))
        return after + 1 + run
    lead = _total_led_names(texts, after, run, settings)
    if lead is not None:                 # 资金金额(万元) | 合计 | 宁德市 … over one amount each
        out.extend(texts[after:after + lead + run])
        out.extend(values)
        return after + lead + run
    end = after + 1
    while end < len(texts) and not is_value_cell(texts[end]) and _table_ahead(texts, end, settings) is None \
            and (not _ends_table(texts, end, settings)       # one value: a field's, its label may follow
                 or (run == 1 and texts[end].rstrip(":：") in _FORM_FIELD_LABELS | _MONEY_LINE_LABELS)):
        end += 1
    labels = list(texts[after:end])
    known = [n for n, label in enumerate(labels) if is_known_word(label) and label not in _TEXT_FIELD_LABELS
             and not is_level_word(label)]     # a level's name (效果目标) opens rows, it takes no value
    if run == 1 and len(labels) > 1 and _is_row_label_caption(labels[0]):
        known = [1]                      # 项目当年投入资金构成 | 12345热线基本运行经费 | 19030000: the row's name's
    if run == 1 and known:
        cut = known[-1] + 1
        out.extend(labels[:cut] + values + labels[cut:])
    elif run < len(labels) < 2 * run:
        paired = len(labels) - run
        out.extend(labels[:paired])
        out.extend(_interleaved(labels[paired:], values))
    else:
        out.extend(labels[:1] + values + labels[1:])
    return end


def _interleaved(labels: Sequence[str], values: Sequence[str]) -> list[str]:
    """Each label followed by its value (label, value, label, value …), as many pairs as both have."""
    return [cell for pair in zip(labels, values) for cell in pair]


def _is_row_label_caption(text: str) -> bool:
    """A caption merged over a money table's rows (项目当年投入 资金构成): it names no amount of its own."""
    return any(word in re.sub(r"\s+", "", text) for word in COMPONENT_TABLE_WORDS)


def _is_money_line_label(text: str) -> bool:
    """A money line's label, with or without its colon and unit bracket (``项目总预算（元）：``)."""
    return fold_key(_MONEY_UNIT_BRACKET.sub("", text.rstrip(":："))) in _MONEY_LINE_KEYS


def _money_line_labels(texts: Sequence[str], at: int, count: int) -> bool:
    """Whether ``count`` money lines' labels stand from ``at`` (a row of label | amount | label |
    amount drawn amounts first: 6,229,239 | 6,229,239 | 项目总预算（元）： | 项目当年预算（元）：)."""
    labels = texts[at:at + count]
    return len(labels) == count and all(_is_money_line_label(t) for t in labels)


def _total_led_names(texts: Sequence[str], at: int, count: int, settings: LayoutSettings) -> int | None:
    """How many labels (0 or 1: a caption) lead a total-led header of exactly ``count`` names from
    ``at`` (合计 | 宁德市 | 南平市 …, the columns of the ``count`` values drawn before them); None when
    no such header stands there."""
    for lead in range(2):
        start = at + lead
        if start >= len(texts) or texts[start] not in TABLE_TOTAL_WORDS:
            continue
        names = texts[start:start + count]
        if len(names) == count and not any(is_value_cell(t) or _ends_table(texts, start + n, settings)
                                           for n, t in enumerate(names)) \
                and all(len(t) <= settings.wide_column_name_max_length for t in names):
            return lead
    return None


def _sentence_in_band(texts: Sequence[str], k: int, values: Sequence[str], labels: Sequence[str],
                      roles: Sequence[str], settings: LayoutSettings) -> bool:
    """Whether the sentence at ``k`` (``…确保不让一个学生因家庭经济困难而失学。``) is a cell of the band
    being read, not the paragraph after the table: the header has a column of sentences (a flat
    table's 年度目标, a reason), and the table goes on after it (a level word: 产出指标; labels, then
    the next band's values; the labels between may hold more such sentences, the reasons of the
    band's other rows) or the band's values fit no row without it."""
    if not texts[k].endswith(_SENTENCE_ENDS) or not _SENTENCE_COLUMNS & set(roles):
        return False
    if k + 1 < len(texts) and _LEVEL_ROLES & set(roles) and is_level_word(texts[k + 1]):
        return True
    after = k + 1
    while after < len(texts) and not is_value_cell(texts[after]) \
            and (not _ends_table(texts, after, settings) or _only_a_sentence(texts, after, settings)):
        after += 1
    if after > k + 1 and after < len(texts) and is_value_cell(texts[after]):
        return True
    return not merge_band(values, labels, roles, settings, last=True).fitted


def _only_a_sentence(texts: Sequence[str], k: int, settings: LayoutSettings) -> bool:
    """Cell ``k`` ends the table only for being a sentence (no label, furniture, trailer or header)."""
    return texts[k].endswith(_SENTENCE_ENDS) and not _ends_table([*texts[:k], "", *texts[k + 1:]], k, settings)


def _row_label_before_header(texts: Sequence[str], k: int, values: Sequence[str], labels: Sequence[str],
                             roles: Sequence[str], settings: LayoutSettings) -> bool:
    """Whether the label at ``k``, right before the next table's header (its caption by place), is the
    band's last cell: a word (no sentence, field label, furniture or trailer) whose place in the band
    scores at least ``stream_order_row_label_gain`` above the band without it (it fills a name the
    band's last row had left blank: a duty table's 基本支出 row before the indicator table's 一级指标)."""
    text = texts[k]
    if not values or is_value_cell(text) or k + 1 >= len(texts) or header_at(texts, k + 1, settings) is None \
            or header_at(texts, k, settings) is not None or is_field_label(text) or is_page_furniture(text) \
            or text.endswith(_SENTENCE_ENDS) or text.startswith(_TABLE_TRAILERS) \
            or text.rstrip(":：") in _FORM_FIELD_LABELS:
        return False
    with_it = merge_band(values, [*labels, text], roles, settings, last=True)
    without = merge_band(values, labels, roles, settings, last=True)
    return with_it.fitted and with_it.spilled == 0 \
        and with_it.score >= without.score + settings.stream_order_row_label_gain


def _table(texts: Sequence[str], header: Header, first_values: Sequence[str], out: list[str],
           notes: list[str], settings: LayoutSettings) -> int:
    """Write one table's header and bands in reading order; returns where its body ends."""
    roles = header.roles if header.roles[0] in _NAME_ROLES else (_ROW_LABEL_ROLE,) + header.roles
    out.extend(texts[header.start:header.end])
    k = header.end
    values = list(first_values)
    bands: list[tuple[list[str], list[str], bool]] = []
    while k < len(texts) and not _ends_table(texts, k, settings) \
            and (k == header.end or _table_ahead(texts, k, settings) is None):   # the next table's band
        run = _value_run(texts, k, 1)
        values += texts[k:k + run]
        k += run
        labels: list[str] = []
        # the goal caption after a band's labels opens the goal field (湖北: 合计 … | 绩效目标 | 以…为目标);
        # first in a band it is the merged cell over an indicator table's rows; in a table with a
        # 二级 column it is a level's name (a score table's 决策 | 项目立项 … | 绩效目标 | 绩效目标合理性)
        while k < len(texts) and not is_value_cell(texts[k]) \
                and not (labels and texts[k] == GOAL_CAPTION and "level2" not in roles) \
                and (not _ends_table(texts, k, settings) or _sentence_in_band(texts, k, values, labels, roles, settings)
                     or _row_label_before_header(texts, k, values, labels, roles, settings)):
            labels.append(texts[k])
            k += 1
        if values and not labels and k < len(texts) and texts[k].rstrip(":：") in _TOTAL_SCORE_LABELS:
            labels.append(texts[k])      # 99.98 | 自评总分: the total's row, its score drawn first
            k += 1
        last = k >= len(texts) or not is_value_cell(texts[k])
        bands.append((values, labels, last))
        values = []
    for (band_values, labels, _), merge in zip(bands, _table_merges(bands, roles, settings)):
        out.extend(merge.cells)
        if merge.uncertain:
            notes.append(f"{ROW_SPLIT_UNCERTAIN}\tPDF content order: two placements of a band's values "
                         f"beside its labels fit (almost) equally well; the better kept\t{' '.join(band_values + labels)}")
    out.extend(values)
    return k


#: A self-evaluation's result columns (完成值, 得分): a form filed before it was scored leaves them
#: blank in every row, its weights carried over from its target form (``= 5 个 12``).
_RESULT_ROLES = ("actual", "score")


def _table_merges(bands: Sequence[tuple[list[str], list[str], bool]], roles: Sequence[str],
                  settings: LayoutSettings) -> list[Merge]:
    """Each band (values, labels, whether it is the table's last) back in reading order. A table
    under result columns (完成值 and 得分) is also read with them blank in every row, as a form filed
    before it was scored prints it: that is one fact of the form, charged once for the table (a
    blank 完成值 and 得分 of one row) rather than on every row; the better-scoring reading of the
    whole table is kept."""
    merges = [merge_band(values, labels, roles, settings, last) for values, labels, last in bands]
    if not all(r in roles for r in _RESULT_ROLES) or not any(values for values, _, _ in bands):
        return merges
    without_results = tuple(r for r in roles if r not in _RESULT_ROLES)
    unfilled = [merge_band(values, labels, without_results, settings, last) for values, labels, last in bands]
    once = sum(SKIP_COST.get(r, DEFAULT_SKIP_COST) for r in _RESULT_ROLES)
    if all(m.fitted for m in unfilled) and sum(m.score for m in unfilled) - once > sum(m.score for m in merges):
        return unfilled
    return merges
