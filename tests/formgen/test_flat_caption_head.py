"""T-SC-flat tables that print their department in a caption row above the header (``主管部门：…`` merged over
the left columns, ``金额单位:元`` on the right) instead of a subtotal row under it, and head the amount column
``年度预算`` (side stream "flat caption head"; the blind8 宣威 .xlsx). Fixed dev seeds; before: 0.95 in the
shapes that keep cells (tab, xlsx, docx: department null, the per-project 年度预算 lines missing) and 0.17-0.34
in the stream shapes (the header row named no amount column, so no flat table was found at all)."""

from __future__ import annotations

import pytest

from jixiao.extract.forms.header import find_labels

from tests.formgen.families import generate
from tests.formgen.readback import assert_seeds_read_back

CAPTION_HEAD_SEEDS = (17, 19, 21, 22, 24)


def test_the_seeds_draw_a_caption_head():
    for seed in CAPTION_HEAD_SEEDS:
        for form in generate("T-SC-flat", seed).truth["forms"]:
            assert form["budget_lines"][0]["label"] == "年度预算", seed


@pytest.mark.parametrize("shape", ("tab", "xlsx", "docx", "spaced", "line_kept", "bar_same", "paragraph",
                                   "one_line", "stream_order", "glued"))
def test_a_department_caption_and_annual_budget_column_are_read(shape):
    assert_seeds_read_back("T-SC-flat", CAPTION_HEAD_SEEDS, shape, 0.96)


def test_a_money_unit_caption_ends_the_value_before_it():
    matches = find_labels("主管部门：821-岳阳县部门 金额单位:元")
    assert [m.kind for m in matches] == ["field", "caption"]
