"""A spreadsheet cell's value as the text the sheet shows, from its number format. Pure functions.

Spreadsheets store numbers as binary floats and show them through a number format: a rate typed
as 9% is stored as ``0.09`` (or a float32 artefact such as ``0.0900000762939453``) and shown as
``9%`` by the format ``0%``. The text given here is what a person reading the sheet sees:

* percent formats (``0%``, ``0.00%``) → the value × 100 with the format's decimals: ``9%``, ``90.00%``;
* fixed-decimal and grouped formats (``0.00``, ``#,##0``) → ``2386.47``, ``6,229,239``; quoted and
  escaped literals around the number stay (``0.00"万元"`` → ``12.50万元``);
* ``General`` and anything not understood (fractions, exponents, ``[DBNum1]`` Chinese numerals) →
  the shortest decimal that is the stored number (``normalize.numbers.shortest_number_text``):
  ``36.799999999999997`` → ``36.8``, ``12000.0`` → ``12000``, a fraction stays a fraction (``0.9``);
* dates → ISO ``2023-01-01`` (``2023年1月1日`` when the format is written with 年), a time part
  only when there is one (``2023-01-01 08:30``); time-only cells → ``08:30``;
* booleans → ``TRUE``/``FALSE`` as the sheet shows them; empty cells → ``""``;
* text → stripped lines, ``\\r`` removed, line breaks kept (as the DOCX reader keeps a cell's
  paragraphs), blank lines dropped.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import regex as re

from jixiao.normalize.numbers import shortest_number_text
from jixiao.normalize.vocabulary import DATE_WORDS

_BRACKETS = re.compile(r"\[[^\]]*\]")
_QUOTED = re.compile(r'"([^"]*)"')
_DIGIT_PLACEHOLDERS = re.compile(r"[0#?][0#?,]*(?:\.[0#?]*)?,*|\.[0#?]+,*")
_DATE_TOKENS = re.compile(r"[yYmMdDhHsS]")
_UNSUPPORTED = re.compile(r"[eE][+-]|\?/|#/|/[0-9?#]")
#: Formats Excel names rather than spells out.
_GENERAL = {"", "general", "@"}


def _split_sections(number_format: str) -> list[str]:
    """A format code's ``;``-separated sections (positive; negative; zero; text), quotes respected."""
    sections, current, quoted = [], "", False
    for ch in number_format:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            sections.append(current)
            current = ""
        else:
            current += ch
    sections.append(current)
    return sections


def _literal_text(part: str) -> str:
    """The literal characters of a format fragment: quoted text, ``\\x`` escapes; padding
    (``_x``) and fill (``*x``) markers dropped."""
    out, i = "", 0
    while i < len(part):
        ch = part[i]
        if ch == '"':
            end = part.find('"', i + 1)
            end = len(part) if end < 0 else end
            out += part[i + 1:end]
            i = end + 1
        elif ch == "\\" and i + 1 < len(part):
            out += part[i + 1]
            i += 2
        elif ch in "_*" and i + 1 < len(part):
            i += 2
        else:
            out += ch
            i += 1
    return out


def _without_quoted(part: str) -> str:
    return _QUOTED.sub("", re.sub(r"\\.", "", part))


def _group_thousands(digits: str) -> str:
    head, _, tail = digits.partition(".")
    sign = "-" if head.startswith("-") else ""
    head = head.lstrip("-")
    grouped = ",".join(head[max(0, i - 3):i] for i in range(len(head), 0, -3)[::-1])
    return sign + grouped + ("." + tail if tail else "")


def is_date_format(number_format: str) -> bool:
    """True when the format shows a date or time (``yyyy-mm-dd``, ``yyyy"年"m"月"d"日"``, ``h:mm``)."""
    code = _BRACKETS.sub("", _without_quoted(_split_sections(number_format)[0]))
    return bool(_DATE_TOKENS.search(code)) and not _DIGIT_PLACEHOLDERS.fullmatch(code.strip())


def number_text(value: float, number_format: str | None) -> str:
    """A number as ``number_format`` shows it (see the module docstring)."""
    code = (number_format or "").strip()
    if code.lower() in _GENERAL:
        return shortest_number_text(value)
    sections = _split_sections(code)
    section = sections[0]
    negative_section = value < 0 and len(sections) > 1
    if negative_section:
        section = sections[1]
    elif value == 0 and len(sections) > 2:
        section = sections[2]
    if "DBNUM" in section.upper():                   # Chinese numerals: the number is clearer
        return shortest_number_text(value)
    section = _BRACKETS.sub("", section)
    bare = _without_quoted(section)
    if _UNSUPPORTED.search(bare) or section.strip().lower() in _GENERAL:
        return shortest_number_text(value)
    placeholders = _DIGIT_PLACEHOLDERS.search(bare)
    if placeholders is None:                         # a format of literals only ("-" for zero)
        return _literal_text(section)
    token = placeholders.group(0)
    scaling = len(token) - len(token.rstrip(","))     # each trailing comma divides by 1000
    integer_part, _, decimal_part = token.rstrip(",").partition(".")
    grouped = "," in integer_part
    decimals = sum(1 for ch in decimal_part if ch in "0#?")
    percent = bare.count("%")
    amount = Decimal(shortest_number_text(abs(value) if negative_section else value))
    amount = amount.scaleb(2 * percent - 3 * scaling)
    amount = amount.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    digits = format(amount, "f")
    if digits.startswith("-") and amount == 0:
        digits = digits[1:]
    if decimals and "#" in decimal_part and "0" not in decimal_part:       # 0.## drops zeros
        digits = digits.rstrip("0").rstrip(".")
    if grouped:
        digits = _group_thousands(digits)
    # the literal text around the number, located in the raw section by the placeholder run
    raw_token = _DIGIT_PLACEHOLDERS.search(_mask_literals(section))
    before = _literal_text(section[:raw_token.start()]) if raw_token else ""
    after = _literal_text(section[raw_token.end():]) if raw_token else ""
    return (before + digits + after).strip()


def _mask_literals(section: str) -> str:
    """The section with quoted and escaped characters replaced by blanks (positions kept), so a
    digit placeholder inside a literal is not taken for the number."""
    out = list(section)
    i = 0
    while i < len(section):
        if section[i] == '"':
            end = section.find('"', i + 1)
            end = len(section) - 1 if end < 0 else end
            for k in range(i, end + 1):
                out[k] = " "
            i = end + 1
        elif section[i] == "\\" and i + 1 < len(section):
            out[i] = out[i + 1] = " "
            i += 2
        else:
            i += 1
    return "".join(out)


def date_text(value: dt.datetime | dt.date | dt.time, number_format: str | None = None) -> str:
    """A date or time cell: ISO, or ``2023年1月1日`` when the format writes 年; time when it has one."""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    moment = value if isinstance(value, dt.datetime) else None
    day = value.date() if isinstance(value, dt.datetime) else value
    year_word, month_word, day_word = DATE_WORDS
    chinese = year_word in (number_format or "")
    text = f"{day.year}{year_word}{day.month}{month_word}{day.day}{day_word}" if chinese else day.isoformat()
    if moment is not None and (moment.hour, moment.minute, moment.second) != (0, 0, 0):
        text += " " + moment.strftime("%H:%M:%S" if moment.second else "%H:%M")
    return text


def string_text(value: str) -> str:
    """A text cell: ``\\r`` removed, each line stripped, blank lines dropped, line breaks kept."""
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.strip() for line in lines if line.strip())


def cell_text(value: object, number_format: str | None = None) -> str:
    """Any cell value (as openpyxl or xlrd give it) → the text the sheet shows."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return date_text(value, number_format)
    if isinstance(value, int) and (number_format or "").strip().lower() in _GENERAL:
        return str(value)                            # exact, however many digits
    if isinstance(value, (int, float)):
        return number_text(float(value), number_format)
    return string_text(str(value))
