"""Rows whose cells were run together with no separator (text family F8, an Excel or PDF row
flattened: ``产出数量指标享受资助人数达到预计值210010``), split by the table's column order and
the shape each column's values take.

A header run together (``评价指标评价内容指标名称指标说明目标值分值备注``) is cut into the column words
of a vocabulary. A row is parsed against the header's roles in order: level cells are level
words, a weight is a number from 1 to 100, a target is an operator + number + unit, an 指标说明
is one of the known phrases, the name takes the rest. Every parse that fits is kept, best first
(the one that fills most columns); when several fit equally, the caller decides with the table's
own totals (the weights must add up to 总分) or keeps the row's text and says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Mapping

import regex as re

from jixiao.extract.layout.columns import header_key
from jixiao.normalize.numbers import parse_decimal
from jixiao.normalize.text import alternation
from jixiao.normalize.vocabulary import (
    OPERATOR_KIND_WORDS,
    OPERATOR_SYMBOLS,
    WEIGHT_IN_LABEL_PATTERN,
    EXPLANATION_OPERATORS,
    EXPLANATION_PREFIXES,
    EXPLANATION_SUFFIXES,
    LEVEL1_NOTED_PATTERN,
    LEVEL1_WORDS,
    LEVEL2_WORDS,
    MAGNITUDE_WORDS,
    OPERATOR_PREFIXES,
    OPERATOR_SUFFIXES,
    PERCENT_UNITS,
    QUALITATIVE_RESULT_WORDS,
    QUALITATIVE_TARGET_WORDS,
    UNITS,
)

#: More parses than this for one row are not explored (a row of free text has many).
MAX_PARSES = 12


_OPS = alternation(OPERATOR_PREFIXES)
_SUFFIX = alternation(OPERATOR_SUFFIXES)
_UNIT = alternation(list(UNITS) + list(PERCENT_UNITS))
_MAG = alternation(MAGNITUDE_WORDS)
_NUM = r"(?:0|[1-9]\d*)(?:\.\d+)?"
_WEIGHTED = rf"\p{{Han}}{{2,12}}{WEIGHT_IN_LABEL_PATTERN}"

#: What a cell of each role may be, when nothing separates it from its neighbours.
ROLE_PATTERNS: dict[str, str] = {
    "level1": rf"(?:{alternation(LEVEL1_WORDS)}|{_WEIGHTED}|{LEVEL1_NOTED_PATTERN})",
    "level2": rf"(?:{alternation(LEVEL2_WORDS)}|{_WEIGHTED}|\p{{Han}}{{1,8}}指标)",
    "level3": r".+",
    "operator": rf"(?:{_OPS}|{alternation(OPERATOR_KIND_WORDS)})",
    "target": rf"(?:(?:{_OPS})?{_NUM}(?:{_MAG})?(?:{_UNIT})?(?:{_SUFFIX})?)",
    "actual": rf"(?:(?:{_OPS})?{_NUM}(?:{_MAG})?(?:{_UNIT})?)",
    "unit": rf"(?:{_UNIT})",
    "weight": r"(?:100|[1-9]\d?|\d{1,2}\.\d+)(?:\.0+)?",
    "score": r"(?:100|\d{1,2})(?:\.\d+)?",
    "explanation": rf"(?:{alternation(EXPLANATION_OPERATORS)}|反映\D{{1,40}}?情况)",
}
#: Roles whose cell may hold any text (a 备注, an 评分标准): they never hold digits here.
_FREE_TEXT = r"\D+"
#: The free-text role a row always has (the name).
_NAME_ROLE = "level3"
_LEVEL_ROLES = ("level1", "level2")
_DIGIT_END = re.compile(rf"(?:[\d.]|{alternation(OPERATOR_SYMBOLS)})$")
_DIGIT_START = re.compile(r"^[\d.]")
#: A text cell ending in a number and its unit (``发放率100%``) before another number swallowed a target.
_MEASURE_END = re.compile(rf"\d(?:{_UNIT})$")
_NUMERIC_ROLES = frozenset({"target", "actual", "weight", "score"})


#: A target cell that is a number (``ROLE_PATTERNS``) or a word target (``有效改善``, ``合理``).
_WORD_TARGET = re.compile(rf"(?:{ROLE_PATTERNS['target']}|{alternation(QUALITATIVE_TARGET_WORDS + QUALITATIVE_RESULT_WORDS)})")


@lru_cache(maxsize=64)
def _compiled(role: str) -> re.Pattern[str]:
    return re.compile(ROLE_PATTERNS.get(role, _FREE_TEXT))


def split_glued_header(text: str, vocabulary: Mapping[str, tuple[str, ...]]) -> list[str] | None:
    """``评价指标评价内容指标名称…`` → the roles of its column words, in order, when the whole text
    is column words of ``vocabulary`` (longest word first at each position); else None."""
    words = glued_header_words(text, vocabulary)
    return [role for _, role in words] if words is not None else None


def glued_header_words(text: str, vocabulary: Mapping[str, tuple[str, ...]]) -> list[tuple[str, str]] | None:
    """``评价指标评价内容指标名称…`` → its column words (as matched: folded) with their roles, in order,
    when the whole text is column words of ``vocabulary``; else None."""
    key = header_key(text)
    if not key or re.search(r"\s", text.strip()):
        return None
    words = sorted(((header_key(w), role) for role, ws in vocabulary.items() for w in ws),
                   key=lambda x: len(x[0]), reverse=True)
    spellings = {w for w, _ in words if w}
    # a word that is two column words glued (执行率得分 = 执行率 + 得分) is read as the two: glued, the
    # header cannot tell them apart, and two columns side by side are the common case
    words = [(w, r) for w, r in words if not any(w[:n] in spellings and w[n:] in spellings for n in range(1, len(w)))]
    found: list[tuple[str, str]] = []
    pos = 0
    while pos < len(key):
        hit = next(((w, r) for w, r in words if w and key.startswith(w, pos)), None)
        if hit is None:
            return None
        found.append(hit)
        pos += len(hit[0])
    return found


@dataclass(frozen=True)
class GluedParse:
    cells: dict[str, str]          # role -> text; roles left empty are absent

    @property
    def filled(self) -> int:
        return len(self.cells)


def parse_glued_row(text: str, roles: list[str], required: frozenset[str] = frozenset({"level3"}),
                    word_targets: bool = False) -> list[GluedParse]:
    """Every way ``text`` splits into ``roles`` in order (each role empty or fitting its pattern,
    the ``required`` ones filled), best first (see ``_rank``); with ``word_targets`` a target may
    also be a word target of the vocabulary (``有效改善``, ``合理``)."""
    text = text.strip()
    parses: list[dict[str, str]] = []

    def walk(k: int, pos: int, taken: dict[str, str]) -> None:
        if len(parses) >= MAX_PARSES * 4:
            return
        if k == len(roles):
            if pos == len(text):
                parses.append(dict(taken))
            return
        role = roles[k]
        if role not in required:
            walk(k + 1, pos, taken)                        # the cell is empty
        pattern = _WORD_TARGET if word_targets and role == "target" else _compiled(role)
        for end in range(len(text), pos, -1):
            if pattern.fullmatch(text, pos, end) and not _cuts_a_number(text, end, role):
                taken[role] = text[pos:end]
                walk(k + 1, end, taken)
                del taken[role]

    walk(0, 0, {})
    return [GluedParse(p) for p in sorted(parses, key=_rank)[:MAX_PARSES]]


def _cuts_a_number(text: str, end: int, role: str) -> bool:
    """A text cell may not end inside a run of digits (``覆盖10`` + ``0%``) or with the operator of
    the number after it (``人次≥`` + ``500人次``); only two numeric cells meet digit to digit
    (target ``2100`` + weight ``10``)."""
    if end >= len(text) or role in _NUMERIC_ROLES or not _DIGIT_START.match(text[end:]):
        return False
    return bool(_DIGIT_END.search(text[:end]) or _MEASURE_END.search(text[:end]))


def _rank(parse: dict[str, str]) -> tuple[int, int, int, int]:
    """Most columns filled; level cells as long as they go (``质量指标``, not ``质量``); one level
    cell is the deeper level (a merged 一级 is printed on its block's first row only); then the
    shortest name (a name does not swallow the target: ``按时发放率`` + ``100%``, not ``按时发放率100%``
    + ``2``)."""
    levels = sum(len(parse.get(r, "")) for r in _LEVEL_ROLES)
    gap = int("level1" in parse and "level2" not in parse)
    return (-len(parse), -levels, gap, len(parse.get(_NAME_ROLE, "")))


def best_parses(parses: list[GluedParse]) -> list[GluedParse]:
    """The parses that fill as many columns as the best one (the ones a reader cannot tell apart
    by shape alone)."""
    if not parses:
        return []
    top = _rank(parses[0].cells)[:3]
    return [p for p in parses if _rank(p.cells)[:3] == top]


#: One money figure as printed: no leading zero, at most two decimals, thousands commas allowed.
_FIGURE = re.compile(r"(?:0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d{1,2})?")


def split_glued_numbers(run: str, count: int) -> list[tuple[str, ...]]:
    """Every way a run of digits (``191191``, ``372.88504.55``) cuts into ``count`` figures of one
    table row, each a well-formed amount (no leading zero, at most two decimals). ``count`` 1 gives
    the run itself when it is one figure."""
    run = run.strip()
    out: list[tuple[str, ...]] = []

    def walk(pos: int, taken: tuple[str, ...]) -> None:
        if len(out) >= MAX_PARSES * 64:
            return
        if len(taken) == count:
            if pos == len(run):
                out.append(taken)
            return
        last = len(taken) == count - 1
        for end in ([len(run)] if last else range(pos + 1, len(run))):
            if _FIGURE.fullmatch(run, pos, end) and not (end < len(run) and run[end] in ".,"):
                walk(end, (*taken, run[pos:end]))

    if count >= 1:
        walk(0, ())
    return out


def amount_and_basis_lead(run: str) -> list[tuple[str, str]]:
    """The readings of the figures after a cost line's label when a basis follows: the amount
    alone (lead ``""``), then the amount with the figure its basis begins with run into it
    (``554.2356万平方米×…`` → ``554.2`` and ``356``); the totals decide between them."""
    whole = [(run, "")] if split_glued_numbers(run, 1) else []
    return whole + [(amount, lead) for amount, lead in split_glued_numbers(run, 2)]


def amount_cut_from_basis(row_text: str, amount: str) -> int:
    """1 when a line's amount was cut from the figure its basis begins with (a digit follows the
    amount in the line as found), else 0."""
    rest = row_text.lstrip()[len(amount):]
    return int(bool(rest) and rest[0].isdigit())


@lru_cache(maxsize=4096)
def figure_value(text: str) -> Decimal:
    return parse_decimal(text) or Decimal(0)


def decades_apart(amount: str, prior: tuple[str, ...]) -> float:
    """Earlier years' figures of a line are of the order of its budget: the distance in decades."""
    a = float(figure_value(amount))
    return sum(abs(math.log10(float(figure_value(p)) / a)) for p in prior if a > 0 and figure_value(p) > 0)


#: An explanation that restates a name whole: 反映 + the name + 情况.
_RESTATING = re.compile(rf"(?:{alternation(EXPLANATION_PREFIXES)})(.{{2,}}?)(?:{alternation(EXPLANATION_SUFFIXES)})")


def name_the_explanation_restates(name: str, explanation: str) -> str:
    """The end of ``name`` its explanation restates whole (``按季度考核结算经费开展宣传活动次数`` with
    ``反映开展宣传活动次数情况`` -> ``开展宣传活动次数``: the text before it ran in from another cell);
    ``name`` itself when the explanation restates no proper end of it."""
    m = _RESTATING.fullmatch(explanation.strip())
    restated = m.group(1) if m else ""
    return restated if restated and restated != name and name.endswith(restated) else name
