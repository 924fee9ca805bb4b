"""Damaged numbers repaired only with proof from the form's own figures. Pure functions.

A converter splits digits with a blank (``968.191 8``) or loses a decimal point (``7242318`` beside
``74.8%`` of ``968.1918``万). A reading of such a number (``numbers.split_digits_reading``,
``numbers.lost_point_readings``) replaces what was written only when the row's own execution rate
(执行率 = B/A, to its printed rounding) holds for exactly one reading and for none of the others,
and then an ``issues`` row (``number_repaired``) keeps the original text. Where no single reading
is proven, the text stays as written.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import product

from jixiao.extract.records import RawBudgetLine, RawIssue
from jixiao.normalize.money import parse_percent
from jixiao.normalize.numbers import (
    lost_point_readings,
    parse_float,
    printed_tolerance,
    split_digits_reading,
)

REPAIRED = "number_repaired"


def _readings(text: str | None) -> list[str]:
    """The text as written (when it is a number), then its repairs."""
    if not text:
        return []
    out = [text.strip()] if parse_float(text.strip().replace(",", "")) is not None else []
    joined = split_digits_reading(text)
    if joined:
        out.append(joined)
    out += lost_point_readings(text)
    return out


def _rate_holds(amount: str, actual: str, rate_text: str) -> bool:
    a, b, rate = parse_float(amount.replace(",", "")), parse_float(actual.replace(",", "")), parse_percent(rate_text)
    if a is None or b is None or rate is None or a == 0:
        return False
    number = rate_text.strip().rstrip("%％").strip()
    return abs(b / a * 100 - rate) <= printed_tolerance(number)


def repair_budget_line(line: RawBudgetLine) -> tuple[RawBudgetLine, list[RawIssue]]:
    """One money row with budget (A), executed (B) and rate: a damaged A or B read back when the rate
    proves one reading."""
    if not (line.amount_text and line.actual_text and line.rate_text) or parse_percent(line.rate_text) is None:
        return line, []
    amounts, actuals = _readings(line.amount_text), _readings(line.actual_text)
    if not amounts or not actuals:
        return line, []
    if _rate_holds(amounts[0], actuals[0], line.rate_text) and amounts[0] == line.amount_text.strip() \
            and actuals[0] == line.actual_text.strip():
        return line, []                                       # as written, it holds: nothing damaged
    proven = [(a, b) for a, b in product(amounts, actuals) if _rate_holds(a, b, line.rate_text)]
    if len(proven) != 1:
        return line, []
    amount, actual = proven[0]
    issues = []
    for label, before, after in (("budget", line.amount_text, amount), ("executed", line.actual_text, actual)):
        if before.strip() != after:
            issues.append(RawIssue("info", REPAIRED,
                                   f"{line.label}: the {label} amount written '{before.strip()}' was read as "
                                   f"{after}, the only reading for which the row's execution rate "
                                   f"{line.rate_text.strip()} holds", before))
    return replace(line, amount_text=amount, actual_text=actual), issues


def repair_budget_lines(lines: list[RawBudgetLine]) -> tuple[list[RawBudgetLine], list[RawIssue]]:
    out: list[RawBudgetLine] = []
    issues: list[RawIssue] = []
    for line in lines:
        repaired, found = repair_budget_line(line)
        out.append(repaired)
        issues.extend(found)
    return out, issues
