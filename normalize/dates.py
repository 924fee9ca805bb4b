"""Dates: ``2019-1-1``, ``2019年1月1日``, ``2019.1.1``, ``2026/1/1`` → ISO dates. Pure functions."""

from __future__ import annotations

import datetime as dt

import regex as re

_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[-./／]|年)\s*(?P<m>\d{1,2})\s*(?:[-./／]|月)\s*(?P<d>\d{1,2})\s*日?"
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


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
