"""Tables whose columns move: columns are recognised by their header words, and a row's cells are
given to columns by position when the row kept every cell, by value shape when blank cells vanished.

A header is a list of *roles* (``level3``, ``target``, ``weight`` …) from a vocabulary such as
``INDICATOR_COLUMN_WORDS``. A row whose blank cells were dropped by the converter
(``指标1:工程质量合格 10 10`` under 年度指标值 | 实际完成值 | 分值 | 得分) is aligned by shape: each role
accepts some shapes (a weight is a number up to 100, a rate has a ``%``), cells keep their order,
and among the alignments that fit, the one that puts the last cells in the last columns wins —
blank cells are most often the optional ones on the left (an empty target or actual).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Mapping, Sequence

import regex as re

from jixiao.extract.document import Line
from jixiao.normalize.money import is_amount
from jixiao.normalize.numbers import parse_float
from jixiao.normalize.text import fold_key, is_fill_in_hint
from jixiao.normalize.vocabulary import (
    LEVEL_POINTS_PATTERN,
    EMPTY_MARKERS, HEADER_POINTS_NOTE_PATTERN, PLACEHOLDER_NAME_PREFIX, SPLIT_CELL_HEAD_PATTERN, INDICATOR_COLUMN_WORDS, OPERATOR_CELLS,
    SELF_EVALUATION_MONEY_COLUMN_WORDS, UNIT_BRACKET_PATTERN, UNITS)

_MARKS = re.compile(rf"^\*|[(（][A-Za-z/]+[)）]$|{HEADER_POINTS_NOTE_PATTERN}")
#: A money or points unit closing a header cell (全年预算数(A)（万元）): the column's role is the rest.
_TRAILING_UNIT = re.compile(rf"{UNIT_BRACKET_PATTERN}$")
_OPERATOR_CELLS = frozenset(OPERATOR_CELLS)
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_PERCENT = re.compile(r"^[+-]?\d+(?:\.\d+)?\s*[%％]$")


def line_tokens(line: Line) -> list[str]:
    """Non-empty cells of a row, or the blank-separated words of a paragraph line (a word that never
    stands alone, ``表`` or a score row's code ``A1``, kept with the word after it: ``spaced_cells``)."""
    if line.is_row:
        return [c.strip() for c in line.cells if c.strip()]
    return spaced_cells(line.cells[0].replace("\t", " "))


def line_cells(line: Line, trailing_blanks: bool = False) -> list[str]:
    """A row's cells with the blanks inside it kept (trailing ones too with ``trailing_blanks``); a
    paragraph line's blank-separated words."""
    if line.is_row:
        cells = [c.strip() for c in line.cells]
        while cells and not cells[-1] and not trailing_blanks:
            cells.pop()
        return cells
    return line_tokens(line)


def header_key(text: str) -> str:
    """A header cell's matching key: folded, a leading ``*``, ``(A)``/``(B/A)``, a note of points
    (``(20分*执行率)``) and a closing unit (``(万元)``, ``（分）``) removed."""
    key = fold_key(text)
    previous = None
    while previous != key:
        previous, key = key, _TRAILING_UNIT.sub("", _MARKS.sub("", key))
    return key


def role_of(text: str, vocabulary: Mapping[str, tuple[str, ...]]) -> str | None:
    """The column role a header cell names (``全年预算数(A)`` → ``amount``, ``*指标值`` → ``target``),
    or None (``年度预算数(万元)`` names the label column, not a role)."""
    spellings, seen = _role_table(vocabulary)
    return seen[text] if text in seen else _new_role(text, spellings, seen)


def _new_role(text: str, spellings: dict[str, str], seen: dict[str, str | None]) -> str | None:
    """``role_of`` for a text not seen yet in this vocabulary (``spellings``), kept in ``seen``."""
    key = header_key(text)
    role = spellings.get(key) if key else None
    if len(seen) >= _MAX_SEEN_TEXTS:
        seen.clear()
    seen[text] = role
    return role


#: Per vocabulary, by identity (the vocabularies are constants, never changed once built): the
#: vocabulary itself (kept so its id stays its own), its folded spellings → role, and the role of
#: every text asked so far. Every line of every form is asked for its roles in several vocabularies,
#: so this is a hot path; the vocabulary is not hashed or copied per question.
_ROLE_TABLES: dict[int, tuple[Mapping[str, tuple[str, ...]], dict[str, str], dict[str, str | None]]] = {}
_MAX_VOCABULARIES = 64
_MAX_SEEN_TEXTS = 1 << 15


def _role_table(vocabulary: Mapping[str, tuple[str, ...]]) -> tuple[dict[str, str], dict[str, str | None]]:
    table = _ROLE_TABLES.get(id(vocabulary))
    if table is None or table[0] is not vocabulary:
        if len(_ROLE_TABLES) >= _MAX_VOCABULARIES:
            _ROLE_TABLES.clear()
        spellings = {header_key(word): role for role, words in vocabulary.items() for word in words}
        table = _ROLE_TABLES[id(vocabulary)] = (vocabulary, spellings, {})
    return table[1], table[2]


def header_roles(cells: list[str], vocabulary: Mapping[str, tuple[str, ...]]) -> list[str | None]:
    """``role_of`` of each cell (the vocabulary's tables looked up once)."""
    spellings, seen = _role_table(vocabulary)
    return [seen[c] if c in seen else _new_role(c, spellings, seen) for c in cells]


def cells_under_header(header: Line, row: Line, roles: Sequence[str | None], start: int) -> dict[str, str] | None:
    """Row ``row``'s cells from position ``start`` on, each given the role of the header cell above it
    (``roles``: one per cell of ``header``): a line label merged over two columns leaves a blank
    position before the first amount, which a count of cells after the label takes for a column. None
    unless both lines are rows of one table (as many cells) and every filled cell stands under a named
    column."""
    if not (header.blanks_kept and row.blanks_kept) or len(header.cells) != len(row.cells):   # rows only keep blanks
        return None
    values: dict[str, str] = {}
    for position, cell in enumerate(line_cells(row)[start:], start):
        role = roles[position] if position < len(roles) else None
        if not cell:
            continue
        if role is None:
            return None
        values.setdefault(role, cell)
    return values


def spanned_label_blanks(cells: Sequence[str], roles: Sequence[str], shapes: Mapping[str, Shape]) -> int:
    """How many blank cells after a row's label belong to the label (a label merged over two columns,
    printed as a blank cell after it: ``总额 || 873.23 | 919.19 | …``): of the blanks that open
    ``cells``, the count whose skipping fits most filled cells to their roles' shapes (fewest on a
    tie); read on a block's first row, which fills its columns."""
    lead = next((k for k, cell in enumerate(cells) if cell), len(cells))

    def fitting(skip: int) -> int:
        return sum(1 for role, cell in zip(roles, cells[skip:])
                   if cell and (shape := shapes.get(role)) is not None and shape(cell))
    return max(range(lead + 1), key=lambda skip: (fitting(skip), -skip))


# -- shapes -----------------------------------------------------------------------------------

def is_empty_marker(text: str) -> bool:
    return text.strip() in EMPTY_MARKERS


def is_plain_number(text: str) -> bool:
    return bool(_NUMBER.match(text.strip().replace(",", "")))


def is_percent(text: str) -> bool:
    return bool(_PERCENT.match(text.strip()))


def is_points(text: str) -> bool:
    """A weight or score: a number from 0 to 100."""
    value = parse_float(text) if is_plain_number(text) else None
    return value is not None and 0 <= value <= 100


Shape = Callable[[str], bool]

def _points_or_empty(text: str) -> bool:
    return is_points(text) or is_empty_marker(text)


def _money_or_empty(text: str) -> bool:
    return is_amount(text) or is_empty_marker(text)


def _not_a_number(text: str) -> bool:
    return not is_plain_number(text) and not is_percent(text)


#: What a cell in each role may look like, when blank cells have vanished (roles not listed take
#: any text).
INDICATOR_SHAPES: dict[str, Shape] = {
    "weight": _points_or_empty,
    "score": _points_or_empty,
    "unit": lambda t: t.strip() in UNITS or "/" in t or (len(t.strip()) <= 2 and not is_plain_number(t)),
    "operator": lambda t: t.strip() in _OPERATOR_CELLS,
    "reason": _not_a_number,
    "remark": _not_a_number,
    "explanation": lambda t: True,       # 指标解释 may be a figure of its own (100%, 90%(计划标准))
    "scoring_rule": _not_a_number,
    "direction": _not_a_number,
}
MONEY_SHAPES: dict[str, Shape] = {
    "initial": _money_or_empty,
    "amount": _money_or_empty,
    "actual": _money_or_empty,
    "rate": lambda t: is_percent(t) or is_empty_marker(t),
    "weight": _points_or_empty,
    "score": _points_or_empty,
    "reason": _not_a_number,
}


def align_cells(cells: list[str], roles: list[str], shapes: Mapping[str, Shape]) -> dict[str, str] | None:
    """Give ``cells`` (in order, blanks gone) to a subsequence of ``roles``, each cell fitting its
    role's shape; among fitting alignments, the last cells go as far right as they can. None when
    nothing fits."""
    n, m = len(cells), len(roles)
    if n > m:
        return None

    best = _place_from_right(cells, roles, shapes)
    if best is None:
        return None
    return {roles[k]: cells[i] for i, k in enumerate(best)}


def _place_from_right(cells: list[str], roles: list[str], shapes: Mapping[str, Shape],
                      ) -> tuple[int, ...] | None:
    n = len(cells)

    def fits(k: int, text: str) -> bool:
        shape = shapes.get(roles[k])
        return shape(text) if shape else True

    @lru_cache(maxsize=None)
    def place(i: int, limit: int) -> tuple[int, ...] | None:
        """Positions for cells[:i+1], all below ``limit``, the last as far right as possible."""
        if i < 0:
            return ()
        for k in range(limit - 1, i - 1, -1):
            if fits(k, cells[i]):
                rest = place(i - 1, k)
                if rest is not None:
                    return (*rest, k)
        return None

    return place(n - 1, len(roles))


#: The column vocabularies a header cell wrapped onto two lines (``年初\n预算数``) is looked up in.
_WRAPPED_HEADER_VOCABULARIES = (INDICATOR_COLUMN_WORDS, SELF_EVALUATION_MONEY_COLUMN_WORDS)
_LETTERS_ONLY = re.compile(r"^[(（][A-Za-z/]+[)）]$")


def is_wrapped_column_word(first: str, second: str) -> bool:
    """Two words that name a column only together: a header cell whose line break became a blank —
    a first word naming no column (``年初 预算数``, ``一级 指标``, ``年度 指标值``), or a column word and
    its letters (``执行率 (B/A)``). A points note after a column word (``措施 (50分)``, the next level's
    weight) is no part of it."""
    for vocabulary in _WRAPPED_HEADER_VOCABULARIES:
        if not role_of(first + second, vocabulary):
            continue
        if role_of(first, vocabulary) is None or _LETTERS_ONLY.match(second):
            return True
    return False


def join_wrapped_column_words(words: Sequence[str]) -> list[str]:
    """Words split at blanks with each header cell its template wrapped onto two lines one word again."""
    out: list[str] = []
    for word in words:
        if out and is_wrapped_column_word(out[-1], word):
            out[-1] = f"{out[-1]}{word}"
        else:
            out.append(word)
    return out


_BLANKS = re.compile(r"[ \u3000]+")
_CELL_HEAD = re.compile(SPLIT_CELL_HEAD_PATTERN)
_LEADING_WORD = re.compile(r"^[\p{Han}\d]")
#: A bare letter (a dimension's code, ``A 决策``) joins only a word of two characters or more: a
#: grade ``A 级`` stays two cells.
_BARE_LETTER = re.compile(r"^[A-Z]$")
_NAME_WORD = re.compile(r"^\p{Han}{2}")
#: a template's numbered slot opening a name (``指标1:``), which PDF text cuts at the digit (``指标 1:``).
_SLOT_PREFIX = re.compile(PLACEHOLDER_NAME_PREFIX)


def joins_cell_head(head: str, word: str) -> bool:
    """``word`` belongs with ``head`` before it, a word that never stands alone (``表 1``,
    ``A1 项目立项``, ``A 决策``; a grade ``A 级`` is two cells), or a slot's number after its word
    (``指标 1:工程质量合格``, ``指标 2:`` an unfilled slot)."""
    if not any(ch.isdigit() for ch in head) and (slot := _SLOT_PREFIX.match(f"{head}{word}")) \
            and slot.end() > len(head):
        return True
    return bool(_CELL_HEAD.match(head)) and bool(_LEADING_WORD.match(word)) \
        and (not _BARE_LETTER.match(head) or bool(_NAME_WORD.match(word)))


#: A level label's points standing alone after a blank (``规划 (15分)``): never a cell of their own.
_POINTS_ALONE = re.compile(rf"^{LEVEL_POINTS_PATTERN}$")
_HAN_END = re.compile(r"\p{Han}$")
#: A template's fill-in hint (``( ≥**个 )``) is part of the name before it, its closing bracket too.
_HINT_STARS = "**"
_CLOSING_BRACKETS = (")", "）")


def spaced_words(text: str) -> list[str]:
    """The words of a run split at single blanks; a word that never stands alone (``表``, a score
    row's code ``A1``) stays with the word after it, a level's points (``(15分)``) and a template's
    fill-in hint (``( ≥**个 )``) with the word before it."""
    out: list[str] = []
    for word in (t for t in _BLANKS.split(text.strip()) if t):
        if out and (joins_cell_head(out[-1], word) or (_POINTS_ALONE.match(word) and _HAN_END.search(out[-1]))
                    or is_fill_in_hint(word) or (word in _CLOSING_BRACKETS and _HINT_STARS in out[-1])):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def spaced_cells(text: str) -> list[str]:
    """The cells of a run split at single blanks (``spaced_words``), a header cell wrapped onto two
    lines in its template (``年初 预算数``, ``执行率 (B/A)``, ``一级 指标``) one cell again."""
    return join_wrapped_column_words(spaced_words(text))
