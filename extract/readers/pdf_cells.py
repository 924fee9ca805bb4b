"""Ruling lines → table cells, as pdfplumber's ``page.find_tables()`` finds them with its default
settings ("lines" strategy), from edges in pdfplumber's shape (``pdfium_page`` makes them).

The steps are pdfplumber's (``pdfplumber.table``): edges filtered, snapped and joined within 3 pt,
edges shorter than 3 pt dropped, intersections within 3 pt, the smallest cell at each
intersection, cells grouped into tables (``cells_to_tables`` itself). They are done here on
tuples, with the same arithmetic: pdfplumber copies an edge dict at every move and rebuilds two
sets of edge boxes for every pair of points it tests, which cost more than the rest of the page.
``tests/extract/test_pdfium_page.py`` checks the same cells come out, in the same order, as from
pdfplumber's functions on every sample page and on drawn tables.
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
    return [cells for cells in cells_to_tables(_cells(merge_edges(edges))) if cells]


def cells_to_tables(cells: list[BBox]) -> list[list[BBox]]:
    """``pdfplumber.table.cells_to_tables``: cells gathered into tables, passes over the cells left
    adding each that shares a corner with the table so far, until a pass adds none; tables of more
    than one cell, top-left first. Corners computed once per cell."""
    corners = {cell: ((cell[0], cell[1]), (cell[0], cell[3]), (cell[2], cell[1]), (cell[2], cell[3]))
               for cell in cells}
    remaining = list(cells)
    current_corners: set[Point] = set()
    current: list[BBox] = []
    tables: list[list[BBox]] = []
    while remaining:
        before = len(current)
        for cell in list(remaining):
            cell_corners = corners[cell]
            if not current or any(c in current_corners for c in cell_corners):
                current_corners.update(cell_corners)
                current.append(cell)
                remaining.remove(cell)
        if len(current) == before:
            tables.append(list(current))
            current_corners.clear()
            current.clear()
    if current:
        tables.append(list(current))
    ordered = sorted(tables, key=lambda table: min((c[1], c[0]) for c in table))
    return [table for table in ordered if len(table) > 1]


#: An edge as (x0, top, x1, bottom, width, height); horizontal and vertical ones kept apart.
Line = tuple[float, float, float, float, float, float]


def merge_edges(edges: list[Edge]) -> tuple[list[Line], list[Line]]:
    """pdfplumber's ``filter_edges`` → ``merge_edges`` → ``filter_edges`` of ``find_tables`` on
    tuples instead of dicts, with the same arithmetic (so the same floats): horizontal and vertical
    edges at least 1 pt long, snapped to the mean of their 3-pt chains across, joined along when
    within 3 pt, then those at least 3 pt long."""
    vertical = [(e["x0"], e["top"], e["x1"], e["bottom"], e["width"], e["height"])
                for e in edges if e["orientation"] == "v" and e["height"] >= EDGE_MIN_LENGTH_PREFILTER]
    horizontal = [(e["x0"], e["top"], e["x1"], e["bottom"], e["width"], e["height"])
                  for e in edges if e["orientation"] == "h" and e["width"] >= EDGE_MIN_LENGTH_PREFILTER]
    vertical = _snap(vertical, 0, SNAP_TOLERANCE)
    horizontal = _snap(horizontal, 1, SNAP_TOLERANCE)
    merged_v = [e for group in _by(vertical, 0) for e in _join(group, 1, 3) if e[5] >= EDGE_MIN_LENGTH]
    merged_h = [e for group in _by(horizontal, 1) for e in _join(group, 0, 2) if e[4] >= EDGE_MIN_LENGTH]
    return merged_v, merged_h


def _snap(lines: list[Line], at: int, tolerance: float) -> list[Line]:
    """``snap_objects``: each chain of positions (``at``: 0 = x0 for vertical, 1 = top for
    horizontal) within ``tolerance`` moved to its mean, as ``move_object`` moves it."""
    positions = sorted({line[at] for line in lines})
    cluster: dict[float, int] = {}
    number, last = -1, None
    for value in positions:
        if last is None or value > last + tolerance:
            number += 1
        cluster[value] = number
        last = value
    chains: list[list[Line]] = [[] for _ in range(number + 1)]
    for line in lines:
        chains[cluster[line[at]]].append(line)
    out: list[Line] = []
    for chain in chains:
        mean = sum(line[at] for line in chain) / len(chain)
        for x0, top, x1, bottom, width, height in chain:
            if at == 0:
                shift = mean - x0
                out.append((x0 + shift, top, x1 + shift, bottom, width, height))
            else:
                shift = mean - top
                out.append((x0, top + shift, x1, bottom + shift, width, height))
    return out


def _by(lines: list[Line], at: int) -> list[list[Line]]:
    groups: dict[float, list[Line]] = {}
    for line in sorted(lines, key=lambda line: line[at]):
        groups.setdefault(line[at], []).append(line)
    return list(groups.values())


def _join(group: list[Line], low: int, high: int) -> list[Line]:
    """``join_edge_group``: edges on one line joined where the next starts within
    ``JOIN_TOLERANCE`` of the end of the one before (``resize_object``'s arithmetic)."""
    ordered = sorted(group, key=lambda line: line[low])
    joined = [ordered[0]]
    for line in ordered[1:]:
        x0, top, x1, bottom, width, height = last = joined[-1]
        if line[low] <= last[high] + JOIN_TOLERANCE:
            if line[high] > last[high]:
                value = line[high]
                if high == 2:
                    joined[-1] = (x0, top, value, bottom, value - x0, height)
                else:
                    joined[-1] = (x0, top, x1, value, width, height + (value - bottom))
        else:
            joined.append(line)
    return joined


def _cells(lines: tuple[list[Line], list[Line]]) -> list[BBox]:
    """``edges_to_intersections`` (within ``INTERSECTION_TOLERANCE``) then
    ``intersections_to_cells``, each point with the boxes of its edges."""
    vertical, horizontal = lines
    tolerance = INTERSECTION_TOLERANCE
    points: dict[Point, tuple[set[BBox], set[BBox]]] = {}
    for v in vertical:
        for h in horizontal:
            if v[1] <= h[1] + tolerance and v[3] >= h[1] - tolerance \
                    and h[0] - tolerance <= v[0] <= h[2] + tolerance:
                at = points.setdefault((v[0], h[1]), (set(), set()))
                at[0].add(v[:4])
                at[1].add(h[:4])
    return _smallest_cells({p: {"v": v, "h": h} for p, (v, h) in points.items()}, boxed=True)


def _bbox(edge: Edge) -> BBox:
    return (edge["x0"], edge["top"], edge["x1"], edge["bottom"])


def intersections_to_cells(intersections: dict[Point, dict[str, list[Edge]]]) -> list[BBox]:
    """``pdfplumber.table.intersections_to_cells``: for each point (in sorted order) the smallest
    cell whose top-left corner it is, the four sides drawn by shared edges."""
    return _smallest_cells(intersections, boxed=False)


def _smallest_cells(intersections: dict[Point, Any], boxed: bool) -> list[BBox]:
    """``intersections_to_cells`` on edges given as dicts, or (``boxed``) as sets of boxes."""
    if boxed:
        vertical = {p: e["v"] for p, e in intersections.items()}
        horizontal = {p: e["h"] for p, e in intersections.items()}
    else:
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
        below = column[point[0]]
        below = below[below.index(point) + 1:]
        right = row[point[1]]
        right = right[right.index(point) + 1:]
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
