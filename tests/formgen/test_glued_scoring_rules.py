"""T-HN forms whose 指标解释 and 评(扣)分标准 differ row by row, the rules with figures of their own
(``反映年度参保缴费人数 | 达到目标值得满分,每少0.1万人扣1分``, the Shigu sample; side stream "scoring
rules"), run together with no separator (LAYOUTS F8). ``python -m tests.formgen.heldout --seeds 0-99
--families T-HN --shapes glued`` measures more."""

from __future__ import annotations

from tests.formgen.families import generate
from tests.formgen.readback import assert_seeds_read_back

#: dev seeds with row rules: 0.56-0.86 glued (mean 0.69) before an explanation and the rule after it
#: were one text cell (each rule's figures were read as values, its words as the next row's name)
VARIED_SEEDS = (4, 6, 12, 22)


def test_the_seeds_draw_rules_with_figures():
    for seed in VARIED_SEEDS:
        text = "".join(str(b) for b in generate("T-HN", seed).blocks)
        assert "每少" in text or "每低" in text or "否则不得分" in text, seed


def test_rules_with_figures_are_read_back_glued():
    assert_seeds_read_back("T-HN", VARIED_SEEDS, "glued", 0.98)
