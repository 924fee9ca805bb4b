"""OCR text pieces: what a recogniser returns for one text line, how pieces are put back in
reading order, and the light cleanup OCR text needs. Pure functions."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Iterable, Sequence

import regex as re

from jixiao.normalize.text import join_cell_lines

# Full-width ASCII (digits, Latin letters, signs) → half-width, as printed forms write them.
# Chinese punctuation (，。：；！？（）) stays full-width.
_HALF_WIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)
               if chr(c) not in "，。：；！？（）"}
_HALF_WIDTH["\u3000"] = " "
_TO_HALF = str.maketrans(_HALF_WIDTH)
_HAN = r"\p{Han}"
# Half-width punctuation the recogniser returns beside Chinese text, as the form printed it.
_COLON_AFTER_HAN = re.compile(rf"(?<=[{_HAN}）])\s*:")
_SEMICOLON_AFTER_HAN = re.compile(rf"(?<=[{_HAN}）])\s*;")
_COMMA_BETWEEN_HAN = re.compile(rf"(?<=[{_HAN}]),(?=\s*[{_HAN}])")
_CJK = re.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef“”‘’《》【】]")
_BLANKS = re.compile(r"[ \t\u3000\xa0]+")
_BRACKETS_AFTER_HAN = re.compile(rf"(?<=[{_HAN}])\s*[(（]([^()（）]*)[)）]")


@dataclass(frozen=True)
class TextBox:
    """One recognised text line on a page image, as an upright rectangle in pixels."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    score: float = 1.0

    @property
    def centre_x(self) -> float:
        return (self.left + self.right) / 2

    @property
    def centre_y(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return self.bottom - self.top


def box_from_quad(text: str, quad: Sequence[Sequence[float]], score: float = 1.0) -> TextBox:
    """A TextBox around a recogniser's four-corner polygon."""
    xs = [float(p[0]) for p in quad]
    ys = [float(p[1]) for p in quad]
    return TextBox(text, min(xs), min(ys), max(xs), max(ys), score)


def group_into_lines(boxes: Iterable[TextBox]) -> list[list[TextBox]]:
    """Boxes grouped into visual lines (top to bottom), each line left to right. A box belongs to
    a line when its vertical centre lies within half a line height of the line's centre."""
    ordered = sorted(boxes, key=lambda b: (b.centre_y, b.left))
    lines: list[list[TextBox]] = []
    for box in ordered:
        if lines and _same_line(lines[-1], box):
            lines[-1].append(box)
        else:
            lines.append([box])
    return [sorted(line, key=lambda b: b.left) for line in lines]


def _same_line(line: list[TextBox], box: TextBox) -> bool:
    centre = statistics.fmean(b.centre_y for b in line)
    height = max(statistics.fmean(b.height for b in line), box.height)
    return abs(box.centre_y - centre) <= height / 2


def join_line(line: Sequence[TextBox]) -> str:
    """Pieces of one visual line, left to right: a blank where the pieces stand apart (a gap
    wider than the line is high), otherwise none between CJK pieces and one between words."""
    out = ""
    previous: TextBox | None = None
    for box in line:
        text = box.text.strip()
        if previous is None:
            out = text
        elif box.left - previous.right > max(box.height, previous.height):
            out += " " + text
        else:
            out += _separator(out, text) + text
        previous = box
    return out


def _separator(before: str, after: str) -> str:
    """No blank next to CJK text, one between two Latin words or numbers."""
    if not before or not after or _CJK.match(before[-1]) or _CJK.match(after[0]):
        return ""
    return " "


def join_boxes(boxes: Iterable[TextBox]) -> str:
    """The text of a region (a table cell): its lines top to bottom, joined as wrapped lines,
    lightly cleaned."""
    return clean_ocr_text(join_cell_lines(join_line(line) for line in group_into_lines(boxes)))


def line_text(line: Sequence[TextBox]) -> str:
    """The text of one visual line outside tables, lightly cleaned (wide gaps kept as blanks)."""
    return clean_ocr_text(join_line(line))


def clean_ocr_text(text: str) -> str:
    """Widths as a Chinese form prints them: full-width digits, letters and signs become
    half-width (``１２％`` → ``12%``); half-width colons, semicolons, commas and brackets written
    right after a Chinese character become full-width (``项目总预算(元):`` → ``项目总预算（元）：``);
    runs of blanks become one.

    >>> clean_ocr_text('项目总预算(元):')
    '项目总预算（元）：'
    >>> clean_ocr_text('＞＝９５％')
    '>=95%'
    >>> clean_ocr_text('(2020年度)')
    '(2020年度)'
    """
    out = text.translate(_TO_HALF)
    out = _BRACKETS_AFTER_HAN.sub(lambda m: f"（{m.group(1)}）", out)
    out = _COLON_AFTER_HAN.sub("：", out)
    out = _SEMICOLON_AFTER_HAN.sub("；", out)
    out = _COMMA_BETWEEN_HAN.sub("，", out)
    return _BLANKS.sub(" ", out).strip()
