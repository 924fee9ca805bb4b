"""The layout builder: ``pdftotext -layout`` text, where columns are character offsets.

A converter that keeps the page layout writes each table row on one line and pads cells with
blanks, so a column is a band of character offsets that the rows' cells fall into, and the space
between two columns is a *gutter*: offsets that are blank in (almost) every row (camelot's stream
flavour finds columns the same way, from text edges). pdftotext counts every character, CJK or
not, as one offset.

A cell too long for its column wraps: its text goes on in the same column on the next lines
(``购置服装数`` / ``量``). ``join_wrapped`` puts such lines back into their row: a line continues
the row above when each of its cells stands under a cell of the line above that was cut —
as long as the longest cell of that column, ending in an open bracket or a hyphen, or followed by a
closing bracket or ``%`` — and none of them opens a cell of its own (a level word, a field label,
an operator and a number).

``find_layout_blocks`` finds runs of lines whose cells line up and turns each into a ``Grid``: a
cell that crosses a gutter spans the columns it covers (``None`` in the positions it covers).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.layout.base import Builder, RawRow, source_of
from jixiao.extract.layout.columns import joins_cell_head
from jixiao.extract.layout.glued_cells import is_column_word, is_known_word, starts_column_word
from jixiao.extract.layout.grid import Grid, RowSource, Shape, ShapeReport, Span
from jixiao.extract.layout.rows import is_empty_slot
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from jixiao.normalize.text import alternation, fold_key
from jixiao.normalize.vocabulary import (
    EMPTY_MARKERS, FIELD_WITH_VALUE_PATTERN, FORM_FIELD_LABELS, INDICATOR_COLUMN_WORDS, LEVEL1_WORDS, LEVEL2_WORDS,
    LINE_START_PROHIBITED_MARKS,
    MAGNITUDE_WORDS,
    OPERATOR_PREFIXES, OPERATOR_SUFFIXES, PLACEHOLDER_NAME_PREFIX, SCORE_CODE_PREFIX_PATTERN, SCORE_TOTAL_WORDS,
    SCORE_CODED_NAME_PATTERN, SELF_EVALUATION_TOTAL_WORDS, SIGNATURE_BLOCK_WORDS, SIGNATURE_LINE_WORDS,
    SPACED_DIGIT_HEAD_WORDS, TABLE_CAPTION_START_PATTERN, TABLE_TOTAL_WORDS, TOTAL_SCORE_PHRASES, UNITS,
    WEIGHT_IN_LABEL_PATTERN,
)

_LEVEL_KEYS = frozenset(fold_key(w) for w in LEVEL1_WORDS | LEVEL2_WORDS if len(w) >= 3)
#: Header words of the leaf-name column (三级指标, 指标名称): a level word alone there is no level cell.
_LEAF_HEADER_KEYS = frozenset(fold_key(w) for w in INDICATOR_COLUMN_WORDS["level3"])
_LABEL_KEYS = tuple(sorted({fold_key(l) for labels in FORM_FIELD_LABELS.values() for l in labels}, key=len,
                           reverse=True))
_SYMBOL_OPERATORS = frozenset(o for o in OPERATOR_PREFIXES if not re.search(r"\p{Han}", o))
#: Marks that say a cell goes on below: it ends open, or the text below closes it.
_OPEN_ENDS = ("(", "（", "-", "/", "、", "【", "[")
_CLOSE_STARTS = (")", "）", "%", "％", "】", "]")
_BRACKETED = re.compile(r"^[(（][^)）]{1,4}[)）][:：]?$")
_FIELD_WITH_VALUE = re.compile(FIELD_WITH_VALUE_PATTERN)
_PLACEHOLDER_NAME = re.compile(PLACEHOLDER_NAME_PREFIX)
_TOTAL_WORDS = tuple(sorted(set(SCORE_TOTAL_WORDS + SELF_EVALUATION_TOTAL_WORDS + TABLE_TOTAL_WORDS
                                + TOTAL_SCORE_PHRASES), key=len, reverse=True))
_NUMBER_CELL = re.compile(r"[-+]?[\d,，]+(?:\.\d+)?\s*[%％]?")
#: A number cut at its column's width: its last thousands group short, or ending in a separator.
_CUT_NUMBER = re.compile(r"(?:\d,\d{1,2}|[,，.])$")
#: An amount with thousands separators and one decimal (``6,255,100.0``): cut before its last cent
#: when a lone digit stands under it.
_ONE_CENT_SHORT = re.compile(r"\d,\d{3}\.\d$")
#: The blank pdftotext puts between digits and Chinese inside one cell: a number before its unit
#: (``308 人``, ``12.5 万元``, ``95% 以上``, ``2020 年``), an operator word before its number (``至少 1200``).
_HAN_OPERATOR_WORDS = tuple(o for o in OPERATOR_PREFIXES if re.search(r"\p{Han}", o))
_BLANK_IN_CELL = re.compile(
    rf"(?<=[\d%％]) (?=(?:{alternation((*UNITS, *MAGNITUDE_WORDS, *OPERATOR_SUFFIXES, *SPACED_DIGIT_HEAD_WORDS))}))"
    rf"|(?<=(?:^|[^\p{{Han}}])(?:{alternation(_HAN_OPERATOR_WORDS)})) (?=\d)")
#: A score table's level code before its name (``A2 绩效目标``, ``B11 资金到位率``; with digits: a
#: coded name opens a cell).
_SCORE_CODE = re.compile(SCORE_CODE_PREFIX_PATTERN)
_CODED_NAME = re.compile(SCORE_CODED_NAME_PATTERN)
#: A target whose column cut it before or inside its unit (``>=1200`` / ``人``, ``>=1400`` / ``0人次``,
#: ``≥210 公`` / ``里``): the two lines make a number and its unit, the line above alone does not.
_CUT_TARGET = re.compile(rf"[^\p{{Han}}]*\d\s?(?:{alternation(tuple(MAGNITUDE_WORDS))})?(?:{alternation(UNITS)})")
#: A numbered table's caption (``表 2 绩效评价得分汇总表``): a cell of its own.
_TABLE_CAPTION = re.compile(TABLE_CAPTION_START_PATTERN)
#: A level's points (``(13 分)``): alone, or closing a name.
_POINTS_ONLY = re.compile(WEIGHT_IN_LABEL_PATTERN)
_ENDS_IN_POINTS = re.compile(rf"{WEIGHT_IN_LABEL_PATTERN}$")
#: A level's points whose bracket a narrow column left open (``项目效益(23``).
_OPEN_POINTS = re.compile(r"\p{Han}[(（]\d+(?:\.\d+)?$")
_STARTS_HAN = re.compile(r"^\p{Han}")
#: Lines of another shape (tab or pipe rows) end a layout block.
_OTHER_SHAPE = re.compile(r"[\t|]")
#: A signature line under a form (``填报单位（盖章）：…    填报人：刘敏    联系电话：0736-7221453``): a
#: signature word and its colon open it. It ends a table laid out in columns and continues no cell.
_SIGNATURE_LINE = re.compile(
    rf"^\s*(?:{alternation(SIGNATURE_BLOCK_WORDS + SIGNATURE_LINE_WORDS)})[^:：\s]{{0,6}}[:：]")


def _off_table(text: str) -> bool:
    """A line no layout table holds: another shape's row (tab, pipe) or a signature line."""
    return bool(_OTHER_SHAPE.search(text) or _SIGNATURE_LINE.match(text))


def char_width(ch: str) -> int:
    """pdftotext -layout gives every character one offset."""
    return 1


@dataclass(frozen=True)
class Piece:
    """A cell of a layout line: its text and the display positions it occupies [start, end)."""

    text: str
    start: int
    end: int
    #: The last printed fragment of a cell joined from wrapped lines (how full its last line was).
    tail: str = field(default="", compare=False)
    #: The widest printed fragment of such a cell (its column's width, at least).
    widest: int = field(default=0, compare=False)

    @property
    def last_fragment(self) -> str:
        return self.tail or self.text


def pieces(text: str, settings: LayoutSettings = DEFAULT_SETTINGS) -> list[Piece]:
    """A line cut at runs of ``layout_min_gap`` blanks or more (an ideographic blank counts two)."""
    out: list[Piece] = []
    pos = 0
    current: list[str] = []
    start = 0
    blanks = 0
    for ch in text.replace("\f", "").expandtabs(8):
        width = char_width(ch)
        if ch in (" ", "\u3000"):
            blanks += width
        else:
            if current and blanks >= settings.layout_min_gap:
                out.append(Piece("".join(current).strip(), start, pos - blanks))
                current = []
            if not current:
                start = pos
            elif blanks:
                current.append(" " * blanks)
            blanks = 0
            current.append(ch)
        pos += width
    if current:
        out.append(Piece("".join(current).strip(), start, pos - blanks))
    return out


def _filled_pieces(text: str, settings: LayoutSettings) -> list[Piece]:
    """The line's pieces but a template's unfilled slot (``指标 2:`` under a wrapped 二级 cell's last
    line, ``……``): a blank cell. A line of slots alone keeps them (``find_layout_blocks`` leaves it out)."""
    cut = pieces(text, settings)
    return [p for p in cut if not is_empty_slot(p.text)] or cut


def split_column_words(piece: Piece) -> list[Piece]:
    """A header piece of column words one blank apart (``项目名称 预算数``: pdftotext left one blank
    between two header cells) → one piece a word."""
    words = piece.text.split(" ")
    if len(words) < 2 or not all(is_column_word(w) for w in words):
        return [piece]
    out: list[Piece] = []
    offset = piece.start
    for w in words:
        out.append(Piece(w, offset, offset + len(w)))
        offset += len(w) + 1
    return out


_ENDS_HAN = re.compile(r"\p{Han}$")
_CUT_AFTER_SEPARATOR = re.compile(r"\d[,，.]$")
#: Marks of an empty cell that are no words (``/``, ``—``): a placeholder beside amounts.
_EMPTY_SYMBOLS = frozenset(m for m in EMPTY_MARKERS if m and not re.search(r"[\p{Han}\p{L}]", m))


def is_number_or_cut(text: str) -> bool:
    """A number cell, or an amount whose column cut it after a separator (``10,864,200.``, ``914,600.``)."""
    return bool(_NUMBER_CELL.fullmatch(text)) or (
        bool(_CUT_AFTER_SEPARATOR.search(text)) and bool(_NUMBER_CELL.fullmatch(text.rstrip(",，."))))


def split_touching_numbers(cut: Sequence[list[Piece]], settings: LayoutSettings = DEFAULT_SETTINGS) -> list[list[Piece]]:
    """Cells pdftotext left one blank apart (``96.51% 10``, ``417.36 417.36``, ``其中:财政 206.62``: a
    label cut at its column's width runs up to the amount beside it) → one piece each, in a row of
    amounts (two other cells are numbers, or amounts with thousands separators run into the piece
    itself: ``其中:财政资金 6,255,100.0 6,255,100.0``, or numbers alone: ``1281.26 1150.58 89.80%`` beside one
    amount and ``/`` placeholders, each number but one counting). A piece is cut at a blank followed by numbers alone to its
    end when the text before it is a number too, or ends in a CJK character and the number starts
    where cells of two other lines start (a column's start); ``12345 热线``, ``8 秒`` stay whole."""
    tolerance = settings.layout_start_tolerance
    lines_at: dict[int, set[int]] = {}
    for n, ps in enumerate(cut):
        if len(ps) >= 2:
            for p in ps:
                lines_at.setdefault(p.start, set()).add(n)

    def column_start(offset: int, n: int) -> bool:
        near = set().union(*(lines_at.get(offset + d, set()) for d in range(-tolerance, tolerance + 1)))
        return len(near - {n}) >= 2

    out: list[list[Piece]] = []
    for n, ps in enumerate(cut):
        row: list[Piece] = []
        for p in ps:
            tokens = p.text.split(" ")
            own = len(tokens) - 1 if all(is_number_or_cut(t) for t in tokens) \
                else sum(1 for t in tokens if "," in t and is_number_or_cut(t))
            amounts = sum(1 for q in ps if q is not p and is_number_or_cut(q.text)) + own >= 2
            parts = _split_amounts(p, lambda offset: column_start(offset, n)) if amounts else [p]
            if len(ps) >= 2:                          # a row's cells, not a line of text alone
                parts = [q for part in parts
                         for q in split_at_column_starts(part, lambda offset: column_start(offset, n), tolerance)]
            row.extend(parts)
        out.append(row)
    return out


def _split_amounts(p: Piece, is_column_start: Callable[[int], bool]) -> list[Piece]:
    """A piece of a row of amounts cut at each blank followed by numbers alone to its end, when the
    text before is a number too, or ends in a CJK character and the numbers start a column."""
    out: list[Piece] = []
    rest = p
    for i in [i for i, ch in enumerate(p.text) if ch == " "]:
        before, after = p.text[rest.start - p.start:i], p.text[i + 1:].split(" ")
        if not before or " " in before.strip() \
                or not all(is_number_or_cut(a) or a in _EMPTY_SYMBOLS for a in after):
            continue
        if is_number_or_cut(before) or (_ENDS_HAN.search(before) and is_column_start(p.start + i + 1)):
            out.append(Piece(before, rest.start, p.start + i))
            rest = Piece(p.text[i + 1:], p.start + i + 1, p.end)
    return out + [rest]


#: What a cell cut off by a filled column opens with: a word, a number or an operator.
_STARTS_CELL = re.compile(rf"^(?:\p{{Han}}|\d|{'|'.join(re.escape(o) for o in sorted(_SYMBOL_OPERATORS, key=len, reverse=True))})")
#: An indicator's explanation cut inside its bracket (``资金拨付及时率(行``): its column is full.
_UNCLOSED = re.compile(r"[(（][^)）]*$")


def split_at_column_starts(piece: Piece, is_column_start: Callable[[int], bool], tolerance: int) -> list[Piece]:
    """A piece cut at each single blank where the next word starts a column and the text before it
    fills one column from a column's start (crossing none): cells pdftotext printed one blank apart
    because the left one filled its column (``资金使用合规率(计 85%以上``, ``培训农民人 >=120 人 20``: CJK
    text printed wider than its offsets). A blank inside a cell (``≤86 万元``, ``至少 5``) is kept."""
    if " " not in piece.text or not is_column_start(piece.start):
        return [piece]
    out: list[Piece] = []
    rest = piece
    for i in [i for i, ch in enumerate(piece.text) if ch == " "]:
        start, blank = rest.start, piece.start + i
        if blank <= start or not is_column_start(blank + 1) or _BLANK_IN_CELL.match(piece.text, i):
            continue
        before, after = piece.text[start - piece.start:i], piece.text[i + 1:]
        last, first = before.split(" ")[-1], after.split(" ")[0]
        if display_width(before) < 4 or not _STARTS_CELL.match(after) or joins_cell_head(last, first) \
                or (after[0].isdigit() and not _UNCLOSED.search(before)) or is_number_or_cut(before):
            continue            # no full column (合 计), a code's word, a mark's item, a number no bracket cut
            #                     before, a number that opens a name (12345 市民热线)
        if any(is_column_start(s) for s in range(start + tolerance + 1, blank)):
            continue                              # the text before crosses a column: a wide cell
        out.append(Piece(piece.text[start - piece.start:i], start, blank))
        rest = Piece(piece.text[i + 1:], blank + 1, piece.end)
    return out + [rest]


def split_coded_names(ps: list[Piece]) -> list[Piece]:
    """A score table's level name run into the next level's one blank apart (``A2 绩效目标(3
    A21 绩效目标``, a wrapped line's ``项(13 分) 据充分性``: a narrow column's name printed up to the
    next column's) → one piece each, cut before each code that extends the code the piece opens with
    (A2 → A21, B1 → B11) and after a level's points followed by a name (closed: ``项(13 分) 据``, or
    their number left open: ``项目效益(23 社会效益``). Only in a line laid out in columns (two pieces
    or more): a line of single blanks is another shape's (spaced text)."""
    if len(ps) < 2:
        return ps
    out: list[Piece] = []
    for p in ps:
        rest = p
        for i in [i for i, ch in enumerate(p.text) if ch == " "]:
            before, after = p.text[rest.start - p.start:i], p.text[i + 1:]
            head, inner = _SCORE_CODE.match(before), _SCORE_CODE.match(after)
            deeper = bool(head and inner and len(inner.group("code")) > len(head.group("code"))
                          and inner.group("code").startswith(head.group("code")))
            # 项目效益(23 社会效益: the points' number left open, then the next column's name (no unit)
            open_points = bool(_OPEN_POINTS.search(before)) and not _BLANK_IN_CELL.match(p.text, i)
            if deeper or (_ENDS_IN_POINTS.search(before) or open_points) and _STARTS_HAN.match(after):
                out.append(Piece(before, rest.start, p.start + i))
                rest = Piece(after, p.start + i + 1, p.end)
        out.append(rest)
    return out


def _overlaps(p: Piece, q: Piece) -> bool:
    return p.start < q.end and q.start < p.end


_OPENS_NUMBER = re.compile(rf"^(?:{'|'.join(re.escape(o) for o in sorted(_SYMBOL_OPERATORS, key=len, reverse=True))})\s*\d")


def opens_a_cell(text: str) -> bool:
    """Text that starts a cell of its own, never the rest of a wrapped one: a level word, a field
    label, an operator followed by a number, a numbered indicator name (``指标 2:群``), a score
    table's coded level name (``C2 产出质量``), a numbered table's caption (``表 2 绩效评价得分汇总表``)."""
    key = fold_key(text)
    return key in _LEVEL_KEYS or any(key.startswith(label) for label in _LABEL_KEYS) \
        or bool(_OPENS_NUMBER.match(text)) or bool(_PLACEHOLDER_NAME.match(text)) or bool(_CODED_NAME.match(text)) \
        or bool(_TABLE_CAPTION.match(text))


def _left_open(text: str) -> bool:
    """The text leaves a bracket open (``项目立项(14``)."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _closes_bracket(text: str) -> bool:
    """The text closes a bracket it did not open (``分)``)."""
    close = min((i for i in (text.find(")"), text.find("）")) if i >= 0), default=-1)
    return close >= 0 and not any(ch in "(（" for ch in text[:close])


def _is_cut(above: Piece, below: Piece, capacity: int, alone: bool) -> bool | None:
    """Whether ``above`` was cut and ``below`` is its rest: True (sure), None (it may be: as long as
    its column's longest cell, or a line of one cell starting where ``above`` starts, off the first
    column, under a cell that fills most of its column), False (no)."""
    if opens_a_cell(below.text) or is_column_word(above.text) and _NUMBER_CELL.fullmatch(below.text):
        return False                          # a number under a column word is a value of its own
    if above.text.endswith(_OPEN_ENDS) or below.text.startswith(_CLOSE_STARTS) or _BRACKETED.match(below.text):
        return True
    if _left_open(above.text) and _closes_bracket(below.text):
        return True                           # 项目立项(14 / 分): the line below closes the bracket
    if _CUT_TARGET.fullmatch(above.text + below.text) and not _CUT_TARGET.fullmatch(above.text):
        return True                           # >=1200 / 人, >=1400 / 0人次, ≥210 公 / 里: a target cut in its unit
    if capacity < 4:
        return False
    width = display_width(above.text)
    if width >= capacity - 1:
        return None
    if len(below.text) >= 2 and below.text[1] in LINE_START_PROHIBITED_MARKS \
            and width + display_width(below.text[0]) >= capacity - 1:
        return None                           # 资料齐 / 全、程序: a character carried down with a mark no line opens with
    if alone and below.start > 0 and abs(below.start - above.start) <= 1 and width >= capacity // 2:
        return None
    return False


def display_width(text: str) -> int:
    """Printed width: a CJK or full-width character is two, others one (how full a cell is)."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _capacities(lines: Sequence[list[Piece]]) -> dict[int, int]:
    """Widest cell seen starting at each offset in lines of several cells (a column's width); a line
    of fields written with their values (``填报人:张晓梅  联系电话:0880-5187150``, a signature line
    under the table) is no table row."""
    rows = [ps for ps in lines if len(ps) >= 2 and not all(_FIELD_WITH_VALUE.search(p.text) for p in ps)]
    seen = Counter(p.start for ps in rows for p in ps)
    starts = [s for s, n in seen.items() if n >= 2]                   # where cells of two lines start
    widths: dict[int, list[int]] = {}
    for ps in rows:
        for p in ps:
            widths.setdefault(p.start, []).append(display_width(p.text))
    caps: dict[int, int] = {}
    for ps in rows:
        for p in ps:
            others = sorted(widths[p.start])[:-1]
            if others and display_width(p.text) > 2 * others[-1] \
                    and sum(1 for s in starts if p.start + 1 < s < p.end) >= 2:
                continue                          # a cell spanning columns, twice as wide as its column: no width
            caps[p.start] = max(caps.get(p.start, 0), display_width(p.text))
    return caps


def wrap_widths(lines: Sequence[list[Piece]], settings: LayoutSettings = DEFAULT_SETTINGS) -> dict[int, frozenset[int]]:
    """Widths shared by at least ``layout_wrap_width_min_cells`` cells starting at one offset, in lines
    of several cells: a narrow column's cells that wrapped each fill it to the same width (``检测样品批``,
    ``安装路灯数``), though a wider cell there (a caption spanning two columns) sets its capacity."""
    rows = [ps for ps in lines if len(ps) >= 2 and not all(_FIELD_WITH_VALUE.search(p.text) for p in ps)]
    seen = Counter((p.start, display_width(p.text)) for ps in rows for p in ps)
    out: dict[int, set[int]] = {}
    for (start, width), n in seen.items():
        if n >= settings.layout_wrap_width_min_cells:
            out.setdefault(start, set()).add(width)
    return {start: frozenset(widths) for start, widths in out.items()}


def _fills_wrap_width(above: Piece, below: Piece, wraps: Mapping[int, frozenset[int]]) -> bool:
    """A line of one fragment under a cell as wide as its column's wrapped cells, and narrower: that
    cell's last line (``检测样品批`` / ``次``) — a cell's first line alone (a name centred over three
    lines) fills the width too."""
    width = display_width(above.text)
    return width in wraps.get(above.start, ()) and display_width(below.text) < width \
        and not is_number_or_cut(below.text)


def _is_level_word(text: str) -> bool:
    return fold_key(text) in _LEVEL_KEYS


def completes_words(line: list[Piece], above: list[Piece]) -> bool:
    """Words wrapped in their cells (a bold header's ``一级`` / ``指标`` and ``年度`` / ``指标值``, a
    money line's ``年度资金`` / ``总额``), the vocabulary proving the join: every cell of ``line``
    stands under a cell of ``above`` and carries it on into a word of the vocabulary or the start of
    a column word (or a number under a number into one number), and one completes a word from a
    fragment that is no word on its own (``上年结转`` / ``资金``: a money line's label shortened is a
    word too, and so is ``总额``) or a number cut mid-way (``17,377,1`` / ``00.00``, ``914,600.`` / ``00``)."""
    completed = 0
    for p in line:
        q = next((q for q in above if _overlaps(p, q)), None)
        if q is None:
            return False
        joined = q.text + p.text
        if _NUMBER_CELL.fullmatch(p.text):
            if not (_NUMBER_CELL.fullmatch(q.text.rstrip(",，.")) and _NUMBER_CELL.fullmatch(joined)):
                return False
            completed += bool(_CUT_NUMBER.search(q.text)) or \
                (len(p.text) == 1 and bool(_ONE_CENT_SHORT.search(q.text)))
        elif is_known_word(joined) and not (is_known_word(q.text) and is_known_word(p.text)):
            completed += 1
        elif not starts_column_word(joined):
            return False
    return completed >= 1


def _empty_right_of(p: Piece, line: list[Piece], above: list[Piece]) -> int:
    """How many cells of ``above`` right of ``p`` have no cell of ``line`` under them (the value
    columns a wrapped cell's next line leaves empty: a row of its own would fill them)."""
    return sum(1 for q in above if q.start >= p.end and not any(_overlaps(o, q) for o in line))


def continues_row(line: list[Piece], above: list[Piece], capacity: dict[int, int],
                  wraps: Mapping[int, frozenset[int]] | None = None,
                  settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """Every cell of ``line`` stands under a cut cell of ``above`` and none opens a cell.

    A level word is the tail of a longer cell (``受益对象`` / ``满意度``) when it stands under a full
    cell that is no level word itself, beside other continued cells, and the line stops short of
    the value columns ``above`` fills (two cells or more of ``above`` lie wholly to its right): a
    row of its own would fill them. One cell that carries the cell above it on into a word of the
    vocabulary though that column looks wider (a merged cell above widened it: ``年度预算`` /
    ``数(万元)``) goes on too, beside two cut cells of the same line (a header wrapped over two lines)."""
    if not line or not above:
        return False
    if completes_words(line, above):
        return True
    short_of_values = sum(1 for q in above if q.start >= line[-1].end) >= 2
    continued = 0
    levels_under_full = 0
    under: list[Piece] = []
    uncut_words = 0
    for p in line:
        q = next((q for q in above if _overlaps(p, q)), None)
        if q is None or sum(1 for o in above if _overlaps(p, o)) > 1 \
                or (q in under and is_number_or_cut(p.text) and not is_number_or_cut(q.text)):
            return False                          # no cell above, a span over the cells above, or an amount
        under.append(q)                           # beside a cell under a text: a row of its own
        cap = max(capacity.get(q.start + d, 0) for d in (-1, 0, 1))
        alone = len(line) == 1
        cut = _is_cut(q, p, cap, alone)
        if cut is False and wraps and len(line) <= len(above) * settings.layout_wrap_fragment_share \
                and _fills_wrap_width(q, p, wraps):
            cut = None
        if cut or (cut is None and (alone or is_number_or_cut(q.text) or not is_number_or_cut(p.text))):
            continued += 1                    # amounts under full words may open a row: no proof
            continue
        if not uncut_words and is_known_word(q.text + p.text) and not is_known_word(p.text):
            uncut_words += 1                  # ``年度预算`` / ``数(万元)``: the vocabulary proves it
            continue
        if (short_of_values or _empty_right_of(p, line, above) >= 2) and _is_level_word(p.text) and not _is_level_word(q.text) \
                and cap >= 4 and display_width(q.text) >= cap - 1:
            levels_under_full += 1
            continue
        return False
    if uncut_words and continued < 2:
        return False
    return not levels_under_full or continued >= 1


def ends_leaf_name(line: list[Piece], above: list[Piece], leaf_heads: list[Piece],
                   capacity: dict[int, int]) -> bool:
    """A level word alone on a line, in the leaf-name column (under the header's 三级指标) and under a
    full leaf name that is no level word: that name's last fragment (``受益对象`` / ``满意度``). Level
    cells stand in the 一级/二级 columns, so there a level word alone may open a row."""
    if len(line) != 1 or not _is_level_word(line[0].text):
        return False
    p = line[0]
    q = next((q for q in above if _overlaps(p, q)), None)
    if q is None or _is_level_word(q.text) or abs(q.start - p.start) > 1 \
            or not any(abs(h.start - p.start) <= 1 for h in leaf_heads):
        return False
    cap = max(capacity.get(q.start + d, 0) for d in (-1, 0, 1))
    return cap >= 4 and display_width(q.text) >= cap - 1


def join_wrapped(lines: Sequence[tuple[list[Piece], RowSource]],
                 settings: LayoutSettings = DEFAULT_SETTINGS) -> list[tuple[list[Piece], RowSource]]:
    """Lines → rows, each wrapped line joined to the cell it continues (its text appended). A
    column's width is measured on the lines near it (a page holds several forms)."""
    window = settings.layout_width_window
    rows: list[tuple[list[Piece], RowSource]] = []
    above: list[Piece] = []
    leaf_heads: list[Piece] = []
    for n, (ps, src) in enumerate(lines):
        near = [p for p, _ in lines[max(0, n - window):n + window]]
        capacity = _capacities(near)
        if sum(1 for p in ps if is_column_word(p.text)) >= 3:
            leaf_heads = [p for p in ps if fold_key(p.text) in _LEAF_HEADER_KEYS]
        if rows and (completes_words(ps, rows[-1][0]) or continues_row(ps, above, capacity, wrap_widths(near, settings), settings)
                     or ends_leaf_name(ps, above, leaf_heads, capacity)):
            cells, first = rows[-1]
            for p in ps:
                k = next(k for k, c in enumerate(cells) if _overlaps(p, c) or c.start <= p.start < c.end)
                c = cells[k]
                cells[k] = Piece(c.text + p.text, min(c.start, p.start), max(c.end, p.end), p.text,
                                 max(c.widest or display_width(c.text), display_width(p.text)))
            rows[-1] = (cells, RowSource(first.page, first.line_no, f"{first.text}\n{src.text}"))
        else:
            rows.append((_put_back_points(rows[-1][0], ps) if rows else list(ps), src))
        above = ps
    return rows


def _put_back_points(cells: list[Piece], ps: list[Piece]) -> list[Piece]:
    """A new row's first cells that end a level's name in the row above (``资金管理(11`` / ``分)``,
    ``D1 项目效益`` / ``(24 分)``: a narrow merged column wrapped its points onto the next row's line)
    are put back into that name's cell; the rest of ``ps`` is the new row."""
    rest = list(ps)
    while len(rest) >= 2:
        p = rest[0]
        k = next((k for k, c in enumerate(cells) if _overlaps(p, c)), None)
        if k is None or not _ends_level_name(cells[k].text, p.text):
            break
        c = cells[k]
        cells[k] = Piece(c.text + p.text, min(c.start, p.start), max(c.end, p.end), p.text,
                         max(c.widest or display_width(c.text), display_width(p.text)))
        rest.pop(0)
    return rest


def _ends_level_name(name: str, text: str) -> bool:
    """``text`` closes the points ``name`` left open, or is the points of a name that has none."""
    if _left_open(name):
        return _closes_bracket(text) and bool(_ENDS_IN_POINTS.search(name + text))
    return bool(_POINTS_ONLY.fullmatch(text)) and not _ENDS_IN_POINTS.search(name) and bool(_ENDS_HAN.search(name))


def column_starts(rows: list[list[Piece]], settings: LayoutSettings, header: bool = True) -> list[int]:
    """Offsets where columns start: where cells of at least two rows start (within
    ``layout_start_tolerance``), or (``header``) where a cell of the row with the most cells starts
    (the header). Wide cells (prose, spans) do not hide a column."""
    tolerance = settings.layout_start_tolerance
    support: dict[int, set[int]] = {}
    for r, ps in enumerate(rows):
        for p in ps:
            support.setdefault(p.start, set()).add(r)
    widest = max(rows, key=len)
    anchors: list[int] = []
    for start in sorted(support):
        near = set().union(*(support[s] for s in support if abs(s - start) <= tolerance))
        if len(near) >= 2 or (header and any(p.start == start for p in widest)):
            if anchors and start - anchors[-1] <= tolerance:
                continue
            anchors.append(start)
    return anchors


def column_bands(rows: list[list[Piece]], settings: LayoutSettings) -> list[tuple[int, int]]:
    """Columns as bands of offsets: from a column's start (``column_starts``, less the starts no
    cell fits behind and the same column's start printed a little apart) to the next one's.

    A header whose words pdftotext packed closer than its columns (CJK words printed narrower than
    the digits below them: ``二级指标`` at 19 and ``三级指标`` at 26 over ``数量指标`` at 21 and
    ``维修养护道路`` at 35) starts no column of its own when two of its cells start in one column
    the other rows start and its cells fit one a column, in order, on those columns (a header cell
    left of them all, over a column of labels, or right of every other row's cells keeps its own)."""
    cells = [p for ps in rows for p in ps]
    header = max(rows, key=len)
    others = [ps for ps in rows if ps is not header]

    def bands_of(anchors: list[int], lines: list[list[Piece]]) -> list[int]:
        return _drop_shifted_starts(_drop_crossed_starts(anchors, cells), lines, settings.layout_shifted_start)

    anchors = bands_of(column_starts(rows, settings), rows)
    shared = bands_of(column_starts(rows, settings, header=False), others)
    if shared and others and len(shared) < len(anchors):
        last = max(p.start for ps in others for p in ps) + settings.layout_start_tolerance
        shared = sorted({p.start for p in header if p.start < shared[0] or p.start > last} | set(shared))
        packed = any(sum(1 for p in header if a <= p.start < b) >= 2 for a, b in zip(shared, shared[1:]))
        if packed and len(header) <= len(shared):
            anchors = shared
    end = max(p.end for p in cells)
    return [(a, b) for a, b in zip(anchors, anchors[1:] + [end + 1])]


def _drop_shifted_starts(anchors: list[int], rows: list[list[Piece]], shift: int) -> list[int]:
    """Column starts at most ``shift`` offsets after the one before where no line starts a cell in
    both bands: the same column printed at two offsets (a centred header ``二级指标`` at 20 over
    ``数量指标`` at 24, an amount at 20) — two columns of their own would share a line somewhere."""
    kept = list(anchors)
    k = 0
    while k < len(kept) - 1:
        a, b = kept[k], kept[k + 1]
        after = kept[k + 2] if k + 2 < len(kept) else None
        in_a = [any(a <= p.start < b for p in ps) for ps in rows]
        in_b = [any(b <= p.start and (after is None or p.start < after) for p in ps) for ps in rows]
        if b - a <= shift and not any(x and y for x, y in zip(in_a, in_b)):
            del kept[k + 1]
            continue
        k += 1
    return kept


def _drop_crossed_starts(anchors: list[int], cells: list[Piece]) -> list[int]:
    """Column starts with no cell that fits between them and the next start: every cell starting
    there runs on past the next start (a centred header ``二级指标`` three offsets left of its
    column's left-aligned ``数量指标``, an amount starting under it) — one column printed at two
    offsets, not two columns: a column of its own has a cell that ends before the next begins."""
    kept = list(anchors)
    k = 0
    while k < len(kept) - 1:
        a, b = kept[k], kept[k + 1]
        starting = [p for p in cells if a <= p.start < b]
        if starting and all(p.end > b for p in starting):
            del kept[k + 1]
            kept[k] = a
            continue
        k += 1
    return kept


def _columns_of(piece: Piece, bands: list[tuple[int, int]]) -> list[int]:
    hit = [k for k, (a, b) in enumerate(bands) if piece.start < b and a < piece.end]
    if hit:
        return hit
    # a short cell inside a gutter: the nearest band
    return [min(range(len(bands)), key=lambda k: min(abs(piece.start - bands[k][1]), abs(bands[k][0] - piece.end)))]


def _distance(piece: Piece, band: tuple[int, int]) -> int:
    """How far a cell starts from a column's start (inside the band: its offset in it)."""
    a, b = band
    return abs(piece.start - a) if piece.start < b else piece.start - a + (piece.start - b + 1) * 4


def place_pieces(ps: list[Piece], bands: list[tuple[int, int]]) -> list[int]:
    """Each piece's column: pieces keep their order, one column each, as near their band as can be
    (a dynamic programme over pieces × columns). A row of more pieces than columns joins the
    surplus into the nearest column."""
    n, m = len(ps), len(bands)
    if n > m:
        return [_columns_of(p, bands)[0] for p in ps]
    inf = float("inf")
    # cost[i][k]: best cost of pieces[:i+1] with piece i in column k
    cost = [[inf] * m for _ in range(n)]
    back = [[-1] * m for _ in range(n)]
    for k in range(m):
        cost[0][k] = _distance(ps[0], bands[k])
    for i in range(1, n):
        best, arg = inf, -1
        for k in range(m):
            if k > 0 and cost[i - 1][k - 1] < best:
                best, arg = cost[i - 1][k - 1], k - 1
            if arg >= 0:
                cost[i][k] = best + _distance(ps[i], bands[k])
                back[i][k] = arg
    k = min(range(m), key=lambda c: cost[n - 1][c])
    out = [k]
    for i in range(n - 1, 0, -1):
        k = back[i][k]
        out.append(k)
    return out[::-1]


def _names_columns(ps: Sequence[Piece]) -> bool:
    """A header line: three pieces or more name columns."""
    return sum(1 for p in ps if is_column_word(p.text)) >= 3


def grid_of_rows(rows: Sequence[tuple[list[Piece], RowSource]], settings: LayoutSettings,
                 report: ShapeReport) -> Grid | None:
    """Rows of pieces → a grid on the column bands their gutters leave."""
    # a header's column words one blank apart (``*指标值 计量单位`` over narrow columns) are two
    # columns before the bands are drawn: the piece would bridge the gutter between them
    rows = [([q for p in ps for q in split_column_words(p)] if _names_columns(ps) else ps, src) for ps, src in rows]
    multi = [ps for ps, _ in rows if len(ps) >= 2]
    if not multi:
        return None
    bands = column_bands(multi, settings)
    if len(bands) < 2:
        return None
    cells: list[list[str | None]] = []
    tails: list[list[str]] = []
    rows = [([q for p in ps for q in split_column_words(p)] if len(ps) < len(bands) else ps, src)
            for ps, src in rows]
    placements = _fold_headless_columns([ps for ps, _ in rows], [place_pieces(ps, bands) for ps, _ in rows])
    for ps, placed in zip((ps for ps, _ in rows), placements):
        row: list[str | None] = [""] * len(bands)
        tail = [""] * len(bands)
        for p, first in zip(ps, placed):
            text = _BLANK_IN_CELL.sub("", p.text)
            row[first] = f"{row[first]} {text}" if row[first] else text     # two pieces, one column
            tail[first] = p.last_fragment
        cells.append(row)
        tails.append(tail)
    shifted = realign_header_cells(cells, tails, placements)
    if shifted:
        report = ShapeReport(report.shape, report.confidence, report.guesses + (
            f"{shifted} header cells printed one column off their values moved over them",))
    widths = _band_capacities(rows, placements, len(bands))
    wrapping = {k for (ps, _), placed in zip(rows, placements) for p, k in zip(ps, placed) if p.tail}
    moved = join_merged_cells(cells, tails, widths, wrapping) + join_level_name_tails(cells, tails, wrapping)
    if moved:
        report = ShapeReport(report.shape, report.confidence, report.guesses + (
            f"{moved} lines of merged cells printed beside later rows joined back to their cell",))
    spans: list[Span] = []
    for r, ((ps, _), placed) in enumerate(zip(rows, placements)):
        row = cells[r]
        for p, first in zip(ps, placed):
            cols = [k for k in _columns_of(p, bands) if k > first]
            if cols and all(row[k] == "" for k in range(first + 1, cols[-1] + 1)):
                spans.append(Span(r, first, 1, cols[-1] - first + 1))
                for k in range(first + 1, cols[-1] + 1):
                    row[k] = None
    return Grid(tuple(tuple(r) for r in cells), tuple(src for _, src in rows), report, tuple(spans))


def _fold_headless_columns(rows: Sequence[list[Piece]], placements: list[list[int]]) -> list[list[int]]:
    """Text a row printed off its column (pdftotext spaced that row's characters wider: ``绩效目标(11
    分)`` between the 二级 and 三级 columns) → into the header's column beside it that the row leaves
    empty, the right one when both are (a leaf's name beside its values). A headless column between
    two columns of the header row (column words alone) holds no number of its own."""
    header = next((placed for ps, placed in zip(rows, placements)
                   if len(ps) >= 3 and all(is_column_word(p.text) for p in ps)), None)
    if header is None:
        return placements
    named = set(header)
    headless = {k for k in range(min(named), max(named)) if k not in named}
    if not headless or any(_NUMBER_CELL.fullmatch(p.text) for ps, placed in zip(rows, placements)
                           for p, k in zip(ps, placed) if k in headless):
        return placements
    out: list[list[int]] = []
    for placed in placements:
        row = list(placed)
        for n, k in enumerate(placed):
            if k not in headless:
                continue
            left = max((j for j in named if j < k), default=None)
            right = min((j for j in named if j > k), default=None)
            free = [j for j in (right, left) if j is not None and j not in row]
            if free:
                row[n] = free[0]
        out.append(row)
    return out


def _is_column_header(row: Sequence[str | None]) -> bool:
    """Three column words or more, every other cell of the row (a group's label first) empty."""
    filled = [c for c in row if c]
    words = sum(1 for c in filled if is_column_word(c))
    return words >= 3 and words >= len(filled) - 1 and (words == len(filled) or not is_column_word(filled[0]))


def _header_shift(header: Sequence[str | None], body: set[int], headless: set[int]) -> tuple[int, int, int] | None:
    """(first, last, step): the header's cells ``first..last`` stand one column off, beside a headless
    column of values, and the column they leave is one no value fills."""
    for t in sorted(headless):
        left = t - 1
        while left >= 0 and header[left] and left in body:
            left -= 1
        if left >= 0 and header[left] and left not in body and all(header[k] for k in range(left, t)):
            return left, t - 1, 1
        right = t + 1
        while right < len(header) and header[right] and right in body:
            right += 1
        if right < len(header) and header[right] and right not in body \
                and all(header[k] for k in range(t + 1, right + 1)):
            return t + 1, right, -1
    return None


def realign_header_cells(cells: list[list[str | None]], tails: list[list[str]],
                         placements: list[list[int]]) -> int:
    """A header row printed with other cell widths than the rows below it (a merged cell of the
    header's row is split elsewhere in the rows of values: Writer draws each row's cells on its own):
    its column words stand one column left (or right) of the values they name, over a column no row
    below fills, while a column of values has no header. Those header cells move over their values:
    ``一级指标 | 二级指标 | 三级指标 | 年度指标值 | ∅`` over ``产出指标 | ∅ | 数量指标 | 名称 | >=12人次``.
    Only a run of adjacent header cells between such an empty column and such a headless one moves.
    Returns how many cells moved."""
    moved = 0
    for r, row in enumerate(cells):
        if not _is_column_header(row):
            continue
        end = next((j for j in range(r + 1, len(cells)) if _is_column_header(cells[j])), len(cells))
        counts = Counter(k for j in range(r + 1, end) for k, c in enumerate(cells[j]) if c)
        body = set(counts)
        headless = {k for k, n in counts.items() if n >= 2 and not row[k]}
        shift = _header_shift(row, body, headless) if headless else None
        if shift is None:
            continue
        first, last, step = shift
        order = range(last, first - 1, -1) if step > 0 else range(first, last + 1)
        for k in order:
            row[k + step], row[k] = row[k], ""
            tails[r][k + step], tails[r][k] = tails[r][k], ""
            moved += 1
        placements[r] = [k + step if first <= k <= last else k for k in placements[r]]
    return moved


def _band_capacities(rows: Sequence[tuple[list[Piece], RowSource]], placements: list[list[int]],
                     n: int) -> list[int]:
    """Each column's width: the widest printed fragment placed in it alone on a row of several cells."""
    widths = [0] * n
    for (ps, _), placed in zip(rows, placements):
        if 2 * len(ps) < n or len(ps) < 2 or len(set(placed)) < len(placed):
            continue
        for p, k in zip(ps, placed):
            widths[k] = max(widths[k], p.widest or display_width(p.text))
    return widths


def merged_columns(cells: list[list[str | None]]) -> set[int]:
    """The columns left of the first column every data row (half its cells filled or more) fills
    that some data rows leave empty and others fill: merged cells printed once for the rows they
    span (单位名称, 项目名称, 一级指标)."""
    data = [row for row in cells if 2 * sum(1 for c in row if c) >= len(row)]
    if len(data) < 2:
        return set()
    always = [k for k in range(len(data[0])) if all(row[k] for row in data)]
    if not always:
        return set()
    return {k for k in range(always[0]) if any(not row[k] for row in data) and sum(1 for row in data if row[k]) >= 2}


def _is_header_row(row: Sequence[str | None]) -> bool:
    """A row of words alone (no cell a number), or one holding a column word: a header."""
    return not any(c and _NUMBER_CELL.fullmatch(c) for c in row) or any(c and is_column_word(c) for c in row)


def join_merged_cells(cells: list[list[str | None]], tails: list[list[str]], widths: list[int],
                      wrapping: set[int]) -> int:
    """A merged cell whose text wraps beside the later rows it spans (``636001-萧山区人`` on the
    first row, ``民政府`` on the next): its lines are put back into its first row. In a merged
    column, a row's text continues the cell above when the row above's last fragment filled the
    column (or ended open, or this text closes it) and the text opens no cell (nor starts with a
    word of the vocabulary: ``其中:财政资金`` is a money line of its own, ``总分`` a total). A row where some
    merged column starts a new cell (the money column's next amount) starts a new group: nothing
    joins on it. Only columns ``wrapping`` (holding a cell wrapped over lines: narrow enough to cut
    text) join, into a cell not of a header row that started on a row filling every merged
    column left of it (merged cells start together, at a group's first row).

    A full cell followed by a new full cell looks the same as a merged cell going on, so a row joins
    only with evidence: a short tail closing the bracket its cell left open (``预算执行情况(10`` /
    ``分)``, beside a money line's own first cell), a tail that makes a level name of a cell that is
    no word (``服务对象满意度指`` / ``标`` beside the next leaf), or a column it continues is *proven* merged (a data row leaves it empty between
    two rows that fill it), or its cell already took lines beside a proven column's. Returns how
    many cells were moved."""
    merged = merged_columns(cells) & wrapping
    proven = {k for k in merged if _empty_between_filled(cells, k)}
    head: dict[int, int] = {}                 # column → the row its current cell started on
    confirmed: set[int] = set()               # columns whose current cell joined beside a proven one
    moved = 0
    for r, row in enumerate(cells):
        filled = [k for k in sorted(merged) if row[k]]
        continues: dict[int, bool] = {}
        closed: set[int] = set()
        for k in filled:
            above = tails[r - 1][k] if r > 0 and k in head else ""
            h = head.get(k)
            text = row[k] or ""
            opens = is_known_word(text.split(" ")[0]) or text.startswith(_TOTAL_WORDS) or opens_a_cell(text)
            if above and h is not None and (closes_bracket(cells[h][k] or "", text)
                                            or completes_level_name(cells[h][k] or "", text)):
                continues[k] = True           # ``预算执行情况(10`` / ``分)``, ``服务对象满意度指`` / ``标``: proven
                closed.add(k)
            elif above and h is not None and (opens or _is_header_row(cells[h])
                                            or any(not cells[h][j] for j in merged if j < k)):
                continues[k] = False
            elif above:                       # a cell above, its text maybe going on
                continues[k] = _is_cut(Piece(above, 0, len(above)), Piece(row[k] or "", 0, 1),
                                       widths[k], alone=False) is None
        if closed:                            # the other merged columns may start cells of their own
            continues = {k: True for k, goes_on in continues.items() if goes_on}
            proven.update(closed)
        if continues and all(continues.values()) and any(k in proven or k in confirmed for k in continues):
            if any(k in proven for k in continues):
                confirmed.update(continues)
            for k in continues:
                h = head[k]
                cells[h][k] = f"{cells[h][k]}{row[k]}"
                tails[h][k] = tails[r][k]
                row[k] = ""
                moved += 1
            for k in filled:
                if k not in continues:
                    head[k] = r
                    confirmed.discard(k)
        else:
            for k in filled:
                head[k] = r
                confirmed.discard(k)
        for k in merged:
            if not row[k] and k in head and not (continues.get(k)):
                head.pop(k, None)
                confirmed.discard(k)
    return moved


_OPEN_BRACKET = re.compile(r"[(（][^)）]*$")
_CLOSING_TAIL = re.compile(r"^[^(（]{0,4}[)）]$")


def closes_bracket(head: str, text: str) -> bool:
    """``text`` is a short tail closing a bracket ``head`` left open (``预算执行情况(10`` / ``分)``)."""
    return bool(_OPEN_BRACKET.search(head)) and bool(_CLOSING_TAIL.match(text))


def join_level_name_tails(cells: list[list[str | None]], tails: list[list[str]], wrapping: set[int]) -> int:
    """A level name's last fragment printed beside the next row (``服务对象满意度指`` / ``标`` beside the
    next leaf, in a column every row fills, so no merged column) → back into the row above, the
    vocabulary proving it. Returns how many cells moved."""
    moved = 0
    for r in range(1, len(cells)):
        for k in sorted(wrapping):
            head, text = cells[r - 1][k] or "", cells[r][k] or ""
            if head and text and completes_level_name(head, text) \
                    and sum(1 for c in cells[r] if c) >= 3:
                cells[r - 1][k], cells[r][k] = head + text, ""
                tails[r - 1][k] = tails[r][k]
                moved += 1
    return moved


def completes_level_name(head: str, text: str) -> bool:
    """``text`` ends a level name ``head`` left cut (``服务对象满意度指`` / ``标``): together they are a
    level name, neither alone is a word."""
    return _is_level_word(head + text) and not is_known_word(head) and not is_known_word(text)


def _empty_between_filled(cells: list[list[str | None]], k: int) -> bool:
    """A data row (half its cells filled) leaves column ``k`` empty between two rows that fill it."""
    column = [row[k] for row in cells if 2 * sum(1 for c in row if c) >= len(row)]
    filled = [r for r, c in enumerate(column) if c]
    return len(filled) >= 2 and any(not column[r] for r in range(filled[0], filled[-1]))


def _aligned_share(rows: list[list[Piece]], starts: list[int], settings: LayoutSettings) -> float:
    """Share of multi-cell rows whose cells all start at a column's start."""
    tolerance = settings.layout_start_tolerance
    ok = sum(1 for ps in rows if all(any(abs(p.start - a) <= tolerance for a in starts) for p in ps))
    return ok / len(rows) if rows else 0.0


def column_segments(rows: list[tuple[list[Piece], RowSource]]) -> list[list[tuple[list[Piece], RowSource]]]:
    """Rows cut where the columns change (a table of other widths follows without a blank line):
    a row of several cells most of whose cells start where no cell of the segment so far started."""
    segments: list[list[tuple[list[Piece], RowSource]]] = []
    starts: set[int] = set()
    for ps, src in rows:
        inner = ps[1:]
        matched = sum(1 for p in inner if any(abs(p.start - s) <= 1 for s in starts))
        if segments and len(inner) >= 2 and starts and matched * 2 < len(inner):
            segments.append([])
            starts = set()
        if not segments:
            segments.append([])
        segments[-1].append((ps, src))
        if len(ps) >= 2:
            starts.update(p.start for p in ps)
    return segments


def _segment_grid(rows: list[tuple[list[Piece], RowSource]], settings: LayoutSettings) -> Grid | None:
    """A segment's grid, when its cells line up on two columns or more."""
    multi = [ps for ps, _ in rows if len(ps) >= 2]
    if not multi:
        return None
    bands = column_bands(multi, settings)
    share = _aligned_share(multi, column_starts(multi, settings), settings) if len(bands) >= 2 else 0.0
    if share < settings.layout_aligned_share:
        return None
    joined = sum(src.text.count("\n") for _, src in rows)
    guesses = [f"{joined} wrapped lines joined to the cell above"] if joined else []
    if share < 1.0:
        guesses.append(f"{1 - share:.0%} of the rows have a cell crossing a column gutter: read as a span")
    return grid_of_rows(rows, settings, ShapeReport(Shape.LAYOUT, share, tuple(guesses)))


def find_layout_blocks(texts: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS,
                       page: int | None = None, first_line_no: int = 1) -> list[tuple[int, int, Grid]]:
    """(first line index, last line index + 1, grid) of every run of lines laid out in columns.

    A run starts and ends with a line of two cells or more; lines of one cell between them
    (wrapped cells, rows with one cell filled) and at most one blank line in a row belong to it.
    A page break (form feed) ends a run: column positions change from page to page.
    """
    cut = split_touching_numbers([split_coded_names(_filled_pieces(t, settings)) if not _off_table(t) else []
                                  for t in texts], settings)
    out: list[tuple[int, int, Grid]] = []
    i = 0
    while i < len(texts):
        if len(cut[i]) < 2:
            i += 1
            continue
        j, last_multi, blank_run = i, i, 0
        while j < len(texts):
            if not texts[j].strip():
                blank_run += 1
                if blank_run > 1:
                    break
            else:
                blank_run = 0
                if _off_table(texts[j]) or (j > i and "\f" in texts[j]):
                    break                                   # another shape, or a new page
                if len(cut[j]) >= 2:
                    last_multi = j
            j += 1
        end = last_multi + 1
        window = cut[max(i, end - settings.layout_width_window):end]
        while end < len(texts) and len(cut[end]) == 1 and not _off_table(texts[end]) \
                and continues_row(cut[end], cut[end - 1], _capacities(window)):
            end += 1                                # the last row's wrapped cells
        block = [(cut[k], RowSource(page, first_line_no + k, texts[k])) for k in range(i, end)
                 if texts[k].strip() and not is_empty_slot(texts[k])]       # a template's unfilled slot: no row
        rows = join_wrapped(block, settings)
        multi = sum(1 for k in range(i, end) if len(cut[k]) >= 2)
        if sum(1 for ps, _ in rows if len(ps) >= 2) >= settings.layout_min_lines \
                and multi >= settings.layout_min_multi_line_share * len(block):
            for segment in column_segments(rows):
                grid = _segment_grid(segment, settings)
                if grid is not None:
                    first = segment[0][1].line_no - first_line_no
                    last = segment[-1][1].line_no - first_line_no + segment[-1][1].text.count("\n")
                    out.append((first, last + 1, grid))
        i = end
    return out


class LayoutBuilder(Builder):
    """Paragraph lines laid out in columns by blanks (``pdftotext -layout``)."""

    shape = Shape.LAYOUT

    def detect(self, lines: Sequence[Line]) -> float:
        if any(l.is_row for l in lines):
            return 0.0
        texts = [l.cells[0] for l in lines]
        blocks = find_layout_blocks(texts, self.settings)
        covered = sum(e - s for s, e, _ in blocks)
        filled = sum(1 for t in texts if t.strip())
        if not blocks or not filled:
            return 0.0
        return min(b.report.confidence for _, _, b in blocks) * min(1.0, covered / filled)

    def rows_and_columns(self, lines: Sequence[Line], guesses: list[str]) -> list[RawRow]:
        texts = [l.cells[0] for l in lines]
        blocks = {s: (e, g) for s, e, g in find_layout_blocks(texts, self.settings)}
        out: list[RawRow] = []
        i = 0
        while i < len(lines):
            if i in blocks:
                end, grid = blocks[i]
                guesses.extend(grid.report.guesses)
                kept = [l for l in lines[i:end] if l.text.strip() and not is_empty_slot(l.text)]
                out.extend((list(row), line) for row, line in zip(grid.rows, kept))
                i = end
                continue
            if lines[i].text.strip():
                out.append(([lines[i].cells[0].strip()], lines[i]))
            i += 1
        return out

    def make(self, rows: list[RawRow], report: ShapeReport) -> Grid:
        return Grid.from_rows([c for c, _ in rows], [source_of(l) for _, l in rows], report)
