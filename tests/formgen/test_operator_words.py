"""T-HN forms whose 指标值类型 column writes its operators in words (大于等于 | 86 | 公里, the blind4
晋江 page): fixed dev seeds read back in the shapes that cut cells by what they look like (an
operator column's cell is an operator word as well as a sign). ``python -m tests.formgen.heldout
--seeds 0-99 --families T-HN`` measures more seeds."""

from __future__ import annotations

import pytest

from tests.formgen.families import generate
from tests.formgen.readback import assert_seeds_read_back

#: dev seeds whose T-HN form writes its operators in words (side stream "operator words")
WORD_SEEDS = (11, 14, 16, 25)
#: 0.43-0.76 in these shapes before an operator word was an operator column's cell (each row's
#: 大于等于 taken for a name, its value and unit for further indicators)
SHAPES = ("line_kept", "line_dropped", "paragraph", "bar_same", "one_line", "glued", "spaced")


def test_the_seeds_write_operator_words():
    for seed in WORD_SEEDS:
        raws = [i["target_raw"] for i in generate("T-HN", seed).truth["forms"][0]["indicators"]]
        assert any(r and r.startswith(("大于", "等于", "小于")) for r in raws), seed


@pytest.mark.parametrize("shape", SHAPES)
def test_operator_words_in_an_operator_column_are_read_back(shape):
    assert_seeds_read_back("T-HN", WORD_SEEDS, shape, 0.97)
