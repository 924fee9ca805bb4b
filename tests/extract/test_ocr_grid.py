"""Table grids from ruling lines: synthetic page images drawn with OpenCV (no OCR engine needed)."""

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from jixiao.extract.readers.ocr_grid import (RulingScale, build_cells, deskew, find_tables,  # noqa: E402
                                      line_positions, merge_units, rectangles, rotate, skew_angle,
                                      ink_mask)
from jixiao.extract.readers.ocr_text import TextBox  # noqa: E402

DPI = 200
COLS = [100, 400, 700, 1000, 1300]              # x of the vertical rules
ROWS = [100, 160, 220, 280, 340, 400, 460]      # y of the horizontal rules


def _form_image(scribbles: bool = True) -> np.ndarray:
    """A 6×4 ruled table like an indicator table: row 0 is a title across all columns; column 0
    holds one 一级 cell spanning rows 1–4, column 1 one 二级 cell spanning rows 1–2; row 5 is
    plain. Some "text" is scribbled into cells (erased by its boxes before lines are found)."""
    image = np.full((1000, 1400), 240, np.uint8)
    ink = 30
    for y in (ROWS[0], ROWS[1], ROWS[-2], ROWS[-1]):                     # full-width rules
        cv2.line(image, (COLS[0], y), (COLS[-1], y), ink, 2)
    for y in ROWS[2:5]:
        start = COLS[2] if y == ROWS[2] else COLS[1]                       # merged cells: no rule
        cv2.line(image, (start, y), (COLS[-1], y), ink, 2)
    for x in (COLS[0], COLS[-1]):
        cv2.line(image, (x, ROWS[0]), (x, ROWS[-1]), ink, 2)
    for x in COLS[1:-1]:
        cv2.line(image, (x, ROWS[1]), (x, ROWS[-1]), ink, 2)               # no rule in the title row
    for box in _text_boxes() if scribbles else []:
        cv2.rectangle(image, (int(box.left) + 4, int(box.top) + 8),
                      (int(box.right) - 4, int(box.bottom) - 8), ink, 2)   # a "glyph" with long strokes
    return image


def _text_boxes() -> list[TextBox]:
    return [TextBox("财政项目支出绩效目标表", 550, 110, 850, 150),
            TextBox("投入与管理", 120, 240, 300, 280),
            TextBox("预算编制合理性", 720, 170, 900, 210)]


def _shape(grid) -> list[tuple[int, int, int, int]]:
    return [(c.row, c.col, c.row_span, c.col_span) for c in grid.cells]


EXPECTED = [(0, 0, 1, 4),
            (1, 0, 4, 1), (1, 1, 2, 1), (1, 2, 1, 1), (1, 3, 1, 1),
            (2, 2, 1, 1), (2, 3, 1, 1),
            (3, 1, 1, 1), (3, 2, 1, 1), (3, 3, 1, 1),
            (4, 1, 1, 1), (4, 2, 1, 1), (4, 3, 1, 1),
            (5, 0, 1, 1), (5, 1, 1, 1), (5, 2, 1, 1), (5, 3, 1, 1)]


def test_merged_cells_come_back_as_one_cell_with_their_span():
    grids = find_tables(_form_image(), _text_boxes(), DPI)
    assert len(grids) == 1
    grid = grids[0]
    assert _shape(grid) == EXPECTED
    assert [abs(a - b) <= 2 for a, b in zip(grid.row_lines, ROWS)] == [True] * len(ROWS)
    assert [abs(a - b) <= 2 for a, b in zip(grid.col_lines, COLS)] == [True] * len(COLS)
    assert grid.cell_at(200, 300) == grid.cell_at(200, 170)              # inside the 一级 cell
    assert grid.cell_at(200, 300).row_span == 4


def test_without_text_boxes_strokes_of_text_can_pass_for_rules():
    """The erasure is what keeps a long text stroke from becoming a ruling line."""
    with_boxes = _shape(find_tables(_form_image(), _text_boxes(), DPI)[0])
    without = _shape(find_tables(_form_image(), [], DPI)[0])
    assert with_boxes == EXPECTED
    assert without != EXPECTED


def test_a_skewed_scan_is_straightened_and_gives_the_same_grid():
    skewed = rotate(_form_image(scribbles=False), -0.45)
    assert skew_angle(ink_mask(skewed)) == pytest.approx(0.45, abs=0.08)
    straight, angle = deskew(skewed)
    assert angle == pytest.approx(0.45, abs=0.08)
    assert _shape(find_tables(straight, [], DPI)[0]) == EXPECTED


def test_a_straight_page_is_left_alone():
    image = _form_image()
    straight, angle = deskew(image)
    assert angle == 0.0 and straight is image


def test_a_page_without_rules_has_no_table():
    image = np.full((800, 600), 235, np.uint8)
    cv2.putText(image, "no table here", (50, 100), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 20, 2)
    assert find_tables(image, [], DPI) == []


def test_two_tables_apart_are_two_grids():
    image = np.full((1200, 800), 240, np.uint8)
    for top in (100, 700):
        for y in (top, top + 60, top + 120):
            cv2.line(image, (100, y), (700, y), 20, 2)
        for x in (100, 400, 700):
            cv2.line(image, (x, top), (x, top + 120), 20, 2)
    grids = find_tables(image, [], DPI)
    assert [(g.top // 10, len(g.cells)) for g in grids] == [(10, 4), (70, 4)]


def test_line_positions_take_one_peak_per_rule_and_skip_short_runs():
    profile = np.zeros(100, int)
    profile[10:13] = 50           # a 3-pixel rule
    profile[40] = 50
    profile[43] = 50              # a double rule, 3 px apart
    profile[70] = 5               # too short
    profile[80] = 300             # a rule with leftover ink beside it: the rule counts
    profile[81:84] = 30
    assert line_positions(profile, min_count=20, merge_within=4) == [11, 40, 80]


def test_merge_units_joins_units_no_rule_separates():
    # 2 rows × 2 columns; no rule between the two rows in column 0
    row_rules = np.array([[True, True], [False, True], [True, True]])
    col_rules = np.array([[True, True], [True, True], [True, True]])
    assert merge_units(row_rules, col_rules) == [[(0, 0), (1, 0)], [(0, 1)], [(1, 1)]]


def test_an_l_shaped_region_is_cut_into_row_runs():
    assert rectangles([(0, 0), (0, 1), (1, 0)]) == [(0, 0, 1, 2), (1, 0, 1, 1)]
    assert rectangles([(2, 1), (3, 1)]) == [(2, 1, 2, 1)]


def test_build_cells_gives_pixel_rectangles_from_the_lines():
    row_rules = np.array([[True], [False], [True]])
    col_rules = np.array([[True, True], [True, True]])
    (cell,) = build_cells([0, 50, 100], [10, 90], row_rules, col_rules)
    assert (cell.row, cell.col, cell.row_span, cell.col_span) == (0, 0, 2, 1)
    assert (cell.left, cell.top, cell.right, cell.bottom) == (10, 0, 90, 100)


def test_ruling_scale_grows_with_resolution():
    assert RulingScale.for_dpi(300).min_segment > RulingScale.for_dpi(150).min_segment


def _two_by_two() -> np.ndarray:
    image = np.full((500, 800), 240, np.uint8)
    for y in (100, 150, 200):
        cv2.line(image, (100, y), (700, y), 30, 1)
    for x in (100, 400, 700):
        cv2.line(image, (x, 100), (x, 200), 30, 1)
    return image


def test_a_text_box_overlapping_the_rule_above_it_leaves_the_rule():
    """In a tight row the recogniser's box reaches over the rule: the rule must stay drawn."""
    image = _two_by_two()
    boxes = [TextBox("产出指标", 105, 144, 390, 196)]            # 6 px above the middle rule
    cv2.putText(image, "XXXX", (110, 185), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 30, 2)
    grid = find_tables(image, boxes, DPI)[0]
    assert [(c.row, c.col, c.row_span, c.col_span) for c in grid.cells] == \
        [(0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 1), (1, 1, 1, 1)]


def test_a_glyph_touching_a_rule_makes_no_column():
    image = _two_by_two()
    cv2.line(image, (250, 150), (250, 190), 30, 3)              # a stroke hanging from the rule
    cv2.line(image, (230, 170), (280, 170), 30, 3)
    boxes = [TextBox("十", 222, 148, 288, 196)]
    assert len(find_tables(image, boxes, DPI)[0].col_lines) == 3
    assert len(find_tables(image, [], DPI)[0].col_lines) == 4    # without its box it would
