"""Transfer-payment forms whose head labels name the transfer and the department's level: 转移支付资金名称 /
转移支付项目名称 for 专项名称, 省级主管部门 / 市级主管部门 for 主管部门 (side stream "transfer head words"; the
blind8 无为 form). Fixed dev seeds; before: project_name and department null in every shape (0.982-0.996),
the longer label not being a field label and 主管部门 inside it not opening a cell."""

from __future__ import annotations

import pytest

from tests.formgen.families import generate
from tests.formgen.families_regional import TRANSFER_DEPARTMENT_LABELS, TRANSFER_NAME_LABELS
from tests.formgen.grid import GridTable
from tests.formgen.readback import assert_seeds_read_back

HEAD_WORD_SEEDS = (1, 4, 10, 22, 30)


def test_the_seeds_draw_the_transfer_head_words():
    for seed in HEAD_WORD_SEEDS:
        table = next(b for b in generate("T-FJ transfer", seed).blocks if isinstance(b, GridTable))
        assert table.slots[0][0] in TRANSFER_NAME_LABELS and table.slots[1][0] in TRANSFER_DEPARTMENT_LABELS, seed


@pytest.mark.parametrize("shape", ("tab", "spaced", "bar_same", "glued", "docx"))
def test_transfer_name_and_department_are_read(shape):
    assert_seeds_read_back("T-FJ transfer", HEAD_WORD_SEEDS, shape, 0.999)
