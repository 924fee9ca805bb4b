"""Dates: ``2019-1-1``, ``2019年1月1日``, ``2019.1.1``, ``2026/1/1`` → ISO dates. Pure functions."""

from __future__ import annotations

import datetime as dt

import regex as re

from jixiao.normalize.vocabulary import ANY_YEAR_PATTERN, DATE_PATTERN

_DATE = re.compile(DATE_PATTERN)
_YEAR = re.compile(ANY_YEAR_PATTERN)


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


def parse_fiscal_year(text: str | None) -> int | None:
    """``(2020年度)`` → 2020, ``（2024 年度）`` → 2024, ``(2019年)`` → 2019; ``None`` when no year."""
    if not text:
        return None
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None
