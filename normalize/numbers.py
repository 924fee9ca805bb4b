"""Numbers as written: Arabic with thousands separators, and Chinese numerals. Pure functions."""

from __future__ import annotations

import math
import struct
from decimal import Decimal, InvalidOperation

import regex as re

from jixiao.normalize.vocabulary import CHINESE_DECIMAL_POINT, CHINESE_DIGITS, CHINESE_SCALES

#: An Arabic number as documents write it: 6,229,239 · 73,985,000.40 · 0.80 · .5
NUMBER_PATTERN = r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+"
_NUMBER_ONLY = re.compile(rf"^\s*(?:{NUMBER_PATTERN})\s*$")
CHINESE_NUMBER_CHARS = "".join(CHINESE_DIGITS) + "".join(CHINESE_SCALES) + CHINESE_DECIMAL_POINT


def parse_decimal(text: str | None) -> Decimal | None:
    """``'6,229,239'`` → ``Decimal('6229239')``; anything that is not one number → ``None``."""
    if text is None:
        return None
    t = text.strip().replace("，", ",").replace("．", ".")
    if not _NUMBER_ONLY.match(t):
        return None
    plain = t.replace(",", "")
    try:
        value = Decimal(plain)
    except InvalidOperation:
        return None
    if len(value.as_tuple().digits) > _FLOAT32_MAX_DIGITS:      # only a long number can be widened
        return Decimal(float32_typed_text(plain))
    return value


def parse_float(text: str | None) -> float | None:
    d = parse_decimal(text)
    return float(d) if d is not None else None


def parse_chinese_number(text: str) -> float | None:
    """Chinese numerals: ``零点八`` → 0.8, ``二十五`` → 25, ``三百`` → 300, ``一万二千`` → 12000.
    Returns ``None`` if the text holds anything else."""
    t = text.strip()
    if not t or any(c not in CHINESE_NUMBER_CHARS for c in t):
        return None
    if CHINESE_DECIMAL_POINT in t:
        whole, _, frac = t.partition(CHINESE_DECIMAL_POINT)
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


#: Significant digits a spreadsheet keeps of a number (Excel's precision): more are binary noise.
SHOWN_SIGNIFICANT_DIGITS = 15
#: Digits a single-precision float needs at most to be given back exactly.
_FLOAT32_MAX_DIGITS = 9
#: Digits of a decimal a single-precision float always gives back (FLT_DIG 6, and 7 mostly).
_FLOAT32_TYPED_DIGITS = 7


def plain_decimal_text(value: Decimal) -> str:
    """A decimal written out without exponent or trailing zeros: ``Decimal('1.20E+3')`` → ``'1200'``."""
    if value == 0:
        return "0"
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _as_float32(value: float) -> float:
    return struct.unpack("<f", struct.pack("<f", value))[0]


def _is_float32(value: float) -> bool:
    try:
        return _as_float32(value) == value
    except OverflowError:
        return False


def shortest_number_text(value: float, significant: int = SHOWN_SIGNIFICANT_DIGITS) -> str:
    """A number a spreadsheet stored as a binary float, written the way a person typed it.

    ``36.799999999999997`` (the float nearest 36.8) → ``'36.8'``; ``12000.0`` → ``'12000'``; a
    single-precision value such as ``0.8999999761581421`` (float32 0.9) → ``'0.9'``; arithmetic
    noise past ``significant`` digits goes: ``0.30000000000000004`` → ``'0.3'``. A value that is
    none of these keeps its digits (``0.0900000762939453``): only its number format (``0%``) can
    say how the sheet shows it. Never an exponent. Non-finite values are written as Python does.

    A value a float32 holds exactly is read as float32 noise only when its own shortest form is
    longer than a float32 carries (9 digits) and a float32 reading is short (at most
    ``_FLOAT32_TYPED_DIGITS``), so ``1234567.125`` stays itself.
    """
    if not math.isfinite(value):
        return repr(value)
    exact = Decimal(repr(value))
    exact_digits = len(exact.normalize().as_tuple().digits)
    if exact_digits <= _FLOAT32_MAX_DIGITS:
        return plain_decimal_text(exact)
    if _is_float32(value):
        for digits in range(1, _FLOAT32_TYPED_DIGITS + 1):
            text = f"{value:.{digits}g}"
            if _as_float32(float(text)) == value:
                return plain_decimal_text(Decimal(text))
    if exact_digits <= significant:
        return plain_decimal_text(exact)
    return plain_decimal_text(Decimal(f"{value:.{significant}g}"))


def float32_typed_text(number: str) -> str:
    """A number a sheet stored as a single-precision float and a converter wrote out widened
    (WPS's CSV: ``12.600000381469727``, ``1282.5999755859375``) → the number typed (``'12.6'``,
    ``'1282.6'``); any other number as it is. Proof, not a guess: the text is the shortest writing
    of its double (so nothing was cut), longer than a float32 carries (9 digits), the double is a
    float32, and a reading of at most ``_FLOAT32_TYPED_DIGITS`` digits is that same float32."""
    plain = number.strip().replace(",", "")
    try:
        exact = Decimal(plain)
        value = float(plain)
    except (InvalidOperation, ValueError):
        return number
    if len(exact.normalize().as_tuple().digits) <= _FLOAT32_MAX_DIGITS or not math.isfinite(value):
        return number
    if Decimal(repr(value)) != exact or not _is_float32(value):
        return number
    for digits in range(1, _FLOAT32_TYPED_DIGITS + 1):
        text = f"{value:.{digits}g}"
        if _as_float32(float(text)) == value:
            return plain_decimal_text(Decimal(text))
    return number


# -- damaged numbers: the readings a repair may choose from (only proof chooses) -------------------

_SPLIT_DIGITS = re.compile(r"^\s*(\d[\d,]*(?:\.\d+)?)((?:[ \u3000]+\d+(?:\.\d+)?)+)\s*$")
_BARE_DIGITS = re.compile(r"^\s*(\d{3,})\s*$")


def split_digits_reading(text: str | None) -> str | None:
    """A number whose digits a blank split (``'968.191 8'``, ``'1 216.5'``) → the number joined
    (``'968.1918'``); None when the text is not one number cut by blanks."""
    if not text:
        return None
    m = _SPLIT_DIGITS.match(text)
    if m is None:
        return None
    joined = m.group(1) + re.sub(r"[ \u3000]+", "", m.group(2))
    return joined if parse_decimal(joined) is not None else None


def lost_point_readings(text: str | None) -> list[str]:
    """A run of digits that may have lost its decimal point (``'7242318'``) → every reading with
    the point put back (``'724231.8'``, ``'72423.18'``, ``'7242.318'``, ``'724.2318'`` …)."""
    m = _BARE_DIGITS.match(text or "")
    if m is None:
        return []
    digits = m.group(1)
    return [f"{digits[:k]}.{digits[k:]}" for k in range(len(digits) - 1, 0, -1) if digits[0] != "0" or k == 1]


def printed_tolerance(text: str) -> float:
    """Half a unit of the last digit a number was printed with (``'74.8'`` → 0.05, ``'75'`` → 0.5)."""
    m = re.search(r"\.(\d+)", text)
    return 0.5 * 10 ** -(len(m.group(1)) if m else 0) + 1e-9
