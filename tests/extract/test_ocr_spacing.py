"""Blanks put back from the image's gaps (pure: synthetic ink, no OCR engine)."""

import numpy as np

from jixiao.extract.readers.ocr_spacing import blank_gaps, blanks_at_gaps, respace, with_blanks


def _line_ink(glyph_columns: list[tuple[int, int]], width: int = 300, height: int = 40) -> np.ndarray:
    """A text line's ink: one solid block per glyph, at the given column ranges."""
    ink = np.zeros((height, width), np.uint8)
    for start, end in glyph_columns:
        ink[8:32, start:end] = 255
    return ink


# 预 算 | 合 理 : 30-px glyphs 4 px apart, 14 px between the two words
GLYPHS = [(10, 40), (44, 74), (88, 118), (122, 152)]
PIECES = [("预", 10, 40), ("算", 44, 74), ("合", 88, 118), ("理", 122, 152)]


def test_blank_gaps_are_the_wide_blank_runs_between_ink():
    assert blank_gaps(_line_ink(GLYPHS), min_width=10) == [(74, 88)]
    assert blank_gaps(_line_ink(GLYPHS), min_width=3) == [(40, 44), (74, 88), (118, 122)]
    assert blank_gaps(_line_ink([]), min_width=3) == []


def test_a_gap_becomes_a_blank_between_the_pieces_it_falls_between():
    assert blanks_at_gaps(PIECES, [(74, 88)]) == {1}
    assert with_blanks("预算合理", PIECES, {1}) == "预算 合理"


def test_no_blank_beside_full_width_punctuation():
    pieces = [("额", 0, 30), ("：", 34, 64), ("3", 90, 100)]
    assert blanks_at_gaps(pieces, [(50, 88)]) == set()


def test_blanks_the_recogniser_gave_stay():
    pieces = [("时", 0, 30), ("效", 34, 64), ("回", 100, 130), ("复", 134, 164)]
    assert with_blanks("时效 回复", pieces, set()) == "时效 回复"
    assert with_blanks("时效 回复", pieces, {1}) == "时效 回复"


def test_respace_reads_the_gap_from_the_line_image():
    ink = np.zeros((100, 400), np.uint8)
    ink[30:70, :] = _line_ink(GLYPHS, width=400)
    assert respace("预算合理", PIECES, ink, (5, 30, 160, 70)) == "预算 合理"


def test_respace_leaves_text_alone_when_the_pieces_do_not_spell_it():
    ink = np.zeros((100, 400), np.uint8)
    ink[30:70, :] = _line_ink(GLYPHS, width=400)
    assert respace("预算合埋", PIECES, ink, (5, 30, 160, 70)) == "预算合埋"
    assert respace("预算合理", [], ink, (5, 30, 160, 70)) == "预算合理"


def test_narrow_gaps_between_characters_are_not_blanks():
    ink = np.zeros((100, 400), np.uint8)
    tight = [(10, 40), (44, 74), (79, 109), (113, 143)]
    ink[30:70, :] = _line_ink(tight, width=400)
    pieces = [(t, a, b) for t, (a, b) in zip("预算合理", tight)]
    assert respace("预算合理", pieces, ink, (5, 30, 150, 70)) == "预算合理"
