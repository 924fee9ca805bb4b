"""The column reader on table rows shifted left under merged cells (pipe rows drop the cells a
merged cell covers): each cell set back under its column."""

from __future__ import annotations

from jixiao.extract.layout.reader import amounts_under_columns, row_by_columns

RESULT_ROLES = ["department", "seq", "project_name", "amount", "score", "grade"]


def test_a_row_under_a_merged_department_is_placed_on_its_columns():
    # the 主管部门 cell spans its projects: the next rows start at 序号, shifted one cell left
    shifted = ["2", "农村道路养护", "120.5", "88.5", "良", ""]
    assert row_by_columns(shifted, RESULT_ROLES, frozenset({"project_name"})) == {
        "seq": "2", "project_name": "农村道路养护", "amount": "120.5", "score": "88.5", "grade": "良"}


def test_a_row_that_fits_cell_for_cell_stays_as_it_is():
    row = ["某县农业农村局", "1", "高标准农田建设", "300", "92", "优"]
    assert row_by_columns(row, RESULT_ROLES, frozenset({"project_name"})) == dict(zip(RESULT_ROLES, row))


def test_amounts_shifted_left_stand_under_the_named_columns_from_the_total():
    header = ["资金金额(万元)", "", "", "合计", "福州市", "莆田市"]
    shifted = ["3000", "1800", "1200", "", "", ""]
    assert amounts_under_columns(shifted, header, 3) == ["", "", "", "3000", "1800", "1200"]


def test_a_row_of_other_cells_or_another_count_stands_as_it_is():
    header = ["资金金额(万元)", "", "", "合计", "福州市", "莆田市"]
    in_place = ["", "", "", "3000", "1800", "1200"]
    assert amounts_under_columns(in_place, header, 3) == in_place
    too_few = ["3000", "1800", "", "", "", ""]
    assert amounts_under_columns(too_few, header, 3) == too_few
    words = ["合计", "1800", "1200", "", "", ""]
    assert amounts_under_columns(words, header, 3) == words
