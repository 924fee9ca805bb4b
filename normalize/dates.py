"""Dates: ``2019-1-1``, ``2019年1月1日``, ``2019.1.1``, ``2026/1/1`` → ISO dates. Pure functions."""

from __future__ import annotations

import calendar
import datetime as dt

import regex as re

from jixiao.normalize.vocabulary import ANY_YEAR_PATTERN, DATE_PATTERN, MONTH_PATTERN

_DATE = re.compile(DATE_PATTERN)
_YEAR = re.compile(ANY_YEAR_PATTERN)
_MONTH = re.compile(MONTH_PATTERN)


def parse_date(text: str | None) -> dt.date | None:
    """The first full date in the text, or ``None``; impossible dates (2019-2-30) → ``None``."""
    if not text:
        return None
    m = _DATE.search(text)
    if not m:
        return None
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def parse_month_bound(text: str | None, end: bool) -> dt.date | None:
    """A period's bound written as a month (``2023年4月``): its first day, or its last when ``end``;
    ``None`` for any other text."""
    m = _MONTH.match(text or "")
    if not m:
        return None
    year, month = int(m.group("y")), int(m.group("m"))
    return dt.date(year, month, calendar.monthrange(year, month)[1] if end else 1)


def parse_fiscal_year(text: str | None) -> int | None:
    """``(2020年度)`` → 2020, ``（2024 年度）`` → 2024, ``(2019年)`` → 2019; ``None`` when no year."""
    if not text:
        return None
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None
