"""Indicator targets as written (``≥90%``, ``=100.00(%)``, ``95%以上``, ``及时``,
``一级故障≤90 分钟，二级故障≤180 分钟``) → operator, value, unit, qualitative, conditions. Pure.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import regex as re

from jixiao.normalize.numbers import (CHINESE_NUMBER_CHARS, NUMBER_PATTERN, float32_typed_text,
                                      parse_chinese_number)
from jixiao.normalize.text import alternation, clean_text, strip_converter_markup
from jixiao.normalize.vocabulary import (
    BASE_MONEY_UNIT,
    EMPTY_MARKERS,
    FRACTION_WORDS,
    IMPLICIT_OPERATOR_WORDS,
    MAGNITUDE_WORDS,
    MONEY_UNITS,
    OPERATOR_PREFIXES,
    OPERATOR_SUFFIXES,
    DEADLINE_OPERATOR,
    DEADLINE_SUFFIX_PATTERN,
    PERCENT_UNITS,
    RANGE_SEPARATOR_CHARS,
    UNITS,
)


@dataclass(frozen=True)
class Condition:
    """One clause of a target: ``一级故障≤90 分钟`` → (一级故障, <=, 90.0, 分钟)."""

    label: str | None
    operator: str
    value: float
    unit: str | None


@dataclass(frozen=True)
class ParsedTarget:
    """A target as the contract stores it. For a compound target the single-value fields are None."""

    operator: str | None = None
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    qualitative: str | None = None
    conditions: tuple[Condition, ...] = field(default_factory=tuple)

    @property
    def is_empty(self) -> bool:
        return self.operator is None and self.qualitative is None and not self.conditions


_PREFIX_OPS = alternation(list(OPERATOR_PREFIXES))
#: Explicit comparisons only (no 约/等于): what marks a target inside running text.
OPERATOR_SYMBOL_PATTERN = alternation(
    [w for w in OPERATOR_PREFIXES if w not in IMPLICIT_OPERATOR_WORDS] + ["="])
_SUFFIX_OPS = alternation(list(OPERATOR_SUFFIXES))
_BASE_UNITS = alternation(list(UNITS) + list(PERCENT_UNITS))
#: A unit, or a rate (``次/日``, ``克/平方米``, ``元/人·月``): any known unit over one or two others.
#: The ``·`` part may follow a unit that is itself a rate (``元/人`` is in the vocabulary).
_UNIT_WORDS = rf"(?:{_BASE_UNITS})(?:/(?:{_BASE_UNITS}))?(?:·(?:{_BASE_UNITS}))?"
_FRACTIONS = alternation(list(FRACTION_WORDS))
_MAGNITUDES = alternation(list(MAGNITUDE_WORDS))
_NUM = rf"(?:{NUMBER_PATTERN})"

# label, operator, number (or 千分之+Chinese numeral), magnitude, unit (bare or bracketed), range end,
# operator suffix. Everything is matched on a blank-free, NFKC-folded copy of the clause.
_CLAUSE = re.compile(
    rf"""
    ^(?P<label>.*?)
    (?P<op>{_PREFIX_OPS})?
    (?:
        (?P<fraction>{_FRACTIONS})(?P<fraction_value>{_NUM}|[{CHINESE_NUMBER_CHARS}]+)
      |
        (?P<num>{_NUM})(?P<mag>{_MAGNITUDES})?
        (?:\((?P<unit_bracket1>{_UNIT_WORDS})\)|(?P<unit1>{_UNIT_WORDS}))?
        (?:[{RANGE_SEPARATOR_CHARS}](?P<num_max>{_NUM})(?P<mag_max>{_MAGNITUDES})?)?
    )
    (?:\((?P<unit_bracket>{_UNIT_WORDS})\)|(?P<unit>{_UNIT_WORDS}))?
    (?P<suffix>{_SUFFIX_OPS})?
    (?P<rest>.*)$
    """,
    re.VERBOSE,
)
_DEADLINE = re.compile(DEADLINE_SUFFIX_PATTERN)
_CLAUSE_SEPARATORS = re.compile(r"[，,；;。]|、(?=\D*\d)")
_DIGIT = re.compile(r"\d")
_BRACKETED = re.compile(r"[(（][^)）]*[)）]")
_LEADING_PUNCT = re.compile(r"^[：:，,、；;\s]+|[：:，,、；;\s]+$")
_WORD_OPERATOR_ONLY = re.compile(rf"^(?:{_PREFIX_OPS})$")


def _fold(text: str) -> str:
    """NFKC (full-width → half-width), digits of any script as ASCII digits, blanks removed: the
    matching copy."""
    out = unicodedata.normalize("NFKC", text)
    out = _OTHER_DIGIT.sub(_ascii_digit, out)
    return _BLANKS.sub("", out)


_BLANKS = re.compile(r"\s+")
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _ascii_digit(match: re.Match[str]) -> str:
    """A digit of another script as its ASCII digit; one this Python's Unicode tables do not know
    (newer than its Unicode version) as ``?``, so the text stays unparsed rather than misread."""
    value = unicodedata.decimal(match.group(), None)
    return "?" if value is None else str(value)


def _unit_and_factor(unit: str | None) -> tuple[str | None, float]:
    if unit is None:
        return None, 1.0
    if unit in PERCENT_UNITS:
        return "%", PERCENT_UNITS[unit]
    return unit, 1.0


def _parse_clause(clause: str, default_operator: str = "=") -> tuple[Condition | None, str]:
    """One clause → (its condition, or None when it holds no number; the clause's label text)."""
    m = _CLAUSE.match(clause)
    if not m or not (m.group("num") or m.group("fraction")):
        return None, clause
    rest = m.group("rest") or ""
    if _DIGIT.search(rest) or len(_BRACKETED.sub("", rest)) > 4:
        # more numbers after the value: a date (2019年12月) or a sentence, not one target value
        return None, clause
    label = _LEADING_PUNCT.sub("", m.group("label") or "") or None
    operator = OPERATOR_PREFIXES.get(m.group("op") or "", None)
    if operator is None and label:
        # an operator word opening the clause: 至少全年完成2次 → >= 2 次
        lead = re.match(rf"^(?:{_PREFIX_OPS})", label)
        if lead and len(lead.group(0)) > 1:
            operator = OPERATOR_PREFIXES[lead.group(0)]
    if m.group("suffix"):
        operator = operator or OPERATOR_SUFFIXES[m.group("suffix")]
    elif operator is None and _DEADLINE.match(rest):        # 9月前: by September
        operator = DEADLINE_OPERATOR
    if m.group("fraction"):
        raw = m.group("fraction_value")
        number = parse_chinese_number(raw) if not _DIGIT.search(raw) else float(raw)
        if number is None:
            return None, clause
        unit = m.group("unit_bracket") or m.group("unit")
        value = number * FRACTION_WORDS[m.group("fraction")]
        return Condition(label, operator or default_operator, round(value, 10), "%" if unit is None else unit), clause
    value = float(float32_typed_text(m.group("num")))
    if m.group("mag"):
        value *= MAGNITUDE_WORDS[m.group("mag")]
    unit_text = (m.group("unit_bracket1") or m.group("unit1") or m.group("unit_bracket")
                 or m.group("unit"))
    unit, factor = _unit_and_factor(unit_text)
    value *= factor
    if m.group("num_max"):
        value_max = float(m.group("num_max").replace(",", "")) * factor
        if m.group("mag_max"):
            value_max *= MAGNITUDE_WORDS[m.group("mag_max")]
        # a range is two conditions; the caller turns them into operator 'range'
        return Condition(label, "range", round(value, 10), unit), f"{value_max!r}"
    # 万元 keeps the money unit word out: fold 万 into the value, the unit is 元
    if unit in MONEY_UNITS and unit != BASE_MONEY_UNIT:
        unit, value = BASE_MONEY_UNIT, value * MONEY_UNITS[unit]
    return Condition(label, operator or default_operator, round(value, 10), unit), clause


def parse_target_value(text: str | None, default_operator: str = "=") -> ParsedTarget:
    """Parse one target cell. A number without an operator compares with ``default_operator``
    (``=``, or what the row states elsewhere, such as 达到目标值 in an 指标说明 column).

    >>> parse_target_value('≥90.00(%)')
    ParsedTarget(operator='>=', value=90.0, value_max=None, unit='%', qualitative=None, conditions=(Condition(label=None, operator='>=', value=90.0, unit='%'),))
    >>> parse_target_value('及时').qualitative
    '及时'
    """
    if text is None:
        return ParsedTarget()
    written = clean_text(strip_converter_markup(text))
    if written is None or written in EMPTY_MARKERS:
        return ParsedTarget()
    folded = _fold(written)
    clauses = [c for c in _CLAUSE_SEPARATORS.split(folded) if c.strip()]
    conditions: list[Condition] = []
    range_max: float | None = None
    for clause in clauses:
        condition, extra = _parse_clause(clause, default_operator)
        if condition is None:
            continue
        if condition.operator == "range":
            range_max = float(extra)
        conditions.append(condition)
    if not conditions:
        return ParsedTarget(qualitative=written)
    if len(conditions) == 1:
        c = conditions[0]
        if c.operator == "range":
            low = Condition(c.label, ">=", c.value, c.unit)
            high = Condition(c.label, "<=", round(range_max or 0.0, 10), c.unit)
            return ParsedTarget("range", c.value, round(range_max or 0.0, 10), c.unit, None, (low, high))
        return ParsedTarget(c.operator, c.value, None, c.unit, None, (c,))
    expanded: list[Condition] = []
    for c in conditions:
        expanded.append(Condition(c.label, ">=" if c.operator == "range" else c.operator, c.value, c.unit))
    return ParsedTarget(conditions=tuple(expanded))


_TRAILING_PUNCTUATION = re.compile(r"[；;。，,\s]+$")
_TRAILING_TARGET = re.compile(
    rf"(?:[：:]\s*|\s+|(?<=\p{{Han}}))(?P<target>(?:{_PREFIX_OPS})?\s*{_NUM}\s*(?:{_MAGNITUDES})?\s*"
    rf"(?:\((?:{_UNIT_WORDS})\)|（(?:{_UNIT_WORDS})）|(?:{_UNIT_WORDS}))?\s*(?:{_SUFFIX_OPS})?)$")
_TRAILING_COLON = re.compile(r"[：:]$")
_TRAILING_COLONS = re.compile(r"[：:\s]+$")


def split_name_and_target(text: str) -> tuple[str, str | None]:
    """Split ``'12345市民热线工单按时办结率 90%以上；'`` into the indicator's name and its target text
    (``'90%以上'``); a text without a trailing target value → (text, None).

    The target is the last operator/number/unit run at the end of the text; a ``：`` or a blank
    before it separates it from the name.
    """
    t = clean_text(strip_converter_markup(text)) or ""
    t = _TRAILING_PUNCTUATION.sub("", t)
    m = _TRAILING_TARGET.search(t)
    if not m or not m.group("target").strip():
        return _TRAILING_COLON.sub("", t), None
    name = _TRAILING_COLONS.sub("", t[: m.start("target")]).strip()
    if not name:
        return t, None
    return clean_text(name) or name, m.group("target").strip()


def is_operator_only(text: str) -> bool:
    """True for a cell holding just an operator (``≥``, ``=``): a separate 指标性质 column."""
    return bool(_WORD_OPERATOR_ONLY.match(_fold(text)))
