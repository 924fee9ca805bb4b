"""Ruling lines → table cells, as pdfplumber's ``page.find_tables()`` finds them with its default
settings ("lines" strategy), from edges in pdfplumber's shape (``pdfium_page`` makes them).

The steps are pdfplumber's own functions (``pdfplumber.table``): edges filtered, snapped and joined
within 3 pt, edges shorter than 3 pt dropped, intersections within 3 pt. Only the step from
intersections to cells is done here: pdfplumber's ``intersections_to_cells`` rebuilds two sets of
edge boxes for every pair of points it tests, which cost more than the rest of the page; this one
builds each point's sets once and gives the same cells in the same order
(``tests/extract/test_pdfium_page.py`` compares the two on every sample page).
"""

from __future__ import annotations

from typing import Any

BBox = tuple[float, float, float, float]
Edge = dict[str, Any]
Point = tuple[float, float]

#: pdfplumber's ``TableSettings`` defaults.
SNAP_TOLERANCE = 3
JOIN_TOLERANCE = 3
EDGE_MIN_LENGTH = 3
EDGE_MIN_LENGTH_PREFILTER = 1
INTERSECTION_TOLERANCE = 3


def table_cells(edges: list[Edge]) -> list[list[BBox]]:
    """The cell boxes (x0, top, x1, bottom) of each table the edges rule, tables top to bottom."""
    from pdfplumber.table import cells_to_tables, edges_to_intersections, merge_edges
    from pdfplumber.utils import filter_edges

    ruling = filter_edges(edges, "v", min_length=EDGE_MIN_LENGTH_PREFILTER) + \
        filter_edges(edges, "h", min_length=EDGE_MIN_LENGTH_PREFILTER)
    merged = merge_edges(ruling, SNAP_TOLERANCE, SNAP_TOLERANCE, JOIN_TOLERANCE, JOIN_TOLERANCE)
    merged = filter_edges(merged, min_length=EDGE_MIN_LENGTH)
    intersections = edges_to_intersections(merged, INTERSECTION_TOLERANCE, INTERSECTION_TOLERANCE)
    return [cells for cells in cells_to_tables(intersections_to_cells(intersections)) if cells]


def _bbox(edge: Edge) -> BBox:
    return (edge["x0"], edge["top"], edge["x1"], edge["bottom"])


def intersections_to_cells(intersections: dict[Point, dict[str, list[Edge]]]) -> list[BBox]:
    """``pdfplumber.table.intersections_to_cells``: for each point (in sorted order) the smallest
    cell whose top-left corner it is, the four sides drawn by shared edges."""
    vertical = {p: frozenset(map(_bbox, e["v"])) for p, e in intersections.items()}
    horizontal = {p: frozenset(map(_bbox, e["h"])) for p, e in intersections.items()}
    points = sorted(intersections)
    column: dict[float, list[Point]] = {}
    row: dict[float, list[Point]] = {}
    for point in points:                      # sorted, so each list is in the order pdfplumber scans
        column.setdefault(point[0], []).append(point)
        row.setdefault(point[1], []).append(point)

    def joined_down(upper: Point, lower: Point) -> bool:
        return not vertical[upper].isdisjoint(vertical[lower])

    def joined_across(left: Point, right: Point) -> bool:
        return not horizontal[left].isdisjoint(horizontal[right])

    cells: list[BBox] = []
    for point in points:
        below = [p for p in column[point[0]] if p[1] > point[1]]
        right = [p for p in row[point[1]] if p[0] > point[0]]
        found = _smallest_cell(point, below, right, intersections, joined_down, joined_across)
        if found is not None:
            cells.append(found)
    return cells


def _smallest_cell(point: Point, below: list[Point], right: list[Point], intersections: dict,
                   joined_down: Any, joined_across: Any) -> BBox | None:
    for below_point in below:
        if not joined_down(point, below_point):
            continue
        for right_point in right:
            if not joined_across(point, right_point):
                continue
            corner = (right_point[0], below_point[1])
            if corner in intersections and joined_down(right_point, corner) \
                    and joined_across(below_point, corner):
                return (point[0], point[1], corner[0], corner[1])
    return None
