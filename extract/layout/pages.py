"""Page furniture in PDF text: the page number a printed form carries in its footer (``第 1 页``,
``— 1 —``, ``第1页 共2页``, ``- 2 -``) and the running header repeated at the top of every page (the
form's title, ``单位：万元``).

Neither is part of the form. Where a table runs onto the next page they stand between two of its rows,
or inside a cell the page break cut (``服务对象满意度`` … ``第 1 页`` … ``指标``): they are taken out with
the blank lines the page break left around them (one blank line stays), the form feed kept at the next
page's first line, so the rows above and below the break meet as in a form printed on one page.

A running header is known by its repetition, never by its words: a line that opens the document and
opens a later page again, right after that page's break (a form feed or a page number line).

A table the page break cut is joined back into one (``joined_page_pieces``): the column header its
print setting repeats at the top of the next page (标题行重复) is known by repetition too (the lines
opening page 2 repeat lines of page 1 in the same order) and taken out, and where the lines on both
sides of the break are laid out in the same columns (``pdftotext -layout``) the blank line and the
form feed between them go (the feed moves to the first blank line after the table), so the column
reader meets one table, and the piece of a row the break cut continues that row.
"""

from __future__ import annotations

import re
from typing import Sequence

from jixiao.extract.document import Block, Paragraph
from jixiao.extract.layout.columns_layout import pieces
from jixiao.extract.layout.settings import DEFAULT_SETTINGS
from jixiao.normalize.text import fold_key, is_page_footer

#: How many lines above a page break and below it show their columns; a piece start on page 2 is
#: in page 1's column when within this many offsets of one of its starts.
#: A cell separator that rows carry themselves (tab rows): such rows have no laid-out columns.
_CELL_SEPARATOR = "\t"
_COLUMN_WINDOW, _COLUMN_SLACK = 8, 1
#: How far a width between two columns of the lower page may be from the upper page's.
_WIDTH_SLACK, _UNMATCHED = 2, 4
_MEAN_DISTANCE, _MEAN_MISS = 1.5, 1.0
#: Share of page 2's columns within ``_COLUMN_SLACK`` of a column of page 1: page 2 not moved.
_SAME_PLACE_SHARE = 0.8
#: Lines a repeated header holds at least: a table opening a page with the one header line an
#: earlier table has too (a report's 表3-1, 表3-2) is not a repeat.
_REPEATED_LINES = 2
_DECIMAL = re.compile(r"\d\.\d")


def _text(line: str) -> str:
    return line.replace("\f", "").strip()


def _is_page_number(line: str) -> bool:
    return bool(_text(line)) and is_page_footer(_text(line))


def _first_filled(lines: Sequence[str], start: int) -> int | None:
    return next((k for k in range(start, len(lines)) if _text(lines[k])), None)


def _running_header(lines: Sequence[str], breaks: list[int]) -> str | None:
    """The document's first line when a later page opens with it again; else None."""
    first = _first_filled(lines, 0)
    if first is None or _is_page_number(lines[first]):
        return None
    key = fold_key(_text(lines[first]))
    for b in breaks:
        k = _first_filled(lines, b)
        if k is not None and k != first and fold_key(_text(lines[k])) == key:
            return key
    return None


def _page_breaks(lines: Sequence[str]) -> list[int]:
    """Where each page after the first opens: the line after a page number line, or a line holding a
    form feed (``pdftotext`` opens a page's first line with it)."""
    out: list[int] = []
    for n, line in enumerate(lines):
        if _is_page_number(line):
            out.append(n + 1)
        elif "\f" in line and not line.endswith("\f"):
            out.append(n)
        elif line.endswith("\f"):
            out.append(n + 1)
    return sorted(set(out))


def _said_again_on_page_one(lines: Sequence[str], first: int, key: str) -> bool:
    """Whether page 1 holds the running header's text again below its first line (the title under
    a running header that repeats it, junk between them): then the first line is the header."""
    end = next(iter(_page_breaks(lines)), len(lines))
    return any(fold_key(_text(lines[k])) == key for k in range(first + 1, end))


def furniture_lines(lines: Sequence[str]) -> set[int]:
    """Indices of the page number lines and of each repeat of a running header (its first, the
    document's opening line, is kept: it is the page's own text there too, unless page 1 says it
    again below)."""
    found = {n for n, line in enumerate(lines) if _is_page_number(line)}
    header = _running_header(lines, _page_breaks(lines))
    if header is not None:
        first = _first_filled(lines, 0)
        if _said_again_on_page_one(lines, first, header):
            found.add(first)
        for b in _page_breaks(lines):
            k = _first_filled(lines, b)
            if k is not None and k != first and fold_key(_text(lines[k])) == header:
                found.add(k)
    return found


def running_header_blocks(blocks: Sequence[Block]) -> set[int]:
    """Indices of the paragraphs of a paged document (a PDF's blocks) that are a running header: the
    rule of ``furniture_lines`` on one line a block, a page's first block opening with a form feed.
    Tables are never furniture; page numbers are left to the readers that join tables across them."""
    lines: list[str] = []
    page = blocks[0].page if blocks else None
    for block in blocks:
        text = block.text if isinstance(block, Paragraph) else "\t".join(c.text for c in block.rows[0]) \
            if block.rows else ""
        lines.append(("\f" if block.page != page else "") + (text.replace("\f", " ") or "\t"))
        page = block.page
    return {n for n in furniture_lines(lines)
            if isinstance(blocks[n], Paragraph) and not _is_page_number(lines[n])}


def without_page_furniture(lines: Sequence[str]) -> list[str] | None:
    """The lines with the page furniture taken out, with the blank lines around it (one blank line
    stays where they stood); its form feeds open the next page's first line, as ``pdftotext`` prints
    them (text with no form feed at all, pdfplumber's pages joined, gets one where a page number
    ended a page, so ``joined_page_pieces`` sees the break). None when there is no furniture."""
    furniture = furniture_lines(lines)
    if not furniture:
        return None
    fed = any("\f" in line for line in lines)
    out: list[str] = []
    n = 0
    while n < len(lines):
        if n not in furniture:
            out.append(lines[n])
            n += 1
            continue
        feeds, blanks = 0, 0
        while out and not _text(out[-1]):
            feeds += out.pop().count("\f")
            blanks += 1
        numbered = False
        while n < len(lines) and (n in furniture or not _text(lines[n])):
            feeds += lines[n].count("\f")
            blanks += 0 if n in furniture else 1
            numbered = numbered or _is_page_number(lines[n])
            n += 1
        if not fed and numbered and not feeds and n < len(lines):
            feeds = 1                       # text with no form feeds (pdfplumber): the page number ends a page
        if n < len(lines):
            opened = len(lines[n]) - len(lines[n].lstrip("\f"))
            feeds += opened
            out += [""] * bool(blanks) + ["\f" * feeds + lines[n][opened:]]
            n += 1
        elif feeds:
            out.append("\f" * feeds)
    return out


def _collapsed(line: str) -> str:
    return " ".join(_text(line).split())


def _repeated_header_end(lines: Sequence[str], page_start: int, start: int) -> int:
    """Where the lines opening a page (from ``start``) stop repeating, in order, a run of the
    previous page's lines (from ``page_start``) of two lines or more, one of them a row of three
    words or more (wrapped level words repeating by chance are not) and none holding a decimal
    amount (a form of a many-form document opening page 2 with the rows of the form before is
    not a header): its repeated header rows. ``start`` when they repeat none."""
    before = [_collapsed(line) for line in lines[page_start:start] if _text(line)]
    after = [(k, _collapsed(lines[k])) for k in range(start, len(lines)) if _text(lines[k])]
    best = start
    for first in range(len(before)):
        size = 0
        while size < len(after) and first + size < len(before) and after[size][1] == before[first + size]:
            size += 1
        block = before[first:first + size]
        if size >= _REPEATED_LINES and any(len(t.split()) >= 3 for t in block) and size < len(after) \
                and not any(_DECIMAL.search(t) for t in block):
            best = max(best, after[size - 1][0] + 1)
    return best


def _pieces(line: str) -> list[tuple[int, str]]:
    return [(p.start, p.text) for p in pieces(line.replace("\f", ""), DEFAULT_SETTINGS)]


def _columns(lines: Sequence[str], least: int) -> list[int]:
    """Where the columns of lines laid out in columns start: the starts of pieces on lines of two
    pieces or more seen ``least`` times or more (starts one apart are one column, its leftmost)."""
    seen: dict[int, int] = {}
    for line in lines:
        found = _pieces(line)
        if len(found) >= 2:
            for start, _ in found:
                seen[start] = seen.get(start, 0) + 1
    out: list[int] = []
    for start in sorted(seen):
        if out and start - out[-1] <= _COLUMN_SLACK:
            seen[out[-1]] += seen[start]
        else:
            out.append(start)
    return [c for c in out if seen[c] >= least]


def _column_map(upper: list[int], lower: list[int]) -> dict[int, int] | None:
    """Each column start of the lower page → the upper page's column it is: the order kept, the
    widths between matched columns as alike as they can be (``pdftotext -layout`` lays each page
    out on its own, so a page's columns may sit a few offsets left or right and closer together);
    a lower column matched to none costs ``_UNMATCHED``. None when the mean cost of a lower column
    is over ``_WIDTH_SLACK``."""
    if len(lower) < 2 or not upper:
        return None
    inf = float("inf")
    # cost[i][k]: lower[i] is upper[k], the lower columns before it matched or left out
    cost = [[_UNMATCHED * i] * len(upper) for i in range(len(lower))]
    back: list[list[tuple[int, int] | None]] = [[None] * len(upper) for _ in lower]
    for i in range(1, len(lower)):
        for k in range(len(upper)):
            for i0 in range(i):
                for j in range(k):
                    miss = abs((upper[k] - upper[j]) - (lower[i] - lower[i0]))
                    total = cost[i0][j] + miss + _UNMATCHED * (i - i0 - 1)
                    if total < cost[i][k]:
                        cost[i][k], back[i][k] = total, (i0, j)
    best, at = inf, None
    for i in range(len(lower)):
        for k in range(len(upper)):
            total = cost[i][k] + _UNMATCHED * (len(lower) - 1 - i)
            if total < best:
                best, at = total, (i, k)
    if at is None or best > _MEAN_MISS * len(lower):
        return None
    out: dict[int, int] = {}
    while at is not None:
        out[lower[at[0]]] = upper[at[1]]
        at = back[at[0]][at[1]]
    if len(out) < 2:
        return None
    return out | {c: _left_out(c, out, upper) for c in lower if c not in out}


def _left_out(column: int, matched: dict[int, int], upper: list[int]) -> int:
    """Where a lower column no upper column was matched to goes: onto an upper column within
    ``_COLUMN_SLACK`` + 1 between its matched neighbours' places, else moved as its nearest
    matched neighbour."""
    left = max((matched[c] for c in matched if c < column), default=-1)
    right = min((matched[c] for c in matched if c > column), default=10 ** 6)
    near = [u for u in upper if left < u < right and abs(u - column) <= _COLUMN_SLACK + 1]
    if near:
        return min(near, key=lambda u: abs(u - column))
    nearest = min(matched, key=lambda c: abs(c - column))
    return column + matched[nearest] - nearest


def _moved(line: str, columns: dict[int, int]) -> str:
    """A lower page's line with each piece moved by its column's move (a piece between columns by
    the move of the column nearest it), two blanks at least kept between pieces."""
    lower = sorted(columns)
    out = ""
    for start, text in _pieces(line):
        left = min(lower, key=lambda c: abs(c - start))
        at = max(0, start + columns[left] - left)
        out += " " * (at - len(out) if at - len(out) >= 2 or not out else 2) + text
    return out


def _page_column_map(above: Sequence[str], below: Sequence[str]) -> dict[int, int] | None:
    """The lower page's columns → the upper page's, when the lines on both sides of a page break
    are laid out in columns (two pieces or more on the last line above, and on a line below)."""
    if not above or len(_pieces(above[-1])) < 2 or not any(len(_pieces(line)) >= 2 for line in below[:3]):
        return None
    if any(_CELL_SEPARATOR in line for line in (*above, *below[:_COLUMN_WINDOW])):
        return None                             # rows that carry their own cells (tab rows): no columns to move
    lower, upper = _columns(below[:_COLUMN_WINDOW], 1), _columns(above, 1)
    if upper and len(lower) >= 2 and sum(1 for c in lower if min(abs(c - u) for u in upper) <= _COLUMN_SLACK) \
            >= _SAME_PLACE_SHARE * len(lower):
        return {c: c for c in lower}            # page 2 laid out where page 1 is
    if (moved := _column_map(_columns(above, 2), lower)) is not None:
        return moved | ({0: 0} if 0 in upper else {})   # rows above the break: their columns; the margin
    if not upper or len(lower) < 3 or sum(min(abs(c - u) for u in upper) for c in lower) > _MEAN_DISTANCE * len(lower):
        return None
    return {c: c for c in lower}


def _filled(lines: Sequence[str], start: int, stop: int, count: int, step: int) -> list[int]:
    out: list[int] = []
    k = start
    while 0 <= k < stop and len(out) < count:
        if _text(lines[k]):
            out.append(k)
        k += step
    return out


def joined_page_pieces(lines: Sequence[str]) -> list[str] | None:
    """The lines with each table a page break cut joined back into one: the header rows repeated
    at the top of the next page taken out, and the break between lines laid out in the same
    columns closed up (its form feeds moved to the first blank line after). None when no page
    break cuts a table."""
    out = list(lines)
    changed = False
    page_start = 0
    n = 0
    while n < len(out):
        if not (out[n].startswith("\f") and _text(out[n]) and n > 0):
            n += 1
            continue
        feeds = len(out[n]) - len(out[n].lstrip("\f"))
        end = _repeated_header_end(out, page_start, n)
        if end > n:
            rest = _first_filled(out, end)
            if rest is not None:
                out[n:rest] = ["\f" * feeds + out[rest]]
                del out[n + 1]
                changed = True
        above = _filled(out, n - 1, len(out), _COLUMN_WINDOW, -1)[::-1]
        blank = next((k for k in range(n, len(out)) if not _text(out[k])), len(out))
        columns = _page_column_map([out[k] for k in above], out[n:blank])
        if columns is not None:
            out[n:blank] = [_moved(line, columns) for line in out[n:blank]]
            del out[above[-1] + 1:n]
            n = above[-1] + 1
            blank = next((k for k in range(n, len(out)) if not _text(out[k])), None)
            if blank is None:
                out.append("\f" * feeds)
            else:
                out[blank] = "\f" * feeds + out[blank]
            changed = True
            continue
        page_start = n
        n += 1
    return out if changed else None
