"""Money: amounts as written → Decimal 元. Pure functions."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import regex as re

from jixiao.normalize.numbers import NUMBER_PATTERN, parse_decimal
from jixiao.normalize.text import fold_key
from jixiao.normalize.vocabulary import (
    BUDGET_ITEM_LABELS,
    DECLARED_UNIT_PATTERN,
    EMPTY_MARKERS,
    MONEY_UNIT_PATTERN,
    MONEY_UNITS,
)

_CENT = Decimal("0.01")
_AMOUNT_WITH_UNIT = re.compile(rf"^\s*(?P<num>{NUMBER_PATTERN})\s*(?P<unit>{MONEY_UNIT_PATTERN})?\s*$")


_DECLARED_UNIT = re.compile(DECLARED_UNIT_PATTERN)
_BARE_UNIT = re.compile(rf"[(（](?P<unit>{MONEY_UNIT_PATTERN})[)）]")


def money_unit_multiplier(text: str | None) -> int | None:
    """The money unit a label or caption declares: ``项目资金 (万元)`` → 10000,
    ``金额单位:元`` → 1, ``单位:亿元`` → 100000000; ``None`` when it declares none."""
    if not text:
        return None
    key = fold_key(text)
    m = _DECLARED_UNIT.search(key)
    if not m:
        return None
    return MONEY_UNITS[m.group("bracketed") or m.group("captioned")]


def bare_unit_multiplier(text: str | None) -> int | None:
    """The money unit of a line holding only a bracketed unit (``（万元）``: the last line of a
    merged label printed beside the rows, as ``pdftotext -raw`` prints it); else ``None``."""
    if not text:
        return None
    m = _BARE_UNIT.fullmatch(fold_key(text).replace(" ", ""))
    return MONEY_UNITS[m.group("unit")] if m else None


def is_amount(text: str | None) -> bool:
    """True when the text is one money amount (with or without a unit word)."""
    return bool(text) and bool(_AMOUNT_WITH_UNIT.match(text.strip()))


def parse_amount_yuan(text: str | None, multiplier: int | None = 1) -> Decimal | None:
    """An amount as written → 元 with two decimals.

    ``'6,229,239'`` → 6229239.00; ``'359.36万元'`` → 3593600.00 (a unit written in the cell wins over
    ``multiplier``, the unit the document declared elsewhere); blank or N/A markers → ``None``.
    """
    if text is None or text.strip() in EMPTY_MARKERS:
        return None
    m = _AMOUNT_WITH_UNIT.match(text.strip())
    if not m:
        return None
    value = parse_decimal(m.group("num"))
    if value is None:
        return None
    factor = MONEY_UNITS[m.group("unit")] if m.group("unit") else (multiplier or 1)
    return (value * factor).quantize(_CENT, rounding=ROUND_HALF_UP)


_PERCENT = re.compile(rf"^\s*({NUMBER_PATTERN})\s*[%％]+\s*$")


def parse_percent(text: str | None) -> float | None:
    """``'99.61%'`` → 99.61, ``'100%'`` → 100.0, ``'83.87%%'`` → 83.87; other text → ``None``."""
    if text is None:
        return None
    m = _PERCENT.match(text)
    return float(m.group(1).replace(",", "")) if m else None


def budget_item_for_label(label: str | None, hint: str | None = None) -> str:
    """The contract item of a money line: the reader's hint (component, subtotal) wins, then the
    longest vocabulary label contained in the line's label; anything else is a component."""
    if hint:
        return hint
    key = fold_key(label)
    best: tuple[int, str] | None = None
    for written, item in BUDGET_ITEM_LABELS:
        if written in key and (best is None or len(written) > best[0]):
            best = (len(written), item)
    return best[1] if best else "component"
