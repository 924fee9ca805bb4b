"""T-HB target forms with an explained indicator table (一级|二级|绩效标准|当年预期实现值|措施) whose
措施 cell is merged down the rows and printed once, after the first row, run together with no
separator: the merged cell's last clause meets the next row's name (``…,按季度考核结算经费开展宣传活动次数
反映开展宣传活动次数情况=1200次``). The explanation restates the name whole (反映 + name + 情况), so the
name is its restated end; the text before it is the merged cell's tail (or a level word).
``python -m tests.formgen.heldout --seeds 0-99 --families T-HB --shapes glued`` measures more."""

from __future__ import annotations

import pytest

from tests.formgen.families import generate
from tests.formgen.heldout import text_task
from tests.formgen.scoring import run_task

#: dev seeds whose explained T-HB table has the merged 措施 cell run into a name: one name read with
#: the cell's tail in the glued shape before the restated name was taken
RESTATED_SEEDS = (0, 1, 11, 12, 14, 51, 61, 80, 88)


@pytest.mark.parametrize("shape", ("glued", "one_line", "line_dropped"))
def test_names_restated_by_their_explanation_are_cut_from_the_merged_cell(shape):
    for seed in RESTATED_SEEDS:
        outcome = run_task(text_task(seed, generate("T-HB", seed), shape))
        names = [m for m in outcome.mismatches if "level3" in str(m)]
        assert not names, (seed, shape, names[:5])
