"""Text cleanup: converter markup, CJK spacing, wrapped lines, matching keys. Pure functions."""

from __future__ import annotations

from typing import Iterable

import functools
import html
import unicodedata

import regex as re

from jixiao.normalize.vocabulary import FILL_IN_HINT_PATTERN, LATEX_SYMBOLS, OPERATOR_SYMBOL_CHARS, PAGE_FOOTER_PATTERN

# A CJK ideograph or CJK/full-width punctuation.
_CJK = r"[\p{Han}\u3000-\u303f\uff00-\uffef“”‘’《》【】、。，；：？！（）]"
_SPACE_BETWEEN = re.compile(
    rf"(?<={_CJK})[ \t\u3000\xa0]+(?={_CJK}|\d)|(?<=\d)[ \t\u3000\xa0]+(?={_CJK})"
)
_RUNS_OF_SPACE = re.compile(r"[ \t\u3000\xa0]+")
_CHECKBOX = re.compile(r"<input\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_LATEX_MATH = re.compile(r"\$([^$\n]{1,80})\$")
_LATEX_COMMAND = re.compile(r"\\[a-zA-Z]+|\\%")
_MARKDOWN_RULE = re.compile(r"^[\s|:\-–—=+]*[-–—=]{2,}[\s|:\-–—=+]*$")
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
#: markdown emphasis pandoc writes around a heading or a caption (``**（一）项目概况**``)
#: (a template's fill-in hint, ``≥**个``, opens no emphasis: the stars follow an operator)
_MARKDOWN_EMPHASIS = re.compile(rf"(?<![\\*{re.escape(OPERATOR_SYMBOL_CHARS)}])(\*{{2,3}}|_{{2,3}})(?=\S)(.+?)(?<=\S)\1(?!\*)")
#: a character pandoc escaped with a backslash (``\*``, ``85\%``); ``\|`` stays for the row splitter
_MARKDOWN_ESCAPE = re.compile(r"\\([*_`#+\-.!\[\](){}<>~%\\])")
_PAGE_FOOTER = re.compile(PAGE_FOOTER_PATTERN)
_CJK_CHAR = re.compile(r"\p{Han}")

#: Glyphs written for a ticked and an unticked checkbox (readers write ☑/☐; documents also use
#: √ ■ ☒ and □).
TICKED = "☑"
UNTICKED = "☐"
TICKED_GLYPHS = "☑√■☒✓✔"
UNTICKED_GLYPHS = "☐□"


def _latex_to_text(match: re.Match[str]) -> str:
    body = match.group(1)
    body = _LATEX_COMMAND.sub(lambda m: LATEX_SYMBOLS.get(m.group(0), ""), body)
    return re.sub(r"\s+", "", body.replace("{", "").replace("}", ""))


def strip_converter_markup(line: str) -> str:
    """Remove what a converter added to a line: HTML checkbox inputs become ☑/☐ glyphs,
    other tags and entities go, LaTeX math becomes its symbols, markdown headings lose their #.

    >>> strip_converter_markup('经常性专项业务费 <input checked="" type="checkbox"/>')
    '经常性专项业务费 ☑'
    >>> strip_converter_markup(r'热线接能率 $\\geq 88\\%$')
    '热线接能率 ≥ 88%'
    """
    def checkbox(m: re.Match[str]) -> str:
        return TICKED if re.search(r"\bchecked\b", m.group(0), re.IGNORECASE) else UNTICKED

    out = _CHECKBOX.sub(checkbox, line)
    out = _TAG.sub("", out)
    out = html.unescape(out)
    out = _LATEX_MATH.sub(_latex_to_text, out)
    out = _MARKDOWN_HEADING.sub("", out)
    out = _MARKDOWN_EMPHASIS.sub(r"\2", out)
    return _MARKDOWN_ESCAPE.sub(r"\1", out)


def is_rule_line(line: str) -> bool:
    """A markdown table rule (``--|---``) or a line of dashes: layout, not data."""
    return bool(line.strip()) and bool(_MARKDOWN_RULE.match(line))


_FILL_IN_HINT = re.compile(FILL_IN_HINT_PATTERN)


def is_fill_in_hint(text: str) -> bool:
    """A template's fill-in hint standing alone (``≥**%``, ``( ≥**个 )``: a name's wrapped last line):
    no name, no target."""
    return bool(text.strip()) and bool(_FILL_IN_HINT.fullmatch(text.strip()))


def is_page_footer(line: str) -> bool:
    """Page numbers such as ``-1-``, ``— 1 —`` or ``第1页``."""
    return bool(_PAGE_FOOTER.match(line))


def clean_text(text: str | None) -> str | None:
    """Trim, fold runs of blanks to one space, and remove blanks between two CJK characters or
    between a CJK character and a digit (PDF and converter artefacts). ``None`` stays ``None``;
    text that is empty after cleaning becomes ``None``.

    >>> clean_text(' 服务对象满意度 指标 ')
    '服务对象满意度指标'
    >>> clean_text('12333 热线咨询平台')
    '12333热线咨询平台'
    """
    if text is None:
        return None
    out = _RUNS_OF_SPACE.sub(" ", text.replace("\r", " ").replace("\n", " ")).strip()
    out = _SPACE_BETWEEN.sub("", out)
    return out or None


def clean_label(text: str | None) -> str | None:
    """A label as written, cleaned, without its trailing colon (``项目总预算（元）：`` → ``项目总预算（元）``)."""
    out = clean_text(text)
    if out is None:
        return None
    out = out.rstrip("：:").strip()
    return out or None


_LATIN_END = re.compile(r"[A-Za-z0-9,.;:]$")
_LATIN_START = re.compile(r"[A-Za-z0-9]")


def join_wrapped_lines(lines: list[str]) -> str:
    """Join lines that a converter hard-wrapped: no blank between CJK text, one between Latin words."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if out and _LATIN_END.search(out) and _LATIN_START.match(line) \
                and not _CJK_CHAR.search(out[-1] + line[0]):
            out += " " + line
        else:
            out += line
    return clean_text(out) or ""


_CELL_LINE_LATIN_END = re.compile(r"[A-Za-z0-9,.;:]$")
_CELL_LINE_LATIN_START = re.compile(r"^[A-Za-z0-9]")
_CELL_LINE_DIGIT_END = re.compile(r"[0-9][,.]?$")
_CELL_LINE_DIGIT_START = re.compile(r"^[0-9]")


def join_cell_lines(lines: Iterable[str]) -> str:
    """A table cell's text wrapped over several lines (PDF text layer or OCR), as one value: no
    blank inside CJK text or inside a number the cell wrapped (``6,229,2`` + ``39.00``), one
    blank between two Latin words."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if out and _CELL_LINE_LATIN_END.search(out) and _CELL_LINE_LATIN_START.match(line) \
                and not (_CELL_LINE_DIGIT_END.search(out) and _CELL_LINE_DIGIT_START.match(line)):
            out += " "
        out += line
    return out


_KEY_DROPPED = re.compile(r"[\s\u3000" + re.escape(TICKED_GLYPHS + UNTICKED_GLYPHS) + "]+")


def fold_key(text: str | None) -> str:
    """A matching key: NFKC (full-width to half-width), no blanks, no trailing colon, no ☐/☑.
    Used to compare labels with the vocabulary, never written out."""
    if not text:
        return ""
    return _fold_key(text)


@functools.lru_cache(maxsize=1 << 16)
def _fold_key(text: str) -> str:       # cached: the same labels are folded again and again
    out = _KEY_DROPPED.sub("", unicodedata.normalize("NFKC", text))
    return out.rstrip(":").strip()


def has_cjk(text: str) -> bool:
    return bool(_CJK_CHAR.search(text))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so 年度资金总额 wins over 资金总额)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def display_width(text: str) -> int:
    """The printed width in half characters: a wide (or ambiguous) character 2, any other 1."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)
