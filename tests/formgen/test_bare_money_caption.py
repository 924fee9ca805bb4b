"""Department-wide forms whose money caption is written without its unit (年度预算申请, 年度预算安排, 预算申请;
the unit on a line above the form) right after the department's name (no 部门预算编码 cell): side stream
"bare money caption", the blind8 凤翔 form. The caption must end the name: before, project_name,
reporting_unit and department read ``…局年度预算安排`` in every shape whose cells lose their separators
(one cell per line, bars, one line: 0.94-0.97; glued 0.76-0.89). Fixed dev seeds. Not yet in spaced text
(``预算申请 资金总额 3351.06`` on one line, 0.97): a bare caption followed by its total on the same line
ends a name wrapped over lines too early where an unknown row label stands between them."""

from __future__ import annotations

import pytest

from jixiao.extract.forms.header import find_labels

from tests.formgen.families import generate
from tests.formgen.families_regional import BARE_MONEY_CAPTIONS
from tests.formgen.readback import assert_seeds_read_back

BARE_CAPTION_SEEDS = (7, 9, 10, 20, 25)


def test_the_seeds_draw_a_bare_caption():
    for seed in BARE_CAPTION_SEEDS:
        texts = [line for b in generate("T-FJ dept", seed).blocks if hasattr(b, "slots") for row in b.slots
                 for line in row]
        assert any(t in BARE_MONEY_CAPTIONS for t in texts), seed


@pytest.mark.parametrize("shape", ("line_kept", "line_dropped", "bar_same", "one_line"))
def test_a_bare_money_caption_ends_the_department_name(shape):
    assert_seeds_read_back("T-FJ dept", BARE_CAPTION_SEEDS, shape, 0.99)


def test_a_bare_money_caption_ends_the_department_name_in_glued_text():
    assert_seeds_read_back("T-FJ dept", (9, 20, 25), "glued", 0.99)


def test_a_bare_caption_is_a_caption_only_as_a_cell_of_its_own():
    assert [m.kind for m in find_labels("部门名称\n某县农业农村局\n年度预算申请\n资金总额")] == \
        ["field", "caption", "budget"]
    assert [m.kind for m in find_labels("部门名称\x1f某县年度预算申请管理局")] == ["field"]
