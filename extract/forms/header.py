"""Label-anchored key/value extraction for form headers.

Whatever the text family (tab cells, one cell per line, space-separated pdftotext lines), a header
is a run of known labels each followed by its value. We find the labels of the vocabulary, then
take the text up to the next label as the value. Money-unit captions (``项目资金 (元)``) and layout
captions (``项目 绩效 目标``) are labels too: they end the previous value and set the unit.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from jixiao.extract.document import Line
from jixiao.normalize.text import TICKED_GLYPHS, UNTICKED_GLYPHS, clean_text, fold_key, join_wrapped_lines
from jixiao.normalize.vocabulary import (
    BUDGET_ITEM_LABELS, CHECKBOX_OPTION_NUMBER_PATTERN, FORM_FIELD_LABELS, HEADER_CAPTION_PATTERNS,
    MONEY_UNIT_PATTERN, MONEY_UNITS, SUB_ITEM_WORD
)

CELL = "\x1f"
_GAP = r"[ \u3000]*"
_UNIT_BRACKET = rf"(?:{_GAP}[（(]{_GAP}{MONEY_UNIT_PATTERN}{_GAP}[)）])"

#: Field labels that hold long free text: their value runs to the next label, lines joined.
LONG_FIELDS = frozenset({"overview", "basis", "necessity", "measures", "implementation_plan",
                         "overall_goal", "annual_goal", "remarks"})
#: Captions: text that ends a value but has no value of its own. Money captions declare the unit.
_CAPTIONS = HEADER_CAPTION_PATTERNS


def _spaced(label: str) -> str:
    """A label that may have blanks between its characters (PDF text)."""
    return _GAP.join(re.escape(ch) for ch in label)


@dataclass(frozen=True)
class LabelMatch:
    kind: str                 # field | budget | caption
    key: str | None           # contract column for a field; item for a budget label
    label: str                # as written (cleaned)
    start: int
    end: int                  # end of the label and its colon
    unit_multiplier: int | None = None


def _build_label_pattern() -> re.Pattern[str]:
    alternatives: list[tuple[str, str]] = []
    for key, labels in FORM_FIELD_LABELS.items():
        for label in labels:
            alternatives.append((f"F_{key}", _spaced(label)))
    for label, item in BUDGET_ITEM_LABELS:
        alternatives.append(
            (f"B_{item}", rf"(?:{SUB_ITEM_WORD}{_GAP}[：:]?{_GAP})?{_spaced(label)}{_UNIT_BRACKET}?"))
    for i, caption in enumerate(_CAPTIONS):
        alternatives.append((f"C_{i}", caption))
    # longest literal first so 项目总目标 wins over 总目标, 年度资金申请总额 over 资金总额
    alternatives.sort(key=lambda kv: len(kv[1]), reverse=True)
    body = "|".join(f"(?P<{name}__{n}>{pattern})" for n, (name, pattern) in enumerate(alternatives))
    # the colon is not a group, so the alternative that matched is the match's last group
    return re.compile(rf"(?P<lead>^|(?<=[\x1f\n])|(?<=[ \u3000]))[ \u3000]*(?:{body})(?:{_GAP}[：:])?")


_LABELS = _build_label_pattern()
_UNIT_WORD = re.compile(f"({MONEY_UNIT_PATTERN})")
_OPEN_BRACKET = re.compile(r"[（(]")
_DIGIT_OR_BLANK = re.compile(r"[\d\s]")
_VALUE_SEPARATOR = re.compile(r"[\x1f\n]")


def flatten(lines: list[Line]) -> tuple[str, list[int]]:
    """Lines → one string (cells joined by \\x1f, lines by \\n) and each line's start offset."""
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for line in lines:
        starts.append(offset)
        text = CELL.join(line.cells) if line.is_row else line.cells[0]
        parts.append(text)
        offset += len(text) + 1
    return "\n".join(parts), starts


def find_labels(flat: str) -> list[LabelMatch]:
    matches: list[LabelMatch] = []
    for m in _LABELS.finditer(flat):
        group = m.lastgroup                      # the alternative (``groupdict`` costs 80 µs a match)
        kind_code, key = group.split("__")[0].split("_", 1)
        colon = m.end(group) < m.end()           # the optional colon after the label matched
        after = flat[m.end(): m.end() + 1]
        boundary_after = after in ("", CELL, "\n", " ", "\u3000", "\t") or colon
        at_cell_start = m.start() == 0 or flat[m.start() - 1] in (CELL, "\n") or \
            flat[max(0, m.start() - 1)] in (" ", "\u3000") and _line_prefix_blank(flat, m.start())
        kind = {"F": "field", "B": "budget", "C": "caption"}[kind_code]
        if kind == "field" and not boundary_after:
            continue
        # right after another label with only blanks between, the first label's value is empty
        # ('主管部门 实施单位 天长市水利局' where the blank 主管部门 cell vanished)
        after_label = bool(matches) and matches[-1].kind == "field" \
            and not flat[matches[-1].end:m.start()].strip(" \u3000")
        if kind == "field" and not at_cell_start and not colon and not after_label \
                and not _in_short_spaced_row(flat, m.start()):
            continue                                     # a label word inside running text
        if kind == "budget" and not (boundary_after or _DIGIT_OR_BLANK.match(after)):
            continue
        written = clean_text(m.group(group)) or m.group(group)
        unit = None
        unit_match = _UNIT_WORD.search(fold_key(written))
        if kind in ("budget", "caption") and unit_match and _OPEN_BRACKET.search(written):
            unit = MONEY_UNITS[unit_match.group(1)]
        label = clean_text(written.replace(CELL, " ").replace("\n", " ")) or written
        matches.append(LabelMatch(kind, None if kind == "caption" else key, label,
                                  m.start() + len(m.group("lead") or ""), m.end(), unit))
    return matches


#: A line of at most this many blank-separated words is a row of cells (label value label value),
#: not running text: a label may start after a blank in it.
_MAX_SPACED_ROW_WORDS = 6


def _in_short_spaced_row(flat: str, pos: int) -> bool:
    """True when ``pos`` follows a blank inside a short blank-separated line (``主管部门 某市水利局
    实施单位 某市农村供水站``, cells whose separators a converter turned into blanks)."""
    if pos == 0 or flat[pos - 1] not in (" ", "\u3000"):
        return False
    start = max(flat.rfind("\n", 0, pos), flat.rfind(CELL, 0, pos)) + 1
    end_candidates = [i for i in (flat.find("\n", pos), flat.find(CELL, pos)) if i != -1]
    line = flat[start:min(end_candidates) if end_candidates else len(flat)]
    return len(line.split()) <= _MAX_SPACED_ROW_WORDS


def _line_prefix_blank(flat: str, pos: int) -> bool:
    """True when only blanks stand between the start of the cell/line and ``pos``."""
    i = pos - 1
    while i >= 0 and flat[i] in (" ", "\u3000"):
        i -= 1
    return i < 0 or flat[i] in (CELL, "\n")


def value_pieces(text: str) -> list[str]:
    """The non-empty cells/lines of a value region, in order."""
    return [p.strip() for p in _VALUE_SEPARATOR.split(text) if p.strip()]


#: A short field's value wrapped over more lines than this is the first line and unrelated text.
_MAX_WRAPPED_PIECES = 3


def value_text(text: str, long: bool) -> str | None:
    """A field's value: long fields join all their lines; short ones take their first cell, or all
    their lines when a converter wrapped one cell over several lines (no cell separators)."""
    pieces = value_pieces(text)
    if not pieces:
        return None
    if not long and len(pieces) > _MAX_WRAPPED_PIECES:
        return clean_text(pieces[0])          # one cell per line: the lines after it are not its value
    if long or CELL not in text.strip(" \n\x1f"):
        return join_wrapped_lines(pieces) or None
    return clean_text(pieces[0])


def ticked_options(text: str) -> list[str]:
    """Options marked ticked in a checkbox list (``经常性专项业务费 ☑ 其他经常性项目 ☐``, or with the
    box before the option: ``√政府购买服务 □资产购置类``)."""
    marks = TICKED_GLYPHS + UNTICKED_GLYPHS
    tokens = [t for t in re.split(rf"([{marks}])", text.replace(CELL, " ")) if t.strip()]
    box_first = bool(tokens) and tokens[0].strip() in marks
    options: list[str] = []
    for i, token in enumerate(tokens):
        if token.strip() not in TICKED_GLYPHS:
            continue
        j = i + 1 if box_first else i - 1            # the option the box belongs to
        if 0 <= j < len(tokens) and tokens[j].strip() not in marks:
            words = tokens[j].split()
            options.append(re.sub(CHECKBOX_OPTION_NUMBER_PATTERN, "", words[0] if box_first else words[-1]))
    return options


def has_checkboxes(text: str) -> bool:
    return any(g in text for g in TICKED_GLYPHS + UNTICKED_GLYPHS)
