"""The content-order builder: text a PDF tool wrote in the order the PDF draws it (``pdftotext -raw``),
a form of narrow columns whose cells wrap over several printed lines.

Such text keeps no column offsets and no cell boundaries: one printed line a line, the cells of a
row on that line split by single blanks, a wrapped cell's other lines following it, a merged cell
(一级指标) printed once near the middle of its rows; even a header word is cut where the column was
too narrow (``项目支出绩`` / ``效目标自评表``, ``年初预算`` / ``数``, ``满意度指`` / ``标``). Neither a line
break nor a blank says where a cell ends (pdftotext also puts a blank between Chinese and digits:
``至少 580`` / ``人次``).

What says it is the vocabulary, exactly as for a form run together without separators: so when many
of the form's known words are cut by line breaks, the text is read as one run per page and cut by
the glued builder (the vocabulary, value shapes against the header's columns, the form's arithmetic).
Text whose rows hold on their lines (few words cut) keeps its line reading.

Line-major text (pdfplumber ``extract_text``) prints a row's first lines side by side and its wrapped
cells' next lines below (``年度资金 633.27 …`` / ``总额``; ``产出指标 数量指标 培训农民 至少580 …`` /
``(50分) 人次 人次``). Each continuation line is put back under the cells it continues, left to
right, by the best assignment (a joined vocabulary word or money amount, a unit after a bare number,
text after a line long enough to have wrapped; values and labels of their own never continue); a
line whose first tokens complete words and whose rest is a row of values is both. The rows come out
as tab rows. Told by its rows opening with labels (a row of values after labels on the lines above
is ``-raw`` content order), by no blank inside a cell (``(50 分)``: blanks are no cell boundaries
there) and by the words its continuations join.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.layout.columns import joins_cell_head, role_of, spaced_cells
from jixiao.extract.layout.base import RawRow, StreamBuilder
from jixiao.extract.layout.glued_cells import (
    continues_glued_run,
    cut_glued_run, is_column_word, is_glued_run, is_known_word, known_word_spans,
)
from jixiao.extract.layout.grid import RewrittenLines, Shape
from jixiao.extract.layout.rows import without_empty_slots
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from jixiao.extract.layout.stream import touching_share
from jixiao.normalize.text import alternation, display_width, is_page_footer
from jixiao.normalize.vocabulary import (
    AGENCY_NAME_SUFFIXES, EMPTY_MARKERS, LEVEL1_WORDS, LEVEL2_WORDS, LINE_START_PROHIBITED_MARKS, MONEY_UNIT_NOTE_PATTERN, OPERATOR_CELLS, OPERATOR_SUFFIXES, OPERATOR_SYMBOL_CHARS, REGION_SUFFIXES, SCORE_TABLE_TITLE_WORDS, TABLE_TOTAL_WORDS,
    HEADER_POINTS_NOTE_PATTERN, SCORE_CODE_PREFIX_PATTERN, SELF_EVALUATION_MONEY_COLUMN_WORDS, SELF_EVALUATION_TITLE_WORDS,
    SENTENCE_PUNCTUATION_PATTERN, SPACED_NUMBER_IN_CELL_PATTERN, TABLE_CAPTION_START_PATTERN,
    TARGET_FORM_TITLE_WORDS, UNITS, WEIGHT_IN_LABEL_PATTERN,
)

_BLANKS = re.compile(r"\s+")
#: A column gap (``pdftotext -layout``), a tab or a pipe: the text keeps its columns, another shape.
_COLUMNS_KEPT = re.compile(r"\S {2,}\S|[\t|]")


@dataclass(frozen=True)
class CutWords:
    """How many of a page's known words a line break cuts, out of how many known words."""

    cut: int
    known: int

    @property
    def share(self) -> float:
        return self.cut / self.known if self.known else 0.0


def _level_word_starts() -> dict[str, frozenset[str]]:
    """A level word's beginnings that are no word of their own (``满意度指``, ``服务对象满``, ``可持续影``),
    at least three characters long, each with the rests of the words it begins."""
    words = LEVEL1_WORDS | LEVEL2_WORDS
    starts: dict[str, set[str]] = {}
    for word in words:
        for cut in range(3, len(word)):
            if word[:cut] not in words:
                starts.setdefault(word[:cut], set()).add(word[cut:])
    return {start: frozenset(rests) for start, rests in starts.items()}


_LEVEL_WORD_STARTS = _level_word_starts()


def cut_level_word_rests(text: str) -> frozenset[str]:
    """The rests of the level words ``text`` ends cut inside (``服务对象满意度指`` → ``标``): a narrow
    column's line break cut the word, the cell's next line opens with one of them."""
    rests: frozenset[str] = frozenset()
    for k in range(3, len(text) + 1):
        rests |= _LEVEL_WORD_STARTS.get(text[-k:], frozenset())
    return rests


def starts_level_word(text: str) -> bool:
    """The text is a level word's beginning and no word of its own (``满意度指``): a cell whose rest
    wrapped."""
    return text in _LEVEL_WORD_STARTS


def _glued_page(lines: Sequence[str]) -> tuple[str, list[int]]:
    """A page's lines run together without blanks, and where each line ended in that run."""
    run, ends = "", []
    for line in lines:
        piece = _BLANKS.sub("", line)
        if piece:
            run += piece
            ends.append(len(run))
    return run, ends


def cut_words(lines: Sequence[str]) -> CutWords:
    """The known words (labels, header words, level names) that a line break falls inside."""
    run, ends = _glued_page(lines)
    spans = known_word_spans(run)
    cut = sum(1 for start, end in spans if any(start < e < end for e in ends))
    return CutWords(cut, len(spans))


def pdf_pages(lines: Sequence[str]) -> list[list[str]]:
    """Lines grouped by page (a form feed opens a page)."""
    pages: list[list[str]] = [[]]
    for line in lines:
        pieces = line.split("\f")
        pages[-1].append(pieces[0])
        for piece in pieces[1:]:
            pages.append([piece])
    return pages


def _without_columns(lines: Sequence[str], settings: LayoutSettings) -> bool:
    """Enough lines, few of them holding a column gap (two blanks, a tab, a pipe)."""
    filled = [l for l in lines if l.strip()]
    return len(filled) >= settings.content_order_min_lines and \
        sum(1 for l in filled if _COLUMNS_KEPT.search(l.strip())) <= len(filled) * settings.content_order_max_gap_share


def is_content_order(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """Text in content order whose narrow columns wrapped: no column gaps, and many of its known
    words cut by line breaks (a share of them, and a count)."""
    if not _without_columns(lines, settings):
        return False
    words = cut_words([l for l in lines if l.strip()])
    return words.cut >= settings.content_order_min_cut_words and words.share >= settings.content_order_cut_share


def content_order_runs(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> list[str]:
    """Each page's lines as one run without blanks (a page break before every page but the first);
    a page holding no form words keeps its lines."""
    out: list[str] = []
    glued = False                                 # the page before was one run: its table may go on
    for n, page in enumerate(pdf_pages(lines)):
        run, _ = _glued_page(page)
        if glued and not is_glued_run(run, settings) and continues_glued_run(run, settings):
            out[-1] += run                        # the rows a page break cut, without a header: one run
            continue
        glued = is_glued_run(run, settings)
        kept = [run] if glued else [l for l in page if l.strip()]
        if n > 0:
            kept = ["\f" + (kept[0] if kept else "")] + kept[1:]
        out += kept
    return out


# -- line-major text (pdfplumber ``extract_text``): a row's wrapped cells continue on the next lines --

#: A token that never wraps nor continues a wrapped cell: a number, a percentage, an empty marker.
_OPERATORS = f"[{re.escape(OPERATOR_SYMBOL_CHARS)}]*"
_NUMBER = re.compile(rf"^{_OPERATORS}[-+]?[\d,]*\.?\d+[%％]?$")
_EMPTY = frozenset(m for m in EMPTY_MARKERS if m and len(m) <= 2)
_WEIGHT = re.compile(WEIGHT_IN_LABEL_PATTERN)
_SPACED_NUMBER_IN_CELL = re.compile(SPACED_NUMBER_IN_CELL_PATTERN)
_NAMED_WEIGHT = re.compile(rf"^\p{{Han}}{{2,}}.*{WEIGHT_IN_LABEL_PATTERN}$")
_ENDS_IN_DIGIT = re.compile(r"\d$")
#: A score table's level code before its name (``A1 项目立项``): the name is the level's word.
_SCORE_CODE_PREFIX = re.compile(SCORE_CODE_PREFIX_PATTERN)
_TABLE_CAPTION = re.compile(TABLE_CAPTION_START_PATTERN)
#: A bracketed note with points under a points column's header cell (``(20分*执行率)`` under 得分).
_POINTS_NOTE = re.compile(rf"^{HEADER_POINTS_NOTE_PATTERN}")
_POINTS_ROLES = frozenset({"weight", "score"})
#: A vocabulary word with its points' bracket left open (产出指标（60): a level's name opening its cell.
_OPEN_NAMED_WEIGHT = re.compile(r"^(?P<name>\p{Han}{2,})[(（]\s*\d+(?:\.\d+)?\s*$")
#: A name whose points a narrow column cut inside their brackets (``绩效目标(2`` / ``分)``).
_OPEN_WEIGHT = re.compile(r"\p{Han}[(（]\s*\d+(?:\.\d+)?\s*$")
_UNIT = re.compile(rf"^(?:{alternation(UNITS)})$")
_VALUE_WITH_UNIT = re.compile(rf"^{_OPERATORS}[-+]?[\d,]*\.?\d+\s*(?:{alternation(UNITS)})$")
#: A label with its value after a colon (金额单位:元): a line of its own.
_LABELLED = re.compile(r"^\p{Han}{2,8}\d*[:：]")


#: The score of a continuation that completes a vocabulary word (满意度指 / 标).
_JOINED_WORD = 3.0
#: What points (``(15分)``) continuing a level named in its own words add to a joined word's score:
#: less than a vocabulary word's (a known level takes its points first), the same for every such name
#: (the leftmost takes them).
_NAME_POINTS = 0.01
#: The score of a character carried down with a mark no line may open (``顺利实`` / ``施。``) into a
#: cell whose last line ended short: possible, but a cell whose last line fills its column goes on first.
_CARRIED_DOWN_SCORE = 0.3
#: Chinese characters only: lines whose widths measure a column (digits and marks print narrower).
_ALL_HAN = re.compile(r"^\p{Han}+$")
_CARRIED_DOWN = re.compile(rf"^\p{{Han}}[{re.escape(LINE_START_PROHIBITED_MARKS)}]$")
#: The score of a continuation that leaves a level word's beginning (服务对象 / 满意度指: the line
#: below completes it).
_LEVEL_WORD_GOES_ON = 2.0
#: What each line a cell wrapped over before adds to a continuation's score: among equal evidence its
#: column is the narrow one (``（元） （元） （元）`` below the money columns' second lines, not the
#: caption's), and the cell that took every line so far (``保障重点`` / ``人群免费`` / ``体检顺利``
#: beside ``重点人群`` / ``免费体检``: ``实施`` ends the goal, the name ended a line before).
_WRAPPED_AGAIN = 0.1
#: A money unit in brackets (``（元）``, ``(万元)``): a money column's or the block caption's last line.
_MONEY_UNIT_NOTE = re.compile(rf"^{MONEY_UNIT_NOTE_PATTERN}$")
#: The columns of a self-evaluation's money block that hold no money.
_NO_MONEY_ROLES = frozenset({"rate", "weight", "score"})
#: A target's bound (``>=1200``) whose unit may have wrapped (``公里``).
_BOUND = re.compile(rf"^[{re.escape(OPERATOR_SYMBOL_CHARS)}]+[\d,]*\.?\d+$")
#: A value closed by an operator word after it (``98%以上``, ``5次以内``): a whole cell.
_VALUE_WITH_SUFFIX = re.compile(rf"\d[%％]?\p{{Han}}{{0,2}}(?P<suffix>{alternation(OPERATOR_SUFFIXES)})$")
#: A bound (``≥90.00(%)``, ``>=85%``): a value, a cell of its own.
_BOUND_START = re.compile(rf"^[{re.escape(OPERATOR_SYMBOL_CHARS)}]+\d")
#: An operator word after a value (``326人次`` / ``以上``); a text ending in a value is more likely whole
#: than a name (``至少30人`` beside ``发放补助`` / ``人数``).
_OPERATOR_SUFFIX = re.compile(rf"^(?:{alternation(OPERATOR_SUFFIXES)})$")
_ENDS_IN_VALUE = re.compile(r"\d[%％]?\p{Han}{0,3}$")
#: A department's or unit's whole name (…管理局, …中心): it wrapped less often than a cut one.
_AGENCY_NAME = re.compile(rf"\p{{Han}}{{2,}}(?:{alternation(AGENCY_NAME_SUFFIXES)})$")
#: The score of a line that ends a unit's name its cell left cut (``三明市消费者投诉`` / ``举报中心``):
#: the name's suffix proves the cell, beside a name as long that may have ended on its line.
_ENDS_AGENCY_NAME = 2.0
#: A unit's name opens with its place (衢江区…, 南部县…): what that adds to a line ending a unit's
#: name, beside a name of as many characters that it would as well end in a unit's suffix
#: (``小型水利工程建设`` / ``衢江区农村公路养`` / ``护中心``: the place's cell takes it).
_PLACED_AGENCY = 0.05
_OPENS_WITH_PLACE = re.compile(rf"^\p{{Han}}{{2,8}}?(?:{alternation(REGION_SUFFIXES)})")
#: A rate's unit (``万元/人·年``, ``元/批次``): the rest of a formula whose number ended its line
#: (``作业人员42人×3`` / ``万元/人·年``).
_RATE_UNIT = re.compile(rf"^(?:{alternation(UNITS)})(?:/[\p{{Han}}·]+)+$")
#: What a continuation adds when it makes its cell restate a whole other cell of the row (an
#: explanation ``反映维修养护道路`` / ``里程情况`` beside the name ``维修养护道路里程``, a goal
#: ``保障重点人群免费`` / ``体检顺利`` beside the project ``重点人群免费体检``): two cells as wide,
#: the one that restates the other goes on.
_RESTATES_CELL = 1.0
#: The shortest cell text a restatement is counted for.
_RESTATED_MIN_LENGTH = 4
#: The form titles: a line of a title alone below a row of several cells (a page's chrome line,
#: ``【字体:大 中 小】 打印``) opens a row; below one cell it may end a wrapped title (2022年度项目 /
#: 支出绩效目标自评表).
_TITLE = re.compile(alternation((*SELF_EVALUATION_TITLE_WORDS, *TARGET_FORM_TITLE_WORDS, *SCORE_TABLE_TITLE_WORDS)))


#: The start of a money amount a narrow column wrapped (``4,633,15`` / ``2.33``, ``553,831.`` / ``17``,
#: ``9,635,900.0`` / ``0``: a grouped amount's second decimal; an ungrouped number with one decimal
#: is whole).
_MONEY_START = re.compile(r"^(?:\d{1,3}(?:,\d{3})*,\d{0,2}|\d{1,3}(?:,\d{3})+\.\d?|\d{4,}\.\d|\d+\.)$")
_MONEY = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$|^\d+\.\d{1,2}$")
#: An ungrouped amount whose decimals wrapped whole (``1405310`` / ``0.00``): only the cents' two
#: digits prove it (a number of one decimal below a count is no part of it).
_WHOLE_AMOUNT_START = re.compile(r"^\d{4,}$")
_CENTS_END = re.compile(r"^\d*\.\d{2}$")


#: A budget code a narrow column wrapped (``511321`` / ``24T000`` / ``012204`` / ``471-学生资助``,
#: ``405001`` / ``-南部县教育局``): digits first, then code pieces, until a hyphen opens the name.
_CODE_START = re.compile(r"^\d{6,}[0-9A-Z]*$")
_CODE_GOES_ON = re.compile(r"^(?:[0-9A-Z]+-?|-)(?:\p{Han}|$)")
_CODE_LETTER = re.compile(r"[A-Z-]")
_SENTENCE = re.compile(SENTENCE_PUNCTUATION_PATTERN)
#: What a clause adds to a continuation's score when the cell already holds a clause.
_SENTENCE_GOES_ON = 0.5


_CODE_NAME_OPENED = re.compile(r"^\d{6,}[0-9A-Z]*-\p{Han}?$")
_HAN_START = re.compile(r"^\p{Han}")


def continues_code(text: str, token: str) -> bool:
    """``token`` goes on with the code ``text`` began (a letter or a hyphen shows it is no number),
    or with the name its hyphen just opened (``019-校`` / ``舍维修改``)."""
    if _CODE_NAME_OPENED.match(text):
        return bool(_HAN_START.match(token))
    return bool(_CODE_START.match(text) and _CODE_GOES_ON.match(token)
                and (_CODE_LETTER.search(text) or _CODE_LETTER.search(token)))


def _joins_amount(text: str, token: str) -> bool:
    """``token`` ends the money amount ``text`` began (a narrow column wrapped it)."""
    if _MONEY_START.match(text):
        return bool(_MONEY.match(text + token))
    return bool(_WHOLE_AMOUNT_START.match(text) and _CENTS_END.match(token))


def _is_value(token: str) -> bool:
    return bool(_NUMBER.match(token) or _MONEY_START.match(token)) or token in _EMPTY


@dataclass
class _Row:
    """A printed row: each cell's fragments, top to bottom."""

    cells: list[list[str]]
    #: Lines of one cell that went on in this row's last cell (a long 偏差原因 wrapped over many lines).
    lone_continuations: int = 0

    def text(self, j: int) -> str:
        return "".join(self.cells[j])


def _is_pointless_name(text: str) -> bool:
    """A name of Chinese characters only, maybe after a score table's level code (``A1 项目立项``), that
    is no vocabulary word (a score table's level in its own words) and has no points yet."""
    code = _SCORE_CODE_PREFIX.match(text)
    return bool(_ALL_HAN.match(text[code.end():] if code else text)) and not is_known_word(text)


def _ends_in_points(text: str) -> bool:
    """The text ends in a level's points (``决策(17分)``)."""
    points = list(_WEIGHT.finditer(text))
    return bool(points) and points[-1].end() == len(text)


def _attach_score(cell: Sequence[str], token: str, settings: LayoutSettings) -> float | None:
    """How well ``token`` continues a cell (its fragments so far; None: it cannot), a little better
    when the cell wrapped before (its column is narrow). A joined vocabulary word or money amount is
    the best evidence, then a unit after a bare number (至少580 / 人次), then text after text whose
    last line was long enough to have wrapped (the longer the better: a wrapped line fills its
    column)."""
    score = _continuation_score(cell, token, settings)
    return score + _WRAPPED_AGAIN * (len(cell) - 1) if score is not None else score


def _continuation_score(cell: Sequence[str], token: str, settings: LayoutSettings) -> float | None:
    text, last = "".join(cell), cell[-1]
    joined = text + token
    if _joins_amount(text, token):
        return _JOINED_WORD
    if continues_code(text, token):          # the longer the better: a wrapped line fills its column
        return _JOINED_WORD + len(token) / 100
    if _BOUND.match(text):                    # >=1200 / 公里
        return 2.0 if _UNIT.match(token) else None
    closed = _VALUE_WITH_SUFFIX.search(joined)
    if closed and len(token) <= len(closed.group("suffix")) and not _VALUE_WITH_SUFFIX.search(text):
        return 2.0                            # 326人次 / 以上, 5批次以 / 上
    if _BOUND_START.match(text):              # >=580批 / 次: a bound takes only its unit's end
        return 2.0 if _VALUE_WITH_UNIT.match(joined) else None
    if _OPERATOR_SUFFIX.match(token) or _BOUND_START.match(token):
        return None                           # a bound: a cell of its own
    if _OPEN_WEIGHT.search(text):             # 绩效目标(2 / 分): the points' bracket closes
        return _JOINED_WORD if _ends_in_points(joined) else None
    if _ends_in_points(text):                 # 决策(17分): a level's name closed by its points
        return None
    if _is_value(token) or _is_value(text):
        return None
    if text in OPERATOR_CELLS and joined not in OPERATOR_CELLS:
        return None                           # an operator column's cell (大于等于, 定性) is whole
    if _NAMED_WEIGHT.match(token):
        return None                           # a name with its points (决策(16分)) is a cell of its own
    if (open_points := _OPEN_NAMED_WEIGHT.match(token)) and is_known_word(open_points.group("name")):
        return None                           # 产出指标（60 / 分）: a level's name, its points wrapped below
    if _WEIGHT.fullmatch(text) or _VALUE_WITH_SUFFIX.search(text):
        return None                           # points alone, a value closed by 以上: a whole cell
    if _WEIGHT.fullmatch(token):              # points continue a level's or a block's name, no column's
        if is_known_word(text) and not is_column_word(text):
            return _JOINED_WORD + len(last) / 100
        # a score table's level named in its own words (A1 项目立项, 绩效目标 / (15分)): among several,
        # the leftmost (the higher level) takes its points
        return _JOINED_WORD + _NAME_POINTS if _is_pointless_name(text) else None
    if _MONEY_UNIT_NOTE.match(token) and role_of(text, SELF_EVALUATION_MONEY_COLUMN_WORDS) in _NO_MONEY_ROLES:
        return None                           # (元) below 执行率, 分值: the unit is a money column's
    if _POINTS_NOTE.match(token) and is_column_word(text) \
            and (role := role_of(text, SELF_EVALUATION_MONEY_COLUMN_WORDS)) in _POINTS_ROLES \
            and role_of(joined, SELF_EVALUATION_MONEY_COLUMN_WORDS) == role:
        return _JOINED_WORD                   # 得分 / (20分*执行率): how the score is reckoned, its column's note
    if is_known_word(joined) or _TITLE.search(joined) and not _TITLE.search(text):
        return _JOINED_WORD + len(last) / 100
    if starts_level_word(token):              # 服务对象 / 满意度指: a level word's lines; else a cell of its own
        return _LEVEL_WORD_GOES_ON + len(last) / 100 if starts_level_word(joined) else None
    if is_known_word(token) or _LABELLED.match(token):
        return None                           # a label of its own opens a row
    if _VALUE_WITH_UNIT.match(text):          # a value that has its unit is whole, or its unit wrapped
        return 2.0 if _VALUE_WITH_UNIT.match(joined) else None
    if _ENDS_IN_DIGIT.search(text):
        return 2.0 if _UNIT.match(token) or _RATE_UNIT.match(token) else None
    if len(last) < settings.content_order_min_wrapped_length or _UNIT.match(last):
        return None                           # a short cell did not wrap
    # a code's lines print narrow digits: its widest line, not its last (``019-校``), is the column
    printed = max(map(display_width, cell)) if _CODE_START.match(cell[0]) else display_width(last)
    if display_width(token) > printed + settings.content_order_width_tolerance:
        return None                           # wider than the column its cell wrapped in
    column = max(map(display_width, cell[:-1]), default=0)
    if len(cell) >= 2 and column <= settings.content_order_narrow_column_width and all(map(_ALL_HAN.match, cell)) \
            and display_width(last) <= column - settings.content_order_width_tolerance:
        # its last line ended short of the column: the cell ended, unless a typesetter carried its
        # last character down with a mark no line may open
        return _CARRIED_DOWN_SCORE if _CARRIED_DOWN.match(token) else None
    whole = is_known_word(text) or _AGENCY_NAME.search(text) or _ENDS_IN_VALUE.search(text)
    if not whole and _AGENCY_NAME.search(joined):
        return _ENDS_AGENCY_NAME + len(last) / 100 + (_PLACED_AGENCY if _opens_with_place(joined) else 0.0)
    # a clause after a clause: a sentence (a goal) goes on in the cell that holds one, not in a name
    sentence = _SENTENCE.search(token) and _SENTENCE.search(text)
    return (0.5 if whole else 1.0) + (_SENTENCE_GOES_ON if sentence else 0.0) + len(last) / 100


def _opens_with_place(text: str) -> bool:
    """The text opens with a place's name (``衢江区``, ``萧山区``, ``南部县``): two characters at least
    before the place's last word (``城区``, ``城乡`` open none)."""
    return bool(_OPENS_WITH_PLACE.match(text))


def _restates_other_cell(cells: Sequence[Sequence[str]], j: int, token: str) -> bool:
    """``token`` makes cell ``j`` hold the whole text of another cell of the row, which it did not
    before (``反映维修养护道路`` + ``里程情况`` beside ``维修养护道路里程``)."""
    text = "".join(cells[j])
    joined = text + token
    for k, cell in enumerate(cells):
        other = "".join(cell)
        if k != j and len(other) >= _RESTATED_MIN_LENGTH and _ALL_HAN.match(other) \
                and other in joined and other not in text:
            return True
    return False


def _with_restatement(cells: Sequence[Sequence[str]], j: int, token: str, score: float | None) -> float | None:
    """A continuation's score, more when it makes its cell restate another cell of the row."""
    if score is None or score >= _JOINED_WORD or not _restates_other_cell(cells, j, token):
        return score
    return score + _RESTATES_CELL


def _assignment(cells: Sequence[Sequence[str]], tokens: Sequence[str],
                settings: LayoutSettings) -> list[tuple[int, float]] | None:
    """The cells (left to right, one token each) the tokens continue with the best total score, and
    each token's score."""
    n, k = len(cells), len(tokens)
    if k > n:
        return None
    scores = [[_with_restatement(cells, j, t, _attach_score(cell, t, settings)) for j, cell in enumerate(cells)]
              for t in tokens]
    # best[i][j]: best total placing the first i tokens in the first j cells
    best: list[list[tuple[float, list[tuple[int, float]]] | None]] = [[None] * (n + 1) for _ in range(k + 1)]
    for j in range(n + 1):
        best[0][j] = (0.0, [])
    for i in range(1, k + 1):
        for j in range(1, n + 1):
            options = [best[i][j - 1]]
            s, prev = scores[i - 1][j - 1], best[i - 1][j - 1]
            if s is not None and prev is not None:
                options.append((prev[0] + s, prev[1] + [(j - 1, s)]))
            found = [o for o in options if o is not None]
            best[i][j] = max(found, key=lambda o: o[0]) if found else None
    end = best[k][n]
    return end[1] if end is not None else None


def _continues(placed: list[tuple[int, float]], rest: Sequence[str]) -> bool:
    """A line's first tokens continue the open cells beside a new row (a merged cell's last lines)
    when each completes a vocabulary word, or the new row of values opens with one (a level name)
    or with a level name's first line (``满意度指``)."""
    if not rest:
        return True
    completed = all(score >= _JOINED_WORD for _, score in placed)
    if not any(_is_value(t) for t in rest):   # the rest is no row of values: the whole line is one,
        return completed and len(rest) >= 2   # unless its first words complete words (标 / 合理 合理)
    return completed or is_known_word(rest[0]) or starts_level_word(rest[0])


def _line_cells(line: str, open_cells: Sequence[Sequence[str]], settings: LayoutSettings) -> list[str]:
    """A line's cells: split at blanks, a code kept with its word and a header cell its template
    wrapped (``年初 预算数``) one cell again — unless each word completes an open cell's word on its
    own (``预算数 预算数(A) 执行数(B) (B/A)`` below ``年初 全年 实际 执行率``: four cells' next lines)."""
    joined = spaced_cells(line)
    words: list[str] = []
    for word in (t for t in _BLANKS.split(line.strip()) if t):
        if words and joins_cell_head(words[-1], word):
            words[-1] = f"{words[-1]} {word}"
        else:
            words.append(word)
    if words == joined:
        return joined
    placed = _assignment(open_cells, words, settings)
    return words if placed is not None and all(score >= _JOINED_WORD for _, score in placed) else joined


def rows_of_line_major(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> list[_Row]:
    """Line-major text (each printed line a line: a row's first lines, then its wrapped cells'
    continuations) → its rows, each cell's fragments top to bottom. A line continues the open cells
    (the last row's, and the merged cells on its left) when each of its tokens continues one of
    them, left to right; a line whose first tokens do and whose rest is a row is both."""
    rows: list[_Row] = []
    open_cells: list[list[str]] = []
    header: list[str] | None = None
    for line in lines:
        tokens = _line_cells(line.replace("\t", " "), open_cells, settings)
        if not tokens:
            continue
        if header is None and len(tokens) >= 3 and not any(map(_is_value_cell, tokens)) and not _SENTENCE.search(line):
            header = tokens
        elif tokens == header and rows and any(map(_is_value_cell, (t for row in rows[-1:] for t in map("".join, row.cells)))):
            # the header row repeated below a page break: the lines after it go on with the row the
            # break cut (``2 农村公路日常 南部县社会福 …`` / header / ``养护经费 利院``)
            rows.append(_Row([[t] for t in tokens]))
            continue
        continued, reached = False, 0
        # a merged level's points, printed above its row — unless a level named in its own words is
        # open (a score table's narrow column wrapped them below its name: 产出数量 / (13分))
        alone = len(tokens) == 1 and (_WEIGHT.fullmatch(tokens[0]) and not any(
            _is_pointless_name("".join(cell)) for cell in open_cells) or len(open_cells) > 1 and _TITLE.search(tokens[0]))
        for p in range(0 if alone else len(tokens), 0, -1):
            placed = _assignment(open_cells, tokens[:p], settings)
            if placed is not None and _continues(placed, tokens[p:]):
                for (j, _), t in zip(placed, tokens[:p]):
                    open_cells[j].append(t)
                continued_cell = open_cells[placed[0][0]]
                if len(tokens) == 1 and rows and continued_cell is rows[-1].cells[-1] and \
                        len(rows[-1].cells) >= settings.content_order_long_text_row_cells:
                    rows[-1].lone_continuations += 1   # a long text at the row's end, a line of it a line
                tokens, continued, reached = tokens[p:], True, placed[-1][0] + 1
                break
        if tokens:
            rows.append(_Row([[t] for t in tokens]))
            # beside a merged cell still wrapping (the line began with its next line), its cells stay
            # open: those the line continued, and as many as the new row leaves of the row above
            merged = max(len(open_cells) - len(tokens), reached) if continued else 0
            open_cells = open_cells[:merged] + rows[-1].cells
    return _merged_last_column_put_back(rows, settings)


def _is_column_fragment(cell: Sequence[str]) -> bool:
    """A row's last cell that may be a line of a merged column beside it: text, no value, no label,
    no target (``至少50人次``)."""
    text = "".join(cell)
    return bool(_HAN_START.match(text)) and not _is_value_cell(text) and not is_known_word(text) \
        and not _ENDS_IN_VALUE.search(text) and not _LABELLED.match(text)


def _merged_column_rows(rows: Sequence[_Row], first: int, settings: LayoutSettings) -> int:
    """How many rows from ``rows[first]`` on end in the lines of one merged cell of the last column
    (a 湖北 form's 保障绩效目标实现措施 beside all its indicator rows): each row's last cell is a text
    fragment, every line of them but the last as wide as the first (the column's width), the last no
    wider; 0 when fewer than ``content_order_merged_column_min_rows`` rows do (two rows' last cells,
    a target as wide as the one above it, 规范、安全、高效 / 合理、有效, are no proof)."""
    width: int | None = None
    count = 0
    seen: set[str] = set()
    for row in rows[first:]:
        if len(row.cells) < 2 or not _is_column_fragment(row.cells[-1]):
            break
        fragments = row.cells[-1]
        if seen & set(fragments):
            break                             # a word each row repeats (正向指标): each row's own cell
        seen.update(fragments)
        if width is None:
            width = display_width(fragments[0])
            if width < settings.content_order_merged_column_min_width:
                break                         # a short word a row (a grade, 优 / 中): cells of their own
        if any(abs(display_width(f) - width) > settings.content_order_width_tolerance for f in fragments[:-1]) or \
                display_width(fragments[-1]) > width + settings.content_order_width_tolerance:
            break
        count += 1
        if abs(display_width(fragments[-1]) - width) > settings.content_order_width_tolerance:
            break                             # a short line: the merged cell's text ended
    return count if count >= settings.content_order_merged_column_min_rows else 0


def _merged_last_column_put_back(rows: list[_Row], settings: LayoutSettings) -> list[_Row]:
    """A merged cell of a table's last column, printed a line beside each of the rows it spans
    (``数量指标 培训农民人次 至少50人次 严格按照作业标准`` / ``覆盖行政村数量 >=580个 组织实施,每月巡查``):
    its lines taken from those rows' ends and put back into the first row's last cell. Only under a
    header row (labels only) whose cells are at least as many as the first row's."""
    out: list[_Row] = []
    k = 0
    while k < len(rows):
        row = rows[k]
        out.append(row)
        k += 1
        header = len(row.cells) >= 3 and not any(_is_value_cell(row.text(j)) for j in range(len(row.cells)))
        if not header or k >= len(rows) or len(rows[k].cells) > len(row.cells):
            continue
        count = _merged_column_rows(rows, k, settings)
        if not count:
            continue
        first = rows[k]
        for later in rows[k + 1:k + count]:
            first.cells[-1].extend(later.cells[-1])
            later.cells.pop()
        out += rows[k:k + count]
        k += count
    return out


def content_order_of_line_major(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> list[str]:
    """Line-major text in content order: each cell's fragments on consecutive lines."""
    return [fragment for row in rows_of_line_major(lines, settings) for cell in row.cells for fragment in cell]


def _is_joined_amount(cell: Sequence[str]) -> bool:
    """A money amount put back together from the lines a narrow column wrapped it over."""
    return len(cell) >= 2 and _joins_amount(cell[0], "".join(cell[1:]))


def _is_value_cell(text: str) -> bool:
    return _is_value(text) or bool(_VALUE_WITH_UNIT.match(text))


def _under_merged_label(above: _Row | None, row: _Row) -> bool:
    """``row`` (of values) sits under a header row of one cell more, of labels only."""
    return above is not None and len(above.cells) == len(row.cells) + 1 and \
        not any(_is_value_cell(above.text(j)) for j in range(len(above.cells)))


def _wrapped_cells(row: _Row) -> int:
    """The cells of a row that took continuation lines; a cell that is a whole vocabulary word
    (部门预算编码, 基本支出) is complete: a line under it is no wrap of it (a web page's vertical caption
    年度/预算/安排 printed beside such labels)."""
    return sum(1 for cell in row.cells if len(cell) >= 2 and not is_known_word(cell[0]))


def _table_sections(page: Sequence[_Row]) -> list[list[_Row]]:
    """A page's rows cut before each numbered table caption (``表3 | 绩效评价指标评分表``)."""
    sections: list[list[_Row]] = [[]]
    for row in page:
        if row.cells and _TABLE_CAPTION.match(row.text(0)) and sections[-1]:
            sections.append([])
        sections[-1].append(row)
    return sections


def _share_wrapped(sections: Iterable[Sequence[_Row]], settings: LayoutSettings) -> bool:
    """Many cells of the rows of two cells or more of ``sections`` together took continuation lines."""
    rows = [row for section in sections for row in section if len(row.cells) >= 2]
    wrapped = sum(_wrapped_cells(row) for row in rows)
    return wrapped >= settings.content_order_min_wrapped_cells and \
        wrapped >= len(rows) * settings.content_order_wrapped_cell_share


def _cells_wrapped(page_rows: Sequence[Sequence[_Row]], settings: LayoutSettings) -> bool:
    """Many cells of the rows of two cells or more took continuation lines (a name's end, ``资金拨付及``
    / ``时率``): the text is a table's printed lines, even where its wrapped words are no known words.
    Taken over all the pages, or over one numbered table of a page (``表3``: the rows of the tables
    captioned before it, such as a score table's 表1/表2, never wrap and are no part of it)."""
    captioned = [section for page in page_rows for section in _table_sections(page)[1:]]
    return _share_wrapped(page_rows, settings) or any(_share_wrapped([section], settings) for section in captioned)


def _row_texts(above: _Row | None, row: _Row) -> list[str]:
    """A row's cell texts; a row of values under a merged label keeps the label's place empty."""
    texts = [row.text(j) for j in range(len(row.cells))]
    return ["", *texts] if _is_value_cell(texts[0]) and _under_merged_label(above, row) else texts


#: A sub-line's 序号 in brackets (（1）) under a numbered line (a report's 表1, seed 002).
_SUB_LINE_NUMBER = re.compile(r"[（(]\d{1,2}[)）]")


def _numbered_rows(rows: Sequence[_Row]) -> set[int]:
    """The rows numbered by a 序号 column: 1, 2, 3 … in order in their first cell, or in their second
    after a group column (主管部门) — a row number, not a value left over from a row above."""
    numbered: set[int] = set()
    expected = 1
    for k, row in enumerate(rows):
        if len(row.cells) >= 2 and str(expected) in (row.text(0).strip(), row.text(1).strip()):
            numbered.add(k)
            expected += 1
        elif numbered and len(row.cells) >= 2 and _SUB_LINE_NUMBER.fullmatch(row.text(0).strip()):
            numbered.add(k)                     # （1）, （2）: the sub-lines of the numbered line above
    # a table of numbered rows (a results table; its signature line, 填报人 and 联系电话, no row of
    # it), not a numbered table inside prose (a report's 表1, other tables after it)
    rows_of_cells = sum(1 for row in rows if len(row.cells) >= 3)
    return numbered if len(numbered) >= 2 and 2 * len(numbered) >= rows_of_cells else set()


_DIGIT_SPACED_HAN = re.compile(r"\d \p{Han}|\p{Han} \d")
_DIGIT_BY_HAN = re.compile(r"\d\p{Han}|\p{Han}\d")


def _digits_spaced(filled: Sequence[str], settings: LayoutSettings) -> bool:
    """Digits spaced from Chinese (almost) wherever they meet: a PDF tool spaced them (``-raw``), not
    the form's own text (``2024 年度`` in a title, ``12333 热线`` beside ``96%以上``)."""
    text = "\n".join(filled)
    spaced = len(_DIGIT_SPACED_HAN.findall(text, overlapped=True))
    unspaced = len(_DIGIT_BY_HAN.findall(text, overlapped=True))
    return unspaced <= (spaced + unspaced) * settings.raw_rows_max_unspaced_share


def _line_major(lines: Sequence[str], rows: Sequence[_Row], settings: LayoutSettings) -> bool:
    """Most lines are rows (two cells or more), few of those lines open a row with a value rather
    than a label (counted on the rows read from them: a line put back as continuations, such as a
    wrapped amount's last digits ``0 0 0``, opens no row), and no blank parts a number from its unit
    inside a cell (blanks there are no cell boundaries). A row of values one cell narrower than the
    header row above it opens with no label of its own: its label is the merged cell printed beside
    that header (``资金金额(万元) 合计 南平市 泉州市`` / ``6900 2400 3900``)."""
    filled = [l for l in lines if l.strip()]
    if any(_SPACED_NUMBER_IN_CELL.search(l) for l in filled) and _digits_spaced(filled, settings):
        return False
    # a line of one cell that went on in the last cell of a row of many cells is a row's line too (a
    # long 偏差原因 wrapped over many lines beside a row's values)
    row_lines = sum(1 for l in filled if len(l.split()) >= 2) + sum(row.lone_continuations for row in rows)
    numbered = _numbered_rows(rows)
    value_led = sum(1 for k, (above, row) in enumerate(zip([None, *rows], rows))
                    if len(row.cells) >= 2 and _is_value_cell(row.text(0)) and k not in numbered
                    and not _under_merged_label(above, row)
                    and not _SPACED_NUMBER_IN_CELL.match(f"{row.text(0)} {row.text(1)}"))   # 2024 年度…
    return row_lines >= len(filled) * settings.content_order_row_line_share and \
        value_led <= row_lines * settings.content_order_max_value_led_share


def _is_header_line(line: str) -> bool:
    """A table's header row under its caption: three labels or more, no value, no sentence."""
    tokens = line.split()
    return len(tokens) >= 3 and not _SENTENCE.search(line) and not any(_is_value_cell(t) for t in tokens)


def _captioned_table_end(lines: Sequence[str], header: int, settings: LayoutSettings) -> int:
    """Where the line-major table whose header row is ``lines[header]`` ends: its rows (two cells or
    more) and the short lines of one cell their wrapped cells left below them, up to its total row
    (合计) or the first line that is neither (prose, a labelled line ``主管部门：…``, a blank line)."""
    end = header + 1
    while end < len(lines):
        line = lines[end].strip()
        tokens = line.split()
        if not tokens or _SENTENCE.search(line) or _LABELLED.match(line):
            break
        if len(tokens) == 1 and display_width(line) > settings.content_order_narrow_column_width:
            break
        end += 1
        if len(tokens) >= 2 and any(word in tokens[0] for word in TABLE_TOTAL_WORDS):
            break
    return end


def captioned_line_major_tables(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS,
                                ) -> RewrittenLines | None:
    """Prose text (a report, pdfplumber ``extract_text``) whose numbered tables (``表 1：…`` and a
    header row) are printed line-major, a wrapped cell's next line below its row (``1 基层组织活动经费
    205.86 199.89 97.1%`` / ``设备改造``): each such table rewritten as tab rows, its continuations put
    back under their cells; None when no table wrapped a cell. Only tables of numbered rows (序号 1, 2 …):
    a score table's merged group cells (产出数量 beside its rows) are no continuations. The rows keep
    no blank cells (``RewrittenLines.blanks_dropped``)."""
    if not _without_columns(lines, settings):
        return None
    out: list[str] = []
    dropped: list[int] = []
    rewritten = False
    k = 0
    while k < len(lines):
        out.append(lines[k])
        # the page's footer may stand between the caption and its header row (``- 1 -``)
        header = k + 2 if k + 2 < len(lines) and is_page_footer(lines[k + 1]) else k + 1
        if _TABLE_CAPTION.match(lines[k]) and header < len(lines) and _is_header_line(lines[header]):
            end = _captioned_table_end(lines, header, settings)
            rows = rows_of_line_major(lines[header:end], settings)
            if _numbered_rows(rows) and any(len(cell) >= 2 for row in rows for cell in row.cells):
                out += lines[k + 1:header]
                dropped += range(len(out), len(out) + len(rows))
                out += ["\t".join(_row_texts(above, row)) for above, row in zip([None, *rows], rows)]
                rewritten = True
                k = end
                continue
        k += 1
    return RewrittenLines(out, dropped) if rewritten else None


def content_order_text(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> list[str] | None:
    """The text's lines rewritten when it is PDF text of wrapped columns, None when it is not:
    content order (``pdftotext -raw``) as one run a page for the glued builder; line-major text
    (pdfplumber) as tab rows, each row's continuation lines put back under their cells, its rows'
    blank cells gone (``RewrittenLines.blanks_dropped``)."""
    if not _without_columns(lines, settings):
        return _short_numbered_table(lines, settings)
    if is_content_order(lines, settings):
        return content_order_runs(without_empty_slots(lines), settings)
    if _paragraph_spaced(lines, settings):
        return None                           # paragraphs: no PDF tool's line-major page text
    page_rows = [rows_of_line_major(page, settings) for page in pdf_pages(lines)]
    if not _line_major(lines, [row for rows in page_rows for row in rows], settings):
        return _cell_lines_then_line_major(lines, settings)
    return _line_major_rows(page_rows, settings)


def _short_numbered_table(lines: Sequence[str], settings: LayoutSettings) -> list[str] | None:
    """Text too short for the line-major test (fewer than ``content_order_min_lines`` filled lines,
    none holding a column gap) read as line-major tab rows when its rows are numbered (序号 1, 2 …) and
    one of the numbered rows wrapped a cell (``1 城区道路机械化清 井研县环境监测站 71.74 中`` / ``扫保洁``);
    None otherwise."""
    filled = [l for l in lines if l.strip()]
    if not settings.content_order_min_numbered_lines <= len(filled) < settings.content_order_min_lines \
            or any(_COLUMNS_KEPT.search(l.strip()) for l in filled) or _paragraph_spaced(lines, settings):
        return None
    page_rows = [rows_of_line_major(page, settings) for page in pdf_pages(lines)]
    rows = [row for page in page_rows for row in page]
    if not _numbered_rows_wrapped(rows) or not _line_major(lines, rows, settings):
        return None
    return _tab_rows(page_rows)


def _numbered_rows_wrapped(rows: Sequence[_Row]) -> bool:
    """The rows are numbered (序号 1, 2 …, a results table's) and a numbered row wrapped a cell."""
    return any(len(cell) >= 2 for k in _numbered_rows(rows) for cell in rows[k].cells)


def _paragraph_spaced(lines: Sequence[str], settings: LayoutSettings) -> bool:
    """Most filled lines apart from the next by a blank line: paragraphs, as exported from a web page
    or a word processor (pdfplumber's and pdftotext's page text hold no blank line between a page's lines)."""
    return any(line.strip() for line in lines) and \
        touching_share(lines) <= settings.content_order_paragraph_max_touching


def _line_major_rows(page_rows: Sequence[Sequence[_Row]], settings: LayoutSettings) -> RewrittenLines | None:
    """Line-major rows as tab rows (a page break before each page's first), when their wrapped cells
    joined known words, many of their cells wrapped or a numbered row wrapped; None otherwise."""
    out = _tab_rows(page_rows)
    words = cut_words([f for rows in page_rows for row in rows for cell in row.cells for f in cell])
    amounts = sum(1 for rows in page_rows for row in rows for cell in row.cells if _is_joined_amount(cell))
    cut, known = words.cut + amounts, words.known + amounts
    joined = cut >= settings.content_order_line_major_min_cut_words and \
        cut >= known * settings.content_order_line_major_cut_share
    numbered = _numbered_rows_wrapped([row for rows in page_rows for row in rows])
    return out if joined or numbered or _cells_wrapped(page_rows, settings) else None


def _tab_rows(page_rows: Sequence[Sequence[_Row]], before: Sequence[str] = ()) -> RewrittenLines:
    """Rows as tab rows, a page break before each page's first, after the ``before`` lines as they
    are; the rows' blank cells are gone (line-major text prints none)."""
    rows = [("\f" if n and k == 0 else "") + "\t".join(_row_texts(above, row))
            for n, rows in enumerate(page_rows) for k, (above, row) in enumerate(zip([None, *rows], rows))]
    return RewrittenLines([*before, *rows], range(len(before), len(before) + len(rows)))


def _is_cell_lines(lines: Sequence[str], settings: LayoutSettings) -> bool:
    """Enough filled lines, most of them one short cell (no blank inside, narrower than a line of
    prose): a form's cells a line each."""
    filled = [l.strip() for l in lines if l.strip()]
    cells = sum(1 for l in filled if len(l.split()) == 1 and display_width(l) <= settings.content_order_cell_line_width)
    return len(filled) >= settings.content_order_min_lines and cells >= len(filled) * settings.content_order_cell_line_share


def _cell_lines_then_line_major(lines: Sequence[str], settings: LayoutSettings) -> list[str] | None:
    """A form whose head prints one cell a line (pdfplumber on cells set at different heights: 项目名称
    / its name / 主管部门 …) above a line-major table (its header row, then rows whose wrapped cells go on
    below): the head's lines as they are, the table from its header row on as tab rows. The table is
    the text after the first header line whose lines (as many as the head's at least, no column gaps)
    are line-major, a share of its rows' cells wrapped (the head a line a cell says the text is printed
    lines: no count of wrapped cells nor joined word is needed; a table of single-blank rows that
    seldom wrap is the spaced shape's)."""
    for start, line in enumerate(lines):
        if not _is_header_line(line):
            continue
        if not _is_cell_lines(lines[:start], settings):
            continue
        table = lines[start:]
        if not _without_columns(table, settings):
            return None                           # too short, or its cells apart by column gaps
        page_rows = [rows_of_line_major(page, settings) for page in pdf_pages(table)]
        if not _line_major(table, [row for rows in page_rows for row in rows], settings):
            continue
        wrapped = sum(_wrapped_cells(row) for rows in page_rows for row in rows if len(row.cells) >= 2)
        rows = sum(1 for rows in page_rows for row in rows if len(row.cells) >= 2)
        if not wrapped or wrapped < rows * settings.content_order_wrapped_cell_share:
            return None
        return _tab_rows(page_rows, lines[:start])
    return None


class ContentOrderBuilder(StreamBuilder):
    """Paragraph lines in content order with wrapped narrow columns → one cell stream, cut by the
    vocabulary and value shapes."""

    shape = Shape.GLUED
    blanks_kept = False

    def detect(self, lines: Sequence[Line]) -> float:
        texts = [l.source_text for l in lines if not l.is_row]
        return 1.0 if len(texts) == len(lines) and is_content_order(texts, self.settings) else 0.0

    def rows_and_columns(self, lines: Sequence[Line], guesses: list[str]) -> list[RawRow]:
        run, _ = _glued_page([l.source_text for l in lines])
        cells = cut_glued_run(run, self.settings)
        guesses.append(f"lines {lines[0].line_no}-{lines[-1].line_no}: content order with wrapped "
                       f"columns read as one run, cut into {len(cells)} cells by the vocabulary")
        return [([cell], lines[0]) for cell in cells]
