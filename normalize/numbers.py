"""Numbers as written: Arabic with thousands separators, and Chinese numerals. Pure functions."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex as re

from normalize.vocabulary import CHINESE_DIGITS, CHINESE_SCALES

#: An Arabic number as documents write it: 6,229,239 · 73,985,000.40 · 0.80 · .5
NUMBER_PATTERN = r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+"
_NUMBER_ONLY = re.compile(rf"^\s*(?:{NUMBER_PATTERN})\s*$")
CHINESE_NUMBER_CHARS = "".join(CHINESE_DIGITS) + "".join(CHINESE_SCALES) + "点"


def parse_decimal(text: str | None) -> Decimal | None:
    """``'6,229,239'`` → ``Decimal('6229239')``; anything that is not one number → ``None``."""
    if text is None:
        return None
    t = text.strip().replace("，", ",").replace("．", ".")
    if not _NUMBER_ONLY.match(t):
        return None
    try:
        return Decimal(t.replace(",", ""))
    except InvalidOperation:
        return None


def parse_float(text: str | None) -> float | None:
    d = parse_decimal(text)
    return float(d) if d is not None else None


def parse_chinese_number(text: str) -> float | None:
    """Chinese numerals: ``零点八`` → 0.8, ``二十五`` → 25, ``三百`` → 300, ``一万二千`` → 12000.
    Returns ``None`` if the text holds anything else."""
    t = text.strip()
    if not t or any(c not in CHINESE_NUMBER_CHARS for c in t):
        return None
    if "点" in t:
        whole, _, frac = t.partition("点")
        whole_value = parse_chinese_number(whole) if whole else 0.0
        if whole_value is None or not frac or any(c not in CHINESE_DIGITS for c in frac):
            return None
        digits = "".join(str(CHINESE_DIGITS[c]) for c in frac)
        return whole_value + float("0." + digits)
    if all(c in CHINESE_DIGITS for c in t) and len(t) > 1:       # 二〇二〇 digit by digit
        return float("".join(str(CHINESE_DIGITS[c]) for c in t))
    total, section, digit = 0, 0, None
    for c in t:
        if c in CHINESE_DIGITS:
            digit = CHINESE_DIGITS[c]
        else:
            scale = CHINESE_SCALES[c]
            if scale >= 10_000:
                total = (total + section + (digit or 0)) * scale
                section = 0
            else:
                section += (digit if digit is not None else 1) * scale
            digit = None
    return float(total + section + (digit or 0))
