"""A table header printed over two rows, each column's words split between them (``一级`` over ``指标``,
``分`` over ``值``: LAYOUTS §5, the Anhui 部门整体支出绩效评价自评表), joined back into one header row.

Two consecutive lines of as many cells (rows, or a paragraph's blank-split words as pdfplumber
prints a row) are one header when neither names more than one column of a header vocabulary and
their cells joined top + bottom name at least ``_MIN_NAMED`` columns, at most one left unnamed. The
joined line keeps the first line's position and both lines' text as its source.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from jixiao.extract.document import Line
from jixiao.extract.layout.columns import header_roles, line_cells
from jixiao.extract.layout.stream import terminated_cell
from jixiao.normalize.vocabulary import INDICATOR_COLUMN_WORDS, SELF_EVALUATION_MONEY_COLUMN_WORDS

#: The header vocabularies a split header is recognised by.
_VOCABULARIES: tuple[Mapping[str, tuple[str, ...]], ...] = (INDICATOR_COLUMN_WORDS, SELF_EVALUATION_MONEY_COLUMN_WORDS)
#: A joined header names at least this many columns.
_MIN_NAMED = 3


def _named(cells: Sequence[str], vocabulary: Mapping[str, tuple[str, ...]]) -> int:
    return sum(1 for role in header_roles(list(cells), vocabulary) if role)


def joined_header(top: Sequence[str], bottom: Sequence[str]) -> list[str] | None:
    """The header cells of two lines that split each column's words between them, else None."""
    top, bottom = list(top), list(bottom)
    while top and not top[-1]:                  # a row's trailing separator: no column
        top.pop()
    if any(bottom[len(top):]):
        return None
    bottom = bottom[:len(top)] + [""] * (len(top) - len(bottom))
    if len(top) < _MIN_NAMED or not all(top) or not any(bottom):
        return None
    joined = [a + b for a, b in zip(top, bottom)]
    for vocabulary in _VOCABULARIES:
        named = _named(joined, vocabulary)
        if named >= max(_MIN_NAMED, len(joined) - 1) \
                and max(_named(top, vocabulary), _named(bottom, vocabulary)) <= 1:
            return joined
    return None


def join_split_headers(lines: list[Line]) -> list[Line]:
    """Lines, with every header split over two lines joined into one row."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        if k + 1 < len(lines):
            top, bottom = lines[k], lines[k + 1]
            joined = joined_header(line_cells(top, trailing_blanks=True), line_cells(bottom, trailing_blanks=True))
            if joined is not None:
                out.append(Line(tuple(joined), True, top.page, top.line_no,
                                f"{top.source_text}\n{bottom.source_text}", top.blanks_kept and bottom.blanks_kept))
                k += 2
                continue
        out.append(lines[k])
        k += 1
    return out


#: A split header's half-cells are at most this long (column words cut in two).
_MAX_HALF_LENGTH = 8
#: A split header has at most this many columns.
_MAX_COLUMNS = 14
_BAR = "|"


def _stream_cell(line: str) -> str | None:
    """The one cell a raw line of a cell stream holds (``cell``, ``cell |``, ``| cell``: the shape
    layer's ``terminated_cell``, else the line), None for anything else."""
    cell = terminated_cell(line)
    text = (line if cell is None else cell).strip()
    if not text or _BAR in text or "\t" in text or "  " in text:
        return None
    return text


def _split_header_at(texts: Sequence[str], i: int, positions: Sequence[int] | None = None,
                     ) -> tuple[int, list[str]] | None:
    """(column count, joined header) of a split header whose top half starts at cell ``i`` (its
    cells, as evenly spaced in ``positions`` as each other when given), else None."""
    for k in range(_MAX_COLUMNS, _MIN_NAMED - 1, -1):
        part = texts[i:i + 2 * k]
        if len(part) < 2 * k or any(len(c) > _MAX_HALF_LENGTH for c in part):
            continue
        if positions is not None:
            at = positions[i:i + 2 * k]
            # evenly spaced within each half (the halves may stand further apart: a row's empty cell)
            if len({b - a for a, b in zip(at[:k], at[1:k])} | {b - a for a, b in zip(at[k:], at[k + 1:])}) != 1:
                continue
        joined = joined_header(part[:k], part[k:])
        if joined is not None:
            return k, joined
    return None


def join_split_header_cells(cells: list[str]) -> list[str]:
    """A run of cells (a form on one line split at its blanks), with a split header's two halves
    joined into one cell a column."""
    out: list[str] = []
    i = 0
    while i < len(cells):
        found = _split_header_at(cells, i)
        if found is None:
            out.append(cells[i])
            i += 1
            continue
        k, joined = found
        out += joined
        i += 2 * k
    return out


def _words(line: str) -> list[str] | None:
    """The single-blank-separated words of a PDF text line (pdfplumber, ``-raw``), None for other lines."""
    text = line.strip()
    if "  " in text or "\t" in text or _BAR in text:
        return None
    words = text.split(" ")
    return words if len(words) >= _MIN_NAMED else None


def _join_split_word_lines(lines: list[str]) -> list[str]:
    """Two consecutive lines of words that are one header split over two rows → one line."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        top = _words(lines[k])
        bottom = _words(lines[k + 1]) if top is not None and k + 1 < len(lines) else None
        joined = joined_header(top, bottom) if top is not None and bottom is not None else None
        if joined is not None:
            out.append(" ".join(joined))
            k += 2
            continue
        out.append(lines[k])
        k += 1
    return out


def join_split_header_stream(lines: list[str]) -> list[str]:
    """Raw text lines, with a header of two lines of words (PDF text) one line again, and a header printed one cell a line whose columns' words were split over
    two header rows (``一级`` ``二级`` … then ``指标`` ``指标`` …) printed one cell a line as joined
    words; the bottom half's cells go, with the separator lines before each (a blank paragraph
    break, a bare bar)."""
    lines = _join_split_word_lines(lines)
    cells = [(n, cell) for n, line in enumerate(lines) if (cell := _stream_cell(line)) is not None]
    positions = [n for n, _ in cells]
    texts = [c for _, c in cells]
    drop: set[int] = set()
    out = list(lines)
    i = 0
    while i < len(cells):
        found = _split_header_at(texts, i, positions)
        if found is None:
            i += 1
            continue
        k, joined = found
        gap = positions[i + 1] - positions[i]
        for n, top, text in zip(positions[i:i + k], texts[i:i + k], joined):
            out[n] = out[n].replace(top, text, 1)
        for n in positions[i + k:i + 2 * k]:
            drop.update(range(n - gap + 1, n + 1))
        # the lines between the halves beyond the usual gap (the top row's empty cells) are the
        # bottom row's too: as many after its last cell go with it
        extra = positions[i + k] - positions[i + k - 1] - gap
        last = positions[i + 2 * k - 1]
        drop.update(n for n in range(last + 1, last + 1 + extra) if n < len(lines) and not lines[n].strip())
        i += 2 * k
    return [line for n, line in enumerate(out) if n not in drop]


#: The column words a split header run together is cut into (an indicator table's), longest first.
_RUN_WORDS: tuple[tuple[str, str], ...] = tuple(sorted(
    {(w, role) for role, ws in INDICATOR_COLUMN_WORDS.items() for w in ws if len(w) >= 2},
    key=lambda x: len(x[0]), reverse=True))
#: Those words by their first character.
_RUN_WORDS_BY_CHAR: dict[str, tuple[tuple[str, str], ...]] = {
    c: tuple(x for x in _RUN_WORDS if x[0][0] == c) for c in {w[0] for w, _ in _RUN_WORDS}}
#: The level columns' words a split header's top half opens with (``一级`` of 一级指标).
_RUN_OPENERS: tuple[str, ...] = tuple(w for w, role in _RUN_WORDS if role in ("level1", "level2", "level3"))
#: A run-together split header's top half is at most this long.
_MAX_RUN_TOP = _MAX_COLUMNS * _MAX_HALF_LENGTH // 2
#: The columns a split header run together names: a name and its points (a score table's detail).
_RUN_HEADER_ROLES = frozenset({"level3", "weight"})


def _run_split_at(text: str, p: int, m: int) -> tuple[int, list[str]] | None:
    """(end, column words) when ``text[p:m]`` is a header's top halves and the text from ``m`` its
    bottom halves (each column word cut in two, in the same order), else None; the longest bottom wins."""
    states: dict[tuple[int, int], list[tuple[str, str]]] = {(p, m): []}
    best: tuple[int, list[tuple[str, str]]] | None = None
    frontier = [(p, m)]
    while frontier:
        following: list[tuple[int, int]] = []
        for i, j in frontier:
            taken = states[(i, j)]
            if i == m:
                if best is None or j > best[0]:
                    best = (j, taken)
                continue
            for word, role in _RUN_WORDS_BY_CHAR.get(text[i], ()):
                for k in range(1, len(word)):
                    if i + k > m or not text.startswith(word[:k], i) or not text.startswith(word[k:], j):
                        continue
                    state = (i + k, j + len(word) - k)
                    if state not in states:
                        states[state] = taken + [(word, role)]
                        following.append(state)
        frontier = following
    if best is None:
        return None
    end, words = best
    roles = {role for _, role in words}
    if len(words) < _MIN_NAMED or not _RUN_HEADER_ROLES <= roles:
        return None
    return end, [word for word, _ in words]


def _split_header_run_at(text: str, p: int) -> tuple[int, list[str]] | None:
    """(end, column words) of a split header run together whose top half starts at ``p``, else None:
    the top opens with a level column's word cut in two (``一级``, the whole word not printed), and the
    bottom half opens with the rest of that word (``指标``)."""
    for opener in _RUN_OPENERS:
        if text.startswith(opener, p):
            return None                       # the whole word: an ordinary header
    for opener in _RUN_OPENERS:
        for k in range(2, len(opener)):
            if not text.startswith(opener[:k], p):
                continue
            rest = opener[k:]
            for m in range(min(len(text), p + _MAX_RUN_TOP), p + k + 1, -1):
                if text.startswith(rest, m) and (found := _run_split_at(text, p, m)) is not None:
                    return found
    return None


def join_split_header_run(text: str) -> str:
    """A form run together with no separator, with an indicator header that was split over two rows
    (``一级二级三级分评分实际得`` + ``指标指标指标值标准完成值分``) joined back into its column words
    (``一级指标二级指标三级指标分值评分标准实际完成值得分``)."""
    out: list[str] = []
    p = last = 0
    while p < len(text):
        found = _split_header_run_at(text, p) if text[p] in _RUN_WORDS_BY_CHAR else None
        if found is None:
            p += 1
            continue
        end, words = found
        out += [text[last:p], "".join(words)]
        p = last = end
    return "".join(out) + text[last:]
