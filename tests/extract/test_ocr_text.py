"""OCR text pieces: reading order, joining, width cleanup (pure, no OCR engine needed)."""

import pytest

from jixiao.extract.readers.ocr_text import (TextBox, box_from_quad, clean_ocr_text, group_into_lines,
                                      join_boxes, join_line, line_text)


def _box(text: str, left: float, top: float, width: float = 100, height: float = 30) -> TextBox:
    return TextBox(text, left, top, left + width, top + height)


def test_box_from_quad_is_the_upright_rectangle_around_the_polygon():
    box = box_from_quad("合理", [[10, 22], [60, 20], [61, 50], [11, 52]], 0.9)
    assert (box.left, box.top, box.right, box.bottom, box.score) == (10, 20, 61, 52, 0.9)
    assert (box.centre_x, box.centre_y, box.height) == (35.5, 36, 32)


def test_lines_are_grouped_top_to_bottom_and_left_to_right_whatever_the_input_order():
    boxes = [_box("热线平", 200, 62), _box("进一步提高", 50, 60), _box("有效提升", 50, 20),
             _box("12315", 160, 24)]
    lines = group_into_lines(boxes)
    assert [[b.text for b in line] for line in lines] == [["有效提升", "12315"], ["进一步提高", "热线平"]]


def test_a_box_half_a_line_lower_starts_a_new_line():
    lines = group_into_lines([_box("甲", 0, 0), _box("乙", 120, 16)])
    assert len(lines) == 2


def test_cjk_pieces_join_without_blanks_latin_words_with_one():
    assert join_line([_box("预算执行", 0, 0), _box("率", 105, 0)]) == "预算执行率"
    assert join_line([_box("Service", 0, 0), _box("Hotline", 105, 0)]) == "Service Hotline"


def test_pieces_far_apart_keep_a_blank():
    assert join_line([_box("项目名称：", 0, 0), _box("旅游投诉热线", 300, 0)]) == "项目名称： 旅游投诉热线"


def test_a_cells_wrapped_lines_are_one_text():
    boxes = [_box("护完成率", 0, 40), _box("12315话务设备维", 0, 5)]
    assert join_boxes(boxes) == "12315话务设备维护完成率"


def test_a_label_wrapped_before_its_unit_gets_full_width_brackets():
    assert join_boxes([_box("项目总预算", 0, 0), _box("(元):", 10, 35)]) == "项目总预算（元）："


@pytest.mark.parametrize("raw, clean", [
    ("项目总预算(元):", "项目总预算（元）："),
    ("申报单位名称:上海市消费者投诉举报中心(上海市保护知识产权举报投诉服务中心)",
     "申报单位名称：上海市消费者投诉举报中心（上海市保护知识产权举报投诉服务中心）"),
    ("＞＝９５％", ">=95%"),
    ("６,２２９,２３９", "6,229,239"),
    ("(2020年度)", "(2020年度)"),
    ("处理能力,进一步提高", "处理能力，进一步提高"),
    ("6,229,239", "6,229,239"),
    ("满意度;确保", "满意度；确保"),
    ("  ≥ 90%  ", "≥ 90%"),
    ("其他经常性项目　☐", "其他经常性项目 ☐"),
])
def test_clean_ocr_text(raw, clean):
    assert clean_ocr_text(raw) == clean


def test_line_text_keeps_wide_gaps_as_a_blank():
    assert line_text([_box("单位:", 0, 0), _box("元", 400, 0)]) == "单位： 元"


def test_a_number_wrapped_in_a_narrow_cell_is_one_number():
    assert join_boxes([_box("225,000.0", 0, 0), _box("0", 0, 35)]) == "225,000.00"
    assert join_boxes([_box("73,985,00", 0, 0), _box("0.40", 0, 35)]) == "73,985,000.40"


def test_wrapped_latin_words_keep_a_blank():
    assert join_boxes([_box("Service", 0, 0), _box("Hotline", 0, 35)]) == "Service Hotline"
