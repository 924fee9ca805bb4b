"""Content-order text whose rows hold on their lines (``pdftotext -raw`` of a table with wide enough
columns): each wrapped cell's next lines put back into it, one cell a line.

``pdftotext -raw`` writes a page in the order the PDF draws it, one printed line a line. A table's
cells are drawn one after the other, so a row's cells that share its top line come out on one line,
split by single blanks; a cell that wraps goes on below, one line for each of its printed lines, and
the row's next cell, back on the top line, opens a new line (``开展宣传活动`` / ``次数`` / ``>=30 次 26
次 19 16.47 受资金到位时`` / ``间影响,下年度`` / ``提前谋划``). So a line holding one fragment may be a
wrapped cell's next line; what says it is:

* the vocabulary: a known word that the line break cuts (``服务对象满意`` / ``度指标``), a money amount
  cut in two (``17,464,400.`` / ``00``);
* the column's width: a wrapped cell's lines all fill its column (within a character), so a line no
  wider than the one above it continues it when that one was wide enough to have wrapped, and a line
  narrower than its column by more than a character ends the cell.

PDF tools also space digits from Chinese inside a cell (``>3200 人``, ``(16 分)``, ``2020 年度``): a
blank between a number and its unit, inside brackets, or inside a sentence is no cell boundary.

The cells come out one a line, the shape a table flattened to one cell per line with its blank cells
dropped has; its rows are left to the column reader. Text whose known words the line breaks cut
nearly one in two (columns so narrow that widths tell little) is read as one run a page instead
(``content_order.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Sequence

import regex as re

from jixiao.extract.layout.columns import is_points, joins_cell_head
from jixiao.extract.layout.content_order import (
    continues_code, cut_level_word_rests, cut_words, pdf_pages, starts_level_word,
)
from jixiao.extract.layout.glued_cells import is_known_word, known_word_spans
from jixiao.extract.layout.reader import is_level_word
from jixiao.extract.layout.rows import is_empty_slot
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from jixiao.extract.layout.stream import CELL_JOIN_UNCERTAIN
from jixiao.normalize.money import money_unit_multiplier
from jixiao.normalize.text import TICKED_GLYPHS, UNTICKED_GLYPHS, alternation, display_width
from jixiao.normalize.vocabulary import (
    AGENCY_NAME_SUFFIXES, ENUMERATION_COMMA, INDICATOR_DIRECTION_WORDS, LINE_START_PROHIBITED_MARKS, MAGNITUDE_WORDS,
    OPERATOR_PREFIXES, OPERATOR_SUFFIXES, OPERATOR_SYMBOL_CHARS, OWN_FONT_OPERATOR_CHARS, QUALITATIVE_RESULT_WORDS,
    QUALITATIVE_TARGET_WORDS,
    RATE_NAME_SUFFIXES, RECIPIENT_MONEY_CAPTIONS, SENTENCE_PUNCTUATION_PATTERN,
    SCORING_RULE_CLOSE_PATTERN, SCORING_RULE_FIGURE_LEAD_PATTERN, SCORING_RULE_FIGURE_PATTERN, SPACED_NUMBER_IN_CELL_PATTERN,
    SPACED_DIGIT_HEAD_WORDS, SPLIT_CELL_HEAD_PATTERN, UNITS, WEB_PAGE_CHROME_WORDS, YEAR_WORD,
)

_BLANKS = re.compile(r"\s+")
#: A column gap (``pdftotext -layout``), a tab or a pipe: the text keeps its columns, another shape.
_COLUMNS_KEPT = re.compile(r"\S {2,}\S|[\t|]")
#: Digits beside Chinese, spaced from it (``580 公里``, ``2020 年``) or not (``580公里``): a PDF tool
#: that spaces them wrote the text when (almost) all are spaced.
_DIGIT_SPACED_HAN = re.compile(r"\d \p{Han}|\p{Han} \d")
_DIGIT_BY_HAN = re.compile(r"\d\p{Han}|\p{Han}\d")
#: A year or points spaced from their word (``2020 年``, ``(16 分)``), as pdftotext writes them.
_SPACED_NUMBER = re.compile(SPACED_NUMBER_IN_CELL_PATTERN)
_ENDS_IN_NUMBER = re.compile(r"[\d.%]$")
_UNIT_HEAD = re.compile(rf"^(?:{alternation((*UNITS, *MAGNITUDE_WORDS, *OPERATOR_SUFFIXES, *SPACED_DIGIT_HEAD_WORDS))})")
_HAN_END = re.compile(r"\p{Han}$")
_MONEY_CAPTIONS = tuple(RECIPIENT_MONEY_CAPTIONS)
#: A unit's beginning that is no unit of its own (``公`` of 公里, ``平方`` of 平方米).
_UNIT_STARTS = frozenset(u[:k] for u in UNITS for k in range(1, len(u)) if re.fullmatch(r"\p{Han}+", u[:k])) - set(UNITS)
_DIGIT_START = re.compile(r"^[\d.]")
#: A sentence's punctuation, or a list's comma (…费、报刊费): prose, not a name.
_SENTENCE = re.compile(rf"{SENTENCE_PUNCTUATION_PATTERN}|{ENUMERATION_COMMA}")
#: One character and a mark no line may open with: carried down together by the typesetter.
_CARRIED_DOWN = re.compile(rf"^\p{{Han}}[{re.escape(LINE_START_PROHIBITED_MARKS)}]$")
_CELL_HEAD = re.compile(SPLIT_CELL_HEAD_PATTERN)
#: A caption's number (``表 1``, ``表 3-2``): its title follows as a cell of its own.
_CAPTION_NUMBER = re.compile(r"^表\s?[\d\-－.]+$")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_SENTENCE_END = ("。", "：", ":")
#: A bar between words (a web page's footer ``网站地图 | 联系我们``): the line is one paragraph.
_BAR = re.compile(r"\s[|｜]\s")
#: A web page's chrome (``打印 关闭窗口``, ``版权所有:… 网站标识码:…``): the line is one paragraph.
_CHROME = re.compile(alternation(WEB_PAGE_CHROME_WORDS))
#: A title or a caption (``…评分表``): whole on its line, never a wrapped cell.
_TITLE_END = "表"
_DIRECTION_WORDS = frozenset(INDICATOR_DIRECTION_WORDS)
#: Operator words (至少, 不低于): the number after them is in their cell, a PDF tool spaced it.
_OPERATOR_WORDS = frozenset(w for w in OPERATOR_PREFIXES if _HAN_END.search(w))
_LABEL_END = (":", "：")
_RATE_NAME_ENDS = frozenset(RATE_NAME_SUFFIXES)

_OPERATORS = f"[{re.escape(OPERATOR_SYMBOL_CHARS)}]*"
#: A value of its own (a number, a percentage, an amount, a target with its unit, spaced off or in
#: brackets: ``>=326 人次``, ``=120.00(公里)``, ``>=90.00(%)``): never a wrapped text cell's next line.
_VALUE = re.compile(rf"^{_OPERATORS}[-+]?[\d,]*\.?\d+"
                    rf"(?: ?(?:[%％]|\p{{Han}}{{1,3}})|[(（](?:[%％]|\p{{Han}}{{1,3}})[)）])?$")
#: The start of a money amount a column wrapped (``4,633,15`` / ``2.33``, ``17464400.0`` / ``0``).
_MONEY_START = re.compile(r"^(?:\d{1,3}(?:,\d{3})*,\d{0,2}|\d{1,3}(?:,\d{3})*\.\d?|\d+\.\d?)$")
_MONEY = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$|^\d+\.\d{1,2}$")
_LONG_NUMBER = re.compile(r"^\d+\.\d+$")
#: A unit's or a project's code, and the name a hyphen ties to it on the line below (``820001`` /
#: ``-井研县``: one cell, ``820001-井研县…``).
_CODE = re.compile(r"^\d{3,}$")
_CODE_NAME = re.compile(r"^[-—－]\p{Han}")
_UNIT = re.compile(rf"^(?:{alternation(UNITS)})$")
_MAGNITUDES = tuple(MAGNITUDE_WORDS)
_ENDS_IN_DIGIT = re.compile(r"\d$")
_HAN_TAIL = re.compile(r"(?<=\d)\p{Han}{1,3}$")
_UNIT_WORDS = frozenset((*UNITS, *OPERATOR_SUFFIXES))
_DIGITS = re.compile(r"^\d+$")
_ALL_HAN = re.compile(r"^\p{Han}+$")
_HAN_START = re.compile(r"^\p{Han}")
#: A value's start (``=100.00(%)``, ``≥90.00(%)``, ``7,702,644``): a target or an amount.
_VALUE_START = re.compile(rf"^{_OPERATORS}\d")
#: Word targets and results of the vocabulary (及时, 显著提升): a row's value, alone on its line.
_WORD_TARGETS = frozenset((*QUALITATIVE_TARGET_WORDS, *QUALITATIVE_RESULT_WORDS))
#: A thousands separator (``7,624,338``): no sentence's comma.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
#: A money label's unit in brackets, with its colon (``（元）：``), alone on its line.
_UNIT_BRACKET = re.compile(r"^[(（]\p{Han}{1,2}[)）][:：]?$")
#: A label with its value after a colon (金额单位:元, 填报人:王芳): a line of its own.
_LABELLED = re.compile(r"^\p{Han}{2,8}[:：]")
_BOXES = frozenset(TICKED_GLYPHS + UNTICKED_GLYPHS)
_RULE_FIGURE = re.compile(rf"{SCORING_RULE_FIGURE_PATTERN}|{SCORING_RULE_CLOSE_PATTERN}")
_RULE_CLOSED = re.compile(rf"{SCORING_RULE_CLOSE_PATTERN}$")
_RULE_LEAD_END = re.compile(rf"{SCORING_RULE_FIGURE_LEAD_PATTERN}$")
_RULE_FIGURE_START = re.compile(rf"^{SCORING_RULE_FIGURE_LEAD_PATTERN}\d")
_FIGURE = re.compile(r"^\d+(?:\.\d+)?$")
#: how many characters before a cut a scoring rule's figure may start (每低 + figure)
_RULE_FIGURE_REACH = 8


def _rule_figure_across(before: str, after: str) -> bool:
    """A scoring rule's verb, figure and unit (得3分, 扣0.5分, 每低1个百分点) or its closing words (不得分)
    that the cut between
    ``before`` and ``after`` (a line break, a PDF tool's blank) runs through."""
    tail = before[-_RULE_FIGURE_REACH:]
    return any(m.start() < len(tail) < m.end() for m in _RULE_FIGURE.finditer(tail + after))


def _unclosed(text: str) -> bool:
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _inside_cell(before: str, after: str, following: str | None) -> bool:
    """Whether the blank between ``before`` and ``after`` (words of one line) is a PDF tool's blank
    inside one cell: in brackets, a number before its unit (``3200 人``, ``2020 年``), an operator word
    before its number (``至少 1200``), a year after a name (``村组干部报酬 2022 年度…``), or digits
    inside a sentence. A caption's number is followed by its title, a label ends with its colon:
    other cells."""
    if _unclosed(before):
        return True
    if _CAPTION_NUMBER.match(before) or after.endswith(_LABEL_END):
        return False                              # a caption's title, a label (…预算（元）：): cells of their own
    if before in _OPERATOR_WORDS and _DIGIT_START.match(after):
        return True                               # an operator word before its number (至少 1200 人次)
    if _rule_figure_across(before, after + (following or "")) or \
            (following is None and _RULE_LEAD_END.search(before) and _FIGURE.match(after)):
        return True                               # a scoring rule's figure (定得 3 分,否; 点扣 0.5 / 分)
    if _ENDS_IN_NUMBER.search(before) and (_UNIT_HEAD.match(after) or (following is None and after in _UNIT_STARTS)):
        # its unit, or a unit's start the line break cut (>=120 公 / 里); not a label of the vocabulary
        # that opens with a unit's character (5,153,428 项目当年预算（元）: the next field's label)
        return not is_known_word(after)
    if _HAN_END.search(before) and _DIGIT_START.match(after):
        if _YEAR.match(after) and following is not None and following.startswith(YEAR_WORD) \
                and not is_known_word(before):
            return True
        return bool(_SENTENCE.search(before)) and following is not None and _UNIT_HEAD.match(following) is not None
    return False


def _is_sentence(line: str, settings: LayoutSettings) -> bool:
    """A line of prose (it ends a sentence, or holds a sentence's commas and is long): one cell."""
    text = _BLANKS.sub("", line)
    return text.endswith(_SENTENCE_END) or (bool(_SENTENCE.search(text)) and len(text) > settings.spaced_max_cell_length)


def line_cells(line: str) -> list[str]:
    """A line's cells: its words joined where the blank between them is inside a cell (no blank
    kept there, as the cell was written; a caption's 表 or a score row's code keeps its blank)."""
    words = [w for w in _BLANKS.split(line.strip()) if w]
    cells: list[str] = []
    for k, word in enumerate(words):
        following = words[k + 1] if k + 1 < len(words) else None
        if cells and joins_cell_head(cells[-1], word):
            cells[-1] += f" {word}"
        elif cells and (_inside_cell(cells[-1], word, following) or _opens_name(cells, word, following)):
            cells[-1] += word
        else:
            cells.append(word)
    return cells


#: A row's 序号 (``1``, ``（2）``), and the most digits of a number a name opens with (a service line's
#: ``12319``; a budget unit's code has six or more and a column of its own).
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}|[（(]\d{1,2}[)）])$")
_NAME_NUMBER_DIGITS = 5


def _opens_name(cells: Sequence[str], word: str, following: str | None) -> bool:
    """Whether the number just read is the one a name opens with (a service line's ``12319`` in
    ``社会效益 12319 群众知晓率 >=80%``, ``110 维修养护道路里程 210 公里``): digits after a level word and
    before a word that is no level (a target comes after a name, never before it); digits opening
    the line with a value after the word; or digits of up to five after a row's 序号. Never a weight, a score or a short 序号 (those run 0-100:
    ``决策 20 项目立项`` keeps its 20); a longer 序号 row (``101 城区道路 71.74``) would be read as a
    coded name (its table has no column the name could be cut from)."""
    number = cells[-1]
    if not _DIGITS.match(number) or is_points(number) or not _ALL_HAN.match(word) or is_level_word(word):
        return False
    if len(cells) == 1:
        return following is not None and (following[0] in OPERATOR_SYMBOL_CHARS or bool(_DIGIT_START.match(following))
                                          or any(following.startswith(w) for w in _OPERATOR_WORDS))
    if len(cells) == 2 and _ROW_NUMBER.match(cells[0]) and len(number) <= _NAME_NUMBER_DIGITS:
        return True                               # a row's 序号, then its name's number (1 12319 服务器采购 24.30 …)
    return is_level_word(cells[-2])


@dataclass
class _Cell:
    """A cell being read: its lines, top to bottom; ``ended`` once a line narrower than the column
    shows the cell did not wrap further."""

    lines: list[str]
    ended: bool = False
    prose: bool = False
    page_breaks: int = 0                          # page breaks before the cell (the first of its page)
    by_width: bool = False                        # a line put back by the column's width alone
    in_row: bool = False                          # opened on a line holding several cells

    @property
    def text(self) -> str:
        return "".join(self.lines)

    @property
    def width(self) -> int:
        return max(display_width(l) for l in self.lines)


def _word_across(before: str, after: str) -> bool:
    """A vocabulary word that the line break between ``before`` and ``after`` cuts (or completes)."""
    joined = before + after
    if is_known_word(joined):
        return True
    cut = len(before)
    return any(start < cut < end for start, end in known_word_spans(joined))


def _carried_down(cell: _Cell, line: str) -> bool:
    """The line is a character carried down with a mark no line may open (``顺利实`` / ``施。``): the
    cell's last line ended short of its column only because the two did not fit there together. It
    completes the cell, but proves no wrapped column (it is not counted as a join)."""
    last = display_width(cell.lines[-1])
    return bool(_CARRIED_DOWN.match(line)) and len(cell.lines) >= 2 and last < cell.width < last + display_width(line)


def _strong_join(cell: _Cell, line: str, settings: LayoutSettings) -> bool:
    """The line completes the cell's last word or amount (the vocabulary or a money amount says so),
    or names the code the cell holds (``820001`` / ``-井研县``)."""
    if _CODE.match(cell.text) and _CODE_NAME.match(line) or continues_code(cell.text, line):
        return True                               # a budget code's pieces (511321 / 24T000 / 471-学生)
    if _MONEY_START.match(cell.text) and _MONEY.match(cell.text + line):
        return True
    if _LONG_NUMBER.match(cell.text) and _DIGITS.match(line) and len(cell.text) >= settings.raw_rows_min_wrapped_width:
        return True                               # a long figure wrapped (0.89999997 / 61581421)
    if _VALUE.match(cell.text) and _UNIT.match(line) and (
            cell.text.endswith(_MAGNITUDES) or
            (_ENDS_IN_DIGIT.search(cell.text) and display_width(cell.text) >= settings.raw_rows_min_wrapped_width)):
        return True                               # a target's unit wrapped (<=40 万 / 元, 至少 580 / 人次)
    if _VALUE.match(cell.text) and _ALL_HAN.match(line) and (tail := _HAN_TAIL.search(cell.text)) \
            and any(tail.group()[k:] + line in _UNIT_WORDS for k in range(len(tail.group()))):
        return True                               # a unit or an operator word cut inside (>=120 人 / 次, 2 公里以 / 上)
    if _rule_figure_across(cell.text, line) or (_open_sentence(cell.text) and _RULE_FIGURE_START.match(line)):
        return True                               # a scoring rule's figure (…不符扣 / 1 分; …每低1个百分点 / 扣 0.5 分)
    return not _VALUE.match(line) and _word_across(cell.text, line)


def _open_sentence(text: str) -> bool:
    """A sentence not yet ended (a goal's clauses: ``落实…政策,提升``; a scoring rule's last clause
    ends it: ``…,否则酌情扣分``)."""
    return bool(_SENTENCE.search(text)) and not text.endswith(_SENTENCE_END) and not _RULE_CLOSED.search(text)


def _cut_by_page(cells: Sequence[_Cell], settings: LayoutSettings) -> list[_Cell]:
    """The cells of a page's last rows that a page break may have cut (a tall row: a long goal, a
    code printed in pieces), left to right: narrow wrapped cells still wrapping, or holding a
    sentence not yet ended (its last line may have ended short only for the page's end)."""
    return [c for c in cells if not c.prose and len(c.lines) >= 2 and c.width <= settings.raw_rows_max_column_width
            and (not c.ended or _open_sentence(c.text))]


def _page_carry(cut: Sequence[_Cell], line: str, started: bool, settings: LayoutSettings) -> int | None:
    """Which of the cells a page break cut (``cut``, left to right) the next page's line goes on: the
    first it completes a word or a code of, else the last sentence it goes on with, else (once an
    earlier line went on in one of them) the first it continues by width; None: none."""
    found = next((k for k, cell in enumerate(cut) if _strong_join(cell, line, settings)), None)
    if found is None:
        found = next((k for k in reversed(range(len(cut))) if _open_sentence(cut[k].text)
                      and _continues(replace(cut[k], ended=False), line, settings)), None)
    if found is None and started:
        found = next((k for k, cell in enumerate(cut) if _continues(cell, line, settings)), None)
    return found


def _continues(cell: _Cell, line: str, settings: LayoutSettings) -> bool:
    """Whether ``line`` (one fragment) is the next printed line of ``cell``: a word or an amount it
    completes, or the widths of a wrapped column (the cell's lines fill it, this one no wider)."""
    if _strong_join(cell, line, settings):
        return True
    if cell.ended or _LABELLED.match(line) or is_known_word(line) or _CELL_HEAD.match(line.split()[0]):
        return False
    if cell.text.endswith(_TITLE_END) or line.endswith(_TITLE_END) or is_known_word(cell.text) \
            or cell.text in _DIRECTION_WORDS:
        return False                              # a title, a whole word of the vocabulary: no wrap
    if _VALUE.match(line) or _MONEY_START.match(line) or _VALUE.match(cell.text):
        return False                              # a value (or an amount's start) is whole, and never continues words
    if (rests := cut_level_word_rests(cell.text)) and not line.startswith(tuple(rests)) \
            and not (cell.text + line).endswith(AGENCY_NAME_SUFFIXES):
        return False                              # a level word cut at the cell's end: its rest comes next,
                                                  # unless the two make an agency's name (生态环 / 境局)
    if starts_level_word(line) and not starts_level_word(cell.text + line):
        return False                              # a level word's first line (满意度指) opens its cell
    width = cell.width
    if width < settings.raw_rows_min_wrapped_width:
        return False                              # a narrow cell did not wrap
    return display_width(line) <= width + settings.raw_rows_width_tolerance


def _opens_word(cell: _Cell, line: str, following: str) -> bool:
    """The line and the next one make a word of the vocabulary (``生态效益`` / ``指标``, ``资金金额`` /
    ``(万元)``) that the cell above does not begin: the line opens a cell of its own, however
    narrow the column above it."""
    joined = line + following.strip()
    if len(following.split()) != 1:
        return False
    if is_known_word(joined):
        return not is_known_word(cell.text + joined)
    return joined.startswith(_MONEY_CAPTIONS) and money_unit_multiplier(joined) is not None


#: How a fragment continues a row's cell: a word or an amount it completes, or a wrapped column's width.
_STRONG, _BY_WIDTH = 2, 1


def _fragment_score(cell: _Cell, fragment: str, settings: LayoutSettings) -> int | None:
    """How well ``fragment`` continues ``cell`` (None: it cannot)."""
    if _strong_join(cell, fragment, settings):
        return _STRONG
    return _BY_WIDTH if _continues(cell, fragment, settings) else None


def _is_orphan(fragment: str, settings: LayoutSettings) -> bool:
    """A fragment too short to be a cell of its own: a word's last characters (``度``, ``率``), or the
    end of a rate's name (``受益对象`` / ``满意度``)."""
    return (len(fragment) <= settings.raw_rows_max_orphan_length or fragment in _RATE_NAME_ENDS) \
        and bool(_ALL_HAN.match(fragment)) and not is_known_word(fragment)


def _cut_cell(cells: Sequence[_Cell], fragment: str) -> _Cell | None:
    """The one cell among ``cells`` whose level word, cut at its end, ``fragment`` completes; None when
    no cell or several are so cut."""
    found = [c for c in cells if not c.prose and fragment in cut_level_word_rests(c.text)]
    return found[0] if len(found) == 1 else None


def _tall_score(cell: _Cell, fragment: str, settings: LayoutSettings) -> int | None:
    """How well ``fragment`` continues a cell of a tall row: a code's piece or a word it completes, or
    words (a value, an operator, a mark opens a cell of the rows beside it): a clause (``落实落地,``)
    that goes on with the sentence the cell holds (not yet ended) is as sure as a word it completes."""
    if _strong_join(cell, fragment, settings):
        return _STRONG
    if not _HAN_START.match(fragment):
        return None
    if _SENTENCE.search(fragment) and _open_sentence(cell.text) \
            and _continues(replace(cell, ended=False), fragment, settings):
        return _STRONG
    return _BY_WIDTH if _continues(cell, fragment, settings) else None


def _tall_row(cells: Sequence[_Cell], settings: LayoutSettings) -> list[_Cell]:
    """The cells a tall row opened one a line (a unit, a code printed in pieces, an amount, a long
    goal) before the rows printed beside them (the indicator rows, each on its line): the wrapped
    cells of the run of cells opened alone just before the last rows. Empty when no row follows them."""
    end = len(cells)
    while end and cells[end - 1].in_row:
        end -= 1
    start = end
    while start and not cells[start - 1].in_row and not cells[start - 1].prose \
            and end - start < settings.raw_rows_tall_row_cells:
        start -= 1
    # a tall row's cells wrapped (that is why it is tall), in a table's narrow columns
    return [c for c in cells[start:end] if len(c.lines) >= 2 and c.width <= settings.raw_rows_max_column_width] \
        if end < len(cells) else []


def _row_continuation(row: Sequence[_Cell], fragments: Sequence[str], settings: LayoutSettings,
                      score_of: Callable[[_Cell, str, LayoutSettings], int | None] = _fragment_score,
                      ) -> list[tuple[int, int]] | None:
    """The cells of ``row`` (left to right, one fragment each) that a line of fragments continues,
    with each fragment's score: the placing with the best total (the leftmost of equal ones), None
    when some fragment continues no cell, or none of several completes a word or an amount."""
    scores = [[score_of(cell, f, settings) for cell in row] for f in fragments]
    best: dict[tuple[int, int], tuple[int, list[tuple[int, int]]] | None] = {}

    def place(i: int, j: int) -> tuple[int, list[tuple[int, int]]] | None:
        """The best placing of fragments i.. in cells j.."""
        if i == len(fragments):
            return 0, []
        if len(row) - j < len(fragments) - i:
            return None
        if (i, j) not in best:
            options = []
            if (score := scores[i][j]) is not None and (rest := place(i + 1, j + 1)) is not None:
                options.append((score + rest[0], [(j, score)] + rest[1]))
            if (skipped := place(i, j + 1)) is not None:
                options.append(skipped)
            best[i, j] = max(options, key=lambda o: o[0]) if options else None
        return best[i, j]

    found = place(0, 0)
    if found is None or (len(fragments) > 1 and not any(score == _STRONG for _, score in found[1])):
        return None
    return found[1]


@dataclass(frozen=True)
class RawCells:
    """A page's cells in content order, and how many wrapped lines of narrow cells (a table's
    columns, not a page's prose) were put back (by the vocabulary or an amount, and by the column
    widths)."""

    cells: list[str]
    strong_joins: int
    width_joins: int
    row_lines: int = 0                            # lines put back under the cells of the row above
    width_joined: tuple[str, ...] = ()            # cells a line joined by width alone: their lines, `` / ``


def raw_cells(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> RawCells:
    """The cells of content-order lines: each line's cells, a one-fragment line that continues the
    line above's last cell joined to it, a line of fragments that continue cells of the row above
    joined to them. A page's first cell opens with a page break; a row cut by a page break goes on
    at the top of the next page, the only join across pages."""
    cells: list[_Cell] = []
    row: list[_Cell] = []                         # the cells of the last line holding several
    row_continued = False                         # a line below it continued some of them
    strong_joins = width_joins = row_lines = 0
    breaks = 0                                    # page breaks before the next new cell
    tall: list[_Cell] = []                        # a tall row's cells whose next lines come now

    def join(cell: _Cell, line: str, strong: bool) -> None:
        nonlocal strong_joins, width_joins
        if cell.width <= settings.raw_rows_max_column_width:
            strong_joins += strong
            width_joins += not strong
            cell.by_width |= not strong
        cell.lines.append(line)
        if display_width(line) <= cell.width - settings.raw_rows_width_tolerance:
            cell.ended = True

    def add(new: list[_Cell]) -> None:
        nonlocal breaks
        if new and breaks:
            new[0].page_breaks, breaks = breaks, 0
        cells.extend(new)

    for n, page in enumerate(pdf_pages(lines)):
        breaks += n > 0
        page_start = len(cells)
        # the cells of the page before that its first lines go on (a tall row the break cut)
        page_cut = _cut_by_page(cells[max(0, page_start - settings.raw_rows_page_carry_lookback):], settings) \
            if n else []
        carried = False
        filled = [raw for raw in page if raw.strip()]
        for at, raw in enumerate(filled):
            if tall and len(found := line_cells(raw)) == 1 \
                    and (k := _page_carry(tall, found[0], True, settings)) is not None:
                join(tall[k], found[0], False)
                tall = tall[k:]                   # a tall row's cells go on left to right
                continue
            tall = []
            if page_cut and len(cells) == page_start and len(found := line_cells(raw)) == 1:
                if (k := _page_carry(page_cut, found[0], carried, settings)) is not None:
                    join(page_cut[k], found[0], False)
                    page_cut, carried = page_cut[k:], True  # the next lines go on in it or in a cell on its right
                    continue
                page_cut = []
            if len(raw.split()) > 1 and (_is_sentence(raw, settings) or _BAR.search(raw) or _CHROME.search(raw)):
                add([_Cell([raw.strip()], ended=True, prose=True)])
                row = []
                continue
            found = line_cells(raw)
            if len(found) == 1 and len(cells) > page_start and not cells[-1].prose:
                last, line = cells[-1], found[0]
                if _carried_down(last, line):
                    last.lines.append(line)
                    continue
                strong = _strong_join(last, line, settings)
                if strong or (_continues(last, line, settings)
                              and not _opens_word(last, line, filled[at + 1] if at + 1 < len(filled) else "")):
                    join(last, line, strong)
                    continue
            # the next lines of several cells of the row above, printed below it (``效益指标 可持续影
            # 长效管理 定性 有效改善 72 正向指标`` / ``响指标 机制``), or of one that is not its last: a word
            # it completes (``标``), or, below such a line, a fragment too short to be a cell (``度``)
            # that only one cell of the row can continue
            if row and (placed := _row_continuation(row, found, settings)) is not None \
                    and (len(found) > 1 or placed[0][1] == _STRONG or (row_continued and _is_orphan(found[0], settings)
                         and sum(_fragment_score(c, found[0], settings) is not None for c in row) == 1)):
                for (j, score), fragment in zip(placed, found):
                    join(row[j], fragment, score == _STRONG)
                row_continued, row_lines = True, row_lines + 1
                continue
            # the next lines of a tall row's cells, printed after the rows beside them (``民政府 1288119``
            # under ``≥ 120 次 33 正向指标``): a line of several that goes on in them, its lines below too
            if len(found) > 1 and (opened := _tall_row(cells, settings)) and \
                    (placed := _row_continuation(opened, found, settings, _tall_score)) is not None:
                for (j, score), fragment in zip(placed, found):
                    join(opened[j], fragment, score == _STRONG)
                tall = opened[placed[0][0]:]
                continue
            # the last line of a cell whose level word a line break cut (``服务对象`` / ``满意度指`` …
            # ``标``), printed after the rest of its row or atop the next page: back to the one cell it completes
            if len(found) == 1 and (cut := _cut_cell(cells[-settings.raw_rows_cut_word_lookback:], found[0])) is not None:
                join(cut, found[0], True)
                continue
            new = [_Cell([c], in_row=len(found) > 1) for c in found]
            add(new)
            row, row_continued = (new if len(new) > 1 else []), False
    texts = ["\f" * c.page_breaks + c.text for c in cells]
    if breaks:                                    # pages holding no new cell
        texts.append("\f" * breaks)
    return RawCells(texts, strong_joins, width_joins, row_lines, tuple(" / ".join(c.lines) for c in cells if c.by_width))


def _is_spaced_pdf_text(filled: Sequence[str], settings: LayoutSettings) -> bool:
    """Text a PDF tool wrote in content order: enough lines, no column gaps, digits spaced from
    Chinese wherever they meet, a year or points among them (``2020 年``; by a blank or by a line
    break: ``(2019`` / ``年度)``)."""
    if len(filled) < settings.content_order_min_lines:
        return False
    if sum(1 for l in filled if _COLUMNS_KEPT.search(l.strip())) > len(filled) * settings.content_order_max_gap_share:
        return False
    text = "\n".join(filled)
    spaced = len(_DIGIT_SPACED_HAN.findall(text, overlapped=True))
    unspaced = len(_DIGIT_BY_HAN.findall(text, overlapped=True))
    return bool(_SPACED_NUMBER.search(" ".join(filled))) and \
        unspaced <= (spaced + unspaced) * settings.raw_rows_max_unspaced_share


def _cut_words_put_back(found: RawCells, row_lines: int, settings: LayoutSettings) -> bool:
    """Whether the cells read put back every known word the line breaks cut, each row's wrapped
    cells taking few lines (a narrow name column: ``一般性支出`` / ``压减率`` / ``% 定量 -0 -0 -5.2 …``):
    rows on their lines, though their words are cut as often as in a table of narrow columns that
    all wrap (read as one run a page)."""
    if row_lines < (found.strong_joins + found.width_joins) * settings.raw_rows_put_back_row_line_share:
        return False
    return cut_words([c.replace("\f", "") for c in found.cells if c.strip()]).share <= settings.raw_rows_max_left_cut_share


def is_raw_rows(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """PDF content-order text of a table whose rows hold on their lines: no column gaps, digits spaced
    from Chinese wherever they meet (a PDF tool wrote it: ``2020 年``), many lines holding several
    cells, and many narrow cells' wrapped lines put back — or fewer, when many rows open with a value
    (the rest of a row whose cell wrapped, back on its top line: ``>=30 次 26 次 19 16.47``). Text
    printed as paragraphs (rows written with blanks, prose wrapped at the page's width) has neither;
    line-major text (pdfplumber: a row's top line, then its cells' next lines) has many lines that
    continue the cells of the row above."""
    filled = [l for l in lines if l.strip()]
    if not _is_spaced_pdf_text(filled, settings):
        return False
    rows = [cells for cells in map(line_cells, filled) if len(cells) >= 2]
    found = raw_cells(lines, settings)
    joins = found.strong_joins + found.width_joins
    if cut_words(filled).share >= settings.raw_rows_max_cut_share and not _cut_words_put_back(found, len(rows), settings):
        return False                              # most known words cut: narrow columns, one run a page
    # among the lines that open cells (a wrapped cell's next lines put back are no such lines: a
    # long goal, a budget code printed in pieces)
    if len(rows) < (len(filled) - joins) * settings.raw_rows_row_line_share:
        return False
    if found.row_lines > len(filled) * settings.raw_rows_max_row_continued_share:
        return False                              # rows' cells continued below them: line-major text
    value_led = sum(1 for cells in rows if _VALUE.match(cells[0]))
    if joins < settings.raw_rows_min_joins:
        return False
    return joins >= len(filled) * settings.raw_rows_join_share or \
        (joins >= len(filled) * settings.raw_rows_value_led_join_share
         and value_led >= len(rows) * settings.raw_rows_value_led_share)


def raw_rows_text(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> list[str] | None:
    """Content-order text whose rows hold on their lines → one cell a line (a page break before each
    page's first cell), None when the text is not such text."""
    if not is_raw_rows(lines, settings):
        return None
    return raw_cells(lines, settings).cells


#: Operators a PDF prints in a font of their own (the Chinese font lacks them): written in the middle of
#: a line (``运维配套管网长度 ≥580 公里``), ``pdftotext -raw`` puts them on a line of their own above it.
_OWN_FONT_OPERATORS = frozenset(OWN_FONT_OPERATOR_CHARS)
_FIGURE_START = re.compile(r"^\d")
#: a label's closing colon (``指标 1:``): the name written after it follows with no blank.
_SLOT_LABEL_END = re.compile(r"[:：]$")


def _operator_placed(operator: str, below: Sequence[str]) -> list[str] | None:
    """The line below with ``operator`` put back before its first figure that follows Chinese words
    (``运维配套管网长度 580 公里`` → ``运维配套管网长度 ≥580 公里``), or, when that line is a name alone, the two
    lines below with it before the figure that opens the second (``检测样品批次`` / ``≥1200 批次``); None
    when there is no such figure."""
    words = below[0].split(" ")
    for k in range(1, len(words)):
        if _FIGURE_START.match(words[k]) and _HAN_END.search(words[k - 1]):
            return [" ".join([*words[:k], operator + words[k], *words[k + 1:]])]
    if len(below) == 2 and _ALL_HAN.match(below[0]) and _FIGURE_START.match(below[1]):
        return [below[0], operator + below[1]]
    return None


def operators_put_back(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> list[str]:
    """PDF content-order text with each operator printed on a line of its own (``≥``, drawn in another
    font, comes out above its line: ``≥`` / ``运维配套管网长度 580 公里``) put back before the first figure
    of the line below (``运维配套管网长度 ≥580 公里``); an operator closing a line (``指标 1: ≥``) goes
    there too, the line's other words before the line below. Other text, and an operator whose next
    line has no figure after Chinese words, are as they were."""
    if not any(line.strip(" ").rpartition(" ")[2] in _OWN_FONT_OPERATORS for line in lines):
        return list(lines)
    if not _is_spaced_pdf_text([l for l in lines if l.strip()], settings):
        return list(lines)
    out: list[str] = []
    k = 0
    while k < len(lines):
        before, _, operator = lines[k].strip(" ").rpartition(" ")
        placed = _operator_placed(operator, lines[k + 1:k + 3]) \
            if operator in _OWN_FONT_OPERATORS and k + 1 < len(lines) else None
        if placed is None:
            out.append(lines[k])
            k += 1
            continue
        # the words the line printed before the operator open the line below (``指标 1: ≥`` /
        # ``场馆年开放天数 300 天``: one printed line, cut where the operator's font begins)
        glue = "" if not before or _SLOT_LABEL_END.search(before) else " "
        out += [f"{before}{glue}{placed[0]}", *placed[1:]]
        k += 1 + len(placed)
    return out


def cell_join_notes(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> list[str]:
    """The document note of the cells ``raw_rows_text`` put back by the columns' widths alone (a line
    no wider than the cell's column, no word or amount completed): ``cell_join_uncertain``, with each
    such cell's lines as written (``保障公共 / 图书馆免 / 费开放顺 / 利实施``). Empty when there are none."""
    joined = raw_cells(lines, settings).width_joined
    if not joined:
        return []
    return [f"{CELL_JOIN_UNCERTAIN}\t{len(joined)} cell(s) put back from wrapped lines by the column's width "
            f"alone (no word or amount completed)\t{'; '.join(joined)}"]


def kept_rows_text(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> list[str] | None:
    """Content-order text of a table whose cells did not wrap (columns wide enough: most lines hold
    a whole row) → its lines with a single blank between cells and none inside a cell (``至少 1200
    人次`` → ``至少1200人次``, as the cell was written), None when the text is not such text. Tried after
    the readings of wrapped columns (``raw_rows_text``, ``content_order_text``)."""
    filled = [l for l in lines if l.strip()]
    if not _is_spaced_pdf_text(filled, settings):
        return None
    kept = _labels_put_back(["\f".join(" ".join(line_cells(piece)) for piece in line.split("\f"))
                             for line in lines], settings)
    # counted once wrapped labels and names are back on their rows; a form's prose cells (项目概况,
    # 立项依据 …: a long text wrapped at its cell's width) are no rows, nor is a template's unfilled
    # slot on a line of its own (``指标 2:``, ``……``: a row with nothing in it)
    filled = _label_pieces_joined([l for l in kept if l.strip() and not is_empty_slot(l)], settings)
    rows = sum(1 for l in filled if len(l.split()) >= 2)
    prose = sum(1 for l in filled if _is_prose(l, settings))
    if rows < (len(filled) - prose) * settings.raw_rows_kept_row_line_share:
        return None
    return kept


def _label_pieces_joined(lines: Sequence[str], settings: LayoutSettings) -> list[str]:
    """The lines with each run of one-word lines that make a level word together (a merged 一级 or 二级
    label that a narrow column printed a few characters a line: ``产`` / ``出`` / ``指`` / ``标`` /
    ``(50分)``, ``经济效益`` / ``指标``) as one line: one label cell, not a line each."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = None
        if len(lines[k].split()) == 1 and not is_level_word(lines[k]):
            joined = ""
            for j in range(k, min(len(lines), k + settings.raw_rows_label_piece_lines)):
                if len(lines[j].split()) != 1:
                    break
                joined += lines[j].strip()
                if j > k and is_level_word(joined):
                    end = j + 1
        if end is None:
            out.append(lines[k])
            k += 1
            continue
        out.append("".join(l.strip() for l in lines[k:end]))
        k = end
    return out


def _is_prose(line: str, settings: LayoutSettings) -> bool:
    """A line of a prose cell (a sentence's end, or a sentence's commas on a long line; an amount's
    thousands separators are no commas, a label's colon no sentence's end)."""
    text = _BLANKS.sub("", _THOUSANDS.sub("", line))
    return text.endswith("。") or (bool(_SENTENCE.search(text)) and len(text) > settings.spaced_max_cell_length)


def _completes_label(last: str, first: str) -> bool:
    """Whether ``first`` (a line's first cell) is the rest of the word ``last`` (the line above's last
    cell) begins: the two make a word of the vocabulary that neither is (``是否含有政府购买服`` /
    ``务：``), or a label and its unit (``同名项目上年预算额`` / ``（元）``)."""
    if _VALUE.match(first) or is_known_word(first) or _VALUE_START.match(last):
        return False                              # a target (326人次以上) ends its cell
    if is_known_word(last):
        return is_known_word(last + first) and _UNIT_BRACKET.match(first) is not None
    return _word_across(last, first)


def _awaits_value(cell: str, completed: bool, line: str) -> bool:
    """Whether a row ending in ``cell`` (a label, a name) goes on with ``line``: its value, printed
    below it because the cell wrapped (``同名项目上年预算额`` / ``（元）：`` / ``7,702,644 同名项目…``)."""
    first = line.split(" ")[0]
    if not first or first.endswith(_LABEL_END) or is_known_word(first):
        return False
    if cell.endswith(_LABEL_END):
        return True
    return completed and bool(_VALUE_START.match(first) or first in _WORD_TARGETS)


def _labels_put_back(lines: list[str], settings: LayoutSettings) -> list[str]:
    """Kept rows whose field labels or names wrapped in their narrow column (``是否含有政府购买服`` /
    ``务：``, ``12315话务设备维护完`` / ``成率`` / ``=100%``): a line opening with the rest of the word
    the line above ends with, or a fragment of words that the row's value follows, goes on that
    line, and a row ending with a label or a name so completed (or with a colon) takes its value
    from the line below."""
    out: list[str] = []
    completed = False                             # the last line's last cell was just put back whole
    for k, line in enumerate(lines):
        cells = line.split(" ") if line.strip() and "\f" not in line else []
        last = out[-1].split(" ")[-1] if out and out[-1].strip() and "\f" not in out[-1] else ""
        if len(cells) == 1 and last and _completes_word(last, cells[0]):
            out[-1] += cells[0]                   # the one cell that wrapped (服务对象满意度指 / 标)
            completed = False
            continue
        if out and (paired := _boxes_with_options(out[-1].split(" "), cells)) is not None:
            out[-1] = " ".join(paired)            # 项目类型 ☑ □ / 经常性项目 一次性项目
            completed = False
            continue
        if cells and last and not _is_prose(out[-1], settings):
            if _completes_label(last, cells[0]) or \
                    (len(cells) == 1 and _name_goes_on(last, cells[0]) and _value_follows(lines, k + 1, settings)):
                out[-1] = " ".join([out[-1] + cells[0], *cells[1:]])
                completed = len(cells) == 1
                continue
            if _awaits_value(last, completed, line):
                out[-1] = f"{out[-1]} {line}"
                completed = False
                continue
        out.append(line)
        completed = False
    return out


def _name_goes_on(last: str, fragment: str) -> bool:
    """Whether ``fragment`` (a line of one cell) may be the next line of the name ``last`` ends a row
    with: words after words, neither a value, a label nor a word of the vocabulary on its own."""
    return bool(_HAN_START.match(fragment)) and bool(_HAN_END.search(last)) and not _VALUE.match(fragment) \
        and not last.endswith(_LABEL_END) and not _LABELLED.match(fragment) \
        and not is_known_word(fragment) and not is_known_word(last) and not starts_level_word(fragment)


def _value_follows(lines: Sequence[str], k: int, settings: LayoutSettings) -> bool:
    """The next filled line (past more lines of one fragment of words) opens with a value: the rest
    of a row whose name wrapped (no label, no prose on the way)."""
    for line in lines[k:k + 3]:
        cells = line.split(" ") if line.strip() and "\f" not in line else []
        if not cells or cells[0].endswith(_LABEL_END) or _is_prose(line, settings):
            return False
        if _VALUE_START.match(cells[0]) or (len(cells) == 1 and cells[0] in _WORD_TARGETS):
            return True                           # a target: a figure, or a word (显著提升)
        if len(cells) > 1 or not _HAN_START.match(cells[0]):
            return False
    return False


def _boxes_with_options(above: Sequence[str], options: Sequence[str]) -> list[str] | None:
    """A checkbox list whose boxes a PDF tool wrote on a line of their own (another font's glyphs),
    before the line of its options: each box back before its option, in order — only when there
    are as many boxes as options (a box written elsewhere leaves the list as it is)."""
    start = next((k for k, c in enumerate(above) if c in _BOXES), None)
    if start is None or any(c not in _BOXES for c in above[start:]) or len(options) != len(above) - start \
            or any(ch in _BOXES for o in options for ch in o):
        return None
    return [*above[:start], *(box + option for box, option in zip(above[start:], options))]


def _completes_word(cell: str, fragment: str) -> bool:
    """The line's one fragment completes the known word the line above ends with (a level word that
    wrapped in its column: ``服务对象满意度指`` / ``标``)."""
    return is_known_word(cell + fragment) and not is_known_word(cell) and not _VALUE.match(fragment)
