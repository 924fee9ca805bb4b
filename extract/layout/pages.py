"""Page furniture in PDF text: the page number a printed form carries in its footer (``第 1 页``,
``— 1 —``, ``第1页 共2页``, ``- 2 -``) and the running header repeated at the top of every page (the
form's title, ``单位：万元``).

Neither is part of the form. Where a table runs onto the next page they stand between two of its rows,
or inside a cell the page break cut (``服务对象满意度`` … ``第 1 页`` … ``指标``): they are taken out with
the blank lines the page break left around them (one blank line stays), the form feed kept at the next
page's first line, so the rows above and below the break meet as in a form printed on one page.

A running header is known by its repetition, never by its words: a line that opens the document and
opens a later page again, right after that page's break (a form feed or a page number line).
"""

from __future__ import annotations

from typing import Sequence

from jixiao.normalize.text import fold_key, is_page_footer

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


def furniture_lines(lines: Sequence[str]) -> set[int]:
    """Indices of the page number lines and of each repeat of a running header (its first, the
    document's opening line, is kept: it is the page's own text there too)."""
    found = {n for n, line in enumerate(lines) if _is_page_number(line)}
    header = _running_header(lines, _page_breaks(lines))
    if header is not None:
        first = _first_filled(lines, 0)
        for b in _page_breaks(lines):
            k = _first_filled(lines, b)
            if k is not None and k != first and fold_key(_text(lines[k])) == header:
                found.add(k)
    return found


def without_page_furniture(lines: Sequence[str]) -> list[str] | None:
    """The lines with the page furniture taken out, with the blank lines around it (one blank line
    stays where they stood); its form feeds open the next page's first line, as ``pdftotext`` prints
    them. None when there is no furniture."""
    furniture = furniture_lines(lines)
    if not furniture:
        return None
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
        while n < len(lines) and (n in furniture or not _text(lines[n])):
            feeds += lines[n].count("\f")
            blanks += 0 if n in furniture else 1
            n += 1
        if n < len(lines):
            opened = len(lines[n]) - len(lines[n].lstrip("\f"))
            feeds += opened
            out += [""] * bool(blanks) + ["\f" * feeds + lines[n][opened:]]
            n += 1
        elif feeds:
            out.append("\f" * feeds)
    return out
