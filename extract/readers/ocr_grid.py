"""Table grids from a page image's ruling lines. Pure functions on numpy arrays (OpenCV morphology).

A ruled table is found the way a reader sees it: long horizontal and vertical ink runs are the
ruling lines; the lines' positions give the grid's row and column boundaries; a cell is a region
of grid units that no ruling segment separates, so a merged cell (一级指标 spanning many rows, a
title across all columns) comes back as one cell with its row and column span.

Text is erased before the lines are looked for (its boxes come from OCR), so strokes of
characters are never mistaken for short ruling segments. ``deskew`` straightens a scanned page
first: a skew of half a degree moves a ruling line by several pixels across a page, which blurs
the line positions otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import cv2
import numpy as np

from jixiao.extract.readers.ocr_text import TextBox

#: A page with less skew than this (degrees) is left as it is.
MIN_SKEW = 0.05
#: A scanned page is never skewed more than this (degrees); larger estimates are noise.
MAX_SKEW = 5.0


@dataclass(frozen=True)
class RulingScale:
    """Pixel sizes for one rendering resolution."""

    min_segment: int    # shortest ink run counted as a ruling segment
    band: int           # half-thickness of a ruling line (thickness, skew left over, blur)

    @classmethod
    def for_dpi(cls, dpi: float) -> "RulingScale":
        """A ruling segment is at least ~2.5 mm long (shorter than any cell side, longer than the
        part of a character stroke left once text is erased); a line is looked for ±0.5 mm
        around its position."""
        return cls(min_segment=max(8, round(dpi * 0.1)), band=max(2, round(dpi / 50)))


@dataclass(frozen=True)
class GridCell:
    row: int
    col: int
    row_span: int
    col_span: int
    left: int
    top: int
    right: int
    bottom: int

    def contains(self, x: float, y: float) -> bool:
        return self.left <= x < self.right and self.top <= y < self.bottom


@dataclass(frozen=True)
class TableGrid:
    """One ruled table on a page: its cells (grid positions and pixel rectangles)."""

    cells: tuple[GridCell, ...]
    row_lines: tuple[int, ...]
    col_lines: tuple[int, ...]

    @property
    def top(self) -> int:
        return self.row_lines[0]

    @property
    def bottom(self) -> int:
        return self.row_lines[-1]

    @property
    def left(self) -> int:
        return self.col_lines[0]

    @property
    def right(self) -> int:
        return self.col_lines[-1]

    def contains(self, x: float, y: float) -> bool:
        return self.left <= x < self.right and self.top <= y < self.bottom

    def cell_at(self, x: float, y: float) -> GridCell | None:
        return next((c for c in self.cells if c.contains(x, y)), None)


# ---- ink and skew -------------------------------------------------------------------------------

def ink_mask(grey: np.ndarray) -> np.ndarray:
    """Dark pixels (ink) as 255, paper as 0, by Otsu's threshold. No smoothing first: it would
    wipe out a one-pixel rule; specks of noise are too short to pass for rules anyway."""
    _, ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return ink


def skew_angle(ink: np.ndarray) -> float:
    """The page's skew in degrees (positive: lines fall to the right, in image coordinates),
    from the long horizontal ruling lines; 0.0 when the page has none."""
    height, width = ink.shape
    piece = max(10, width // 40)                    # short enough to follow a skewed line
    runs = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (piece, 1)))
    runs = cv2.dilate(runs, cv2.getStructuringElement(cv2.MORPH_RECT, (piece, 3)))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(runs, connectivity=8)
    angles, weights = [], []
    for label in range(1, n):
        x, y, w, h, _ = stats[label]
        if w < width / 4 or h > w / 10:
            continue
        ys, xs = np.nonzero(labels[y:y + h, x:x + w] == label)
        slope = np.polyfit(xs.astype(np.float64), ys.astype(np.float64), 1)[0]
        angles.append(float(np.degrees(np.arctan(slope))))
        weights.append(float(w))
    if not angles:
        return 0.0
    angle = _weighted_median(angles, weights)
    return angle if abs(angle) <= MAX_SKEW else 0.0


def _weighted_median(values: Sequence[float], weights: Sequence[float]) -> float:
    order = np.argsort(values)
    cumulative = np.cumsum(np.asarray(weights)[order])
    return float(np.asarray(values)[order][np.searchsorted(cumulative, cumulative[-1] / 2)])


def rotate(grey: np.ndarray, angle: float) -> np.ndarray:
    """The image turned by ``angle`` degrees about its centre (same size, white fill)."""
    height, width = grey.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(grey, matrix, (width, height), flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=255)


def deskew(grey: np.ndarray) -> tuple[np.ndarray, float]:
    """The page straightened by its ruling lines, and the angle it was turned by."""
    angle = skew_angle(ink_mask(grey))
    if abs(angle) < MIN_SKEW:
        return grey, 0.0
    return rotate(grey, angle), angle


# ---- ruling lines -------------------------------------------------------------------------------

def erase_text(ink: np.ndarray, boxes: Sequence[TextBox], inset: int) -> np.ndarray:
    """The ink without the text, ruling lines whole. A box in a tight row overlaps the rules
    above and below it, and glyphs touch them, so a box is not simply blanked:

    1. the middle of each box is blanked: ``inset`` pixels in from its sides and a quarter of
       its height in from its top and bottom;
    2. in the strips left at its top and bottom, only straight runs longer than any glyph
       stroke stay (a rule crosses the whole box; bits of glyphs do not);
    3. what is still left is blanked blob by blob: every connected blob of ink lying inside a
       box (give or take ``inset``). A ruling line is one blob reaching outside every box."""
    boxes = list(boxes)
    if not boxes:
        return ink.copy()
    out = ink.copy()
    for left, top, right, bottom in _box_slices(boxes, ink.shape, inset, middle=True):
        out[top:bottom, left:right] = 0
    longest_stroke = round(1.2 * float(np.median([b.height for b in boxes])))
    rules = straight_runs(out, max(longest_stroke, inset))
    for left, top, right, bottom in _box_slices(boxes, ink.shape, 0, middle=False):
        out[top:bottom, left:right] &= rules[top:bottom, left:right]
    return _erase_blobs_inside(out, boxes, inset)


def _box_slices(boxes: Sequence[TextBox], shape: tuple[int, ...], inset: int,
                middle: bool) -> list[tuple[int, int, int, int]]:
    """(left, top, right, bottom) pixel bounds of each box (its middle: ``inset`` in from the
    sides, a quarter of its height in from top and bottom), clipped to the image."""
    height, width = shape[:2]
    out = []
    for box in boxes:
        rise = max(inset, round(box.height / 4)) if middle else 0
        left, top = max(int(box.left) + inset, 0), max(int(box.top) + rise, 0)
        right = min(int(np.ceil(box.right)) - inset, width)
        bottom = min(int(np.ceil(box.bottom)) - rise, height)
        if right > left and bottom > top:
            out.append((left, top, right, bottom))
    return out


def straight_runs(ink: np.ndarray, length: int) -> np.ndarray:
    """Ink on a horizontal or vertical run at least ``length`` long (one-pixel breaks bridged)."""
    def runs(kernel_close: tuple[int, int], kernel_open: tuple[int, int]) -> np.ndarray:
        closed = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, kernel_close))
        return cv2.morphologyEx(closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel_open))

    return cv2.bitwise_or(runs((3, 1), (length, 1)), runs((1, 3), (1, length)))


def _erase_blobs_inside(ink: np.ndarray, boxes: Sequence[TextBox], margin: int) -> np.ndarray:
    rects = np.array([(b.left - margin, b.top - margin, b.right + margin, b.bottom + margin)
                      for b in boxes], dtype=np.float64).reshape(-1, 4)
    if rects.size == 0:
        return ink
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    left, top = stats[1:, cv2.CC_STAT_LEFT], stats[1:, cv2.CC_STAT_TOP]
    right, bottom = left + stats[1:, cv2.CC_STAT_WIDTH], top + stats[1:, cv2.CC_STAT_HEIGHT]
    inside = ((left[:, None] >= rects[None, :, 0]) & (top[:, None] >= rects[None, :, 1])
              & (right[:, None] <= rects[None, :, 2]) & (bottom[:, None] <= rects[None, :, 3])).any(axis=1)
    keep = np.concatenate([[False], ~inside])
    return np.where(keep[labels], ink, 0).astype(ink.dtype)


def line_masks(ink: np.ndarray, scale: RulingScale) -> tuple[np.ndarray, np.ndarray]:
    """(horizontal, vertical) ruling-line masks: ink runs at least ``min_segment`` long, small
    breaks (noise, compression) closed first."""
    bridge = max(3, scale.min_segment // 3)
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (bridge, 1)))
    horizontal = cv2.morphologyEx(horizontal, cv2.MORPH_OPEN,
                                  cv2.getStructuringElement(cv2.MORPH_RECT, (scale.min_segment, 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, bridge)))
    vertical = cv2.morphologyEx(vertical, cv2.MORPH_OPEN,
                                cv2.getStructuringElement(cv2.MORPH_RECT, (1, scale.min_segment)))
    return horizontal, vertical


def table_regions(horizontal: np.ndarray, vertical: np.ndarray,
                  scale: RulingScale) -> list[tuple[int, int, int, int]]:
    """(left, top, right, bottom) of each group of touching ruling lines big enough to be a
    table: at least two segments long each way."""
    joined = cv2.dilate(cv2.bitwise_or(horizontal, vertical),
                        cv2.getStructuringElement(cv2.MORPH_RECT, (2 * scale.band + 1,) * 2))
    n, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    regions = []
    for label in range(1, n):
        x, y, w, h, _ = stats[label]
        if w >= 2 * scale.min_segment and h >= 2 * scale.min_segment:
            regions.append((int(x), int(y), int(x + w), int(y + h)))
    return sorted(regions, key=lambda r: (r[1], r[0]))


def line_positions(profile: np.ndarray, min_count: int, merge_within: int) -> list[int]:
    """Positions of the lines in ``profile`` (ink counts along one axis): peaks at or above
    ``min_count``, strongest first, each hiding weaker ones within ``merge_within`` (a thick or
    doubled rule is one line, taken at its middle; ink left beside a rule does not move it)."""
    smooth = np.convolve(profile.astype(np.float64), np.ones(3) / 3, mode="same")
    candidates = np.flatnonzero(profile >= min_count)
    chosen: list[int] = []
    for index in sorted(candidates, key=lambda i: (-profile[i], -smooth[i], i)):
        if all(abs(int(index) - c) > merge_within for c in chosen):
            chosen.append(int(index))
    return sorted(chosen)


def segment_coverage(mask: np.ndarray, at: int, start: int, end: int, band: int,
                     horizontal: bool) -> float:
    """Share of the span ``start..end`` along a ruling line at ``at`` that the line mask covers
    (within ``band`` pixels of the line)."""
    if end <= start:
        return 0.0
    if horizontal:
        strip = mask[max(at - band, 0):at + band + 1, start:end]
        return float(np.count_nonzero(strip.max(axis=0))) / (end - start) if strip.size else 0.0
    strip = mask[start:end, max(at - band, 0):at + band + 1]
    return float(np.count_nonzero(strip.max(axis=1))) / (end - start) if strip.size else 0.0


# ---- cells --------------------------------------------------------------------------------------

def merge_units(row_rules: np.ndarray, col_rules: np.ndarray) -> list[list[tuple[int, int]]]:
    """Grid units grouped into cells.

    ``row_rules[i, k]``: a ruling segment lies between unit rows ``i-1`` and ``i`` over unit
    column ``k`` (shape ``n_rows+1 × n_cols``); ``col_rules[j, i]``: one lies between unit
    columns ``j-1`` and ``j`` over unit row ``i`` (shape ``n_cols+1 × n_rows``). Units not
    separated by a segment belong to the same cell. Each group is listed in row-major order."""
    n_rows, n_cols = row_rules.shape[0] - 1, col_rules.shape[0] - 1
    parent = list(range(n_rows * n_cols))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a: int, b: int) -> None:
        parent[find(a)] = find(b)

    for i in range(n_rows):
        for k in range(n_cols):
            if i + 1 < n_rows and not row_rules[i + 1, k]:
                union(i * n_cols + k, (i + 1) * n_cols + k)
            if k + 1 < n_cols and not col_rules[k + 1, i]:
                union(i * n_cols + k, i * n_cols + k + 1)
    groups: dict[int, list[tuple[int, int]]] = {}
    for unit in range(n_rows * n_cols):
        groups.setdefault(find(unit), []).append(divmod(unit, n_cols))
    return sorted(groups.values(), key=lambda g: g[0])


def rectangles(units: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """A group of units as (row, col, row_span, col_span) rectangles: itself when it is one,
    else each row's runs of adjacent units (a ruling line that stops short leaves an L shape)."""
    rows = [r for r, _ in units]
    cols = [c for _, c in units]
    top, left = min(rows), min(cols)
    height, width = max(rows) - top + 1, max(cols) - left + 1
    if height * width == len(units):
        return [(top, left, height, width)]
    out = []
    for r in sorted(set(rows)):
        run_cols = sorted(c for rr, c in units if rr == r)
        start = previous = run_cols[0]
        for c in run_cols[1:] + [None]:
            if c is not None and c == previous + 1:
                previous = c
                continue
            out.append((r, start, 1, previous - start + 1))
            if c is not None:
                start = previous = c
    return out


def build_cells(row_lines: Sequence[int], col_lines: Sequence[int], row_rules: np.ndarray,
                col_rules: np.ndarray) -> tuple[GridCell, ...]:
    cells = []
    for group in merge_units(row_rules, col_rules):
        for r, c, rs, cs in rectangles(group):
            cells.append(GridCell(r, c, rs, cs, col_lines[c], row_lines[r],
                                  col_lines[c + cs], row_lines[r + rs]))
    return tuple(sorted(cells, key=lambda cell: (cell.row, cell.col)))


def grid_in_region(horizontal: np.ndarray, vertical: np.ndarray,
                   region: tuple[int, int, int, int], scale: RulingScale) -> TableGrid | None:
    """The grid of one table region, or None when it has fewer than two lines each way. A line
    position with no segment drawn anywhere along it (ink left over from text) is dropped."""
    left, top, right, bottom = region
    merge = 2 * scale.band
    row_lines = [top + y for y in line_positions(
        np.count_nonzero(horizontal[top:bottom, left:right], axis=1), scale.min_segment, merge)]
    col_lines = [left + x for x in line_positions(
        np.count_nonzero(vertical[top:bottom, left:right], axis=0), scale.min_segment, merge)]
    for _ in range(2):
        if len(row_lines) < 2 or len(col_lines) < 2:
            return None
        row_rules, col_rules = drawn_segments(horizontal, vertical, row_lines, col_lines, scale)
        row_lines = [y for y, drawn in zip(row_lines, row_rules) if drawn.any()]
        col_lines = [x for x, drawn in zip(col_lines, col_rules) if drawn.any()]
    if len(row_lines) < 2 or len(col_lines) < 2:
        return None
    row_rules, col_rules = drawn_segments(horizontal, vertical, row_lines, col_lines, scale)
    row_rules[0, :] = row_rules[-1, :] = True        # the table's outline closes every cell
    col_rules[0, :] = col_rules[-1, :] = True
    cells = build_cells(row_lines, col_lines, row_rules, col_rules)
    return TableGrid(cells, tuple(row_lines), tuple(col_lines))


def drawn_segments(horizontal: np.ndarray, vertical: np.ndarray, row_lines: Sequence[int],
                   col_lines: Sequence[int], scale: RulingScale) -> tuple[np.ndarray, np.ndarray]:
    """Which grid segments are drawn: ``row_rules[i, k]`` along row line ``i`` over column
    ``k``, ``col_rules[j, i]`` along column line ``j`` over row ``i`` (at least half covered)."""
    row_rules = np.array([[segment_coverage(horizontal, y, col_lines[k] + scale.band,
                                            col_lines[k + 1] - scale.band, scale.band, True) >= 0.5
                           for k in range(len(col_lines) - 1)] for y in row_lines])
    col_rules = np.array([[segment_coverage(vertical, x, row_lines[i] + scale.band,
                                            row_lines[i + 1] - scale.band, scale.band, False) >= 0.5
                           for i in range(len(row_lines) - 1)] for x in col_lines])
    return row_rules, col_rules


def find_tables(grey: np.ndarray, text_boxes: Sequence[TextBox], dpi: float) -> list[TableGrid]:
    """Every ruled table on a (straightened) page image, top to bottom."""
    scale = RulingScale.for_dpi(dpi)
    horizontal, vertical = line_masks(erase_text(ink_mask(grey), text_boxes, scale.band), scale)
    grids = [grid_in_region(horizontal, vertical, region, scale)
             for region in table_regions(horizontal, vertical, scale)]
    return [g for g in grids if g is not None]
