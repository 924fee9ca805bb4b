"""Blanks the recogniser drops, put back from the gaps in the image.

The recogniser reads ``预算编制合理性 合理`` as ``预算编制合理性合理``: a single blank between CJK
words is lost, and with it the border between a label and its value on an unruled form. The
page image still shows it: a blank column of pixels across the text line wider than the gap
between two characters. Such a gap becomes a blank between the two characters (per-character
positions come from the recogniser) unless either neighbour is full-width punctuation, whose
own glyph leaves a wide margin. Pure functions on numpy arrays.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

#: A blank at least this share of the text line's height is a space (a space in the forms'
#: fonts measured 0.27–0.35 of the box height at 200 dpi, gaps between characters ≤ 0.17).
SPACE_GAP = 0.25
#: Full-width punctuation and brackets: their glyphs carry their own margin, not a space.
_WIDE_MARGIN = set("，。：；、！？（）《》【】“”‘’「」·…")

#: (text, left, right) of one recognised character (or Latin word) along its line.
Piece = tuple[str, float, float]


def blank_gaps(ink_line: np.ndarray, min_width: int) -> list[tuple[int, int]]:
    """(start, end) columns of the blank runs at least ``min_width`` wide between inked columns
    of a text line's ink (255 = ink); blanks before the first and after the last ink are not
    gaps."""
    inked = np.flatnonzero(ink_line.any(axis=0))
    if inked.size < 2:
        return []
    steps = np.diff(inked)
    return [(int(inked[i]) + 1, int(inked[i + 1])) for i in np.flatnonzero(steps > min_width)]


def blanks_at_gaps(pieces: Sequence[Piece], gaps: Sequence[tuple[float, float]]) -> set[int]:
    """Indices of the pieces a blank follows: each gap falling between two pieces (by their
    centres), unless a neighbour is full-width punctuation."""
    centres = [(p[1] + p[2]) / 2 for p in pieces]
    after: set[int] = set()
    for start, end in gaps:
        middle = (start + end) / 2
        for i in range(len(pieces) - 1):
            if centres[i] < middle < centres[i + 1]:
                if _spaceable(pieces[i][0], pieces[i + 1][0]):
                    after.add(i)
                break
    return after


def _spaceable(before: str, after: str) -> bool:
    return bool(before) and bool(after) and before[-1] not in _WIDE_MARGIN and after[0] not in _WIDE_MARGIN


def with_blanks(text: str, pieces: Sequence[Piece], blank_after: set[int]) -> str:
    """``text`` (whose non-blank characters the pieces spell) with a blank after each piece in
    ``blank_after``; the blanks ``text`` already has stay."""
    compact = text.replace(" ", "")
    kept = {len(text[:i].replace(" ", "")) - 1 for i, ch in enumerate(text) if ch == " "}
    ends, position = set(), 0
    for i, piece in enumerate(pieces):
        position += len(piece[0].replace(" ", ""))
        if i in blank_after:
            ends.add(position - 1)
    marks = {k for k in kept | ends if 0 <= k < len(compact) - 1}
    return "".join(ch + (" " if k in marks else "") for k, ch in enumerate(compact))


def respace(text: str, pieces: Sequence[Piece], ink: np.ndarray,
            box: tuple[float, float, float, float]) -> str:
    """``text`` with the blanks its line's image shows put back (``ink``: the page's ink mask,
    ``box``: the line's left, top, right, bottom); ``text`` unchanged when the pieces do not
    spell it (the recogniser's per-character positions are missing or off)."""
    if not pieces or "".join(p[0] for p in pieces).replace(" ", "") != text.replace(" ", ""):
        return text
    left, top, right, bottom = (int(round(v)) for v in box)
    height = bottom - top
    band = ink[max(top + height // 5, 0):max(bottom - height // 5, 0), max(left, 0):max(right, 0)]
    if height <= 0 or band.size == 0:
        return text
    gaps = [(left + s, left + e) for s, e in blank_gaps(band, round(SPACE_GAP * height))]
    return with_blanks(text, pieces, blanks_at_gaps(pieces, gaps)) if gaps else text
